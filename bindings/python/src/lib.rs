//! Python bindings for `tromsvekst`. This crate translates; it decides
//! nothing: every check, status figure, default and message comes from the
//! core. Arguments are converted by type in `convert.rs`, errors mapped to
//! exception classes in `errors.rs`. The typed public API is the Python
//! package `tromsvekst` (python/), which reads files and turns dicts, paths
//! and DataFrames into the inputs these functions take.

use pyo3::prelude::*;
use pyo3::types::PyList;
use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use tromsvekst::format::FileFormat;
use tromsvekst::status::Status;
use tromsvekst::{AnyDocument, Bundle, Config, Error, ErrorCode, Input, Lang, Level, ParseOptions};

mod convert;
mod errors;
mod pickle;
mod reports;
mod restore;
mod sheets;
mod site;

use reports::{
    _restore_history, _restore_portfolio, HistoryReport, MeetingReport, PortfolioReport, report,
    status_history,
};
use restore::{_restore_document, _restore_report, _restore_status};
use sheets::{apply_jsonstat, export_format, export_plan_csv, export_plan_xlsx, import_plan};

use convert::{Item, LangArg};
use errors::Raised;

/// Runs core work without the GIL; a panic (a bug) becomes an `InternalError`.
fn core<T: Send>(
    py: Python<'_>,
    what: &str,
    lang: Lang,
    f: impl FnOnce() -> Result<T, Error> + Send,
) -> PyResult<T> {
    match py.detach(|| catch_unwind(AssertUnwindSafe(f))) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(Raised(e, lang).into()),
        Err(_) => Err(Raised(errors::internal(what), lang).into()),
    }
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

    /// The name it goes by in reports: its file name, the name given, or its id.
    #[getter]
    fn name(&self) -> String {
        self.inner.name().to_string()
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

    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, (pickle::DocState,))> {
        Ok((
            pickle::restorer(py, "_restore_document")?,
            (pickle::doc_state(&self.inner),),
        ))
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

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((
            pickle::restorer(py, "_restore_report")?,
            (self.inner.to_json(),),
        ))
    }
}

/// Where the follow-up stands on a day.
#[pyclass(frozen, module = "tromsvekst._tromsvekst")]
struct StatusReport {
    inner: Status,
    /// The documents it was computed from, for the report's history.
    bundle: Bundle,
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

    /// The status report as one self-contained HTML file.
    fn to_html(&self, py: Python<'_>) -> PyResult<String> {
        let lang = self.inner.lang;
        core(py, "report", lang, || {
            Ok(tromsvekst_report::MeetingReport::status_of(&self.bundle, &self.inner)?.to_html())
        })
    }

    /// The status report as one element for a notebook's output.
    fn to_html_fragment(&self, py: Python<'_>) -> PyResult<String> {
        let lang = self.inner.lang;
        core(py, "report", lang, || {
            Ok(
                tromsvekst_report::MeetingReport::status_of(&self.bundle, &self.inner)?
                    .to_html_fragment(),
            )
        })
    }

    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<pickle::Reduced<'py, (String, Vec<pickle::DocState>)>> {
        Ok((
            pickle::restorer(py, "_restore_status")?,
            (self.inner.to_json(), pickle::bundle_state(&self.bundle)),
        ))
    }

    /// The status report as a Word document.
    fn to_docx(&self, py: Python<'_>) -> PyResult<Vec<u8>> {
        let lang = self.inner.lang;
        core(py, "report", lang, || {
            tromsvekst_report::MeetingReport::status_of(&self.bundle, &self.inner)?.to_docx()
        })
    }
}

/// The documents of the inputs, in order: unnamed inputs get the core's
/// default name by position, inputs given as data are placed by pointer.
fn read_items(items: Vec<Item>) -> Result<Vec<AnyDocument>, Error> {
    read_items_sharing(items, false).map(|(docs, _)| docs)
}

