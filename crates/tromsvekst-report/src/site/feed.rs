//! The events of the follow-up (follow-up entries, measures completed,
//! meetings held, evaluations concluded), as `events.csv` and as the Atom
//! feed of what changed since the previous build.

use super::Site;
use super::data::both;
use crate::svg::esc;
use std::collections::BTreeSet;
use std::fmt::Write;
use tromsvekst::model::{MeasureStatus, Text};
use tromsvekst::present::vocab;
use tromsvekst::{Date, Lang};

/// An event of the follow-up, for the feed and `events.csv`.
pub(crate) struct Event {
    pub(crate) kind: &'static str,
    pub(crate) id: String,
    pub(crate) date: Date,
    pub(crate) title: (String, String),
    pub(crate) page: String,
    /// A follow-up entry's note (only where the publishing settings open notes).
    pub(crate) note: Option<Text>,
}

pub(crate) fn events(s: &Site) -> Vec<Event> {
    let mut out = Vec::new();
    for (_, p) in s.bundle.action_plans() {
        let title = |id: &str| {
            p.measures
                .iter()
                .find(|m| m.id == id)
                .map(|m| both(&m.title))
                .unwrap_or((id.to_string(), id.to_string()))
        };
        let area = |id: &str| {
            let a = &s.bundle.agreement().value;
            p.measures
                .iter()
                .find(|m| m.id == id)
                .and_then(|m| m.sub_goals.first())
                .and_then(|g| {
                    a.focus_areas
                        .iter()
                        .find(|f| f.sub_goals.iter().any(|x| &x.id == g))
                })
                .map_or("index.html".to_string(), |f| {
                    format!("area-{}.html", f.number)
                })
        };
        for u in &p.updates {
            let (nb, en) = title(&u.measure);
            let pct = |l: Lang| tromsvekst::fmt::pct(l, u.progress.map(f64::from));
            out.push(Event {
                kind: "entry",
                id: format!("{}/{}/{}", p.id, u.measure, u.date),
                date: u.date,
                title: (
                    format!(
                        "{nb}: {}, {}",
                        vocab::measure_status(Lang::Nb, u.status),
                        pct(Lang::Nb)
                    ),
                    format!(
                        "{en}: {}, {}",
                        vocab::measure_status(Lang::En, u.status),
                        pct(Lang::En)
                    ),
                ),
                page: area(&u.measure),
                note: u.note.clone(),
            });
        }
        for m in &p.measures {
            if m.status != MeasureStatus::Completed {
                continue;
            }
            let day = p
                .updates
                .iter()
                .filter(|u| u.measure == m.id && u.status == MeasureStatus::Completed)
                .map(|u| u.date)
                .min();
            if let Some(date) = day {
                let (nb, en) = both(&m.title);
                out.push(Event {
                    kind: "completed",
                    id: format!("{}/{}", p.id, m.id),
                    date,
                    title: (format!("Fullført: {nb}"), format!("Completed: {en}")),
                    page: area(&m.id),
                    note: None,
                });
            }
        }
    }
    for (_, l) in s.bundle.meeting_logs() {
        for m in &l.meetings {
            out.push(Event {
                kind: "meeting",
                id: m.id.clone(),
                date: m.date,
                title: (
                    format!(
                        "Politisk møte holdt {}, {}",
                        tromsvekst::fmt::date(Lang::Nb, m.date),
                        m.place
                    ),
                    format!(
                        "Political meeting held {}, {}",
                        tromsvekst::fmt::date(Lang::En, m.date),
                        m.place
                    ),
                ),
                page: "meetings.html".to_string(),
                note: None,
            });
        }
    }
    for (_, e) in s.bundle.evaluations() {
        out.push(Event {
            kind: "evaluation",
            id: e.id.clone(),
            date: e.date,
            title: (
                format!("{} avsluttet", vocab::stage(Lang::Nb, e.stage)),
                format!("{} concluded", vocab::stage(Lang::En, e.stage)),
            ),
            page: "documents.html".to_string(),
            note: None,
        });
    }
    out.retain(|e| e.date <= s.options.as_of);
    out.sort_by(|a, b| (b.date, a.kind, &a.id).cmp(&(a.date, b.kind, &b.id)));
    out
}

/// The events of the previous build (kind and id), read from its `events.csv`.
fn previous(s: &Site) -> Option<BTreeSet<(String, String)>> {
    let f = s
        .options
        .previous
        .iter()
        .find(|f| f.path == "data/events.csv")?;
    let text = String::from_utf8_lossy(&f.bytes);
    Some(
        text.lines()
            .skip(1)
            .filter_map(|l| {
                let mut parts = l.splitn(3, ',');
                Some((
                    parts.next()?.to_string(),
                    parts.next()?.trim_matches('"').to_string(),
                ))
            })
            .collect(),
    )
}

/// The Atom feed of what changed since the previous build (everything, without one).
pub(crate) fn feed(s: &Site) -> String {
    let l = s.lang;
    let a = &s.bundle.agreement().value;
    let seen = previous(s);
    let title = l.pick(
        format!("{}: endringer i oppfølgingen", a.title.get(l)),
        format!("{}: changes in the follow-up", a.title.get(l)),
    );
    let publisher = super::catalogue::publisher(s).1;
    let mut out = String::new();
    let _ = write!(
        out,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{code}\">\n\
<id>urn:tromsvekst:{agreement}:feed:{code}</id>\n<title>{title}</title>\n<updated>{made}T00:00:00Z</updated>\n\
<author><name>{publisher}</name></author>\n<link rel=\"self\" href=\"feed.atom\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>\n",
        code = l.pick("nb", "en"),
        agreement = esc(&a.id),
        title = esc(&title),
        made = s.options.made,
        publisher = esc(&publisher),
    );
    for e in events(s)
        .into_iter()
        .filter(|e| {
            seen.as_ref()
                .is_none_or(|seen| !seen.contains(&(e.kind.to_string(), e.id.clone())))
        })
        .take(100)
    {
        let text = l.pick(&e.title.0, &e.title.1);
        let summary = match &e.note {
            Some(n) => format!("{text}. {}", n.get(l)),
            None => text.clone(),
        };
        let _ = writeln!(
            out,
            "<entry><id>urn:tromsvekst:{agreement}:{kind}:{id}</id><title>{text}</title><updated>{date}T00:00:00Z</updated>\
<link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/><summary>{summary}</summary></entry>",
            summary = esc(&summary),
            agreement = esc(&a.id),
            kind = e.kind,
            id = esc(&e.id),
            text = esc(text),
            date = e.date,
            page = esc(&e.page),
        );
    }
    out.push_str("</feed>\n");
    out
}
