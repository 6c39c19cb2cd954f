//! The documents page and the documents it links: the evaluations the
//! parties have handled and the action plans they have adopted, each as a
//! web page and a Word document, in the page's language.

use super::pages::t;
use super::{Site, SiteFile};
use crate::MeetingReport;
use crate::svg::esc;
use tromsvekst::Error;
use tromsvekst::fmt;
use tromsvekst::model::ActionPlan;
use tromsvekst::present::{Block, Doc, cell, fig, text, vocab};

/// The documents page, and the documents: the concluded evaluations and the
/// adopted plans, as HTML and Word.
pub(crate) fn documents(s: &Site) -> Result<Vec<SiteFile>, Error> {
    let l = s.lang;
    let code = l.pick("nb", "en");
    let title = l.pick("Dokumenter", "Documents");
    let mut doc = Doc::new(l, title.to_string());
    doc.push(Block::Title(title.to_string()));
    doc.p(vec![text(l.pick(
        "Evalueringene partene har behandlet og handlingsplanene de har vedtatt, som nettside og som Word-dokument.",
        "The evaluations the parties have handled and the action plans they have adopted, as a web page and as a Word document.",
    ))]);
    let mut files = Vec::new();
    let mut items = String::from("<ul class=\"links\">");
    let mut add = |name: String, file: String, report: &MeetingReport| -> Result<(), Error> {
        files.push(SiteFile::text(
            format!("docs/{file}.{code}.html"),
            report.to_html(),
        ));
        files.push(SiteFile {
            path: format!("docs/{file}.{code}.docx"),
            bytes: report.to_docx()?,
        });
        let root = s.root();
        items.push_str(&format!(
            "<li>{} — <a href=\"{root}docs/{f}.{code}.html\">{}</a> · <a href=\"{root}docs/{f}.{code}.docx\">{}</a></li>",
            esc(&name),
            l.pick("nettside", "web page"),
            l.pick("Word", "Word"),
            f = esc(&file),
        ));
        Ok(())
    };
    for (_, e) in s.bundle.evaluations() {
        let report = MeetingReport::evaluation(s.bundle, e, l);
        add(
            format!("{} ({})", vocab::stage(l, e.stage), fmt::date(l, e.date)),
            e.id.clone(),
            &report,
        )?;
    }
    for (_, p) in s.bundle.action_plans() {
        add(t(&p.title, l), p.id.clone(), &MeetingReport(plan_doc(s, p)))?;
    }
    items.push_str("</ul>");
    if files.is_empty() {
        items = format!(
            "<p>{}</p>",
            l.pick(
                "Ingen dokumenter er publisert ennå.",
                "No documents are published yet."
            )
        );
    }
    files.push(s.page("documents.html", &doc, &items));
    Ok(files)
}

/// An adopted action plan as a document: its measures and milestones.
fn plan_doc(s: &Site, p: &ActionPlan) -> Doc {
    let l = s.lang;
    let mut d = Doc::new(l, t(&p.title, l));
    d.push(Block::Title(t(&p.title, l)));
    let mut intro = format!(
        "{} {}–{}.",
        l.pick("Periode", "Period"),
        p.period.start,
        p.period.end
    );
    if let Some(a) = &p.adopted {
        intro.push_str(&l.pick(
            format!(" Vedtatt {} av {}.", fmt::approx(l, &a.date), a.by),
            format!(" Adopted {} by {}.", fmt::approx(l, &a.date), a.by),
        ));
    }
    d.p(vec![text(intro)]);
    d.h(2, l.pick("Tiltak", "Measures"));
    let parties = &s.bundle.agreement().value.parties;
    let party = |id: &str| {
        parties
            .iter()
            .find(|x| x.id == id)
            .map_or(id.to_string(), |x| {
                x.short_name.clone().unwrap_or_else(|| t(&x.name, l))
            })
    };
    d.table(
        l.pick("Tiltakene i planen", "The plan's measures"),
        &[
            (l.pick("tiltak", "measure"), false),
            (l.pick("delmål", "sub-goals"), false),
            (l.pick("ansvarlig", "responsible"), false),
            (l.pick("status", "status"), false),
            (l.pick("fremdrift", "progress"), true),
        ],
        p.measures
            .iter()
            .map(|m| {
                vec![
                    cell(t(&m.title, l)),
                    cell(m.sub_goals.join(", ")),
                    cell(match &m.contact {
                        // Only where the agreement's publishing settings open contact persons.
                        Some(c) => l.pick(
                            format!("{} (kontakt: {c})", party(&m.responsible)),
                            format!("{} (contact: {c})", party(&m.responsible)),
                        ),
                        None => party(&m.responsible),
                    }),
                    cell(vocab::measure_status(l, m.status)),
                    fig(fmt::pct(l, Some(f64::from(m.progress)))),
                ]
            })
            .collect(),
    );
    if !p.milestones.is_empty() {
        d.h(2, l.pick("Milepæler", "Milestones"));
        d.table(
            l.pick("Milepælene i planen", "The plan's milestones"),
            &[
                (l.pick("milepæl", "milestone"), false),
                (l.pick("frist", "due"), false),
                (l.pick("status", "status"), false),
            ],
            p.milestones
                .iter()
                .map(|m| {
                    vec![
                        cell(t(&m.title, l)),
                        cell(fmt::date(l, m.due)),
                        cell(vocab::milestone_status(l, m.status)),
                    ]
                })
                .collect(),
        );
    }
    d.push(Block::Note(vocab::made_with(l).to_string()));
    d
}
