//! The two-year action plan (handlingsplan): measures, milestones and the
//! follow-up log.

use super::{Text, YearPeriod, kind_tag, money::Nok};
use crate::date::{ApproxDate, Date};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tromsvekst_derive::Read;

kind_tag!(
    /// The `kind` of an action plan document.
    ActionPlanKind,
    ActionPlan,
    "action_plan"
);

/// A joint action plan for a number of years of the agreement [1, 6.2].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
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
    /// Values a draft made up for the analysts to decide (a due date, a
    /// responsible party): each is to be filled in (`plan.draft.incomplete`)
    /// while the item still holds it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub placeholders: Vec<Placeholder>,
}

/// A value a draft made up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Placeholder {
    /// What it is.
    pub field: PlaceholderField,
    /// The measure or milestone, by id.
    pub item: String,
    /// The value the draft put in.
    pub value: String,
}

/// Which made-up value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum PlaceholderField {
    /// A milestone's due day.
    MilestoneDue,
    /// A measure's responsible party.
    MeasureResponsible,
}

impl Placeholder {
    /// Whether the plan still holds the made-up value.
    pub fn stands(&self, plan: &ActionPlan) -> bool {
        match self.field {
            PlaceholderField::MilestoneDue => plan
                .milestones
                .iter()
                .any(|m| m.id == self.item && m.due.to_string() == self.value),
            PlaceholderField::MeasureResponsible => plan
                .measures
                .iter()
                .any(|m| m.id == self.item && m.responsible == self.value),
        }
    }
}

/// The adoption of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
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
#[derive(Read)]
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

    /// The status as a reader says it, in `lang`.
    pub fn label(self, lang: crate::lang::Lang) -> &'static str {
        match self {
            MeasureStatus::Planned => lang.pick("planlagt", "planned"),
            MeasureStatus::Ongoing => lang.pick("pågår", "ongoing"),
            MeasureStatus::Completed => lang.pick("fullført", "completed"),
            MeasureStatus::Postponed => lang.pick("utsatt", "postponed"),
            MeasureStatus::Cancelled => lang.pick("avlyst", "cancelled"),
        }
    }
}

/// A concrete action (tiltak).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
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
    /// The unit of the responsible party that does the work.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// A contact person (a name or a role).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// Municipalities taking part, by id.
    #[serde(default)]
    pub municipalities: Vec<String>,
    /// The municipality that leads the work, by id (one of `municipalities`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_municipality: Option<String>,
    /// Other organisations taking part, by name (as written before partners
    /// had roles).
    #[serde(default)]
    pub organisations: Vec<String>,
    /// Organisations taking part, each with its role.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Partner>,
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

/// An organisation taking part in a measure, with its role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Partner {
    /// The organisation, by name.
    pub name: String,
    /// Its role (e.g. `gjennomfører`, `fagstøtte`, `medfinansierer`).
    pub role: String,
}

/// A funding line of a measure: an amount from one source, followed from
/// planned through applied and granted (or refused) to paid [6: the
/// agreement binds no appropriations; every krone comes from a decision
/// elsewhere].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Funding {
    /// The amount planned, exact.
    pub amount_nok: Nok,
    /// Where the money comes from, as named (a scheme, a budget).
    pub source: String,
    /// What kind of source it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_kind: Option<SourceKind>,
    /// The party it comes from, by id, when the source is a party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// The budget year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// How far it has come; absent in documents written before, read as
    /// planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<FundingStatus>,
    /// The day it reached its status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_date: Option<Date>,
    /// The amount applied for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_nok: Option<Nok>,
    /// The amount granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub granted_nok: Option<Nok>,
    /// The amount paid out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_nok: Option<Nok>,
    /// Claimed as committed by the agreement (which it cannot be: section 6).
    #[serde(default)]
    pub committed_by_agreement: bool,
}

/// What kind of source a funding line comes from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum SourceKind {
    /// A party to the agreement (its own budget).
    Party,
    /// A municipality's budget.
    Municipality,
    /// A national scheme (a ministry, a directorate, Innovasjon Norge).
    National,
    /// The EU (Interreg, Horizon, …).
    Eu,
    /// Anything else (foundations, business).
    Other,
}

