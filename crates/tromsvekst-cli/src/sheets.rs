//! The spreadsheet and statistics commands: `import`, `export` and `jsonstat`.

use super::*;

pub(crate) fn import(
    files: &[PathBuf],
    plan: Option<&Path>,
    out: Option<&Path>,
    force: bool,
    lang: Lang,
) -> ExitCode {
    use tromsvekst::sheet::{SheetLimits, import_plan, read_tables};
    let run = || -> Result<String, Error> {
        let base = match plan {
            Some(p) => Some(
                tromsvekst::parse_action_plan(
                    &read(p)?,
                    &p.display().to_string(),
                    &Default::default(),
                )?
                .value,
            ),
            None => None,
        };
        let mut tables = Vec::new();
        for f in files {
            tables.extend(read_tables(
                &f.display().to_string(),
                &read(f)?,
                &SheetLimits::default(),
            )?);
        }
        let name = files
            .first()
            .map(|f| f.display().to_string())
            .unwrap_or_default();
        let doc = import_plan(&name, &tables, base.as_ref())?;
        Ok(tromsvekst::AnyDocument::ActionPlan(doc).to_json())
    };
    match run() {
        Ok(text) => write_out(out, &text, force, lang),
        Err(e) => fail(&e, lang, Format::Text),
    }
}

/// The spreadsheet format an export writes: `--format` if given, else what
/// `--out` says (`.xlsx` a workbook; `.csv` or a folder, CSV files); the
/// core decides ([`tromsvekst::format::output_format`]).
pub(crate) fn export_format(format: Option<SheetFormat>, out: &Path) -> Result<SheetFormat, Error> {
    let asked = format.map(|f| match f {
        SheetFormat::Xlsx => FileFormat::Xlsx,
        SheetFormat::Csv => FileFormat::Csv,
    });
    let chosen = tromsvekst::format::output_format(
        Some(&out.display().to_string()),
        asked,
        out.is_dir(),
        Some(FileFormat::Csv),
        &[FileFormat::Xlsx, FileFormat::Csv],
    )?;
    Ok(if chosen == FileFormat::Xlsx {
        SheetFormat::Xlsx
    } else {
        SheetFormat::Csv
    })
}

pub(crate) fn export(
    plan: &Path,
    format: Option<SheetFormat>,
    out: &Path,
    force: bool,
    lang: Lang,
) -> ExitCode {
    use tromsvekst::sheet::{LAYOUT, export_tables, write_csv, write_xlsx};
    let run = || -> Result<(), Error> {
        let format = export_format(format, out)?;
        let doc = tromsvekst::parse_action_plan(
            &read(plan)?,
            &plan.display().to_string(),
            &Default::default(),
        )?;
        let tables = export_tables(&doc.value, lang);
        match format {
            SheetFormat::Xlsx => {
                write_file(out, &write_xlsx(&tables)?, force)?;
                eprintln!("{}", out.display());
            }
            SheetFormat::Csv => {
                std::fs::create_dir_all(out).map_err(io_error(out, IoAction::Write))?;
                let files: Vec<_> = tables
                    .iter()
                    .zip(LAYOUT)
                    .map(|(t, spec)| (out.join(spec.csv), write_csv(t)))
                    .collect();
                // Refuse before writing anything, so a refusal changes no file.
                if !force && let Some((path, _)) = files.iter().find(|(p, _)| p.exists()) {
                    return write_file(path, b"", false);
                }
                for (path, text) in files {
                    write_file(&path, text.as_bytes(), force)?;
                    eprintln!("{}", path.display());
                }
            }
        }
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e, lang, Format::Text),
    }
}

pub(crate) fn jsonstat(
    dataset: &Path,
    mapping: &Path,
    indicators: &Path,
    out: Option<&Path>,
    force: bool,
    lang: Lang,
) -> ExitCode {
    let run = || -> Result<String, Error> {
        let (d, m, i) = (read(dataset)?, read(mapping)?, read(indicators)?);
        let set = tromsvekst::jsonstat::apply_files(
            (&dataset.display().to_string(), &d),
            (&mapping.display().to_string(), &m),
            (&indicators.display().to_string(), &i),
        )?;
        Ok(tromsvekst::AnyDocument::Indicators(set).to_json())
    };
    match run() {
        Ok(text) => write_out(out, &text, force, lang),
        Err(e) => fail(&e, lang, Format::Text),
    }
}
