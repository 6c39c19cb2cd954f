//! Reading the cells of a sheet against its column specs: which column holds
//! which key, and each cell as the text, number, date or list its column wants,
//! with every error at its sheet, row and column.

use super::csv_table::format_number;
use super::layout::*;
use super::xlsx::serial_date;
use super::{Cell, Table};
use crate::date::{ApproxDate, Date};
use crate::document::CellRef;
use crate::error::{Error, ErrorCode};
use crate::model::{MeasureStatus, MilestoneStatus, Nok, Text};
use crate::suggest::closest;
use std::collections::BTreeMap;
pub(super) fn bad_cell(t: &Table, row: usize, column: usize, nb: String, en: String) -> Error {
    Error::new(ErrorCode::InvalidCell, nb, en)
        .in_document(&t.file)
        .at_cell(
            &t.sheet,
            u32::try_from(row + 1).unwrap_or(u32::MAX),
            u32::try_from(column + 1).unwrap_or(u32::MAX),
        )
}

/// A sheet read against its spec: which column holds which key.
pub(super) struct Sheet<'a> {
    pub(super) table: &'a Table,
    pub(super) spec: &'static SheetSpec,
    pub(super) columns: BTreeMap<&'static str, usize>,
}

impl<'a> Sheet<'a> {
    pub(super) fn new(table: &'a Table, spec: &'static SheetSpec) -> Result<Self, Error> {
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
    pub(super) fn rows(&self) -> impl Iterator<Item = (usize, &'a Vec<Cell>)> {
        self.table
            .rows
            .iter()
            .enumerate()
            .skip(1)
            .filter(|(_, r)| !r.iter().all(Cell::is_blank))
    }

    pub(super) fn header(&self, key: &str) -> &'static str {
        self.spec
            .columns
            .iter()
            .find(|c| c.key == key)
            .map_or("?", |c| c.nb)
    }

    pub(super) fn cell(&self, row: usize, key: &str) -> (Option<&'a Cell>, usize) {
        match self.columns.get(key) {
            Some(&c) => (self.table.rows[row].get(c), c),
            None => (None, 0),
        }
    }

    pub(super) fn at(&self, row: usize, key: &str) -> CellRef {
        let c = self.columns.get(key).copied().unwrap_or(0);
        CellRef {
            sheet: self.table.sheet.clone(),
            row: u32::try_from(row + 1).unwrap_or(u32::MAX),
            column: u32::try_from(c + 1).unwrap_or(u32::MAX),
        }
    }