/// As [`read_items`]; with `share`, the embedded agreement given back is left
/// out and its place among the documents returned instead.
fn read_items_sharing(
    items: Vec<Item>,
    share: bool,
) -> Result<(Vec<AnyDocument>, Option<usize>), Error> {
    let options = ParseOptions::default();
    let named: Vec<(String, Item)> = items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let name = match &item {
                Item::File { name: Some(n), .. } => n.clone(),
                Item::File { name: None, .. } => tromsvekst::default_name(i + 1),
                Item::Parsed(d) => d.name().to_string(),
                Item::Embedded => tromsvekst::embedded::NORD_TROMS_NAME.to_string(),
            };
            (name, item)
        })
        .collect();
    let mut inputs = Vec::with_capacity(named.len());
    let mut shared_at = None;
    for (name, item) in &named {
        inputs.push(match item {
            Item::Embedded if share && shared_at.is_none() => {
                shared_at = Some(inputs.len());
                continue;
            }
            Item::Embedded => Input::Document(Box::new(AnyDocument::Agreement(
                tromsvekst::embedded::nord_troms(),
            ))),
            Item::Parsed(d) => Input::Document(d.clone()),
            Item::File {
                bytes,
                positions: false,
                ..
            } => Input::Document(Box::new(
                tromsvekst::parse_document(bytes, name, &options)
                    .map_err(Error::without_position)?
                    .without_positions(),
            )),
            Item::File { bytes, .. } => Input::File { name, bytes },
        });
    }
    Ok((tromsvekst::read_inputs(inputs, &options)?, shared_at))
}

fn bundle(items: Vec<Item>) -> Result<Bundle, Error> {
    let shared = tromsvekst::embedded::nord_troms_shared();
    let (mut docs, shared_at) = read_items_sharing(items, true)?;
    if let Some(at) = shared_at
        && docs.iter().any(|d| matches!(d, AnyDocument::Agreement(_)))
    {
        // Another agreement too: the bundle refuses two, naming them as it
        // would have (the embedded one back in its place).
        let copy = AnyDocument::Agreement((*shared).clone());
        docs.insert(at.min(docs.len()), copy);
    }
    // The embedded agreement given back is the default itself: shared.
    Bundle::from_documents_shared(docs, Some(shared))
}

/// Reads one document: `item` is `(name or None, bytes, positions)`; `kind`
/// (if given) is the kind it must be. A spreadsheet is an action plan.
#[pyfunction]
#[pyo3(signature = (item, kind=None, lang=LangArg(Lang::Nb)))]
fn parse(
    py: Python<'_>,
    item: (Option<String>, Vec<u8>, bool),
    kind: Option<&str>,
    lang: LangArg,
) -> PyResult<Document> {
    let l = lang.0;
    let kind = convert::kind(kind, l)?;
    let (name, bytes, positions) = item;
    let name = name.unwrap_or_else(|| tromsvekst::default_name(1));
    let inner = core(py, "parse", l, move || {
        let options = ParseOptions::default();
        if positions {
            tromsvekst::read_document(&name, &bytes, kind, &options)
        } else {
            tromsvekst::parse_document_as(&bytes, &name, kind, &options)
                .map(AnyDocument::without_positions)
                .map_err(Error::without_position)
        }
    })?;
    Ok(Document { inner })
}

/// Reads the inputs (documents, and `(name or None, bytes, positions)`)
/// into documents, as validate, status and the drafts read them.
#[pyfunction]
#[pyo3(signature = (items, lang=LangArg(Lang::Nb)))]
fn read(py: Python<'_>, items: &Bound<'_, PyList>, lang: LangArg) -> PyResult<Vec<Document>> {
    let l = lang.0;
    let items = convert::items(items, l)?;
    let docs = core(py, "read", l, move || read_items(items))?;
    Ok(docs.into_iter().map(|inner| Document { inner }).collect())
}

/// Validates documents together (an agreement and its follow-up documents;
/// without an agreement, the embedded Nord-Troms agreement), on `as_of`
/// (default: today in Europe/Oslo).
#[pyfunction]
#[pyo3(signature = (items, lang=LangArg(Lang::Nb), as_of=None, severity=None))]
fn validate(
    py: Python<'_>,
    items: &Bound<'_, PyList>,
    lang: LangArg,
    as_of: Option<&Bound<'_, PyAny>>,
    severity: Option<BTreeMap<String, String>>,
) -> PyResult<Report> {
    let l = lang.0;
    let mut config = Config::undated(l);
    config.as_of = Some(convert::as_of(as_of, l)?);
    for (rule, level) in severity.unwrap_or_default() {
        let level: Level = level.parse().map_err(|e| Raised(e, l))?;
        config
            .set_severity(&rule, level)
            .map_err(|e| Raised(e, l))?;
    }
    let items = convert::items(items, l)?;
    let inner = core(py, "validate", l, move || {
        Ok(tromsvekst::validate_bundle(&bundle(items)?, &config))
    })?;
    Ok(Report { inner })
}

