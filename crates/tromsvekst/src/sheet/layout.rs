//! The spreadsheet layout of an action plan: five sheets, each with its
//! columns in Norwegian and English. The import format is the export format.

use super::csv_table::format_number;
use super::xlsx::serial_date;
use super::{Cell, Table};
use crate::date::{ApproxDate, Date};
use crate::document::{CellRef, Document, Source};
use crate::error::{Error, ErrorCode};
use crate::lang::Lang;
use crate::model::{
    ActionPlan, ActionPlanKind, Adoption, Funding, Measure, MeasureStatus, Milestone,
    MilestoneStatus, Nok, SCHEMA_VERSION, StatusUpdate, Text, YearPeriod,
};
use crate::suggest::closest;
use std::collections::BTreeMap;

/// A column of a sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnSpec {
    /// Stable key.
    pub key: &'static str,
    /// Header in Norwegian.
    pub nb: &'static str,
    /// Header in English.
    pub en: &'static str,
    /// Must be present (and, for the row to mean anything, filled in).
    pub required: bool,
    /// What goes in it.
    pub help: &'static str,
}

/// A sheet of the layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetSpec {
    /// Stable key.
    pub key: &'static str,
    /// Name in Norwegian.
    pub nb: &'static str,
    /// Name in English.
    pub en: &'static str,
    /// The file name of the sheet as CSV.
    pub csv: &'static str,
    /// What it holds.
    pub help: &'static str,
    /// Its columns (for the plan sheet: its fields, one per row).
    pub columns: &'static [ColumnSpec],
}

const fn col(
    key: &'static str,
    nb: &'static str,
    en: &'static str,
    required: bool,
    help: &'static str,
) -> ColumnSpec {
    ColumnSpec {
        key,
        nb,
        en,
        required,
        help,
    }
}

const PLAN_FIELDS: &[ColumnSpec] = &[
    col("id", "id", "id", true, "the plan's id"),
    col(
        "agreement",
        "avtale",
        "agreement",
        true,
        "the agreement's id",
    ),
    col("title", "tittel", "title", true, "title (Norwegian)"),
    col(
        "title_en",
        "tittel_en",
        "title_en",
        false,
        "title (English)",
    ),
    col(
        "start_year",
        "fra_år",
        "start_year",
        true,
        "first year of the plan",
    ),
    col(
        "end_year",
        "til_år",
        "end_year",
        true,
        "last year of the plan",
    ),
    col(
        "adopted_date",
        "vedtatt_dato",
        "adopted_date",
        false,
        "when it was adopted: YYYY-MM-DD, YYYY-MM or YYYY",
    ),
    col("adopted_by", "vedtatt_av", "adopted_by", false, "by whom"),
    col(
        "adopted_reference",
        "vedtak_referanse",
        "adopted_reference",
        false,
        "case number",
    ),
    col(
        "illustrative",
        "illustrativ",
        "illustrative",
        false,
        "set when the plan is made up: what is made up (Norwegian)",
    ),
    col(
        "illustrative_en",
        "illustrativ_en",
        "illustrative_en",
        false,
        "the same in English",
    ),
];

