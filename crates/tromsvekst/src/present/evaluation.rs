//! An evaluation as a political case: summary, background, method, the
//! findings per focus area and sub-goal with their evidence, the indicators,
//! (for the final) the long-term results, the adjustments, the feedback, the
//! handling, a draft resolution for each party's body and the annexes — the
//! check's findings and the references. What is not filled in yet is marked
//! as such, and said on the first page, so a draft never passes for a
//! finished evaluation.

use super::doc::{Block, Chart, Doc, Span, Spans, cell, fig, text};
use super::{fmt, vocab};
use crate::bundle::Bundle;
use crate::date::Date;
use crate::lang::Lang;
use crate::model::{Assessment, Evaluation, EvaluationStatus, Rating, Stage};
use crate::report::Report;
use crate::status::{RefKind, Status};

mod sections;

fn missing(lang: Lang) -> Span {
    Span::Missing(vocab::not_filled_in(lang).into())
}

fn rating(lang: Lang, r: Option<Rating>) -> Span {
    r.map_or_else(|| missing(lang), |r| text(vocab::rating(lang, r)))
}

/// The title of a measure, from the plans of the bundle.
fn measure_title(bundle: &Bundle, id: &str, lang: Lang) -> String {
    bundle
        .action_plans()
        .flat_map(|(_, p)| p.measures.iter())
        .find(|m| m.id == id)
        .map_or_else(|| id.to_string(), |m| m.title.get(lang).to_string())
}

/// How many parts are not filled in: ratings and words of the findings and
/// results, and the feedback.
pub fn open_parts(e: &Evaluation) -> usize {
    e.findings
        .iter()
        .map(|f| usize::from(f.rating.is_none()) + usize::from(f.text.is_none()))
        .sum::<usize>()
        + e.long_term_results
            .iter()
            .map(|r| usize::from(r.rating.is_none()) + usize::from(r.text.is_none()))
            .sum::<usize>()
        + e.qualitative_feedback
            .iter()
            .filter(|f| f.text.is_none())
            .count()
}

fn judgment(d: &mut Doc, r: Option<Rating>, words: Option<&crate::model::Text>, lang: Lang) {
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    d.p(vec![
        Span::Strong(format!("{} ", t("Vurdering:", "Rating:"))),
        rating(lang, r),
    ]);
    d.p(vec![
        Span::Strong(format!("{} ", t("Begrunnelse:", "Assessment:"))),
        words.map_or_else(|| missing(lang), |x| text(x.get(lang))),
    ]);
}

