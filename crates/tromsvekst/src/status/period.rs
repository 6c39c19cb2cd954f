//! The whole period: progress per focus area and sub-goal in every action
//! plan of the bundle, and measures followed across plans through
//! `continues`.

use super::weighted;
use crate::bundle::Bundle;

use crate::lang::Lang;
use crate::model::{ActionPlan, Measure, YearPeriod};
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
        .filter(|m| !bundle.is_continued(&m.id))
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
