//! The status rendered as plain text and as Markdown.

use super::{DueState, Status, Trend};
use crate::lang::Lang;
use crate::model::{FundingStatus, Light, MeasureStatus, Stage, YearValue};

fn pct(p: Option<f64>) -> String {
    p.map_or("–".into(), |p| format!("{p:.1} %"))
}

fn value(v: Option<YearValue>) -> String {
    v.map_or("–".into(), |v| format!("{} ({})", v.value, v.year))
}

/// A title cut to a width for plain-text tables.
fn short(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut out: String = text.chars().take(width - 1).collect();
        out.push('…');
        out
    }
}

/// A Markdown table: a header row, its rule, a row each.
pub(super) fn markdown_table(out: &mut String, head: &[&str], rows: Vec<Vec<String>>) {
    out.push_str(&format!(
        "| {} |\n|{}\n",
        head.join(" | "),
        "---|".repeat(head.len())
    ));
    for r in rows {
        out.push_str(&format!("| {} |\n", r.join(" | ")));
    }
}

pub(super) fn render(s: &Status, md: bool) -> String {
    let nb = s.lang == Lang::Nb;
    let t = |n: &'static str, e: &'static str| if nb { n } else { e };
    let mut out = String::new();
    let h = |out: &mut String, text: String| {
        if md {
            out.push_str(&format!("\n## {text}\n\n"));
        } else {
            out.push_str(&format!("\n{text}\n{}\n", "-".repeat(text.chars().count())));
        }
    };
    let table = |out: &mut String, head: &[&str], rows: Vec<Vec<String>>| {
        if md {
            markdown_table(out, head, rows);
        } else {
            let mut widths: Vec<usize> = head.iter().map(|x| x.chars().count()).collect();
            for r in &rows {
                for (i, c) in r.iter().enumerate() {
                    widths[i] = widths[i].max(c.chars().count());
                }
            }
            let line = |cells: Vec<String>| {
                cells
                    .iter()
                    .enumerate()
                    .map(|(i, c)| format!("{c}{}", " ".repeat(widths[i] - c.chars().count())))
                    .collect::<Vec<_>>()
                    .join("  ")
                    .trim_end()
                    .to_string()
            };
            out.push_str(&line(head.iter().map(|x| x.to_string()).collect()));
            out.push('\n');
            for r in rows {
                out.push_str(&line(r));
                out.push('\n');
            }
        }
    };
    let title = format!(
        "{} — {} {}",
        s.agreement.title,
        t("status per", "status as of"),
        s.as_of
    );
    if md {
        out.push_str(&format!("# {title}\n"));
    } else {
        out.push_str(&format!("{title}\n{}\n", "=".repeat(title.chars().count())));
    }
    if s.validation.error > 0 {
        let n = s
            .lang
            .count(s.validation.error, ("feil", "feil"), ("error", "errors"));
        let note = s.lang.pick(
            format!("Merk: valideringen av dokumentene finner {n}. Der feilen ligger i dataene, kan tallene nedenfor være gale; valideringsrapporten sier hva som må rettes."),
            format!("Note: validating the documents finds {n}. Where an error lies in the data, the figures below may be wrong; the validation report says what to correct."),
        );
        if md {
            out.push_str(&format!("\n> **{note}**\n"));
        } else {
            out.push_str(&format!("\n{note}\n"));
        }
    }
    out.push_str(&match s.in_force {
        Some(d) => s.lang.pick(
            format!("\nI kraft fra {d} (den siste av partenes godkjenninger)\n"),
            format!("\nIn force from {d} (the later of the parties' approvals)\n"),
        ),
        None => s
            .lang
            .pick(
                "\nIkke i kraft: ikke alle partene har en gjeldende godkjenning\n",
                "\nNot in force: not every party has a standing approval\n",
            )
            .to_string(),
    });
    if let Some(p) = &s.current_plan {
        if p.ended {
            out.push_str(&format!(
                "\n{}: {} ({}), {}\n",
                t("Siste handlingsplan", "Last action plan"),
                p.id,
                p.period,
                t(
                    "avsluttet; neste plan finnes ikke blant dokumentene",
                    "ended; the next plan is not among the documents"
                )
            ));
        } else {
            out.push_str(&format!(
                "\n{}: {} ({})\n",
                t("Gjeldende handlingsplan", "Current action plan"),
                p.id,
                p.period
            ));
        }
    }
    h(&mut out, t("Evalueringer", "Evaluations").into());
    let rows = s
        .evaluations
        .iter()
        .map(|e| {
            let stage = match (e.stage, nb) {
                (Stage::Midterm, true) => "midtveis",
                (Stage::Midterm, false) => "midterm",
                (Stage::Final, true) => "slutt",
                (Stage::Final, false) => "final",
            };
            let state = match (e.state, nb) {
                (DueState::Done, true) => "gjennomført".to_string(),
                (DueState::Done, false) => "done".to_string(),
                (DueState::Due, true) => format!("frist om {} dager", e.days_left),
                (DueState::Due, false) => format!("due in {} days", e.days_left),
                (DueState::Overdue, true) => format!("{} dager på overtid", -e.days_left),
                (DueState::Overdue, false) => format!("{} days overdue", -e.days_left),
                (DueState::Upcoming, true) => format!("om {} dager", e.days_left),
                (DueState::Upcoming, false) => format!("in {} days", e.days_left),
            };
            // Who has handled it politically, and who has not yet.
            let handled = match (e.handled_by.is_empty(), e.not_handled_by.is_empty()) {
                (true, true) => "–".to_string(),
                (false, true) => e.handled_by.join(", "),
                (true, false) => format!("{} {}", t("ikke:", "not:"), e.not_handled_by.join(", ")),
                (false, false) => format!(
                    "{}; {} {}",
                    e.handled_by.join(", "),
                    t("ikke:", "not:"),
                    e.not_handled_by.join(", ")
                ),
            };
            vec![
                stage.to_string(),
                e.due.to_string(),
                state,
                e.evaluation.clone().unwrap_or_else(|| "–".into()),
                handled,
            ]
        })
        .collect();
    table(
        &mut out,
        &[
            t("evaluering", "evaluation"),
            t("frist", "due"),
            t("status", "state"),
            t("dokument", "document"),
            t("behandlet av", "handled by"),
        ],
        rows,
    );
    h(
        &mut out,
        t("Fremdrift per innsatsområde", "Progress per focus area").into(),
    );
    let mut rows = Vec::new();
    for f in &s.progress {
        rows.push(vec![
            f.number.to_string(),
            if md {
                f.title.clone()
            } else {
                short(&f.title, 48)
            },
            pct(f.progress),
            f.measures.to_string(),
        ]);
        for g in &f.sub_goals {
            rows.push(vec![
                format!("  {}", g.id),
                String::new(),
                pct(g.progress),
                g.measures.len().to_string(),
            ]);
        }
    }
    table(
        &mut out,
        &[
            t("nr", "no"),
            t("innsatsområde", "focus area"),
            t("fremdrift", "progress"),
            t("tiltak", "measures"),
        ],
        rows,
    );
    if s.period_progress.first().is_some_and(|f| f.plans.len() > 1) {
        h(
            &mut out,
            t(
                "Fremdrift over hele perioden",
                "Progress over the whole period",
            )
            .into(),
        );
        let (plans, rows) = super::period::rows(s, pct);
        let mut head: Vec<&str> = vec![t("nr", "no")];
        head.extend(plans.iter().map(String::as_str));
        head.push(t("hele perioden", "whole period"));
        table(&mut out, &head, rows);
    }
    if !s.open_actions.is_empty() || !s.themes.is_empty() || !s.advocacy.is_empty() {
        h(
            &mut out,
            t("Vedtak og påvirkning", "Decisions and advocacy").into(),
        );
        let rows = s
            .open_actions
            .iter()
            .map(|a| {
                vec![
                    a.id.clone(),
                    if md {
                        a.text.clone()
                    } else {
                        short(&a.text, 40)
                    },
                    a.owner.clone(),
                    a.due.to_string(),
                    if a.days_late > 0 {
                        format!("{} {}", a.days_late, t("dager på overtid", "days late"))
                    } else {
                        String::new()
                    },
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                t("oppfølging", "follow-up"),
                t("hva", "what"),
                t("ansvarlig", "owner"),
                t("frist", "due"),
                "",
            ],
            rows,
        );
        out.push('\n');
        let list = |v: &[u32]| {
            if v.is_empty() {
                "–".to_string()
            } else {
                v.iter().map(u32::to_string).collect::<Vec<_>>().join(", ")
            }
        };
        let rows = s
            .themes
            .iter()
            .map(|y| vec![y.year.to_string(), list(&y.covered), list(&y.untouched)])
            .collect();
        table(
            &mut out,
            &[
                t("år", "year"),
                t("temaer tatt opp", "themes taken up"),
                t("ikke tatt opp", "not taken up"),
            ],
            rows,
        );
        out.push('\n');
        let rows = s
            .advocacy
            .iter()
            .map(|r| {
                vec![
                    r.result.clone(),
                    r.actions.len().to_string(),
                    r.actions
                        .iter()
                        .map(|a| format!("{} {}", a.date, a.target))
                        .collect::<Vec<_>>()
                        .join("; "),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                t("langsiktig resultat", "long-term result"),
                t("påvirkning", "advocacy"),
                t("hva", "what"),
            ],
            rows,
        );
    }
    if s.current_plan.is_some() {
        h(&mut out, t("Hvem gjør hva", "Who does what").into());
        let rows = s
            .parties
            .iter()
            .map(|p| vec![p.party.clone(), p.measures.to_string(), pct(p.progress)])
            .collect();
        table(
            &mut out,
            &[
                t("ansvarlig", "responsible"),
                t("tiltak", "measures"),
                t("fremdrift", "progress"),
            ],
            rows,
        );
        out.push('\n');
        let rows = s
            .municipalities
            .iter()
            .map(|k| {
                let ids: Vec<String> = k
                    .measures
                    .iter()
                    .map(|m| {
                        if k.leads.contains(&m.id) {
                            format!("{} ({})", m.id, t("leder", "leads"))
                        } else {
                            m.id.clone()
                        }
                    })
                    .collect();
                vec![
                    k.name.clone(),
                    k.measures.len().to_string(),
                    pct(k.progress),
                    if md {
                        ids.join(", ")
                    } else {
                        short(&ids.join(", "), 60)
                    },
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                t("kommune", "municipality"),
                t("tiltak", "measures"),
                t("fremdrift", "progress"),
                t("tiltakene", "the measures"),
            ],
            rows,
        );
    }
    if let Some(f) = &s.funding {
        h(
            &mut out,
            format!("{} ({}, NOK)", t("Finansiering", "Funding"), f.plan),
        );
        let lang = if nb { Lang::Nb } else { Lang::En };
        let word = |s| crate::vocab::funding_status(lang, s);
        let sums = [
            word(FundingStatus::Planned),
            word(FundingStatus::Applied),
            word(FundingStatus::Granted),
            word(FundingStatus::Refused),
            word(FundingStatus::Paid),
            t("sikret", "secured"),
        ];
        let mut all = vec![f.total.clone()];
        all[0].key = t("i alt", "in all").into();
        for (first, groups) in [
            (t("innsatsområde", "focus area"), &f.focus_areas),
            (t("kilde", "source"), &f.sources),
            (t("år", "year"), &f.years),
        ] {
            let mut head = vec![first];
            head.extend(sums);
            let mut rows = super::funding::rows(groups);
            if first == t("innsatsområde", "focus area") {
                rows.extend(super::funding::rows(&all));
            }
            table(&mut out, &head, rows);
            out.push('\n');
        }
    }
    let m = &s.measures;
    let lang = if nb { Lang::Nb } else { Lang::En };
    let word = |x| crate::vocab::measure_status(lang, x);
    out.push_str(&format!(
        "\n{}: {} {}, {} {}, {} {}, {} {}, {} {} ({} {})\n",
        t("Tiltak", "Measures"),
        m.planned,
        word(MeasureStatus::Planned),
        m.ongoing,
        word(MeasureStatus::Ongoing),
        m.completed,
        word(MeasureStatus::Completed),
        m.postponed,
        word(MeasureStatus::Postponed),
        m.cancelled,
        word(MeasureStatus::Cancelled),
        m.total,
        t("i alt", "in all")
    ));
    h(
        &mut out,
        t("Milepæler på overtid", "Overdue milestones").into(),
    );
    if s.overdue_milestones.is_empty() {
        out.push_str(t("Ingen.\n", "None.\n"));
    } else {
        let rows = s
            .overdue_milestones
            .iter()
            .map(|m| {
                vec![
                    m.id.clone(),
                    m.title.clone(),
                    m.due.to_string(),
                    m.days_late.to_string(),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                "id",
                t("milepæl", "milestone"),
                t("frist", "due"),
                t("dager på overtid", "days late"),
            ],
            rows,
        );
    }
    h(&mut out, t("Politiske møter", "Political meetings").into());
    let rows = s
        .meetings
        .iter()
        .map(|y| {
            let ok = match (y.on_track, y.complete, nb) {
                (true, _, true) => "ok",
                (true, _, false) => "ok",
                (false, true, true) => "for få",
                (false, true, false) => "too few",
                (false, false, true) => "for få planlagt",
                (false, false, false) => "too few planned",
            };
            vec![
                y.year.to_string(),
                y.held.to_string(),
                y.planned.to_string(),
                y.required.to_string(),
                ok.to_string(),
            ]
        })
        .collect();
    table(
        &mut out,
        &[
            t("år", "year"),
            t("holdt", "held"),
            t("planlagt", "planned"),
            t("krav", "required"),
            "",
        ],
        rows,
    );
    h(&mut out, t("Koordinatorer", "Coordinators").into());
    let rows = s
        .coordinators
        .iter()
        .map(|c| {
            vec![
                c.party.clone(),
                if c.in_place {
                    t("oppnevnt", "appointed").to_string()
                } else {
                    t("mangler", "missing").to_string()
                },
                c.role.clone().unwrap_or_default(),
                c.person.clone().unwrap_or_default(),
            ]
        })
        .collect();
    table(
        &mut out,
        &[
            t("part", "party"),
            t("status", "state"),
            t("rolle", "role"),
            t("person", "person"),
        ],
        rows,
    );
    h(
        &mut out,
        t("Uten tiltak", "Not served by any measure").into(),
    );
    out.push_str(&format!(
        "{}: {}\n{}: {}\n",
        t("Delmål", "Sub-goals"),
        if s.unserved.sub_goals.is_empty() {
            "–".into()
        } else {
            s.unserved.sub_goals.join(", ")
        },
        t("Strategier", "Strategies"),
        if s.unserved.strategies.is_empty() {
            "–".into()
        } else {
            s.unserved.strategies.join(", ")
        }
    ));
    h(&mut out, t("Indikatorer", "Indicators").into());
    if s.indicators.is_empty() {
        out.push_str(t("Ingen indikatorer.\n", "No indicators.\n"));
    } else {
        let rows = s
            .indicators
            .iter()
            .map(|x| {
                let light = x.light.map_or("–", |l| match (l, nb) {
                    (Light::Green, true) => "grønn",
                    (Light::Green, false) => "green",
                    (Light::Yellow, true) => "gul",
                    (Light::Yellow, false) => "yellow",
                    (Light::Red, true) => "rød",
                    (Light::Red, false) => "red",
                });
                let trend = x.trend.map_or("–", |tr| match (tr, nb) {
                    (Trend::Improving, true) => "bedre",
                    (Trend::Improving, false) => "improving",
                    (Trend::Worsening, true) => "verre",
                    (Trend::Worsening, false) => "worsening",
                    (Trend::Unchanged, _) => "=",
                });
                vec![
                    x.id.clone(),
                    value(x.baseline),
                    value(x.latest),
                    value(x.target),
                    trend.into(),
                    light.into(),
                ]
            })
            .collect();
        table(
            &mut out,
            &[
                "id",
                t("utgangspunkt", "baseline"),
                t("siste", "latest"),
                t("mål", "target"),
                t("utvikling", "trend"),
                t("lys", "light"),
            ],
            rows,
        );
    }
    out
}
