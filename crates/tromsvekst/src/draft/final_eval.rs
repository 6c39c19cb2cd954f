//! The final evaluation's draft: the whole period, every plan.

use crate::bundle::Bundle;
use crate::date::Date;
use crate::error::Error;
use crate::lang::Lang;
use crate::model::{
    ActionPlan, Assessment, Evaluation, EvaluationKind, EvaluationStatus, Evidence, Feedback,
    IndicatorEvidence, Measure, MeasureEvidence, QuantitativeResult, ResultAssessment, Stage,
    SubGoalEvidence,
};
use crate::status::{chain, indicator_status, overdue};

/// A measure as it stands in the last plan that carries it, with its plan.
fn heads(bundle: &Bundle) -> Vec<(&ActionPlan, &Measure)> {
    let plans = bundle.plans_in_order();
    plans
        .iter()
        .flat_map(|(_, p)| p.measures.iter().map(move |m| (*p, m)))
        .filter(|(_, m)| !bundle.is_continued(&m.id))
        .collect()
}

fn measure_evidence(bundle: &Bundle, plan: &ActionPlan, m: &Measure) -> MeasureEvidence {
    MeasureEvidence {
        id: m.id.clone(),
        plan: Some(plan.id.clone()),
        continues: chain(bundle, m)
            .into_iter()
            .map(|(_, x)| x.id.clone())
            .collect(),
        status: m.status,
        progress: if m.status == crate::model::MeasureStatus::Completed {
            100
        } else {
            m.progress.min(100)
        },
    }
}

/// The places for qualitative feedback: each party, each municipality of
/// the region, the youth councils and business [7].
pub(crate) fn feedback_sources(bundle: &Bundle, lang: Lang) -> Vec<Feedback> {
    use crate::model::{FeedbackSource, PartyRole};
    let a = &bundle.agreement().value;
    let place = |source: String, kind: FeedbackSource, municipality: Option<String>| Feedback {
        source,
        source_kind: Some(kind),
        municipality,
        focus_areas: Vec::new(),
        sub_goals: Vec::new(),
        text: None,
    };
    let mut out: Vec<Feedback> = a
        .parties
        .iter()
        .map(|p| {
            let kind = if p.role == PartyRole::CountyAuthority {
                FeedbackSource::County
            } else {
                FeedbackSource::RegionalCouncil
            };
            place(p.name.get(lang).to_string(), kind, None)
        })
        .collect();
    out.extend(a.region.municipalities.iter().map(|m| {
        place(
            lang.pick(
                format!("{} kommune", m.name),
                format!("{} municipality", m.name),
            ),
            FeedbackSource::Municipality,
            Some(m.id.clone()),
        )
    }));
    out.push(place(
        lang.pick("Ungdomsrådene", "The youth councils").to_string(),
        FeedbackSource::YouthCouncil,
        None,
    ));
    out.push(place(
        lang.pick("Næringslivet", "Business").to_string(),
        FeedbackSource::Business,
        None,
    ));
    out
}

