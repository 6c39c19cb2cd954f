//! Documents for the political meetings: the status, and the midterm and
//! final evaluations, as Word, print-ready HTML and Markdown.
//!
//! One renderer for every interface: the builders write a report once, as
//! headings, paragraphs, tables and charts, and it is rendered three ways —
//! one self-contained HTML file (inline styles and charts, no network, a
//! print stylesheet for A4), a Word document (heading styles, header rows
//! that repeat across pages, charts as pictures with alternative text, page
//! numbers, the document's language), and Markdown. The charts carry their
//! accessible name, and their figures stand in a table beside them; the
//! traffic lights are text as well as colour. A crate of its own beside the
//! core, so that the core's WebAssembly module does not carry it.
//!
//! ```
//! use tromsvekst::{Bundle, Lang, status::Status};
//! use tromsvekst_report::Report;
//! let bundle = Bundle::new(tromsvekst::embedded::nord_troms());
//! let day = "2026-11-26".parse()?;
//! let status = Status::compute(&bundle, day, Lang::Nb)?;
//! let report = Report::status(&bundle, &status);
//! assert!(report.to_html().starts_with("<!DOCTYPE html>\n<html lang=\"nb\">"));
//! assert!(report.to_markdown().starts_with("# Tromsvekstavtalen"));
//! assert!(report.to_docx()?.starts_with(b"PK"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod doc;
mod docx;
mod evaluation;
mod raster;
mod status;
mod svg;

use tromsvekst::model::Evaluation;
use tromsvekst::status::Status;
use tromsvekst::{Bundle, Lang};

/// Why a Word document could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReportError {
    /// A chart could not be drawn as a picture.
    Chart(String),
    /// The document's package (a zip file) could not be written.
    Package(String),
}

impl std::fmt::Display for ReportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReportError::Chart(e) => write!(f, "a chart could not be drawn: {e}"),
            ReportError::Package(e) => write!(f, "the Word document could not be written: {e}"),
        }
    }
}

impl std::error::Error for ReportError {}

/// A report, ready to be rendered as HTML, Markdown or Word.
#[derive(Debug, Clone)]
pub struct Report(doc::Doc);

impl Report {
    /// The status report, in the status's language.
    pub fn status(bundle: &Bundle, status: &Status) -> Self {
        Report(status::status_doc(bundle, status))
    }

    /// The evaluation report (midterm or final) in `lang`: every part not
    /// filled in yet is marked as such.
    pub fn evaluation(bundle: &Bundle, evaluation: &Evaluation, lang: Lang) -> Self {
        Report(evaluation::evaluation_doc(bundle, evaluation, lang))
    }

    /// The report's title.
    pub fn title(&self) -> &str {
        &self.0.title
    }

    /// One self-contained HTML page.
    pub fn to_html(&self) -> String {
        self.0.to_html()
    }

    /// Markdown (CommonMark with pipe tables), the charts as text.
    pub fn to_markdown(&self) -> String {
        self.0.to_markdown()
    }

    /// A Word document (`.docx`); the same report gives the same bytes.
    pub fn to_docx(&self) -> Result<Vec<u8>, ReportError> {
        docx::to_docx(&self.0)
    }
}

/// The status as one self-contained HTML document, in the status's language.
pub fn status_html(bundle: &Bundle, status: &Status) -> String {
    Report::status(bundle, status).to_html()
}

/// The evaluation as one self-contained HTML document in `lang`.
pub fn evaluation_html(bundle: &Bundle, evaluation: &Evaluation, lang: Lang) -> String {
    Report::evaluation(bundle, evaluation, lang).to_html()
}
