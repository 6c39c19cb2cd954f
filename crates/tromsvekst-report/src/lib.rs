//! Documents for the political meetings: the status, and the midterm and
//! final evaluations.
//!
//! The status of an agreement's follow-up as one self-contained HTML file:
//! inline styles and charts, no network, a print stylesheet for A4, headings
//! and table headers for assistive technology, charts with their accessible
//! name and a table of the same figures beside them, and the traffic lights
//! as text as well as colour. A crate of its own beside the core, so that the
//! core's WebAssembly module does not carry it.
//!
//! ```
//! use tromsvekst::{Bundle, Lang, status::Status};
//! let bundle = Bundle::new(tromsvekst::embedded::nord_troms());
//! let day = "2026-11-26".parse()?;
//! let status = Status::compute(&bundle, day, Lang::Nb)?;
//! let html = tromsvekst_report::status_html(&bundle, &status);
//! assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nb\">"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod evaluation;
mod html;
mod svg;

pub use evaluation::evaluation_html;
pub use html::status_html;