const MEASURE_COLUMNS: &[ColumnSpec] = &[
    col("id", "id", "id", true, "unique id of the measure"),
    col("title", "tittel", "title", true, "title (Norwegian)"),
    col(
        "title_en",
        "tittel_en",
        "title_en",
        false,
        "title (English)",
    ),
    col(
        "description",
        "beskrivelse",
        "description",
        false,
        "description (Norwegian)",
    ),
    col(
        "description_en",
        "beskrivelse_en",
        "description_en",
        false,
        "description (English)",
    ),
    col(
        "sub_goals",
        "delmål",
        "sub_goals",
        true,
        "sub-goals served, separated by ; (e.g. 1.1; 1.2)",
    ),
    col(
        "strategies",
        "strategier",
        "strategies",
        false,
        "strategies followed, separated by ; (e.g. 1.1.a)",
    ),
    col(
        "responsible",
        "ansvarlig",
        "responsible",
        true,
        "party responsible (its id)",
    ),
    col(
        "municipalities",
        "kommuner",
        "municipalities",
        false,
        "municipalities taking part (ids), separated by ;",
    ),
    col(
        "organisations",
        "organisasjoner",
        "organisations",
        false,
        "other organisations, separated by ;",
    ),
    col(
        "start",
        "start",
        "start",
        false,
        "start: YYYY-MM-DD, YYYY-MM or YYYY",
    ),
    col(
        "end",
        "slutt",
        "end",
        false,
        "end: YYYY-MM-DD, YYYY-MM or YYYY",
    ),
    col(
        "status",
        "status",
        "status",
        true,
        "planned, ongoing, completed, postponed or cancelled (or planlagt, pågår, fullført, utsatt, avlyst)",
    ),
    col(
        "progress",
        "fremdrift",
        "progress",
        false,
        "progress in per cent, 0–100",
    ),
    col(
        "completed_on",
        "fullført_dato",
        "completed_on",
        false,
        "day completed, YYYY-MM-DD",
    ),
    col(
        "weight",
        "vekt",
        "weight",
        false,
        "weight in the roll-up (default 1)",
    ),
    col(
        "depends_on",
        "avhenger_av",
        "depends_on",
        false,
        "ids of measures it depends on, separated by ;",
    ),
    col(
        "addresses",
        "følger_opp",
        "addresses",
        false,
        "ids of evaluation adjustments it carries out, separated by ;",
    ),
];

const FUNDING_COLUMNS: &[ColumnSpec] = &[
    col("measure", "tiltak", "measure", true, "the measure's id"),
    col(
        "amount_nok",
        "beløp_nok",
        "amount_nok",
        true,
        "amount in NOK, at most two decimals",
    ),
    col(
        "source",
        "kilde",
        "source",
        true,
        "where the money would come from",
    ),
    col(
        "committed_by_agreement",
        "bundet_av_avtalen",
        "committed_by_agreement",
        false,
        "ja/nei: claimed as committed by the agreement",
    ),
];

const MILESTONE_COLUMNS: &[ColumnSpec] = &[
    col("id", "id", "id", true, "unique id of the milestone"),
    col("title", "tittel", "title", true, "title (Norwegian)"),
    col(
        "title_en",
        "tittel_en",
        "title_en",
        false,
        "title (English)",
    ),
    col("due", "frist", "due", true, "due day, YYYY-MM-DD"),
    col(
        "measures",
        "tiltak",
        "measures",
        false,
        "ids of the measures it marks, separated by ;",
    ),
    col(
        "status",
        "status",
        "status",
        true,
        "pending, completed or cancelled (or venter, fullført, avlyst)",
    ),
    col(
        "completed_on",
        "fullført_dato",
        "completed_on",
        false,
        "day reached, YYYY-MM-DD",
    ),
];

const UPDATE_COLUMNS: &[ColumnSpec] = &[
    col("date", "dato", "date", true, "the day, YYYY-MM-DD"),
    col("measure", "tiltak", "measure", true, "the measure's id"),
    col(
        "status",
        "status",
        "status",
        true,
        "the measure's status from that day",
    ),
    col(
        "progress",
        "fremdrift",
        "progress",
        false,
        "progress in per cent from that day",
    ),
    col(
        "note",
        "merknad",
        "note",
        false,
        "what happened (Norwegian)",
    ),
    col(
        "note_en",
        "merknad_en",
        "note_en",
        false,
        "the same in English",
    ),
];

/// The layout: the sheets of an action plan workbook, in order.
pub static LAYOUT: &[SheetSpec] = &[
    SheetSpec {
        key: "plan",
        nb: "Plan",
        en: "Plan",
        csv: "plan.csv",
        help: "the plan itself: one field per row, columns felt/field and verdi/value",
        columns: PLAN_FIELDS,
    },
    SheetSpec {
        key: "measures",
        nb: "Tiltak",
        en: "Measures",
        csv: "tiltak.csv",
        help: "one measure per row",
        columns: MEASURE_COLUMNS,
    },
    SheetSpec {
        key: "funding",
        nb: "Finansiering",
        en: "Funding",
        csv: "finansiering.csv",
        help: "indicative funding, one row per amount",
        columns: FUNDING_COLUMNS,
    },
    SheetSpec {
        key: "milestones",
        nb: "Milepæler",
        en: "Milestones",
        csv: "milepaeler.csv",
        help: "one milestone per row",
        columns: MILESTONE_COLUMNS,
    },
    SheetSpec {
        key: "updates",
        nb: "Oppfølging",
        en: "Updates",
        csv: "oppfolging.csv",
        help: "the follow-up log: one dated status update per row",
        columns: UPDATE_COLUMNS,
    },
];

