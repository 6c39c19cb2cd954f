//! CSV sheets: comma- or semicolon-separated (as Norwegian Excel writes them),
//! UTF-8 with or without a byte-order mark.

use super::{Cell, SheetLimits, Table, too_big, too_many_rows};
use crate::error::{Error, ErrorCode};

fn stem(name: &str) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    file.strip_suffix(".csv")
        .or_else(|| file.strip_suffix(".CSV"))
        .unwrap_or(file)
        .to_string()
}

/// The separator: `;` when the header line has more semicolons than commas outside quotes.
fn separator(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    let (mut semi, mut comma, mut quoted) = (0, 0, false);
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => semi += 1,
            ',' if !quoted => comma += 1,
            _ => {}
        }
    }
    if semi > comma { b';' } else { b',' }
}

/// Reads one CSV sheet; the sheet is named after the file (without `.csv`).
pub fn read_csv(name: &str, bytes: &[u8], limits: &SheetLimits) -> Result<Table, Error> {
    too_big(name, bytes.len(), limits)?;
    let sheet = stem(name);
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let row = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        Error::new(
            ErrorCode::SheetUnreadable,
            "CSV-filen er ikke UTF-8-tekst; lagre den som «CSV UTF-8»",
            "the CSV file is not UTF-8 text; save it as «CSV UTF-8»",
        )
        .in_document(name)
        .at_cell(&sheet, u32::try_from(row).unwrap_or(u32::MAX), 1)
        .caused_by(e)
    })?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator(text))
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        too_many_rows(name, &sheet, i + 1, limits)?;
        let record = record.map_err(|e| {
            let row = e
                .position()
                .map_or(i + 1, |p| usize::try_from(p.line()).unwrap_or(i + 1));
            Error::new(
                ErrorCode::SheetUnreadable,
                format!("CSV-filen kan ikke leses: {e}"),
                format!("the CSV cannot be read: {e}"),
            )
            .in_document(name)
            .at_cell(&sheet, u32::try_from(row).unwrap_or(u32::MAX), 1)
            .caused_by(e)
        })?;
        rows.push(
            record
                .iter()
                .map(|v| {
                    if v.is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(v.to_string())
                    }
                })
                .collect(),
        );
    }
    Ok(Table {
        file: name.to_string(),
        sheet,
        rows,
    })
}

/// Writes one sheet as CSV (comma-separated, UTF-8, quoted where needed).
pub fn write_csv(table: &Table) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(cell_text).collect();
        // Writing to memory does not fail.
        let _ = writer.write_record(&cells);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

pub(crate) fn cell_text(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(t) | Cell::Formula(t) | Cell::Error(t) => t.clone(),
        Cell::Number(n) => format_number(*n),
        Cell::Bool(b) => b.to_string(),
        Cell::Date(d) => d.to_string(),
    }
}

pub(crate) fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_semicolons_quotes_and_bom() {
        let t = read_csv(
            "x/tiltak.csv",
            "\u{feff}id;tittel\n\"a;1\";\"Sier \"\"hei\"\"\"\n".as_bytes(),
            &SheetLimits::default(),
        )
        .expect("csv");
        assert_eq!(t.sheet, "tiltak");
        assert_eq!(
            t.rows[1],
            vec![Cell::Text("a;1".into()), Cell::Text("Sier \"hei\"".into())]
        );
        let back = write_csv(&t);
        assert!(back.contains("a;1,\"Sier \"\"hei\"\"\"\r\n"), "{back}");
    }

    #[test]
    fn bad_bytes_are_an_error_with_a_row() {
        let e = read_csv("t.csv", b"id\nok\n\xff\n", &SheetLimits::default()).expect_err("utf8");
        assert_eq!((e.code(), e.line()), (ErrorCode::SheetUnreadable, Some(3)));
        let limits = SheetLimits {
            max_rows: 2,
            ..SheetLimits::default()
        };
        let e = read_csv("t.csv", b"a\nb\nc\nd\n", &limits).expect_err("rows");
        assert_eq!(e.code(), ErrorCode::TooManyRows);
    }
}