impl SourceKind {
    /// Every kind, in order.
    pub const ALL: [SourceKind; 5] = [
        SourceKind::Party,
        SourceKind::Municipality,
        SourceKind::National,
        SourceKind::Eu,
        SourceKind::Other,
    ];

    /// The kind as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Party => "party",
            SourceKind::Municipality => "municipality",
            SourceKind::National => "national",
            SourceKind::Eu => "eu",
            SourceKind::Other => "other",
        }
    }
}

/// How far a funding line has come.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum FundingStatus {
    /// Planned, not applied for.
    Planned,
    /// Applied for, no answer yet.
    Applied,
    /// Granted.
    Granted,
    /// Refused.
    Refused,
    /// Paid out.
    Paid,
}

impl FundingStatus {
    /// Every status, in order.
    pub const ALL: [FundingStatus; 5] = [
        FundingStatus::Planned,
        FundingStatus::Applied,
        FundingStatus::Granted,
        FundingStatus::Refused,
        FundingStatus::Paid,
    ];

    /// The status as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            FundingStatus::Planned => "planned",
            FundingStatus::Applied => "applied",
            FundingStatus::Granted => "granted",
            FundingStatus::Refused => "refused",
            FundingStatus::Paid => "paid",
        }
    }
}

impl Funding {
    /// Its status, reading a line without one as planned.
    pub fn effective_status(&self) -> FundingStatus {
        self.status.unwrap_or(FundingStatus::Planned)
    }

    /// The amount applied for: as given, else the planned amount once the
    /// line has been applied for.
    pub fn applied(&self) -> Nok {
        self.applied_nok.unwrap_or(match self.effective_status() {
            FundingStatus::Planned => Nok::default(),
            _ => self.amount_nok,
        })
    }

    /// The amount granted: as given, else the amount applied for once granted
    /// or paid.
    pub fn granted(&self) -> Nok {
        self.granted_nok.unwrap_or(match self.effective_status() {
            FundingStatus::Granted | FundingStatus::Paid => self.applied(),
            _ => Nok::default(),
        })
    }

    /// The amount refused: what was applied for, when refused.
    pub fn refused(&self) -> Nok {
        match self.effective_status() {
            FundingStatus::Refused => self.applied(),
            _ => Nok::default(),
        }
    }

    /// The amount paid: as given, else the amount granted once paid.
    pub fn paid(&self) -> Nok {
        self.paid_nok.unwrap_or(match self.effective_status() {
            FundingStatus::Paid => self.granted(),
            _ => Nok::default(),
        })
    }
}

/// Where a milestone stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum MilestoneStatus {
    /// Not reached yet.
    Pending,
    /// Reached.
    Completed,
    /// Dropped.
    Cancelled,
}

impl MilestoneStatus {
    /// Every status, in the order of the schema.
    pub const ALL: [MilestoneStatus; 3] = [
        MilestoneStatus::Pending,
        MilestoneStatus::Completed,
        MilestoneStatus::Cancelled,
    ];

    /// The status as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            MilestoneStatus::Pending => "pending",
            MilestoneStatus::Completed => "completed",
            MilestoneStatus::Cancelled => "cancelled",
        }
    }
}

/// A dated checkpoint of the cooperation (milepæl).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
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
#[derive(Read)]
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `as_str` is the JSON value serde writes and reads, for every value.
    fn agrees<T>(all: &[T], as_str: fn(T) -> &'static str)
    where
        T: Copy + Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        for &v in all {
            let json = serde_json::to_value(v).unwrap_or_default();
            assert_eq!(json.as_str(), Some(as_str(v)), "{v:?}");
            assert_eq!(serde_json::from_value::<T>(json).ok(), Some(v));
        }
    }

    #[test]
    fn as_str_is_the_json_value() {
        agrees(&MeasureStatus::ALL, MeasureStatus::as_str);
        agrees(&SourceKind::ALL, SourceKind::as_str);
        agrees(&FundingStatus::ALL, FundingStatus::as_str);
        agrees(&MilestoneStatus::ALL, MilestoneStatus::as_str);
    }
}
