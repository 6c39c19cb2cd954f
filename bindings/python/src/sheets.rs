//! Spreadsheets and statistics: an action plan to and from a workbook or CSV
//! files, and JSON-stat figures into an indicator set.

use super::*;

pub(crate) fn plan_of(doc: &Document, lang: Lang) -> Result<tromsvekst::model::ActionPlan, Raised> {
    match &doc.inner {
        AnyDocument::ActionPlan(p) => Ok(p.value.clone()),
        other => Err(Raised(
            Error::new(
                ErrorCode::WrongKind,
                format!(
                    "forventet en handlingsplan, ikke et dokument av typen «{}»",
                    other.kind().as_str()
                ),
                format!(
                    "expected an action plan, not a document of kind \"{}\"",
                    other.kind().as_str()
                ),
            )
            .in_document(other.name()),
            lang,
        )),
    }
}

/// Imports an action plan from spreadsheet files `(name or None, bytes)`:
/// one workbook, or CSV files (one per sheet). `base` is the plan to fill in
/// when there is no Plan sheet.
#[pyfunction]
#[pyo3(signature = (files, base=None, lang=LangArg(Lang::Nb)))]
pub(crate) fn import_plan(
    py: Python<'_>,
    files: Vec<(Option<String>, Vec<u8>)>,
    base: Option<PyRef<'_, Document>>,
    lang: LangArg,
) -> PyResult<Document> {
    let l = lang.0;
    let base = base.map(|b| plan_of(&b, l)).transpose()?;
    let doc = core(py, "import", l, move || {
        let named: Vec<(String, Vec<u8>)> = files
            .into_iter()
            .enumerate()
            .map(|(i, (n, b))| (n.unwrap_or_else(|| tromsvekst::default_name(i + 1)), b))
            .collect();
        let inputs: Vec<(&str, &[u8])> = named
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        tromsvekst::sheet::import_plan_files(&inputs, base.as_ref())
    })?;
    Ok(Document {
        inner: AnyDocument::ActionPlan(doc),
    })
}

/// The action plan as an XLSX workbook of the layout.
#[pyfunction]
#[pyo3(signature = (plan, lang=LangArg(Lang::Nb)))]
pub(crate) fn export_plan_xlsx(
    py: Python<'_>,
    plan: PyRef<'_, Document>,
    lang: LangArg,
) -> PyResult<Vec<u8>> {
    let l = lang.0;
    let plan = plan_of(&plan, l)?;
    core(py, "export", l, move || {
        tromsvekst::sheet::export_xlsx(&plan, l)
    })
}

/// The action plan as CSV files of the layout: `(file name, text)` per sheet.
#[pyfunction]
#[pyo3(signature = (plan, lang=LangArg(Lang::Nb)))]
pub(crate) fn export_plan_csv(
    py: Python<'_>,
    plan: PyRef<'_, Document>,
    lang: LangArg,
) -> PyResult<Vec<(String, String)>> {
    let l = lang.0;
    let plan = plan_of(&plan, l)?;
    let files = core(py, "export", l, move || {
        Ok(tromsvekst::sheet::export_csv_files(&plan, l))
    })?;
    Ok(files.into_iter().map(|(n, t)| (n.to_string(), t)).collect())
}

/// The spreadsheet format an export writes (`xlsx` or `csv`): the one asked
/// for, else what the path says; a contradiction is an error.
#[pyfunction]
#[pyo3(signature = (path, format=None, is_folder=false, lang=LangArg(Lang::Nb)))]
pub(crate) fn export_format(
    path: Option<&str>,
    format: Option<&str>,
    is_folder: bool,
    lang: LangArg,
) -> PyResult<&'static str> {
    let l = lang.0;
    let asked = match format {
        None => None,
        Some(f) => Some(
            match FileFormat::from_name(&format!(".{}", f.to_ascii_lowercase())) {
                Some(ff @ (FileFormat::Xlsx | FileFormat::Csv)) => ff,
                _ => {
                    return Err(Raised(
                        Error::new(
                            ErrorCode::InvalidArgument,
                            format!("ukjent format «{f}»: forventet «xlsx» eller «csv»"),
                            format!("unknown format \"{f}\": expected \"xlsx\" or \"csv\""),
                        ),
                        l,
                    )
                    .into());
                }
            },
        ),
    };
    tromsvekst::format::output_format(
        path,
        asked,
        is_folder,
        Some(FileFormat::Csv),
        &[FileFormat::Xlsx, FileFormat::Csv],
    )
    .map(FileFormat::as_str)
    .map_err(|e| Raised(e, l).into())
}

/// An indicator set with the figures a JSON-stat dataset gives, as its mappings say.
#[pyfunction]
#[pyo3(signature = (dataset, mapping, indicators, lang=LangArg(Lang::Nb)))]
pub(crate) fn apply_jsonstat(
    py: Python<'_>,
    dataset: (String, Vec<u8>),
    mapping: (String, Vec<u8>),
    indicators: (String, Vec<u8>),
    lang: LangArg,
) -> PyResult<Document> {
    let l = lang.0;
    let set = core(py, "jsonstat", l, move || {
        tromsvekst::jsonstat::apply_files(
            (&dataset.0, &dataset.1),
            (&mapping.0, &mapping.1),
            (&indicators.0, &indicators.1),
        )
    })?;
    Ok(Document {
        inner: AnyDocument::Indicators(set),
    })
}
