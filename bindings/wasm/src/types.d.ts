/* Generated from schemas/*.schema.json by bindings/wasm/scripts/gen-types.mjs; do not edit. */

/**
 * What kind of plan or strategy an anchoring document is.
 */
export type AnchoringKind =
  "plan_strategy" | "regional_plan" | "strategy" | "cooperation_agreement" | "regional_council_plan";
/**
 * What kind of body made a decision.
 */
export type BodyKind = "county_council" | "regional_council" | "municipal_council" | "county_executive";
/**
 * A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY, or a span START/END of such dates (e.g. 2025-02/2025-03).
 */
export type ApproxDate = string;
/**
 * The outcome of a decision.
 */
export type Outcome = "approved" | "rejected";
/**
 * A part of a party's leadership.
 */
export type Leadership = "political" | "administrative";
/**
 * The `kind` of an agreement document.
 */
export type AgreementKind = "agreement";
/**
 * The role of a party.
 */
export type PartyRole = "county_authority" | "regional_council";
/**
 * The licence of the open data.
 */
export type Licence = "nlod-2.0" | "cc-by-4.0";
/**
 * The `kind` of an action plan document.
 */
export type ActionPlanKind = "action_plan";
/**
 * A calendar date, YYYY-MM-DD.
 */
export type CalendarDate = string;
/**
 * An amount in NOK, exact: a string with at most two decimals, or a whole number of kroner.
 */
export type Nok = string | number;
/**
 * What kind of source a funding line comes from.
 */
export type SourceKind = "party" | "municipality" | "national" | "eu" | "other";
/**
 * How far a funding line has come.
 */
export type FundingStatus = "planned" | "applied" | "granted" | "refused" | "paid";
/**
 * Where a measure stands.
 */
export type MeasureStatus = "planned" | "ongoing" | "completed" | "postponed" | "cancelled";
/**
 * Where a milestone stands.
 */
export type MilestoneStatus = "pending" | "completed" | "cancelled";
/**
 * Which made-up value.
 */
export type PlaceholderField = "milestone_due" | "measure_responsible";
/**
 * What kind of advocacy.
 */
export type AdvocacyKind = "submission" | "meeting" | "delegation" | "eu_consultation" | "other";
/**
 * The `kind` of a meeting log document.
 */
export type MeetingLogKind = "meeting_log";
/**
 * Where a follow-up action stands.
 */
export type ActionStatus = "open" | "done" | "dropped";
/**
 * Whether a meeting has taken place.
 */
export type MeetingStatus = "held" | "planned" | "cancelled";
/**
 * Which way is better.
 */
export type Direction = "higher_is_better" | "lower_is_better";
/**
 * Measured by numbers, or by statements.
 */
export type IndicatorKind = "quantitative" | "qualitative";
/**
 * A traffic light.
 */
export type Light = "green" | "yellow" | "red";
/**
 * A unit: a string in bokmål, or a text in bokmål and English.
 */
export type Unit = string | Text;
/**
 * The `kind` of an indicator set document.
 */
export type IndicatorSetKind = "indicators";
/**
 * A section of the cooperation [6].
 */
export type GovernanceSection = "political" | "administrative" | "evaluation";
/**
 * The kind of change an adjustment asks for.
 */
export type AdjustmentKind =
  "new_measure" | "changed_measure" | "dropped_measure" | "governance" | "indicator" | "milestone";
/**
 * How well a focus area or sub-goal is going.
 */
export type Rating = "on_track" | "partly" | "off_track" | "not_assessed";
/**
 * What a body decided on an evaluation.
 */
export type HandlingOutcome = "noted" | "approved" | "returned";
/**
 * The `kind` of an evaluation document.
 */
export type EvaluationKind = "evaluation";
/**
 * Who gave a piece of qualitative feedback.
 */
export type FeedbackSource = "municipality" | "regional_council" | "county" | "youth_council" | "business" | "other";
/**
 * Which evaluation.
 */
export type Stage = "midterm" | "final";
/**
 * Whether the evaluation is finished.
 */
export type EvaluationStatus = "draft" | "concluded";
/**
 * The `kind` of a mappings file.
 */
export type MappingsKind = "jsonstat_mapping";
/**
 * The kinds of document this library reads.
 */
export type DocumentKind = "agreement" | "action_plan" | "meeting_log" | "indicators" | "evaluation";
/**
 * How serious a finding is. Only errors make a document invalid.
 */
export type Severity = "error" | "warning" | "info";
/**
 * The language of messages: Norwegian bokmål (the default everywhere, in
 * every interface) or English.
 */
export type Lang = "nb" | "en";
/**
 * Where a planned evaluation stands.
 */
export type DueState = "done" | "due" | "overdue" | "upcoming";
/**
 * Which way an indicator has moved since its baseline.
 */
export type Trend = "improving" | "worsening" | "unchanged";
/**
 * What a reference names.
 */
export type RefKind =
  | "party"
  | "municipality"
  | "plan"
  | "measure"
  | "milestone"
  | "meeting"
  | "evaluation"
  | "result"
  | "sub_goal"
  | "strategy"
  | "indicator"
  | "document"
  | "theme";
export type Rules = Rule[];

/**
 * Every document and output type of tromsvekst.
 */
export interface TromsvekstDocuments {
  agreement?: Agreement;
  action_plan?: ActionPlan;
  meeting_log?: MeetingLog;
  indicators?: IndicatorSet;
  evaluation?: Evaluation;
  jsonstat_mapping?: JsonstatMappings;
  report?: Report;
  status?: Status;
  portfolio?: Portfolio;
  rules?: Rules;
}
/**
 * A Tromsvekst growth agreement between the county authority and one
 * regional council. Everything specific to one agreement (its period, how
 * many meetings a year, when it is evaluated, who leads) is data here; the
 * rules read it from here.
 */
export interface Agreement {
  /**
   * The plans and strategies the agreement rests on [4, annex 1].
   */
  anchoring: Anchoring[];
  /**
   * How the anchoring was done (council decisions, meetings) [4, annex 1].
   */
  anchoring_notes?: Text[];
  /**
   * The formal decisions that put the agreement in force [1, 4, annex 1].
   */
  decisions: Decision[];
  evaluation: EvaluationPlan;
  /**
   * Texts of chapter 5 that frame the focus areas.
   */
  focus_area_notes?: Text[];
  /**
   * The focus areas, numbered from 1 [5].
   */
  focus_areas: FocusArea[];
  governance: Governance;
  /**
   * Stable identifier, e.g. `nord-troms-2025-2028`.
   */
  id: string;
  /**
   * Set when the document is illustrative (not from an official source); says what is made up.
   */
  illustrative?: Text | null;
  /**
   * The introduction: what the agreement is and is for [1].
   */
  introduction: Text[];
  kind: AgreementKind;
  knowledge_base: KnowledgeBase;
  legal_status: LegalStatus;
  long_term_results: LongTermResults;
  overall_goal: Text;
  /**
   * The signatories.
   */
  parties: Party[];
  period: YearPeriod;
  process: Process;
  publishing?: Publishing;
  region: Region;
  /**
   * Related agreements and what they must do together with this one [5].
   */
  related_agreements?: RelatedAgreement[];
  /**
   * The format version, `1.x`.
   */
  schema_version: string;
  sections?: Sections;
  signatures?: Signatures;
  /**
   * Where the content comes from (e.g. the seed text and its sections).
   */
  source?: Text | null;
  title: Text;
}
/**
 * A plan or strategy the agreement rests on.
 */
