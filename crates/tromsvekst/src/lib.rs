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
//! let report = tromsvekst::validate_agreement(&doc, &Config::new(Lang::En));
//! assert!(report.valid);
//!
//! let broken = r#"{"kind": "agreement", "schema_version": "1.0", "idd": "x"}"#;
//! let err = tromsvekst::parse_agreement(broken.as_bytes(), "broken.json", &Default::default()).unwrap_err();
//! assert_eq!(err.code.as_str(), "document.unknown-field");
//! assert_eq!((err.line, err.column), (Some(1), Some(48)));
//! # Ok::<(), tromsvekst::Error>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod bundle;
mod de;
mod document;
mod error;
mod json;
mod report;

pub mod date;
pub mod embedded;
pub mod model;
pub mod rules;
pub mod schema;
pub mod sheet;
pub mod status;

pub use bundle::{Bundle, parse_inputs};
pub use date::{ApproxDate, Date};
pub use document::{
    AnyDocument, Document, DocumentKind, ParseOptions, SUPPORTED_MAJOR, Source, parse_action_plan,
    parse_agreement, parse_document, parse_document_as, parse_evaluation, parse_indicators,
    parse_meeting_log,
};
pub use error::{Error, ErrorCode};
pub use json::Limits;
pub use model::Agreement;
pub use report::{Config, Counts, DocumentSummary, Finding, Level, Report, RuleGroup};
pub use rules::{Rule, Severity};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The language of messages: Norwegian bokmål (the default) or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Norsk bokmål.
    #[default]
    Nb,
    /// English.
    En,
}

impl std::str::FromStr for Lang {
    type Err = Error;
    fn from_str(s: &str) -> Result<Lang, Error> {
        match s {
            "nb" | "no" => Ok(Lang::Nb),
            "en" => Ok(Lang::En),
            _ => Err(Error::new(
                ErrorCode::InvalidValue,
                format!("unknown language \"{s}\": expected nb or en"),
                format!("ukjent språk «{s}»: forventet nb eller en"),
            )),
        }
    }
}

impl Lang {
    /// `nb` or `en`.
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::En => "en",
        }
    }
}

/// Escapes one JSON pointer segment (RFC 6901).
pub(crate) fn escape_pointer(s: &str) -> String {
    if s.contains(['~', '/']) {
        s.replace('~', "~0").replace('/', "~1")
    } else {
        s.to_string()
    }
}

/// Validates an agreement on its own: the rules that need only the agreement
/// (rules about follow-up documents find nothing to check).
///
/// ```
/// use tromsvekst::{Config, Lang};
/// let doc = tromsvekst::embedded::nord_troms();
/// let report = tromsvekst::validate_agreement(&doc, &Config::new(Lang::Nb));
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
/// let report = tromsvekst::validate_bundle(&bundle, &Config::new(Lang::En).with_as_of(as_of));
/// assert!(report.valid);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate_bundle(bundle: &Bundle, config: &Config) -> Report {
    let agreement = bundle.agreement();
    let input = rules::Input {
        agreement: &agreement.value,
        bundle,
        as_of: config.as_of,
    };
    let raw = rules::run(&input);
    let mut docs = vec![report::Validated {
        summary: DocumentSummary {
            name: agreement.name_or("agreement").to_string(),
            kind: DocumentKind::Agreement,
            id: agreement.value.id.clone(),
        },
        source: agreement.source.as_ref(),
    }];
    for (i, d) in bundle.documents().iter().enumerate() {
        let fallback = format!("{}-{}", d.kind().as_str(), i + 1);
        docs.push(report::Validated {
            summary: DocumentSummary {
                name: d.source().map_or(fallback, |s| s.name().to_string()),
                kind: d.kind(),
                id: d.id().to_string(),
            },
            source: d.source(),
        });
    }
    Report::build(&docs, raw, config)
}
