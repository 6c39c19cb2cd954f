//! The follow-up commands: `check`, `status` (and `status history`),
//! `draft` and `report`.

use super::*;

pub(crate) fn check(
    files: &[PathBuf],
    lang: Lang,
    format: Format,
    severity: &[String],
    as_of: Option<&str>,
) -> ExitCode {
    let mut config = Config::undated(lang);
    for s in severity {
        let parsed = s
            .split_once('=')
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::InvalidValue,
                    format!("--severity tar REGEL=NIVÅ, fikk «{s}»"),
                    format!("--severity takes RULE=LEVEL, got \"{s}\""),
                )
            })
            .and_then(|(rule, level)| config.set_severity(rule, level.parse::<Level>()?));
        if let Err(e) = parsed {
            return fail(&e, lang, format);
        }
    }
    match tromsvekst::date::as_of(as_of, "--as-of") {
        Ok(d) => config.as_of = Some(d),
        Err(e) => return fail(&e, lang, format),
    }
    let bundles = if files.is_empty() {
        Ok(vec![Bundle::new(tromsvekst::embedded::nord_troms())])
    } else {
        load_portfolio(files, lang)
    };
    let bundles = match bundles {
        Ok(b) => b,
        Err(e) => return fail(&e, lang, format),
    };
    if bundles.len() > 1 {
        // A folder per agreement: the portfolio, then each agreement's report.
        let reports: Vec<Report> = bundles
            .iter()
            .map(|b| tromsvekst::validate_bundle(b, &config))
            .collect();
        let check = tromsvekst::status::PortfolioCheck::new(reports);
        match format {
            Format::Json => print!("{}", check.to_json()),
            Format::Text => print!("{}", check.to_text()),
        }
        return if check.valid {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        };
    }
    let report: Report = tromsvekst::validate_bundle(&bundles[0], &config);
    match format {
        Format::Json => print!("{}", report.to_json()),
        Format::Text => print!("{}", report.to_text()),
    }
    if report.valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// The progress per focus area at the end of each quarter up to the day.
pub(crate) fn status_history(
    files: &[PathBuf],
    as_of: Option<&str>,
    lang: Lang,
    format: StatusFormat,
) -> ExitCode {
    let text_format = if format == StatusFormat::Json {
        Format::Json
    } else {
        Format::Text
    };
    let run = || -> Result<tromsvekst::status::History, Error> {
        let as_of = tromsvekst::date::as_of(as_of, "--as-of")?;
        let bundle = if files.is_empty() {
            Bundle::new(tromsvekst::embedded::nord_troms())
        } else {
            load(files, lang)?
        };
        let days = tromsvekst::status::History::quarters(&bundle, as_of);
        tromsvekst::status::History::compute(&bundle, &days, lang)
    };
    match run() {
        Ok(h) => {
            match format {
                StatusFormat::Json => print!("{}", h.to_json()),
                StatusFormat::Markdown => print!("{}", h.to_markdown()),
                StatusFormat::Text => print!("{}", h.to_text()),
            }
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e, lang, text_format),
    }
}

pub(crate) fn status(
    files: &[PathBuf],
    as_of: Option<&str>,
    lang: Lang,
    format: StatusFormat,
) -> ExitCode {
    let text_format = if format == StatusFormat::Json {
        Format::Json
    } else {
        Format::Text
    };
    let as_of = match tromsvekst::date::as_of(as_of, "--as-of") {
        Ok(d) => d,
        Err(e) => return fail(&e, lang, text_format),
    };
    let bundles = if files.is_empty() {
        Ok(vec![Bundle::new(tromsvekst::embedded::nord_troms())])
    } else {
        load_portfolio(files, lang)
    };
    let bundles = match bundles {
        Ok(b) => b,
        Err(e) => return fail(&e, lang, text_format),
    };
    if bundles.len() > 1 {
        // A folder per agreement: one line each.
        let p = match tromsvekst::status::Portfolio::compute(&bundles, as_of, lang) {
            Ok(p) => p,
            Err(e) => return fail(&e, lang, text_format),
        };
        match format {
            StatusFormat::Json => print!("{}", p.to_json()),
            StatusFormat::Markdown => print!("{}", p.to_markdown()),
            StatusFormat::Text => print!("{}", p.to_text()),
        }
        return ExitCode::SUCCESS;
    }
    let s = match Status::compute(&bundles[0], as_of, lang) {
        Ok(s) => s,
        Err(e) => return fail(&e, lang, text_format),
    };
    match format {
        StatusFormat::Json => print!("{}", s.to_json()),
        StatusFormat::Markdown => print!("{}", s.to_markdown()),
        StatusFormat::Text => print!("{}", s.to_text()),
    }
    ExitCode::SUCCESS
}

pub(crate) fn draft(
    files: &[PathBuf],
    kind: DraftKind,
    as_of: Option<&str>,
    lang: Lang,
    (out, force): (Option<&Path>, bool),
    update: Option<&Path>,
) -> ExitCode {
    let run = || -> Result<String, Error> {
        let as_of = tromsvekst::date::as_of(as_of, "--as-of")?;
        let bundle = if files.is_empty() {
            Bundle::new(tromsvekst::embedded::nord_troms())
        } else {
            load(files, lang)?
        };
        let doc = match update {
            None => {
                let doc = tromsvekst::draft::draft(&bundle, kind, as_of, lang)?;
                if let Some(begun) = tromsvekst::draft::begun(&bundle, kind) {
                    eprintln!("{}", tromsvekst::draft::refreshed_note(begun, lang));
                }
                doc
            }
            Some(path) => {
                let name = path.display().to_string();
                let old =
                    tromsvekst::read_document(&name, &read(path)?, None, &Default::default())?;
                tromsvekst::draft::refresh(&bundle, kind, as_of, lang, &old)?
            }
        };
        Ok(doc.to_json())
    };
    match run() {
        // A refresh rewrites the draft it refreshes, unless told otherwise.
        Ok(text) => match (out, update) {
            (None, Some(path)) => write_out(Some(path), &text, true, lang),
            _ => write_out(out, &text, force, lang),
        },
        Err(e) => fail(&e, lang, Format::Text),
    }
}

pub(crate) fn report(
    kind: ReportKind,
    files: &[PathBuf],
    as_of: Option<&str>,
    lang: Lang,
    (out, force): (Option<&Path>, bool),
) -> ExitCode {
    let run = || -> Result<(), Error> {
        let as_of = tromsvekst::date::as_of(as_of, "--as-of")?;
        let bundle = if files.is_empty() {
            Bundle::new(tromsvekst::embedded::nord_troms())
        } else {
            load(files, lang)?
        };
        let kind = match kind {
            ReportKind::Status => tromsvekst_report::Kind::Status,
            ReportKind::Midterm => tromsvekst_report::Kind::Midterm,
            ReportKind::Final => tromsvekst_report::Kind::Final,
        };
        let report = tromsvekst_report::MeetingReport::make(&bundle, kind, as_of, lang)?;
        let Some(path) = out else {
            print!("{}", report.to_html());
            return Ok(());
        };
        let name = path.display().to_string();
        let Some(format) = tromsvekst_report::Format::from_file_name(&name) else {
            let says = name
                .rsplit_once('.')
                .map_or("nothing", |(_, e)| e)
                .to_lowercase();
            return Err(format_mismatch(path, "docx, html or md", &says));
        };
        let bytes = report
            .render(format)
            .map_err(|e| e.in_document(path.display().to_string()))?;
        write_file(path, &bytes, force)?;
        eprintln!("{}", path.display());
        Ok(())
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e, lang, Format::Text),
    }
}