export interface Anchoring {
  /**
   * Stable identifier.
   */
  id: string;
  kind: AnchoringKind;
  period: YearPeriod;
  relation: Text;
  title: Text;
}
/**
 * A span of whole calendar years, both ends included (2025–2028 is four years).
 */
export interface YearPeriod {
  /**
   * The last year (included).
   */
  end: number;
  /**
   * The first year.
   */
  start: number;
}
/**
 * A text in Norwegian bokmål, as the source has it, with an optional English
 * translation.
 */
export interface Text {
  /**
   * An English translation.
   */
  en?: string | null;
  /**
   * The Norwegian bokmål text (authoritative).
   */
  nb: string;
}
/**
 * A formal decision (vedtak).
 */
export interface Decision {
  body: BodyKind;
  /**
   * The body's name as the source gives it.
   */
  body_name: string;
  date: ApproxDate;
  /**
   * Stable identifier.
   */
  id: string;
  /**
   * The municipalities whose councils decided (for municipal councils), by id.
   */
  municipalities?: string[];
  outcome: Outcome;
  /**
   * The party the body belongs to, by id (for county and regional councils).
   */
  party?: string | null;
  /**
   * The source's wording.
   */
  text?: Text | null;
}
/**
 * When and how the agreement is evaluated [1, 7].
 */
export interface EvaluationPlan {
  /**
   * The parties that assist, by id.
   */
  assisting: string[];
  final: FinalPlan;
  midterm: MidtermPlan;
  /**
   * The party with main responsibility, by id.
   */
  responsible: string;
  /**
   * The source's wording.
   */
  text?: Text[];
}
/**
 * The final evaluation as planned.
 */
export interface FinalPlan {
  /**
   * Whether qualitative feedback is required.
   */
  qualitative_feedback: boolean;
  /**
   * Whether quantitative results are required.
   */
  quantitative_results: boolean;
  /**
   * The year it is held.
   */
  year: number;
}
/**
 * The midterm evaluation as planned.
 */
export interface MidtermPlan {
  adjustments_into: YearPeriod;
  assesses: YearPeriod;
  /**
   * The year it is held; it is due by the end of that year.
   */
  year: number;
}
/**
 * A focus area (innsatsområde).
 */
export interface FocusArea {
  description: Text;
  /**
   * A footnote to the title.
   */
  footnote?: Text | null;
  /**
   * Its heading, where it differs from the listed title.
   */
  heading?: Text | null;
  /**
   * Its number, from 1.
   */
  number: number;
  /**
   * Its sub-goals, numbered `area.n`.
   */
  sub_goals: SubGoal[];
  title: Text;
}
/**
 * A sub-goal (delmål).
 */
export interface SubGoal {
  /**
   * The year the goal looks to, where its text names one beyond the
   * agreement's period (3.1: climate neutrality "innen 2035"): indicator
   * targets for the results that measure it may reach that far.
   */
  horizon?: number | null;
  /**
   * Its number, `area.n`, e.g. `1.2`.
   */
  id: string;
  /**
   * The strategies: the general routes to the goal.
   */
  strategies: Strategy[];
  text: Text;
}
/**
 * A strategy (strategi) under a sub-goal.
 */
export interface Strategy {
  /**
   * A footnote to the strategy.
   */
  footnote?: Text | null;
  /**
   * Stable identifier, `sub-goal.letter`, e.g. `1.2.b`.
   */
  id: string;
  text: Text;
}
/**
 * The cooperation structure [6].
 */
export interface Governance {
  administrative: AdministrativeFollowUp;
  political: PoliticalCooperation;
  purpose: Text;
}
/**
 * Administrative follow-up [6.2].
 */
export interface AdministrativeFollowUp {
  action_plans: ActionPlanDuty;
  /**
   * The coordinators, one per party.
   */
  coordinators: CoordinatorRole[];
}
/**
 * The duty to make joint action plans.
 */
export interface ActionPlanDuty {
  /**
   * How many years one action plan covers.
   */
  length_years: number;
  /**
   * Whether each plan must hold milestones for the cooperation.
   */
  milestones_required: boolean;
  /**
   * Who prepares them, by party id.
   */
  prepared_by: string[];
  text: Text;
}
/**
 * The coordinator role of one party.
 */
export interface CoordinatorRole {
  /**
   * The coordinator's duties.
   */
  duties: Text[];
  /**
   * The party that appoints the coordinator, by id.
   */
  party: string;
}
/**
 * Political cooperation: the meetings and their themes [6.1].
 */
export interface PoliticalCooperation {
  /**
   * Where they are held (e.g. in the regional council), by party id.
   */
  host: string;
  /**
   * Who invites, by party id.
   */
  invited_by: string;
  /**
   * Who is invited.
   */
  invitees: Invitee[];
  /**
   * Joint advocacy where the parties agree.
   */
  joint_advocacy?: Text | null;
  /**
   * How many political meetings each calendar year, at least.
   */
  meetings_per_year: number;
  text: Text;
  /**
   * Central themes of the political cooperation.
   */
  themes: Text[];
  /**
   * The framing of the themes.
   */
  themes_intro?: Text | null;
}
/**
 * Who of a party is invited to the political meetings.
 */
export interface Invitee {
  /**
   * Which part of its leadership.
   */
  leadership: Leadership[];
  /**
   * The party, by id.
   */
  party: string;
}
/**
 * The knowledge base the agreement builds on.
 */
export interface KnowledgeBase {
  /**
   * Annexes, such as the development profile.
   */
  annexes?: Annex[];
  /**
   * The sources it draws on.
   */
  sources: KnowledgeSource[];
  text: Text;
}
/**
 * An annex of the agreement.
 */
export interface Annex {
  /**
   * Stable identifier.
   */
  id: string;
  title: Text;
}
/**
 * A source of the knowledge base.
 */
export interface KnowledgeSource {
  /**
   * Where to find it, as the source gives it.
   */
  reference?: string | null;
  title: Text;
}
/**
 * Whether the agreement binds.
 */
export interface LegalStatus {
  /**
   * The legal basis (e.g. Kommuneloven).
   */
  basis: string;
  /**
   * Economically binding for concrete appropriations or measures.
   */
  economically_binding: boolean;
  /**
   * Legally binding for concrete appropriations or measures.
   */
  legally_binding: boolean;
  /**
   * What the agreement does not cover.
   */
  scope_notes?: Text[];
  text: Text;
}
/**
 * The long-term results [7].
 */
export interface LongTermResults {
  /**
   * The results.
   */
  results: LongTermResult[];
  text: Text;
}
/**
 * A long-term result aimed for.
 */
export interface LongTermResult {
  /**
   * Stable identifier.
   */
  id: string;
  /**
   * The ids of the indicators that measure it.
   */
  indicators?: string[];
  /**
   * The sub-goals whose progress it shows, by number (`3.1`).
   */
  sub_goals?: string[];
  text: Text;
}
/**
 * A signatory of the agreement.
 */