fn evidence(d: &mut Doc, bundle: &Bundle, s: &Status, a: &Assessment, lang: Lang) {
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    let Some(e) = &a.evidence else { return };
    let rows: Vec<Vec<Spans>> = e
        .measures
        .iter()
        .map(|m| {
            vec![
                cell(measure_title(bundle, &m.id, lang)),
                cell(vocab::measure_status(lang, m.status)),
                if m.status == crate::model::MeasureStatus::Cancelled {
                    cell(t("holdt utenfor", "left out"))
                } else {
                    fig(fmt::pct(lang, Some(f64::from(m.progress))))
                },
            ]
        })
        .collect();
    if rows.is_empty() {
        d.p(vec![text(t(
            "Grunnlag: ingen tiltak tjener dette.",
            "Evidence: no measure serves this.",
        ))]);
    } else {
        d.table(
            &lang.pick(
                format!(
                    "Grunnlag: tiltakene, vektet fremdrift {}",
                    fmt::pct(lang, e.progress)
                ),
                format!(
                    "Evidence: the measures, weighted progress {}",
                    fmt::pct(lang, e.progress)
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
        let names: Vec<String> = e
            .overdue_milestones
            .iter()
            .map(|m| s.name(RefKind::Milestone, m).to_string())
            .collect();
        d.p(vec![
            Span::Overdue(t("Milepæler på overtid: ", "Overdue milestones: ").into()),
            text(names.join("; ")),
        ]);
    }
}

/// The evaluation as a document in `lang`, its evidence as the documents
/// stand on `as_of`; `findings`, the check of the documents on that day,
/// goes into an annex.
pub fn describe(
    bundle: &Bundle,
    e: &Evaluation,
    lang: Lang,
    as_of: Date,
    findings: Option<&Report>,
) -> Doc {
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    let a = &bundle.agreement().value;
    let status = Status::compute(bundle, as_of.max(e.date), lang).ok();
    let s = status.as_ref();
    let ctx = Ctx {
        bundle,
        e,
        lang,
        a,
        s,
    };
    let name = |kind: RefKind, id: &str| -> String {
        s.map_or_else(|| id.to_string(), |s| s.name(kind, id).to_string())
    };
    let stage = vocab::stage(lang, e.stage);
    let agreement = a.title.get(lang).to_string();
    let title = format!("{stage} — {agreement}");
    let mut d = Doc::new(lang, title.clone());
    d.push(Block::Title(title));
    let open = open_parts(e);
    if e.status == EvaluationStatus::Draft {
        d.push(Block::Alert(vec![
            Span::Strong(t("UTKAST — ikke ferdig. ", "DRAFT — not finished. ").into()),
            text(if open > 0 {
                lang.pick(
                    format!(
                        "{} mangler ennå; de er merket «Ikke fylt ut» nedenfor.",
                        fmt::count(lang, open, ("del", "deler"), ("part", "parts"))
                    ),
                    format!(
                        "{} still to be filled in; they are marked \"Not filled in\" below.",
                        fmt::count(
                            lang,
                            open,
                            ("part is", "parts are"),
                            ("part is", "parts are")
                        )
                    ),
                )
            } else {
                t(
                    "Alle deler er fylt ut, men evalueringen er ikke konkludert.",
                    "Every part is filled in, but the evaluation is not concluded.",
                )
                .to_string()
            }),
        ]));
    } else if open > 0 {
        d.push(Block::Alert(vec![
            Span::Strong(
                t(
                    "Konkludert, men ikke fullstendig. ",
                    "Concluded, but not complete. ",
                )
                .into(),
            ),
            text(lang.pick(
                format!(
                    "{} er ikke fylt ut; de er merket «Ikke fylt ut» nedenfor.",
                    fmt::count(lang, open, ("del", "deler"), ("part", "parts"))
                ),
                format!(
                    "{} not filled in; they are marked \"Not filled in\" below.",
                    fmt::count(
                        lang,
                        open,
                        ("part is", "parts are"),
                        ("part is", "parts are")
                    )
                ),
            )),
        ]));
    }
    let assessed: Vec<String> = e.assesses.iter().map(|p| name(RefKind::Plan, p)).collect();
    d.p(vec![text(lang.pick(
        format!(
            "Datert {}. Ansvarlig: {}. Vurderer {}.",
            fmt::date(lang, e.date),
            name(RefKind::Party, &e.responsible),
            fmt::list(lang, &assessed)
        ),
        format!(
            "Dated {}. Responsible: {}. Assesses {}.",
            fmt::date(lang, e.date),
            name(RefKind::Party, &e.responsible),
            fmt::list(lang, &assessed)
        ),
    ))]);

    // Summary.
    d.h(2, t("Sammendrag", "Summary"));
    let rows: Vec<Vec<Spans>> = a
        .focus_areas
        .iter()
        .map(|f| {
            let x = e
                .findings
                .iter()
                .find(|x| x.focus_area == f.number && x.sub_goal.is_none());
            vec![
                cell(format!("{}. {}", f.number, f.title.get(lang))),
                vec![rating(lang, x.and_then(|x| x.rating))],
                fig(fmt::pct(
                    lang,
                    x.and_then(|x| x.evidence.as_ref()).and_then(|v| v.progress),
                )),
            ]
        })
        .collect();
    d.table(
        t("Vurderingen per innsatsområde", "The rating per focus area"),
        &[
            (t("innsatsområde", "focus area"), false),
            (t("vurdering", "rating"), false),
            (t("fremdrift", "progress"), true),
        ],
        rows,
    );
    if let Some(s) = s {
        let m = &s.measures;
        let mut points = vec![vec![text(lang.pick(
            format!(
                "{} tiltak i {}: {} fullført, {} pågår, {} planlagt, {} utsatt, {} avlyst.",
                m.total,
                s.current_plan.as_ref().map_or_else(String::new, |p| s.name(RefKind::Plan, &p.id).to_string()),
                m.completed, m.ongoing, m.planned, m.postponed, m.cancelled
            ),
            format!(
                "{} measures in {}: {} completed, {} ongoing, {} planned, {} postponed, {} cancelled.",
                m.total,
                s.current_plan.as_ref().map_or_else(String::new, |p| s.name(RefKind::Plan, &p.id).to_string()),
                m.completed, m.ongoing, m.planned, m.postponed, m.cancelled
            ),
        ))]];
        if s.overdue_milestones.is_empty() {
            points.push(vec![text(t(
                "Ingen milepæl er på overtid.",
                "No milestone is overdue.",
            ))]);
        } else {
            let names: Vec<String> = s
                .overdue_milestones
                .iter()
                .map(|m| {
                    format!(
                        "{} ({} {})",
                        m.title,
                        t("frist", "due"),
                        fmt::date(lang, m.due)
                    )
                })
                .collect();
            points.push(vec![
                Span::Overdue(t("På overtid: ", "Overdue: ").into()),
                text(names.join("; ")),
            ]);
        }
        for x in &s.indicators {
            if let (Some(l), Some(tg)) = (x.latest, x.target) {
                points.push(vec![text(lang.pick(
                    format!(
                        "{}: {} mot målet {} for {}.",
                        x.name,
                        fmt::year_value(lang, l, x.unit.as_deref()),
                        fmt::with_unit(lang, tg.value, x.unit.as_deref()),
                        tg.year
                    ),
                    format!(
                        "{}: {} against the target {} for {}.",
                        x.name,
                        fmt::year_value(lang, l, x.unit.as_deref()),
                        fmt::with_unit(lang, tg.value, x.unit.as_deref()),
                        tg.year
                    ),
                ))]);
            }
        }
        d.push(Block::List(points));
    }

    // Background.
    d.h(2, t("Bakgrunn", "Background"));
    let party_names: Vec<String> = a
        .parties
        .iter()
        .map(|p| p.name.get(lang).to_string())
        .collect();
    d.p(vec![text(lang.pick(
        format!(
            "{agreement} er inngått mellom {} for perioden {}–{}.",
            fmt::list(lang, &party_names),
            a.period.start,
            a.period.end
        ),
        format!(
            "{agreement} is made between {} for the period {}–{}.",
            fmt::list(lang, &party_names),
            a.period.start,
            a.period.end
        ),
    ))]);
    let mandate = match e.stage {
        Stage::Midterm => lang.pick(
            format!(
                "Avtalen fastsetter en midtveisevaluering innen utgangen av {}, som måler fremdriften mot handlingsplanen for {} og fører justeringene inn i handlingsplanen for {}.",
                a.evaluation.midterm.year, a.evaluation.midterm.assesses, a.evaluation.midterm.adjustments_into
            ),
            format!(
                "The agreement sets a midterm evaluation by the end of {}, measuring progress against the action plan for {} and carrying its adjustments into the action plan for {}.",
                a.evaluation.midterm.year, a.evaluation.midterm.assesses, a.evaluation.midterm.adjustments_into
            ),
        ),
        Stage::Final => lang.pick(
            format!(
                "Avtalen fastsetter en sluttevaluering i {}{}{}.",
                a.evaluation.final_evaluation.year,
                if a.evaluation.final_evaluation.quantitative_results { ", med kvantitative resultater" } else { "" },
                if a.evaluation.final_evaluation.qualitative_feedback { " og kvalitative tilbakemeldinger fra partene, kommunene, ungdomsrådene og næringslivet" } else { "" },
            ),
            format!(
                "The agreement sets a final evaluation in {}{}{}.",
                a.evaluation.final_evaluation.year,
                if a.evaluation.final_evaluation.quantitative_results { ", with quantitative results" } else { "" },
                if a.evaluation.final_evaluation.qualitative_feedback { " and qualitative feedback from the parties, the municipalities, the youth councils and business" } else { "" },
            ),
        ),
    };
    d.p(vec![text(mandate)]);
    if !a.evaluation.text.is_empty() {
        d.p(vec![
            Span::Muted(format!(
                "{} ",
                t("Avtalens ordlyd:", "The agreement's words:")
            )),
            text(
                a.evaluation
                    .text
                    .iter()
                    .map(|x| x.get(lang))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        ]);
    }

    // Method.
    d.h(2, t("Metode", "Method"));
    let docs: Vec<String> = bundle
        .documents()
        .iter()
        .map(|doc| match doc {
            crate::document::AnyDocument::ActionPlan(p) => p.value.title.get(lang).to_string(),
            crate::document::AnyDocument::Evaluation(x) => {
                crate::status::evaluation_name(&x.value, lang)
            }
            other => format!(
                "{} ({})",
                vocab::document_kind(lang, other.kind()),
                name(RefKind::Document, other.id())
            ),
        })
        .collect();
    d.p(vec![text(lang.pick(
        format!(
            "Evalueringen bygger på dokumentene slik de står per {}: {}.",
            fmt::date(lang, as_of.max(e.date)),
            fmt::list(lang, &docs)
        ),
        format!(
            "The evaluation rests on the documents as they stand on {}: {}.",
            fmt::date(lang, as_of.max(e.date)),
            fmt::list(lang, &docs)
        ),
    ))]);
    d.p(vec![text(match e.stage {
        Stage::Midterm => t(
            "Fremdriften er et vektet snitt av tiltakenes fremdrift i handlingsplanen som vurderes (vekt 1 der ingen er gitt). Fullførte tiltak teller 100 %; avlyste tiltak er holdt utenfor snittet, men står i tabellene.",
            "Progress is the weighted mean of the progress of the measures of the action plan assessed (weight 1 where none is given). Completed measures count 100%; cancelled measures are left out of the mean, but stand in the tables.",
        ),
        Stage::Final => t(
            "Fremdriften gjelder hele avtaleperioden: alle handlingsplanenes tiltak, et videreført tiltak talt én gang med sin siste fremdrift, vektet etter tiltakenes vekt (1 der ingen er gitt). Fullførte tiltak teller 100 %; avlyste tiltak er holdt utenfor snittet, men står i tabellene.",
            "Progress covers the whole agreement period: every action plan's measures, a continued measure counted once with its latest progress, weighted by the measures' weights (1 where none is given). Completed measures count 100%; cancelled measures are left out of the mean, but stand in the tables.",
        ),
    })]);
    if let Some(s) = s {
        let sources: Vec<String> = s
            .indicators
            .iter()
            .filter_map(|x| x.source.as_ref().map(|src| format!("{} ({src})", x.name)))
            .collect();
        if !sources.is_empty() {
            d.p(vec![text(lang.pick(
                format!("Indikatortallene kommer fra: {}.", sources.join("; ")),
                format!("The indicator figures come from: {}.", sources.join("; ")),
            ))]);
        }
    }

    // Findings.
    d.h(
        2,
        t(
            "Funn per innsatsområde og delmål",
            "Findings per focus area and sub-goal",
        ),
    );
    for f in &a.focus_areas {
        d.h(3, format!("{}. {}", f.number, f.title.get(lang)));
        let finding = e
            .findings
            .iter()
            .find(|x| x.focus_area == f.number && x.sub_goal.is_none());
        let chart_rows: Vec<(String, Option<f64>, String)> = f
            .sub_goals
            .iter()
            .map(|g| {
                let p = e
                    .findings
                    .iter()
                    .find(|x| x.sub_goal.as_deref() == Some(g.id.as_str()))
                    .and_then(|x| x.evidence.as_ref())
                    .and_then(|v| v.progress);
                (
                    format!("{} {}", t("delmål", "sub-goal"), g.id),
                    p,
                    fmt::pct(lang, p),
                )
            })
            .collect();
        if chart_rows.iter().any(|r| r.1.is_some()) {
            let title = lang.pick(
                format!(
                    "Fremdrift per delmål under innsatsområde {}, i prosent",
                    f.number
                ),
                format!(
                    "Progress per sub-goal of focus area {}, in per cent",
                    f.number
                ),
            );
            d.push(Block::Figure {
                chart: Chart::Bars {
                    title: title.clone(),
                    rows: chart_rows,
                },
                caption: title,
            });
        }
        match finding {
            Some(x) => judgment(&mut d, x.rating, x.text.as_ref(), lang),
            None => d.p(vec![missing(lang)]),
        }
        for g in &f.sub_goals {
            d.p(vec![Span::Strong(format!(
                "{} {}: {}",
                t("Delmål", "Sub-goal"),
                g.id,
                g.text.get(lang)
            ))]);
            match e
                .findings
                .iter()
                .find(|x| x.sub_goal.as_deref() == Some(g.id.as_str()))
            {
                Some(x) => {
                    judgment(&mut d, x.rating, x.text.as_ref(), lang);
                    if let Some(s) = s {
                        evidence(&mut d, bundle, s, x, lang);
                    }
                }
                None => d.p(vec![missing(lang)]),
            }
        }
    }

    sections::indicators(&mut d, &ctx);

    sections::long_term_results(&mut d, &ctx);

    sections::adjustments(&mut d, &ctx);

    // Feedback.
    d.h(2, t("Tilbakemeldinger", "Feedback"));
    if e.qualitative_feedback.is_empty() {
        d.p(vec![text(t(
            "Ingen tilbakemeldinger er registrert.",
            "No feedback is recorded.",
        ))]);
    } else {
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
                (t("fra", "from"), false),
                (t("tilbakemelding", "feedback"), false),
            ],
            rows,
        );
    }

    // Handling.
    d.h(2, t("Politisk behandling", "Political handling"));
    if e.handling.is_empty() {
        d.p(vec![text(t("Ikke behandlet ennå.", "Not handled yet."))]);
    } else {
        let rows = e
            .handling
            .iter()
            .map(|h| {
                vec![
                    cell(name(RefKind::Party, &h.party)),
                    cell(h.body.clone()),
                    fig(fmt::date(lang, h.date)),
                    h.reference.as_deref().map_or_else(|| cell("–"), cell),
                    cell(vocab::handling_outcome(lang, h.outcome)),
                ]
            })
            .collect();
        d.table(
            t("Partenes behandling", "The parties' handling"),
            &[
                (t("part", "party"), false),
                (t("organ", "body"), false),
                (t("dato", "date"), false),
                (t("sak", "case"), false),
                (t("utfall", "outcome"), false),
            ],
            rows,
        );
    }

    // Draft resolution: the analysts' words where the evaluation holds
    // them, else drafted from the data.
    d.h(2, t("Forslag til vedtak", "Draft resolution"));
    let drafted = a
        .parties
        .iter()
        .any(|p| !e.resolutions.iter().any(|r| r.party == p.id));
    if drafted {
        d.p(vec![Span::Muted(
            t(
                "Utkast laget fra dataene; saksbehandlerne tilpasser teksten i evalueringen (resolutions) før saken legges fram.",
                "Drafted from the data; the case officers adapt the text in the evaluation (resolutions) before the case goes forward.",
            )
            .into(),
        )]);
    }
    let items: Vec<Spans> = a
        .parties
        .iter()
        .map(|p| match e.resolutions.iter().find(|r| r.party == p.id) {
            Some(r) => vec![text(r.text.get(lang))],
            None => {
                let body = crate::draft::body_of(bundle, &p.id)
                    .unwrap_or_else(|| p.name.get(lang).to_string());
                vec![text(crate::draft::resolution_text(
                    bundle, e.stage, &body, lang,
                ))]
            }
        })
        .collect();
    d.push(Block::List(items));

    // Annexes.
    d.h(
        2,
        t(
            "Vedlegg: funn fra kontrollen av dokumentene",
            "Annex: findings of the check of the documents",
        ),
    );
    match findings {
        Some(r) if r.findings().next().is_some() => {
            let rows = r
                .findings()
                .map(|f| {
                    vec![
                        cell(f.severity.label(lang)),
                        cell(f.message.clone()),
                        vec![Span::Muted(f.rule.clone())],
                    ]
                })
                .collect();
            d.table(
                &lang.pick(
                    format!("Kontrollen per {}", fmt::date(lang, as_of)),
                    format!("The check as of {}", fmt::date(lang, as_of)),
                ),
                &[
                    (t("alvor", "severity"), false),
                    (t("funn", "finding"), false),
                    (t("regel", "rule"), false),
                ],
                rows,
            );
        }
        Some(_) => d.p(vec![text(t(
            "Kontrollen finner ingenting.",
            "The check finds nothing.",
        ))]),
        None => d.p(vec![text(t(
            "Kontrollen er ikke kjørt.",
            "The check was not run.",
        ))]),
    }
    if let Some(s) = s {
        super::status::references(&mut d, s);
    }
    d.push(Block::Note(vocab::made_with(lang).into()));
    d
}

/// What every section of an evaluation's description reads.
pub(super) struct Ctx<'a> {
    pub(super) bundle: &'a Bundle,
    pub(super) e: &'a Evaluation,
    pub(super) lang: Lang,
    pub(super) a: &'a crate::model::Agreement,
    pub(super) s: Option<&'a Status>,
}
