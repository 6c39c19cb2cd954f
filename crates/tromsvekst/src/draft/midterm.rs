//! The midterm evaluation's draft.

use crate::bundle::Bundle;
use crate::date::Date;
use crate::error::Error;
use crate::lang::Lang;
use crate::model::{
    ActionPlan, Assessment, Evaluation, EvaluationKind, EvaluationStatus, Evidence,
    MeasureEvidence, QuantitativeResult, Stage,
};
use crate::status::{MeasureProgress, indicator_status, overdue, progress};

/// Writes a draft of the midterm evaluation from the status on `as_of`:
/// every focus area and sub-goal with its measures' progress and overdue
/// milestones, and the latest indicator figures, with the ratings and texts
/// left for the analysts. The draft validates with only findings of what is
/// still to be filled in.
///
/// ```
/// use tromsvekst::{Bundle, Lang};
/// let plan = std::fs::read("../../examples/nord-troms/action-plan-2025-2026.json")?;
/// let bundle = Bundle::parse(&[("plan.json", &plan[..])], &Default::default())?;
/// let draft = tromsvekst::draft::draft_midterm(&bundle, "2026-11-26".parse()?, Lang::Nb)?;
/// assert_eq!(draft.findings.len(), 4 + 7); // four focus areas, seven sub-goals
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// Documents of an agreement that is not in the bundle are refused with
/// `bundle.agreement-missing`, as for the status.
pub fn draft_midterm(bundle: &Bundle, as_of: Date, lang: Lang) -> Result<Evaluation, Error> {
    bundle.require_agreement()?;
    let a = &bundle.agreement().value;
    let plan_period = a.evaluation.midterm.assesses;
    let plans: Vec<&ActionPlan> = bundle
        .action_plans()
        .map(|(_, p)| p)
        .filter(|p| p.period == plan_period)
        .collect();
    let plan = plans.first().copied();
    let status_progress = progress(bundle, plan, lang);
    let overdue = overdue(bundle, as_of, lang);
    let milestones_of = |measures: &[String]| -> Vec<String> {
        plans
            .iter()
            .flat_map(|p| p.milestones.iter())
            .filter(|m| {
                overdue.iter().any(|o| o.id == m.id)
                    && m.measures.iter().any(|x| measures.contains(x))
            })
            .map(|m| m.id.clone())
            .collect()
    };
    let evidence = |progress: Option<f64>, measures: Vec<MeasureProgress>| {
        let ids: Vec<String> = measures.iter().map(|m| m.id.clone()).collect();
        Evidence {
            progress,
            measures: measures
                .into_iter()
                .map(|m| MeasureEvidence {
                    id: m.id,
                    plan: None,
                    continues: m.continues,
                    status: m.status,
                    progress: m.progress,
                })
                .collect(),
            overdue_milestones: milestones_of(&ids),
        }
    };
    let mut findings = Vec::new();
    for f in &status_progress {
        let mut area_measures: Vec<MeasureProgress> = Vec::new();
        for g in &f.sub_goals {
            for m in &g.measures {
                if !area_measures.iter().any(|x| x.id == m.id) {
                    area_measures.push(m.clone());
                }
            }
        }
        findings.push(Assessment {
            focus_area: f.number,
            sub_goal: None,
            rating: None,
            text: None,
            evidence: Some(evidence(f.progress, area_measures)),
        });
        for g in &f.sub_goals {
            findings.push(Assessment {
                focus_area: f.number,
                sub_goal: Some(g.id.clone()),
                rating: None,
                text: None,
                evidence: Some(evidence(g.progress, g.measures.clone())),
            });
        }
    }
    let quantitative_results = indicator_status(bundle, as_of, lang)
        .into_iter()
        .filter_map(|x| {
            x.latest.map(|l| QuantitativeResult {
                indicator: x.id,
                year: l.year,
                value: l.value,
                baseline: None,
                target: None,
                note: None,
            })
        })
        .collect();
    let year = a.evaluation.midterm.year;
    // The draft is dated the day it is made: a draft made after the due date
    // is late, and `evaluation.midterm.late` says so (it is not dated back).
    let date = as_of;
    let mut e = Evaluation {
        kind: EvaluationKind::Evaluation,
        schema_version: crate::model::SCHEMA_VERSION.to_string(),
        id: format!("{}-midterm-{year}", a.id),
        agreement: a.id.clone(),
        illustrative: None,
        stage: Stage::Midterm,
        status: EvaluationStatus::Draft,
        date,
        responsible: a.evaluation.responsible.clone(),
        assisting: a.evaluation.assisting.clone(),
        assesses: plans.iter().map(|p| p.id.clone()).collect(),
        findings,
        quantitative_results,
        long_term_results: Vec::new(),
        qualitative_feedback: Vec::new(),
        adjustments: Vec::new(),
        handling: Vec::new(),
        resolutions: super::resolution::resolutions(bundle, crate::model::Stage::Midterm),
        offered: Vec::new(),
    };
    // What the draft offers the analysts, so a refresh never brings back
    // what they removed.
    e.offered = super::update::offered_keys(&e);
    Ok(e)
}
