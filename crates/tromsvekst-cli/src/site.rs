//! `tromsvekst site FILES --as-of DATE --out DIR`: the follow-up in public,
//! a static site with its open data (`tromsvekst_report::site`).

use super::{Format, fail, load};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tromsvekst::{Bundle, Error, Lang};
use tromsvekst_report::site::{self, SiteOptions};

pub(crate) struct Args<'a> {
    pub(crate) files: &'a [PathBuf],
    pub(crate) as_of: Option<&'a str>,
    pub(crate) made: Option<&'a str>,
    pub(crate) out: &'a Path,
    pub(crate) previous: Option<&'a Path>,
    pub(crate) force: bool,
}

pub(crate) fn run(a: &Args, lang: Lang) -> ExitCode {
    match build(a, lang) {
        Ok(n) => {
            eprintln!("{} ({n} files)", a.out.display());
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e, lang, Format::Text),
    }
}

fn build(a: &Args, lang: Lang) -> Result<usize, Error> {
    let as_of = tromsvekst::date::as_of(a.as_of, "--as-of")?;
    let made = tromsvekst::date::as_of(a.made, "--made")?;
    let bundle = if a.files.is_empty() {
        Bundle::new(tromsvekst::embedded::nord_troms())
    } else {
        load(a.files, lang)?
    };
    let mut options = SiteOptions::new(as_of, made);
    if let Some(dir) = a.previous {
        options.previous = site::read_previous(dir)?;
    }
    let files = site::build(&bundle, &options)?;
    site::write(&files, a.out, a.force)?;
    Ok(files.len())
}
