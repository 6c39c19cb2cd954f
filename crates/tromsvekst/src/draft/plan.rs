//! The next action plan's draft: the unfinished measures of the ending plan
//! continued, and the midterm evaluation's adjustments turned into the
//! changes they ask for.

use crate::bundle::Bundle;
use crate::date::Date;
use crate::error::Error;
use crate::model::{
    ActionPlan, ActionPlanKind, AdjustmentKind, Evaluation, EvaluationStatus, Measure,
    MeasureStatus, Milestone, MilestoneStatus, Placeholder, PlaceholderField, Text, YearPeriod,
};

/// The id a continued measure takes in the plan starting in `year`: a
/// trailing year is replaced (`x-2025` → `x-2027`), otherwise one is added.
pub(crate) fn continued_id(id: &str, year: i32) -> String {
    let base = match id.rsplit_once('-') {
        Some((head, tail)) if tail.len() == 4 && tail.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => id,
    };
    format!("{base}-{year}")
}

/// The plan whose period comes after `ending`, by the agreement's plan length.
fn next_period(bundle: &Bundle, ending: Option<&ActionPlan>) -> Result<YearPeriod, Error> {
    let a = &bundle.agreement().value;
    let length = i32::try_from(a.governance.administrative.action_plans.length_years)
        .unwrap_or(1)
        .max(1);
    let start = ending.map_or(a.period.start, |p| p.period.end + 1);
    if start > a.period.end {
        return Err(Error::new(
            crate::error::ErrorCode::InvalidArgument,
            format!(
                "avtaleperioden slutter i {}; det finnes ingen handlingsplan etter «{}»",
                a.period.end,
                ending.map_or("", |p| p.id.as_str())
            ),
            format!(
                "the agreement's period ends in {}; no action plan comes after \"{}\"",
                a.period.end,
                ending.map_or("", |p| p.id.as_str())
            ),
        ));
    }
    Ok(YearPeriod {
        start,
        end: (start + length - 1).min(a.period.end),
    })
}

/// The evaluation whose adjustments go into the plan after `ending`: a
/// concluded one that assesses it before a draft.
pub(crate) fn assessing<'a>(bundle: &'a Bundle, ending: &ActionPlan) -> Option<&'a Evaluation> {
    let mut found: Vec<&Evaluation> = bundle
        .evaluations()
        .map(|(_, e)| e)
        .filter(|e| e.assesses.contains(&ending.id))
        .collect();
    crate::order::sort_by_key(&mut found, |e| {
        (e.status != EvaluationStatus::Concluded, e.date)
    });
    found.into_iter().next()
}

