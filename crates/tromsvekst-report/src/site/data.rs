//! The site's open data: the status as JSON, the measures, milestones,
//! indicator figures, funding lines, meetings and events as CSV (UTF-8, one
//! row per thing, the columns documented on the data page, from
//! [`super::datasets`]), and the catalogue ([`super::catalogue`]).

use super::datasets::DATASETS;
use super::{Site, SiteFile};
use std::collections::BTreeSet;
use tromsvekst::Lang;
use tromsvekst::model::Text;

/// One CSV field, quoted when it must be.
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn csv(head: &[(&str, &str, &str)], rows: Vec<Vec<String>>) -> String {
    let mut out = head.iter().map(|c| c.0).collect::<Vec<_>>().join(",");
    out.push('\n');
    for r in rows {
        out.push_str(&r.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

pub(crate) fn both(t: &Text) -> (String, String) {
    (t.get(Lang::Nb).to_string(), t.get(Lang::En).to_string())
}

fn columns(file: &str) -> &'static [(&'static str, &'static str, &'static str)] {
    DATASETS
        .iter()
        .find(|d| d.file == file)
        .map_or(&[], |d| d.columns)
}

fn snake<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// The data files.
pub(crate) fn files(s: &Site) -> Vec<SiteFile> {
    let mut files = vec![SiteFile::text("data/status.json", s.status.to_json())];
    // The measures of the current plan, as the status has them.
    let a = &s.bundle.agreement().value;
    let plan = s
        .status
        .current_plan
        .as_ref()
        .map(|p| p.id.clone())
        .unwrap_or_default();
    let own = s
        .bundle
        .action_plans()
        .map(|(_, p)| p)
        .find(|p| p.id == plan);
    let mut seen = BTreeSet::new();
    let mut rows = Vec::new();
    for f in &s.status.progress {
        for g in &f.sub_goals {
            for m in &g.measures {
                if !seen.insert(m.id.clone()) {
                    continue;
                }
                let doc = own.and_then(|p| p.measures.iter().find(|x| x.id == m.id));
                let (nb, en) = doc
                    .map(|x| both(&x.title))
                    .unwrap_or((m.title.clone(), m.title.clone()));
                let goals = doc.map(|x| x.sub_goals.clone()).unwrap_or_default();
                let areas: BTreeSet<u32> = goals
                    .iter()
                    .filter_map(|g| {
                        a.focus_areas
                            .iter()
                            .find(|f| f.sub_goals.iter().any(|x| &x.id == g))
                            .map(|f| f.number)
                    })
                    .collect();
                rows.push(vec![
                    plan.clone(),
                    m.id.clone(),
                    nb,
                    en,
                    areas
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(";"),
                    goals.join(";"),
                    doc.map(|x| x.responsible.clone()).unwrap_or_default(),
                    doc.map(|x| x.municipalities.join(";")).unwrap_or_default(),
                    snake(&m.status),
                    m.progress.to_string(),
                    m.last_update.map(|d| d.to_string()).unwrap_or_default(),
                ]);
            }
        }
    }
    files.push(SiteFile::text(
        "data/measures.csv",
        csv(columns("measures.csv"), rows),
    ));
    let mut rows = Vec::new();
    let mut funding = Vec::new();
    for (_, p) in s.bundle.action_plans() {
        for m in &p.milestones {
            let (nb, en) = both(&m.title);
            rows.push(vec![
                p.id.clone(),
                m.id.clone(),
                nb,
                en,
                m.due.to_string(),
                snake(&m.status),
                m.completed_on.map(|d| d.to_string()).unwrap_or_default(),
                m.measures.join(";"),
            ]);
        }
        for m in &p.measures {
            for f in &m.funding {
                funding.push(vec![
                    p.id.clone(),
                    m.id.clone(),
                    f.source.clone(),
                    f.party.clone().unwrap_or_default(),
                    f.year.map(|y| y.to_string()).unwrap_or_default(),
                    f.amount_nok.to_string(),
                    f.status
                        .map(|x| snake(&x))
                        .unwrap_or_else(|| "planned".to_string()),
                ]);
            }
        }
    }
    files.push(SiteFile::text(
        "data/milestones.csv",
        csv(columns("milestones.csv"), rows),
    ));
    files.push(SiteFile::text(
        "data/funding.csv",
        csv(columns("funding.csv"), funding),
    ));
    let mut rows = Vec::new();
    for (_, set) in s.bundle.indicator_sets() {
        for i in &set.indicators {
            let (nb, en) = both(&i.name);
            let unit = i
                .unit
                .as_ref()
                .map(|u| u.get(Lang::Nb).to_string())
                .unwrap_or_default();
            let mut row = |kind: &str, year: i32, value: f64| {
                rows.push(vec![
                    i.id.clone(),
                    nb.clone(),
                    en.clone(),
                    unit.clone(),
                    kind.to_string(),
                    year.to_string(),
                    value.to_string(),
                ]);
            };
            if let Some(b) = i.baseline {
                row("baseline", b.year, b.value);
            }
            for o in &i.observations {
                if let Some(v) = o.value {
                    row("observation", o.year, v);
                }
            }
            for t in &i.targets {
                row("target", t.year, t.value);
            }
        }
    }
    files.push(SiteFile::text(
        "data/indicator-figures.csv",
        csv(columns("indicator-figures.csv"), rows),
    ));
    let mut rows = Vec::new();
    for (_, l) in s.bundle.meeting_logs() {
        for m in &l.meetings {
            let actions: Vec<_> = m.decisions.iter().flat_map(|d| d.actions.iter()).collect();
            rows.push(vec![
                m.id.clone(),
                m.date.to_string(),
                m.place.clone(),
                m.agenda.len().to_string(),
                m.decisions.len().to_string(),
                actions.len().to_string(),
                actions
                    .iter()
                    .filter(|x| x.status == tromsvekst::model::ActionStatus::Done)
                    .count()
                    .to_string(),
            ]);
        }
    }
    files.push(SiteFile::text(
        "data/meetings.csv",
        csv(columns("meetings.csv"), rows),
    ));
    let rows = super::feed::events(s)
        .into_iter()
        .map(|e| {
            vec![
                e.kind.to_string(),
                e.id,
                e.date.to_string(),
                e.title.0,
                e.title.1,
                e.page,
            ]
        })
        .collect();
    files.push(SiteFile::text(
        "data/events.csv",
        csv(columns("events.csv"), rows),
    ));
    files.push(SiteFile::text(
        "data/catalogue.ttl",
        super::catalogue::catalogue(s),
    ));
    files
}
