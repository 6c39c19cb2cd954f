//! What the follow-up publishes for the public (`tromsvekst site`), and under
//! which licence.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tromsvekst_derive::Read;

/// What the follow-up publishes (`tromsvekst site`). By default only what
/// the parties have decided or recorded as done: adopted action plans, held
/// meetings, concluded evaluations that a party has handled, indicator
/// figures. Each setting opens one kind of what is otherwise kept in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Publishing {
    /// The licence of the open data: `nlod-2.0` (the default) or `cc-by-4.0`.
    #[serde(default)]
    pub licence: Licence,
    /// Where the site will be served (`https://…/`): the catalogue's
    /// identifiers are made from it; without it they are relative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
    /// Publish draft evaluations and concluded ones not yet handled.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drafts: bool,
    /// Publish action plans not yet adopted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub plans_not_adopted: bool,
    /// Publish the notes of follow-up entries.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub notes: bool,
    /// Publish contact persons (a measure's contact, a coordinator's name).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub contacts: bool,
}

impl Publishing {
    /// Whether nothing is set (left out of the JSON).
    pub fn is_default(&self) -> bool {
        *self == Publishing::default()
    }
}

/// The licence of the open data.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Read)]
pub enum Licence {
    /// Norsk lisens for offentlige data 2.0.
    #[default]
    #[serde(rename = "nlod-2.0")]
    Nlod20,
    /// Creative Commons Attribution 4.0.
    #[serde(rename = "cc-by-4.0")]
    CcBy40,
}

impl Licence {
    /// The licence's IRI in the EU's list of licences (the one DCAT-AP-NO asks for).
    pub fn iri(self) -> &'static str {
        match self {
            Licence::Nlod20 => "http://publications.europa.eu/resource/authority/licence/NLOD_2_0",
            Licence::CcBy40 => "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0",
        }
    }

    /// Where the licence's text is.
    pub fn text_url(self) -> &'static str {
        match self {
            Licence::Nlod20 => "https://data.norge.no/nlod/no/2.0",
            Licence::CcBy40 => "https://creativecommons.org/licenses/by/4.0/",
        }
    }

    /// Its name.
    pub fn name(self) -> &'static str {
        match self {
            Licence::Nlod20 => "NLOD 2.0",
            Licence::CcBy40 => "CC BY 4.0",
        }
    }
}
