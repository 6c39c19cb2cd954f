//! The agreement itself: what the county and a regional council signed.
// The numbers in brackets in these docs ([1], [6], [7]) are the agreement's
// sections, not links; the same texts are the JSON Schemas' descriptions, so
// they are not escaped.
#![allow(rustdoc::broken_intra_doc_links)]

use super::{Publishing, Sections, Text, YearPeriod, kind_tag};
use crate::date::ApproxDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tromsvekst_derive::Read;

kind_tag!(
    /// The `kind` of an agreement document.
    AgreementKind,
    Agreement,
    "agreement"
);

/// A Tromsvekst growth agreement between the county authority and one
/// regional council. Everything specific to one agreement (its period, how
/// many meetings a year, when it is evaluated, who leads) is data here; the
/// rules read it from here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Agreement {
    /// Always `agreement`.
    pub kind: AgreementKind,
    /// The format version, `1.x`.
    #[schemars(regex(pattern = r"^1\.[0-9]+$"))]
    pub schema_version: String,
    /// Stable identifier, e.g. `nord-troms-2025-2028`.
    pub id: String,
    /// The title.
    pub title: Text,
    /// Set when the document is illustrative (not from an official source); says what is made up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Text>,
    /// Where the content comes from (e.g. the seed text and its sections).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Text>,
    /// The years the agreement runs.
    pub period: YearPeriod,
    /// The introduction: what the agreement is and is for [1].
    pub introduction: Vec<Text>,
    /// The signatories.
    pub parties: Vec<Party>,
    /// The region: its municipalities and their membership of special zones.
    pub region: Region,
    /// Whether and how the agreement binds [6].
    pub legal_status: LegalStatus,
    /// The overall goal, one sentence [2].
    pub overall_goal: Text,
    /// The knowledge base and development profile [3].
    pub knowledge_base: KnowledgeBase,
    /// The plans and strategies the agreement rests on [4, annex 1].
    pub anchoring: Vec<Anchoring>,
    /// How the anchoring was done (council decisions, meetings) [4, annex 1].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anchoring_notes: Vec<Text>,
    /// The focus areas, numbered from 1 [5].
    pub focus_areas: Vec<FocusArea>,
    /// Texts of chapter 5 that frame the focus areas.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub focus_area_notes: Vec<Text>,
    /// Related agreements and what they must do together with this one [5].
    #[serde(default)]
    pub related_agreements: Vec<RelatedAgreement>,
    /// The cooperation structure [6].
    pub governance: Governance,
    /// The long-term results aimed for [7].
    pub long_term_results: LongTermResults,
    /// When and how the agreement is evaluated [1, 7].
    pub evaluation: EvaluationPlan,
    /// How the agreement was made [annex 1].
    pub process: Process,
    /// The formal decisions that put the agreement in force [1, 4, annex 1].
    pub decisions: Vec<Decision>,
    /// Who signed, and where.
    #[serde(default)]
    pub signatures: Signatures,
    /// The section numbers of the agreement's parts, as its text numbers
    /// them: what documents and findings cite. A part the agreement does not
    /// number is cited by its name alone, never by another agreement's number.
    #[serde(default, skip_serializing_if = "Sections::is_empty")]
    pub sections: Sections,
    /// What the follow-up's public site and open data publish beyond what is
    /// public by default, and under which licence.
    #[serde(default, skip_serializing_if = "Publishing::is_default")]
    pub publishing: Publishing,
}

/// The role of a party.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum PartyRole {
    /// The county authority (fylkeskommune).
    CountyAuthority,
    /// The regional council (interkommunalt politisk råd).
    RegionalCouncil,
}

/// A signatory of the agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Party {
    /// Stable identifier, e.g. `troms-fylkeskommune`.
    pub id: String,
    /// Full name.
    pub name: Text,
    /// Short name, e.g. `Nord-Tromsrådet`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    /// Its role.
    pub role: PartyRole,
    /// A short description of the party.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Its number in the Central Coordinating Register for Legal Entities
    /// (Enhetsregisteret), nine digits: the publisher of its open data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[0-9]{9}$"))]
    pub organisation_number: Option<String>,
}

/// The region the agreement covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Region {
    /// Name of the region.
    pub name: String,
    /// The member municipalities of the regional council.
    pub municipalities: Vec<Municipality>,
    /// Where the municipality list comes from, when not from the agreement text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub municipalities_source: Option<Text>,
    /// Special zones that member municipalities belong to (e.g. Innsatssonen).
    #[serde(default)]
    pub zones: Vec<Zone>,
}

/// A municipality.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Municipality {
    /// Stable identifier, e.g. `kafjord`.
    pub id: String,
    /// Its name as written in the source.
    pub name: String,
    /// Its municipality number (kommunenummer), four digits: where open
    /// data about the region say it covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^[0-9]{4}$"))]
    pub number: Option<String>,
}

/// A special policy zone, such as Innsatssonen (formerly Tiltakssonen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Zone {
    /// Stable identifier.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Former names.
    #[serde(default)]
    pub former_names: Vec<String>,
    /// Who is in it, as the source says.
    pub membership: Text,
    /// The municipalities in the county that are in it, as named in the source.
    pub county_members: Vec<String>,
}

