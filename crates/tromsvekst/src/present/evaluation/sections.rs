//! Sections of an evaluation's description: the indicators, the long-term
//! results (the final evaluation), the adjustments (the midterm).

use super::*;

/// The section: indicators.
pub(super) fn indicators(d: &mut Doc, c: &Ctx<'_>) {
    let e = c.e;
    let lang = c.lang;
    let a = c.a;
    let s = c.s;
    let t = |nb: &'static str, en: &'static str| c.lang.pick(nb, en);
    let name = |kind: RefKind, id: &str| -> String {
        c.s.map_or_else(|| id.to_string(), |s| s.name(kind, id).to_string())
    };
    if let Some(s) = s {
        crate::present::status::indicators(d, s);
    } else {
        d.h(2, t("Indikatorer", "Indicators"));
    }
    if !e.quantitative_results.is_empty() {
        let rows = e
            .quantitative_results
            .iter()
            .map(|q| {
                let x = s.and_then(|s| s.indicators.iter().find(|x| x.id == q.indicator));
                let unit = x.and_then(|x| x.unit.as_deref());
                let target = x.and_then(|x| x.target).or(q.target);
                let baseline = q.baseline.or_else(|| x.and_then(|x| x.baseline));
                vec![
                    cell(name(RefKind::Indicator, &q.indicator)),
                    baseline.map_or_else(|| cell("–"), |b| fig(fmt::year_value(lang, b, unit))),
                    fig(fmt::year_value(
                        lang,
                        crate::model::YearValue {
                            year: q.year,
                            value: q.value,
                        },
                        unit,
                    )),
                    target.map_or_else(|| cell("–"), |b| fig(fmt::year_value(lang, b, unit))),
                    q.note.as_ref().map_or_else(Vec::new, |n| cell(n.get(lang))),
                ]
            })
            .collect();
        d.table(
            &lang.pick(
                format!(
                    "Kvantitative resultater mot utgangspunkt og målet for {}",
                    a.period.end
                ),
                format!(
                    "Quantitative results against baseline and the target for {}",
                    a.period.end
                ),
            ),
            &[
                (t("indikator", "indicator"), false),
                (t("utgangspunkt", "baseline"), true),
                (t("resultat", "result"), true),
                (t("mål for perioden", "target for the period"), true),
                (t("merknad", "note"), false),
            ],
            rows,
        );
    }
}

/// The section: long-term results (the final).
pub(super) fn long_term_results(d: &mut Doc, c: &Ctx<'_>) {
    let e = c.e;
    let lang = c.lang;
    let s = c.s;
    let t = |nb: &'static str, en: &'static str| c.lang.pick(nb, en);
    let name = |kind: RefKind, id: &str| -> String {
        c.s.map_or_else(|| id.to_string(), |s| s.name(kind, id).to_string())
    };
    if e.stage == Stage::Final || !e.long_term_results.is_empty() {
        d.h(2, t("Langsiktige resultater", "Long-term results"));
        if e.long_term_results.is_empty() {
            d.p(vec![missing(lang)]);
        }
        for r in &e.long_term_results {
            d.h(3, name(RefKind::Result, &r.result));
            judgment(d, r.rating, r.text.as_ref(), lang);
            if !r.indicators.is_empty() {
                let rows = r
                    .indicators
                    .iter()
                    .map(|i| {
                        let unit = s
                            .and_then(|s| s.indicators.iter().find(|x| x.id == i.id))
                            .and_then(|x| x.unit.as_deref());
                        let v = |y: Option<crate::model::YearValue>| {
                            y.map_or_else(|| cell("–"), |y| fig(fmt::year_value(lang, y, unit)))
                        };
                        vec![
                            cell(name(RefKind::Indicator, &i.id)),
                            v(i.baseline),
                            v(i.latest),
                            v(i.target),
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
                let goals: Vec<String> = r
                    .sub_goals
                    .iter()
                    .map(|g| {
                        format!(
                            "{} {} ({})",
                            t("delmål", "sub-goal"),
                            g.id,
                            fmt::pct(lang, g.progress)
                        )
                    })
                    .collect();
                d.p(vec![text(format!(
                    "{} {}.",
                    t(
                        "Delmålene som bygger opp under resultatet:",
                        "The sub-goals that serve the result:"
                    ),
                    fmt::list(lang, &goals)
                ))]);
            }
            let advocacy: Vec<String> = s
                .map(|s| {
                    s.advocacy
                        .iter()
                        .filter(|x| x.result == r.result)
                        .flat_map(|x| x.actions.iter())
                        .map(|x| format!("{}: {}", fmt::date(lang, x.date), x.target))
                        .collect()
                })
                .unwrap_or_default();
            d.p(vec![text(if advocacy.is_empty() {
                t(
                    "Felles påvirkningsarbeid for resultatet: ingen registrert.",
                    "Joint advocacy for the result: none recorded.",
                )
                .to_string()
            } else {
                format!(
                    "{} {}.",
                    t(
                        "Felles påvirkningsarbeid for resultatet:",
                        "Joint advocacy for the result:"
                    ),
                    advocacy.join("; ")
                )
            })]);
        }
    }
}

/// The section: adjustments (the midterm).
pub(super) fn adjustments(d: &mut Doc, c: &Ctx<'_>) {
    let bundle = c.bundle;
    let e = c.e;
    let lang = c.lang;
    let a = c.a;
    let t = |nb: &'static str, en: &'static str| c.lang.pick(nb, en);
    let name = |kind: RefKind, id: &str| -> String {
        c.s.map_or_else(|| id.to_string(), |s| s.name(kind, id).to_string())
    };
    if e.stage == Stage::Midterm {
        d.h(
            2,
            t(
                "Justeringer til neste handlingsplan",
                "Adjustments for the next action plan",
            ),
        );
        if e.adjustments.is_empty() {
            d.p(vec![text(t(
                "Evalueringen ber ikke om justeringer.",
                "The evaluation asks for no adjustment.",
            ))]);
        } else {
            let rows = e
                .adjustments
                .iter()
                .map(|j| {
                    let mut concerns = Vec::new();
                    if let Some(g) = &j.sub_goal {
                        concerns.push(format!("{} {g}", t("delmål", "sub-goal")));
                    }
                    if let Some(m) = &j.measure {
                        concerns.push(measure_title(bundle, m, lang));
                    }
                    if let Some(i) = &j.indicator {
                        concerns.push(name(RefKind::Indicator, i));
                    }
                    vec![
                        cell(vocab::adjustment_kind(lang, j.effective_kind())),
                        cell(if concerns.is_empty() {
                            "–".to_string()
                        } else {
                            concerns.join("; ")
                        }),
                        cell(j.text.get(lang)),
                    ]
                })
                .collect();
            d.table(
                &lang.pick(
                    format!(
                        "Endringene evalueringen ber om i handlingsplanen for {}",
                        a.evaluation.midterm.adjustments_into
                    ),
                    format!(
                        "The changes the evaluation asks for in the action plan for {}",
                        a.evaluation.midterm.adjustments_into
                    ),
                ),
                &[
                    (t("type endring", "kind of change"), false),
                    (t("gjelder", "concerns"), false),
                    (t("justering", "adjustment"), false),
                ],
                rows,
            );
        }
    }
}
