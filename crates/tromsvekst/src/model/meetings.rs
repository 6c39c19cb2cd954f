//! The meeting log: political meetings and coordinator appointments [6].

use super::{Leadership, Text, kind_tag};
use crate::date::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tromsvekst_derive::Read;

kind_tag!(
    /// The `kind` of a meeting log document.
    MeetingLogKind,
    MeetingLog,
    "meeting_log"
);

/// The record of the cooperation structure: meetings held or planned, and
/// who is coordinator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct MeetingLog {
    /// Always `meeting_log`.
    pub kind: MeetingLogKind,
    /// The format version, `1.x`.
    #[schemars(regex(pattern = r"^1\.[0-9]+$"))]
    pub schema_version: String,
    /// Stable identifier.
    pub id: String,
    /// The id of the agreement.
    pub agreement: String,
    /// Set when the document is illustrative; says what is made up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Text>,
    /// The political meetings.
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    /// The coordinator appointments.
    #[serde(default)]
    pub coordinators: Vec<CoordinatorAppointment>,
    /// Joint advocacy towards the government, Parliament and EU processes [6.1].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub advocacy: Vec<Advocacy>,
}

/// An item on a meeting's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct AgendaItem {
    /// The item.
    pub title: Text,
    /// The central themes of the political cooperation it takes up, by
    /// number in the agreement's list (1 = the first) [6.1].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<u32>,
    /// The focus areas it concerns, by number.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub focus_areas: Vec<u32>,
    /// The measures it concerns, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
    /// The milestones it concerns, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<String>,
}

/// A decision of a political meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct MeetingDecision {
    /// Stable identifier.
    pub id: String,
    /// What was decided.
    pub text: Text,
    /// What is to be done about it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<FollowUpAction>,
}

/// Where a follow-up action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum ActionStatus {
    /// Not done yet.
    #[default]
    Open,
    /// Done.
    Done,
    /// Given up.
    Dropped,
}

/// A follow-up action of a decision: who does what by when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct FollowUpAction {
    /// Stable identifier.
    pub id: String,
    /// What is to be done.
    pub text: Text,
    /// The party that does it, by id.
    pub owner: String,
    /// The day it is due.
    pub due: Date,
    /// Where it stands.
    #[serde(default)]
    pub status: ActionStatus,
    /// The day it was done.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<Date>,
    /// The measures it concerns, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<String>,
}

/// What kind of advocacy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum AdvocacyKind {
    /// A written submission (to a ministry, a hearing).
    Submission,
    /// A meeting with the government or members of Parliament.
    Meeting,
    /// A delegation visit.
    Delegation,
    /// An EU consultation or process.
    EuConsultation,
    /// Anything else.
    Other,
}

/// One advocacy action of the parties together [6.1; long-term result 1,
/// stronger political influence].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Advocacy {
    /// Stable identifier.
    pub id: String,
    /// The day.
    pub date: Date,
    /// What kind.
    pub kind: AdvocacyKind,
    /// Towards whom (a ministry, a committee, a programme).
    pub target: String,
    /// What it was about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    /// The central themes it takes up, by number [6.1].
    #[serde(default)]
    pub themes: Vec<u32>,
    /// The long-term results it serves, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<String>,
    /// What came of it, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Text>,
}

/// Whether a meeting has taken place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum MeetingStatus {
    /// It took place.
    #[default]
    Held,
    /// It is scheduled.
    Planned,
    /// It was called off.
    Cancelled,
}

/// A political meeting [6.1].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Meeting {
    /// Stable identifier.
    pub id: String,
    /// The day.
    pub date: Date,
    /// Where.
    pub place: String,
    /// Held, planned or cancelled.
    #[serde(default)]
    pub status: MeetingStatus,
    /// The party that invited, by id.
    pub invited_by: String,
    /// Who was invited.
    pub invited: Vec<Participation>,
    /// Who attended (for a meeting held).
    #[serde(default)]
    pub attended: Vec<Participation>,
    /// What was discussed.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// The agenda, item by item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub agenda: Vec<AgendaItem>,
    /// What was decided, with the follow-up of each decision.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<MeetingDecision>,
    /// Where the minutes are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<String>,
    /// Adjustments of an evaluation that it carries out, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<String>,
}

/// A party's leadership at a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Participation {
    /// The party, by id.
    pub party: String,
    /// Which of its leadership.
    pub leadership: Vec<Leadership>,
}

/// A topic of a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Topic {
    /// The topic.
    pub text: Text,
    /// The focus areas it concerns, by number.
    #[serde(default)]
    pub focus_areas: Vec<u32>,
}

/// A party's administrative coordinator for a time [6.2].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct CoordinatorAppointment {
    /// The party, by id.
    pub party: String,
    /// The role (a position), as written.
    pub role: String,
    /// The person, where the record names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
    /// From this day.
    pub from: Date,
    /// Until this day, included; open when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
}