const PLAN_HEADER: [(&str, &str); 2] = [("felt", "field"), ("verdi", "value")];

/// Lower case, ASCII letters for æ, ø, å, spaces and dashes as underscores.
fn norm(s: &str) -> String {
    s.trim()
        .trim_end_matches('*')
        .trim()
        .to_lowercase()
        .replace('æ', "ae")
        .replace('ø', "o")
        .replace('å', "a")
        .replace([' ', '-'], "_")
}

fn sheet_spec(name: &str) -> Option<&'static SheetSpec> {
    let n = norm(name);
    LAYOUT.iter().find(|s| {
        [s.nb, s.en, s.csv.trim_end_matches(".csv")]
            .iter()
            .any(|x| {
                let x = norm(x);
                n == x || n.ends_with(&format!("_{x}")) || n.ends_with(&format!(".{x}"))
            })
    })
}

fn bad_cell(t: &Table, row: usize, column: usize, nb: String, en: String) -> Error {
    Error::new(ErrorCode::InvalidCell, nb, en)
        .in_document(&t.file)
        .at_cell(
            &t.sheet,
            u32::try_from(row + 1).unwrap_or(u32::MAX),
            u32::try_from(column + 1).unwrap_or(u32::MAX),
        )
}

/// A sheet read against its spec: which column holds which key.
struct Sheet<'a> {
    table: &'a Table,
    spec: &'static SheetSpec,
    columns: BTreeMap<&'static str, usize>,
}