/// Writes a draft of the final evaluation for the whole period on `as_of`:
/// every plan of the bundle assessed; each focus area and sub-goal with the
/// measures as they stand in the last plan that carries them (with the plan
/// and the measures they continue) and their progress over the period;
/// every indicator figure from the baseline year to the latest, the latest
/// with baseline and target; each long-term result with its indicators and
/// sub-goals; and a place for the qualitative feedback of each party,
/// municipality, the youth councils and business. Ratings, texts and
/// feedback are left for the analysts.
///
/// ```
/// use tromsvekst::{Bundle, Lang};
/// let plan = std::fs::read("../../examples/nord-troms/action-plan-2025-2026.json")?;
/// let bundle = Bundle::parse(&[("plan.json", &plan[..])], &Default::default())?;
/// let draft = tromsvekst::draft::draft_final(&bundle, "2028-10-01".parse()?, Lang::Nb)?;
/// assert_eq!(draft.assesses, ["nord-troms-handlingsplan-2025-2026"]);
/// assert_eq!(draft.qualitative_feedback.len(), 2 + 4 + 2); // parties, municipalities, youth, business
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn draft_final(bundle: &Bundle, as_of: Date, lang: Lang) -> Result<Evaluation, Error> {
    bundle.require_agreement()?;
    let a = &bundle.agreement().value;
    let plans = bundle.plans_in_order();
    let heads = heads(bundle);
    let period = crate::status::period_progress(bundle, lang);
    let overdue = overdue(bundle, as_of, lang);
    let evidence = |progress: Option<f64>, serves: &dyn Fn(&Measure) -> bool| {
        let serving: Vec<&(&ActionPlan, &Measure)> =
            heads.iter().filter(|(_, m)| serves(m)).collect();
        Evidence {
            progress,
            measures: serving
                .iter()
                .map(|(p, m)| measure_evidence(bundle, p, m))
                .collect(),
            overdue_milestones: overdue
                .iter()
                .filter(|o| {
                    plans.iter().any(|(_, p)| {
                        p.milestones.iter().any(|x| {
                            x.id == o.id
                                && x.measures
                                    .iter()
                                    .any(|id| p.measures.iter().any(|m| m.id == *id && serves(m)))
                        })
                    })
                })
                .map(|o| o.id.clone())
                .collect(),
        }
    };
    let mut findings = Vec::new();
    for (f, fp) in a.focus_areas.iter().zip(&period) {
        let in_area = |m: &Measure| f.sub_goals.iter().any(|g| m.sub_goals.contains(&g.id));
        findings.push(Assessment {
            focus_area: f.number,
            sub_goal: None,
            rating: None,
            text: None,
            evidence: Some(evidence(fp.whole_period, &in_area)),
        });
        for (g, gp) in f.sub_goals.iter().zip(&fp.sub_goals) {
            let serves = |m: &Measure| m.sub_goals.contains(&g.id);
            findings.push(Assessment {
                focus_area: f.number,
                sub_goal: Some(g.id.clone()),
                rating: None,
                text: None,
                evidence: Some(evidence(gp.whole_period, &serves)),
            });
        }
    }
    let indicators = indicator_status(bundle, as_of, lang);
    let mut quantitative_results = Vec::new();
    for (_, set) in bundle.indicator_sets() {
        for x in &set.indicators {
            let st = indicators.iter().find(|s| s.id == x.id);
            let from = x.baseline.map_or(a.period.start, |b| b.year);
            let latest = st.and_then(|s| s.latest).map(|l| l.year);
            let mut figures: Vec<(i32, f64)> = x
                .observations
                .iter()
                .filter(|o| o.year >= from && o.year <= as_of.year())
                .filter_map(|o| o.value.map(|v| (o.year, v)))
                .collect();
            crate::order::sort_by_key(&mut figures, |(y, _)| *y);
            for (year, value) in figures {
                let is_latest = Some(year) == latest;
                quantitative_results.push(QuantitativeResult {
                    indicator: x.id.clone(),
                    year,
                    value,
                    baseline: if is_latest { x.baseline } else { None },
                    target: if is_latest {
                        st.and_then(|s| s.target)
                    } else {
                        None
                    },
                    note: None,
                });
            }
        }
    }
    let long_term_results = a
        .long_term_results
        .results
        .iter()
        .map(|r| ResultAssessment {
            result: r.id.clone(),
            rating: None,
            text: None,
            // The agreement's list for the result, then every indicator of
            // the sets that says it measures the result (`results`).
            indicators: r
                .indicators
                .iter()
                .chain(
                    bundle
                        .indicator_sets()
                        .flat_map(|(_, set)| set.indicators.iter())
                        .filter(|i| i.results.contains(&r.id) && !r.indicators.contains(&i.id))
                        .map(|i| &i.id),
                )
                .fold(Vec::<&String>::new(), |mut ids, id| {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                    ids
                })
                .into_iter()
                .map(|id| {
                    let st = indicators.iter().find(|s| s.id == *id);
                    IndicatorEvidence {
                        id: id.clone(),
                        baseline: st.and_then(|s| s.baseline),
                        latest: st.and_then(|s| s.latest),
                        target: st.and_then(|s| s.target),
                    }
                })
                .collect(),
            sub_goals: r
                .sub_goals
                .iter()
                .map(|g| SubGoalEvidence {
                    id: g.clone(),
                    progress: period
                        .iter()
                        .flat_map(|f| f.sub_goals.iter())
                        .find(|x| x.id == *g)
                        .and_then(|x| x.whole_period),
                })
                .collect(),
        })
        .collect();
    let year = a.evaluation.final_evaluation.year;
    let mut e = Evaluation {
        kind: EvaluationKind::Evaluation,
        schema_version: crate::model::SCHEMA_VERSION.to_string(),
        id: format!("{}-final-{year}", a.id),
        agreement: a.id.clone(),
        illustrative: None,
        stage: Stage::Final,
        status: EvaluationStatus::Draft,
        date: as_of,
        responsible: a.evaluation.responsible.clone(),
        assisting: a.evaluation.assisting.clone(),
        assesses: plans.iter().map(|(_, p)| p.id.clone()).collect(),
        findings,
        quantitative_results,
        long_term_results,
        qualitative_feedback: feedback_sources(bundle, lang),
        adjustments: Vec::new(),
        handling: Vec::new(),
        resolutions: super::resolution::resolutions(bundle, crate::model::Stage::Final),
        offered: Vec::new(),
    };
    // What the draft offers the analysts, so a refresh never brings back
    // what they removed.
    e.offered = super::update::offered_keys(&e);
    Ok(e)
}
