//! # tromsvekst
//!
//! Models, validates and follows up *Tromsvekst* regional growth agreements
//! between Troms fylkeskommune (the county authority) and a regional council,
//! such as *Tromsvekstavtalen for Nord-Troms 2025–2028*, which is embedded as
//! the default ([`embedded::nord_troms`]).
//!
//! Data flows one way: bytes → strict parse (positions, duplicate keys,
//! limits) → typed model → rules → [`Report`]. Input that cannot be read is an
//! [`Error`] with a stable [`ErrorCode`], a JSON pointer, a line and a column;
//! everything else is a finding in the report, with a stable rule id, a
//! severity, the section of the agreement it enforces, and a message in
//! Norwegian bokmål or English.
//!
//! ```
//! use tromsvekst::{Config, Lang};
//!
//! let doc = tromsvekst::embedded::nord_troms();
//! let report = tromsvekst::validate_agreement(&doc, &Config::undated(Lang::En));
//! assert!(report.valid);
//!
//! let broken = r#"{"kind": "agreement", "schema_version": "1.0", "idd": "x"}"#;
//! let err = tromsvekst::parse_agreement(broken.as_bytes(), "broken.json", &Default::default()).unwrap_err();
//! assert_eq!(err.code().as_str(), "document.unknown-field");
//! assert_eq!((err.line(), err.column()), (Some(1), Some(48)));
//! # Ok::<(), tromsvekst::Error>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod bundle;
mod de;
mod document;
mod error;
mod json;
mod lang;
mod order;
mod pointer;
mod report;
mod suggest;

pub mod date;
pub mod draft;
pub mod embedded;
pub mod fmt;
pub mod format;
pub mod jsonstat;
pub mod merge;
pub mod model;
pub mod present;
pub mod rules;
pub mod schema;
pub mod sheet;
pub mod status;
pub mod vocab;

pub use bundle::{Bundle, DocRef, Input, default_name, parse_inputs, read_document, read_inputs};
pub use date::{ApproxDate, Date, today};
pub use document::{
    AnyDocument, CellRef, Document, DocumentKind, Location, ParseOptions, SUPPORTED_MAJOR, Source,
    parse_action_plan, parse_agreement, parse_document, parse_document_as, parse_document_owned,
    parse_evaluation, parse_indicators, parse_meeting_log,
};
pub use error::{Error, ErrorCode, ErrorKind, IoAction};
pub use json::Limits;

/// The strict JSON reader on its own, as a `serde_json::Value`, or `None`
/// where it refuses the input: for the differential fuzz target only.
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub fn fuzz_read_json(bytes: &[u8]) -> Option<serde_json::Value> {
    json::fuzz_value(bytes)
}
pub use lang::{Lang, UnknownLang};
pub use model::Agreement;
pub use report::{Config, Counts, DocumentSummary, Finding, Level, Report, RuleGroup};
pub use rules::{Rule, Severity};

/// The README's Rust examples, compiled as doc tests (`no_run`: they read
/// files relative to the repository root).
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;

/// Validates an agreement on its own: the rules that need only the agreement
/// (rules about follow-up documents find nothing to check).
///
/// ```
/// use tromsvekst::{Config, Lang};
/// let doc = tromsvekst::embedded::nord_troms();
/// let report = tromsvekst::validate_agreement(&doc, &Config::undated(Lang::Nb));
/// assert_eq!(report.counts.error, 0);
/// println!("{}", report.to_text());
/// ```
pub fn validate_agreement(doc: &Document<Agreement>, config: &Config) -> Report {
    validate_bundle(&Bundle::new(doc.clone()), config)
}

/// Validates an agreement together with its action plans, meeting logs,
/// indicators and evaluations: every rule of the catalog.
///
/// ```
/// use tromsvekst::{Bundle, Config, Date, Lang};
/// let plan = std::fs::read("../../examples/nord-troms/action-plan-2025-2026.json")?;
/// let bundle = Bundle::parse(&[("plan.json", &plan[..])], &Default::default())?;
/// let as_of: Date = "2026-11-26".parse()?;
/// let report = tromsvekst::validate_bundle(&bundle, &Config::new(Lang::En, as_of));
/// assert!(report.valid);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate_bundle(bundle: &Bundle, config: &Config) -> Report {
    report::validate(bundle, config)
}

/// The words for every value of the documents (statuses, ratings, kinds,
/// outcomes, lights, trends, severities) in a language, by kind and value:
/// `vocabulary(Lang::En)["milestone_status"].get("completed")` is `Some("reached")`. The
/// documents, the Python package and the workbench use these words.
///
/// ```
/// use tromsvekst::Lang;
/// let nb = tromsvekst::vocabulary(Lang::Nb);
/// assert_eq!(nb["measure_status"].get("ongoing"), Some("pågår"));
/// ```
pub fn vocabulary(lang: Lang) -> present::vocab::Table {
    present::vocab::table(lang)
}

/// [`vocabulary`] as JSON (what the bindings hand out).
pub fn vocabulary_json(lang: Lang) -> String {
    serde_json::to_string(&vocabulary(lang)).unwrap_or_default()
}