/// Writes a draft of the action plan that follows the last plan of the
/// bundle: every measure of it that is neither completed nor cancelled is
/// continued (same sub-goals, strategies, parties, status and progress, with
/// `continues` naming it, so its history follows), except those the midterm
/// evaluation drops; each adjustment of the evaluation that assesses it
/// becomes the change it asks for (a new measure for its sub-goal, the
/// continued measure marked as carrying it out, or a milestone that carries
/// out a milestone, governance or indicator adjustment, due at the end of the
/// plan's first year). End dates, funding and the plan's own milestones are
/// left for the analysts; `plan.draft.incomplete` lists what is missing.
///
/// ```
/// use tromsvekst::Bundle;
/// let plan = std::fs::read("../../examples/nord-troms/action-plan-2025-2026.json")?;
/// let bundle = Bundle::parse(&[("plan.json", &plan[..])], &Default::default())?;
/// let draft = tromsvekst::draft::draft_plan(&bundle)?;
/// assert_eq!(draft.period.start, 2027);
/// assert!(draft.measures.iter().all(|m| m.continues.is_some()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// The plan depends on neither the day nor a language (its titles carry both
/// languages), so it takes neither.
pub fn draft_plan(bundle: &Bundle) -> Result<ActionPlan, Error> {
    bundle.require_agreement()?;
    let a = &bundle.agreement().value;
    let plans = bundle.plans_in_order();
    let ending = plans.last().map(|(_, p)| *p);
    let period = next_period(bundle, ending)?;
    let adjustments = ending
        .and_then(|p| assessing(bundle, p))
        .map_or(&[][..], |e| &e.adjustments[..]);
    let targeted = |kind: AdjustmentKind, id: &str| -> Vec<&crate::model::Adjustment> {
        adjustments
            .iter()
            .filter(|x| x.effective_kind() == kind && x.measure.as_deref() == Some(id))
            .collect()
    };
    let mut measures: Vec<Measure> = Vec::new();
    let ending_measures: &[Measure] = ending.map_or(&[], |p| &p.measures);
    let carried: Vec<&Measure> = ending_measures
        .iter()
        .filter(|m| {
            let open = !matches!(
                m.status,
                MeasureStatus::Completed | MeasureStatus::Cancelled
            );
            let changed = !targeted(AdjustmentKind::ChangedMeasure, &m.id).is_empty();
            let dropped = !targeted(AdjustmentKind::DroppedMeasure, &m.id).is_empty();
            (open || changed) && !dropped
        })
        .collect();
    let new_id = |old: &str| -> Option<String> {
        carried
            .iter()
            .any(|m| m.id == old)
            .then(|| continued_id(old, period.start))
    };
    for m in &carried {
        measures.push(Measure {
            id: continued_id(&m.id, period.start),
            completed_on: None,
            end: None,
            funding: Vec::new(),
            depends_on: m.depends_on.iter().filter_map(|d| new_id(d)).collect(),
            addresses: targeted(AdjustmentKind::ChangedMeasure, &m.id)
                .iter()
                .map(|x| x.id.clone())
                .collect(),
            continues: Some(m.id.clone()),
            ..(*m).clone()
        });
    }
    let mut milestones = Vec::new();
    let mut placeholders = Vec::new();
    let first_year_end = Date::end_of_year(period.start).unwrap_or(bundle_date(a));
    // An adjustment a meeting or an indicator already carries out needs no
    // milestone: one would be a deadline nobody set.
    let carried_out = |id: &str| {
        bundle
            .meeting_logs()
            .flat_map(|(_, l)| l.meetings.iter())
            .any(|m| m.addresses.iter().any(|x| x == id))
            || bundle
                .indicator_sets()
                .flat_map(|(_, s)| s.indicators.iter())
                .any(|i| i.addresses.iter().any(|x| x == id))
    };
    for adj in adjustments {
        match adj.effective_kind() {
            AdjustmentKind::NewMeasure => {
                let Some(g) = &adj.sub_goal else { continue };
                placeholders.push(Placeholder {
                    field: PlaceholderField::MeasureResponsible,
                    item: format!("tiltak-{}", adj.id),
                    value: a.evaluation.responsible.clone(),
                });
                measures.push(Measure {
                    id: format!("tiltak-{}", adj.id),
                    title: adj.text.clone(),
                    description: None,
                    sub_goals: vec![g.clone()],
                    strategies: Vec::new(),
                    responsible: a.evaluation.responsible.clone(),
                    unit: None,
                    contact: None,
                    municipalities: Vec::new(),
                    lead_municipality: None,
                    organisations: Vec::new(),
                    partners: Vec::new(),
                    start: None,
                    end: None,
                    status: MeasureStatus::Planned,
                    progress: 0,
                    completed_on: None,
                    weight: None,
                    funding: Vec::new(),
                    depends_on: Vec::new(),
                    addresses: vec![adj.id.clone()],
                    continues: None,
                });
            }
            AdjustmentKind::Milestone | AdjustmentKind::Governance | AdjustmentKind::Indicator => {
                if carried_out(&adj.id) {
                    continue;
                }
                placeholders.push(Placeholder {
                    field: PlaceholderField::MilestoneDue,
                    item: format!("milepael-{}", adj.id),
                    value: first_year_end.to_string(),
                });
                milestones.push(Milestone {
                    id: format!("milepael-{}", adj.id),
                    title: adj.text.clone(),
                    due: first_year_end,
                    measures: adj
                        .measure
                        .as_deref()
                        .and_then(new_id)
                        .into_iter()
                        .collect(),
                    status: MilestoneStatus::Pending,
                    completed_on: None,
                    addresses: vec![adj.id.clone()],
                });
            }
            AdjustmentKind::ChangedMeasure | AdjustmentKind::DroppedMeasure => {}
        }
    }
    let id = match ending {
        Some(p) => {
            let old = format!("{}-{}", p.period.start, p.period.end);
            let new = format!("{}-{}", period.start, period.end);
            if p.id.contains(&old) {
                p.id.replace(&old, &new)
            } else {
                format!("{}-handlingsplan-{new}", a.id)
            }
        }
        None => format!("{}-handlingsplan-{}-{}", a.id, period.start, period.end),
    };
    Ok(ActionPlan {
        kind: ActionPlanKind::ActionPlan,
        schema_version: crate::model::SCHEMA_VERSION.to_string(),
        id,
        agreement: a.id.clone(),
        title: Text {
            nb: format!("Handlingsplan {period} (utkast)"),
            en: Some(format!("Action plan {period} (draft)")),
        },
        illustrative: None,
        period,
        adopted: None,
        measures,
        milestones,
        updates: Vec::new(),
        placeholders,
    })
}

/// The last day of the agreement's period, the due day of last resort.
fn bundle_date(a: &crate::model::Agreement) -> Date {
    Date::end_of_year(a.period.end).unwrap_or_else(crate::date::today)
}
