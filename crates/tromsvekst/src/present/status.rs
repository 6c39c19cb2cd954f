//! The status on a day as one description: what every rendering of a status
//! shows — the terminal, Markdown, HTML, Word, the notebook and the web
//! page — with names in place of ids, figures in the reader's format, each
//! figure's basis said, and the ids in a references appendix.

use super::doc::{Block, Chart, Doc, Span, Spans, cell, fig, text};
use super::{fmt, vocab};
use crate::lang::Lang;
use crate::status::{DueState, RefKind, Status};

mod meetings;
mod resources;
mod sections;

/// Cells of the reader's words for a list of party ids: their names.
fn parties(s: &Status, ids: &[String]) -> String {
    let names: Vec<String> = ids
        .iter()
        .map(|p| s.name(RefKind::Party, p).to_string())
        .collect();
    fmt::list(s.lang, &names)
}

fn sub_goal_label(lang: Lang, id: &str, text_of: &str) -> String {
    if text_of.is_empty() {
        format!("{} {id}", lang.pick("Delmål", "Sub-goal"))
    } else {
        format!("{id} {text_of}")
    }
}

/// The status as a document, in the status's language.
pub fn describe(s: &Status) -> Doc {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    let day = fmt::date(lang, s.as_of);
    let mut d = Doc::new(
        lang,
        format!(
            "{} — {} {}",
            s.agreement.title,
            t("status per", "status as of"),
            day
        ),
    );
    d.push(Block::Title(format!(
        "{} — {} {}",
        s.agreement.title,
        t("status per", "status as of"),
        day
    )));
    if s.validation.error > 0 {
        let n = fmt::count(
            lang,
            s.validation.error,
            ("feil", "feil"),
            ("error", "errors"),
        );
        d.push(Block::Alert(vec![
            Span::Strong(lang.pick(
                format!("Merk: valideringen av dokumentene finner {n}."),
                format!("Note: validating the documents finds {n}."),
            )),
            text(t(
                " Der feilen ligger i dataene, kan tallene nedenfor være gale; funnene står i valideringsrapporten.",
                " Where an error lies in the data, the figures below may be wrong; the validation report lists the findings.",
            )),
        ]));
    }

    for section in [
        sections::agreement,
        sections::evaluations,
        sections::progress,
        sections::overdue,
        meetings::meetings,
        meetings::coordinators,
        meetings::decisions,
        resources::who_does_what,
        resources::funding,
        resources::unserved,
    ] {
        section(&mut d, s);
    }

    // Indicators.
    indicators(&mut d, s);

    // References.
    references(&mut d, s);
    d.push(Block::Note(lang.pick(
        format!("Laget med tromsvekst. Status per {day}."),
        format!("Made with tromsvekst. Status as of {day}."),
    )));
    d
}