impl<'a> Sheet<'a> {
    fn new(table: &'a Table, spec: &'static SheetSpec) -> Result<Self, Error> {
        let header = table.rows.first().map(Vec::as_slice).unwrap_or(&[]);
        let known: Vec<&str> = spec.columns.iter().flat_map(|c| [c.nb, c.en]).collect();
        let names: Vec<&ColumnSpec> = if spec.key == "plan" {
            Vec::new()
        } else {
            spec.columns.iter().collect()
        };
        let mut columns = BTreeMap::new();
        for (i, cell) in header.iter().enumerate() {
            if cell.is_blank() {
                continue;
            }
            let text = super::csv_table::cell_text(cell);
            let at = |code: ErrorCode, en: String, nb: String| {
                Error::new(code, nb, en).in_document(&table.file).at_cell(
                    &table.sheet,
                    1,
                    u32::try_from(i + 1).unwrap_or(u32::MAX),
                )
            };
            if spec.key == "plan" {
                let n = norm(&text);
                let k = PLAN_HEADER
                    .iter()
                    .position(|(a, b)| n == norm(a) || n == norm(b));
                match k {
                    Some(0) => columns.insert("field", i),
                    Some(_) => columns.insert("value", i),
                    None => {
                        return Err(at(
                            ErrorCode::UnknownColumn,
                            format!(
                                "unknown column \"{text}\" in the sheet {}: it has the columns felt/field and verdi/value",
                                table.sheet
                            ),
                            format!(
                                "ukjent kolonne «{text}» i arket {}: det har kolonnene felt/field og verdi/value",
                                table.sheet
                            ),
                        ));
                    }
                };
                continue;
            }
            let n = norm(&text);
            let Some(c) = names.iter().find(|c| norm(c.nb) == n || norm(c.en) == n) else {
                let hint = closest(&n, known.iter().copied())
                    .map(|s| {
                        (
                            format!("; did you mean \"{s}\"?"),
                            format!("; mente du «{s}»?"),
                        )
                    })
                    .unwrap_or_else(|| {
                        let list = spec
                            .columns
                            .iter()
                            .map(|c| c.nb)
                            .collect::<Vec<_>>()
                            .join(", ");
                        (
                            format!("; the columns are {list}"),
                            format!("; kolonnene er {list}"),
                        )
                    });
                return Err(at(
                    ErrorCode::UnknownColumn,
                    format!(
                        "unknown column \"{text}\" in the sheet {}{}",
                        table.sheet, hint.0
                    ),
                    format!("ukjent kolonne «{text}» i arket {}{}", table.sheet, hint.1),
                ));
            };
            if columns.insert(c.key, i).is_some() {
                return Err(at(
                    ErrorCode::DuplicateColumn,
                    format!(
                        "the column \"{text}\" appears twice in the sheet {}",
                        table.sheet
                    ),
                    format!("kolonnen «{text}» står to ganger i arket {}", table.sheet),
                ));
            }
        }
        let required: Vec<&ColumnSpec> = if spec.key == "plan" {
            Vec::new()
        } else {
            spec.columns
                .iter()
                .filter(|c| c.required && !columns.contains_key(c.key))
                .collect()
        };
        let missing_plan =
            spec.key == "plan" && !(columns.contains_key("field") && columns.contains_key("value"));
        if let Some(c) = required.first() {
            return Err(Error::new(
                ErrorCode::MissingColumn,
                format!(
                    "arket {} mangler kolonnen «{}» ({})",
                    table.sheet, c.nb, c.en
                ),
                format!(
                    "the sheet {} has no column \"{}\" ({})",
                    table.sheet, c.nb, c.en
                ),
            )
            .in_document(&table.file)
            .at_cell(&table.sheet, 1, 1));
        }
        if missing_plan {
            return Err(Error::new(
                ErrorCode::MissingColumn,
                format!(
                    "arket {} trenger kolonnene felt/field og verdi/value",
                    table.sheet
                ),
                format!(
                    "the sheet {} needs the columns felt/field and verdi/value",
                    table.sheet
                ),
            )
            .in_document(&table.file)
            .at_cell(&table.sheet, 1, 1));
        }
        Ok(Sheet {
            table,
            spec,
            columns,
        })
    }

