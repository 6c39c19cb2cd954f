//! Where the follow-up stands on a date: evaluations due, milestones overdue,
//! measures by status, meetings held against those required, coordinators,
//! progress rolled up to sub-goal and focus area, what no measure serves, and
//! each indicator against its baseline and target.
// The numbers in brackets in these docs ([1], [6], [7]) are the agreement's
// sections, not links; the same texts are the JSON Schemas' descriptions, so
// they are not escaped.
#![allow(rustdoc::broken_intra_doc_links)]

mod decisions;
mod figures;
mod funding;
mod history;
mod known;
mod names;
mod people;
mod period;
mod portfolio;

pub use crate::bundle::{chain, history};
pub use decisions::{ActionLine, AdvocacyByResult, AdvocacyLine, ThemeYear};
pub(crate) use figures::*;
pub use funding::{FundingGroup, FundingSummary, FundingTotals};
pub use history::{FocusAreaPoint, History, HistoryPoint};
pub use names::{RefKind, Reference, evaluation_name, meeting_name};
pub use people::{MunicipalityMeasures, PartyMeasures};
pub(crate) use period::period_progress;
pub use period::{FocusAreaPeriod, PlanFigure, SubGoalPeriod};
pub use portfolio::{DueLine, Portfolio, PortfolioCheck, PortfolioLine};

use crate::bundle::Bundle;
use crate::date::Date;
use crate::error::Error;
use crate::lang::Lang;
use crate::model::{
    ActionPlan, Direction, Evaluation, EvaluationStatus, Light, Measure, MeasureStatus,
    MeetingStatus, MilestoneStatus, Stage, YearPeriod, YearValue,
};
use crate::report::{Config, Counts};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Where the follow-up of an agreement stands on a day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Status {
    /// The day it is judged on.
    pub as_of: Date,
    /// The language of titles.
    pub lang: Lang,
    /// The agreement.
    pub agreement: AgreementRef,
    /// When the agreement came into force [1]: the later of the parties'
    /// standing approvals; `None` while a party has not approved it.
    pub in_force: Option<crate::date::ApproxDate>,
    /// The findings of validating the same documents on the same day (the
    /// catalog's severities). With errors, figures below may be wrong (a
    /// measure at 140 % shows as 100 %): every rendering says so at the top.
    pub validation: Counts,
    /// The action plan the progress figures are for: the one running on `as_of`,
    /// else the latest that started before it.
    pub current_plan: Option<PlanRef>,
    /// The evaluations the agreement plans, and where each stands.
    pub evaluations: Vec<EvaluationDue>,
    /// Milestones past their due day and not completed or cancelled.
    pub overdue_milestones: Vec<OverdueMilestone>,
    /// Measures of the current plan by status.
    pub measures: MeasureCounts,
    /// Political meetings per year of the period up to `as_of`.
    pub meetings: Vec<MeetingYear>,
    /// Each party's coordinator on `as_of`.
    pub coordinators: Vec<CoordinatorState>,
    /// Progress per focus area and sub-goal, rolled up from the current plan's measures.
    pub progress: Vec<FocusAreaProgress>,
    /// Progress per focus area and sub-goal in every action plan of the
    /// bundle, with the plan each figure comes from, and over the whole period.
    #[serde(default)]
    pub period_progress: Vec<FocusAreaPeriod>,
    /// The current plan's measures per responsible party.
    #[serde(default)]
    pub parties: Vec<PartyMeasures>,
    /// The current plan's measures per municipality of the region.
    #[serde(default)]
    pub municipalities: Vec<MunicipalityMeasures>,
    /// The political meetings' follow-up actions not done yet, by due day.
    #[serde(default)]
    pub open_actions: Vec<ActionLine>,
    /// The central themes [6.1] taken up by each year's meetings.
    #[serde(default)]
    pub themes: Vec<ThemeYear>,
    /// Advocacy per long-term result.
    #[serde(default)]
    pub advocacy: Vec<AdvocacyByResult>,
    /// The current plan's funding, summed per focus area, sub-goal, source
    /// and year; absent when no measure has a funding line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding: Option<FundingSummary>,
    /// Sub-goals and strategies that no measure of the current plan serves.
    pub unserved: Unserved,
    /// Each indicator's latest value against its baseline and target.
    pub indicators: Vec<IndicatorStatus>,
    /// The names of the things referred to by id above, in the status's
    /// language: what a reader is shown in their place.
    #[serde(default)]
    pub references: Vec<Reference>,
    /// Measures whose status and progress on `as_of` come from their
    /// document without a dated follow-up entry: as the document stands,
    /// not as of `as_of` (said only when the documents record things after
    /// `as_of`, the status of a past day).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub as_documented: Vec<String>,
}

/// The agreement, briefly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AgreementRef {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its period.
    pub period: YearPeriod,
}

