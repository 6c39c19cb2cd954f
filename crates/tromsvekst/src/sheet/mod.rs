//! Spreadsheets: action plans from and to CSV and XLSX in one documented
//! layout (the import format is the export format).
//!
//! Every error on imported data names the sheet, the row and the column;
//! findings on an imported plan point to the cell the value came from.

#[cfg(feature = "spreadsheet")]
mod cells;
#[cfg(feature = "spreadsheet")]
mod csv_table;
#[cfg(feature = "spreadsheet")]
mod export;
#[cfg(feature = "spreadsheet")]
mod import;
#[cfg(feature = "spreadsheet")]
mod layout;
#[cfg(feature = "spreadsheet")]
mod xlsx;

#[cfg(feature = "spreadsheet")]
pub use csv_table::{read_csv, write_csv};
#[cfg(feature = "spreadsheet")]
pub use export::export_tables;
#[cfg(feature = "spreadsheet")]
pub use import::import_plan;
#[cfg(feature = "spreadsheet")]
pub use layout::{ColumnSpec, LAYOUT, SheetSpec, layout_markdown};
#[cfg(feature = "spreadsheet")]
pub use xlsx::{read_xlsx, write_xlsx};

use crate::date::Date;
#[cfg(feature = "spreadsheet")]
use crate::error::{Error, ErrorCode};

/// A cell as read from a spreadsheet.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// A truth value.
    Bool(bool),
    /// A date (a cell formatted as a date).
    Date(Date),
    /// A formula whose value the file does not hold.
    Formula(String),
    /// A spreadsheet error value such as `#DIV/0!`.
    Error(String),
}

impl Cell {
    /// Whether the cell holds nothing (or only white space).
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

/// One sheet: its name and its rows, the first being the header.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The file it was read from.
    pub file: String,
    /// The sheet's name (for CSV, the file's name without `.csv`).
    pub sheet: String,
    /// The rows, header first; row `i` here is row `i + 1` in the sheet.
    pub rows: Vec<Vec<Cell>>,
}

/// Limits for reading spreadsheets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetLimits {
    /// Most rows read from one sheet (default 200,000).
    pub max_rows: usize,
    /// Largest file, in bytes (default 64 MiB).
    pub max_bytes: usize,
}

impl Default for SheetLimits {
    fn default() -> Self {
        SheetLimits {
            max_rows: 200_000,
            max_bytes: 64 * 1024 * 1024,
        }
    }
}

/// The spreadsheet column name of a 1-based column number: 1 → A, 28 → AB.
pub fn column_letter(mut column: u32) -> String {
    let mut out = Vec::new();
    while column > 0 {
        let rem = ((column - 1) % 26) as u8;
        out.push(b'A' + rem);
        column = (column - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(feature = "spreadsheet")]
pub(crate) fn too_big(name: &str, len: usize, limits: &SheetLimits) -> Result<(), Error> {
    if len > limits.max_bytes {
        return Err(Error::new(
            ErrorCode::SizeLimit,
            format!(
                "filen er {len} byte, mer enn grensen på {} byte",
                limits.max_bytes
            ),
            format!(
                "the file is {len} bytes, more than the limit of {} bytes",
                limits.max_bytes
            ),
        )
        .in_document(name));
    }
    Ok(())
}

#[cfg(feature = "spreadsheet")]
pub(crate) fn too_many_rows(
    name: &str,
    sheet: &str,
    rows: usize,
    limits: &SheetLimits,
) -> Result<(), Error> {
    if rows > limits.max_rows {
        return Err(Error::new(
            ErrorCode::TooManyRows,
            format!(
                "arket har mer enn {} rader, som er grensen",
                limits.max_rows
            ),
            format!(
                "the sheet has more than {} rows, the limit",
                limits.max_rows
            ),
        )
        .in_document(name)
        .at_cell(
            sheet,
            u32::try_from(limits.max_rows + 1).unwrap_or(u32::MAX),
            1,
        ));
    }
    Ok(())
}

#[cfg(feature = "spreadsheet")]
/// Reads a spreadsheet file: a workbook (told by its content, or its name
/// `.xlsx`) as its sheets, anything else as one CSV sheet named after the file.
pub fn read_tables(name: &str, bytes: &[u8], limits: &SheetLimits) -> Result<Vec<Table>, Error> {
    if crate::format::FileFormat::detect(name, bytes) == crate::format::FileFormat::Xlsx {
        read_xlsx(name, bytes, limits)
    } else {
        read_csv(name, bytes, limits).map(|t| vec![t])
    }
}

/// Whether an input is a spreadsheet this module reads (see
/// [`crate::format::FileFormat::detect`]).
pub fn is_spreadsheet(name: &str, bytes: &[u8]) -> bool {
    crate::format::FileFormat::detect(name, bytes).is_spreadsheet()
}

#[cfg(feature = "spreadsheet")]
/// Imports an action plan from files: an `.xlsx` workbook, or `.csv` files
/// (one per sheet). `base` is the plan to fill in when there is no Plan sheet.
pub fn import_plan_files(
    inputs: &[(&str, &[u8])],
    base: Option<&crate::model::ActionPlan>,
) -> Result<crate::document::Document<crate::model::ActionPlan>, Error> {
    let limits = SheetLimits::default();
    let mut tables = Vec::new();
    for (name, bytes) in inputs {
        tables.extend(read_tables(name, bytes, &limits)?);
    }
    let name = inputs.first().map_or("plan", |(n, _)| *n);
    import_plan(name, &tables, base)
}

#[cfg(feature = "spreadsheet")]
/// The plan as CSV files of the layout: `(file name, text)` per sheet.
pub fn export_csv_files(
    plan: &crate::model::ActionPlan,
    lang: crate::lang::Lang,
) -> Vec<(&'static str, String)> {
    export_tables(plan, lang)
        .iter()
        .zip(LAYOUT)
        .map(|(t, spec)| (spec.csv, write_csv(t)))
        .collect()
}

#[cfg(feature = "spreadsheet")]
/// The plan as an XLSX workbook of the layout.
pub fn export_xlsx(
    plan: &crate::model::ActionPlan,
    lang: crate::lang::Lang,
) -> Result<Vec<u8>, Error> {
    write_xlsx(&export_tables(plan, lang))
}

#[cfg(test)]
mod tests {
    use super::column_letter;

    #[test]
    fn letters() {
        assert_eq!(column_letter(1), "A");
        assert_eq!(column_letter(26), "Z");
        assert_eq!(column_letter(27), "AA");
        assert_eq!(column_letter(28), "AB");
    }
}
