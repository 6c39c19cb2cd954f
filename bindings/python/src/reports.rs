//! The reports of several agreements, of the progress over time, and the
//! documents for the political meetings.

use super::*;

/// A document for the political meetings: the status, or the midterm or
/// final evaluation.
#[pyclass(frozen, module = "tromsvekst._tromsvekst")]
pub(crate) struct MeetingReport {
    pub(crate) inner: tromsvekst_report::MeetingReport,
    pub(crate) lang: Lang,
}

#[pymethods]
impl MeetingReport {
    /// The report's title.
    #[getter]
    fn title(&self) -> String {
        self.inner.title().to_string()
    }

    /// One self-contained HTML file.
    fn to_html(&self) -> String {
        self.inner.to_html()
    }

    /// One element for a notebook's output.
    fn to_html_fragment(&self) -> String {
        self.inner.to_html_fragment()
    }

    /// Markdown.
    fn to_markdown(&self) -> String {
        self.inner.to_markdown()
    }

    /// A Word document.
    fn to_docx(&self, py: Python<'_>) -> PyResult<Vec<u8>> {
        core(py, "report", self.lang, || self.inner.to_docx())
    }

    /// The report in `format` (`docx`, `html`, `md`), as bytes.
    fn render(&self, py: Python<'_>, format: &str) -> PyResult<Vec<u8>> {
        let f = tromsvekst_report::Format::parse(format, ("format", "format"))
            .map_err(|e| Raised(e, self.lang))?;
        core(py, "report", self.lang, || self.inner.render(f))
    }

    /// The format a file name says (`docx`, `html`, `md`), or None.
    #[staticmethod]
    fn format_of(name: &str) -> Option<&'static str> {
        tromsvekst_report::Format::from_file_name(name).map(tromsvekst_report::Format::as_str)
    }
}

/// The report of `kind` (`status`, `midterm`, `final`) on `as_of`: the
/// status, or the evaluation of that stage among the documents (a concluded
/// one as it stands, a draft with its evidence refreshed), else a draft made
/// on the day.
#[pyfunction]
#[pyo3(signature = (items, kind, as_of=None, lang=LangArg(Lang::Nb)))]
pub(crate) fn report(
    py: Python<'_>,
    items: &Bound<'_, PyList>,
    kind: &str,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: LangArg,
) -> PyResult<MeetingReport> {
    let l = lang.0;
    let kind = tromsvekst_report::Kind::parse(kind, ("kind", "kind")).map_err(|e| Raised(e, l))?;
    let day = convert::as_of(as_of, l)?;
    let items = convert::items(items, l)?;
    let inner = core(py, "report", l, move || {
        tromsvekst_report::MeetingReport::make(&bundle(items)?, kind, day, l)
    })?;
    Ok(MeetingReport { inner, lang: l })
}

/// A report the core gives as JSON, text and Markdown, pickled as its JSON:
/// the class, its methods and the function unpickling calls.
macro_rules! text_report {
    ($(#[$doc:meta])* $name:ident($inner:ty), $restore:ident) => {
        $(#[$doc])*
        #[pyclass(frozen, module = "tromsvekst._tromsvekst")]
        pub(crate) struct $name {
            pub(crate) inner: $inner,
        }

        #[pymethods]
        impl $name {
            /// As JSON.
            fn to_json(&self) -> String {
                self.inner.to_json()
            }

            /// As plain text.
            fn to_text(&self) -> String {
                self.inner.to_text()
            }

            /// As Markdown.
            fn to_markdown(&self) -> String {
                self.inner.to_markdown()
            }

            fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
                Ok((pickle::restorer(py, stringify!($restore))?, (self.inner.to_json(),)))
            }
        }

        #[pyfunction]
        pub(crate) fn $restore(json: &str) -> PyResult<$name> {
            Ok($name { inner: pickle::from_json(json)? })
        }
    };
}

text_report!(
    /// Several agreements side by side on a day.
    PortfolioReport(tromsvekst::status::Portfolio),
    _restore_portfolio
);

text_report!(
    /// The progress per focus area at the end of each quarter up to `as_of`,
    /// each day judged on what was known on it.
    HistoryReport(tromsvekst::status::History),
    _restore_history
);

/// The progress per focus area at the end of each quarter up to `as_of`.
#[pyfunction]
#[pyo3(signature = (items, as_of=None, lang=LangArg(Lang::Nb)))]
pub(crate) fn status_history(
    py: Python<'_>,
    items: &Bound<'_, PyList>,
    as_of: Option<&Bound<'_, PyAny>>,
    lang: LangArg,
) -> PyResult<HistoryReport> {
    let l = lang.0;
    let day = convert::as_of(as_of, l)?;
    let items = convert::items(items, l)?;
    let inner = core(py, "status", l, move || {
        let b = bundle(items)?;
        let days = tromsvekst::status::History::quarters(&b, day);
        tromsvekst::status::History::compute(&b, &days, l)
    })?;
    Ok(HistoryReport { inner })
}