/// Where the follow-up stands on `as_of` (default: today in Europe/Oslo).
#[pyfunction]
#[pyo3(signature = (items, as_of=None, lang=LangArg(Lang::Nb)))]
fn status(
    py: Python<'_>,
    items: &Bound<'_, PyList>,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: LangArg,
) -> PyResult<StatusReport> {
    let l = lang.0;
    let day = convert::as_of(as_of, l)?;
    let items = convert::items(items, l)?;
    let (inner, bundle) = core(py, "status", l, move || {
        let b = bundle(items)?;
        Ok((Status::compute(&b, day, l)?, b))
    })?;
    Ok(StatusReport { inner, bundle })
}

/// A draft midterm evaluation pre-filled from the status on `as_of`.
#[pyfunction]
#[pyo3(signature = (items, as_of=None, lang=LangArg(Lang::Nb)))]
fn draft_midterm_evaluation(
    py: Python<'_>,
    items: &Bound<'_, PyList>,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: LangArg,
) -> PyResult<Document> {
    let l = lang.0;
    let day = convert::as_of(as_of, l)?;
    let items = convert::items(items, l)?;
    // The same as draft("midterm"): a begun midterm among the inputs is refreshed.
    let inner = core(py, "draft", l, move || {
        tromsvekst::draft::draft(
            &bundle(items)?,
            tromsvekst::draft::DraftKind::Midterm,
            day,
            l,
        )
    })?;
    Ok(Document { inner })
}

/// One line per agreement on `as_of`: the documents of several agreements
/// (each with its agreement) are split by agreement.
#[pyfunction]
#[pyo3(signature = (items, as_of=None, lang=LangArg(Lang::Nb)))]
fn portfolio(
    py: Python<'_>,
    items: &Bound<'_, PyList>,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: LangArg,
) -> PyResult<PortfolioReport> {
    let l = lang.0;
    let day = convert::as_of(as_of, l)?;
    let items = convert::items(items, l)?;
    let inner = core(py, "portfolio", l, move || {
        let bundles = Bundle::split_by_agreement(
            read_items(items)?,
            Some(tromsvekst::embedded::nord_troms_shared()),
        )?;
        tromsvekst::status::Portfolio::compute(&bundles, day, l)
    })?;
    Ok(PortfolioReport { inner })
}

/// A draft of `kind` (`midterm`, `plan`, `final`) on `as_of`, or, with
/// `update`, that earlier draft refreshed: new evidence in, every word the
/// analysts wrote kept.
#[pyfunction]
#[pyo3(signature = (items, kind, as_of=None, lang=LangArg(Lang::Nb), update=None))]
fn draft(
    py: Python<'_>,
    items: &Bound<'_, PyList>,
    kind: &str,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: LangArg,
    update: Option<PyRef<'_, Document>>,
) -> PyResult<Document> {
    let l = lang.0;
    let kind =
        tromsvekst::draft::DraftKind::parse(kind, ("kind", "kind")).map_err(|e| Raised(e, l))?;
    let day = convert::as_of(as_of, l)?;
    let items = convert::items(items, l)?;
    let old = update.map(|d| d.inner.clone());
    let inner = core(py, "draft", l, move || {
        let bundle = bundle(items)?;
        match &old {
            None => tromsvekst::draft::draft(&bundle, kind, day, l),
            Some(old) => tromsvekst::draft::refresh(&bundle, kind, day, l, old),
        }
    })?;
    Ok(Document { inner })
}

/// The error for a folder given where one document is read.
#[pyfunction]
fn folder_given(py: Python<'_>, folder: &str, lang: LangArg) -> PyErr {
    errors::to_py(py, &Error::folder_given(folder), lang.0)
}

