//! The two-year action plan (handlingsplan): measures, milestones and the
//! follow-up log.

use super::{Text, YearPeriod, kind_tag, money::Nok};
use crate::date::{ApproxDate, Date};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

kind_tag!(
    /// The `kind` of an action plan document.
    ActionPlanKind,
    ActionPlan,
    "action_plan"
);

/// A joint action plan for a number of years of the agreement [1, 6.2].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionPlan {
    /// Always `action_plan`.
    pub kind: ActionPlanKind,
    /// The format version, `1.x`.
    #[schemars(regex(pattern = r"^1\.[0-9]+$"))]
    pub schema_version: String,
    /// Stable identifier, e.g. `nord-troms-handlingsplan-2025-2026`.
    pub id: String,
    /// The id of the agreement the plan belongs to.
    pub agreement: String,
    /// The title.
    pub title: Text,
    /// Set when the document is illustrative; says what is made up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Text>,
    /// The years the plan covers.
    pub period: YearPeriod,
    /// The decision that adopted the plan; absent while it is a draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted: Option<Adoption>,
    /// The measures.
    pub measures: Vec<Measure>,
    /// The milestones of the cooperation.
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// The follow-up log: dated status updates of measures.
    #[serde(default)]
    pub updates: Vec<StatusUpdate>,
}

/// The adoption of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Adoption {
    /// When.
    pub date: ApproxDate,
    /// By whom (a body or the parties), as written.
    pub by: String,
    /// A case number or other reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// Where a measure stands.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MeasureStatus {
    /// Not started.
    Planned,
    /// Under way.
    Ongoing,
    /// Done.
    Completed,
    /// Put off.
    Postponed,
    /// Stopped; kept with its history.
    Cancelled,
}

impl MeasureStatus {
    /// Every status, in order.
    pub const ALL: [MeasureStatus; 5] = [
        MeasureStatus::Planned,
        MeasureStatus::Ongoing,
        MeasureStatus::Completed,
        MeasureStatus::Postponed,
        MeasureStatus::Cancelled,
    ];

    /// The status as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            MeasureStatus::Planned => "planned",
            MeasureStatus::Ongoing => "ongoing",
            MeasureStatus::Completed => "completed",
            MeasureStatus::Postponed => "postponed",
            MeasureStatus::Cancelled => "cancelled",
        }
    }
}

/// A concrete action (tiltak).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Measure {
    /// Stable identifier, unique across all documents.
    pub id: String,
    /// The title.
    pub title: Text,
    /// What it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The sub-goals it serves, by number (e.g. `1.2`).
    pub sub_goals: Vec<String>,
    /// The strategies it follows, by id (e.g. `1.2.b`); each under one of its sub-goals.
    #[serde(default)]
    pub strategies: Vec<String>,
    /// The party responsible, by id.
    pub responsible: String,
    /// Municipalities taking part, by id.
    #[serde(default)]
    pub municipalities: Vec<String>,
    /// Other organisations taking part, by name.
    #[serde(default)]
    pub organisations: Vec<String>,
    /// When it starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<ApproxDate>,
    /// When it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<ApproxDate>,
    /// Where it stands.
    pub status: MeasureStatus,
    /// Progress in per cent, 0–100.
    #[serde(default)]
    pub progress: u32,
    /// The day it was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<Date>,
    /// Weight in the roll-up to sub-goal and focus area (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<u32>,
    /// Indicative funding.
    #[serde(default)]
    pub funding: Vec<Funding>,
    /// Other measures it depends on, by id.
    #[serde(default)]
    pub depends_on: Vec<String>,
    /// Adjustments of an evaluation that it carries out, by id.
    #[serde(default)]
    pub addresses: Vec<String>,
    /// The measure of an earlier plan that it continues, by id: a measure
    /// carried from one plan into the next keeps its history.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continues: Option<String>,
}

/// Indicative funding of a measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Funding {
    /// The amount, exact.
    pub amount_nok: Nok,
    /// Where the money would come from.
    pub source: String,
    /// Claimed as committed by the agreement (which it cannot be: section 6).
    #[serde(default)]
    pub committed_by_agreement: bool,
}

/// Where a milestone stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneStatus {
    /// Not reached yet.
    Pending,
    /// Reached.
    Completed,
    /// Dropped.
    Cancelled,
}

/// A dated checkpoint of the cooperation (milepæl).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// Stable identifier.
    pub id: String,
    /// The title.
    pub title: Text,
    /// When it is due.
    pub due: Date,
    /// The measures it marks, by id.
    #[serde(default)]
    pub measures: Vec<String>,
    /// Where it stands.
    pub status: MilestoneStatus,
    /// The day it was reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_on: Option<Date>,
    /// Adjustments of an evaluation that it carries out, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<String>,
}

/// A dated entry of the follow-up log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusUpdate {
    /// When.
    pub date: Date,
    /// The measure, by id.
    pub measure: String,
    /// Its status from that day.
    pub status: MeasureStatus,
    /// Its progress from that day, in per cent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<u32>,
    /// What happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}
