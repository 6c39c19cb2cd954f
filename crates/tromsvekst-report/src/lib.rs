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
//! use tromsvekst_report::MeetingReport;
//! let bundle = Bundle::new(tromsvekst::embedded::nord_troms());
//! let day = "2026-11-26".parse()?;
//! let status = Status::compute(&bundle, day, Lang::Nb)?;
//! let report = MeetingReport::status(&status);
//! assert!(report.to_html().starts_with("<!DOCTYPE html>\n<html lang=\"nb\">"));
//! assert!(report.to_markdown().starts_with("# Tromsvekstavtalen"));
//! assert!(report.to_docx()?.starts_with(b"PK"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod doc;
mod docx;
mod raster;
pub mod site;
mod svg;

use tromsvekst::draft::DraftKind;
use tromsvekst::model::{Evaluation, EvaluationStatus, Stage};
use tromsvekst::present::Doc;
use tromsvekst::status::Status;
use tromsvekst::{AnyDocument, Bundle, Config, Date, Error, ErrorCode, Lang};

/// Which document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The status on a day.
    Status,
    /// The midterm evaluation.
    Midterm,
    /// The final evaluation.
    Final,
}

impl Kind {
    /// Every kind, in the order of the period.
    pub const ALL: [Kind; 3] = [Kind::Status, Kind::Midterm, Kind::Final];

    /// The kind's name: `status`, `midterm`, `final`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Status => "status",
            Kind::Midterm => "midterm",
            Kind::Final => "final",
        }
    }

    /// The kind named `value`; `argument` names the argument in the error
    /// (bokmål, English).
    pub fn parse(value: &str, argument: (&str, &str)) -> Result<Kind, Error> {
        Kind::ALL
            .into_iter()
            .find(|k| k.as_str() == value)
            .ok_or_else(|| Error::argument_value(argument, value, &["status", "midterm", "final"]))
    }
}

/// A report's file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Word (`.docx`).
    Docx,
    /// One self-contained HTML page (`.html`).
    Html,
    /// Markdown (`.md`).
    Markdown,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 3] = [Format::Docx, Format::Html, Format::Markdown];

    /// The format's name: `docx`, `html`, `md`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Html => "html",
            Format::Markdown => "md",
        }
    }

    /// The format named `value` (`docx`, `html`, `md`); `argument` names
    /// the argument in the error.
    pub fn parse(value: &str, argument: (&str, &str)) -> Result<Format, Error> {
        Format::ALL
            .into_iter()
            .find(|f| f.as_str() == value)
            .ok_or_else(|| Error::argument_value(argument, value, &["docx", "html", "md"]))
    }

    /// The format a file name says (`.docx`, `.html` or `.htm`, `.md`,
    /// case aside), or none.
    pub fn from_file_name(name: &str) -> Option<Format> {
        let lower = name.to_lowercase();
        let ext = lower.rsplit_once('.').map(|(_, e)| e)?;
        match ext {
            "docx" => Some(Format::Docx),
            "html" | "htm" => Some(Format::Html),
            "md" => Some(Format::Markdown),
            _ => None,
        }
    }
}

/// The evaluation of `stage` a report is made of: a concluded one among the
/// documents as it stands (the record); else a draft among them, its
/// evidence refreshed from the documents on `as_of` (every rating and text
/// of the analysts kept); else a draft made on `as_of`.
pub fn evaluation_for(
    bundle: &Bundle,
    stage: Stage,
    as_of: Date,
    lang: Lang,
) -> Result<Evaluation, Error> {
    bundle.require_agreement()?;
    let kind = match stage {
        Stage::Midterm => DraftKind::Midterm,
        Stage::Final => DraftKind::Final,
    };
    let mut found: Vec<&tromsvekst::Document<Evaluation>> = bundle
        .documents()
        .iter()
        .filter_map(|d| match d {
            AnyDocument::Evaluation(e) if e.value.stage == stage => Some(e),
            _ => None,
        })
        .collect();
    found.sort_by_key(|e| e.value.status != EvaluationStatus::Concluded);
    let made = match found.first() {
        Some(e) if e.value.status == EvaluationStatus::Concluded => return Ok(e.value.clone()),
        Some(e) => tromsvekst::draft::refresh(
            bundle,
            kind,
            as_of,
            lang,
            &AnyDocument::Evaluation((*e).clone()),
        )?,
        None => tromsvekst::draft::draft(bundle, kind, as_of, lang)?,
    };
    match made {
        AnyDocument::Evaluation(d) => Ok(d.value),
        _ => Err(Error::new(
            ErrorCode::Internal,
            "utkastet er ikke en evaluering",
            "the draft is not an evaluation",
        )),
    }
}

