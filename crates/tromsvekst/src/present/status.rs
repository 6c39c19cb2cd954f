//! The status on a day as one description: what every rendering of a status
//! shows — the terminal, Markdown, HTML, Word, the notebook and the web
//! page — with names in place of ids, figures in the reader's format, each
//! figure's basis said, and the ids in a references appendix.

use super::doc::{Block, Chart, Doc, Span, Spans, cell, fig, text};
use super::{fmt, vocab};
use crate::lang::Lang;
use crate::status::{DueState, RefKind, Status};

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

    // The agreement.
    d.h(2, t("Avtalen", "The agreement"));
    d.p(vec![text(lang.pick(
        format!(
            "Avtaleperiode {}–{}. Parter: {}.",
            s.agreement.period.start,
            s.agreement.period.end,
            parties(
                s,
                &s.references
                    .iter()
                    .filter(|r| r.kind == RefKind::Party)
                    .map(|r| r.id.clone())
                    .collect::<Vec<_>>()
            )
        ),
        format!(
            "Agreement period {}–{}. Parties: {}.",
            s.agreement.period.start,
            s.agreement.period.end,
            parties(
                s,
                &s.references
                    .iter()
                    .filter(|r| r.kind == RefKind::Party)
                    .map(|r| r.id.clone())
                    .collect::<Vec<_>>()
            )
        ),
    ))]);
    d.p(vec![match s.in_force {
        Some(day) => text(lang.pick(
            format!(
                "I kraft fra {} (den siste av partenes godkjenninger).",
                fmt::approx(lang, &day)
            ),
            format!(
                "In force from {} (the later of the parties' approvals).",
                fmt::approx(lang, &day)
            ),
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
        let title = s.name(RefKind::Plan, &p.id);
        let ended = s.as_of.year() > s.agreement.period.end;
        d.p(vec![text(if ended {
            lang.pick(
                format!("Avtaleperioden er over. Siste handlingsplan: {title} ({}).", p.period),
                format!("The agreement period has ended. Last action plan: {title} ({}).", p.period),
            )
        } else if p.ended {
            lang.pick(
                format!(
                    "Siste handlingsplan: {title} ({}), avsluttet; neste plan finnes ikke blant dokumentene.",
                    p.period
                ),
                format!(
                    "Last action plan: {title} ({}), ended; the next plan is not among the documents.",
                    p.period
                ),
            )
        } else {
            lang.pick(
                format!("Gjeldende handlingsplan: {title} ({}).", p.period),
                format!("Current action plan: {title} ({}).", p.period),
            )
        })]);
    }

    // Evaluations.
    d.h(2, t("Evalueringer", "Evaluations"));
    let rows = s
        .evaluations
        .iter()
        .map(|e| {
            let state = match e.state {
                DueState::Done => text(t("gjennomført", "done")),
                DueState::Due => text(lang.pick(
                    format!(
                        "frist om {}",
                        fmt::count(
                            lang,
                            e.days_left.max(0) as usize,
                            ("dag", "dager"),
                            ("day", "days")
                        )
                    ),
                    format!(
                        "due in {}",
                        fmt::count(
                            lang,
                            e.days_left.max(0) as usize,
                            ("dag", "dager"),
                            ("day", "days")
                        )
                    ),
                )),
                DueState::Overdue => Span::Overdue(lang.pick(
                    format!(
                        "{} på overtid",
                        fmt::count(
                            lang,
                            (-e.days_left) as usize,
                            ("dag", "dager"),
                            ("day", "days")
                        )
                    ),
                    format!(
                        "{} overdue",
                        fmt::count(
                            lang,
                            (-e.days_left) as usize,
                            ("dag", "dager"),
                            ("day", "days")
                        )
                    ),
                )),
                DueState::Upcoming => text(lang.pick(
                    format!("kommer ({})", e.due.year()),
                    format!("upcoming ({})", e.due.year()),
                )),
            };
            let handled = match (e.handled_by.is_empty(), e.not_handled_by.is_empty()) {
                (true, true) => "–".to_string(),
                (false, true) => parties(s, &e.handled_by),
                (true, false) => format!(
                    "{} {}",
                    t("ikke ennå:", "not yet:"),
                    parties(s, &e.not_handled_by)
                ),
                (false, false) => format!(
                    "{}; {} {}",
                    parties(s, &e.handled_by),
                    t("ikke ennå:", "not yet:"),
                    parties(s, &e.not_handled_by)
                ),
            };
            vec![
                cell(vocab::stage(lang, e.stage)),
                fig(fmt::date(lang, e.due)),
                vec![state],
                e.evaluation.as_deref().map_or_else(
                    || cell(t("ikke påbegynt", "not begun")),
                    |id| cell(s.name(RefKind::Evaluation, id)),
                ),
                cell(handled),
            ]
        })
        .collect();
    d.table(
        t(
            "Evalueringene avtalen fastsetter",
            "The evaluations the agreement sets",
        ),
        &[
            (t("evaluering", "evaluation"), false),
            (t("frist", "due"), false),
            (t("hvor den står", "where it stands"), false),
            (t("dokument", "document"), false),
            (t("politisk behandlet av", "handled by"), false),
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
    match &s.current_plan {
        Some(p) => d.p(vec![text(lang.pick(
            format!(
                "Grunnlag: tiltakene i {} slik dokumentene står. Fremdriften er et vektet snitt av tiltakenes fremdrift (vekt 1 der ingen er gitt); fullførte tiltak teller 100 %, avlyste tiltak er holdt utenfor.",
                s.name(RefKind::Plan, &p.id)
            ),
            format!(
                "Basis: the measures of {} as the documents stand. Progress is the weighted mean of the measures' progress (weight 1 where none is given); completed measures count 100%, cancelled measures are left out.",
                s.name(RefKind::Plan, &p.id)
            ),
        ))]),
        None => d.p(vec![text(t(
            "Ingen handlingsplan blant dokumentene.",
            "No action plan among the documents.",
        ))]),
    }
    let mut chart = Vec::new();
    let mut rows = Vec::new();
    for f in &s.progress {
        // Short labels that are never cut; the table below names each.
        chart.push((
            format!("{} {}", t("Innsatsområde", "Focus area"), f.number),
            f.progress,
            fmt::pct(lang, f.progress),
        ));
        rows.push(vec![
            vec![Span::Strong(format!("{}. {}", f.number, f.title))],
            fig(fmt::pct(lang, f.progress)),
            fig(fmt::int(lang, f.measures)),
        ]);
        for g in &f.sub_goals {
            chart.push((
                format!("  {} {}", t("delmål", "sub-goal"), g.id),
                g.progress,
                fmt::pct(lang, g.progress),
            ));
            rows.push(vec![
                cell(sub_goal_label(lang, &g.id, &g.text)),
                if g.measures.is_empty() {
                    cell(t("ingen tiltak", "no measure"))
                } else {
                    fig(fmt::pct(lang, g.progress))
                },
                fig(fmt::int(lang, g.measures.len())),
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
    let m = &s.measures;
    d.p(vec![text(lang.pick(
        format!(
            "Tiltak: {} i alt — {} planlagt, {} pågår, {} fullført, {} utsatt, {} avlyst.",
            m.total, m.planned, m.ongoing, m.completed, m.postponed, m.cancelled
        ),
        format!(
            "Measures: {} in all — {} planned, {} ongoing, {} completed, {} postponed, {} cancelled.",
            m.total, m.planned, m.ongoing, m.completed, m.postponed, m.cancelled
        ),
    ))]);
    let measure_rows: Vec<Vec<Spans>> = s
        .progress
        .iter()
        .flat_map(|f| f.sub_goals.iter())
        .flat_map(|g| g.measures.iter().map(move |m| (g, m)))
        .map(|(g, m)| {
            vec![
                cell(m.title.clone()),
                cell(g.id.clone()),
                cell(vocab::measure_status(lang, m.status)),
                fig(fmt::pct(lang, Some(f64::from(m.progress)))),
                m.last_update
                    .map_or_else(|| cell("–"), |d| fig(fmt::date(lang, d))),
            ]
        })
        .collect();
    if !measure_rows.is_empty() {
        d.table(
            t(
                "Tiltakene per delmål (et tiltak som tjener flere delmål står under hvert av dem)",
                "The measures per sub-goal (a measure serving several sub-goals stands under each)",
            ),
            &[
                (t("tiltak", "measure"), false),
                (t("delmål", "sub-goal"), false),
                (t("status", "status"), false),
                (t("fremdrift", "progress"), true),
                (t("sist oppdatert", "last update"), false),
            ],
            measure_rows,
        );
    }
    if s.period_progress.first().is_some_and(|f| f.plans.len() > 1) {
        d.h(
            2,
            t(
                "Fremdrift over hele perioden",
                "Progress over the whole period",
            ),
        );
        d.p(vec![text(t(
            "Grunnlag: hver handlingsplans tiltak for seg, og for hele perioden alle planenes tiltak, et videreført tiltak talt én gang med sin siste fremdrift.",
            "Basis: each action plan's measures on their own, and for the whole period every plan's measures, a continued measure counted once with its latest progress.",
        ))]);
        let plans: Vec<String> = s.period_progress[0]
            .plans
            .iter()
            .map(|p| p.period.to_string())
            .collect();
        let mut head: Vec<(&str, bool)> =
            vec![(t("innsatsområde / delmål", "focus area / sub-goal"), false)];
        head.extend(plans.iter().map(|p| (p.as_str(), true)));
        head.push((t("hele perioden", "whole period"), true));
        let mut rows = Vec::new();
        for f in &s.period_progress {
            let mut row = vec![vec![Span::Strong(format!("{}. {}", f.number, f.title))]];
            row.extend(f.plans.iter().map(|p| fig(fmt::pct(lang, p.progress))));
            row.push(fig(fmt::pct(lang, f.whole_period)));
            rows.push(row);
            for g in &f.sub_goals {
                let text_of = s.name(RefKind::SubGoal, &g.id);
                let mut row = vec![cell(sub_goal_label(
                    lang,
                    &g.id,
                    if text_of == g.id { "" } else { text_of },
                ))];
                row.extend(g.plans.iter().map(|p| fig(fmt::pct(lang, p.progress))));
                row.push(fig(fmt::pct(lang, g.whole_period)));
                rows.push(row);
            }
        }
        d.table(
            t(
                "Fremdriften per handlingsplan",
                "The progress per action plan",
            ),
            &head,
            rows,
        );
    }

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
                    cell(s.name(RefKind::Plan, &m.plan)),
                    fig(fmt::date(lang, m.due)),
                    vec![Span::Overdue(fmt::count(
                        lang,
                        m.days_late.max(0) as usize,
                        ("dag", "dager"),
                        ("day", "days"),
                    ))],
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
                (t("handlingsplan", "action plan"), false),
                (t("frist", "due"), false),
                (t("på overtid", "late by"), true),
            ],
            rows,
        );
    }

    // Meetings.
    d.h(2, t("Politiske møter", "Political meetings"));
    let rows = s
        .meetings
        .iter()
        .map(|y| {
            let state = match (y.on_track, y.complete) {
                (true, _) => text(t("i rute", "on track")),
                (false, true) => Span::Overdue(t("for få", "too few").into()),
                (false, false) => Span::Overdue(t("for få planlagt", "too few planned").into()),
            };
            vec![
                cell(y.year.to_string()),
                fig(fmt::int(lang, y.held)),
                fig(fmt::int(lang, y.planned)),
                fig(y.required.to_string()),
                vec![state],
            ]
        })
        .collect();
    d.table(
        t(
            "Møter holdt og planlagt mot avtalens krav per år",
            "Meetings held and planned against the agreement's requirement a year",
        ),
        &[
            (t("år", "year"), false),
            (t("holdt", "held"), true),
            (t("planlagt", "planned"), true),
            (t("kreves", "required"), true),
            (t("vurdering", "judgement"), false),
        ],
        rows,
    );

    // Coordinators.
    d.h(2, t("Koordinatorer", "Coordinators"));
    let rows = s
        .coordinators
        .iter()
        .map(|c| {
            vec![
                cell(s.name(RefKind::Party, &c.party)),
                vec![if c.in_place {
                    text(t("oppnevnt", "appointed"))
                } else {
                    Span::Overdue(t("mangler", "missing").into())
                }],
                cell(c.role.clone().unwrap_or_else(|| "–".into())),
                cell(c.person.clone().unwrap_or_else(|| "–".into())),
                c.since
                    .map_or_else(|| cell("–"), |d| fig(fmt::date(lang, d))),
            ]
        })
        .collect();
    d.table(
        t("En koordinator per part", "A coordinator for each party"),
        &[
            (t("part", "party"), false),
            (t("koordinator", "coordinator"), false),
            (t("rolle", "role"), false),
            (t("person", "person"), false),
            (t("fra", "since"), false),
        ],
        rows,
    );

    // Decisions, themes and advocacy.
    d.h(
        2,
        t(
            "Vedtak, temaer og påvirkning",
            "Decisions, themes and advocacy",
        ),
    );
    if s.open_actions.is_empty() {
        d.p(vec![text(t(
            "Ingen åpen oppfølging av vedtak i de politiske møtene.",
            "No open follow-up of the political meetings' decisions.",
        ))]);
    } else {
        let rows = s
            .open_actions
            .iter()
            .map(|a| {
                vec![
                    cell(a.text.clone()),
                    cell(s.name(RefKind::Party, &a.owner)),
                    fig(fmt::date(lang, a.due)),
                    vec![if a.days_late > 0 {
                        Span::Overdue(lang.pick(
                            format!(
                                "{} på overtid",
                                fmt::count(
                                    lang,
                                    a.days_late as usize,
                                    ("dag", "dager"),
                                    ("day", "days")
                                )
                            ),
                            format!(
                                "{} late",
                                fmt::count(
                                    lang,
                                    a.days_late as usize,
                                    ("dag", "dager"),
                                    ("day", "days")
                                )
                            ),
                        ))
                    } else {
                        text(t("åpen", "open"))
                    }],
                    cell(s.name(RefKind::Meeting, &a.meeting)),
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
                (t("hvor den står", "where it stands"), false),
                (t("vedtatt i", "decided at"), false),
            ],
            rows,
        );
    }
    if !s.themes.is_empty() {
        let names = |v: &[u32]| {
            if v.is_empty() {
                "–".to_string()
            } else {
                v.iter()
                    .map(|n| {
                        let id = n.to_string();
                        let name = s.name(RefKind::Theme, &id);
                        if name == id {
                            id
                        } else {
                            format!("{n}. {name}")
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("; ")
            }
        };
        let rows = s
            .themes
            .iter()
            .map(|y| {
                vec![
                    cell(y.year.to_string()),
                    cell(names(&y.covered)),
                    cell(names(&y.untouched)),
                ]
            })
            .collect();
        d.table(
            t(
                "De sentrale temaene tatt opp i årets møter",
                "The central themes taken up by each year's meetings",
            ),
            &[
                (t("år", "year"), false),
                (t("tatt opp", "taken up"), false),
                (t("ikke tatt opp", "not taken up"), false),
            ],
            rows,
        );
    }
    if !s.advocacy.is_empty() {
        let rows = s
            .advocacy
            .iter()
            .map(|r| {
                vec![
                    cell(s.name(RefKind::Result, &r.result)),
                    fig(fmt::int(lang, r.actions.len())),
                    cell(
                        r.actions
                            .iter()
                            .map(|a| format!("{}: {}", fmt::date(lang, a.date), a.target))
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                ]
            })
            .collect();
        d.table(
            t(
                "Felles påvirkningsarbeid per langsiktig resultat",
                "Joint advocacy per long-term result",
            ),
            &[
                (t("langsiktig resultat", "long-term result"), false),
                (t("antall", "count"), true),
                (t("når og overfor hvem", "when and towards whom"), false),
            ],
            rows,
        );
    }

    // Who does what.
    if s.current_plan.is_some() && (!s.parties.is_empty() || !s.municipalities.is_empty()) {
        d.h(2, t("Hvem gjør hva", "Who does what"));
        if !s.parties.is_empty() {
            let rows = s
                .parties
                .iter()
                .map(|p| {
                    vec![
                        cell(s.name(RefKind::Party, &p.party)),
                        fig(fmt::int(lang, p.measures)),
                        fig(fmt::pct(lang, p.progress)),
                    ]
                })
                .collect();
            d.table(
                t(
                    "Tiltakene per ansvarlig part",
                    "The measures per responsible party",
                ),
                &[
                    (t("ansvarlig", "responsible"), false),
                    (t("tiltak", "measures"), true),
                    (t("fremdrift", "progress"), true),
                ],
                rows,
            );
        }
        if !s.municipalities.is_empty() {
            let rows = s
                .municipalities
                .iter()
                .map(|k| {
                    let titles: Vec<String> = k
                        .measures
                        .iter()
                        .map(|m| {
                            if k.leads.contains(&m.id) {
                                format!("{} ({})", m.title, t("leder", "leads"))
                            } else {
                                m.title.clone()
                            }
                        })
                        .collect();
                    vec![
                        cell(k.name.clone()),
                        fig(fmt::int(lang, k.measures.len())),
                        fig(fmt::pct(lang, k.progress)),
                        cell(if titles.is_empty() {
                            "–".to_string()
                        } else {
                            titles.join("; ")
                        }),
                    ]
                })
                .collect();
            d.table(
                t("Tiltakene per kommune", "The measures per municipality"),
                &[
                    (t("kommune", "municipality"), false),
                    (t("tiltak", "measures"), true),
                    (t("fremdrift", "progress"), true),
                    (t("tiltakene", "the measures"), false),
                ],
                rows,
            );
        }
    }

    // Funding.
    if let Some(f) = &s.funding {
        d.h(2, t("Finansiering", "Funding"));
        d.p(vec![text(lang.pick(
            format!(
                "Grunnlag: finansieringslinjene til tiltakene i {} ({} linjer). Avtalen binder ingen bevilgninger; «sikret» er innvilget som andel av planlagt. Hver linje telles én gang: et tiltak som tjener flere delmål, står med sine linjer under sitt første delmål og dets innsatsområde, så summene går opp i totalen.",
                s.name(RefKind::Plan, &f.plan),
                f.lines
            ),
            format!(
                "Basis: the funding lines of the measures of {} ({} lines). The agreement binds no appropriations; \"secured\" is granted as a share of planned. Each line counts once: a measure serving several sub-goals has its lines under its first sub-goal and that sub-goal's focus area, so the groups add up to the total.",
                s.name(RefKind::Plan, &f.plan),
                f.lines
            ),
        ))]);
        let sums = |g: &crate::status::FundingGroup, key: Spans| {
            let x = &g.totals;
            vec![
                key,
                fig(fmt::kroner(lang, x.planned)),
                fig(fmt::kroner(lang, x.applied)),
                fig(fmt::kroner(lang, x.granted)),
                fig(fmt::kroner(lang, x.refused)),
                fig(fmt::kroner(lang, x.paid)),
                fig(fmt::pct(lang, g.secured_share)),
            ]
        };
        let focus_title = |key: &str| {
            s.progress
                .iter()
                .find(|p| p.number.to_string() == key)
                .map_or_else(|| key.to_string(), |p| format!("{}. {}", p.number, p.title))
        };
        for (first, groups, is_focus) in [
            (t("innsatsområde", "focus area"), &f.focus_areas, true),
            (t("kilde", "source"), &f.sources, false),
            (t("år", "year"), &f.years, false),
        ] {
            let mut rows: Vec<Vec<Spans>> = groups
                .iter()
                .map(|g| {
                    let key = if is_focus {
                        focus_title(&g.key)
                    } else if g.key.is_empty() {
                        t("uten år", "no year").to_string()
                    } else {
                        s.name(RefKind::Party, &g.key).to_string()
                    };
                    sums(g, cell(key))
                })
                .collect();
            rows.push(sums(
                &f.total,
                vec![Span::Strong(t("I alt", "In all").into())],
            ));
            d.table(
                &lang.pick(
                    format!("Finansiering per {first}"),
                    format!("Funding per {first}"),
                ),
                &[
                    (first, false),
                    (t("planlagt", "planned"), true),
                    (t("søkt", "applied"), true),
                    (t("innvilget", "granted"), true),
                    (t("avslått", "refused"), true),
                    (t("utbetalt", "paid"), true),
                    (t("sikret", "secured"), true),
                ],
                rows,
            );
        }
    }

    // Not served.
    d.h(2, t("Uten tiltak", "Not served by any measure"));
    if s.unserved.sub_goals.is_empty() && s.unserved.strategies.is_empty() {
        d.p(vec![text(t(
            "Hvert delmål og hver strategi har minst ett tiltak.",
            "Every sub-goal and strategy has at least one measure.",
        ))]);
    } else {
        let mut items: Vec<Spans> = s
            .unserved
            .sub_goals
            .iter()
            .map(|g| {
                vec![text(format!(
                    "{} {g}: {}",
                    t("Delmål", "Sub-goal"),
                    s.name(RefKind::SubGoal, g)
                ))]
            })
            .collect();
        items.extend(s.unserved.strategies.iter().map(|x| {
            vec![text(format!(
                "{}: {}",
                t("Strategi", "Strategy"),
                s.name(RefKind::Strategy, x)
            ))]
        }));
        d.push(Block::List(items));
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