export interface Party {
  /**
   * A short description of the party.
   */
  description?: Text | null;
  /**
   * Stable identifier, e.g. `troms-fylkeskommune`.
   */
  id: string;
  name: Text;
  /**
   * Its number in the Central Coordinating Register for Legal Entities
   * (Enhetsregisteret), nine digits: the publisher of its open data.
   */
  organisation_number?: string | null;
  role: PartyRole;
  /**
   * Short name, e.g. `Nord-Tromsrådet`.
   */
  short_name?: string | null;
}
/**
 * How the agreement was made [annex 1].
 */
export interface Process {
  /**
   * The steps, in the order the source lists them.
   */
  steps: ProcessStep[];
  /**
   * The source's framing.
   */
  text?: Text | null;
}
/**
 * One step of the process.
 */
export interface ProcessStep {
  /**
   * When, as precisely as the source says; absent where the source gives no date.
   */
  date?: ApproxDate | null;
  /**
   * Its number in the source's list.
   */
  number: number;
  /**
   * A case number or other reference the source gives.
   */
  reference?: string | null;
  text: Text;
}
/**
 * What the follow-up publishes (`tromsvekst site`). By default only what
 * the parties have decided or recorded as done: adopted action plans, held
 * meetings, concluded evaluations that a party has handled, indicator
 * figures. Each setting opens one kind of what is otherwise kept in.
 */
export interface Publishing {
  /**
   * Where the site will be served (`https://…/`): the catalogue's
   * identifiers are made from it; without it they are relative.
   */
  base_url?: string | null;
  /**
   * Publish contact persons (a measure's contact, a coordinator's name).
   */
  contacts?: boolean;
  /**
   * Publish draft evaluations and concluded ones not yet handled.
   */
  drafts?: boolean;
  licence?: Licence;
  /**
   * Publish the notes of follow-up entries.
   */
  notes?: boolean;
  /**
   * Publish action plans not yet adopted.
   */
  plans_not_adopted?: boolean;
}
/**
 * The region the agreement covers.
 */
export interface Region {
  /**
   * The member municipalities of the regional council.
   */
  municipalities: Municipality[];
  /**
   * Where the municipality list comes from, when not from the agreement text.
   */
  municipalities_source?: Text | null;
  /**
   * Name of the region.
   */
  name: string;
  /**
   * Special zones that member municipalities belong to (e.g. Innsatssonen).
   */
  zones?: Zone[];
}
/**
 * A municipality.
 */
export interface Municipality {
  /**
   * Stable identifier, e.g. `kafjord`.
   */
  id: string;
  /**
   * Its name as written in the source.
   */
  name: string;
  /**
   * Its municipality number (kommunenummer), four digits: where open
   * data about the region say it covers.
   */
  number?: string | null;
}
/**
 * A special policy zone, such as Innsatssonen (formerly Tiltakssonen).
 */
export interface Zone {
  /**
   * The municipalities in the county that are in it, as named in the source.
   */
  county_members: string[];
  /**
   * Former names.
   */
  former_names?: string[];
  /**
   * Stable identifier.
   */
  id: string;
  membership: Text;
  /**
   * Its name.
   */
  name: string;
}
/**
 * Another agreement this one works with.
 */
export interface RelatedAgreement {
  /**
   * Stable identifier.
   */
  id: string;
  relation: Text;
  title: Text;
}
/**
 * The section numbers of an agreement's parts (`"6.1"`, `"annex 1"`);
 * each is optional.
 */
export interface Sections {
  /**
   * Administrative follow-up.
   */
  administrative?: string | null;
  /**
   * Anchoring and process.
   */
  anchoring?: string | null;
  /**
   * The development picture of the region.
   */
  development?: string | null;
  /**
   * Long-term effects and evaluation.
   */
  evaluation?: string | null;
  /**
   * The focus areas and sub-goals.
   */
  focus_areas?: string | null;
  /**
   * The parties' follow-up (the cooperation structure).
   */
  governance?: string | null;
  /**
   * The introduction.
   */
  introduction?: string | null;
  /**
   * The overall goal.
   */
  overall_goal?: string | null;
  /**
   * Strategic and political cooperation.
   */
  political?: string | null;
  /**
   * The annex on how the agreement was made (`annex 1`).
   */
  process?: string | null;
}
/**
 * Who signed, and where.
 */
export interface Signatures {
  /**
   * The place of signing.
   */
  place?: string | null;
  /**
   * The signatories.
   */
  signatories?: Signatory[];
}
/**
 * A person who signed for a party.
 */
export interface Signatory {
  /**
   * The person's name.
   */
  name: string;
  /**
   * The party they signed for, by id.
   */
  party: string;
  /**
   * Their title.
   */
  title: string;
}
/**
 * A joint action plan for a number of years of the agreement [1, 6.2].
 */
export interface ActionPlan {
  /**
   * The decision that adopted the plan; absent while it is a draft.
   */
  adopted?: Adoption | null;
  /**
   * The id of the agreement the plan belongs to.
   */
  agreement: string;
  /**
   * Stable identifier, e.g. `nord-troms-handlingsplan-2025-2026`.
   */
  id: string;
  /**
   * Set when the document is illustrative; says what is made up.
   */
  illustrative?: Text | null;
  kind: ActionPlanKind;
  /**
   * The measures.
   */
  measures: Measure[];
  /**
   * The milestones of the cooperation.
   */
  milestones?: Milestone[];
  period: YearPeriod;
  /**
   * Values a draft made up for the analysts to decide (a due date, a
   * responsible party): each is to be filled in (`plan.draft.incomplete`)
   * while the item still holds it.
   */
  placeholders?: Placeholder[];
  /**
   * The format version, `1.x`.
   */
  schema_version: string;
  title: Text;
  /**
   * The follow-up log: dated status updates of measures.
   */
  updates?: StatusUpdate[];
}
/**
 * The adoption of a plan.
 */
export interface Adoption {
  /**
   * By whom (a body or the parties), as written.
   */
  by: string;
  date: ApproxDate;
  /**
   * A case number or other reference.
   */
  reference?: string | null;
}
/**
 * A concrete action (tiltak).
 */
export interface Measure {
  /**
   * Adjustments of an evaluation that it carries out, by id.
   */
  addresses?: string[];
  /**
   * The day it was completed.
   */
  completed_on?: CalendarDate | null;
  /**
   * A contact person (a name or a role).
   */
  contact?: string | null;
  /**
   * The measure of an earlier plan that it continues, by id: a measure
   * carried from one plan into the next keeps its history.
   */
  continues?: string | null;
  /**
   * Other measures it depends on, by id.
   */
  depends_on?: string[];
  /**
   * What it is.
   */
  description?: Text | null;
  /**
   * When it ends.
   */
  end?: ApproxDate | null;
  /**
   * Indicative funding.
   */
  funding?: Funding[];
  /**
   * Stable identifier, unique across all documents.
   */
  id: string;
  /**
   * The municipality that leads the work, by id (one of `municipalities`).
   */
  lead_municipality?: string | null;
  /**
   * Municipalities taking part, by id.
   */
  municipalities?: string[];
  /**
   * Other organisations taking part, by name (as written before partners
   * had roles).
   */
  organisations?: string[];
  /**
   * Organisations taking part, each with its role.
   */
  partners?: Partner[];
  /**
   * Progress in per cent, 0–100.
   */
  progress?: number;
  /**
   * The party responsible, by id.
   */
  responsible: string;
  /**
   * When it starts.
   */
  start?: ApproxDate | null;
  status: MeasureStatus;
  /**
   * The strategies it follows, by id (e.g. `1.2.b`); each under one of its sub-goals.
   */
  strategies?: string[];
  /**
   * The sub-goals it serves, by number (e.g. `1.2`).
   */
  sub_goals: string[];
  title: Text;
  /**
   * The unit of the responsible party that does the work.
   */
  unit?: string | null;
  /**
   * Weight in the roll-up to sub-goal and focus area (default 1).
   */
  weight?: number | null;
}
/**
 * A funding line of a measure: an amount from one source, followed from
 * planned through applied and granted (or refused) to paid [6: the
 * agreement binds no appropriations; every krone comes from a decision
 * elsewhere].
 */