/// How a Python user asks to replace a file (the end of `io.exists`).
const FORCE_HINT: (&str, &str) = (
    "bruk force=True for å erstatte den",
    "pass force=True to replace it",
);

/// Writes a file as the command line does: never over an existing file
/// without `force`, atomically, with the user's umask.
#[pyfunction]
fn write_file(
    py: Python<'_>,
    path: std::path::PathBuf,
    data: Vec<u8>,
    force: bool,
    lang: LangArg,
) -> PyResult<()> {
    let l = lang.0;
    py.detach(|| tromsvekst::format::write_file(&path, &data, force, FORCE_HINT))
        .map_err(|e| errors::to_py(py, &e, l))
}

/// Merges two versions of a document made from a common base, item by
/// item: the merged document and the merge as JSON (document and conflicts).
#[pyfunction]
#[pyo3(signature = (base, mine, theirs, lang=LangArg(Lang::Nb)))]
fn merge(
    py: Python<'_>,
    base: (String, Vec<u8>),
    mine: (String, Vec<u8>),
    theirs: (String, Vec<u8>),
    lang: LangArg,
) -> PyResult<(Document, String)> {
    let l = lang.0;
    let merged = core(py, "merge", l, move || {
        tromsvekst::merge::merge_files(
            (&base.0, &base.1),
            (&mine.0, &mine.1),
            (&theirs.0, &theirs.1),
            &Default::default(),
        )
    })?;
    let json = merged.to_json(l);
    Ok((
        Document {
            inner: merged.document,
        },
        json,
    ))
}

/// The names in a folder that are read when the folder is given (its JSON
/// documents, in name order); a folder with none is an `io.empty-folder` error.
#[pyfunction]
fn folder_members(
    py: Python<'_>,
    folder: &str,
    names: Vec<String>,
    lang: LangArg,
) -> PyResult<Vec<String>> {
    let l = lang.0;
    tromsvekst::format::folder_documents(folder, names).map_err(|e| errors::to_py(py, &e, l))
}

/// For a file of a folder: the note that it is a companion (a JSON-stat
/// mapping or dataset) left out, or `None` for a document to read.
#[pyfunction]
fn folder_companion(name: &str, data: &[u8], lang: LangArg) -> PyResult<Option<String>> {
    let l = lang.0;
    Ok(tromsvekst::format::companion(data)
        .map(|what| tromsvekst::format::left_out_note(name, what, l)))
}

/// The embedded Nord-Troms agreement.
#[pyfunction]
fn nord_troms() -> Document {
    Document {
        inner: AnyDocument::Agreement(tromsvekst::embedded::nord_troms()),
    }
}

/// The JSON Schema with a name (see `schema_names`); an unknown name is an
/// `ArgumentError` listing the names.
#[pyfunction]
#[pyo3(signature = (name, lang=LangArg(Lang::Nb)))]
fn schema(name: &str, lang: LangArg) -> PyResult<String> {
    let l = lang.0;
    tromsvekst::schema::get(name).ok_or_else(|| {
        Raised(
            Error::argument_value(("skjema", "schema"), name, tromsvekst::schema::NAMES),
            l,
        )
        .into()
    })
}

/// The names of the JSON Schemas.
#[pyfunction]
fn schema_names() -> Vec<&'static str> {
    tromsvekst::schema::NAMES.to_vec()
}

/// The rule catalog as JSON.
#[pyfunction]
fn rules_json() -> String {
    tromsvekst::rules::catalog_json()
}

/// The words for every value of the documents in a language, as JSON.
#[pyfunction]
fn vocabulary_json(lang: LangArg) -> String {
    tromsvekst::vocabulary_json(lang.0)
}

/// Every error code.
#[pyfunction]
fn error_codes() -> Vec<&'static str> {
    ErrorCode::ALL.iter().map(|c| c.as_str()).collect()
}

/// Today in Europe/Oslo, as every interface takes it (`YYYY-MM-DD`).
#[pyfunction]
fn today() -> String {
    tromsvekst::today().to_string()
}

