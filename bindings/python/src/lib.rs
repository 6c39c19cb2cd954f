//! Python bindings for `tromsvekst`. This crate translates; it decides
//! nothing: every check, status figure and message comes from the core.
//! The typed public API is the Python package `tromsvekst` (python/), which
//! converts dates, paths and dicts and calls the functions here.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use tromsvekst::status::{Status, draft_midterm};
use tromsvekst::{AnyDocument, Bundle, Config, Date, Error, Lang, Level, ParseOptions};

mod errors;

use errors::{
    BundleError, ConfigError, DocumentError, JsonError, JsonStatError, ReadError, SheetError,
    TromsvekstError,
};

fn lang(s: &str) -> PyResult<Lang> {
    Python::attach(|py| {
        s.parse::<Lang>()
            .map_err(|e| errors::to_py(py, &e, Lang::En))
    })
}

/// Runs core work without the GIL, turning a panic (a bug) into a TromsvekstError.
fn core<T: Send>(py: Python<'_>, what: &str, f: impl FnOnce() -> T + Send) -> PyResult<T> {
    py.detach(|| catch_unwind(AssertUnwindSafe(f)))
        .map_err(|_| errors::internal(what))
}

fn date(py: Python<'_>, s: &str) -> PyResult<Date> {
    s.parse::<Date>().map_err(|e| {
        errors::to_py(
            py,
            &Error::new(
                tromsvekst::ErrorCode::InvalidDate,
                format!("as_of: {e}"),
                format!("as_of: «{s}» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)"),
            ),
            Lang::En,
        )
    })
}

/// A document of any kind, read and checked for shape.
#[pyclass(frozen, module = "tromsvekst._tromsvekst")]
struct Document {
    inner: AnyDocument,
}

#[pymethods]
impl Document {
    /// The document's kind: agreement, action_plan, meeting_log, indicators or evaluation.
    #[getter]
    fn kind(&self) -> &'static str {
        self.inner.kind().as_str()
    }

    /// The document's id.
    #[getter]
    fn id(&self) -> String {
        self.inner.id().to_string()
    }

    /// The name it goes by in reports (its file name).
    #[getter]
    fn name(&self) -> Option<String> {
        self.inner.source().map(|s| s.name().to_string())
    }

    /// The id of the agreement it belongs to.
    #[getter]
    fn agreement(&self) -> String {
        self.inner.agreement_id().to_string()
    }

    /// The document as JSON.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    fn __repr__(&self) -> String {
        format!(
            "<tromsvekst.Document {} {:?}>",
            self.inner.kind().as_str(),
            self.inner.id()
        )
    }
}

/// A validation report.
#[pyclass(frozen, module = "tromsvekst._tromsvekst")]
struct Report {
    inner: tromsvekst::Report,
}

#[pymethods]
impl Report {
    /// No errors.
    #[getter]
    fn valid(&self) -> bool {
        self.inner.valid
    }

    /// The report as JSON, byte for byte as the command line and every binding give it.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The report as text grouped by rule, with file:line:column.
    fn to_text(&self) -> String {
        self.inner.to_text()
    }
}

/// Where the follow-up stands on a day.
#[pyclass(frozen, module = "tromsvekst._tromsvekst")]
struct StatusReport {
    inner: Status,
}

#[pymethods]
impl StatusReport {
    /// The status as JSON.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    /// The status as plain text.
    fn to_text(&self) -> String {
        self.inner.to_text()
    }

    /// The status as Markdown.
    fn to_markdown(&self) -> String {
        self.inner.to_markdown()
    }
}