export interface Funding {
  amount_nok: Nok;
  /**
   * The amount applied for.
   */
  applied_nok?: Nok | null;
  /**
   * Claimed as committed by the agreement (which it cannot be: section 6).
   */
  committed_by_agreement?: boolean;
  /**
   * The amount granted.
   */
  granted_nok?: Nok | null;
  /**
   * The amount paid out.
   */
  paid_nok?: Nok | null;
  /**
   * The party it comes from, by id, when the source is a party.
   */
  party?: string | null;
  /**
   * Where the money comes from, as named (a scheme, a budget).
   */
  source: string;
  /**
   * What kind of source it is.
   */
  source_kind?: SourceKind | null;
  /**
   * How far it has come; absent in documents written before, read as
   * planned.
   */
  status?: FundingStatus | null;
  /**
   * The day it reached its status.
   */
  status_date?: CalendarDate | null;
  /**
   * The budget year.
   */
  year?: number | null;
}
/**
 * An organisation taking part in a measure, with its role.
 */
export interface Partner {
  /**
   * The organisation, by name.
   */
  name: string;
  /**
   * Its role (e.g. `gjennomfører`, `fagstøtte`, `medfinansierer`).
   */
  role: string;
}
/**
 * A dated checkpoint of the cooperation (milepæl).
 */
export interface Milestone {
  /**
   * Adjustments of an evaluation that it carries out, by id.
   */
  addresses?: string[];
  /**
   * The day it was reached.
   */
  completed_on?: CalendarDate | null;
  due: CalendarDate;
  /**
   * Stable identifier.
   */
  id: string;
  /**
   * The measures it marks, by id.
   */
  measures?: string[];
  status: MilestoneStatus;
  title: Text;
}
/**
 * A value a draft made up.
 */
export interface Placeholder {
  field: PlaceholderField;
  /**
   * The measure or milestone, by id.
   */
  item: string;
  /**
   * The value the draft put in.
   */
  value: string;
}
/**
 * A dated entry of the follow-up log.
 */
export interface StatusUpdate {
  date: CalendarDate;
  /**
   * The measure, by id.
   */
  measure: string;
  /**
   * What happened.
   */
  note?: Text | null;
  /**
   * Its progress from that day, in per cent.
   */
  progress?: number | null;
  status: MeasureStatus;
}
/**
 * The record of the cooperation structure: meetings held or planned, and
 * who is coordinator.
 */
export interface MeetingLog {
  /**
   * Joint advocacy towards the government, Parliament and EU processes [6.1].
   */
  advocacy?: Advocacy[];
  /**
   * The id of the agreement.
   */
  agreement: string;
  /**
   * The coordinator appointments.
   */
  coordinators?: CoordinatorAppointment[];
  /**
   * Stable identifier.
   */
  id: string;
  /**
   * Set when the document is illustrative; says what is made up.
   */
  illustrative?: Text | null;
  kind: MeetingLogKind;
  /**
   * The political meetings.
   */
  meetings?: Meeting[];
  /**
   * The format version, `1.x`.
   */
  schema_version: string;
}
/**
 * One advocacy action of the parties together [6.1; long-term result 1,
 * stronger political influence].
 */
export interface Advocacy {
  date: CalendarDate;
  /**
   * Stable identifier.
   */
  id: string;
  kind: AdvocacyKind;
  /**
   * What came of it, when known.
   */
  outcome?: Text | null;
  /**
   * The long-term results it serves, by id.
   */
  results?: string[];
  /**
   * Towards whom (a ministry, a committee, a programme).
   */
  target: string;
  /**
   * What it was about.
   */
  text?: Text | null;
  /**
   * The central themes it takes up, by number [6.1].
   */
  themes?: number[];
}
/**
 * A party's administrative coordinator for a time [6.2].
 */
export interface CoordinatorAppointment {
  from: CalendarDate;
  /**
   * The party, by id.
   */
  party: string;
  /**
   * The person, where the record names one.
   */
  person?: string | null;
  /**
   * The role (a position), as written.
   */
  role: string;
  /**
   * Until this day, included; open when absent.
   */
  to?: CalendarDate | null;
}
/**
 * A political meeting [6.1].
 */
export interface Meeting {
  /**
   * Adjustments of an evaluation that it carries out, by id.
   */
  addresses?: string[];
  /**
   * The agenda, item by item.
   */
  agenda?: AgendaItem[];
  /**
   * Who attended (for a meeting held).
   */
  attended?: Participation[];
  date: CalendarDate;
  /**
   * What was decided, with the follow-up of each decision.
   */
  decisions?: MeetingDecision[];
  /**
   * Stable identifier.
   */
  id: string;
  /**
   * Who was invited.
   */
  invited: Participation[];
  /**
   * The party that invited, by id.
   */
  invited_by: string;
  /**
   * Where the minutes are.
   */
  minutes?: string | null;
  /**
   * Where.
   */
  place: string;
  status?: MeetingStatus;
  /**
   * What was discussed.
   */
  topics?: Topic[];
}
/**
 * An item on a meeting's agenda.
 */
export interface AgendaItem {
  /**
   * The focus areas it concerns, by number.
   */
  focus_areas?: number[];
  /**
   * The measures it concerns, by id.
   */
  measures?: string[];
  /**
   * The milestones it concerns, by id.
   */
  milestones?: string[];
  /**
   * The central themes of the political cooperation it takes up, by
   * number in the agreement's list (1 = the first) [6.1].
   */
  themes?: number[];
  title: Text;
}
/**
 * A party's leadership at a meeting.
 */
export interface Participation {
  /**
   * Which of its leadership.
   */
  leadership: Leadership[];
  /**
   * The party, by id.
   */
  party: string;
}
/**
 * A decision of a political meeting.
 */
export interface MeetingDecision {
  /**
   * What is to be done about it.
   */
  actions?: FollowUpAction[];
  /**
   * Stable identifier.
   */
  id: string;
  text: Text;
}
/**
 * A follow-up action of a decision: who does what by when.
 */
export interface FollowUpAction {
  /**
   * The day it was done.
   */
  done_on?: CalendarDate | null;
  due: CalendarDate;
  /**
   * Stable identifier.
   */
  id: string;
  /**
   * The measures it concerns, by id.
   */
  measures?: string[];
  /**
   * The party that does it, by id.
   */
  owner: string;
  status?: ActionStatus;
  text: Text;
}
/**
 * A topic of a meeting.
 */
export interface Topic {
  /**
   * The focus areas it concerns, by number.
   */
  focus_areas?: number[];
  text: Text;
}
/**
 * The indicators of an agreement.
 */
