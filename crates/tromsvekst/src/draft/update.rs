//! Refreshing a draft: the new evidence goes in, everything the analysts
//! wrote stays.
//!
//! What the analysts write is never replaced: ratings, texts, notes,
//! feedback, adjustments, handling, and every measure and milestone of a
//! plan. What the draft computes is replaced by the new figures: the
//! evidence of each assessment, the values, baselines and targets of
//! indicator figures, the evidence of each long-term result. What
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
    let fresh_offered = offered_keys(&fresh);
    let mut out = old.clone();
    out.schema_version = fresh.schema_version;
    // The date is the analysts' once they have the draft: kept.
    let _ = fresh.date;
    // What the draft offered before (a draft from before the record: what
    // it holds); an item offered before and no longer there was removed by
    // the analysts, and stays removed.
    let offered: std::collections::BTreeSet<String> = if old.offered.is_empty() {
        offered_keys(old).into_iter().collect()
    } else {
        old.offered.iter().cloned().collect()
    };
    let new = |key: String| !offered.contains(&key);
    for id in fresh.assesses {
        if !out.assesses.contains(&id) && new(format!("plan:{id}")) {
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
            None if new(finding_key(&f)) => out.findings.push(f),
            None => {}
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
            None if new(format!("figure:{}:{}", r.indicator, r.year)) => {
                out.quantitative_results.push(r)
            }
            None => {}
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
            None if new(format!("result:{}", r.result)) => out.long_term_results.push(r),
            None => {}
        }
    }
    for f in fresh.qualitative_feedback {
        if feedback_key(&f).is_some_and(|k| !new(k)) {
            continue;
        }
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
        if !out.resolutions.iter().any(|x| x.party == r.party)
            && new(format!("resolution:{}", r.party))
        {
            out.resolutions.push(r);
        }
    }
    let mut all = offered;
    all.extend(fresh_offered);
    out.offered = all.into_iter().collect();
    Ok(out)
}

fn finding_key(f: &crate::model::Assessment) -> String {
    match &f.sub_goal {
        Some(g) => format!("finding:{g}"),
        None => format!("finding:{}", f.focus_area),
    }
}

/// A feedback place's key: its kind, and its municipality for one; none
/// for a place the analysts added without a kind.
fn feedback_key(f: &crate::model::Feedback) -> Option<String> {
    let kind = serde_json::to_value(f.source_kind?).ok()?;
    Some(match &f.municipality {
        Some(m) => format!("feedback:{}:{m}", kind.as_str().unwrap_or_default()),
        None => format!("feedback:{}", kind.as_str().unwrap_or_default()),
    })
}

/// The keys of everything an evaluation holds that a draft offers.
pub(crate) fn offered_keys(e: &Evaluation) -> Vec<String> {
    let mut out: Vec<String> = e.assesses.iter().map(|p| format!("plan:{p}")).collect();
    out.extend(e.findings.iter().map(finding_key));
    out.extend(
        e.quantitative_results
            .iter()
            .map(|r| format!("figure:{}:{}", r.indicator, r.year)),
    );
    out.extend(
        e.long_term_results
            .iter()
            .map(|r| format!("result:{}", r.result)),
    );
    out.extend(e.qualitative_feedback.iter().filter_map(feedback_key));
    out.extend(
        e.resolutions
            .iter()
            .map(|r| format!("resolution:{}", r.party)),
    );
    crate::order::sort(&mut out);
    out.dedup();
    out
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
    // The made-up values of what this refresh added are marked as such too.
    for p in fresh.placeholders {
        let added = out.measures.iter().any(|m| m.id == p.item)
            || out.milestones.iter().any(|m| m.id == p.item);
        if added
            && !out
                .placeholders
                .iter()
                .any(|x| x.field == p.field && x.item == p.item)
        {
            out.placeholders.push(p);
        }
    }
    Ok(out)
}
