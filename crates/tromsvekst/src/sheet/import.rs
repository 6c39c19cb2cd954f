//! An action plan from the sheets of the layout.

use super::cells::*;
use super::layout::*;
use super::xlsx::serial_date;
use super::{Cell, Table};
use crate::date::ApproxDate;
use crate::document::{CellRef, Document, Source};
use crate::error::{Error, ErrorCode};
use crate::model::{
    ActionPlan, ActionPlanKind, Adoption, Funding, Measure, Milestone, SCHEMA_VERSION,
    StatusUpdate, Text, YearPeriod,
};
use crate::suggest::closest;
use std::collections::BTreeMap;
/// Imports an action plan from the sheets of a workbook, or from CSV files
/// (one per sheet, named after the sheet: `tiltak.csv`, `milepaeler.csv` …).
/// Without a Plan sheet, `base` gives the plan's id, agreement, title and
/// period, and the sheets replace its measures, milestones and updates.
///
/// Errors name the file, the sheet, the row and the column; the plan's
/// source maps each value to its cell, so findings do too.
pub fn import_plan(
    name: &str,
    tables: &[Table],
    base: Option<&ActionPlan>,
) -> Result<Document<ActionPlan>, Error> {
    let mut sheets: BTreeMap<&'static str, Sheet<'_>> = BTreeMap::new();
    for t in tables {
        let Some(spec) = sheet_spec(&t.sheet) else {
            let names: Vec<&str> = LAYOUT.iter().flat_map(|s| [s.nb, s.en]).collect();
            let hint = closest(&t.sheet, names.iter().copied())
                .map(|s| {
                    (
                        format!("; did you mean \"{s}\"?"),
                        format!("; mente du «{s}»?"),
                    )
                })
                .unwrap_or_default();
            let list = LAYOUT.iter().map(|s| s.nb).collect::<Vec<_>>().join(", ");
            return Err(Error::new(
                ErrorCode::UnknownSheet,
                format!(
                    "arket «{}» hører ikke til oppsettet ({list}){}",
                    t.sheet, hint.1
                ),
                format!(
                    "the sheet \"{}\" is not part of the layout ({list}){}",
                    t.sheet, hint.0
                ),
            )
            .in_document(&t.file)
            .at_cell(&t.sheet, 1, 1));
        };
        if sheets.contains_key(spec.key) {
            return Err(Error::new(
                ErrorCode::UnknownSheet,
                format!("arket {} er gitt to ganger", spec.nb),
                format!("the sheet {} is given twice", spec.nb),
            )
            .in_document(&t.file)
            .at_cell(&t.sheet, 1, 1));
        }
        sheets.insert(spec.key, Sheet::new(t, spec)?);
    }
    let mut cells = Cells::new();
    let mut plan = match (sheets.get("plan"), base) {
        (Some(sheet), _) => plan_from_sheet(sheet, &mut cells)?,
        // The plan written is of the version this library writes, whatever
        // the base's was (its fields may now hold newer ones).
        (None, Some(base)) => ActionPlan {
            schema_version: SCHEMA_VERSION.to_string(),
            measures: Vec::new(),
            milestones: Vec::new(),
            updates: Vec::new(),
            ..base.clone()
        },
        (None, None) => {
            return Err(Error::new(
                ErrorCode::MissingSheet,
                "mangler arket Plan (plan.csv) og en plan å fylle ut: ta med arket Plan, eller planen tiltakene hører til",
                "no Plan sheet (plan.csv) and no plan to fill in: give the Plan sheet, or the plan the measures belong to",
            )
            .in_document(name));
        }
    };
    if let Some(s) = sheets.get("measures") {
        for (r, _) in s.rows() {
            let i = plan.measures.len();
            let p = |k: &str| crate::pointer::ptr!["measures", i, k];
            record(
                &mut cells,
                crate::pointer::ptr!["measures", i],
                s.at(r, "id"),
            );
            for c in MEASURE_COLUMNS
                .iter()
                .filter(|c| s.columns.contains_key(c.key))
            {
                record(&mut cells, p(c.key.trim_end_matches("_en")), s.at(r, c.key));
            }
            let status_text = s.required_text(r, "status")?;
            let status = measure_status(&status_text).ok_or_else(|| {
                s.err(
                    r,
                    "status",
                    "en status (planlagt, pågår, fullført, utsatt, avlyst)",
                    "a status (planned, ongoing, completed, postponed, cancelled)",
                    s.cell(r, "status").0.unwrap_or(&Cell::Empty),
                )
            })?;
            plan.measures.push(Measure {
                id: s.required_text(r, "id")?,
                title: s
                    .text_pair(r, "title", "title_en")?
                    .filter(|t| !t.nb.is_empty())
                    .ok_or_else(|| {
                        bad_cell(
                            s.table,
                            r,
                            s.columns.get("title").copied().unwrap_or(0),
                            "kolonnen «tittel» er tom; den må fylles ut".into(),
                            "column \"tittel\" is empty; it must be filled in".into(),
                        )
                    })?,
                description: s.text_pair(r, "description", "description_en")?,
                sub_goals: s.list(r, "sub_goals")?,
                strategies: s.list(r, "strategies")?,
                responsible: s.required_text(r, "responsible")?,
                unit: s.text(r, "unit")?,
                contact: s.text(r, "contact")?,
                municipalities: s.list(r, "municipalities")?,
                lead_municipality: s.text(r, "lead_municipality")?,
                organisations: s.list(r, "organisations")?,
                partners: s
                    .list(r, "partners")?
                    .iter()
                    .map(|p| {
                        p.strip_suffix(')')
                            .and_then(|x| x.rsplit_once(" ("))
                            .map(|(name, role)| crate::model::Partner {
                                name: name.trim().to_string(),
                                role: role.trim().to_string(),
                            })
                            .filter(|x| !x.name.is_empty() && !x.role.is_empty())
                            .ok_or_else(|| {
                                s.err(
                                    r,
                                    "partners",
                                    "organisasjoner med rolle, som navn (rolle), skilt med ;",
                                    "organisations with their role, as name (role), separated by ;",
                                    s.cell(r, "partners").0.unwrap_or(&Cell::Empty),
                                )
                            })
                    })
                    .collect::<Result<Vec<_>, Error>>()?,
                start: s.approx(r, "start")?,
                end: s.approx(r, "end")?,
                status,
                progress: s.number(r, "progress")?.unwrap_or(0),
                completed_on: s.date(r, "completed_on")?,
                weight: s.number(r, "weight")?,
                funding: Vec::new(),
                depends_on: s.list(r, "depends_on")?,
                addresses: s.list(r, "addresses")?,
                continues: s.text(r, "continues")?,
            });
        }
    }
    if let Some(s) = sheets.get("funding") {
        for (r, _) in s.rows() {
            let id = s.required_text(r, "measure")?;
            let Some(i) = plan.measures.iter().position(|m| m.id == id) else {
                return Err(s.err(
                    r,
                    "measure",
                    "id-en til et tiltak i arket Tiltak",
                    "the id of a measure in the Tiltak sheet",
                    s.cell(r, "measure").0.unwrap_or(&Cell::Empty),
                ));
            };
            let k = plan.measures[i].funding.len();
            let p = |key: &str| crate::pointer::ptr!["measures", i, "funding", k, key];
            record(
                &mut cells,
                crate::pointer::ptr!["measures", i, "funding", k],
                s.at(r, "measure"),
            );
            for c in FUNDING_COLUMNS
                .iter()
                .filter(|c| c.key != "measure" && s.columns.contains_key(c.key))
            {
                record(&mut cells, p(c.key), s.at(r, c.key));
            }
            let funding = Funding {
                amount_nok: s.amount(r, "amount_nok")?,
                source: s.required_text(r, "source")?,
                source_kind: s.choice(
                    r,
                    "source_kind",
                    super::cells::source_kind,
                    (
                        "en kildetype (part, kommune, nasjonal, eu, annen)",
                        "a kind of source (party, municipality, national, eu, other)",
                    ),
                )?,
                party: s.text(r, "party")?,
                year: s
                    .number(r, "year")?
                    .map(|y| i32::try_from(y).unwrap_or(i32::MAX)),
                status: s.choice(
                    r,
                    "status",
                    super::cells::funding_status,
                    (
                        "en status (planlagt, søkt, innvilget, avslått, utbetalt)",
                        "a status (planned, applied, granted, refused, paid)",
                    ),
                )?,
                status_date: s.date(r, "status_date")?,
                applied_nok: s.opt_amount(r, "applied_nok")?,
                granted_nok: s.opt_amount(r, "granted_nok")?,
                paid_nok: s.opt_amount(r, "paid_nok")?,
                committed_by_agreement: s.flag(r, "committed_by_agreement")?,
            };
            plan.measures[i].funding.push(funding);
        }
    }
    if let Some(s) = sheets.get("milestones") {
        for (r, _) in s.rows() {
            let i = plan.milestones.len();
            record(
                &mut cells,
                crate::pointer::ptr!["milestones", i],
                s.at(r, "id"),
            );
            for c in MILESTONE_COLUMNS
                .iter()
                .filter(|c| s.columns.contains_key(c.key))
            {
                record(
                    &mut cells,
                    crate::pointer::ptr!["milestones", i, c.key.trim_end_matches("_en")],
                    s.at(r, c.key),
                );
            }
            let status_text = s.required_text(r, "status")?;
            let status = milestone_status(&status_text).ok_or_else(|| {
                s.err(
                    r,
                    "status",
                    "en status (venter, fullført, avlyst)",
                    "a status (pending, completed, cancelled)",
                    s.cell(r, "status").0.unwrap_or(&Cell::Empty),
                )
            })?;
            let due = s.date(r, "due")?.ok_or_else(|| {
                bad_cell(
                    s.table,
                    r,
                    s.columns.get("due").copied().unwrap_or(0),
                    "kolonnen «frist» er tom; den må fylles ut".into(),
                    "column \"frist\" is empty; it must be filled in".into(),
                )
            })?;
            plan.milestones.push(Milestone {
                id: s.required_text(r, "id")?,
                title: s
                    .text_pair(r, "title", "title_en")?
                    .filter(|t| !t.nb.is_empty())
                    .ok_or_else(|| {
                        bad_cell(
                            s.table,
                            r,
                            s.columns.get("title").copied().unwrap_or(0),
                            "kolonnen «tittel» er tom; den må fylles ut".into(),
                            "column \"tittel\" is empty; it must be filled in".into(),
                        )
                    })?,
                due,
                measures: s.list(r, "measures")?,
                status,
                completed_on: s.date(r, "completed_on")?,
                addresses: s.list(r, "addresses")?,
            });
        }
    }
    if let Some(s) = sheets.get("updates") {
        for (r, _) in s.rows() {
            let i = plan.updates.len();
            record(
                &mut cells,
                crate::pointer::ptr!["updates", i],
                s.at(r, "date"),
            );
            for c in UPDATE_COLUMNS
                .iter()
                .filter(|c| s.columns.contains_key(c.key))
            {
                record(
                    &mut cells,
                    crate::pointer::ptr!["updates", i, c.key.trim_end_matches("_en")],
                    s.at(r, c.key),
                );
            }
            let status_text = s.required_text(r, "status")?;
            let status = measure_status(&status_text).ok_or_else(|| {
                s.err(
                    r,
                    "status",
                    "en status (planlagt, pågår, fullført, utsatt, avlyst)",
                    "a status (planned, ongoing, completed, postponed, cancelled)",
                    s.cell(r, "status").0.unwrap_or(&Cell::Empty),
                )
            })?;
            let date = s.date(r, "date")?.ok_or_else(|| {
                bad_cell(
                    s.table,
                    r,
                    s.columns.get("date").copied().unwrap_or(0),
                    "kolonnen «dato» er tom; den må fylles ut".into(),
                    "column \"dato\" is empty; it must be filled in".into(),
                )
            })?;
            plan.updates.push(StatusUpdate {
                date,
                measure: s.required_text(r, "measure")?,
                status,
                progress: s.number(r, "progress")?,
                note: s.text_pair(r, "note", "note_en")?,
            });
        }
    }
    Ok(Document {
        value: plan,
        source: Some(Source::from_cells(name, cells)),
    })
}

