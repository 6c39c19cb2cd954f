//! `tromsvekst merge BASE MINE THEIRS`: the core's three-way merge.

use super::{Format, MergeFormat, fail, read, write_out};
use std::path::Path;
use std::process::ExitCode;
use tromsvekst::Lang;

pub(crate) fn run(
    [base, mine, theirs]: [&Path; 3],
    format: MergeFormat,
    (out, force): (Option<&Path>, bool),
    lang: Lang,
) -> ExitCode {
    let merged = (|| {
        let (b, m, t) = (read(base)?, read(mine)?, read(theirs)?);
        tromsvekst::merge::merge_files(
            (&base.display().to_string(), &b),
            (&mine.display().to_string(), &m),
            (&theirs.display().to_string(), &t),
            &Default::default(),
        )
    })();
    let merged = match merged {
        Ok(m) => m,
        Err(e) => return fail(&e, lang, Format::Text),
    };
    let text = match format {
        MergeFormat::Document => {
            for c in &merged.conflicts {
                eprintln!("{}: {} ({})", mine.display(), c.message(lang), c.pointer);
            }
            merged.document.to_json()
        }
        MergeFormat::Json => merged.to_json(lang),
    };
    let code = write_out(out, &text, force, lang);
    if code == ExitCode::SUCCESS && !merged.conflicts.is_empty() {
        ExitCode::from(1)
    } else {
        code
    }
}
