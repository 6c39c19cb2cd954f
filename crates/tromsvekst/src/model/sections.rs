//! The parts of a growth agreement and the numbers its text gives them: what
//! a finding cites.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tromsvekst_derive::Read;

/// The `section` of a rule that enforces no section of the agreement but
/// keeps the documents whole (ids, texts, references, dates that agree).
pub const NO_SECTION: &str = "none";

/// A part of a growth agreement: the parts every Tromsvekst agreement has,
/// whatever its text numbers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// The introduction: the parties, the period, the action plans.
    Introduction,
    /// The overall goal.
    OverallGoal,
    /// The development picture of the region.
    Development,
    /// Anchoring and process.
    Anchoring,
    /// The focus areas and sub-goals.
    FocusAreas,
    /// The parties' follow-up: the cooperation structure.
    Governance,
    /// Strategic and political cooperation (the political meetings).
    Political,
    /// Administrative follow-up (action plans, coordinators).
    Administrative,
    /// Long-term effects and evaluation.
    Evaluation,
    /// The annex on how the agreement was made.
    Process,
}

impl Part {
    /// The part a rule's catalog section names. The catalog cites the
    /// sections of the Tromsvekst agreement for Nord-Troms (`6.1`,
    /// `annex 1`), the template every agreement of the county follows.
    pub fn from_catalog(section: &str) -> Option<Part> {
        Some(match section {
            "1" => Part::Introduction,
            "2" => Part::OverallGoal,
            "3" => Part::Development,
            "4" => Part::Anchoring,
            "5" => Part::FocusAreas,
            "6" => Part::Governance,
            "6.1" => Part::Political,
            "6.2" => Part::Administrative,
            "7" => Part::Evaluation,
            "annex 1" => Part::Process,
            _ => return None,
        })
    }
}

/// The section numbers of an agreement's parts (`"6.1"`, `"annex 1"`);
/// each is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Sections {
    /// The introduction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub introduction: Option<String>,
    /// The overall goal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overall_goal: Option<String>,
    /// The development picture of the region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub development: Option<String>,
    /// Anchoring and process.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchoring: Option<String>,
    /// The focus areas and sub-goals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub focus_areas: Option<String>,
    /// The parties' follow-up (the cooperation structure).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub governance: Option<String>,
    /// Strategic and political cooperation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub political: Option<String>,
    /// Administrative follow-up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub administrative: Option<String>,
    /// Long-term effects and evaluation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evaluation: Option<String>,
    /// The annex on how the agreement was made (`annex 1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub process: Option<String>,
}

impl Sections {
    /// Whether no part is numbered.
    pub fn is_empty(&self) -> bool {
        *self == Sections::default()
    }

    /// The number the agreement gives a part, if any.
    pub fn number(&self, part: Part) -> Option<&str> {
        match part {
            Part::Introduction => &self.introduction,
            Part::OverallGoal => &self.overall_goal,
            Part::Development => &self.development,
            Part::Anchoring => &self.anchoring,
            Part::FocusAreas => &self.focus_areas,
            Part::Governance => &self.governance,
            Part::Political => &self.political,
            Part::Administrative => &self.administrative,
            Part::Evaluation => &self.evaluation,
            Part::Process => &self.process,
        }
        .as_deref()
    }

    /// The section a finding of a rule with `catalog` section cites in this
    /// agreement: the agreement's own number for that part, `none` for a
    /// rule that enforces no section, and empty where the agreement does
    /// not number the part.
    pub fn cite(&self, catalog: &str) -> String {
        if catalog == NO_SECTION {
            return catalog.to_string();
        }
        Part::from_catalog(catalog)
            .and_then(|p| self.number(p))
            .unwrap_or_default()
            .to_string()
    }
}