export interface IndicatorSet {
  /**
   * The id of the agreement.
   */
  agreement: string;
  /**
   * Stable identifier.
   */
  id: string;
  /**
   * Set when the document is illustrative; says what is made up.
   */
  illustrative?: Text | null;
  /**
   * The indicators.
   */
  indicators: Indicator[];
  kind: IndicatorSetKind;
  /**
   * The format version, `1.x`.
   */
  schema_version: string;
}
/**
 * How a long-term result is measured.
 */
export interface Indicator {
  /**
   * Adjustments of an evaluation that it carries out, by id.
   */
  addresses?: string[];
  /**
   * The starting point.
   */
  baseline?: YearValue | null;
  /**
   * Which way is better (quantitative indicators).
   */
  direction?: Direction | null;
  /**
   * Stable identifier.
   */
  id: string;
  kind: IndicatorKind;
  name: Text;
  /**
   * Observations per period.
   */
  observations?: Observation[];
  /**
   * The long-term results it measures, by id.
   */
  results: string[];
  /**
   * Where its figures come from (publisher, table, address); an
   * observation may name a source of its own.
   */
  source?: DataSource | null;
  /**
   * Targets per year.
   */
  targets?: YearValue[];
  /**
   * Traffic-light bands over the value; together they must cover every
   * value once: no gaps, no overlaps.
   */
  thresholds?: Threshold[];
  /**
   * The unit: `"personer"`, or in both languages
   * `{"nb": "personer", "en": "persons"}`.
   */
  unit?: Unit | null;
}
/**
 * A value for a year.
 */
export interface YearValue {
  /**
   * The value.
   */
  value: number;
  /**
   * The year.
   */
  year: number;
}
/**
 * An observed value, or statement, for a period.
 */
export interface Observation {
  /**
   * Where it comes from.
   */
  source?: DataSource | null;
  /**
   * The statement (qualitative indicators).
   */
  text?: Text | null;
  /**
   * The figure (quantitative indicators).
   */
  value?: number | null;
  /**
   * The year observed.
   */
  year: number;
}
/**
 * Where figures come from: an indicator's or an observation's.
 */
export interface DataSource {
  /**
   * Who publishes it (e.g. `SSB`).
   */
  publisher: string;
  /**
   * The table id (e.g. SSB table `07459`).
   */
  table?: string | null;
  /**
   * When the source was last updated.
   */
  updated?: CalendarDate | null;
  /**
   * Where to find it (e.g. the table's page at the publisher).
   */
  url?: string | null;
}
/**
 * A traffic-light band: values from `from` (included) to `to` (excluded).
 * An absent end is unbounded.
 */
export interface Threshold {
  /**
   * Lowest value included; unbounded when absent.
   */
  from?: number | null;
  light: Light;
  /**
   * First value above the band; unbounded when absent.
   */
  to?: number | null;
}
/**
 * An evaluation of the agreement.
 */
export interface Evaluation {
  /**
   * Changes to carry into the next action plan.
   */
  adjustments?: Adjustment[];
  /**
   * The id of the agreement.
   */
  agreement: string;
  /**
   * The action plans it assesses, by id.
   */
  assesses: string[];
  /**
   * The parties assisting, by id.
   */
  assisting: string[];
  date: CalendarDate;
  /**
   * Assessments per focus area and sub-goal.
   */
  findings?: Assessment[];
  /**
   * Its political handling: which party's body handled it, when, under
   * which case reference and with what outcome [7: the county and the
   * regional council assess it together].
   */
  handling?: Handling[];
  /**
   * Stable identifier.
   */
  id: string;
  /**
   * Set when the document is illustrative; says what is made up.
   */
  illustrative?: Text | null;
  kind: EvaluationKind;
  /**
   * The long-term results of the agreement, each assessed with its
   * evidence (the final evaluation) [7].
   */
  long_term_results?: ResultAssessment[];
  /**
   * What a draft has offered the analysts, by key (`plan:ID`,
   * `finding:1.2`, `figure:ID:2026`, `result:ID`, `feedback:KIND:ID`,
   * `resolution:PARTY`): a refresh adds only what it has not offered
   * before, so what the analysts removed stays removed.
   */
  offered?: string[];
  /**
   * Statements from participants.
   */
  qualitative_feedback?: Feedback[];
  /**
   * Indicator figures.
   */
  quantitative_results?: QuantitativeResult[];
  /**
   * The draft resolution put before each party's body with the
   * evaluation: drafted from the data, then the analysts' words.
   */
  resolutions?: Resolution[];
  /**
   * The party with main responsibility, by id.
   */
  responsible: string;
  /**
   * The format version, `1.x`.
   */
  schema_version: string;
  stage: Stage;
  status?: EvaluationStatus;
}
/**
 * A change decided in an evaluation, to carry into the next action plan
 * [7]. What it targets depends on its kind: a new measure serves a
 * sub-goal; a changed, dropped or re-milestoned measure is a measure of the
 * assessed plan; a governance change names a section of the cooperation; an
 * indicator change names an indicator (or, for a new one, the sub-goal it
 * would measure).
 */
export interface Adjustment {
  /**
   * The decision that agreed it: a case reference of the evaluation's
   * handling, or the id of the political meeting that agreed it.
   */
  decision?: string | null;
  /**
   * The section of the cooperation it changes.
   */
  governance?: GovernanceSection | null;
  /**
   * Stable identifier.
   */
  id: string;
  /**
   * The indicator it changes, by id.
   */
  indicator?: string | null;
  /**
   * What kind of change. Absent in documents written before kinds existed:
   * read as a new measure for the sub-goal.
   */
  kind?: AdjustmentKind | null;
  /**
   * The measure of the assessed plan it changes, drops or re-milestones, by id.
   */
  measure?: string | null;
  /**
   * The sub-goal it concerns, by number.
   */
  sub_goal?: string | null;
  text: Text;
}
/**
 * The assessment of a focus area, or of one of its sub-goals.
 */
export interface Assessment {
  /**
   * Facts gathered for the assessment (a draft fills these in).
   */
  evidence?: Evidence | null;
  /**
   * The focus area, by number.
   */
  focus_area: number;
  /**
   * The rating; to be filled in by the analysts.
   */
  rating?: Rating | null;
  /**
   * The sub-goal, by number; absent for the focus area as a whole.
   */
  sub_goal?: string | null;
  /**
   * The assessment; to be filled in by the analysts.
   */
  text?: Text | null;
}
/**
 * Facts for an assessment, gathered from the plans and indicators.
 */
export interface Evidence {
  /**
   * The measures serving it: id, status and progress.
   */
  measures?: MeasureEvidence[];
  /**
   * Milestones of its measures that are overdue, by id.
   */
  overdue_milestones?: string[];
  /**
   * Rolled-up progress in per cent, when any measure serves it.
   */
  progress?: number | null;
}
/**
 * A measure as evidence.
 */
export interface MeasureEvidence {
  /**
   * The measures of earlier plans it continues, nearest first.
   */
  continues?: string[];
  /**
   * The measure, by id.
   */
  id: string;
  /**
   * The plan it stands in, by id (set when the evidence spans several plans).
   */
  plan?: string | null;
  /**
   * Its progress in per cent.
   */
  progress: number;
  status: MeasureStatus;
}
/**
 * One party's political handling of an evaluation.
 */