/// The exception for a file the Python layer could not read or write:
/// `what` is `not-found`, `read`, `write` or `exists`.
#[pyfunction]
#[pyo3(signature = (what, name, reason, lang=LangArg(Lang::Nb)))]
fn io_error(
    py: Python<'_>,
    what: &str,
    name: &str,
    reason: &str,
    lang: LangArg,
) -> PyResult<PyErr> {
    let l = lang.0;
    let error = match what {
        "exists" => Error::file_exists(name, FORCE_HINT),
        "not-found" => Error::io_code(ErrorCode::NotFound, name, reason),
        "write" => Error::io_code(ErrorCode::WriteFailed, name, reason),
        _ => Error::io_code(ErrorCode::Io, name, reason),
    };
    Ok(errors::to_py(py, &error, l))
}

/// The exception for an argument of the wrong type given to the Python layer.
#[pyfunction]
#[pyo3(signature = (argument, expected_nb, expected_en, got, lang=LangArg(Lang::Nb)))]
fn argument_type_error(
    argument: &str,
    expected_nb: &str,
    expected_en: &str,
    got: &str,
    lang: LangArg,
) -> PyResult<PyErr> {
    let l = lang.0;
    Ok(convert::wrong_type(argument, (expected_nb, expected_en), got, l).into())
}

/// The exception for an argument whose value is not one of `choices`.
#[pyfunction]
#[pyo3(signature = (argument, value, choices, lang=LangArg(Lang::Nb)))]
fn unknown_value(
    argument: &str,
    value: &str,
    choices: Vec<String>,
    lang: LangArg,
) -> PyResult<PyErr> {
    let l = lang.0;
    let choices: Vec<&str> = choices.iter().map(String::as_str).collect();
    Ok(Raised(
        Error::argument_value((argument, argument), value, &choices),
        l,
    )
    .into())
}

#[pymodule]
fn _tromsvekst(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Document>()?;
    m.add_class::<Report>()?;
    m.add_class::<StatusReport>()?;
    m.add_class::<PortfolioReport>()?;
    m.add_class::<MeetingReport>()?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(read, m)?)?;
    m.add_function(wrap_pyfunction!(validate, m)?)?;
    m.add_function(wrap_pyfunction!(status, m)?)?;
    m.add_function(wrap_pyfunction!(draft_midterm_evaluation, m)?)?;
    m.add_function(wrap_pyfunction!(draft, m)?)?;
    m.add_function(wrap_pyfunction!(portfolio, m)?)?;
    m.add_function(wrap_pyfunction!(report, m)?)?;
    m.add_function(wrap_pyfunction!(nord_troms, m)?)?;
    m.add_function(wrap_pyfunction!(import_plan, m)?)?;
    m.add_function(wrap_pyfunction!(export_plan_xlsx, m)?)?;
    m.add_function(wrap_pyfunction!(export_plan_csv, m)?)?;
    m.add_function(wrap_pyfunction!(export_format, m)?)?;
    m.add_function(wrap_pyfunction!(apply_jsonstat, m)?)?;
    m.add_function(wrap_pyfunction!(merge, m)?)?;
    m.add_function(wrap_pyfunction!(site::site, m)?)?;
    for f in [
        wrap_pyfunction!(write_file, m)?,
        wrap_pyfunction!(folder_given, m)?,
        wrap_pyfunction!(_restore_document, m)?,
        wrap_pyfunction!(_restore_report, m)?,
        wrap_pyfunction!(_restore_status, m)?,
        wrap_pyfunction!(_restore_portfolio, m)?,
        wrap_pyfunction!(_restore_history, m)?,
    ] {
        m.add_function(f)?;
    }
    m.add_function(wrap_pyfunction!(folder_members, m)?)?;
    m.add_function(wrap_pyfunction!(folder_companion, m)?)?;
    m.add_function(wrap_pyfunction!(status_history, m)?)?;
    m.add_class::<HistoryReport>()?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(schema_names, m)?)?;
    m.add_function(wrap_pyfunction!(rules_json, m)?)?;
    m.add_function(wrap_pyfunction!(vocabulary_json, m)?)?;
    m.add_function(wrap_pyfunction!(error_codes, m)?)?;
    m.add_function(wrap_pyfunction!(today, m)?)?;
    m.add_function(wrap_pyfunction!(io_error, m)?)?;
    m.add_function(wrap_pyfunction!(argument_type_error, m)?)?;
    m.add_function(wrap_pyfunction!(unknown_value, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
