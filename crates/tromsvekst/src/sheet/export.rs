//! An action plan as the sheets of the layout.

use super::layout::*;
use super::{Cell, Table};
use crate::lang::Lang;
use crate::model::{ActionPlan, MilestoneStatus};
fn t(s: &str) -> Cell {
    if s.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(s.to_string())
    }
}

fn opt(s: Option<&str>) -> Cell {
    s.map_or(Cell::Empty, t)
}

fn list(v: &[String]) -> Cell {
    t(&v.join("; "))
}

fn num(n: u32) -> Cell {
    Cell::Number(f64::from(n))
}

fn header(spec: &SheetSpec, lang: Lang) -> Vec<Cell> {
    spec.columns
        .iter()
        .map(|c| t(if lang == Lang::Nb { c.nb } else { c.en }))
        .collect()
}

/// The plan as the sheets of the layout, with headers in a language. Write
/// them with [`write_xlsx`](super::write_xlsx) or [`write_csv`](super::write_csv);
/// reading them back with [`import_plan`](super::import_plan) gives the same plan.
pub fn export_tables(plan: &ActionPlan, lang: Lang) -> Vec<Table> {
    let name = |s: &SheetSpec| if lang == Lang::Nb { s.nb } else { s.en }.to_string();
    let nb = lang == Lang::Nb;
    let field = |key: &str| {
        let c = PLAN_FIELDS
            .iter()
            .find(|c| c.key == key)
            .map_or(key, |c| if nb { c.nb } else { c.en });
        t(c)
    };
    let mut plan_rows = vec![vec![
        t(if nb {
            PLAN_HEADER[0].0
        } else {
            PLAN_HEADER[0].1
        }),
        t(if nb {
            PLAN_HEADER[1].0
        } else {
            PLAN_HEADER[1].1
        }),
    ]];
    let mut add = |key: &str, value: Cell| {
        if !value.is_blank() {
            plan_rows.push(vec![field(key), value]);
        }
    };
    add("id", t(&plan.id));
    add("agreement", t(&plan.agreement));
    add("title", t(&plan.title.nb));
    add("title_en", opt(plan.title.en.as_deref()));
    add("start_year", Cell::Number(f64::from(plan.period.start)));
    add("end_year", Cell::Number(f64::from(plan.period.end)));
    if let Some(a) = &plan.adopted {
        add("adopted_date", t(&a.date.to_string()));
        add("adopted_by", t(&a.by));
        add("adopted_reference", opt(a.reference.as_deref()));
    }
    if let Some(i) = &plan.illustrative {
        add("illustrative", t(&i.nb));
        add("illustrative_en", opt(i.en.as_deref()));
    }
    let mut measures = vec![header(&LAYOUT[1], lang)];
    let mut funding = vec![header(&LAYOUT[2], lang)];
    for m in &plan.measures {
        measures.push(vec![
            t(&m.id),
            t(&m.title.nb),
            opt(m.title.en.as_deref()),
            opt(m.description.as_ref().map(|d| d.nb.as_str())),
            opt(m.description.as_ref().and_then(|d| d.en.as_deref())),
            list(&m.sub_goals),
            list(&m.strategies),
            t(&m.responsible),
            list(&m.municipalities),
            list(&m.organisations),
            m.start.map_or(Cell::Empty, |d| t(&d.to_string())),
            m.end.map_or(Cell::Empty, |d| t(&d.to_string())),
            t(m.status.as_str()),
            num(m.progress),
            m.completed_on.map_or(Cell::Empty, |d| t(&d.to_string())),
            m.weight.map_or(Cell::Empty, num),
            list(&m.depends_on),
            list(&m.addresses),
            opt(m.continues.as_deref()),
            opt(m.unit.as_deref()),
            opt(m.contact.as_deref()),
            opt(m.lead_municipality.as_deref()),
            list(
                &m.partners
                    .iter()
                    .map(|p| format!("{} ({})", p.name, p.role))
                    .collect::<Vec<_>>(),
            ),
        ]);
        for f in &m.funding {
            let amount =
                |a: Option<crate::model::Nok>| a.map_or(Cell::Empty, |a| t(&a.to_string()));
            funding.push(vec![
                t(&m.id),
                t(&f.amount_nok.to_string()),
                t(&f.source),
                opt(f.source_kind.map(|k| k.as_str())),
                opt(f.party.as_deref()),
                f.year.map_or(Cell::Empty, |y| Cell::Number(f64::from(y))),
                opt(f.status.map(|k| k.as_str())),
                f.status_date.map_or(Cell::Empty, |d| t(&d.to_string())),
                amount(f.applied_nok),
                amount(f.granted_nok),
                amount(f.paid_nok),
                t(if f.committed_by_agreement {
                    "ja"
                } else {
                    "nei"
                }),
            ]);
        }
    }
    let mut milestones = vec![header(&LAYOUT[3], lang)];
    for m in &plan.milestones {
        let status = match m.status {
            MilestoneStatus::Pending => "pending",
            MilestoneStatus::Completed => "completed",
            MilestoneStatus::Cancelled => "cancelled",
        };
        milestones.push(vec![
            t(&m.id),
            t(&m.title.nb),
            opt(m.title.en.as_deref()),
            t(&m.due.to_string()),
            list(&m.measures),
            t(status),
            m.completed_on.map_or(Cell::Empty, |d| t(&d.to_string())),
            list(&m.addresses),
        ]);
    }
    let mut updates = vec![header(&LAYOUT[4], lang)];
    for u in &plan.updates {
        updates.push(vec![
            t(&u.date.to_string()),
            t(&u.measure),
            t(u.status.as_str()),
            u.progress.map_or(Cell::Empty, num),
            opt(u.note.as_ref().map(|n| n.nb.as_str())),
            opt(u.note.as_ref().and_then(|n| n.en.as_deref())),
        ]);
    }
    let file = format!("{}.xlsx", plan.id);
    [plan_rows, measures, funding, milestones, updates]
        .into_iter()
        .zip(LAYOUT)
        .map(|(rows, spec)| Table {
            file: file.clone(),
            sheet: name(spec),
            rows,
        })
        .collect()
}