export interface Handling {
  /**
   * The body, as named (e.g. `Fylkestinget`, `Nord-Tromsrådet`).
   */
  body: string;
  date: CalendarDate;
  outcome: HandlingOutcome;
  /**
   * The party whose body handled it, by id.
   */
  party: string;
  /**
   * The case reference (saksnummer).
   */
  reference?: string | null;
}
/**
 * A long-term result of the agreement as assessed in an evaluation [7].
 */
export interface ResultAssessment {
  /**
   * Its indicators from baseline to the latest figure, against target (a
   * draft fills these in).
   */
  indicators?: IndicatorEvidence[];
  /**
   * The rating; to be filled in by the analysts.
   */
  rating?: Rating | null;
  /**
   * The long-term result, by id.
   */
  result: string;
  /**
   * Progress over the period of the sub-goals whose progress it shows, in
   * per cent, by sub-goal (a draft fills these in).
   */
  sub_goals?: SubGoalEvidence[];
  /**
   * The assessment; to be filled in by the analysts.
   */
  text?: Text | null;
}
/**
 * An indicator as evidence for a long-term result.
 */
export interface IndicatorEvidence {
  /**
   * The baseline.
   */
  baseline?: YearValue | null;
  /**
   * The indicator, by id.
   */
  id: string;
  /**
   * The latest figure.
   */
  latest?: YearValue | null;
  /**
   * The target.
   */
  target?: YearValue | null;
}
/**
 * A sub-goal's progress as evidence.
 */
export interface SubGoalEvidence {
  /**
   * The sub-goal, by number.
   */
  id: string;
  /**
   * Progress over the period in per cent, when any measure serves it.
   */
  progress?: number | null;
}
/**
 * A statement from a participant.
 */
export interface Feedback {
  /**
   * The focus areas it speaks to, by number; none: the agreement as a whole.
   */
  focus_areas?: number[];
  /**
   * The municipality, by id, when the source is one (or speaks for one).
   */
  municipality?: string | null;
  /**
   * Who said it (a body, a group, a survey).
   */
  source: string;
  /**
   * What kind of source.
   */
  source_kind?: FeedbackSource | null;
  /**
   * The sub-goals it speaks to, by number.
   */
  sub_goals?: string[];
  /**
   * What was said; absent while it is still to be gathered (a draft of
   * the final evaluation leaves a place per source).
   */
  text?: Text | null;
}
/**
 * An indicator figure reported in an evaluation.
 */
export interface QuantitativeResult {
  /**
   * The indicator's baseline, for comparison (set on the latest figure of
   * a final evaluation's draft).
   */
  baseline?: YearValue | null;
  /**
   * The indicator, by id.
   */
  indicator: string;
  /**
   * A comment.
   */
  note?: Text | null;
  /**
   * The indicator's target, for comparison (as for `baseline`).
   */
  target?: YearValue | null;
  /**
   * The value.
   */
  value: number;
  /**
   * The year.
   */
  year: number;
}
/**
 * A draft resolution for a party's body.
 */
export interface Resolution {
  /**
   * The body (e.g. `Fylkesrådet`), when the record names it.
   */
  body?: string | null;
  /**
   * The party whose body decides, by id.
   */
  party: string;
  text: Text;
}
/**
 * A set of mappings, as kept in a file: a document of kind
 * `jsonstat_mapping` with its own schema (`schemas/jsonstat_mapping.schema.json`).
 * `kind` and `schema_version` may be left out (files written before they
 * existed read as before); a `schema_version` other than `1.x` is refused.
 */
export interface JsonstatMappings {
  /**
   * `jsonstat_mapping`, when given.
   */
  kind?: MappingsKind | null;
  /**
   * The mappings.
   */
  mappings: Mapping[];
  /**
   * The format version, `1.x`, when given.
   */
  schema_version?: string | null;
}
/**
 * Which cells of a dataset make an indicator's observations.
 */
export interface Mapping {
  /**
   * The indicator the observations are for, by id.
   */
  indicator: string;
  /**
   * The publisher to record; default: the dataset's `source`, else `SSB`.
   */
  publisher?: string | null;
  /**
   * Category codes to take, per dimension id; several codes in one
   * dimension are summed. Every dimension but the time dimension must be
   * given unless it has only one category.
   */
  select: {
    [k: string]: string[] | undefined;
  };
  /**
   * The table id to record as the source; default: the dataset's `extension.px.tableid`.
   */
  table?: string | null;
  /**
   * The time dimension; default: the dataset's `role.time`, else a dimension named `Tid`.
   */
  time?: string | null;
}
/**
 * The result of validation. Only errors make it invalid. The same input and
 * configuration always give the same report, byte for byte.
 */
export interface Report {
  /**
   * The day the follow-up was judged on, if any.
   */
  as_of?: CalendarDate | null;
  counts: Counts;
  /**
   * The documents validated.
   */
  documents: DocumentSummary[];
  /**
   * The findings grouped by rule: errors first, then warnings, then information; by rule id within each.
   */
  groups: RuleGroup[];
  lang: Lang;
  /**
   * No errors.
   */
  valid: boolean;
}
/**
 * Findings counted by severity.
 */
export interface Counts {
  /**
   * Errors.
   */
  error: number;
  /**
   * Information.
   */
  info: number;
  /**
   * Warnings.
   */
  warning: number;
}
/**
 * A document that was validated.
 */
export interface DocumentSummary {
  /**
   * Its id.
   */
  id: string;
  kind: DocumentKind;
  /**
   * Its name (file name).
   */
  name: string;
}
/**
 * The findings of one rule.
 */
export interface RuleGroup {
  /**
   * How many findings, including any left out.
   */
  count: number;
  /**
   * The findings, in document order (at most the configured number per rule).
   */
  findings: Finding[];
  /**
   * How many findings were left out of `findings` so that one mistake
   * repeated many times does not bury the rest of the report.
   */
  omitted?: number;
  /**
   * The rule's id.
   */
  rule: string;
  /**
   * The section of the agreement the rule enforces, as this agreement
   * numbers it (`6.1`, `annex 1`); `none` for a rule that enforces no
   * section; empty where the agreement does not number the part.
   */
  section: string;
  severity: Severity;
  /**
   * The rule's title, in the report's language.
   */
  title: string;
}
/**
 * One finding.
 */
export interface Finding {
  /**
   * 1-based column, when the document was read from text.
   */
  column?: number | null;
  /**
   * The name of the document it is in.
   */
  document: string;
  /**
   * 1-based line, when the document was read from text.
   */
  line?: number | null;
  /**
   * The message, in the report's language.
   */
  message: string;
  /**
   * JSON pointer to the offending value.
   */
  pointer: string;
  /**
   * The rule's id.
   */
  rule: string;
  severity: Severity;
  /**
   * The sheet, when the document was read from a spreadsheet (then `line`
   * is the row).
   */
  sheet?: string | null;
}
/**
 * Where the follow-up of an agreement stands on a day.
 */
