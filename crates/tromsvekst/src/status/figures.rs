//! The figures of a status: progress rolled up from the measures, the
//! current plan, what is overdue, where each indicator stands.

use super::*;

pub(crate) fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A measure's progress as counted in roll-ups: completed counts 100, cancelled is left out.
pub(crate) fn counted(m: &Measure) -> Option<(f64, f64)> {
    let weight = f64::from(m.weight.unwrap_or(1));
    match m.status {
        MeasureStatus::Cancelled => None,
        MeasureStatus::Completed => Some((100.0, weight)),
        _ => Some((f64::from(m.progress.min(100)), weight)),
    }
}

pub(crate) fn weighted<'a>(measures: impl Iterator<Item = &'a Measure>) -> Option<f64> {
    let (sum, weights) = measures
        .filter_map(counted)
        .fold((0.0, 0.0), |(s, w), (p, x)| (s + p * x, w + x));
    (weights > 0.0).then(|| round1(sum / weights))
}

pub(crate) fn measure_progress(bundle: &Bundle, m: &Measure, lang: Lang) -> MeasureProgress {
    let continues: Vec<String> = chain(bundle, m)
        .into_iter()
        .map(|(_, x)| x.id.clone())
        .collect();
    let last_update = crate::bundle::last_update(
        bundle,
        continues.iter().map(String::as_str).chain([m.id.as_str()]),
    );
    MeasureProgress {
        id: m.id.clone(),
        title: m.title.get(lang).to_string(),
        status: m.status,
        progress: if m.status == MeasureStatus::Completed {
            100
        } else {
            m.progress.min(100)
        },
        weight: m.weight.unwrap_or(1),
        continues,
        last_update,
    }
}

/// The plan running on a day, else the latest that started before it, else the first.
pub(crate) fn current_plan(bundle: &Bundle, as_of: Date) -> Option<&ActionPlan> {
    let plans = bundle.plans_in_order();
    plans
        .iter()
        .find(|(_, p)| p.period.contains(as_of.year()))
        .or_else(|| {
            plans
                .iter()
                .rev()
                .find(|(_, p)| p.period.start <= as_of.year())
        })
        .or_else(|| plans.first())
        .map(|(_, p)| *p)
}

pub(crate) fn progress(
    bundle: &Bundle,
    plan: Option<&ActionPlan>,
    lang: Lang,
) -> Vec<FocusAreaProgress> {
    let measures: &[Measure] = plan.map_or(&[], |p| &p.measures);
    bundle
        .agreement()
        .value
        .focus_areas
        .iter()
        .map(|f| {
            let sub_goals: Vec<SubGoalProgress> = f
                .sub_goals
                .iter()
                .map(|g| {
                    let serving: Vec<&Measure> = measures
                        .iter()
                        .filter(|m| m.sub_goals.contains(&g.id))
                        .collect();
                    SubGoalProgress {
                        id: g.id.clone(),
                        text: g.text.get(lang).to_string(),
                        progress: weighted(serving.iter().copied()),
                        measures: serving
                            .iter()
                            .map(|m| measure_progress(bundle, m, lang))
                            .collect(),
                    }
                })
                .collect();
            let serving: Vec<&Measure> = measures
                .iter()
                .filter(|m| f.sub_goals.iter().any(|g| m.sub_goals.contains(&g.id)))
                .collect();
            FocusAreaProgress {
                number: f.number,
                title: f.title.get(lang).to_string(),
                progress: weighted(serving.iter().copied()),
                measures: serving.len(),
                sub_goals,
            }
        })
        .collect()
}

pub(crate) fn overdue(bundle: &Bundle, as_of: Date, lang: Lang) -> Vec<OverdueMilestone> {
    let mut out: Vec<OverdueMilestone> = bundle
        .action_plans()
        .flat_map(|(_, p)| {
            p.milestones
                .iter()
                .filter(move |m| m.status == MilestoneStatus::Pending && m.due < as_of)
                .map(move |m| OverdueMilestone {
                    id: m.id.clone(),
                    plan: p.id.clone(),
                    title: m.title.get(lang).to_string(),
                    due: m.due,
                    days_late: m.due.days_until(as_of),
                })
        })
        .collect();
    crate::order::sort_by(&mut out, |a, b| (a.due, &a.id).cmp(&(b.due, &b.id)));
    out
}

pub(crate) fn indicator_status(bundle: &Bundle, as_of: Date, lang: Lang) -> Vec<IndicatorStatus> {
    let period_end = bundle.agreement().value.period.end;
    bundle
        .indicator_sets()
        .flat_map(|(_, s)| s.indicators.iter())
        .map(|x| {
            let known = || x.observations.iter().filter(|o| o.year <= as_of.year());
            let latest = known()
                .filter_map(|o| {
                    o.value.map(|value| YearValue {
                        year: o.year,
                        value,
                    })
                })
                .max_by_key(|v| v.year);
            let latest_obs = known().max_by_key(|o| o.year);
            let target = x
                .targets
                .iter()
                .filter(|t| t.year <= period_end)
                .max_by_key(|t| t.year)
                .or_else(|| x.targets.iter().max_by_key(|t| t.year))
                .copied();
            let interim_target = target.and_then(|end| {
                let from = latest.map_or(as_of.year(), |l| l.year.max(as_of.year()));
                x.targets
                    .iter()
                    .filter(|t| t.year >= from && t.year < end.year)
                    .min_by_key(|t| t.year)
                    .copied()
            });
            let trend = match (x.baseline, latest, x.direction) {
                (Some(b), Some(l), Some(dir)) => Some(if l.value == b.value {
                    Trend::Unchanged
                } else if (l.value > b.value) == (dir == Direction::HigherIsBetter) {
                    Trend::Improving
                } else {
                    Trend::Worsening
                }),
                _ => None,
            };
            let source = x
                .source
                .as_ref()
                .or_else(|| latest_obs.and_then(|o| o.source.as_ref()))
                .map(|s| s.label(lang));
            let mut series: Vec<YearValue> = x
                .baseline
                .into_iter()
                .chain(known().filter_map(|o| {
                    o.value.map(|value| YearValue {
                        year: o.year,
                        value,
                    })
                }))
                .collect();
            crate::order::sort_by_key(&mut series, |p| p.year);
            series.dedup_by_key(|p| p.year);
            IndicatorStatus {
                id: x.id.clone(),
                name: x.name.get(lang).to_string(),
                unit: x.unit.as_ref().map(|u| u.get(lang).to_string()),
                source,
                direction: x.direction,
                baseline: x.baseline,
                latest,
                latest_text: latest_obs
                    .and_then(|o| o.text.as_ref())
                    .map(|t| t.get(lang).to_string()),
                target,
                interim_target,
                series,
                trend,
                light: latest.and_then(|l| x.light(l.value)),
            }
        })
        .collect()
}
