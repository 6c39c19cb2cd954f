//! The whole period: progress per focus area and sub-goal in every action
//! plan of the bundle, and measures followed across plans through
//! `continues`.

use super::weighted;
use crate::bundle::Bundle;
use crate::date::Date;
use crate::lang::Lang;
use crate::model::{ActionPlan, Measure, StatusUpdate, YearPeriod};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A figure from one action plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PlanFigure {
    /// The plan it comes from, by id.
    pub plan: String,
    /// The plan's years.
    pub period: YearPeriod,
    /// Rolled-up progress of the plan's measures serving it, in per cent.
    pub progress: Option<f64>,
    /// How many of the plan's measures serve it.
    pub measures: usize,
}

/// A sub-goal over the whole period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SubGoalPeriod {
    /// The sub-goal, by number.
    pub id: String,
    /// Its figure in each plan, in the order of the plans.
    pub plans: Vec<PlanFigure>,
    /// Progress over the period: every measure counted once, as it stands in
    /// the last plan that carries it.
    pub whole_period: Option<f64>,
}

/// A focus area over the whole period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FocusAreaPeriod {
    /// The number.
    pub number: u32,
    /// The title.
    pub title: String,
    /// Its figure in each plan, in the order of the plans.
    pub plans: Vec<PlanFigure>,
    /// Progress over the period, each measure counted once (see
    /// [`SubGoalPeriod::whole_period`]).
    pub whole_period: Option<f64>,
    /// Its sub-goals.
    pub sub_goals: Vec<SubGoalPeriod>,
}

/// The earlier links of a measure's chain, nearest first: the measure it
/// continues, the one that one continues, and so on (a loop is cut).
pub fn chain<'a>(bundle: &'a Bundle, measure: &Measure) -> Vec<(&'a ActionPlan, &'a Measure)> {
    let mut out: Vec<(&ActionPlan, &Measure)> = Vec::new();
    let lookups = bundle.lookups();
    let mut next = measure.continues.clone();
    while let Some(id) = next {
        let found = lookups.measure_at.get(&id).and_then(|&(k, i)| {
            let (_, p) = bundle.action_plans().nth(k)?;
            p.measures.get(i).map(|m| (p, m))
        });
        match found {
            Some((p, m)) if m.id != measure.id && !out.iter().any(|(_, x)| x.id == m.id) => {
                next = m.continues.clone();
                out.push((p, m));
            }
            _ => break,
        }
    }
    out
}

/// The follow-up log of a measure and every measure it continues, oldest
/// first, each entry with the plan it was logged in.
pub fn history<'a>(bundle: &'a Bundle, measure: &Measure) -> Vec<(&'a str, &'a StatusUpdate)> {
    let mut ids: Vec<&str> = chain(bundle, measure)
        .iter()
        .map(|(_, m)| m.id.as_str())
        .collect();
    ids.push(&measure.id);
    let mut out: Vec<(&str, &StatusUpdate)> = bundle
        .action_plans()
        .flat_map(|(_, p)| {
            p.updates
                .iter()
                .filter(|u| ids.contains(&u.measure.as_str()))
                .map(move |u| (p.id.as_str(), u))
        })
        .collect();
    out.sort_by(|a, b| (a.1.date, &a.1.measure).cmp(&(b.1.date, &b.1.measure)));
    out
}

/// The day of the last follow-up log entry of any of the measures `ids` (a
/// measure and those it continues: its history across its chain).
pub(crate) fn last_update<'a>(bundle: &Bundle, ids: impl Iterator<Item = &'a str>) -> Option<Date> {
    let last = &bundle.lookups().last_update;
    ids.filter_map(|id| last.get(id).copied()).max()
}

/// Whether a later plan continues the measure.
fn continued(bundle: &Bundle, id: &str) -> bool {
    bundle.lookups().continued.contains(id)
}

/// Progress per focus area and sub-goal in every plan, in order.
pub(crate) fn period_progress(bundle: &Bundle, lang: Lang) -> Vec<FocusAreaPeriod> {
    let plans: Vec<&ActionPlan> = bundle
        .plans_in_order()
        .into_iter()
        .map(|(_, p)| p)
        .collect();
    let heads: Vec<&Measure> = plans
        .iter()
        .flat_map(|p| p.measures.iter())
        .filter(|m| !continued(bundle, &m.id))
        .collect();
    let figures = |serves: &dyn Fn(&Measure) -> bool| -> Vec<PlanFigure> {
        plans
            .iter()
            .map(|p| {
                let serving: Vec<&Measure> = p.measures.iter().filter(|m| serves(m)).collect();
                PlanFigure {
                    plan: p.id.clone(),
                    period: p.period,
                    progress: weighted(serving.iter().copied()),
                    measures: serving.len(),
                }
            })
            .collect()
    };
    bundle
        .agreement()
        .value
        .focus_areas
        .iter()
        .map(|f| {
            let in_area = |m: &Measure| f.sub_goals.iter().any(|g| m.sub_goals.contains(&g.id));
            FocusAreaPeriod {
                number: f.number,
                title: f.title.get(lang).to_string(),
                plans: figures(&in_area),
                whole_period: weighted(heads.iter().copied().filter(|m| in_area(m))),
                sub_goals: f
                    .sub_goals
                    .iter()
                    .map(|g| {
                        let serves = |m: &Measure| m.sub_goals.contains(&g.id);
                        SubGoalPeriod {
                            id: g.id.clone(),
                            plans: figures(&serves),
                            whole_period: weighted(heads.iter().copied().filter(|m| serves(m))),
                        }
                    })
                    .collect(),
            }
        })
        .collect()
}