/// A report, ready to be rendered as HTML, Markdown or Word: the core's one
/// description of the document ([`tromsvekst::present::Doc`]).
#[derive(Debug, Clone)]
pub struct MeetingReport(Doc);

impl MeetingReport {
    /// The report of `kind` on `as_of` in `lang`, from the documents: the
    /// status, or the evaluation [`evaluation_for`] finds or drafts. Every
    /// interface makes its reports here.
    pub fn make(bundle: &Bundle, kind: Kind, as_of: Date, lang: Lang) -> Result<Self, Error> {
        Ok(match kind {
            Kind::Status => {
                MeetingReport::status_of(bundle, &Status::compute(bundle, as_of, lang)?)?
            }
            Kind::Midterm | Kind::Final => {
                let stage = if kind == Kind::Midterm {
                    Stage::Midterm
                } else {
                    Stage::Final
                };
                let e = evaluation_for(bundle, stage, as_of, lang)?;
                let check = tromsvekst::validate_bundle(bundle, &Config::new(lang, as_of));
                MeetingReport(tromsvekst::present::evaluation::describe(
                    bundle,
                    &e,
                    lang,
                    as_of,
                    Some(&check),
                ))
            }
        })
    }

    /// The status report, in the status's language.
    pub fn status(status: &Status) -> Self {
        MeetingReport(status.describe())
    }

    /// The status report for a meeting: the status, and the progress at the
    /// end of each quarter up to its day (each judged on what was known on
    /// it), from the documents it was computed from.
    pub fn status_of(bundle: &Bundle, status: &Status) -> Result<Self, Error> {
        let lang = status.lang;
        let mut doc = status.describe();
        let days = tromsvekst::status::History::quarters(bundle, status.as_of);
        let history = tromsvekst::status::History::compute(bundle, &days, lang)?;
        // Before the annex.
        let annex = doc
            .blocks
            .iter()
            .position(|b| {
                matches!(b, tromsvekst::present::Block::Heading(2, t)
                    if t.starts_with(lang.pick("Vedlegg", "Annex")))
            })
            .unwrap_or(doc.blocks.len());
        let mut section = Doc::new(lang, String::new());
        tromsvekst::present::status::history_section(&mut section, &history);
        doc.blocks.splice(annex..annex, section.blocks);
        Ok(MeetingReport(doc))
    }

    /// The evaluation report (midterm or final) in `lang`, its evidence as
    /// the documents stand on the evaluation's date: every part not filled
    /// in yet is marked as such.
    pub fn evaluation(bundle: &Bundle, evaluation: &Evaluation, lang: Lang) -> Self {
        let check = tromsvekst::validate_bundle(bundle, &Config::new(lang, evaluation.date));
        MeetingReport(tromsvekst::present::evaluation::describe(
            bundle,
            evaluation,
            lang,
            evaluation.date,
            Some(&check),
        ))
    }

    /// The description the report is rendered from.
    pub fn describe(&self) -> &Doc {
        &self.0
    }

    /// The report's title.
    pub fn title(&self) -> &str {
        &self.0.title
    }

    /// One self-contained HTML page.
    pub fn to_html(&self) -> String {
        doc::to_html(&self.0)
    }

    /// The report as one element to put inside another page (a notebook's
    /// output, a web page): its styles scoped to it, no page head.
    pub fn to_html_fragment(&self) -> String {
        doc::to_html_fragment(&self.0)
    }

    /// Markdown (CommonMark with pipe tables), the charts as text.
    pub fn to_markdown(&self) -> String {
        self.0.to_markdown()
    }

    /// A Word document (`.docx`); the same report gives the same bytes.
    pub fn to_docx(&self) -> Result<Vec<u8>, Error> {
        docx::to_docx(&self.0)
    }

    /// The report in `format`, as bytes (HTML and Markdown in UTF-8).
    pub fn render(&self, format: Format) -> Result<Vec<u8>, Error> {
        Ok(match format {
            Format::Docx => self.to_docx()?,
            Format::Html => self.to_html().into_bytes(),
            Format::Markdown => self.to_markdown().into_bytes(),
        })
    }
}

/// The status as one self-contained HTML document, in the status's language.
pub fn status_html(status: &Status) -> String {
    MeetingReport::status(status).to_html()
}
