//! The status as print-ready HTML.

use crate::svg::{bars, esc, sparkline};
use std::fmt::Write;
use tromsvekst::model::{Light, Nok};
use tromsvekst::status::{DueState, Status};
use tromsvekst::{AnyDocument, Bundle, Lang};

const STYLE: &str = "\
body{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;color:#1a1a1a;background:#fff;margin:0;font-size:11pt;line-height:1.4}\
main{max-width:180mm;margin:0 auto;padding:12mm 4mm}svg{max-width:100%;height:auto}\
h1{font-size:18pt;margin:0 0 2mm}h2{font-size:14pt;margin:8mm 0 2mm;break-after:avoid}\
table{border-collapse:collapse;width:100%;margin:2mm 0}th,td{text-align:left;padding:1mm 2mm;border-bottom:1px solid #c4c8cc;vertical-align:top;overflow-wrap:anywhere}\
th{background:#eef1f4}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}\
thead{display:table-header-group}tr,figure{break-inside:avoid}figure{margin:2mm 0}\
.alert{border:2px solid #a4262c;padding:2mm 3mm;background:#fdf0f0}\
.light{display:inline-block;padding:0 2mm;border-radius:2mm}\
.green{background:#d7f0dd}.yellow{background:#fff1b8}.red{background:#f8d4d4}\
.overdue{color:#a4262c;font-weight:bold}.muted{color:#4a4a4a}.nw{white-space:nowrap}.incomplete{background:#fff1b8;border:1px dashed #7a5c00;padding:0 2mm;font-style:italic}\
@page{size:A4;margin:16mm 15mm}@media print{main{padding:0}}";

/// The start of a report page: the document's language, its title, the
/// styles, and the opening of its main content.
pub(crate) fn page_start(out: &mut String, lang: Lang, title: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><style>{STYLE}</style></head><body><main>",
        lang.pick("nb", "en"),
        esc(title)
    );
}

/// The end of a report page.
pub(crate) fn page_end(out: &mut String, lang: Lang) {
    let _ = writeln!(
        out,
        "<p class=\"muted\">{}</p></main></body></html>",
        lang.pick("Laget med tromsvekst.", "Made with tromsvekst.")
    );
}

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

