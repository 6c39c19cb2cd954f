//! An evaluation as print-ready HTML: per focus area and sub-goal the
//! analysts' judgment beside its evidence, then the figures, the
//! adjustments, the feedback and the handling. What is not filled in yet is
//! marked as such, visibly, so a draft never passes for a finished
//! evaluation.

use crate::html::{num, page_end, page_start, pct, table};
use crate::svg::esc;
use std::fmt::Write;
use tromsvekst::model::{Assessment, Evaluation, EvaluationStatus, HandlingOutcome, Rating, Stage};
use tromsvekst::{Bundle, Lang};

fn rating(lang: Lang, r: Option<Rating>) -> String {
    match r {
        Some(Rating::OnTrack) => lang.pick("I rute", "On track").into(),
        Some(Rating::Partly) => lang.pick("Delvis i rute", "Partly on track").into(),
        Some(Rating::OffTrack) => lang.pick("Ikke i rute", "Off track").into(),
        Some(Rating::NotAssessed) => lang.pick("Ikke vurdert", "Not assessed").into(),
        None => missing(lang),
    }
}

fn missing(lang: Lang) -> String {
    format!(
        "<span class=\"incomplete\">{}</span>",
        lang.pick("Ikke fylt ut", "Not filled in")
    )
}

/// The title of a measure, from the plans of the bundle.
fn measure_title(bundle: &Bundle, id: &str, lang: Lang) -> String {
    bundle
        .action_plans()
        .flat_map(|(_, p)| p.measures.iter())
        .find(|m| m.id == id)
        .map_or_else(|| id.to_string(), |m| m.title.get(lang).to_string())
}

fn assessment(out: &mut String, bundle: &Bundle, a: &Assessment, lang: Lang) {
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    let text = a
        .text
        .as_ref()
        .map_or_else(|| missing(lang), |x| esc(x.get(lang)));
    let _ = write!(
        out,
        "<p><strong>{}:</strong> {}</p><p><strong>{}:</strong> {}</p>",
        t("Vurdering", "Rating"),
        rating(lang, a.rating),
        t("Begrunnelse", "Assessment"),
        text
    );
    if let Some(e) = &a.evidence {
        let rows: Vec<Vec<String>> = e
            .measures
            .iter()
            .map(|m| {
                vec![
                    format!(
                        "{} <span class=\"muted\">({})</span>",
                        esc(&measure_title(bundle, &m.id, lang)),
                        esc(&m.id)
                    ),
                    esc(m.status.as_str()),
                    pct(lang, Some(f64::from(m.progress))),
                ]
            })
            .collect();
        if !rows.is_empty() {
            table(
                out,
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
                &rows,
            );
        }
        if !e.overdue_milestones.is_empty() {
            let _ = write!(
                out,
                "<p>{} {}</p>",
                t("Milepæler på overtid:", "Overdue milestones:"),
                esc(&e.overdue_milestones.join(", "))
            );
        }
    }
}

