//! An evaluation as print-ready HTML: per focus area and sub-goal the
//! analysts' judgment beside its evidence, then the figures, the
//! adjustments, the feedback and the handling. What is not filled in yet is
//! marked as such, visibly, so a draft never passes for a finished
//! evaluation.

use crate::doc::{Block, Doc, Span, Spans, cell, text};
use crate::status::{made_with, num, pct};
use tromsvekst::model::{
    AdjustmentKind, Assessment, Evaluation, EvaluationStatus, HandlingOutcome, Rating, Stage,
};
use tromsvekst::{Bundle, Lang};

fn rating(lang: Lang, r: Option<Rating>) -> Span {
    match r {
        Some(Rating::OnTrack) => text(lang.pick("I rute", "On track")),
        Some(Rating::Partly) => text(lang.pick("Delvis i rute", "Partly on track")),
        Some(Rating::OffTrack) => text(lang.pick("Ikke i rute", "Off track")),
        Some(Rating::NotAssessed) => text(lang.pick("Ikke vurdert", "Not assessed")),
        None => missing(lang),
    }
}

fn adjustment_kind(lang: Lang, k: AdjustmentKind) -> &'static str {
    match k {
        AdjustmentKind::NewMeasure => lang.pick("nytt tiltak", "new measure"),
        AdjustmentKind::ChangedMeasure => lang.pick("endret tiltak", "changed measure"),
        AdjustmentKind::DroppedMeasure => lang.pick("tiltak tas ut", "measure dropped"),
        AdjustmentKind::Governance => lang.pick("styring", "governance"),
        AdjustmentKind::Indicator => lang.pick("indikator", "indicator"),
        AdjustmentKind::Milestone => lang.pick("milepæl", "milestone"),
    }
}

fn missing(lang: Lang) -> Span {
    Span::Missing(lang.pick("Ikke fylt ut", "Not filled in").into())
}

/// The title of a measure, from the plans of the bundle.
fn measure_title(bundle: &Bundle, id: &str, lang: Lang) -> String {
    bundle
        .action_plans()
        .flat_map(|(_, p)| p.measures.iter())
        .find(|m| m.id == id)
        .map_or_else(|| id.to_string(), |m| m.title.get(lang).to_string())
}

/// The analysts' rating and their words, each marked when not filled in.
fn judgment(d: &mut Doc, r: Option<Rating>, words: Option<&tromsvekst::model::Text>, lang: Lang) {
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    d.p(vec![
        Span::Strong(format!("{}:", t("Vurdering", "Rating"))),
        text(" "),
        rating(lang, r),
    ]);
    d.p(vec![
        Span::Strong(format!("{}:", t("Begrunnelse", "Assessment"))),
        text(" "),
        words.map_or_else(|| missing(lang), |x| text(x.get(lang))),
    ]);
}

fn assessment(d: &mut Doc, bundle: &Bundle, a: &Assessment, lang: Lang) {
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    judgment(d, a.rating, a.text.as_ref(), lang);
    if let Some(e) = &a.evidence {
        let rows: Vec<Vec<Spans>> = e
            .measures
            .iter()
            .map(|m| {
                vec![
                    vec![
                        text(format!("{} ", measure_title(bundle, &m.id, lang))),
                        Span::Muted(format!("({})", m.id)),
                    ],
                    cell(m.status.label(lang)),
                    cell(pct(lang, Some(f64::from(m.progress)))),
                ]
            })
            .collect();
        if !rows.is_empty() {
            d.table(
                &lang.pick(
                    format!(
                        "Grunnlag: tiltakene, samlet fremdrift {}",
                        pct(lang, e.progress)
                    ),
                    format!(
                        "Evidence: the measures, progress in all {}",
                        pct(lang, e.progress)
                    ),
                ),
                &[
                    (t("tiltak", "measure"), false),
                    (t("status", "status"), false),
                    (t("fremdrift", "progress"), true),
                ],
                rows,
            );
        }
        if !e.overdue_milestones.is_empty() {
            d.p(vec![text(format!(
                "{} {}",
                t("Milepæler på overtid:", "Overdue milestones:"),
                e.overdue_milestones.join(", ")
            ))]);
        }
    }
}

fn indicator<'a>(bundle: &'a Bundle, id: &str) -> Option<&'a tromsvekst::model::Indicator> {
    bundle
        .indicator_sets()
        .flat_map(|(_, set)| set.indicators.iter())
        .find(|i| i.id == id)
}