/// Reads a document from JSON bytes. `kind` (if given) is the kind it must be.
#[pyfunction]
#[pyo3(signature = (data, name, kind=None, lang="en"))]
fn parse(
    py: Python<'_>,
    data: &[u8],
    name: &str,
    kind: Option<&str>,
    lang: &str,
) -> PyResult<Document> {
    let l = self::lang(lang)?;
    let data = data.to_vec();
    let name = name.to_string();
    let kind = match kind {
        None => None,
        Some(k) => Some(tromsvekst::DocumentKind::from_name(k).ok_or_else(|| {
            let names: Vec<&str> = tromsvekst::DocumentKind::ALL
                .iter()
                .map(|k| k.as_str())
                .collect();
            PyValueError::new_err(format!(
                "unknown document kind {k:?}: expected one of {}",
                names.join(", ")
            ))
        })?),
    };
    let result = core(py, "parse", move || {
        tromsvekst::parse_document_as(&data, &name, kind, &ParseOptions::default())
    })?;
    result
        .map(|inner| Document { inner })
        .map_err(|e| errors::to_py(py, &e, l))
}

/// The bundle of parsed documents and of files read here (`(name, bytes)`,
/// read as `parse_inputs` does), after them.
fn bundle(
    py: Python<'_>,
    documents: Vec<PyRef<'_, Document>>,
    files: Vec<(String, Vec<u8>)>,
    l: Lang,
) -> PyResult<Bundle> {
    let mut docs: Vec<AnyDocument> = documents.iter().map(|d| d.inner.clone()).collect();
    let parsed = core(py, "parse", move || {
        let inputs: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        tromsvekst::parse_inputs(&inputs, &ParseOptions::default())
    })?;
    docs.extend(parsed.map_err(|e| errors::to_py(py, &e, l))?);
    Bundle::from_documents_shared(docs, Some(tromsvekst::embedded::nord_troms_shared()))
        .map_err(|e| errors::to_py(py, &e, l))
}

/// Validates documents together (an agreement and its follow-up documents;
/// without an agreement, the embedded Nord-Troms agreement).
#[pyfunction]
#[pyo3(signature = (documents, lang="nb", as_of=None, severity=None, files=Vec::new()))]
fn validate(
    py: Python<'_>,
    documents: Vec<PyRef<'_, Document>>,
    lang: &str,
    as_of: Option<&str>,
    severity: Option<BTreeMap<String, String>>,
    files: Vec<(String, Vec<u8>)>,
) -> PyResult<Report> {
    let l = self::lang(lang)?;
    let mut config = Config::new(l);
    if let Some(d) = as_of {
        config.as_of = Some(date(py, d)?);
    }
    for (rule, level) in severity.unwrap_or_default() {
        let level: Level = level.parse().map_err(|e| errors::to_py(py, &e, l))?;
        config
            .set_severity(&rule, level)
            .map_err(|e| errors::to_py(py, &e, l))?;
    }
    let bundle = bundle(py, documents, files, l)?;
    let inner = core(py, "validate", move || {
        tromsvekst::validate_bundle(&bundle, &config)
    })?;
    Ok(Report { inner })
}

/// The bundle, the day and the language that the status and the draft take.
fn on_day(
    py: Python<'_>,
    documents: Vec<PyRef<'_, Document>>,
    files: Vec<(String, Vec<u8>)>,
    as_of: &str,
    lang: &str,
) -> PyResult<(Bundle, Date, Lang)> {
    let l = self::lang(lang)?;
    let day = date(py, as_of)?;
    Ok((bundle(py, documents, files, l)?, day, l))
}

/// Where the follow-up stands on a day.
#[pyfunction]
#[pyo3(signature = (documents, as_of, lang="nb", files=Vec::new()))]
fn status(
    py: Python<'_>,
    documents: Vec<PyRef<'_, Document>>,
    as_of: &str,
    lang: &str,
    files: Vec<(String, Vec<u8>)>,
) -> PyResult<StatusReport> {
    let (bundle, day, l) = on_day(py, documents, files, as_of, lang)?;
    let inner = core(py, "status", move || Status::compute(&bundle, day, l))?;
    Ok(StatusReport { inner })
}

