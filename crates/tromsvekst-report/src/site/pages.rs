//! The site's pages, each a description of a document (the core's
//! [`Doc`]) rendered by the same HTML renderer as the documents for the
//! political meetings: the front page (the status), a page per focus area,
//! the indicators, the meetings and decisions, the documents, the open data.

use super::{Site, SiteFile, datasets};
use crate::MeetingReport;
use crate::svg::esc;
use tromsvekst::fmt;
use tromsvekst::model::{ActionPlan, Text};
use tromsvekst::present::{Block, Chart, Column, Doc, Span, Spans, cell, fig, text, vocab};
use tromsvekst::status::RefKind;
use tromsvekst::{Error, Lang};

/// The pages in the navigation: file and label.
pub(crate) fn nav(s: &Site) -> Vec<(String, String)> {
    let l = s.lang;
    let mut out = vec![(
        "index.html".to_string(),
        l.pick("Oversikt", "Overview").to_string(),
    )];
    for f in &s.bundle.agreement().value.focus_areas {
        out.push((
            format!("area-{}.html", f.number),
            format!("{} {}", l.pick("Innsatsområde", "Focus area"), f.number),
        ));
    }
    for (file, nb, en) in [
        ("indicators.html", "Indikatorer", "Indicators"),
        ("meetings.html", "Møter og vedtak", "Meetings and decisions"),
        ("documents.html", "Dokumenter", "Documents"),
        ("data.html", "Åpne data", "Open data"),
    ] {
        out.push((file.to_string(), l.pick(nb, en).to_string()));
    }
    out
}

/// Under which licence the data are published, in a sentence.
pub(crate) fn licence_line(s: &Site) -> String {
    let licence = s.bundle.agreement().value.publishing.licence;
    s.lang.pick(
        format!("Dataene er åpne under {}.", licence.name()),
        format!("The data are open under {}.", licence.name()),
    )
}

pub(crate) fn t(text: &Text, lang: Lang) -> String {
    text.get(lang).to_string()
}

/// Every page of one language.
pub(crate) fn all(s: &Site) -> Result<Vec<SiteFile>, Error> {
    let mut files = vec![front(s)?];
    for f in &s.bundle.agreement().value.focus_areas {
        files.push(area(s, f.number));
    }
    files.push(indicators(s));
    files.push(meetings(s));
    files.extend(super::documents::documents(s)?);
    files.push(open_data(s));
    Ok(files)
}

/// The current plan of the status, when public.
fn plan<'a>(s: &'a Site) -> Option<&'a ActionPlan> {
    let id = s.status.current_plan.as_ref()?.id.as_str();
    s.bundle.action_plans().map(|(_, p)| p).find(|p| p.id == id)
}

fn front(s: &Site) -> Result<SiteFile, Error> {
    let l = s.lang;
    let a = &s.bundle.agreement().value;
    let parties: Vec<String> = a.parties.iter().map(|p| t(&p.name, l)).collect();
    let municipalities: Vec<String> = a
        .region
        .municipalities
        .iter()
        .map(|m| m.name.clone())
        .collect();
    let mut doc = MeetingReport::status_of(s.bundle, &s.status)?.0;
    // The agreement in a sentence, before the status.
    let (title, parties, region, municipalities) = (
        t(&a.title, l),
        fmt::list(l, &parties),
        &a.region.name,
        fmt::list(l, &municipalities),
    );
    let (start, end) = (a.period.start, a.period.end);
    let sentence = l.pick(
        format!("{title} er avtalen mellom {parties} om vekst i {region} ({municipalities}) for årene {start}–{end}. Her ser du hvordan oppfølgingen av den står."),
        format!("{title} is the agreement between {parties} on growth in {region} ({municipalities}) for {start}–{end}. This is where its follow-up stands."),
    );
    let at = doc
        .blocks
        .iter()
        .position(|b| !matches!(b, Block::Title(_)))
        .unwrap_or(0);
    doc.blocks.insert(at, Block::Para(vec![text(sentence)]));
    let mut extra = format!(
        "<h2>{}</h2><ul class=\"links\">",
        l.pick("Innsatsområdene", "The focus areas")
    );
    for f in &a.focus_areas {
        extra.push_str(&format!(
            "<li><a href=\"area-{n}.html\">{n}. {}</a></li>",
            esc(f.title.get(l)),
            n = f.number
        ));
    }
    extra.push_str("</ul>");
    Ok(s.page("index.html", &doc, &extra))
}