pub(crate) fn table(out: &mut String, caption: &str, head: &[(&str, bool)], rows: &[Vec<String>]) {
    let _ = write!(
        out,
        "<table><caption class=\"muted\">{}</caption><thead><tr>",
        esc(caption)
    );
    for (h, numeric) in head {
        let _ = write!(
            out,
            "<th scope=\"col\"{}>{}</th>",
            if *numeric { " class=\"n\"" } else { "" },
            esc(h)
        );
    }
    out.push_str("</tr></thead><tbody>");
    for r in rows {
        out.push_str("<tr>");
        for (i, c) in r.iter().enumerate() {
            let numeric = head.get(i).is_some_and(|h| h.1);
            // Cells are escaped by the caller where they hold markup.
            let _ = write!(
                out,
                "<td{}>{c}</td>",
                if numeric { " class=\"n\"" } else { "" }
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// The status as one self-contained HTML document, in the status's language.
pub fn status_html(bundle: &Bundle, s: &Status) -> String {
    let lang = s.lang;
    let t = |nb: &'static str, en: &'static str| lang.pick(nb, en);
    let mut out = String::new();
    let title = format!(
        "{} — {} {}",
        s.agreement.title,
        t("status per", "status as of"),
        s.as_of
    );
    page_start(&mut out, lang, &title);
    let _ = write!(
        out,
        "<h1>{}</h1><p>{} <strong>{}</strong> · {} {}</p>",
        esc(&s.agreement.title),
        t(
            "Status for oppfølgingen per",
            "Status of the follow-up as of"
        ),
        s.as_of,
        t("avtaleperiode", "agreement period"),
        s.agreement.period
    );
    if s.validation.error > 0 {
        let _ = write!(
            out,
            "<p class=\"alert\" role=\"note\"><strong>{}</strong> {}</p>",
            esc(&lang.pick(
                format!(
                    "Valideringen av dokumentene finner {} feil.",
                    s.validation.error
                ),
                format!(
                    "Validating the documents finds {} error(s).",
                    s.validation.error
                ),
            )),
            t(
                "Der feilen ligger i dataene, kan tallene nedenfor være gale; se valideringsrapporten.",
                "Where an error lies in the data, the figures below may be wrong; see the validation report.",
            )
        );
    }
    if let Some(p) = &s.current_plan {
        let _ = write!(
            out,
            "<p>{} <strong>{}</strong> ({}){}</p>",
            t("Handlingsplan:", "Action plan:"),
            esc(&p.id),
            p.period,
            if p.ended {
                t(", avsluttet", ", ended")
            } else {
                ""
            }
        );
    }

    // Evaluations.
    let _ = write!(out, "<h2>{}</h2>", t("Evalueringer", "Evaluations"));
    let rows: Vec<Vec<String>> = s
        .evaluations
        .iter()
        .map(|e| {
            let stage = match e.stage {
                tromsvekst::model::Stage::Midterm => t("Midtveisevaluering", "Midterm evaluation"),
                tromsvekst::model::Stage::Final => t("Sluttevaluering", "Final evaluation"),
            };
            let state = match e.state {
                DueState::Done => t("gjennomført", "done").to_string(),
                DueState::Due => format!(
                    "{} ({} {})",
                    t("til forfall", "due"),
                    e.days_left,
                    t("dager igjen", "days left")
                ),
                DueState::Overdue => format!(
                    "<span class=\"overdue\">{} ({} {})</span>",
                    t("på overtid", "overdue"),
                    -e.days_left,
                    t("dager", "days")
                ),
                DueState::Upcoming => t("kommer", "upcoming").to_string(),
            };
            let handled = if e.handled_by.is_empty() {
                "–".to_string()
            } else {
                esc(&e.handled_by.join(", "))
            };
            vec![
                stage.to_string(),
                format!("<span class=\"nw\">{}</span>", e.due),
                state,
                handled,
            ]
        })
        .collect();
    table(
        &mut out,
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
        &rows,
    );

    // Progress.
    let _ = write!(
        out,
        "<h2>{}</h2>",
        t(
            "Fremdrift per innsatsområde og delmål",
            "Progress per focus area and sub-goal"
        )
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
            format!("<strong>{}. {}</strong>", f.number, esc(&f.title)),
            pct(lang, f.progress),
            f.measures.to_string(),
        ]);
        for g in &f.sub_goals {
            chart.push((format!("   {}", g.id), g.progress, pct(lang, g.progress)));
            rows.push(vec![
                format!("{} {}", t("delmål", "sub-goal"), esc(&g.id)),
                pct(lang, g.progress),
                g.measures.len().to_string(),
            ]);
        }
    }
    let chart_title = t(
        "Fremdrift per innsatsområde og delmål, i prosent",
        "Progress per focus area and sub-goal, in per cent",
    );
    let _ = write!(
        out,
        "<figure>{}<figcaption class=\"muted\">{}</figcaption></figure>",
        bars(chart_title, &chart),
        esc(chart_title)
    );
    table(
        &mut out,
        t("Fremdriften i tall", "The progress in figures"),
        &[
            (t("innsatsområde / delmål", "focus area / sub-goal"), false),
            (t("fremdrift", "progress"), true),
            (t("tiltak", "measures"), true),
        ],
        &rows,
    );

    // Overdue milestones.
    let _ = write!(
        out,
        "<h2>{}</h2>",
        t("Milepæler på overtid", "Overdue milestones")
    );
    if s.overdue_milestones.is_empty() {
        let _ = write!(out, "<p>{}</p>", t("Ingen.", "None."));
    } else {
        let rows: Vec<Vec<String>> = s
            .overdue_milestones
            .iter()
            .map(|m| {
                vec![
                    esc(&m.title),
                    format!("<span class=\"nw\">{}</span>", m.due),
                    m.days_late.to_string(),
                ]
            })
            .collect();
        table(
            &mut out,
            t(
                "Milepæler som ikke er nådd innen fristen",
                "Milestones not reached by their due day",
            ),
            &[
                (t("milepæl", "milestone"), false),
                (t("frist", "due"), false),
                (t("dager på overtid", "days late"), true),
            ],
            &rows,
        );
    }

    // Meetings.
    let _ = write!(
        out,
        "<h2>{}</h2>",
        t("Politiske møter", "Political meetings")
    );
    let rows: Vec<Vec<String>> = s
        .meetings
        .iter()
        .map(|m| {
            let ok = if m.on_track {
                t("i rute", "on track").to_string()
            } else {
                format!("<span class=\"overdue\">{}</span>", t("for få", "too few"))
            };
            vec![
                m.year.to_string(),
                m.held.to_string(),
                m.planned.to_string(),
                m.required.to_string(),
                ok,
            ]
        })
        .collect();
    table(
        &mut out,
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
        &rows,
    );

    // Funding.
    if let Some(f) = &s.funding {
        let _ = write!(out, "<h2>{}</h2>", t("Finansiering", "Funding"));
        let mut rows: Vec<Vec<String>> = f
            .focus_areas
            .iter()
            .chain(std::iter::once(&f.total))
            .map(|g| {
                let key = if g.key.is_empty() {
                    format!("<strong>{}</strong>", t("I alt", "In all"))
                } else {
                    esc(&g.key)
                };
                vec![
                    key,
                    kroner(lang, g.totals.planned),
                    kroner(lang, g.totals.granted),
                    kroner(lang, g.totals.paid),
                    pct(lang, g.secured_share),
                ]
            })
            .collect();
        rows.shrink_to_fit();
        table(
            &mut out,
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
            &rows,
        );
    }

    // Indicators.
    let _ = write!(out, "<h2>{}</h2>", t("Indikatorer", "Indicators"));
    let rows: Vec<Vec<String>> = s
        .indicators
        .iter()
        .map(|x| {
            let series: Vec<(i32, f64)> = bundle
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
            let mut series = series;
            series.sort_by_key(|p| p.0);
            series.dedup_by_key(|p| p.0);
            let v = |y: Option<tromsvekst::model::YearValue>| {
                y.map_or("–".to_string(), |y| {
                    format!("{} ({})", num(lang, y.value, 0), y.year)
                })
            };
            let chart = if series.is_empty() {
                String::new()
            } else {
                let alt = lang.pick(
                    format!(
                        "{}: utvikling fra {} til {} mot målet",
                        x.name,
                        series[0].0,
                        series[series.len() - 1].0
                    ),
                    format!(
                        "{}: from {} to {} against the target",
                        x.name,
                        series[0].0,
                        series[series.len() - 1].0
                    ),
                );
                sparkline(&alt, &series, x.target.map(|t| t.value))
            };
            let light = x.light.map_or("–".to_string(), |l| {
                let (class, nb, en) = match l {
                    Light::Green => ("green", "grønn", "green"),
                    Light::Yellow => ("yellow", "gul", "yellow"),
                    Light::Red => ("red", "rød", "red"),
                };
                format!("<span class=\"light {class}\">{}</span>", lang.pick(nb, en))
            });
            vec![
                esc(&x.name),
                v(x.baseline),
                v(x.latest),
                v(x.target),
                chart,
                light,
            ]
        })
        .collect();
    table(
        &mut out,
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
        &rows,
    );

    // What the report rests on.
    let _ = write!(
        out,
        "<h2>{}</h2>",
        t("Grunnlaget for rapporten", "What this report rests on")
    );
    let mut rows = vec![vec![
        esc(bundle.agreement().name_or("agreement")),
        t("avtale", "agreement").into(),
        esc(&bundle.agreement().value.id),
        String::new(),
    ]];
    for d in bundle.documents() {
        let date = match d {
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
            esc(d.name()),
            esc(d.kind().as_str()),
            esc(d.id()),
            date.unwrap_or_default(),
        ]);
    }
    table(
        &mut out,
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
        &rows,
    );
    page_end(&mut out, lang);
    out
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