    pub(super) fn err(&self, row: usize, key: &str, nb: &str, en: &str, value: &Cell) -> Error {
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
                return e.with_code(ErrorCode::Formula);
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

    pub(super) fn text(&self, row: usize, key: &str) -> Result<Option<String>, Error> {
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

    pub(super) fn required_text(&self, row: usize, key: &str) -> Result<String, Error> {
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

    pub(super) fn list(&self, row: usize, key: &str) -> Result<Vec<String>, Error> {
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

    pub(super) fn number(&self, row: usize, key: &str) -> Result<Option<u32>, Error> {
        let (cell, _) = self.cell(row, key);
        match cell {
            None | Some(Cell::Empty) => Ok(None),
            Some(Cell::Number(n)) if n.fract() == 0.0 && *n >= 0.0 && *n <= f64::from(u32::MAX) =>
            {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                Ok(Some(*n as u32))
            }
            Some(Cell::Text(t)) if t.trim().is_empty() => Ok(None),
            Some(c @ Cell::Text(t)) => whole_number(t.trim().trim_end_matches('%').trim())
                .and_then(|n| u32::try_from(n).ok())
                .map(Some)
                .ok_or_else(|| {
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

    pub(super) fn date(&self, row: usize, key: &str) -> Result<Option<Date>, Error> {
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

    pub(super) fn approx(&self, row: usize, key: &str) -> Result<Option<ApproxDate>, Error> {
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

    pub(super) fn flag(&self, row: usize, key: &str) -> Result<bool, Error> {
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

    pub(super) fn amount(&self, row: usize, key: &str) -> Result<Nok, Error> {
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

    /// An amount, or nothing for a blank cell.
    pub(super) fn opt_amount(&self, row: usize, key: &str) -> Result<Option<Nok>, Error> {
        match self.cell(row, key).0 {
            Some(cell) if !cell.is_blank() => self.amount(row, key).map(Some),
            _ => Ok(None),
        }
    }

    /// One of a set of words (`parse` knows them), or nothing for a blank
    /// cell; `expected` names them (bokmål, English).
    pub(super) fn choice<T>(
        &self,
        row: usize,
        key: &str,
        parse: fn(&str) -> Option<T>,
        expected: (&str, &str),
    ) -> Result<Option<T>, Error> {
        match self.text(row, key)? {
            None => Ok(None),
            Some(t) => parse(&t).map(Some).ok_or_else(|| {
                self.err(
                    row,
                    key,
                    expected.0,
                    expected.1,
                    self.cell(row, key).0.unwrap_or(&Cell::Empty),
                )
            }),
        }
    }

    pub(super) fn text_pair(&self, row: usize, nb: &str, en: &str) -> Result<Option<Text>, Error> {
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

/// A whole number as text, also as spreadsheet tools and pandas write one
/// (`2.0`, `2,0`, `2025.0`): anything with a fraction is not.
pub(super) fn whole_number(t: &str) -> Option<i64> {
    if let Ok(n) = t.parse::<i64>() {
        return Some(n);
    }
    let (int, frac) = t.split_once(['.', ','])?;
    if frac.is_empty() || !frac.bytes().all(|b| b == b'0') {
        return None;
    }
    int.parse::<i64>().ok()
}

pub(super) fn parse_text_date(t: &str) -> Option<Date> {
    if let Ok(d) = t.parse::<Date>() {
        return Some(d);
    }
    // A date with a time of midnight, as pandas and spreadsheet tools write
    // a date cell (`2025-04-01 00:00:00`, `2025-04-01T00:00:00`).
    for sep in [' ', 'T'] {
        if let Some((day, time)) = t.split_once(sep)
            && matches!(time.trim(), "00:00:00" | "00:00" | "00:00:00.000")
        {
            return parse_text_date(day.trim());
        }
    }
    // Norwegian style: 01.03.2026 (or 1.3.2026).
    let mut parts = t.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

pub(super) fn measure_status(t: &str) -> Option<MeasureStatus> {
    Some(match norm(t).as_str() {
        "planned" | "planlagt" => MeasureStatus::Planned,
        "ongoing" | "pagar" | "i_gang" => MeasureStatus::Ongoing,
        "completed" | "fullfort" | "ferdig" => MeasureStatus::Completed,
        "postponed" | "utsatt" => MeasureStatus::Postponed,
        "cancelled" | "avlyst" | "avsluttet" | "kansellert" => MeasureStatus::Cancelled,
        _ => return None,
    })
}

pub(super) fn funding_status(t: &str) -> Option<crate::model::FundingStatus> {
    use crate::model::FundingStatus as F;
    Some(match norm(t).as_str() {
        "planned" | "planlagt" => F::Planned,
        "applied" | "sokt" => F::Applied,
        "granted" | "innvilget" | "tildelt" => F::Granted,
        "refused" | "avslatt" | "avslag" => F::Refused,
        "paid" | "utbetalt" => F::Paid,
        _ => return None,
    })
}

pub(super) fn source_kind(t: &str) -> Option<crate::model::SourceKind> {
    use crate::model::SourceKind as K;
    Some(match norm(t).as_str() {
        "party" | "part" | "avtalepart" => K::Party,
        "municipality" | "kommune" => K::Municipality,
        "national" | "nasjonal" | "statlig" => K::National,
        "eu" => K::Eu,
        "other" | "annen" | "annet" => K::Other,
        _ => return None,
    })
}

pub(super) fn milestone_status(t: &str) -> Option<MilestoneStatus> {
    Some(match norm(t).as_str() {
        "pending" | "venter" | "ikke_nadd" | "apen" => MilestoneStatus::Pending,
        "completed" | "fullfort" | "nadd" => MilestoneStatus::Completed,
        "cancelled" | "avlyst" => MilestoneStatus::Cancelled,
        _ => return None,
    })
}

pub(super) type Cells = BTreeMap<String, CellRef>;

pub(super) fn record(cells: &mut Cells, pointer: String, at: CellRef) {
    cells.entry(pointer).or_insert(at);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_dates_as_spreadsheet_tools_write_them() {
        for (t, n) in [
            ("2", Some(2)),
            ("2.0", Some(2)),
            ("2,00", Some(2)),
            ("2025.0", Some(2025)),
        ] {
            assert_eq!(whole_number(t), n, "{t}");
        }
        for t in ["2.5", "2.", "x", "2.0.0", ""] {
            assert_eq!(whole_number(t), None, "{t}");
        }
        let day = Date::new(2025, 4, 1);
        for t in [
            "2025-04-01",
            "01.04.2025",
            "2025-04-01 00:00:00",
            "2025-04-01T00:00:00",
        ] {
            assert_eq!(parse_text_date(t), day, "{t}");
        }
        assert_eq!(parse_text_date("2025-04-01 13:30:00"), None);
    }
}
