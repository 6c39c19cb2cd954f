//! The status report: what the status says, as blocks.

use crate::doc::{Block, Chart, Doc, Span, Spans, cell, text};
use tromsvekst::model::{Light, Nok};
use tromsvekst::status::{DueState, Status};
use tromsvekst::{AnyDocument, Bundle, Lang};

/// A number in the language's way: `12 345,6` in bokmål, `12,345.6` in English.
pub(crate) fn num(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    let group = lang.pick('\u{a0}', ',');
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{}{frac}", lang.pick(',', '.'))
    }
}

fn kroner(lang: Lang, n: Nok) -> String {
    let whole = n.ore() / 100;
    let ore = n.ore() % 100;
    if ore == 0 {
        num(lang, whole as f64, 0)
    } else {
        format!(
            "{}{}{ore:02}",
            num(lang, whole as f64, 0),
            lang.pick(',', '.')
        )
    }
}

pub(crate) fn pct(lang: Lang, p: Option<f64>) -> String {
    p.map_or("–".into(), |p| format!("{}\u{a0}%", num(lang, p, 1)))
}

/// The status as a report, in the status's language.
pub(crate) fn status_doc(bundle: &Bundle, s: &Status) -> Doc {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    let title = format!(
        "{} — {} {}",
        s.agreement.title,
        t("status per", "status as of"),
        s.as_of
    );
    let mut d = Doc::new(lang, title);
    d.push(Block::Title(s.agreement.title.clone()));
    d.p(vec![
        text(format!(
            "{} ",
            t(
                "Status for oppfølgingen per",
                "Status of the follow-up as of"
            )
        )),
        Span::Strong(s.as_of.to_string()),
        text(format!(
            " · {} {}",
            t("avtaleperiode", "agreement period"),
            s.agreement.period
        )),
    ]);
    if s.validation.error > 0 {
        d.push(Block::Alert(vec![
            Span::Strong(lang.pick(
                format!(
                    "Valideringen av dokumentene finner {} feil.",
                    s.validation.error
                ),
                format!(
                    "Validating the documents finds {} error(s).",
                    s.validation.error
                ),
            )),
            text(format!(
                " {}",
                t(
                    "Der feilen ligger i dataene, kan tallene nedenfor være gale; se valideringsrapporten.",
                    "Where an error lies in the data, the figures below may be wrong; see the validation report.",
                )
            )),
        ]));
    }
    d.p(vec![match s.in_force {
        Some(day) => text(lang.pick(
            format!("I kraft fra {day} (den siste av partenes godkjenninger)."),
            format!("In force from {day} (the later of the parties' approvals)."),
        )),
        None => Span::Overdue(
            t(
                "Ikke i kraft: ikke alle partene har en gjeldende godkjenning.",
                "Not in force: not every party has a standing approval.",
            )
            .into(),
        ),
    }]);
    if let Some(p) = &s.current_plan {
        d.p(vec![
            text(format!("{} ", t("Handlingsplan:", "Action plan:"))),
            Span::Strong(p.id.clone()),
            text(format!(
                " ({}){}",
                p.period,
                if p.ended {
                    t(", avsluttet", ", ended")
                } else {
                    ""
                }
            )),
        ]);
    }

    // Evaluations.
    d.h(2, t("Evalueringer", "Evaluations"));
    let rows: Vec<Vec<Spans>> = s
        .evaluations
        .iter()
        .map(|e| {
            let stage = match e.stage {
                tromsvekst::model::Stage::Midterm => t("Midtveisevaluering", "Midterm evaluation"),
                tromsvekst::model::Stage::Final => t("Sluttevaluering", "Final evaluation"),
            };
            let state = match e.state {
                DueState::Done => text(t("gjennomført", "done")),
                DueState::Due => text(format!(
                    "{} ({} {})",
                    t("til forfall", "due"),
                    e.days_left,
                    t("dager igjen", "days left")
                )),
                DueState::Overdue => Span::Overdue(format!(
                    "{} ({} {})",
                    t("på overtid", "overdue"),
                    -e.days_left,
                    t("dager", "days")
                )),
                DueState::Upcoming => text(t("kommer", "upcoming")),
            };
            let handled = if e.handled_by.is_empty() {
                "–".to_string()
            } else {
                e.handled_by.join(", ")
            };
            vec![
                cell(stage),
                vec![Span::NoWrap(e.due.to_string())],
                vec![state],
                cell(handled),
            ]
        })
        .collect();
    d.table(
        t(
            "Evalueringene avtalen fastsetter (del 7)",
            "The evaluations the agreement sets (section 7)",
        ),
        &[
            (t("evaluering", "evaluation"), false),
            (t("frist", "due"), false),
            (t("stand", "state"), false),
            (t("behandlet av", "handled by"), false),
        ],
        rows,
    );

    // Progress.
    d.h(
        2,
        t(
            "Fremdrift per innsatsområde og delmål",
            "Progress per focus area and sub-goal",
        ),
    );
    let mut chart = Vec::new();
    let mut rows = Vec::new();
    for f in &s.progress {
        chart.push((
            format!("{}. {}", f.number, short(&f.title, 34)),
            f.progress,
            pct(lang, f.progress),
        ));
        rows.push(vec![
            vec![Span::Strong(format!("{}. {}", f.number, f.title))],
            cell(pct(lang, f.progress)),
            cell(f.measures.to_string()),
        ]);
        for g in &f.sub_goals {
            chart.push((format!("   {}", g.id), g.progress, pct(lang, g.progress)));
            rows.push(vec![
                cell(format!("{} {}", t("delmål", "sub-goal"), g.id)),
                cell(pct(lang, g.progress)),
                cell(g.measures.len().to_string()),
            ]);
        }
    }
    let chart_title = t(
        "Fremdrift per innsatsområde og delmål, i prosent",
        "Progress per focus area and sub-goal, in per cent",
    );
    d.push(Block::Figure {
        chart: Chart::Bars {
            title: chart_title.to_string(),
            rows: chart,
        },
        caption: chart_title.to_string(),
    });
    d.table(
        t("Fremdriften i tall", "The progress in figures"),
        &[
            (t("innsatsområde / delmål", "focus area / sub-goal"), false),
            (t("fremdrift", "progress"), true),
            (t("tiltak", "measures"), true),
        ],
        rows,
    );

    // Overdue milestones.
    d.h(2, t("Milepæler på overtid", "Overdue milestones"));
    if s.overdue_milestones.is_empty() {
        d.p(vec![text(t("Ingen.", "None."))]);
    } else {
        let rows = s
            .overdue_milestones
            .iter()
            .map(|m| {
                vec![
                    cell(m.title.clone()),
                    vec![Span::NoWrap(m.due.to_string())],
                    cell(m.days_late.to_string()),
                ]
            })
            .collect();
        d.table(
            t(
                "Milepæler som ikke er nådd innen fristen",
                "Milestones not reached by their due day",
            ),
            &[
                (t("milepæl", "milestone"), false),
                (t("frist", "due"), false),
                (t("dager på overtid", "days late"), true),
            ],
            rows,
        );
    }

    // Meetings.
    d.h(2, t("Politiske møter", "Political meetings"));
    let rows = s
        .meetings
        .iter()
        .map(|m| {
            let ok = if m.on_track {
                text(t("i rute", "on track"))
            } else {
                Span::Overdue(t("for få", "too few").into())
            };
            vec![
                cell(m.year.to_string()),
                cell(m.held.to_string()),
                cell(m.planned.to_string()),
                cell(m.required.to_string()),
                vec![ok],
            ]
        })
        .collect();
    d.table(
        t(
            "Møter holdt og planlagt mot kravet i del 6.1",
            "Meetings held and planned against the requirement of section 6.1",
        ),
        &[
            (t("år", "year"), false),
            (t("holdt", "held"), true),
            (t("planlagt", "planned"), true),
            (t("krav", "required"), true),
            ("", false),
        ],
        rows,
    );

    // The coordinators (section 6.2).
    d.h(2, t("Koordinatorer", "Coordinators"));
    let rows = s
        .coordinators
        .iter()
        .map(|c| {
            vec![
                cell(c.party.clone()),
                vec![if c.in_place {
                    text(t("ja", "yes"))
                } else {
                    Span::Overdue(t("nei", "no").into())
                }],
                cell(c.role.clone().unwrap_or_else(|| "–".into())),
                c.since
                    .map_or_else(|| cell("–"), |d| vec![Span::NoWrap(d.to_string())]),
            ]
        })
        .collect();
    d.table(
        t(
            "En koordinator per part (del 6.2)",
            "A coordinator for each party (section 6.2)",
        ),
        &[
            (t("part", "party"), false),
            (t("på plass", "in place"), false),
            (t("rolle", "role"), false),
            (t("fra", "since"), false),
        ],
        rows,
    );
    if !s.open_actions.is_empty() {
        let rows = s
            .open_actions
            .iter()
            .map(|a| {
                vec![
                    cell(a.text.clone()),
                    cell(a.owner.clone()),
                    vec![Span::NoWrap(a.due.to_string())],
                    vec![if a.days_late > 0 {
                        Span::Overdue(lang.pick(
                            format!("{} dager på overtid", a.days_late),
                            format!("{} days late", a.days_late),
                        ))
                    } else {
                        text(t("åpen", "open"))
                    }],
                    cell(a.meeting.clone()),
                ]
            })
            .collect();
        d.table(
            t(
                "Oppfølging de politiske møtene har vedtatt, ikke gjort ennå",
                "Follow-up the political meetings decided, not done yet",
            ),
            &[
                (t("oppfølging", "follow-up"), false),
                (t("ansvarlig", "owner"), false),
                (t("frist", "due"), false),
                (t("stand", "state"), false),
                (t("møte", "meeting"), false),
            ],
            rows,
        );
    }

    // Funding.
    if let Some(f) = &s.funding {
        d.h(2, t("Finansiering", "Funding"));
        let rows = f
            .focus_areas
            .iter()
            .chain(std::iter::once(&f.total))
            .map(|g| {
                let key = if g.key.is_empty() {
                    Span::Strong(t("I alt", "In all").into())
                } else {
                    text(g.key.clone())
                };
                vec![
                    vec![key],
                    cell(kroner(lang, g.totals.planned)),
                    cell(kroner(lang, g.totals.granted)),
                    cell(kroner(lang, g.totals.paid)),
                    cell(pct(lang, g.secured_share)),
                ]
            })
            .collect();
        d.table(
            t(
                "Finansiering sikret per innsatsområde, i kroner (avtalen binder ingen bevilgninger, del 6)",
                "Funding secured per focus area, in NOK (the agreement binds no appropriations, section 6)",
            ),
            &[
                (t("innsatsområde", "focus area"), false),
                (t("planlagt", "planned"), true),
                (t("innvilget", "granted"), true),
                (t("utbetalt", "paid"), true),
                (t("sikret", "secured"), true),
            ],
            rows,
        );
    }

    // Indicators.
    d.h(2, t("Indikatorer", "Indicators"));
    let rows = s
        .indicators
        .iter()
        .map(|x| {
            let mut series: Vec<(i32, f64)> = bundle
                .indicator_sets()
                .flat_map(|(_, set)| set.indicators.iter())
                .filter(|i| i.id == x.id)
                .flat_map(|i| {
                    i.baseline.map(|b| (b.year, b.value)).into_iter().chain(
                        i.observations
                            .iter()
                            .filter(|o| o.year <= s.as_of.year())
                            .filter_map(|o| o.value.map(|v| (o.year, v))),
                    )
                })
                .collect();
            series.sort_by_key(|p| p.0);
            series.dedup_by_key(|p| p.0);
            let v = |y: Option<tromsvekst::model::YearValue>| {
                y.map_or("–".to_string(), |y| {
                    format!("{} ({})", num(lang, y.value, 0), y.year)
                })
            };
            let chart = match (series.first(), series.last()) {
                (Some(first), Some(last)) => {
                    let title = lang.pick(
                        format!(
                            "{}: utvikling fra {} til {} mot målet",
                            x.name, first.0, last.0
                        ),
                        format!(
                            "{}: from {} to {} against the target",
                            x.name, first.0, last.0
                        ),
                    );
                    vec![Span::Chart(Chart::Line {
                        title,
                        points: series.clone(),
                        target: x.target.map(|t| t.value),
                    })]
                }
                _ => Vec::new(),
            };
            let light = x.light.map_or_else(
                || text("–"),
                |l| {
                    let (nb, en) = match l {
                        Light::Green => ("grønn", "green"),
                        Light::Yellow => ("gul", "yellow"),
                        Light::Red => ("rød", "red"),
                    };
                    Span::Light(l, lang.pick(nb, en).into())
                },
            );
            vec![
                cell(x.name.clone()),
                cell(v(x.baseline)),
                cell(v(x.latest)),
                cell(v(x.target)),
                chart,
                vec![light],
            ]
        })
        .collect();
    d.table(
        t(
            "Indikatorene mot utgangspunkt og mål; linjen viser utviklingen, den stiplede linjen målet",
            "The indicators against baseline and target; the line shows the trend, the dashed line the target",
        ),
        &[
            (t("indikator", "indicator"), false),
            (t("utgangspunkt", "baseline"), true),
            (t("siste", "latest"), true),
            (t("mål", "target"), true),
            (t("utvikling", "trend"), false),
            (t("lys", "light"), false),
        ],
        rows,
    );

    // What the report rests on.
    d.h(
        2,
        t("Grunnlaget for rapporten", "What this report rests on"),
    );
    let mut rows = vec![vec![
        cell(bundle.agreement().name_or("agreement")),
        cell(t("avtale", "agreement")),
        cell(bundle.agreement().value.id.clone()),
        Vec::new(),
    ]];
    for doc in bundle.documents() {
        let date = match doc {
            AnyDocument::ActionPlan(p) => p
                .value
                .adopted
                .as_ref()
                .map(|a| format!("{} {}", t("vedtatt", "adopted"), a.date)),
            AnyDocument::Evaluation(e) => {
                Some(format!("{} {}", t("datert", "dated"), e.value.date))
            }
            _ => None,
        };
        rows.push(vec![
            cell(doc.name()),
            cell(document_kind(lang, doc.kind())),
            cell(doc.id()),
            date.map(cell).unwrap_or_default(),
        ]);
    }
    d.table(
        &lang.pick(
            format!(
                "Dokumentene; valideringen finner {} feil og {} advarsler",
                s.validation.error, s.validation.warning
            ),
            format!(
                "The documents; validation finds {} errors and {} warnings",
                s.validation.error, s.validation.warning
            ),
        ),
        &[
            (t("dokument", "document"), false),
            (t("type", "kind"), false),
            (t("id", "id"), false),
            (t("dato", "date"), false),
        ],
        rows,
    );
    d.push(Block::Note(made_with(lang).into()));
    d
}