/// An indicator's name in `lang`, its id after it.
fn indicator_name(bundle: &Bundle, id: &str, lang: Lang) -> Spans {
    let name =
        indicator(bundle, id).map_or_else(|| id.to_string(), |i| i.name.get(lang).to_string());
    vec![text(format!("{name} ")), Span::Muted(format!("({id})"))]
}

/// A figure with its year, or "–".
fn figure(lang: Lang, y: Option<tromsvekst::model::YearValue>) -> String {
    y.map_or_else(
        || "–".to_string(),
        |y| format!("{} ({})", num(lang, y.value, 0), y.year),
    )
}

/// The evaluation as a report in `lang`.
pub(crate) fn evaluation_doc(bundle: &Bundle, e: &Evaluation, lang: Lang) -> Doc {
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    let a = &bundle.agreement().value;
    let stage = match e.stage {
        Stage::Midterm => t("Midtveisevaluering", "Midterm evaluation"),
        Stage::Final => t("Sluttevaluering", "Final evaluation"),
    };
    let title = format!("{stage} — {}", a.title.get(lang));
    let mut d = Doc::new(lang, title.clone());
    d.push(Block::Title(title));
    let open = e
        .findings
        .iter()
        .filter(|f| f.rating.is_none() || f.text.is_none())
        .count()
        + e.long_term_results
            .iter()
            .filter(|r| r.rating.is_none() || r.text.is_none())
            .count()
        + e.qualitative_feedback
            .iter()
            .filter(|f| f.text.is_none())
            .count();
    if e.status == EvaluationStatus::Draft || open > 0 {
        d.push(Block::Alert(vec![
            Span::Strong(t("UTKAST — ikke ferdig.", "DRAFT — not finished.").into()),
            text(format!(
                " {} {}",
                lang.count(open, ("del er", "deler er"), ("part is", "parts are")),
                t(
                    "ikke fylt ut; de er merket «Ikke fylt ut» nedenfor.",
                    "not filled in; they are marked \"Not filled in\" below.",
                )
            )),
        ]));
    }
    d.p(vec![text(format!(
        "{} {} · {} {} · {} {}",
        t("Datert", "Dated"),
        e.date,
        t("ansvarlig:", "responsible:"),
        e.responsible,
        t("vurderer", "assesses"),
        e.assesses.join(", ")
    ))]);
    for f in &a.focus_areas {
        d.h(2, format!("{}. {}", f.number, f.title.get(lang)));
        match e
            .findings
            .iter()
            .find(|x| x.focus_area == f.number && x.sub_goal.is_none())
        {
            Some(x) => assessment(&mut d, bundle, x, lang),
            None => d.p(vec![missing(lang)]),
        }
        for g in &f.sub_goals {
            d.h(3, format!("{} {}", t("Delmål", "Sub-goal"), g.id));
            match e
                .findings
                .iter()
                .find(|x| x.sub_goal.as_deref() == Some(g.id.as_str()))
            {
                Some(x) => assessment(&mut d, bundle, x, lang),
                None => d.p(vec![missing(lang)]),
            }
        }
    }
    if !e.long_term_results.is_empty() {
        d.h(
            2,
            t(
                "Langsiktige resultater (del 4.3)",
                "Long-term results (section 4.3)",
            ),
        );
        for r in &e.long_term_results {
            let text_of = a
                .long_term_results
                .results
                .iter()
                .find(|x| x.id == r.result)
                .map_or_else(|| r.result.clone(), |x| x.text.get(lang).to_string());
            d.h(3, text_of);
            judgment(&mut d, r.rating, r.text.as_ref(), lang);
            if !r.indicators.is_empty() {
                let rows = r
                    .indicators
                    .iter()
                    .map(|i| {
                        vec![
                            indicator_name(bundle, &i.id, lang),
                            cell(figure(lang, i.baseline)),
                            cell(figure(lang, i.latest)),
                            cell(figure(lang, i.target)),
                        ]
                    })
                    .collect();
                d.table(
                    t(
                        "Grunnlag: indikatorene for resultatet",
                        "Evidence: the result's indicators",
                    ),
                    &[
                        (t("indikator", "indicator"), false),
                        (t("utgangspunkt", "baseline"), true),
                        (t("siste", "latest"), true),
                        (t("mål", "target"), true),
                    ],
                    rows,
                );
            }
            if !r.sub_goals.is_empty() {
                d.p(vec![text(format!(
                    "{} {}",
                    t(
                        "Delmålene som bygger opp under resultatet:",
                        "The sub-goals that serve the result:"
                    ),
                    r.sub_goals
                        .iter()
                        .map(|g| format!("{} ({})", g.id, pct(lang, g.progress)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ))]);
            }
        }
    }
    d.h(2, t("Kvantitative resultater", "Quantitative results"));
    let rows = e
        .quantitative_results
        .iter()
        .map(|q| {
            let i = indicator(bundle, &q.indicator);
            let baseline = q.baseline.or_else(|| i.and_then(|i| i.baseline));
            let target = q
                .target
                .or_else(|| i.and_then(|i| i.targets.iter().copied().max_by_key(|y| y.year)));
            vec![
                indicator_name(bundle, &q.indicator, lang),
                cell(figure(lang, baseline)),
                cell(format!("{} ({})", num(lang, q.value, 0), q.year)),
                cell(figure(lang, target)),
                q.note.as_ref().map_or_else(Vec::new, |n| cell(n.get(lang))),
            ]
        })
        .collect();
    d.table(
        t(
            "Indikatortallene mot utgangspunkt og mål",
            "The indicator figures against baseline and target",
        ),
        &[
            (t("indikator", "indicator"), false),
            (t("utgangspunkt", "baseline"), true),
            (t("verdi", "value"), true),
            (t("mål", "target"), true),
            (t("merknad", "note"), false),
        ],
        rows,
    );
    d.h(
        2,
        t(
            "Justeringer til neste handlingsplan",
            "Adjustments for the next action plan",
        ),
    );
    if e.adjustments.is_empty() {
        d.p(vec![text(t("Ingen.", "None."))]);
    } else {
        let rows = e
            .adjustments
            .iter()
            .map(|j| {
                let target = [
                    j.sub_goal.as_deref(),
                    j.measure.as_deref(),
                    j.indicator.as_deref(),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ");
                vec![
                    cell(j.id.clone()),
                    cell(adjustment_kind(lang, j.effective_kind())),
                    cell(target),
                    cell(j.text.get(lang)),
                    j.decision.as_deref().map_or_else(Vec::new, cell),
                ]
            })
            .collect();
        d.table(
            t(
                "Endringene evalueringen ber om (del 7)",
                "The changes the evaluation asks for (section 7)",
            ),
            &[
                (t("id", "id"), false),
                (t("slag", "kind"), false),
                (t("gjelder", "concerns"), false),
                (t("justering", "adjustment"), false),
                (t("vedtak", "decision"), false),
            ],
            rows,
        );
    }
    d.h(2, t("Kvalitative tilbakemeldinger", "Qualitative feedback"));
    let rows = e
        .qualitative_feedback
        .iter()
        .map(|f| {
            vec![
                cell(f.source.clone()),
                vec![
                    f.text
                        .as_ref()
                        .map_or_else(|| missing(lang), |x| text(x.get(lang))),
                ],
            ]
        })
        .collect();
    d.table(
        t("Hva deltakerne sier", "What the participants say"),
        &[
            (t("kilde", "source"), false),
            (t("tilbakemelding", "feedback"), false),
        ],
        rows,
    );
    d.h(2, t("Politisk behandling", "Political handling"));
    if e.handling.is_empty() {
        d.p(vec![text(t("Ikke behandlet ennå.", "Not handled yet."))]);
    } else {
        let rows = e
            .handling
            .iter()
            .map(|h| {
                let outcome = match h.outcome {
                    HandlingOutcome::Noted => t("tatt til orientering", "noted"),
                    HandlingOutcome::Approved => t("godkjent", "approved"),
                    HandlingOutcome::Returned => t("sendt tilbake", "returned"),
                };
                vec![
                    cell(h.body.clone()),
                    cell(h.date.to_string()),
                    h.reference.as_deref().map_or_else(Vec::new, cell),
                    cell(outcome),
                ]
            })
            .collect();
        d.table(
            t("Partenes behandling", "The parties' handling"),
            &[
                (t("organ", "body"), false),
                (t("dato", "date"), false),
                (t("sak", "case"), false),
                (t("utfall", "outcome"), false),
            ],
            rows,
        );
    }
    d.push(Block::Note(made_with(lang).into()));
    d
}
