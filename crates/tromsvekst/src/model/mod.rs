//! The documents: typed, with serde for JSON and schemars for JSON Schema.
//!
//! Every struct rejects unknown fields, so a misspelt field is an error
//! rather than data silently dropped.

mod action_plan;
mod agreement;
mod evaluation;
mod indicators;
mod meetings;
mod money;
mod publishing;
mod sections;

pub use action_plan::*;
pub use agreement::*;
pub use evaluation::*;
pub use indicators::*;
pub use meetings::*;
pub use money::Nok;
pub use publishing::*;
pub use sections::*;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tromsvekst_derive::Read;

/// A text in Norwegian bokmål, as the source has it, with an optional English
/// translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Text {
    /// The Norwegian bokmål text (authoritative).
    pub nb: String,
    /// An English translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Text {
    /// A Norwegian text without translation.
    pub fn nb(text: impl Into<String>) -> Self {
        Text {
            nb: text.into(),
            en: None,
        }
    }

    /// The text in a language, falling back to Norwegian when there is no translation.
    pub fn get(&self, lang: crate::lang::Lang) -> &str {
        match (lang, &self.en) {
            (crate::lang::Lang::En, Some(en)) => en,
            _ => &self.nb,
        }
    }
}

/// A span of whole calendar years, both ends included (2025–2028 is four years).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct YearPeriod {
    /// The first year.
    #[schemars(range(min = 1, max = 9999))]
    pub start: i32,
    /// The last year (included).
    #[schemars(range(min = 1, max = 9999))]
    pub end: i32,
}

impl YearPeriod {
    /// How many calendar years the period covers (0 when it ends before it starts).
    pub fn years(&self) -> i32 {
        (self.end - self.start + 1).max(0)
    }

    /// Whether a year lies inside the period.
    pub fn contains(&self, year: i32) -> bool {
        (self.start..=self.end).contains(&year)
    }

    /// Whether another period lies wholly inside this one.
    pub fn covers(&self, other: &YearPeriod) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl std::fmt::Display for YearPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}–{}", self.start, self.end)
    }
}

/// The `schema_version` of the documents this library writes. It reads any
/// `1.x`; a higher major version is rejected.
pub const SCHEMA_VERSION: &str = "1.1";

macro_rules! kind_tag {
    ($(#[$doc:meta])* $name:ident, $variant:ident, $lit:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
        #[derive(tromsvekst_derive::Read)]
        pub enum $name {
            #[doc = concat!("`", $lit, "`")]
            #[serde(rename = $lit)]
            #[default]
            $variant,
        }
    };
}
pub(crate) use kind_tag;

#[cfg(test)]
mod read_tests;