/// An action plan, briefly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanRef {
    /// Its id.
    pub id: String,
    /// Its period.
    pub period: YearPeriod,
    /// Its period has ended by the day judged on: it is the last plan in
    /// the documents, not a plan in force (the next one is missing).
    #[serde(default)]
    pub ended: bool,
}

/// Where a planned evaluation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DueState {
    /// Concluded.
    Done,
    /// Due this year, not concluded yet.
    Due,
    /// Past its due day and not concluded.
    Overdue,
    /// In a later year.
    Upcoming,
}

/// A planned evaluation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluationDue {
    /// Midterm or final.
    pub stage: Stage,
    /// The last day it can be dated: the end of its year.
    pub due: Date,
    /// Where it stands.
    pub state: DueState,
    /// Days from `as_of` to `due`; negative when late.
    pub days_left: i64,
    /// The evaluation document, when there is one (draft or concluded).
    pub evaluation: Option<String>,
    /// The parties whose bodies have handled it (by id).
    #[serde(default)]
    pub handled_by: Vec<String>,
    /// The parties whose bodies have not handled it yet (by id).
    #[serde(default)]
    pub not_handled_by: Vec<String>,
}

/// A milestone past its due day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OverdueMilestone {
    /// Its id.
    pub id: String,
    /// The plan it is in.
    pub plan: String,
    /// Its title.
    pub title: String,
    /// When it was due.
    pub due: Date,
    /// Days since.
    pub days_late: i64,
}

/// Measures by status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureCounts {
    /// Planned.
    pub planned: usize,
    /// Ongoing.
    pub ongoing: usize,
    /// Completed.
    pub completed: usize,
    /// Postponed.
    pub postponed: usize,
    /// Cancelled.
    pub cancelled: usize,
    /// All.
    pub total: usize,
}

/// Political meetings in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeetingYear {
    /// The year.
    pub year: i32,
    /// Meetings held by `as_of`.
    pub held: usize,
    /// Meetings still planned after `as_of` in the year.
    pub planned: usize,
    /// Meetings the agreement requires a year.
    pub required: u32,
    /// Whether the year is over on `as_of`.
    pub complete: bool,
    /// Whether held and still-planned meetings reach the requirement.
    pub on_track: bool,
}

/// A party's coordinator on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CoordinatorState {
    /// The party.
    pub party: String,
    /// Whether a coordinator is appointed.
    pub in_place: bool,
    /// The role, when appointed.
    pub role: Option<String>,
    /// The person, when the record names one.
    pub person: Option<String>,
    /// Appointed from.
    pub since: Option<Date>,
}

/// A measure's part in the progress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MeasureProgress {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its status.
    pub status: MeasureStatus,
    /// Its progress in per cent (100 when completed).
    pub progress: u32,
    /// Its weight (1 unless given).
    pub weight: u32,
    /// The measures of earlier plans it continues, nearest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub continues: Vec<String>,
    /// The day of its last follow-up entry, across the measures it continues.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_update: Option<Date>,
}

/// Progress of a sub-goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubGoalProgress {
    /// Its number.
    pub id: String,
    /// Its text, as the agreement words it.
    #[serde(default)]
    pub text: String,
    /// Weighted mean progress of its measures (cancelled ones left out), one decimal.
    pub progress: Option<f64>,
    /// Its measures.
    pub measures: Vec<MeasureProgress>,
}

/// Progress of a focus area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FocusAreaProgress {
    /// Its number.
    pub number: u32,
    /// Its title.
    pub title: String,
    /// Weighted mean progress of the distinct measures serving any of its sub-goals.
    pub progress: Option<f64>,
    /// How many measures serve it.
    pub measures: usize,
    /// Its sub-goals.
    pub sub_goals: Vec<SubGoalProgress>,
}

/// What no measure serves.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unserved {
    /// Sub-goals, by number.
    pub sub_goals: Vec<String>,
    /// Strategies, by id.
    pub strategies: Vec<String>,
}

/// Which way an indicator has moved since its baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    /// Better.
    Improving,
    /// Worse.
    Worsening,
    /// Same.
    Unchanged,
}

/// An indicator on a day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndicatorStatus {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Its unit, in the status's language.
    pub unit: Option<String>,
    /// Where its figures come from, as a reader is told it (publisher,
    /// table): the indicator's source, else its latest observation's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Which way is better.
    pub direction: Option<Direction>,
    /// The baseline.
    pub baseline: Option<YearValue>,
    /// The latest observed value up to `as_of`'s year.
    pub latest: Option<YearValue>,
    /// The latest observation's words, for an indicator measured in words
    /// (qualitative) or a figure with a comment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_text: Option<String>,
    /// The target of the agreement period's end: its last target year
    /// within the period (else the last target given).
    pub target: Option<YearValue>,
    /// The interim target: the first target year after the latest figure
    /// and before the period's end target, when one falls between.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interim_target: Option<YearValue>,
    /// The figures up to `as_of`'s year, baseline first, one per year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub series: Vec<YearValue>,
    /// Latest against baseline, given the direction.
    pub trend: Option<Trend>,
    /// The traffic light of the latest value.
    pub light: Option<Light>,
}

