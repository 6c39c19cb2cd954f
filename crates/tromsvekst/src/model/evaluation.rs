//! Evaluations: the midterm and the final [1, 7].
// The numbers in brackets in these docs ([1], [6], [7]) are the agreement's
// sections, not links; the same texts are the JSON Schemas' descriptions, so
// they are not escaped.
#![allow(rustdoc::broken_intra_doc_links)]

use super::{Text, kind_tag};
use crate::date::Date;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tromsvekst_derive::Read;

kind_tag!(
    /// The `kind` of an evaluation document.
    EvaluationKind,
    Evaluation,
    "evaluation"
);

/// Which evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum Stage {
    /// Midway, against the first action plan.
    Midterm,
    /// At the end of the period.
    Final,
}

/// Whether the evaluation is finished.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum EvaluationStatus {
    /// Being written.
    #[default]
    Draft,
    /// Concluded.
    Concluded,
}

/// An evaluation of the agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Evaluation {
    /// Always `evaluation`.
    pub kind: EvaluationKind,
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
    /// Midterm or final.
    pub stage: Stage,
    /// Draft or concluded.
    #[serde(default)]
    pub status: EvaluationStatus,
    /// The day it is dated.
    pub date: Date,
    /// The party with main responsibility, by id.
    pub responsible: String,
    /// The parties assisting, by id.
    pub assisting: Vec<String>,
    /// The action plans it assesses, by id.
    pub assesses: Vec<String>,
    /// Assessments per focus area and sub-goal.
    #[serde(default)]
    pub findings: Vec<Assessment>,
    /// Indicator figures.
    #[serde(default)]
    pub quantitative_results: Vec<QuantitativeResult>,
    /// The long-term results of the agreement, each assessed with its
    /// evidence (the final evaluation) [7].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub long_term_results: Vec<ResultAssessment>,
    /// Statements from participants.
    #[serde(default)]
    pub qualitative_feedback: Vec<Feedback>,
    /// Changes to carry into the next action plan.
    #[serde(default)]
    pub adjustments: Vec<Adjustment>,
    /// Its political handling: which party's body handled it, when, under
    /// which case reference and with what outcome [7: the county and the
    /// regional council assess it together].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub handling: Vec<Handling>,
    /// The draft resolution put before each party's body with the
    /// evaluation: drafted from the data, then the analysts' words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resolutions: Vec<Resolution>,
    /// What a draft has offered the analysts, by key (`plan:ID`,
    /// `finding:1.2`, `figure:ID:2026`, `result:ID`, `feedback:KIND:ID`,
    /// `resolution:PARTY`): a refresh adds only what it has not offered
    /// before, so what the analysts removed stays removed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offered: Vec<String>,
}

/// A draft resolution for a party's body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Resolution {
    /// The party whose body decides, by id.
    pub party: String,
    /// The body (e.g. `Fylkesrådet`), when the record names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The proposed resolution.
    pub text: Text,
}

impl Evaluation {
    /// The day it counts from: the last day a party's body handled it, or,
    /// before any handling, its own date.
    pub fn effective_date(&self) -> Date {
        self.handling
            .iter()
            .map(|h| h.date)
            .max()
            .unwrap_or(self.date)
    }
}

/// One party's political handling of an evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Handling {
    /// The party whose body handled it, by id.
    pub party: String,
    /// The body, as named (e.g. `Fylkestinget`, `Nord-Tromsrådet`).
    pub body: String,
    /// The day of the meeting.
    pub date: Date,
    /// The case reference (saksnummer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// What the body decided.
    pub outcome: HandlingOutcome,
}

/// What a body decided on an evaluation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum HandlingOutcome {
    /// Taken note of (tatt til orientering).
    Noted,
    /// Approved, with its adjustments.
    Approved,
    /// Sent back to be worked on.
    Returned,
}

/// How well a focus area or sub-goal is going.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum Rating {
    /// On track.
    OnTrack,
    /// Partly on track.
    Partly,
    /// Off track.
    OffTrack,
    /// Too early or too little known to judge.
    NotAssessed,
}

/// The assessment of a focus area, or of one of its sub-goals.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Assessment {
    /// The focus area, by number.
    pub focus_area: u32,
    /// The sub-goal, by number; absent for the focus area as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_goal: Option<String>,
    /// The rating; to be filled in by the analysts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// The assessment; to be filled in by the analysts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    /// Facts gathered for the assessment (a draft fills these in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
}

/// Facts for an assessment, gathered from the plans and indicators.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Evidence {
    /// Rolled-up progress in per cent, when any measure serves it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<f64>,
    /// The measures serving it: id, status and progress.
    #[serde(default)]
    pub measures: Vec<MeasureEvidence>,
    /// Milestones of its measures that are overdue, by id.
    #[serde(default)]
    pub overdue_milestones: Vec<String>,
}

/// A measure as evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct MeasureEvidence {
    /// The measure, by id.
    pub id: String,
    /// The plan it stands in, by id (set when the evidence spans several plans).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// The measures of earlier plans it continues, nearest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub continues: Vec<String>,
    /// Its status.
    pub status: super::MeasureStatus,
    /// Its progress in per cent.
    pub progress: u32,
}

