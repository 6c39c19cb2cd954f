//! The first sections of a status's description: the agreement, the
//! evaluations, the progress, what is overdue.

use super::*;

/// The section: the agreement
pub(super) fn agreement(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
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
}

/// The section: evaluations
pub(super) fn evaluations(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
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
}

/// The section: progress
pub(super) fn progress(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
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
}

/// The section: overdue milestones
pub(super) fn overdue(d: &mut Doc, s: &Status) {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
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
}