/// The documents as they were known on `day`: follow-up entries,
/// evaluations, adoptions, meetings and figures dated after it left out
/// (what [`Status::compute`] judges a past day on). `None` when nothing in
/// the documents is dated after the day (they are as known).
pub fn known_on(bundle: &Bundle, day: Date) -> Option<Bundle> {
    known::as_known_on(bundle, day).map(|(b, _)| b)
}

impl Status {
    /// Works out where the follow-up stands on `as_of`.
    ///
    /// ```
    /// use tromsvekst::{Bundle, Lang, status::Status};
    /// let bundle = Bundle::new(tromsvekst::embedded::nord_troms());
    /// let status = Status::compute(&bundle, "2026-11-26".parse()?, Lang::En)?;
    /// assert_eq!(status.evaluations[0].days_left, 35); // the midterm is due by 2026-12-31
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// Documents of an agreement that is not in the bundle are refused with
    /// `bundle.agreement-missing` (see [`Bundle::require_agreement`]).
    pub fn compute(bundle: &Bundle, as_of: Date, lang: Lang) -> Result<Status, Error> {
        bundle.require_agreement()?;
        // A past day is judged on what was known on it: the documents cut
        // back to the day (entries, evaluations, adoptions and the rest
        // dated after it left out).
        if let Some((known, undated)) = known::as_known_on(bundle, as_of) {
            let mut s = Status::compute_as_is(&known, as_of, lang, None)?;
            s.as_documented = undated;
            return Ok(s);
        }
        Status::compute_as_is(bundle, as_of, lang, None)
    }