/// An indicator figure reported in an evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct QuantitativeResult {
    /// The indicator, by id.
    pub indicator: String,
    /// The year.
    pub year: i32,
    /// The value.
    pub value: f64,
    /// The indicator's baseline, for comparison (set on the latest figure of
    /// a final evaluation's draft).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<super::YearValue>,
    /// The indicator's target, for comparison (as for `baseline`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<super::YearValue>,
    /// A comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// A long-term result of the agreement as assessed in an evaluation [7].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct ResultAssessment {
    /// The long-term result, by id.
    pub result: String,
    /// The rating; to be filled in by the analysts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<Rating>,
    /// The assessment; to be filled in by the analysts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    /// Its indicators from baseline to the latest figure, against target (a
    /// draft fills these in).
    #[serde(default)]
    pub indicators: Vec<IndicatorEvidence>,
    /// Progress over the period of the sub-goals whose progress it shows, in
    /// per cent, by sub-goal (a draft fills these in).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_goals: Vec<SubGoalEvidence>,
}

/// An indicator as evidence for a long-term result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct IndicatorEvidence {
    /// The indicator, by id.
    pub id: String,
    /// The baseline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<super::YearValue>,
    /// The latest figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<super::YearValue>,
    /// The target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<super::YearValue>,
}

/// A sub-goal's progress as evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct SubGoalEvidence {
    /// The sub-goal, by number.
    pub id: String,
    /// Progress over the period in per cent, when any measure serves it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress: Option<f64>,
}

/// A statement from a participant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Feedback {
    /// Who said it (a body, a group, a survey).
    pub source: String,
    /// What kind of source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_kind: Option<FeedbackSource>,
    /// The municipality, by id, when the source is one (or speaks for one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipality: Option<String>,
    /// The focus areas it speaks to, by number; none: the agreement as a whole.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub focus_areas: Vec<u32>,
    /// The sub-goals it speaks to, by number.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_goals: Vec<String>,
    /// What was said; absent while it is still to be gathered (a draft of
    /// the final evaluation leaves a place per source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
}

/// Who gave a piece of qualitative feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum FeedbackSource {
    /// A municipality of the region.
    Municipality,
    /// The regional council.
    RegionalCouncil,
    /// The county.
    County,
    /// A youth council.
    YouthCouncil,
    /// Business.
    Business,
    /// Anyone else.
    Other,
}

/// A change decided in an evaluation, to carry into the next action plan
/// [7]. What it targets depends on its kind: a new measure serves a
/// sub-goal; a changed, dropped or re-milestoned measure is a measure of the
/// assessed plan; a governance change names a section of the cooperation; an
/// indicator change names an indicator (or, for a new one, the sub-goal it
/// would measure).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Adjustment {
    /// Stable identifier.
    pub id: String,
    /// What kind of change. Absent in documents written before kinds existed:
    /// read as a new measure for the sub-goal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<AdjustmentKind>,
    /// The change.
    pub text: Text,
    /// The sub-goal it concerns, by number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_goal: Option<String>,
    /// The measure of the assessed plan it changes, drops or re-milestones, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// The section of the cooperation it changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub governance: Option<GovernanceSection>,
    /// The indicator it changes, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// The decision that agreed it: a case reference of the evaluation's
    /// handling, or the id of the political meeting that agreed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<String>,
}

impl Adjustment {
    /// Its kind, reading an adjustment without one as a new measure.
    pub fn effective_kind(&self) -> AdjustmentKind {
        self.kind.unwrap_or(AdjustmentKind::NewMeasure)
    }
}

/// The kind of change an adjustment asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum AdjustmentKind {
    /// A new measure serving a sub-goal.
    NewMeasure,
    /// A measure of the assessed plan, continued in changed form.
    ChangedMeasure,
    /// A measure of the assessed plan, not continued.
    DroppedMeasure,
    /// The cooperation: meetings, coordinators, the evaluation.
    Governance,
    /// An indicator changed or added.
    Indicator,
    /// Milestones of a measure.
    Milestone,
}

impl AdjustmentKind {
    /// Every kind, in order.
    pub const ALL: [AdjustmentKind; 6] = [
        AdjustmentKind::NewMeasure,
        AdjustmentKind::ChangedMeasure,
        AdjustmentKind::DroppedMeasure,
        AdjustmentKind::Governance,
        AdjustmentKind::Indicator,
        AdjustmentKind::Milestone,
    ];

    /// The kind as written in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            AdjustmentKind::NewMeasure => "new_measure",
            AdjustmentKind::ChangedMeasure => "changed_measure",
            AdjustmentKind::DroppedMeasure => "dropped_measure",
            AdjustmentKind::Governance => "governance",
            AdjustmentKind::Indicator => "indicator",
            AdjustmentKind::Milestone => "milestone",
        }
    }

    /// The field naming what it targets, and whether that field is required.
    pub fn target(self) -> (&'static str, bool) {
        match self {
            AdjustmentKind::NewMeasure => ("sub_goal", true),
            AdjustmentKind::ChangedMeasure
            | AdjustmentKind::DroppedMeasure
            | AdjustmentKind::Milestone => ("measure", true),
            AdjustmentKind::Governance => ("governance", true),
            AdjustmentKind::Indicator => ("indicator", false),
        }
    }
}

/// A section of the cooperation [6].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum GovernanceSection {
    /// The political meetings [6.1].
    Political,
    /// The administrative follow-up and the coordinators [6.2].
    Administrative,
    /// The evaluation [7].
    Evaluation,
}
