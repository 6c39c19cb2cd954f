//! XLSX workbooks: read with calamine, written with rust_xlsxwriter.

use super::{Cell, SheetLimits, Table, column_letter, too_big, too_many_rows};
use crate::date::Date;
use crate::error::{Error, ErrorCode};
use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;

fn unreadable(name: &str, cause: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::new(
        ErrorCode::SheetUnreadable,
        format!("filen er ikke en lesbar XLSX-arbeidsbok: {cause}"),
        format!("the file is not a readable XLSX workbook: {cause}"),
    )
    .in_document(name)
    .caused_by(cause)
}

/// A date from a spreadsheet serial number (days since 1899-12-30, as Excel counts).
pub(crate) fn serial_date(serial: f64) -> Option<Date> {
    if !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    let epoch = Date::new(1899, 12, 30)?.days_since_epoch();
    #[allow(clippy::cast_possible_truncation)]
    Date::from_days_since_epoch(epoch + serial.floor() as i64)
}

/// A merged region: its sheet, first and last cell (0-based row, column).
type Merged = (String, (u32, u32), (u32, u32));

/// Reads every sheet of a workbook.
pub fn read_xlsx(name: &str, bytes: &[u8], limits: &SheetLimits) -> Result<Vec<Table>, Error> {
    too_big(name, bytes.len(), limits)?;
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| unreadable(name, e))?;
    book.load_merged_regions()
        .map_err(|e| unreadable(name, e))?;
    let merged: Vec<Merged> = book
        .merged_regions()
        .iter()
        .map(|(sheet, _, d)| (sheet.clone(), d.start, d.end))
        .collect();
    if let Some((sheet, start, end)) = merged.first() {
        let range = format!(
            "{}{}:{}{}",
            column_letter(start.1 + 1),
            start.0 + 1,
            column_letter(end.1 + 1),
            end.0 + 1
        );
        return Err(Error::new(
            ErrorCode::MergedCells,
            format!("sammenslåtte celler {range}: verdien gjelder bare én celle; del dem opp og fyll ut hver celle"),
            format!("merged cells {range}: a merged cell's value counts for one cell only; unmerge them and fill in each cell"),
        )
        .in_document(name)
        .at_cell(sheet.clone(), start.0 + 1, start.1 + 1));
    }
    let mut tables = Vec::new();
    for sheet in book.sheet_names() {
        let values = book
            .worksheet_range(&sheet)
            .map_err(|e| unreadable(name, e))?;
        let formulas = book
            .worksheet_formula(&sheet)
            .map_err(|e| unreadable(name, e))?;
        let (height, width) = match values.end() {
            Some((r, c)) => (r as usize + 1, c as usize + 1),
            None => (0, 0),
        };
        too_many_rows(name, &sheet, height, limits)?;
        let mut rows = vec![vec![Cell::Empty; width]; height];
        for (r, c, v) in values.used_cells() {
            let (row, col) = (
                r + values.start().map_or(0, |s| s.0 as usize),
                c + values.start().map_or(0, |s| s.1 as usize),
            );
            rows[row][col] = match v {
                Data::Empty => Cell::Empty,
                Data::String(s) => Cell::Text(s.clone()),
                Data::Float(f) => Cell::Number(*f),
                #[allow(clippy::cast_precision_loss)]
                Data::Int(i) => Cell::Number(*i as f64),
                Data::Bool(b) => Cell::Bool(*b),
                Data::DateTime(d) => {
                    serial_date(d.as_f64()).map_or(Cell::Number(d.as_f64()), Cell::Date)
                }
                Data::DateTimeIso(s) => s
                    .get(..10)
                    .and_then(|d| d.parse().ok())
                    .map_or(Cell::Text(s.clone()), Cell::Date),
                Data::DurationIso(s) => Cell::Text(s.clone()),
                Data::Error(e) => Cell::Error(format!("{e}")),
            };
        }
        for (r, c, f) in formulas.used_cells() {
            let (row, col) = (
                r + formulas.start().map_or(0, |s| s.0 as usize),
                c + formulas.start().map_or(0, |s| s.1 as usize),
            );
            if !f.is_empty() {
                if row >= rows.len() {
                    rows.resize(row + 1, vec![Cell::Empty; width]);
                }
                if col >= rows[row].len() {
                    rows[row].resize(col + 1, Cell::Empty);
                }
                if rows[row][col].is_blank() {
                    rows[row][col] = Cell::Formula(format!("={f}"));
                }
            }
        }
        tables.push(Table {
            file: name.to_string(),
            sheet,
            rows,
        });
    }
    Ok(tables)
}

/// Writes tables as sheets of a workbook. Numbers are written as numbers,
/// everything else as text (dates as `YYYY-MM-DD`), so that reading the file
/// back gives the same values.
pub fn write_xlsx(tables: &[Table]) -> Result<Vec<u8>, Error> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    let fail = |e: rust_xlsxwriter::XlsxError| {
        Error::new(
            ErrorCode::SheetUnreadable,
            format!("kan ikke skrive arbeidsboken: {e}"),
            format!("cannot write the workbook: {e}"),
        )
    };
    let mut book = Workbook::new();
    // A fixed creation date keeps the file the same for the same plan.
    let created = ExcelDateTime::from_ymd(2025, 1, 1).map_err(fail)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();
    for table in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(&table.sheet).map_err(fail)?;
        for (r, row) in table.rows.iter().enumerate() {
            let r = u32::try_from(r)
                .map_err(|_| fail(rust_xlsxwriter::XlsxError::RowColumnLimitError))?;
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c)
                    .map_err(|_| fail(rust_xlsxwriter::XlsxError::RowColumnLimitError))?;
                match cell {
                    Cell::Empty => {}
                    Cell::Number(n) => {
                        sheet.write_number(r, c, *n).map_err(fail)?;
                    }
                    Cell::Bool(b) => {
                        sheet.write_boolean(r, c, *b).map_err(fail)?;
                    }
                    other => {
                        let text = super::csv_table::cell_text(other);
                        if r == 0 {
                            sheet
                                .write_string_with_format(r, c, &text, &bold)
                                .map_err(fail)?;
                        } else {
                            sheet.write_string(r, c, &text).map_err(fail)?;
                        }
                    }
                }
            }
        }
        if let Some(width) = table.rows.first().map(Vec::len) {
            for c in 0..width {
                let c = u16::try_from(c).unwrap_or(u16::MAX);
                sheet.set_column_width(c, 18).map_err(fail)?;
            }
        }
    }
    book.save_to_buffer().map_err(fail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serials() {
        assert_eq!(
            serial_date(46_112.0).map(|d| d.to_string()),
            Some("2026-03-31".into())
        );
        assert_eq!(serial_date(-3.0), None);
    }

    #[test]
    fn round_trip() {
        let t = Table {
            file: "t.xlsx".into(),
            sheet: "Tiltak".into(),
            rows: vec![
                vec![Cell::Text("id".into()), Cell::Text("fremdrift".into())],
                vec![Cell::Text("a".into()), Cell::Number(60.0)],
            ],
        };
        let bytes = write_xlsx(std::slice::from_ref(&t)).expect("write");
        let back = read_xlsx("t.xlsx", &bytes, &SheetLimits::default()).expect("read");
        assert_eq!(back, vec![t]);
        assert_eq!(
            read_xlsx("t.xlsx", b"not a zip", &SheetLimits::default())
                .expect_err("bad")
                .code(),
            ErrorCode::SheetUnreadable
        );
    }
}