/// A draft midterm evaluation pre-filled from the status on a day.
#[pyfunction]
#[pyo3(signature = (documents, as_of, lang="nb", files=Vec::new()))]
fn draft_midterm_evaluation(
    py: Python<'_>,
    documents: Vec<PyRef<'_, Document>>,
    as_of: &str,
    lang: &str,
    files: Vec<(String, Vec<u8>)>,
) -> PyResult<Document> {
    let (bundle, day, l) = on_day(py, documents, files, as_of, lang)?;
    let draft = core(py, "draft", move || draft_midterm(&bundle, day, l))?;
    let inner = AnyDocument::Evaluation(tromsvekst::Document::from_value(draft));
    Ok(Document { inner })
}

/// Imports an action plan from spreadsheet files `(name, bytes)`: one `.xlsx`
/// workbook, or `.csv` files (one per sheet). `base` is the plan to fill in
/// when there is no Plan sheet.
#[pyfunction]
#[pyo3(signature = (files, base=None, lang="en"))]
fn import_plan(
    py: Python<'_>,
    files: Vec<(String, Vec<u8>)>,
    base: Option<PyRef<'_, Document>>,
    lang: &str,
) -> PyResult<Document> {
    let l = self::lang(lang)?;
    let base = match base.as_ref().map(|b| &b.inner) {
        None => None,
        Some(AnyDocument::ActionPlan(p)) => Some(p.value.clone()),
        Some(other) => {
            return Err(PyValueError::new_err(format!(
                "base must be an action plan, not {}",
                other.kind().as_str()
            )));
        }
    };
    let result = core(py, "import", move || {
        let inputs: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        tromsvekst::sheet::import_plan_files(&inputs, base.as_ref())
    })?;
    result
        .map(|d| Document {
            inner: AnyDocument::ActionPlan(d),
        })
        .map_err(|e| errors::to_py(py, &e, l))
}

fn plan_of(doc: &Document) -> PyResult<tromsvekst::model::ActionPlan> {
    match &doc.inner {
        AnyDocument::ActionPlan(p) => Ok(p.value.clone()),
        other => Err(PyValueError::new_err(format!(
            "expected an action plan, not {}",
            other.kind().as_str()
        ))),
    }
}

/// The action plan as an XLSX workbook of the layout.
#[pyfunction]
#[pyo3(signature = (plan, lang="nb"))]
fn export_plan_xlsx(py: Python<'_>, plan: PyRef<'_, Document>, lang: &str) -> PyResult<Vec<u8>> {
    let l = self::lang(lang)?;
    let plan = plan_of(&plan)?;
    core(py, "export", move || {
        tromsvekst::sheet::export_xlsx(&plan, l)
    })?
    .map_err(|e| errors::to_py(py, &e, l))
}

/// The action plan as CSV files of the layout: `(file name, text)` per sheet.
#[pyfunction]
#[pyo3(signature = (plan, lang="nb"))]
fn export_plan_csv(
    py: Python<'_>,
    plan: PyRef<'_, Document>,
    lang: &str,
) -> PyResult<Vec<(String, String)>> {
    let l = self::lang(lang)?;
    let plan = plan_of(&plan)?;
    Ok(core(py, "export", move || {
        tromsvekst::sheet::export_csv_files(&plan, l)
    })?
    .into_iter()
    .map(|(n, t)| (n.to_string(), t))
    .collect())
}

/// An indicator set with the figures a JSON-stat dataset gives, as its mappings say.
#[pyfunction]
#[pyo3(signature = (dataset, mapping, indicators, lang="en"))]
fn apply_jsonstat(
    py: Python<'_>,
    dataset: (String, Vec<u8>),
    mapping: (String, Vec<u8>),
    indicators: (String, Vec<u8>),
    lang: &str,
) -> PyResult<Document> {
    let l = self::lang(lang)?;
    let result = core(py, "jsonstat", move || {
        tromsvekst::sheet::jsonstat::apply_files(
            (&dataset.0, &dataset.1),
            (&mapping.0, &mapping.1),
            (&indicators.0, &indicators.1),
        )
    })?;
    result
        .map(|d| Document {
            inner: AnyDocument::Indicators(d),
        })
        .map_err(|e| errors::to_py(py, &e, l))
}

