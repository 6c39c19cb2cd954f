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

pub use date::{ApproxDate, Date};
pub use document::{
    Document, DocumentKind, ParseOptions, SUPPORTED_MAJOR, Source, parse_agreement,
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

/// Validates an agreement against every rule that needs only the agreement.
///
/// ```
/// use tromsvekst::{Config, Lang};
/// let doc = tromsvekst::embedded::nord_troms();
/// let report = tromsvekst::validate_agreement(&doc, &Config::new(Lang::Nb));
/// assert_eq!(report.counts.error, 0);
/// println!("{}", report.to_text());
/// ```
pub fn validate_agreement(doc: &Document<Agreement>, config: &Config) -> Report {
    let input = rules::Input {
        agreement: &doc.value,
    };
    let raw = rules::run(&input);
    let docs = [report::Validated {
        summary: DocumentSummary {
            name: doc.name_or("agreement").to_string(),
            kind: DocumentKind::Agreement,
            id: doc.value.id.clone(),
        },
        source: doc.source.as_ref(),
    }];
    Report::build(&docs, raw, config)
}