fn document_kind(lang: Lang, k: tromsvekst::DocumentKind) -> &'static str {
    use tromsvekst::DocumentKind as K;
    match k {
        K::Agreement => lang.pick("avtale", "agreement"),
        K::ActionPlan => lang.pick("handlingsplan", "action plan"),
        K::MeetingLog => lang.pick("møtelogg", "meeting log"),
        K::Indicators => lang.pick("indikatorer", "indicators"),
        K::Evaluation => lang.pick("evaluering", "evaluation"),
        // A kind added to the core later reads as its name.
        _ => k.as_str(),
    }
}

/// The closing line of every report.
pub(crate) fn made_with(lang: Lang) -> &'static str {
    lang.pick("Laget med tromsvekst.", "Made with tromsvekst.")
}

fn short(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(width - 1).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::num;
    use tromsvekst::Lang;

    #[test]
    fn norwegian_numbers() {
        assert_eq!(num(Lang::Nb, 12345.6, 1), "12\u{a0}345,6");
        assert_eq!(num(Lang::En, 12345.6, 1), "12,345.6");
        assert_eq!(num(Lang::Nb, 999.0, 0), "999");
        assert_eq!(num(Lang::Nb, -1234567.0, 0), "-1\u{a0}234\u{a0}567");
    }
}