/// Reads documents from `(name, bytes)`: JSON of any kind, `.xlsx` workbooks
/// as action plans, and all `.csv` files together as one action plan.
#[pyfunction]
#[pyo3(signature = (files, lang="en"))]
fn parse_inputs(
    py: Python<'_>,
    files: Vec<(String, Vec<u8>)>,
    lang: &str,
) -> PyResult<Vec<Document>> {
    let l = self::lang(lang)?;
    let result = core(py, "parse", move || {
        let inputs: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(n, b)| (n.as_str(), b.as_slice()))
            .collect();
        tromsvekst::parse_inputs(&inputs, &ParseOptions::default())
    })?;
    result
        .map(|docs| docs.into_iter().map(|inner| Document { inner }).collect())
        .map_err(|e| errors::to_py(py, &e, l))
}

/// The embedded Nord-Troms agreement.
#[pyfunction]
fn nord_troms() -> Document {
    Document {
        inner: AnyDocument::Agreement(tromsvekst::embedded::nord_troms()),
    }
}

/// The JSON Schema with a name (see `schema_names`), or None.
#[pyfunction]
fn schema(name: &str) -> Option<String> {
    tromsvekst::schema::get(name)
}

/// The names of the JSON Schemas.
#[pyfunction]
fn schema_names() -> Vec<String> {
    tromsvekst::schema::all()
        .into_iter()
        .map(|(f, _)| f.trim_end_matches(".schema.json").to_string())
        .collect()
}

/// The rule catalog as JSON.
#[pyfunction]
fn rules_json() -> String {
    tromsvekst::rules::catalog_json()
}

/// Every error code.
#[pyfunction]
fn error_codes() -> Vec<&'static str> {
    tromsvekst::ErrorCode::ALL
        .iter()
        .map(|c| c.as_str())
        .collect()
}

/// Builds a ReadError for a file the Python layer could not read.
#[pyfunction]
fn read_error(py: Python<'_>, name: &str, reason: &str) -> PyErr {
    let e = Error::new(
        tromsvekst::ErrorCode::Io,
        format!("cannot read the file: {reason}"),
        format!("kan ikke lese filen: {reason}"),
    )
    .in_document(name);
    errors::to_py(py, &e, Lang::En)
}

#[pymodule]
fn _tromsvekst(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Document>()?;
    m.add_class::<Report>()?;
    m.add_class::<StatusReport>()?;
    m.add("TromsvekstError", py.get_type::<TromsvekstError>())?;
    m.add("ReadError", py.get_type::<ReadError>())?;
    m.add("JsonError", py.get_type::<JsonError>())?;
    m.add("DocumentError", py.get_type::<DocumentError>())?;
    m.add("ConfigError", py.get_type::<ConfigError>())?;
    m.add("BundleError", py.get_type::<BundleError>())?;
    m.add("SheetError", py.get_type::<SheetError>())?;
    m.add("JsonStatError", py.get_type::<JsonStatError>())?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(status, m)?)?;
    m.add_function(wrap_pyfunction!(draft_midterm_evaluation, m)?)?;
    m.add_function(wrap_pyfunction!(nord_troms, m)?)?;
    m.add_function(wrap_pyfunction!(import_plan, m)?)?;
    m.add_function(wrap_pyfunction!(parse_inputs, m)?)?;
    m.add_function(wrap_pyfunction!(export_plan_xlsx, m)?)?;
    m.add_function(wrap_pyfunction!(export_plan_csv, m)?)?;
    m.add_function(wrap_pyfunction!(apply_jsonstat, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(schema_names, m)?)?;
    m.add_function(wrap_pyfunction!(rules_json, m)?)?;
    m.add_function(wrap_pyfunction!(error_codes, m)?)?;
    m.add_function(wrap_pyfunction!(read_error, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
