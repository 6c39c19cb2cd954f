//! The meeting log: political meetings and coordinator appointments [6].

use super::{Leadership, Text, kind_tag};
use crate::date::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

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
}

/// Whether a meeting has taken place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
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
pub struct Participation {
    /// The party, by id.
    pub party: String,
    /// Which of its leadership.
    pub leadership: Vec<Leadership>,
}

/// A topic of a meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
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