    /// The data rows (after the header) that hold anything, with their index.
    fn rows(&self) -> impl Iterator<Item = (usize, &'a Vec<Cell>)> {
        self.table
            .rows
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, r)| !r.iter().all(Cell::is_blank))
    }

    fn header(&self, key: &str) -> &'static str {
        self.spec
            .columns
            .iter()
            .find(|c| c.key == key)
            .map_or("?", |c| c.nb)
    }

    fn cell(&self, row: usize, key: &str) -> (Option<&'a Cell>, usize) {
        match self.columns.get(key) {
            Some(&c) => (self.table.rows[row].get(c), c),
            None => (None, 0),
        }
    }

    fn at(&self, row: usize, key: &str) -> CellRef {
        let c = self.columns.get(key).copied().unwrap_or(0);
        CellRef {
            sheet: self.table.sheet.clone(),
            row: u32::try_from(row + 1).unwrap_or(u32::MAX),
            column: u32::try_from(c + 1).unwrap_or(u32::MAX),
        }
    }

    fn err(&self, row: usize, key: &str, nb: &str, en: &str, value: &Cell) -> Error {
        let c = self.columns.get(key).copied().unwrap_or(0);
        let h = self.header(key);
        let (en, nb) = match value {
            Cell::Formula(f) => {
                let e = bad_cell(
                    self.table,
                    row,
                    c,
                    format!(
                        "kolonnen «{h}»: formelen {f} har ingen beregnet verdi i filen; åpne og lagre den i et regneark, eller skriv inn verdien"
                    ),
                    format!(
                        "column \"{h}\": the formula {f} has no calculated value in the file; open and save it in a spreadsheet program, or type the value"
                    ),
                );
                return Error {
                    code: ErrorCode::Formula,
                    ..e
                };
            }
            other => {
                let shown = super::csv_table::cell_text(other);
                (
                    format!("column \"{h}\": \"{shown}\" is not {en}"),
                    format!("kolonnen «{h}»: «{shown}» er ikke {nb}"),
                )
            }
        };
        bad_cell(self.table, row, c, nb, en)
    }

    fn text(&self, row: usize, key: &str) -> Result<Option<String>, Error> {
        match self.cell(row, key).0 {
            None | Some(Cell::Empty) => Ok(None),
            Some(Cell::Text(t)) if t.trim().is_empty() => Ok(None),
            Some(Cell::Text(t)) => Ok(Some(t.clone())),
            Some(Cell::Number(n)) => Ok(Some(format_number(*n))),
            Some(Cell::Date(d)) => Ok(Some(d.to_string())),
            Some(Cell::Bool(b)) => Ok(Some(b.to_string())),
            Some(c @ (Cell::Formula(_) | Cell::Error(_))) => {
                Err(self.err(row, key, "en verdi", "a value", c))
            }
        }
    }

    fn required_text(&self, row: usize, key: &str) -> Result<String, Error> {
        self.text(row, key)?.ok_or_else(|| {
            let c = self.columns.get(key).copied().unwrap_or(0);
            bad_cell(
                self.table,
                row,
                c,
                format!("kolonnen «{}» er tom; den må fylles ut", self.header(key)),
                format!(
                    "column \"{}\" is empty; it must be filled in",
                    self.header(key)
                ),
            )
        })
    }

    fn list(&self, row: usize, key: &str) -> Result<Vec<String>, Error> {
        Ok(self
            .text(row, key)?
            .map(|t| {
                t.split([';', '\n'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            })
            .unwrap_or_default())
    }

    fn number(&self, row: usize, key: &str) -> Result<Option<u32>, Error> {
        let (cell, _) = self.cell(row, key);
        match cell {
            None | Some(Cell::Empty) => Ok(None),
            Some(Cell::Number(n)) if n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(u32::MAX) =>
            {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                Ok(Some(*n as u32))
            }
            Some(Cell::Text(t)) if t.trim().is_empty() => Ok(None),
            Some(c @ Cell::Text(t)) => t
                .trim()
                .trim_end_matches('%')
                .trim()
                .parse::<u32>()
                .map(Some)
                .map_err(|_| {
                    self.err(
                        row,
                        key,
                        "et helt tall, null eller mer",
                        "a whole number, zero or more",
                        c,
                    )
                }),
            Some(c) => Err(self.err(
                row,
                key,
                "et helt tall, null eller mer",
                "a whole number, zero or more",
                c,
            )),
        }
    }

    fn date(&self, row: usize, key: &str) -> Result<Option<Date>, Error> {
        let (cell, _) = self.cell(row, key);
        let expected = (
            "a date (YYYY-MM-DD or DD.MM.YYYY)",
            "en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ)",
        );
        match cell {
            None | Some(Cell::Empty) => Ok(None),
            Some(Cell::Date(d)) => Ok(Some(*d)),
            Some(c @ Cell::Number(n)) => serial_date(*n)
                .map(Some)
                .ok_or_else(|| self.err(row, key, expected.1, expected.0, c)),
            Some(Cell::Text(t)) if t.trim().is_empty() => Ok(None),
            Some(c @ Cell::Text(t)) => parse_text_date(t.trim())
                .map(Some)
                .ok_or_else(|| self.err(row, key, expected.1, expected.0, c)),
            Some(c) => Err(self.err(row, key, expected.1, expected.0, c)),
        }
    }

    fn approx(&self, row: usize, key: &str) -> Result<Option<ApproxDate>, Error> {
        let (cell, _) = self.cell(row, key);
        match cell {
            Some(c @ Cell::Text(t)) if !t.trim().is_empty() => {
                if let Ok(a) = t.trim().parse::<ApproxDate>() {
                    return Ok(Some(a));
                }
                parse_text_date(t.trim())
                    .map(|d| Some(ApproxDate::day(d)))
                    .ok_or_else(|| {
                        self.err(
                            row,
                            key,
                            "en dato (ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ)",
                            "a date (YYYY-MM-DD, YYYY-MM or YYYY)",
                            c,
                        )
                    })
            }
            _ => Ok(self.date(row, key)?.map(ApproxDate::day)),
        }
    }

    fn flag(&self, row: usize, key: &str) -> Result<bool, Error> {
        let (cell, _) = self.cell(row, key);
        match cell {
            None | Some(Cell::Empty) => Ok(false),
            Some(Cell::Bool(b)) => Ok(*b),
            Some(c @ Cell::Text(t)) => match norm(t).as_str() {
                "" | "nei" | "no" | "false" | "0" | "usann" => Ok(false),
                "ja" | "yes" | "true" | "1" | "x" | "sann" => Ok(true),
                _ => Err(self.err(row, key, "ja/nei", "ja/nei (yes/no)", c)),
            },
            Some(Cell::Number(n)) if *n == 0.0 || *n == 1.0 => Ok(*n == 1.0),
            Some(c) => Err(self.err(row, key, "ja/nei", "ja/nei (yes/no)", c)),
        }
    }

    fn amount(&self, row: usize, key: &str) -> Result<Nok, Error> {
        let (cell, c) = self.cell(row, key);
        let expected = (
            "an amount in NOK, zero or more, with at most two decimals",
            "et beløp i kroner, null eller mer, med høyst to desimaler",
        );
        match cell {
            Some(cell @ Cell::Number(n)) => {
                let ore = (n * 100.0).round();
                if *n < 0.0 || (ore - n * 100.0).abs() > 1e-6 || ore > 9e17 {
                    return Err(self.err(row, key, expected.1, expected.0, cell));
                }
                #[allow(clippy::cast_possible_truncation)]
                Nok::from_ore(ore as i64)
                    .ok_or_else(|| self.err(row, key, expected.1, expected.0, cell))
            }
            Some(cell @ Cell::Text(t)) => {
                let cleaned: String = t
                    .chars()
                    .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
                    .collect::<String>()
                    .replace(',', ".");
                cleaned
                    .parse::<Nok>()
                    .map_err(|()| self.err(row, key, expected.1, expected.0, cell))
            }
            Some(cell) if !cell.is_blank() => Err(self.err(row, key, expected.1, expected.0, cell)),
            _ => Err(bad_cell(
                self.table,
                row,
                c,
                format!("kolonnen «{}» er tom; den må fylles ut", self.header(key)),
                format!(
                    "column \"{}\" is empty; it must be filled in",
                    self.header(key)
                ),
            )),
        }
    }

    fn text_pair(&self, row: usize, nb: &str, en: &str) -> Result<Option<Text>, Error> {
        Ok(match (self.text(row, nb)?, self.text(row, en)?) {
            (Some(nb), en) => Some(Text { nb, en }),
            (None, Some(en)) => Some(Text {
                nb: String::new(),
                en: Some(en),
            }),
            (None, None) => None,
        })
    }
}

fn parse_text_date(t: &str) -> Option<Date> {
    if let Ok(d) = t.parse::<Date>() {
        return Some(d);
    }
    // Norwegian style: 01.03.2026 (or 1.3.2026).
    let mut parts = t.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn measure_status(t: &str) -> Option<MeasureStatus> {
    Some(match norm(t).as_str() {
        "planned" | "planlagt" => MeasureStatus::Planned,
        "ongoing" | "pagar" | "i_gang" => MeasureStatus::Ongoing,
        "completed" | "fullfort" | "ferdig" => MeasureStatus::Completed,
        "postponed" | "utsatt" => MeasureStatus::Postponed,
        "cancelled" | "avlyst" | "avsluttet" | "kansellert" => MeasureStatus::Cancelled,
        _ => return None,
    })
}

fn milestone_status(t: &str) -> Option<MilestoneStatus> {
    Some(match norm(t).as_str() {
        "pending" | "venter" | "ikke_nadd" | "apen" => MilestoneStatus::Pending,
        "completed" | "fullfort" | "nadd" => MilestoneStatus::Completed,
        "cancelled" | "avlyst" => MilestoneStatus::Cancelled,
        _ => return None,
    })
}

type Cells = BTreeMap<String, CellRef>;

fn record(cells: &mut Cells, pointer: String, at: CellRef) {
    cells.entry(pointer).or_insert(at);
}

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
        (None, Some(base)) => ActionPlan {
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
            let p = |k: &str| format!("/measures/{i}/{k}");
            record(&mut cells, format!("/measures/{i}"), s.at(r, "id"));
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
                municipalities: s.list(r, "municipalities")?,
                organisations: s.list(r, "organisations")?,
                start: s.approx(r, "start")?,
                end: s.approx(r, "end")?,
                status,
                progress: s.number(r, "progress")?.unwrap_or(0),
                completed_on: s.date(r, "completed_on")?,
                weight: s.number(r, "weight")?,
                funding: Vec::new(),
                depends_on: s.list(r, "depends_on")?,
                addresses: s.list(r, "addresses")?,
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
            let p = |key: &str| format!("/measures/{i}/funding/{k}/{key}");
            record(
                &mut cells,
                format!("/measures/{i}/funding/{k}"),
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
                committed_by_agreement: s.flag(r, "committed_by_agreement")?,
            };
            plan.measures[i].funding.push(funding);
        }
    }
    if let Some(s) = sheets.get("milestones") {
        for (r, _) in s.rows() {
            let i = plan.milestones.len();
            record(&mut cells, format!("/milestones/{i}"), s.at(r, "id"));
            for c in MILESTONE_COLUMNS
                .iter()
                .filter(|c| s.columns.contains_key(c.key))
            {
                record(
                    &mut cells,
                    format!("/milestones/{i}/{}", c.key.trim_end_matches("_en")),
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
            });
        }
    }
    if let Some(s) = sheets.get("updates") {
        for (r, _) in s.rows() {
            let i = plan.updates.len();
            record(&mut cells, format!("/updates/{i}"), s.at(r, "date"));
            for c in UPDATE_COLUMNS
                .iter()
                .filter(|c| s.columns.contains_key(c.key))
            {
                record(
                    &mut cells,
                    format!("/updates/{i}/{}", c.key.trim_end_matches("_en")),
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
        t.trim()
            .parse::<i32>()
            .ok()
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
    })
}

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
/// reading them back with [`import_plan`] gives the same plan.
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
        ]);
        for f in &m.funding {
            funding.push(vec![
                t(&m.id),
                t(&f.amount_nok.to_string()),
                t(&f.source),
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

/// The layout as Markdown (what `docs/SPREADSHEET.md` holds).
pub fn layout_markdown() -> String {
    let mut out = String::from(
        "# Spreadsheet layout of an action plan\n\n\
         Generated from the code (`tromsvekst::sheet::layout_markdown`); a test fails when this file is stale.\n\n\
         An action plan is a workbook (`.xlsx`) with the sheets below, or a set of CSV files, one per sheet,\n\
         named as in the CSV column (a prefix is allowed: `plan-2025-tiltak.csv`). The import format is the\n\
         export format: `tromsvekst export` writes it, `tromsvekst import` reads it, and a round trip loses nothing.\n\n\
         - Headers and sheet names may be Norwegian or English; case, spaces and æ/ø/å do not matter.\n\
         - An unknown header or sheet is one error naming it, with the closest known name suggested.\n\
         - Lists go in one cell, separated by `;`. Dates are `YYYY-MM-DD` (or `DD.MM.YYYY`, or a date cell);\n\
           start and end may be month or year (`2026-03`, `2026`). Amounts are kroner with at most two decimals.\n\
         - Empty rows are skipped. Merged cells and formulas without a saved value are errors naming the cell.\n\
         - Without a Plan sheet, the measures fill in a plan given as JSON (`tromsvekst import --plan plan.json`).\n\n\
         Templates: `examples/spreadsheet/`.\n",
    );
    for s in LAYOUT {
        out.push_str(&format!("\n## {} / {} (`{}`)\n\n{}.\n\n| norsk | English | required | what |\n|---|---|---|---|\n", s.nb, s.en, s.csv, s.help));
        for c in s.columns {
            out.push_str(&format!(
                "| `{}` | `{}` | {} | {} |\n",
                c.nb,
                c.en,
                if c.required { "yes" } else { "" },
                c.help
            ));
        }
    }
    out
}
