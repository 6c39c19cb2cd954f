//! An action plan as the sheets of the layout.

use super::layout::*;
use super::{Cell, Table};
use crate::lang::Lang;
use crate::model::{ActionPlan, Funding, Measure, Milestone, StatusUpdate};
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
    // Each row is made by asking for the cell of each column of the layout, in
    // the layout's order: the column table (layout.rs) that the import reads
    // by key drives the export too, so a column added there is exported (or
    // the test below fails), never written in a different place.
    let mut measures = vec![header(&LAYOUT[1], lang)];
    let mut funding = vec![header(&LAYOUT[2], lang)];
    for m in &plan.measures {
        measures.push(row(MEASURE_COLUMNS, |key| measure_cell(m, key)));
        for f in &m.funding {
            funding.push(row(FUNDING_COLUMNS, |key| funding_cell(&m.id, f, key)));
        }
    }
    let mut milestones = vec![header(&LAYOUT[3], lang)];
    for m in &plan.milestones {
        milestones.push(row(MILESTONE_COLUMNS, |key| milestone_cell(m, key)));
    }
    let mut updates = vec![header(&LAYOUT[4], lang)];
    for u in &plan.updates {
        updates.push(row(UPDATE_COLUMNS, |key| update_cell(u, key)));
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

/// A row of a sheet: the cell of each of its columns, in the layout's order.
fn row(columns: &[ColumnSpec], cell: impl Fn(&str) -> Option<Cell>) -> Vec<Cell> {
    columns
        .iter()
        .map(|c| cell(c.key).unwrap_or(Cell::Empty))
        .collect()
}

fn date<D: std::fmt::Display>(d: Option<D>) -> Cell {
    d.map_or(Cell::Empty, |d| t(&d.to_string()))
}

/// A measure's cell in a column of the measures sheet (`None`: no such column).
fn measure_cell(m: &Measure, key: &str) -> Option<Cell> {
    Some(match key {
        "id" => t(&m.id),
        "title" => t(&m.title.nb),
        "title_en" => opt(m.title.en.as_deref()),
        "description" => opt(m.description.as_ref().map(|d| d.nb.as_str())),
        "description_en" => opt(m.description.as_ref().and_then(|d| d.en.as_deref())),
        "sub_goals" => list(&m.sub_goals),
        "strategies" => list(&m.strategies),
        "responsible" => t(&m.responsible),
        "municipalities" => list(&m.municipalities),
        "organisations" => list(&m.organisations),
        "start" => date(m.start),
        "end" => date(m.end),
        "status" => t(m.status.as_str()),
        "progress" => num(m.progress),
        "completed_on" => date(m.completed_on),
        "weight" => m.weight.map_or(Cell::Empty, num),
        "depends_on" => list(&m.depends_on),
        "addresses" => list(&m.addresses),
        "continues" => opt(m.continues.as_deref()),
        "unit" => opt(m.unit.as_deref()),
        "contact" => opt(m.contact.as_deref()),
        "lead_municipality" => opt(m.lead_municipality.as_deref()),
        "partners" => list(
            &m.partners
                .iter()
                .map(|p| format!("{} ({})", p.name, p.role))
                .collect::<Vec<_>>(),
        ),
        _ => return None,
    })
}

/// A funding line's cell in a column of the funding sheet.
fn funding_cell(measure: &str, f: &Funding, key: &str) -> Option<Cell> {
    let amount = |a: Option<crate::model::Nok>| a.map_or(Cell::Empty, |a| t(&a.to_string()));
    Some(match key {
        "measure" => t(measure),
        "amount_nok" => t(&f.amount_nok.to_string()),
        "source" => t(&f.source),
        "source_kind" => opt(f.source_kind.map(|k| k.as_str())),
        "party" => opt(f.party.as_deref()),
        "year" => f.year.map_or(Cell::Empty, |y| Cell::Number(f64::from(y))),
        "status" => opt(f.status.map(|k| k.as_str())),
        "status_date" => date(f.status_date),
        "applied_nok" => amount(f.applied_nok),
        "granted_nok" => amount(f.granted_nok),
        "paid_nok" => amount(f.paid_nok),
        "committed_by_agreement" => t(if f.committed_by_agreement {
            "ja"
        } else {
            "nei"
        }),
        _ => return None,
    })
}

/// A milestone's cell in a column of the milestones sheet.
fn milestone_cell(m: &Milestone, key: &str) -> Option<Cell> {
    Some(match key {
        "id" => t(&m.id),
        "title" => t(&m.title.nb),
        "title_en" => opt(m.title.en.as_deref()),
        "due" => t(&m.due.to_string()),
        "measures" => list(&m.measures),
        "status" => t(m.status.as_str()),
        "completed_on" => date(m.completed_on),
        "addresses" => list(&m.addresses),
        _ => return None,
    })
}

/// A follow-up entry's cell in a column of the follow-up sheet.
fn update_cell(u: &StatusUpdate, key: &str) -> Option<Cell> {
    Some(match key {
        "date" => t(&u.date.to_string()),
        "measure" => t(&u.measure),
        "status" => t(u.status.as_str()),
        "progress" => u.progress.map_or(Cell::Empty, num),
        "note" => opt(u.note.as_ref().map(|n| n.nb.as_str())),
        "note_en" => opt(u.note.as_ref().and_then(|n| n.en.as_deref())),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every column of the layout has its cell in the export: a column added
    /// to the table (and so read by the import) without its cell here fails.
    #[test]
    fn every_column_of_the_layout_is_exported() {
        let plan: ActionPlan = serde_json::from_str(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../examples/nord-troms/action-plan-2025-2026.json"
            ))
            .expect("example"),
        )
        .expect("plan");
        let m = &plan.measures[0];
        for c in MEASURE_COLUMNS {
            assert!(measure_cell(m, c.key).is_some(), "measures: {}", c.key);
        }
        for c in FUNDING_COLUMNS {
            assert!(
                funding_cell(&m.id, &m.funding[0], c.key).is_some(),
                "funding: {}",
                c.key
            );
        }
        for c in MILESTONE_COLUMNS {
            assert!(
                milestone_cell(&plan.milestones[0], c.key).is_some(),
                "milestones: {}",
                c.key
            );
        }
        for c in UPDATE_COLUMNS {
            assert!(
                update_cell(&plan.updates[0], c.key).is_some(),
                "updates: {}",
                c.key
            );
        }
    }
}