export interface Status {
  /**
   * Advocacy per long-term result.
   */
  advocacy?: AdvocacyByResult[];
  agreement: AgreementRef;
  /**
   * Measures whose status and progress on `as_of` come from their
   * document without a dated follow-up entry: as the document stands,
   * not as of `as_of` (said only when the documents record things after
   * `as_of`, the status of a past day).
   */
  as_documented?: string[];
  as_of: CalendarDate;
  /**
   * Each party's coordinator on `as_of`.
   */
  coordinators: CoordinatorState[];
  /**
   * The action plan the progress figures are for: the one running on `as_of`,
   * else the latest that started before it.
   */
  current_plan?: PlanRef | null;
  /**
   * The evaluations the agreement plans, and where each stands.
   */
  evaluations: EvaluationDue[];
  /**
   * The current plan's funding, summed per focus area, sub-goal, source
   * and year; absent when no measure has a funding line.
   */
  funding?: FundingSummary | null;
  /**
   * When the agreement came into force [1]: the later of the parties'
   * standing approvals; `None` while a party has not approved it.
   */
  in_force?: ApproxDate | null;
  /**
   * Each indicator's latest value against its baseline and target.
   */
  indicators: IndicatorStatus[];
  lang: Lang;
  measures: MeasureCounts;
  /**
   * Political meetings per year of the period up to `as_of`.
   */
  meetings: MeetingYear[];
  /**
   * The current plan's measures per municipality of the region.
   */
  municipalities?: MunicipalityMeasures[];
  /**
   * The political meetings' follow-up actions not done yet, by due day.
   */
  open_actions?: ActionLine[];
  /**
   * Milestones past their due day and not completed or cancelled.
   */
  overdue_milestones: OverdueMilestone[];
  /**
   * The current plan's measures per responsible party.
   */
  parties?: PartyMeasures[];
  /**
   * Progress per focus area and sub-goal in every action plan of the
   * bundle, with the plan each figure comes from, and over the whole period.
   */
  period_progress?: FocusAreaPeriod[];
  /**
   * Progress per focus area and sub-goal, rolled up from the current plan's measures.
   */
  progress: FocusAreaProgress[];
  /**
   * The names of the things referred to by id above, in the status's
   * language: what a reader is shown in their place.
   */
  references?: Reference[];
  /**
   * The central themes [6.1] taken up by each year's meetings.
   */
  themes?: ThemeYear[];
  unserved: Unserved;
  validation: Counts;
}
/**
 * The advocacy serving one long-term result.
 */
export interface AdvocacyByResult {
  /**
   * The actions up to the day, oldest first.
   */
  actions: AdvocacyLine[];
  /**
   * The long-term result, by id (`none` for actions linked to none).
   */
  result: string;
}
/**
 * An advocacy action in the status.
 */
export interface AdvocacyLine {
  date: CalendarDate;
  /**
   * The action, by id.
   */
  id: string;
  kind: AdvocacyKind;
  /**
   * What came of it, when known.
   */
  outcome?: string | null;
  /**
   * Towards whom.
   */
  target: string;
}
/**
 * The agreement, briefly.
 */
export interface AgreementRef {
  /**
   * Its id.
   */
  id: string;
  period: YearPeriod;
  /**
   * Its title.
   */
  title: string;
}
/**
 * A party's coordinator on a day.
 */
export interface CoordinatorState {
  /**
   * Whether a coordinator is appointed.
   */
  in_place: boolean;
  /**
   * The party.
   */
  party: string;
  /**
   * The person, when the record names one.
   */
  person?: string | null;
  /**
   * The role, when appointed.
   */
  role?: string | null;
  /**
   * Appointed from.
   */
  since?: CalendarDate | null;
}
/**
 * An action plan, briefly.
 */
export interface PlanRef {
  /**
   * Its period has ended by the day judged on: it is the last plan in
   * the documents, not a plan in force (the next one is missing).
   */
  ended?: boolean;
  /**
   * Its id.
   */
  id: string;
  period: YearPeriod;
}
/**
 * A planned evaluation.
 */
export interface EvaluationDue {
  /**
   * Days from `as_of` to `due`; negative when late.
   */
  days_left: number;
  due: CalendarDate;
  /**
   * The evaluation document, when there is one (draft or concluded).
   */
  evaluation?: string | null;
  /**
   * The parties whose bodies have handled it (by id).
   */
  handled_by?: string[];
  /**
   * The parties whose bodies have not handled it yet (by id).
   */
  not_handled_by?: string[];
  stage: Stage;
  state: DueState;
}
/**
 * The funding of the current plan.
 */
export interface FundingSummary {
  /**
   * Per focus area, each line once: a measure serving several sub-goals
   * counts under the focus area of its first sub-goal.
   */
  focus_areas: FundingGroup[];
  /**
   * How many funding lines it has.
   */
  lines: number;
  /**
   * The plan, by id.
   */
  plan: string;
  /**
   * Per source, in the order first met.
   */
  sources: FundingGroup[];
  /**
   * Per sub-goal, each line once: under the measure's first sub-goal.
   */
  sub_goals: FundingGroup[];
  total: FundingGroup;
  /**
   * Per budget year (lines without one under `–`), in order.
   */
  years: FundingGroup[];
}
/**
 * The totals of one group.
 */
export interface FundingGroup {
  /**
   * The focus area's number, the sub-goal's number, the source's name or
   * the year.
   */
  key: string;
  /**
   * The kind of source (for a source).
   */
  kind?: SourceKind | null;
  /**
   * The share of the planned amount that is granted, in per cent.
   */
  secured_share?: number | null;
  totals: FundingTotals;
}
/**
 * Amounts at each stage, exact (strings of kroner with two decimals in JSON).
 */
export interface FundingTotals {
  applied: Nok;
  granted: Nok;
  paid: Nok;
  planned: Nok;
  refused: Nok;
}
/**
 * An indicator on a day.
 */
export interface IndicatorStatus {
  /**
   * The baseline.
   */
  baseline?: YearValue | null;
  /**
   * Which way is better.
   */
  direction?: Direction | null;
  /**
   * Its id.
   */
  id: string;
  /**
   * The interim target: the first target year after the latest figure
   * and before the period's end target, when one falls between.
   */
  interim_target?: YearValue | null;
  /**
   * The latest observed value up to `as_of`'s year.
   */
  latest?: YearValue | null;
  /**
   * The latest observation's words, for an indicator measured in words
   * (qualitative) or a figure with a comment.
   */
  latest_text?: string | null;
  /**
   * The traffic light of the latest value.
   */
  light?: Light | null;
  /**
   * Its name.
   */
  name: string;
  /**
   * The figures up to `as_of`'s year, baseline first, one per year.
   */
  series?: YearValue[];
  /**
   * Where its figures come from, as a reader is told it (publisher,
   * table): the indicator's source, else its latest observation's.
   */
  source?: string | null;
  /**
   * The target of the agreement period's end: its last target year
   * within the period (else the last target given).
   */
  target?: YearValue | null;
  /**
   * Latest against baseline, given the direction.
   */
  trend?: Trend | null;
  /**
   * Its unit, in the status's language.
   */
  unit?: string | null;
}
/**
 * Measures by status.
 */
export interface MeasureCounts {
  /**
   * Cancelled.
   */
  cancelled: number;
  /**
   * Completed.
   */
  completed: number;
  /**
   * Ongoing.
   */
  ongoing: number;
  /**
   * Planned.
   */
  planned: number;
  /**
   * Postponed.
   */
  postponed: number;
  /**
   * All.
   */
  total: number;
}
/**
 * Political meetings in a year.
 */