/// Whether the agreement binds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct LegalStatus {
    /// Legally binding for concrete appropriations or measures.
    pub legally_binding: bool,
    /// Economically binding for concrete appropriations or measures.
    pub economically_binding: bool,
    /// The legal basis (e.g. Kommuneloven).
    pub basis: String,
    /// The source's wording.
    pub text: Text,
    /// What the agreement does not cover.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scope_notes: Vec<Text>,
}

/// The knowledge base the agreement builds on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct KnowledgeBase {
    /// The source's description.
    pub text: Text,
    /// The sources it draws on.
    pub sources: Vec<KnowledgeSource>,
    /// Annexes, such as the development profile.
    #[serde(default)]
    pub annexes: Vec<Annex>,
}

/// A source of the knowledge base.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct KnowledgeSource {
    /// Its title as given.
    pub title: Text,
    /// Where to find it, as the source gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// An annex of the agreement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Annex {
    /// Stable identifier.
    pub id: String,
    /// Its title.
    pub title: Text,
}

/// What kind of plan or strategy an anchoring document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum AnchoringKind {
    /// A regional plan strategy.
    PlanStrategy,
    /// A regional plan (e.g. a transport plan).
    RegionalPlan,
    /// A strategy.
    Strategy,
    /// A cooperation agreement.
    CooperationAgreement,
    /// A plan of the region itself.
    RegionalCouncilPlan,
}

/// A plan or strategy the agreement rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Anchoring {
    /// Stable identifier.
    pub id: String,
    /// Its title.
    pub title: Text,
    /// What kind of document it is.
    pub kind: AnchoringKind,
    /// The years it runs.
    pub period: YearPeriod,
    /// How the agreement relates to it.
    pub relation: Text,
}

/// A focus area (innsatsområde).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct FocusArea {
    /// Its number, from 1.
    pub number: u32,
    /// Its title as listed.
    pub title: Text,
    /// Its heading, where it differs from the listed title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<Text>,
    /// The introductory text.
    pub description: Text,
    /// A footnote to the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footnote: Option<Text>,
    /// Its sub-goals, numbered `area.n`.
    pub sub_goals: Vec<SubGoal>,
}

/// A sub-goal (delmål).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct SubGoal {
    /// Its number, `area.n`, e.g. `1.2`.
    pub id: String,
    /// The goal.
    pub text: Text,
    /// The year the goal looks to, where its text names one beyond the
    /// agreement's period (3.1: climate neutrality "innen 2035"): indicator
    /// targets for the results that measure it may reach that far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(range(min = 1, max = 9999))]
    pub horizon: Option<i32>,
    /// The strategies: the general routes to the goal.
    pub strategies: Vec<Strategy>,
}

/// A strategy (strategi) under a sub-goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Strategy {
    /// Stable identifier, `sub-goal.letter`, e.g. `1.2.b`.
    pub id: String,
    /// The strategy.
    pub text: Text,
    /// A footnote to the strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub footnote: Option<Text>,
}

/// Another agreement this one works with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct RelatedAgreement {
    /// Stable identifier.
    pub id: String,
    /// Its title.
    pub title: Text,
    /// What the two must do together.
    pub relation: Text,
}

/// The cooperation structure [6].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Governance {
    /// The purpose of the structure.
    pub purpose: Text,
    /// Political cooperation [6.1].
    pub political: PoliticalCooperation,
    /// Administrative follow-up [6.2].
    pub administrative: AdministrativeFollowUp,
}

/// Political cooperation: the meetings and their themes [6.1].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct PoliticalCooperation {
    /// How many political meetings each calendar year, at least.
    pub meetings_per_year: u32,
    /// Where they are held (e.g. in the regional council), by party id.
    pub host: String,
    /// Who invites, by party id.
    pub invited_by: String,
    /// Who is invited.
    pub invitees: Vec<Invitee>,
    /// The source's wording.
    pub text: Text,
    /// Joint advocacy where the parties agree.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joint_advocacy: Option<Text>,
    /// The framing of the themes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub themes_intro: Option<Text>,
    /// Central themes of the political cooperation.
    pub themes: Vec<Text>,
}

/// Who of a party is invited to the political meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Invitee {
    /// The party, by id.
    pub party: String,
    /// Which part of its leadership.
    pub leadership: Vec<Leadership>,
}

/// A part of a party's leadership.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum Leadership {
    /// Political leadership.
    Political,
    /// Administrative leadership.
    Administrative,
}

/// Administrative follow-up [6.2].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct AdministrativeFollowUp {
    /// The joint action plans.
    pub action_plans: ActionPlanDuty,
    /// The coordinators, one per party.
    pub coordinators: Vec<CoordinatorRole>,
}

/// The duty to make joint action plans.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct ActionPlanDuty {
    /// How many years one action plan covers.
    pub length_years: u32,
    /// Who prepares them, by party id.
    pub prepared_by: Vec<String>,
    /// Whether each plan must hold milestones for the cooperation.
    pub milestones_required: bool,
    /// The source's wording.
    pub text: Text,
}