/// The evaluation as one self-contained HTML document in `lang`.
pub fn evaluation_html(bundle: &Bundle, e: &Evaluation, lang: Lang) -> String {
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    let a = &bundle.agreement().value;
    let stage = match e.stage {
        Stage::Midterm => t("Midtveisevaluering", "Midterm evaluation"),
        Stage::Final => t("Sluttevaluering", "Final evaluation"),
    };
    let title = format!("{stage} — {}", a.title.get(lang));
    let mut out = String::new();
    page_start(&mut out, lang, &title);
    let _ = write!(out, "<h1>{}</h1>", esc(&title));
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
        let _ = write!(
            out,
            "<p class=\"alert\" role=\"note\"><strong>{}</strong> {}</p>",
            t("UTKAST — ikke ferdig.", "DRAFT — not finished."),
            esc(&format!(
                "{} {}",
                lang.count(open, ("del er", "deler er"), ("part is", "parts are")),
                t(
                    "ikke fylt ut; de er merket «Ikke fylt ut» nedenfor.",
                    "not filled in; they are marked \"Not filled in\" below.",
                )
            ))
        );
    }
    let _ = write!(
        out,
        "<p>{} {} · {} {} · {} {}</p>",
        t("Datert", "Dated"),
        e.date,
        t("ansvarlig:", "responsible:"),
        esc(&e.responsible),
        t("vurderer", "assesses"),
        esc(&e.assesses.join(", "))
    );
    for f in &a.focus_areas {
        let _ = write!(out, "<h2>{}. {}</h2>", f.number, esc(f.title.get(lang)));
        match e
            .findings
            .iter()
            .find(|x| x.focus_area == f.number && x.sub_goal.is_none())
        {
            Some(x) => assessment(&mut out, bundle, x, lang),
            None => {
                let _ = write!(out, "<p>{}</p>", missing(lang));
            }
        }
        for g in &f.sub_goals {
            let _ = write!(out, "<h3>{} {}</h3>", t("Delmål", "Sub-goal"), esc(&g.id));
            match e
                .findings
                .iter()
                .find(|x| x.sub_goal.as_deref() == Some(g.id.as_str()))
            {
                Some(x) => assessment(&mut out, bundle, x, lang),
                None => {
                    let _ = write!(out, "<p>{}</p>", missing(lang));
                }
            }
        }
    }
    let _ = write!(
        out,
        "<h2>{}</h2>",
        t("Kvantitative resultater", "Quantitative results")
    );
    let rows: Vec<Vec<String>> = e
        .quantitative_results
        .iter()
        .map(|q| {
            vec![
                esc(&q.indicator),
                q.year.to_string(),
                num(lang, q.value, 0),
                q.note.as_ref().map_or(String::new(), |n| esc(n.get(lang))),
            ]
        })
        .collect();
    table(
        &mut out,
        t("Indikatortall", "Indicator figures"),
        &[
            (t("indikator", "indicator"), false),
            (t("år", "year"), false),
            (t("verdi", "value"), true),
            (t("merknad", "note"), false),
        ],
        &rows,
    );
    let _ = write!(
        out,
        "<h2>{}</h2>",
        t(
            "Justeringer til neste handlingsplan",
            "Adjustments for the next action plan"
        )
    );
    if e.adjustments.is_empty() {
        let _ = write!(out, "<p>{}</p>", t("Ingen.", "None."));
    } else {
        let rows: Vec<Vec<String>> = e
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
                    esc(&j.id),
                    esc(j.effective_kind().as_str()),
                    esc(&target),
                    esc(j.text.get(lang)),
                    j.decision.as_deref().map_or(String::new(), esc),
                ]
            })
            .collect();
        table(
            &mut out,
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
            &rows,
        );
    }
    let _ = write!(
        out,
        "<h2>{}</h2>",
        t("Kvalitative tilbakemeldinger", "Qualitative feedback")
    );
    let rows: Vec<Vec<String>> = e
        .qualitative_feedback
        .iter()
        .map(|f| {
            vec![
                esc(&f.source),
                f.text
                    .as_ref()
                    .map_or_else(|| missing(lang), |x| esc(x.get(lang))),
            ]
        })
        .collect();
    table(
        &mut out,
        t("Hva deltakerne sier", "What the participants say"),
        &[
            (t("kilde", "source"), false),
            (t("tilbakemelding", "feedback"), false),
        ],
        &rows,
    );
    let _ = write!(
        out,
        "<h2>{}</h2>",
        t("Politisk behandling", "Political handling")
    );
    if e.handling.is_empty() {
        let _ = write!(
            out,
            "<p>{}</p>",
            t("Ikke behandlet ennå.", "Not handled yet.")
        );
    } else {
        let rows: Vec<Vec<String>> = e
            .handling
            .iter()
            .map(|h| {
                let outcome = match h.outcome {
                    HandlingOutcome::Noted => t("tatt til orientering", "noted"),
                    HandlingOutcome::Approved => t("godkjent", "approved"),
                    HandlingOutcome::Returned => t("sendt tilbake", "returned"),
                };
                vec![
                    esc(&h.body),
                    h.date.to_string(),
                    h.reference.as_deref().map_or(String::new(), esc),
                    outcome.into(),
                ]
            })
            .collect();
        table(
            &mut out,
            t("Partenes behandling", "The parties' handling"),
            &[
                (t("organ", "body"), false),
                (t("dato", "date"), false),
                (t("sak", "case"), false),
                (t("utfall", "outcome"), false),
            ],
            &rows,
        );
    }
    page_end(&mut out, lang);
    out
}