fn area(s: &Site, number: u32) -> SiteFile {
    let l = s.lang;
    let a = &s.bundle.agreement().value;
    let Some(f) = a.focus_areas.iter().find(|f| f.number == number) else {
        return s.page(
            &format!("area-{number}.html"),
            &Doc::new(l, String::new()),
            "",
        );
    };
    let mut doc = Doc::new(l, format!("{}. {}", f.number, t(&f.title, l)));
    doc.push(Block::Title(format!(
        "{} {}: {}",
        l.pick("Innsatsområde", "Focus area"),
        f.number,
        t(&f.title, l)
    )));
    doc.p(vec![text(t(&f.description, l))]);
    let progress = s.status.progress.iter().find(|p| p.number == number);
    if let Some(p) = progress {
        doc.p(vec![
            text(l.pick("Fremdrift: ", "Progress: ")),
            Span::Figure(fmt::pct(l, p.progress)),
            text(l.pick(
                format!(" ({} tiltak i gjeldende handlingsplan)", p.measures),
                format!(" ({} measures of the current action plan)", p.measures),
            )),
        ]);
    }
    let plan = plan(s);
    for g in &f.sub_goals {
        doc.h(
            2,
            format!(
                "{} {}: {}",
                l.pick("Delmål", "Sub-goal"),
                g.id,
                t(&g.text, l)
            ),
        );
        if !g.strategies.is_empty() {
            doc.h(3, l.pick("Strategier", "Strategies"));
            doc.push(Block::List(
                g.strategies
                    .iter()
                    .map(|x| vec![text(format!("{} {}", x.id, t(&x.text, l)))])
                    .collect(),
            ));
        }
        doc.h(3, l.pick("Tiltak", "Measures"));
        let measures = progress
            .and_then(|p| p.sub_goals.iter().find(|x| x.id == g.id))
            .map(|x| x.measures.as_slice())
            .unwrap_or_default();
        if measures.is_empty() {
            doc.p(vec![text(l.pick(
                "Ingen tiltak i gjeldende handlingsplan.",
                "No measure in the current action plan.",
            ))]);
            continue;
        }
        let rows = measures
            .iter()
            .map(|m| {
                let own = plan.and_then(|p| p.measures.iter().find(|x| x.id == m.id));
                let mut responsible = own
                    .map(|x| s.status.name(RefKind::Party, &x.responsible).to_string())
                    .unwrap_or_default();
                // A contact person only where the agreement's publishing settings open them.
                if let Some(c) = own.and_then(|x| x.contact.as_deref()) {
                    responsible
                        .push_str(&l.pick(format!(" (kontakt: {c})"), format!(" (contact: {c})")));
                }
                let municipalities: Vec<String> = own
                    .map(|x| {
                        x.municipalities
                            .iter()
                            .map(|k| s.status.name(RefKind::Municipality, k).to_string())
                            .collect()
                    })
                    .unwrap_or_default();
                let last = plan.and_then(|p| {
                    p.updates
                        .iter()
                        .filter(|u| u.measure == m.id)
                        .max_by_key(|u| u.date)
                });
                let milestones: Vec<String> = plan
                    .map(|p| {
                        p.milestones
                            .iter()
                            .filter(|x| x.measures.contains(&m.id))
                            .map(|x| {
                                format!(
                                    "{} ({}, {})",
                                    t(&x.title, l),
                                    fmt::date(l, x.due),
                                    vocab::milestone_status(l, x.status)
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                vec![
                    cell(m.title.clone()),
                    cell(vocab::measure_status(l, m.status)),
                    fig(fmt::pct(l, Some(f64::from(m.progress)))),
                    cell(responsible),
                    cell(if municipalities.is_empty() {
                        "–".to_string()
                    } else {
                        fmt::list(l, &municipalities)
                    }),
                    cell(last.map_or("–".to_string(), |u| {
                        format!(
                            "{}: {}, {}",
                            fmt::date(l, u.date),
                            vocab::measure_status(l, u.status),
                            fmt::pct(l, u.progress.map(f64::from))
                        )
                    })),
                    cell(if milestones.is_empty() {
                        "–".to_string()
                    } else {
                        milestones.join("; ")
                    }),
                ]
            })
            .collect();
        doc.table(
            &l.pick(
                format!("Tiltak for delmål {}", g.id),
                format!("Measures for sub-goal {}", g.id),
            ),
            &[
                (l.pick("tiltak", "measure"), false),
                (l.pick("status", "status"), false),
                (l.pick("fremdrift", "progress"), true),
                (l.pick("ansvarlig", "responsible"), false),
                (l.pick("kommuner", "municipalities"), false),
                (l.pick("siste oppfølging", "last follow-up"), false),
                (l.pick("milepæler", "milestones"), false),
            ],
            rows,
        );
    }
    // The indicators that measure it: those addressing its sub-goals or the area.
    let ids: Vec<String> = f
        .sub_goals
        .iter()
        .map(|g| g.id.clone())
        .chain([number.to_string()])
        .collect();
    let measuring: Vec<&tromsvekst::status::IndicatorStatus> = s
        .bundle
        .indicator_sets()
        .flat_map(|(_, set)| set.indicators.iter())
        .filter(|x| x.addresses.iter().any(|a| ids.contains(a)))
        .filter_map(|x| s.status.indicators.iter().find(|i| i.id == x.id))
        .collect();
    let mut extra = format!(
        "<h2>{}</h2>",
        l.pick("Indikatorer som måler det", "Indicators that measure it")
    );
    if measuring.is_empty() {
        extra.push_str(&format!(
            "<p>{}</p>",
            l.pick(
                "Ingen indikator er knyttet til innsatsområdet.",
                "No indicator is tied to the focus area."
            )
        ));
    } else {
        extra.push_str("<ul class=\"links\">");
        for i in measuring {
            extra.push_str(&format!(
                "<li><a href=\"indicators.html#{}\">{}</a></li>",
                esc(&anchor(&i.id)),
                esc(&i.name)
            ));
        }
        extra.push_str("</ul>");
    }
    s.page(&format!("area-{number}.html"), &doc, &extra)
}

/// An id as a fragment of a page's address.
pub(crate) fn anchor(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn indicators(s: &Site) -> SiteFile {
    let l = s.lang;
    let mut doc = Doc::new(l, l.pick("Indikatorer", "Indicators").to_string());
    doc.push(Block::Title(
        l.pick("Indikatorer", "Indicators").to_string(),
    ));
    doc.p(vec![text(l.pick(
        "Hver indikator med tallene år for år mot utgangspunktet og målet, og et trafikklys for hvordan den ligger an.",
        "Each indicator with its figures year by year against the baseline and the target, and a traffic light for how it stands.",
    ))]);
    let mut extra = String::new();
    for i in &s.status.indicators {
        let mut d = Doc::new(l, String::new());
        d.h(2, i.name.clone());
        let unit = i.unit.as_deref();
        let mut facts: Spans = Vec::new();
        if let Some(light) = i.light {
            facts.push(Span::Light(light, vocab::light(l, light).to_string()));
            facts.push(text(" "));
        }
        let v = |y: &Option<tromsvekst::model::YearValue>| {
            y.map_or("–".to_string(), |y| fmt::year_value(l, y, unit))
        };
        facts.push(text(format!(
            "{}: {}. {}: {}. {}: {}.",
            l.pick("Utgangspunkt", "Baseline"),
            v(&i.baseline),
            l.pick("Siste tall", "Latest figure"),
            v(&i.latest),
            l.pick("Mål", "Target"),
            v(&i.target)
        )));
        d.p(facts);
        d.p(vec![text(format!(
            "{}: {}. {}: {}.",
            l.pick("Enhet", "Unit"),
            unit.unwrap_or("–"),
            l.pick("Kilde", "Source"),
            i.source.as_deref().unwrap_or("–")
        ))]);
        let points: Vec<(i32, f64)> = i.series.iter().map(|y| (y.year, y.value)).collect();
        if !points.is_empty() {
            d.push(Block::Figure {
                chart: Chart::Line {
                    title: l.pick(format!("{}, år for år", i.name), format!("{}, year by year", i.name)),
                    points,
                    target: i.target.map(|y| y.value),
                },
                caption: l.pick(
                    "Tallene år for år; den stiplede linjen er målet. Tallene står i tabellen under.".to_string(),
                    "The figures year by year; the dashed line is the target. The figures are in the table below.".to_string(),
                ),
            });
        }
        let mut rows: Vec<Vec<Spans>> = Vec::new();
        if let Some(b) = i.baseline {
            rows.push(vec![
                cell(b.year.to_string()),
                fig(fmt::bare(l, b.value, unit)),
                cell(l.pick("utgangspunkt", "baseline")),
            ]);
        }
        for y in &i.series {
            rows.push(vec![
                cell(y.year.to_string()),
                fig(fmt::bare(l, y.value, unit)),
                cell(l.pick("målt", "measured")),
            ]);
        }
        if let Some(tg) = i.target {
            rows.push(vec![
                cell(tg.year.to_string()),
                fig(fmt::bare(l, tg.value, unit)),
                cell(l.pick("mål", "target")),
            ]);
        }
        d.push(Block::Table {
            caption: l.pick(
                format!("Tallene for {}", i.name),
                format!("The figures for {}", i.name),
            ),
            head: vec![
                Column {
                    head: l.pick("år", "year").to_string(),
                    numeric: false,
                },
                Column {
                    head: l.pick("verdi", "value").to_string(),
                    numeric: true,
                },
                Column {
                    head: l.pick("hva", "what").to_string(),
                    numeric: false,
                },
            ],
            rows,
        });
        extra.push_str(&format!("<section id=\"{}\">", esc(&anchor(&i.id))));
        crate::doc::html_blocks(&d, &mut extra);
        extra.push_str("</section>");
    }
    if s.status.indicators.is_empty() {
        extra.push_str(&format!(
            "<p>{}</p>",
            l.pick(
                "Ingen indikatorer er publisert.",
                "No indicators are published."
            )
        ));
    }
    s.page("indicators.html", &doc, &extra)
}

fn meetings(s: &Site) -> SiteFile {
    let l = s.lang;
    let title = l.pick(
        "Politiske møter og vedtak",
        "Political meetings and decisions",
    );
    let mut doc = Doc::new(l, title.to_string());
    doc.push(Block::Title(title.to_string()));
    let mut held: Vec<&tromsvekst::model::Meeting> = s
        .bundle
        .meeting_logs()
        .flat_map(|(_, m)| m.meetings.iter())
        .collect();
    held.sort_by_key(|m| std::cmp::Reverse(m.date));
    if held.is_empty() {
        doc.p(vec![text(l.pick(
            "Ingen møter er holdt ennå.",
            "No meeting has been held yet.",
        ))]);
    }
    for m in held {
        doc.h(2, format!("{}, {}", fmt::date(l, m.date), m.place));
        if !m.agenda.is_empty() {
            doc.h(3, l.pick("Saker", "Agenda"));
            doc.push(Block::List(
                m.agenda
                    .iter()
                    .map(|a| vec![text(t(&a.title, l))])
                    .collect(),
            ));
        }
        if !m.decisions.is_empty() {
            doc.h(3, l.pick("Vedtak", "Decisions"));
            doc.push(Block::List(
                m.decisions
                    .iter()
                    .map(|d| vec![text(t(&d.text, l))])
                    .collect(),
            ));
            let actions: Vec<Vec<Spans>> = m
                .decisions
                .iter()
                .flat_map(|d| d.actions.iter())
                .map(|x| {
                    vec![
                        cell(t(&x.text, l)),
                        cell(s.status.name(RefKind::Party, &x.owner).to_string()),
                        cell(fmt::date(l, x.due)),
                        cell(vocab::action_status(l, x.status)),
                        cell(x.done_on.map_or("–".to_string(), |d| fmt::date(l, d))),
                    ]
                })
                .collect();
            if !actions.is_empty() {
                doc.table(
                    l.pick("Oppfølging av vedtakene", "Follow-up of the decisions"),
                    &[
                        (l.pick("hva", "what"), false),
                        (l.pick("ansvarlig", "owner"), false),
                        (l.pick("frist", "due"), false),
                        (l.pick("status", "status"), false),
                        (l.pick("utført", "done"), false),
                    ],
                    actions,
                );
            }
        }
    }
    // The advocacy for the long-term results, as the status describes it.
    let described = s.status.describe();
    let section = l.pick(
        "Vedtak, temaer og påvirkning",
        "Decisions, themes and advocacy",
    );
    if let Some(start) = described
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading(2, h) if h == section))
    {
        let end = described.blocks[start + 1..]
            .iter()
            .position(|b| matches!(b, Block::Heading(2, _)))
            .map_or(described.blocks.len(), |k| start + 1 + k);
        doc.blocks
            .extend(described.blocks[start..end].iter().cloned());
    }
    s.page("meetings.html", &doc, "")
}

fn open_data(s: &Site) -> SiteFile {
    let l = s.lang;
    let title = l.pick("Åpne data", "Open data");
    let mut doc = Doc::new(l, title.to_string());
    doc.push(Block::Title(title.to_string()));
    doc.p(vec![text(format!(
        "{} {}",
        l.pick(
            "Tallene på disse sidene er åpne data: last dem ned, bruk dem og del dem. Katalogen beskriver datasettene etter DCAT-AP-NO, slik data.norge.no leser dem.",
            "The figures on these pages are open data: download, use and share them. The catalogue describes the datasets in DCAT-AP-NO, as data.norge.no reads them.",
        ),
        licence_line(s)
    ))]);
    let root = s.root();
    let mut extra = format!(
        "<ul class=\"links\"><li><a href=\"{root}data/catalogue.ttl\">{}</a> (Turtle)</li></ul>",
        l.pick("Datakatalogen", "The data catalogue")
    );
    for set in datasets::DATASETS {
        extra.push_str(&format!(
            "<h2>{}</h2><p>{} <a href=\"{root}data/{file}\">{file}</a></p>",
            esc(l.pick(set.title.0, set.title.1)),
            esc(l.pick(set.description.0, set.description.1)),
            file = set.file
        ));
        if !set.columns.is_empty() {
            let mut d = Doc::new(l, String::new());
            d.table(
                &l.pick(
                    format!("Kolonnene i {}", set.file),
                    format!("The columns of {}", set.file),
                ),
                &[
                    (l.pick("kolonne", "column"), false),
                    (l.pick("hva den holder", "what it holds"), false),
                ],
                set.columns
                    .iter()
                    .map(|(c, nb, en)| vec![cell(*c), cell(l.pick(*nb, *en))])
                    .collect(),
            );
            crate::doc::html_blocks(&d, &mut extra);
        }
    }
    s.page("data.html", &doc, &extra)
}