/// The indicators: a chart each, unit and source, baseline, latest, and
/// the targets labelled as interim or the period's.
pub fn indicators(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    d.h(2, t("Indikatorer", "Indicators"));
    if s.indicators.is_empty() {
        d.p(vec![text(t(
            "Ingen indikatorer blant dokumentene.",
            "No indicators among the documents.",
        ))]);
        return;
    }
    d.p(vec![text(lang.pick(
        format!(
            "Siste tall er det siste året med tall til og med {}. Målet er avtalens mål for periodens slutt ({}); et etappemål er et mål for et år før det.",
            s.as_of.year(),
            s.agreement.period.end
        ),
        format!(
            "The latest figure is that of the last year with figures up to {}. The target is the agreement's target for the period's end ({}); an interim target is one for a year before it.",
            s.as_of.year(),
            s.agreement.period.end
        ),
    ))]);
    let rows = s
        .indicators
        .iter()
        .map(|x| {
            let unit = x.unit.as_deref();
            // The unit stands once, after the name; the figures are bare.
            let v = |y: Option<crate::model::YearValue>| {
                y.map_or_else(
                    || cell("–"),
                    |y| fig(format!("{} ({})", fmt::bare(lang, y.value, unit), y.year)),
                )
            };
            let latest = match (x.latest, &x.latest_text) {
                (Some(l), _) => v(Some(l)),
                (None, Some(words)) => cell(words.clone()),
                (None, None) => cell(t("ingen tall ennå", "no figure yet")),
            };
            let mut targets = Vec::new();
            if let Some(i) = x.interim_target {
                targets.push(Span::Figure(lang.pick(
                    format!("etappemål {}: {}", i.year, fmt::bare(lang, i.value, unit)),
                    format!("interim {}: {}", i.year, fmt::bare(lang, i.value, unit)),
                )));
                targets.push(text("; "));
            }
            if let Some(f) = x.target {
                targets.push(Span::Figure(lang.pick(
                    format!("mål {}: {}", f.year, fmt::bare(lang, f.value, unit)),
                    format!("target {}: {}", f.year, fmt::bare(lang, f.value, unit)),
                )));
            }
            if targets.is_empty() {
                targets.push(text("–"));
            }
            let chart = if x.series.len() > 1 {
                vec![Span::Chart(Chart::Line {
                    title: lang.pick(
                        format!(
                            "{}: fra {} til {} mot målet for {}",
                            x.name,
                            x.series[0].year,
                            x.series[x.series.len() - 1].year,
                            x.target.map_or(s.agreement.period.end, |t| t.year)
                        ),
                        format!(
                            "{}: from {} to {} against the target for {}",
                            x.name,
                            x.series[0].year,
                            x.series[x.series.len() - 1].year,
                            x.target.map_or(s.agreement.period.end, |t| t.year)
                        ),
                    ),
                    points: x.series.iter().map(|p| (p.year, p.value)).collect(),
                    target: x.target.map(|t| t.value),
                })]
            } else {
                cell("–")
            };
            // Which way it moves and its traffic light, in one column.
            let mut judged = vec![text(x.trend.map_or("–", |tr| vocab::trend(lang, tr)))];
            if let Some(l) = x.light {
                judged.push(text(" "));
                judged.push(Span::Light(l, vocab::light(lang, l).into()));
            }
            let mut name = vec![Span::Strong(x.name.clone())];
            if let Some(u) = unit {
                name.push(text(format!(" ({u})")));
            }
            if let Some(src) = &x.source {
                name.push(Span::Muted(format!(" — {}: {src}", t("kilde", "source"))));
            }
            vec![name, v(x.baseline), latest, targets, chart, judged]
        })
        .collect();
    d.table(
        t(
            "Indikatorene mot utgangspunkt og mål; linjen viser utviklingen, den stiplede linjen målet for periodens slutt",
            "The indicators against baseline and target; the line shows the trend, the dashed line the target for the period's end",
        ),
        &[
            (t("indikator (enhet, kilde)", "indicator (unit, source)"), false),
            (t("utgangspunkt", "baseline"), true),
            (t("siste", "latest"), true),
            (t("mål", "target"), false),
            (t("utvikling", "trend"), false),
            (t("retning og lys", "direction and light"), false),
        ],
        rows,
    );
}

/// The references appendix: each id the status uses, with its name.
pub fn references(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    d.h(2, t("Vedlegg: referanser", "Annex: references"));
    let kind = |k: RefKind| match k {
        RefKind::Party => t("part", "party"),
        RefKind::Municipality => t("kommune", "municipality"),
        RefKind::Plan => t("handlingsplan", "action plan"),
        RefKind::Measure => t("tiltak", "measure"),
        RefKind::Milestone => t("milepæl", "milestone"),
        RefKind::Meeting => t("møte", "meeting"),
        RefKind::Evaluation => t("evaluering", "evaluation"),
        RefKind::Result => t("langsiktig resultat", "long-term result"),
        RefKind::SubGoal => t("delmål", "sub-goal"),
        RefKind::Strategy => t("strategi", "strategy"),
        RefKind::Indicator => t("indikator", "indicator"),
        RefKind::Document => t("fil", "file"),
        RefKind::Theme => t("tema", "theme"),
    };
    let shown = [
        RefKind::Party,
        RefKind::Plan,
        RefKind::Milestone,
        RefKind::Meeting,
        RefKind::Evaluation,
        RefKind::Indicator,
        RefKind::Document,
    ];
    let mut rows: Vec<Vec<Spans>> = Vec::new();
    for k in shown {
        for r in s.references.iter().filter(|r| r.kind == k) {
            rows.push(vec![
                cell(kind(k)),
                cell(r.name.clone()),
                vec![Span::Muted(r.id.clone())],
            ]);
        }
        if k == RefKind::Plan {
            let mut seen = std::collections::BTreeSet::new();
            for m in s
                .progress
                .iter()
                .flat_map(|f| f.sub_goals.iter())
                .flat_map(|g| g.measures.iter())
            {
                if seen.insert(m.id.clone()) {
                    rows.push(vec![
                        cell(kind(RefKind::Measure)),
                        cell(m.title.clone()),
                        vec![Span::Muted(m.id.clone())],
                    ]);
                }
            }
        }
    }
    d.table(
        t(
            "Navnene i dokumentet og id-ene de har i dataene",
            "The names in this document and their ids in the data",
        ),
        &[
            (t("slag", "kind"), false),
            (t("navn", "name"), false),
            (t("id", "id"), false),
        ],
        rows,
    );
}