/// The coordinator role of one party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct CoordinatorRole {
    /// The party that appoints the coordinator, by id.
    pub party: String,
    /// The coordinator's duties.
    pub duties: Vec<Text>,
}

/// The long-term results [7].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct LongTermResults {
    /// The source's framing.
    pub text: Text,
    /// The results.
    pub results: Vec<LongTermResult>,
}

/// A long-term result aimed for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct LongTermResult {
    /// Stable identifier.
    pub id: String,
    /// The result.
    pub text: Text,
    /// The ids of the indicators that measure it.
    #[serde(default)]
    pub indicators: Vec<String>,
    /// The sub-goals whose progress it shows, by number (`3.1`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sub_goals: Vec<String>,
}

/// When and how the agreement is evaluated [1, 7].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct EvaluationPlan {
    /// The party with main responsibility, by id.
    pub responsible: String,
    /// The parties that assist, by id.
    pub assisting: Vec<String>,
    /// The midterm evaluation.
    pub midterm: MidtermPlan,
    /// The final evaluation.
    #[serde(rename = "final")]
    pub final_evaluation: FinalPlan,
    /// The source's wording.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub text: Vec<Text>,
}

/// The midterm evaluation as planned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct MidtermPlan {
    /// The year it is held; it is due by the end of that year.
    pub year: i32,
    /// The action plan period it assesses progress against.
    pub assesses: YearPeriod,
    /// The action plan period its adjustments are carried into.
    pub adjustments_into: YearPeriod,
}

/// The final evaluation as planned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct FinalPlan {
    /// The year it is held.
    pub year: i32,
    /// Whether quantitative results are required.
    pub quantitative_results: bool,
    /// Whether qualitative feedback is required.
    pub qualitative_feedback: bool,
}

/// How the agreement was made [annex 1].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Process {
    /// The source's framing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    /// The steps, in the order the source lists them.
    pub steps: Vec<ProcessStep>,
}

/// One step of the process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct ProcessStep {
    /// Its number in the source's list.
    pub number: u32,
    /// What happened.
    pub text: Text,
    /// When, as precisely as the source says; absent where the source gives no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<ApproxDate>,
    /// A case number or other reference the source gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// What kind of body made a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum BodyKind {
    /// The county council (fylkesting).
    CountyCouncil,
    /// The regional council (interkommunalt politisk råd).
    RegionalCouncil,
    /// A municipal council (kommunestyre); several may decide together.
    MunicipalCouncil,
    /// The county executive (fylkesråd).
    CountyExecutive,
}

/// The outcome of a decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum Outcome {
    /// Approved.
    Approved,
    /// Rejected.
    Rejected,
}

/// A formal decision (vedtak).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Decision {
    /// Stable identifier.
    pub id: String,
    /// The kind of body.
    pub body: BodyKind,
    /// The body's name as the source gives it.
    pub body_name: String,
    /// The party the body belongs to, by id (for county and regional councils).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// The municipalities whose councils decided (for municipal councils), by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub municipalities: Vec<String>,
    /// When, as precisely as the source says.
    pub date: ApproxDate,
    /// The outcome.
    pub outcome: Outcome,
    /// The source's wording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
}

/// Who signed, and where.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Signatures {
    /// The place of signing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// The signatories.
    #[serde(default)]
    pub signatories: Vec<Signatory>,
}

/// A person who signed for a party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Signatory {
    /// The person's name.
    pub name: String,
    /// Their title.
    pub title: String,
    /// The party they signed for, by id.
    pub party: String,
}

impl PartyRole {
    /// The body whose decision binds a party in this role: the county
    /// council for the county authority, the regional council for a regional council.
    pub fn deciding_body(self) -> BodyKind {
        match self {
            PartyRole::CountyAuthority => BodyKind::CountyCouncil,
            PartyRole::RegionalCouncil => BodyKind::RegionalCouncil,
        }
    }
}

impl Agreement {
    /// A party's standing decision on the agreement: the latest decision of
    /// its deciding body for it (a rejection after an approval stands, and so
    /// does an approval after a rejection). `None` without any.
    pub fn standing_decision(&self, party: &Party) -> Option<&Decision> {
        let body = party.role.deciding_body();
        self.decisions
            .iter()
            .filter(|d| d.body == body && d.party.as_deref() == Some(party.id.as_str()))
            .max_by_key(|d| (d.date.latest(), d.date.earliest()))
    }

    /// When the agreement came into force [1]: the later of the parties'
    /// standing approvals, as precisely as the decisions are dated. `None`
    /// while a party has not approved it (or has since rejected it).
    pub fn in_force(&self) -> Option<ApproxDate> {
        let mut latest: Option<ApproxDate> = None;
        for p in &self.parties {
            let d = self
                .standing_decision(p)
                .filter(|d| d.outcome == Outcome::Approved)?;
            if latest.is_none_or(|l| d.date.latest() > l.latest()) {
                latest = Some(d.date);
            }
        }
        latest
    }
}
