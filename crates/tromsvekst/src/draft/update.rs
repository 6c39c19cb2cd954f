//! Refreshing a draft: the new evidence goes in, everything the analysts
//! wrote stays.
//!
//! What the analysts write is never replaced: ratings, texts, notes,
//! feedback, adjustments, handling, and every measure and milestone of a
//! plan. What the draft computes is replaced by the new figures: the
//! evidence of each assessment, the values, baselines and targets of
//! indicator figures, the evidence of each long-term result, the date. What
//! is new is added: assessments, figures, results, feedback sources, plans
//! assessed, and in a plan the continued measures, new measures and
//! milestones that are not there yet. Nothing is removed.

use crate::error::{Error, ErrorCode};
use crate::model::{ActionPlan, Evaluation, EvaluationStatus};

fn refused(nb: String, en: String) -> Error {
    Error::new(ErrorCode::InvalidArgument, nb, en)
}

/// Refreshes an evaluation draft `old` with a freshly made draft `fresh`.
///
/// A concluded evaluation, or one of another stage, is refused with
/// `argument.invalid-value`.
pub fn update_evaluation(old: &Evaluation, fresh: Evaluation) -> Result<Evaluation, Error> {
    if old.status == EvaluationStatus::Concluded {
        return Err(refused(
            format!(
                "evalueringen «{}» er avsluttet; en avsluttet evaluering oppdateres ikke",
                old.id
            ),
            format!(
                "the evaluation \"{}\" is concluded; a concluded evaluation is not refreshed",
                old.id
            ),
        ));
    }
    if old.stage != fresh.stage {
        return Err(refused(
            format!(
                "«{}» er ikke en evaluering av samme slag som utkastet som lages",
                old.id
            ),
            format!(
                "\"{}\" is not an evaluation of the stage being drafted",
                old.id
            ),
        ));
    }
    let mut out = old.clone();
    out.schema_version = fresh.schema_version;
    out.date = fresh.date;
    for id in fresh.assesses {
        if !out.assesses.contains(&id) {
            out.assesses.push(id);
        }
    }
    for f in fresh.findings {
        match out
            .findings
            .iter_mut()
            .find(|x| x.focus_area == f.focus_area && x.sub_goal == f.sub_goal)
        {
            Some(x) => x.evidence = f.evidence,
            None => out.findings.push(f),
        }
    }
    for r in fresh.quantitative_results {
        match out
            .quantitative_results
            .iter_mut()
            .find(|x| x.indicator == r.indicator && x.year == r.year)
        {
            Some(x) => {
                x.value = r.value;
                x.baseline = r.baseline;
                x.target = r.target;
            }
            None => out.quantitative_results.push(r),
        }
    }
    for r in fresh.long_term_results {
        match out
            .long_term_results
            .iter_mut()
            .find(|x| x.result == r.result)
        {
            Some(x) => {
                x.indicators = r.indicators;
                x.sub_goals = r.sub_goals;
            }
            None => out.long_term_results.push(r),
        }
    }
    for f in fresh.qualitative_feedback {
        // The same place: the same words, or the same kind of source for the
        // same municipality (a place drafted in another language, or renamed
        // by the analysts, is still the place it was).
        let same = |x: &crate::model::Feedback| {
            x.source == f.source
                || (f.source_kind.is_some()
                    && x.source_kind == f.source_kind
                    && x.municipality == f.municipality)
        };
        if !out.qualitative_feedback.iter().any(same) {
            out.qualitative_feedback.push(f);
        }
    }
    // A party with no draft resolution yet gets the drafted one; the
    // analysts' words stand.
    for r in fresh.resolutions {
        if !out.resolutions.iter().any(|x| x.party == r.party) {
            out.resolutions.push(r);
        }
    }
    Ok(out)
}

/// Refreshes an action plan draft `old` with a freshly made draft `fresh`:
/// measures and milestones that are not there yet are added (a measure is
/// there when one has its id, continues the same measure, or carries out the
/// same adjustment; a milestone likewise by id or adjustment).
///
/// An adopted plan, or one for other years, is refused with
/// `argument.invalid-value`.
pub fn update_plan(old: &ActionPlan, fresh: ActionPlan) -> Result<ActionPlan, Error> {
    if let Some(adopted) = &old.adopted {
        return Err(refused(
            format!(
                "handlingsplanen «{}» er vedtatt ({}); en vedtatt plan oppdateres ikke",
                old.id, adopted.date
            ),
            format!(
                "the action plan \"{}\" is adopted ({}); an adopted plan is not refreshed",
                old.id, adopted.date
            ),
        ));
    }
    if old.period != fresh.period {
        return Err(refused(
            format!(
                "handlingsplanen «{}» gjelder {}, men neste plan gjelder {}",
                old.id, old.period, fresh.period
            ),
            format!(
                "the action plan \"{}\" covers {}, but the next plan covers {}",
                old.id, old.period, fresh.period
            ),
        ));
    }
    let mut out = old.clone();
    out.schema_version = fresh.schema_version;
    let shares = |a: &[String], b: &[String]| a.iter().any(|x| b.contains(x));
    for m in fresh.measures {
        let there = out.measures.iter().any(|x| {
            x.id == m.id
                || (m.continues.is_some() && x.continues == m.continues)
                || shares(&x.addresses, &m.addresses)
        });
        if !there {
            out.measures.push(m);
        }
    }
    for m in fresh.milestones {
        let there = out
            .milestones
            .iter()
            .any(|x| x.id == m.id || shares(&x.addresses, &m.addresses));
        if !there {
            out.milestones.push(m);
        }
    }
    Ok(out)
}