/// The progress per focus area over time as a section: a table of the days
/// and a line per focus area.
pub fn history_section(d: &mut Doc, h: &crate::status::History) {
    let lang = h.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    d.h(2, t("Fremdrift over tid", "Progress over time"));
    d.p(vec![text(t(
        "Hver dag er bedømt ut fra det som var kjent den dagen: oppfølgingen, vedtakene og evalueringene datert senere er holdt utenfor. Fremdriften gjelder handlingsplanen som gjaldt den dagen.",
        "Each day is judged on what was known on it: follow-up, adoptions and evaluations dated later are left out. The progress is that of the action plan running on the day.",
    ))]);
    let Some(first) = h.points.first() else {
        return;
    };
    let areas: Vec<(u32, String)> = first
        .focus_areas
        .iter()
        .map(|f| (f.number, f.title.clone()))
        .collect();
    let rows: Vec<Vec<(u32, Option<f64>)>> = h
        .points
        .iter()
        .map(|p| {
            p.focus_areas
                .iter()
                .map(|f| (f.number, f.progress))
                .collect()
        })
        .collect();
    let chart_rows: Vec<Vec<Spans>> = areas
        .iter()
        .map(|(n, title)| {
            let points: Vec<(i32, f64)> = rows
                .iter()
                .enumerate()
                .filter_map(|(i, r)| {
                    r.iter()
                        .find(|(x, _)| x == n)
                        .and_then(|(_, p)| *p)
                        .map(|p| (i as i32, p))
                })
                .collect();
            let last = points.last().map(|p| p.1);
            vec![
                cell(format!("{n}. {title}")),
                if points.len() > 1 {
                    vec![Span::Chart(Chart::Line {
                        title: lang.pick(
                            format!(
                                "{n}. {title}: fremdrift fra {} til {}",
                                fmt::date(lang, h.points[0].day),
                                fmt::date(lang, h.points[h.points.len() - 1].day)
                            ),
                            format!(
                                "{n}. {title}: progress from {} to {}",
                                fmt::date(lang, h.points[0].day),
                                fmt::date(lang, h.points[h.points.len() - 1].day)
                            ),
                        ),
                        points,
                        target: Some(100.0),
                    })]
                } else {
                    cell("–")
                },
                fig(fmt::pct(lang, last)),
            ]
        })
        .collect();
    d.table(
        t(
            "Utviklingen per innsatsområde; den stiplede linjen er 100 %",
            "The development per focus area; the dashed line is 100%",
        ),
        &[
            (t("innsatsområde", "focus area"), false),
            (t("utvikling", "development"), false),
            (t("siste", "latest"), true),
        ],
        chart_rows,
    );
    let heads: Vec<String> = areas
        .iter()
        .map(|(n, _)| lang.pick(format!("innsatsområde {n}"), format!("focus area {n}")))
        .collect();
    let mut head: Vec<(&str, bool)> = vec![(t("dag", "day"), false)];
    head.extend(heads.iter().map(|h| (h.as_str(), true)));
    let table: Vec<Vec<Spans>> = h
        .points
        .iter()
        .zip(&rows)
        .map(|(p, r)| {
            let mut row = vec![fig(fmt::date(lang, p.day))];
            row.extend(areas.iter().map(|(n, _)| {
                fig(fmt::pct(
                    lang,
                    r.iter().find(|(x, _)| x == n).and_then(|(_, v)| *v),
                ))
            }));
            row
        })
        .collect();
    d.table(
        t("Fremdriften dag for dag", "The progress day by day"),
        &head,
        table,
    );
}

/// The progress over time as a document of its own.
pub fn history(h: &crate::status::History) -> Doc {
    let lang = h.lang;
    let title = lang
        .pick("Fremdrift over tid", "Progress over time")
        .to_string();
    let mut d = Doc::new(lang, title.clone());
    d.push(Block::Title(title));
    history_section(&mut d, h);
    d
}

// The renderings of a status and of a history, here with the description
// they are made from (the status module computes; it does not present).
impl Status {
    /// The status as one description of a document (sections, tables,
    /// charts), which every rendering is made from.
    pub fn describe(&self) -> Doc {
        describe(self)
    }

    /// The status as Markdown: headings and tables.
    pub fn to_markdown(&self) -> String {
        self.describe().to_markdown()
    }

    /// The status as plain text.
    pub fn to_text(&self) -> String {
        self.describe().to_text()
    }
}

impl crate::status::History {
    /// The history as one description of a document.
    pub fn describe(&self) -> Doc {
        history(self)
    }

    /// As plain text.
    pub fn to_text(&self) -> String {
        self.describe().to_text()
    }

    /// As Markdown.
    pub fn to_markdown(&self) -> String {
        self.describe().to_markdown()
    }
}
