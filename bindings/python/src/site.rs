//! `site()`: the follow-up in public, a static site with its open data
//! (`tromsvekst_report::site`), as files or written into a folder.

use crate::convert::{self, LangArg};
use crate::{bundle, core};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList};
use tromsvekst::Lang;
use tromsvekst_report::site::{self as web, SiteOptions};

/// The site on `as_of`, made on `made` (both default today in
/// Europe/Oslo): its files as (path, bytes), in path order. With
/// `previous` (the folder of a previous build), the feed lists what changed
/// since; with `out`, the files are written into that folder too (one that
/// holds anything only with `force`).
#[pyfunction]
#[pyo3(signature = (items, as_of=None, made=None, previous=None, out=None, force=false, lang=LangArg(Lang::Nb)))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn site<'py>(
    py: Python<'py>,
    items: &Bound<'py, PyList>,
    as_of: Option<&Bound<'py, PyAny>>,
    made: Option<&Bound<'py, PyAny>>,
    previous: Option<std::path::PathBuf>,
    out: Option<std::path::PathBuf>,
    force: bool,
    lang: LangArg,
) -> PyResult<Vec<(String, Bound<'py, PyBytes>)>> {
    let l = lang.0;
    let day = convert::as_of(as_of, l)?;
    let made = convert::as_of(made, l)?;
    let items = convert::items(items, l)?;
    let files = core(py, "site", l, move || {
        let mut options = SiteOptions::new(day, made);
        if let Some(dir) = previous {
            options.previous = web::read_previous(&dir)?;
        }
        let files = web::build(&bundle(items)?, &options)?;
        if let Some(dir) = out {
            web::write(&files, &dir, force)?;
        }
        Ok(files)
    })?;
    Ok(files
        .into_iter()
        .map(|f| (f.path, PyBytes::new(py, &f.bytes)))
        .collect())
}