fn plan_from_sheet(s: &Sheet<'_>, cells: &mut Cells) -> Result<ActionPlan, Error> {
    let mut values: BTreeMap<&'static str, (usize, Cell)> = BTreeMap::new();
    let field_col = s.columns["field"];
    let value_col = s.columns["value"];
    let known: Vec<&str> = PLAN_FIELDS.iter().flat_map(|c| [c.nb, c.en]).collect();
    for (r, row) in s.rows() {
        let name = row
            .get(field_col)
            .map(super::csv_table::cell_text)
            .unwrap_or_default();
        let n = norm(&name);
        let Some(f) = PLAN_FIELDS
            .iter()
            .find(|c| norm(c.nb) == n || norm(c.en) == n)
        else {
            let hint = closest(&n, known.iter().copied())
                .map(|x| {
                    (
                        format!("; did you mean \"{x}\"?"),
                        format!("; mente du «{x}»?"),
                    )
                })
                .unwrap_or_default();
            return Err(bad_cell(
                s.table,
                r,
                field_col,
                format!("ukjent felt «{name}»{}", hint.1),
                format!("unknown field \"{name}\"{}", hint.0),
            ));
        };
        if values
            .insert(
                f.key,
                (r, row.get(value_col).cloned().unwrap_or(Cell::Empty)),
            )
            .is_some()
        {
            return Err(bad_cell(
                s.table,
                r,
                field_col,
                format!("feltet «{name}» står to ganger"),
                format!("the field \"{name}\" appears twice"),
            ));
        }
    }
    let at = |key: &str| {
        values.get(key).map(|(r, _)| CellRef {
            sheet: s.table.sheet.clone(),
            row: u32::try_from(r + 1).unwrap_or(u32::MAX),
            column: u32::try_from(value_col + 1).unwrap_or(u32::MAX),
        })
    };
    // Values read through a one-row view so the cell helpers apply.
    let get = |key: &'static str| -> Option<(usize, Cell)> { values.get(key).cloned() };
    let text = |key: &'static str| -> Result<Option<String>, Error> {
        Ok(match get(key) {
            Some((_, c)) if !c.is_blank() => Some(super::csv_table::cell_text(&c)),
            _ => None,
        })
    };
    let required = |key: &'static str| -> Result<String, Error> {
        text(key)?.ok_or_else(|| {
            let f = PLAN_FIELDS
                .iter()
                .find(|c| c.key == key)
                .map_or(key, |c| c.nb);
            Error::new(
                ErrorCode::InvalidCell,
                format!("arket Plan har ingen verdi for «{f}»"),
                format!("the Plan sheet has no value for \"{f}\""),
            )
            .in_document(&s.table.file)
            .at_cell(
                &s.table.sheet,
                get(key).map_or(1, |(r, _)| u32::try_from(r + 1).unwrap_or(u32::MAX)),
                u32::try_from(value_col + 1).unwrap_or(u32::MAX),
            )
        })
    };
    let year = |key: &'static str| -> Result<i32, Error> {
        let t = required(key)?;
        let (r, _) = get(key).unwrap_or((0, Cell::Empty));
        super::cells::whole_number(t.trim())
            .and_then(|y| i32::try_from(y).ok())
            .filter(|y| (1..=9999).contains(y))
            .ok_or_else(|| {
                bad_cell(
                    s.table,
                    r,
                    value_col,
                    format!("«{t}» er ikke et årstall"),
                    format!("\"{t}\" is not a year"),
                )
            })
    };
    let adopted = match text("adopted_date")? {
        None => None,
        Some(d) => {
            let (r, c) = get("adopted_date").unwrap_or((0, Cell::Empty));
            let date = match c {
                Cell::Date(x) => ApproxDate::day(x),
                Cell::Number(n) => serial_date(n).map(ApproxDate::day).ok_or_else(|| {
                    bad_cell(
                        s.table,
                        r,
                        value_col,
                        format!("«{d}» er ikke en dato"),
                        format!("\"{d}\" is not a date"),
                    )
                })?,
                _ => d
                    .trim()
                    .parse::<ApproxDate>()
                    .ok()
                    .or_else(|| parse_text_date(d.trim()).map(ApproxDate::day))
                    .ok_or_else(|| {
                        bad_cell(
                            s.table,
                            r,
                            value_col,
                            format!("«{d}» er ikke en dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)"),
                            format!("\"{d}\" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"),
                        )
                    })?,
            };
            Some(Adoption {
                date,
                by: text("adopted_by")?.unwrap_or_default(),
                reference: text("adopted_reference")?,
            })
        }
    };
    for (key, pointer) in [
        ("id", "/id"),
        ("agreement", "/agreement"),
        ("title", "/title"),
        ("start_year", "/period/start"),
        ("end_year", "/period/end"),
        ("adopted_date", "/adopted"),
        ("illustrative", "/illustrative"),
    ] {
        if let Some(c) = at(key) {
            record(cells, pointer.to_string(), c);
        }
    }
    if let Some(c) = at("start_year") {
        record(cells, "/period".into(), c);
    }
    record(
        cells,
        String::new(),
        CellRef {
            sheet: s.table.sheet.clone(),
            row: 1,
            column: 1,
        },
    );
    let pair = |nb: &'static str, en: &'static str| -> Result<Option<Text>, Error> {
        Ok(match (text(nb)?, text(en)?) {
            (Some(nb), en) => Some(Text { nb, en }),
            (None, Some(en)) => Some(Text {
                nb: String::new(),
                en: Some(en),
            }),
            (None, None) => None,
        })
    };
    Ok(ActionPlan {
        kind: ActionPlanKind::ActionPlan,
        schema_version: SCHEMA_VERSION.to_string(),
        id: required("id")?,
        agreement: required("agreement")?,
        title: pair("title", "title_en")?
            .filter(|t| !t.nb.is_empty())
            .ok_or_else(|| {
                required("title").err().unwrap_or_else(|| {
                    Error::new(ErrorCode::InvalidCell, "ingen tittel", "no title")
                })
            })?,
        illustrative: pair("illustrative", "illustrative_en")?,
        period: YearPeriod {
            start: year("start_year")?,
            end: year("end_year")?,
        },
        adopted,
        measures: Vec::new(),
        milestones: Vec::new(),
        updates: Vec::new(),
        placeholders: Vec::new(),
    })
}
