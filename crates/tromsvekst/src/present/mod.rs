//! One description of each document — sections, paragraphs, tables and
//! charts whose values are already in the reader's words and number format
//! — and its renderings as terminal text and Markdown. The HTML and Word
//! renderings of the same description are in `tromsvekst-report`.
//!
//! Formatting by language happens in [`fmt`]; the words for the model's
//! values are in [`vocab`].

mod doc;
pub mod evaluation;
pub use crate::fmt;
pub mod status;
pub mod vocab;

pub use doc::{Block, Chart, Column, Doc, Span, Spans, cell, fig, plain, text, text_chart};