    /// The rules' report on `as_of` and the status on the same day from one
    /// check: the status's counts of findings are the report's own when the
    /// documents are the ones known on the day (a past day re-checks the
    /// documents cut back to it, as [`Status::compute`] does). The same report
    /// and status as [`crate::validate_bundle`] and [`Status::compute`] with
    /// the default severities, at the cost of one pass of the rules.
    ///
    /// ```
    /// use tromsvekst::{Bundle, Lang, status::Status};
    /// let bundle = Bundle::new(tromsvekst::embedded::nord_troms());
    /// let (report, status) = Status::check(&bundle, "2026-11-26".parse()?, Lang::En)?;
    /// assert_eq!(report.counts, status.validation);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn check(
        bundle: &Bundle,
        as_of: Date,
        lang: Lang,
    ) -> Result<(crate::report::Report, Status), Error> {
        let report = crate::report::validate(bundle, &Config::new(lang, as_of));
        bundle.require_agreement()?;
        let status = if let Some((known, undated)) = known::as_known_on(bundle, as_of) {
            let mut s = Status::compute_as_is(&known, as_of, lang, None)?;
            s.as_documented = undated;
            s
        } else {
            Status::compute_as_is(bundle, as_of, lang, Some(report.counts))?
        };
        Ok((report, status))
    }

    /// The status on `as_of` from the documents as they are (with the
    /// counts of the rules' findings on them, when already known).
    fn compute_as_is(
        bundle: &Bundle,
        as_of: Date,
        lang: Lang,
        counts: Option<crate::report::Counts>,
    ) -> Result<Status, Error> {
        let a = &bundle.agreement().value;
        let validation = match counts {
            Some(c) => c,
            None => crate::report::count(bundle, &Config::new(lang, as_of)),
        };
        let plan = current_plan(bundle, as_of);
        let evaluations = [
            (Stage::Midterm, a.evaluation.midterm.year),
            (Stage::Final, a.evaluation.final_evaluation.year),
        ]
        .into_iter()
        .filter_map(|(stage, year)| {
            let due = Date::end_of_year(year)?;
            let docs: Vec<&Evaluation> = bundle
                .evaluations()
                .map(|(_, e)| e)
                .filter(|e| e.stage == stage)
                .collect();
            let concluded = docs.iter().any(|e| e.status == EvaluationStatus::Concluded);
            let state = if concluded {
                DueState::Done
            } else if as_of > due {
                DueState::Overdue
            } else if as_of.year() == year {
                DueState::Due
            } else {
                DueState::Upcoming
            };
            let doc = docs
                .iter()
                .find(|e| e.status == EvaluationStatus::Concluded)
                .or(docs.first());
            let handled = |p: &&crate::model::Party| {
                doc.is_some_and(|e| e.handling.iter().any(|h| h.party == p.id))
            };
            Some(EvaluationDue {
                stage,
                due,
                state,
                days_left: as_of.days_until(due),
                evaluation: doc.map(|e| e.id.clone()),
                handled_by: a
                    .parties
                    .iter()
                    .filter(handled)
                    .map(|p| p.id.clone())
                    .collect(),
                not_handled_by: a
                    .parties
                    .iter()
                    .filter(|p| doc.is_some() && !handled(p))
                    .map(|p| p.id.clone())
                    .collect(),
            })
        })
        .collect();
        let mut measures = MeasureCounts::default();
        for m in plan.map_or(&[][..], |p| &p.measures) {
            measures.total += 1;
            match m.status {
                MeasureStatus::Planned => measures.planned += 1,
                MeasureStatus::Ongoing => measures.ongoing += 1,
                MeasureStatus::Completed => measures.completed += 1,
                MeasureStatus::Postponed => measures.postponed += 1,
                MeasureStatus::Cancelled => measures.cancelled += 1,
            }
        }
        let required = a.governance.political.meetings_per_year;
        let all_meetings: Vec<_> = bundle
            .meeting_logs()
            .flat_map(|(_, l)| l.meetings.iter())
            .collect();
        let meetings = (a.period.start..=as_of.year().min(a.period.end))
            .map(|year| {
                let held = all_meetings
                    .iter()
                    .filter(|m| {
                        m.date.year() == year && m.status == MeetingStatus::Held && m.date <= as_of
                    })
                    .count();
                let planned = all_meetings
                    .iter()
                    .filter(|m| {
                        // A meeting held after the day was planned on it; a
                        // planned one past its day still counts as planned
                        // (it was most likely held and not yet recorded).
                        m.date.year() == year
                            && (m.status == MeetingStatus::Planned
                                || (m.status == MeetingStatus::Held && m.date > as_of))
                    })
                    .count();
                let complete = Date::end_of_year(year).is_some_and(|end| end < as_of);
                MeetingYear {
                    year,
                    held,
                    planned,
                    required,
                    complete,
                    on_track: (held + planned) as u64 >= u64::from(required),
                }
            })
            .collect();
        let coordinators = a
            .parties
            .iter()
            .map(|p| {
                let c = bundle
                    .meeting_logs()
                    .flat_map(|(_, l)| l.coordinators.iter())
                    .filter(|c| c.party == p.id && crate::date::covers(c.from, c.to, as_of))
                    .max_by_key(|c| c.from);
                CoordinatorState {
                    party: p.id.clone(),
                    in_place: c.is_some(),
                    role: c.map(|c| c.role.clone()),
                    person: c.and_then(|c| c.person.clone()),
                    since: c.map(|c| c.from),
                }
            })
            .collect();
        let mut unserved = Unserved::default();
        let plan_measures: &[Measure] = plan.map_or(&[], |p| &p.measures);
        for g in a.focus_areas.iter().flat_map(|f| f.sub_goals.iter()) {
            if !plan_measures.iter().any(|m| m.sub_goals.contains(&g.id)) {
                unserved.sub_goals.push(g.id.clone());
            }
            for s in &g.strategies {
                if !plan_measures.iter().any(|m| m.strategies.contains(&s.id)) {
                    unserved.strategies.push(s.id.clone());
                }
            }
        }
        Ok(Status {
            as_of,
            lang,
            validation,
            in_force: a.in_force(),
            agreement: AgreementRef {
                id: a.id.clone(),
                title: a.title.get(lang).to_string(),
                period: a.period,
            },
            current_plan: plan.map(|p| PlanRef {
                id: p.id.clone(),
                period: p.period,
                ended: p.period.end < as_of.year(),
            }),
            evaluations,
            overdue_milestones: overdue(bundle, as_of, lang),
            measures,
            meetings,
            coordinators,
            progress: progress(bundle, plan, lang),
            period_progress: period::period_progress(bundle, lang),
            open_actions: decisions::open_actions(bundle, as_of, lang),
            themes: decisions::themes(bundle, as_of),
            advocacy: decisions::advocacy(bundle, as_of, lang),
            parties: people::per_party(bundle, plan),
            municipalities: people::per_municipality(bundle, plan, lang),
            funding: funding::summary(bundle, plan),
            unserved,
            indicators: indicator_status(bundle, as_of, lang),
            references: names::references(bundle, lang),
            as_documented: Vec::new(),
        })
    }

    /// The status as pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_default();
        out.push('\n');
        out
    }

    /// The name a reader is shown for the thing of `kind` with `id`: its
    /// title from [`Status::references`], else the id itself.
    pub fn name<'a>(&'a self, kind: RefKind, id: &'a str) -> &'a str {
        self.references
            .iter()
            .find(|r| r.kind == kind && r.id == id)
            .map_or(id, |r| r.name.as_str())
    }
}