export interface MeetingYear {
  /**
   * Whether the year is over on `as_of`.
   */
  complete: boolean;
  /**
   * Meetings held by `as_of`.
   */
  held: number;
  /**
   * Whether held and still-planned meetings reach the requirement.
   */
  on_track: boolean;
  /**
   * Meetings still planned after `as_of` in the year.
   */
  planned: number;
  /**
   * Meetings the agreement requires a year.
   */
  required: number;
  /**
   * The year.
   */
  year: number;
}
/**
 * A municipality's part in the plan.
 */
export interface MunicipalityMeasures {
  /**
   * The municipality, by id.
   */
  id: string;
  /**
   * The measures it leads, by id.
   */
  leads?: string[];
  /**
   * The measures it takes part in, with their progress.
   */
  measures: MeasureProgress[];
  /**
   * Its name.
   */
  name: string;
  /**
   * Their rolled-up progress, in per cent.
   */
  progress?: number | null;
}
/**
 * A measure's part in the progress.
 */
export interface MeasureProgress {
  /**
   * The measures of earlier plans it continues, nearest first.
   */
  continues?: string[];
  /**
   * Its id.
   */
  id: string;
  /**
   * The day of its last follow-up entry, across the measures it continues.
   */
  last_update?: CalendarDate | null;
  /**
   * Its progress in per cent (100 when completed).
   */
  progress: number;
  status: MeasureStatus;
  /**
   * Its title.
   */
  title: string;
  /**
   * Its weight (1 unless given).
   */
  weight: number;
}
/**
 * A follow-up action not done yet.
 */
export interface ActionLine {
  /**
   * Days past its due day (0 when not overdue).
   */
  days_late: number;
  /**
   * The decision, by id.
   */
  decision: string;
  due: CalendarDate;
  /**
   * The action, by id.
   */
  id: string;
  /**
   * The meeting that decided it, by id.
   */
  meeting: string;
  /**
   * The party that does it, by id.
   */
  owner: string;
  /**
   * What is to be done.
   */
  text: string;
}
/**
 * A milestone past its due day.
 */
export interface OverdueMilestone {
  /**
   * Days since.
   */
  days_late: number;
  due: CalendarDate;
  /**
   * Its id.
   */
  id: string;
  /**
   * The plan it is in.
   */
  plan: string;
  /**
   * Its title.
   */
  title: string;
}
/**
 * A party's measures.
 */
export interface PartyMeasures {
  /**
   * How many measures it is responsible for.
   */
  measures: number;
  /**
   * The party, by id.
   */
  party: string;
  /**
   * Their rolled-up progress, in per cent.
   */
  progress?: number | null;
}
/**
 * A focus area over the whole period.
 */
export interface FocusAreaPeriod {
  /**
   * The number.
   */
  number: number;
  /**
   * Its figure in each plan, in the order of the plans.
   */
  plans: PlanFigure[];
  /**
   * Its sub-goals.
   */
  sub_goals: SubGoalPeriod[];
  /**
   * The title.
   */
  title: string;
  /**
   * Progress over the period, each measure counted once (see
   * [`SubGoalPeriod::whole_period`]).
   */
  whole_period?: number | null;
}
/**
 * A figure from one action plan.
 */
export interface PlanFigure {
  /**
   * How many of the plan's measures serve it.
   */
  measures: number;
  period: YearPeriod;
  /**
   * The plan it comes from, by id.
   */
  plan: string;
  /**
   * Rolled-up progress of the plan's measures serving it, in per cent.
   */
  progress?: number | null;
}
/**
 * A sub-goal over the whole period.
 */
export interface SubGoalPeriod {
  /**
   * The sub-goal, by number.
   */
  id: string;
  /**
   * Its figure in each plan, in the order of the plans.
   */
  plans: PlanFigure[];
  /**
   * Progress over the period: every measure counted once, as it stands in
   * the last plan that carries it.
   */
  whole_period?: number | null;
}
/**
 * Progress of a focus area.
 */
export interface FocusAreaProgress {
  /**
   * How many measures serve it.
   */
  measures: number;
  /**
   * Its number.
   */
  number: number;
  /**
   * Weighted mean progress of the distinct measures serving any of its sub-goals.
   */
  progress?: number | null;
  /**
   * Its sub-goals.
   */
  sub_goals: SubGoalProgress[];
  /**
   * Its title.
   */
  title: string;
}
/**
 * Progress of a sub-goal.
 */
export interface SubGoalProgress {
  /**
   * Its number.
   */
  id: string;
  /**
   * Its measures.
   */
  measures: MeasureProgress[];
  /**
   * Weighted mean progress of its measures (cancelled ones left out), one decimal.
   */
  progress?: number | null;
  /**
   * Its text, as the agreement words it.
   */
  text?: string;
}
/**
 * A thing referred to by id, with its name in the status's language.
 */
export interface Reference {
  /**
   * Its id.
   */
  id: string;
  kind: RefKind;
  /**
   * Its name, title or text, as a reader is shown it.
   */
  name: string;
}
/**
 * The central themes taken up by the agenda items of a year's meetings.
 */
export interface ThemeYear {
  /**
   * The themes taken up, by number.
   */
  covered: number[];
  /**
   * The themes not taken up, by number.
   */
  untouched: number[];
  /**
   * The year.
   */
  year: number;
}
/**
 * What no measure serves.
 */
export interface Unserved {
  /**
   * Strategies, by id.
   */
  strategies: string[];
  /**
   * Sub-goals, by number.
   */
  sub_goals: string[];
}
/**
 * The agreements' follow-up on a day, one line each.
 */
export interface Portfolio {
  /**
   * One line per agreement, in the order given.
   */
  agreements: PortfolioLine[];
  as_of: CalendarDate;
  lang: Lang;
}
/**
 * One agreement in the portfolio.
 */
export interface PortfolioLine {
  /**
   * The action plan on the day (see [`Status::current_plan`]).
   */
  current_plan?: PlanRef | null;
  /**
   * The evaluations not yet concluded that are due this year or overdue.
   */
  evaluations_due: DueLine[];
  /**
   * The agreement's id.
   */
  id: string;
  /**
   * Political meetings this year (or the period's last year, after it).
   */
  meetings?: MeetingYear | null;
  /**
   * How many milestones are overdue.
   */
  overdue_milestones: number;
  period: YearPeriod;
  /**
   * Rolled-up progress of the current plan's measures, in per cent.
   */
  progress?: number | null;
  /**
   * Its title.
   */
  title: string;
  validation: Counts;
}
/**
 * An evaluation due or overdue.
 */
export interface DueLine {
  due: CalendarDate;
  stage: Stage;
  state: DueState;
}
/**
 * A rule of the catalog.
 */
export interface Rule {
  /**
   * The kind of document whose values the rule checks; `None` for rules
   * over every document of a bundle.
   */
  document?: DocumentKind | null;
  /**
   * The stable dotted id, e.g. `agreement.sub-goal.numbering`.
   */
  id: string;
  message: Bilingual;
  /**
   * The section the rule enforces, as the Tromsvekst agreement for
   * Nord-Troms (the template) numbers it, e.g. `5` or `6.2`; a finding
   * cites the number the agreement in hand gives that part
   * ([`crate::model::Sections::cite`]); [`NO_SECTION`] (`none`) for a rule that keeps the documents
   * whole without enforcing a section.
   */
  section: string;
  severity: Severity;
  title: Bilingual;
}
/**
 * A text in both languages.
 */
export interface Bilingual {
  /**
   * English.
   */
  en: string;
  /**
   * Norwegian bokmål.
   */
  nb: string;
}
