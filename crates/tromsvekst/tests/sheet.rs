//! Action plans from and to spreadsheets: lossless round trips, one error per
//! wrong header, and every error and finding at its sheet, row and column.

use rust_xlsxwriter::{Format, Workbook};
use tromsvekst::sheet::{
    Cell, SheetLimits, Table, export_tables, import_plan, read_csv, read_tables, read_xlsx,
    write_csv, write_xlsx,
};
use tromsvekst::{AnyDocument, Bundle, Config, ErrorCode, Lang, ParseOptions};

fn plan() -> tromsvekst::model::ActionPlan {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/nord-troms/action-plan-2025-2026.json"
    ))
    .expect("plan");
    let mut plan = tromsvekst::parse_action_plan(&bytes, "plan.json", &ParseOptions::default())
        .expect("parses")
        .value;
    // An import writes the version of the documents this library writes.
    plan.schema_version = tromsvekst::model::SCHEMA_VERSION.to_string();
    plan
}

#[test]
fn xlsx_round_trip_is_lossless_in_both_languages() {
    let original = plan();
    for lang in [Lang::Nb, Lang::En] {
        let bytes = write_xlsx(&export_tables(&original, lang)).expect("write");
        let tables = read_xlsx("plan.xlsx", &bytes, &SheetLimits::default()).expect("read");
        let back = import_plan("plan.xlsx", &tables, None).expect("import");
        assert_eq!(back.value, original, "{lang:?}");
        // The same plan gives the same bytes.
        assert_eq!(
            write_xlsx(&export_tables(&original, lang)).expect("again"),
            bytes
        );
    }
}

#[test]
fn csv_round_trip_is_lossless() {
    let original = plan();
    let tables: Vec<Table> = export_tables(&original, Lang::Nb)
        .iter()
        .zip([
            "plan.csv",
            "tiltak.csv",
            "finansiering.csv",
            "milepaeler.csv",
            "oppfolging.csv",
        ])
        .map(|(t, f)| read_csv(f, write_csv(t).as_bytes(), &SheetLimits::default()).expect("csv"))
        .collect();
    let back = import_plan("tiltak.csv", &tables, None).expect("import");
    assert_eq!(back.value, original);
}

fn sheet(file: &str, name: &str, rows: Vec<Vec<&str>>) -> Table {
    Table {
        file: file.into(),
        sheet: name.into(),
        rows: rows
            .into_iter()
            .map(|r| {
                r.into_iter()
                    .map(|c| {
                        if c.is_empty() {
                            Cell::Empty
                        } else {
                            Cell::Text(c.into())
                        }
                    })
                    .collect()
            })
            .collect(),
    }
}

#[test]
fn a_misspelt_header_is_one_error_with_a_suggestion() {
    let mut rows = vec![vec!["id", "tittel", "delmaal", "ansvarlig", "status"]];
    for i in 0..100 {
        let _ = i;
        rows.push(vec!["x", "T", "1.1", "nord-tromsradet", "planlagt"]);
    }
    let e = import_plan(
        "tiltak.csv",
        &[sheet("tiltak.csv", "tiltak", rows)],
        Some(&plan()),
    )
    .expect_err("header");
    assert_eq!(e.code(), ErrorCode::UnknownColumn);
    assert_eq!(
        (e.sheet(), e.line(), e.column()),
        (Some("tiltak"), Some(1), Some(3))
    );
    assert!(
        e.message(Lang::En).contains("did you mean \"delmål\""),
        "{}",
        e.message(Lang::En)
    );
    assert_eq!(e.location(), "tiltak.csv[tiltak]:1:3");
}

#[test]
fn wrong_sheet_missing_column_and_bad_cells() {
    let e = import_plan(
        "p.xlsx",
        &[sheet("p.xlsx", "Tiltaak", vec![vec!["id"]])],
        None,
    )
    .expect_err("sheet");
    assert_eq!(e.code(), ErrorCode::UnknownSheet);
    assert!(
        e.message(Lang::En).contains("did you mean \"Tiltak\""),
        "{}",
        e.message(Lang::En)
    );
    let e = import_plan(
        "t.csv",
        &[sheet("t.csv", "tiltak", vec![vec!["id", "tittel"]])],
        Some(&plan()),
    )
    .expect_err("column");
    assert_eq!(e.code(), ErrorCode::MissingColumn);
    let header = vec![
        "id",
        "tittel",
        "delmål",
        "ansvarlig",
        "status",
        "fremdrift",
        "start",
    ];
    let bad = |row: Vec<&'static str>| {
        import_plan(
            "t.csv",
            &[sheet(
                "t.csv",
                "tiltak",
                vec![header.clone(), vec!["", "", "", "", "", "", ""], row],
            )],
            Some(&plan()),
        )
    };
    let e = bad(vec!["a", "T", "1.1", "x", "i gang?", "", ""]).expect_err("status");
    assert_eq!(
        (e.code(), e.line(), e.column()),
        (ErrorCode::InvalidCell, Some(3), Some(5))
    );
    let e = bad(vec!["a", "T", "1.1", "x", "pågår", "mye", ""]).expect_err("progress");
    assert_eq!(
        (e.code(), e.line(), e.column()),
        (ErrorCode::InvalidCell, Some(3), Some(6))
    );
    let e = bad(vec!["a", "T", "1.1", "x", "pågår", "10", "31.02.2026"]).expect_err("date");
    assert_eq!(
        (e.code(), e.line(), e.column()),
        (ErrorCode::InvalidCell, Some(3), Some(7))
    );
    // Dates as text in either style, and progress with a per cent sign, are fine; the empty row is skipped.
    let ok = bad(vec!["a", "T", "1.1", "x", "pågår", "10 %", "01.03.2026"]).expect("ok");
    assert_eq!(
        ok.value.measures[0].start.map(|d| d.to_string()),
        Some("2026-03-01".into())
    );
    assert_eq!(ok.value.measures[0].progress, 10);
}

#[test]
fn amounts_are_exact() {
    let header = vec!["tiltak", "beløp_nok", "kilde"];
    let measures = sheet(
        "t.csv",
        "tiltak",
        vec![
            vec!["id", "tittel", "delmål", "ansvarlig", "status"],
            vec!["a", "T", "1.1", "x", "planlagt"],
        ],
    );
    let run = |amount: &'static str| {
        import_plan(
            "t.csv",
            &[
                measures.clone(),
                sheet(
                    "f.csv",
                    "finansiering",
                    vec![header.clone(), vec!["a", amount, "K"]],
                ),
            ],
            Some(&plan()),
        )
    };
    assert_eq!(
        run("1 250 000,50").expect("ok").value.measures[0].funding[0]
            .amount_nok
            .ore(),
        125_000_050
    );
    for bad in ["-100", "100.005", "mange"] {
        let e = run(bad).expect_err(bad);
        assert_eq!(
            (e.code(), e.sheet(), e.line(), e.column()),
            (
                ErrorCode::InvalidCell,
                Some("finansiering"),
                Some(2),
                Some(2)
            ),
            "{bad}"
        );
    }
}

#[test]
fn merged_cells_formulas_and_serial_dates_in_xlsx() {
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Tiltak").expect("name");
    for (c, h) in ["id", "tittel", "delmål", "ansvarlig", "status", "start"]
        .iter()
        .enumerate()
    {
        ws.write_string(0, c as u16, *h).expect("h");
    }
    ws.merge_range(1, 0, 1, 1, "sammenslått", &Format::new())
        .expect("merge");
    let merged = book.save_to_buffer().expect("buffer");
    let e = read_xlsx("m.xlsx", &merged, &SheetLimits::default()).expect_err("merged");
    assert_eq!(
        (e.code(), e.sheet(), e.line(), e.column()),
        (ErrorCode::MergedCells, Some("Tiltak"), Some(2), Some(1))
    );

    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("Tiltak").expect("name");
    for (c, h) in [
        "id",
        "tittel",
        "delmål",
        "ansvarlig",
        "status",
        "fremdrift",
        "start",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(0, c as u16, *h).expect("h");
    }
    for (c, v) in ["a", "T", "1.1", "nord-tromsradet", "pågår"]
        .iter()
        .enumerate()
    {
        ws.write_string(1, c as u16, *v).expect("v");
    }
    ws.write_formula(1, 5, "=10*5").expect("formula");
    ws.write_number(1, 6, 46_082.0).expect("serial date"); // 2026-03-01
    let saved = book.save_to_buffer().expect("buffer");
    // With the value a spreadsheet program saves, the formula's value is used.
    let tables = read_tables("f.xlsx", &saved, &SheetLimits::default()).expect("read");
    assert_eq!(
        import_plan("f.xlsx", &tables, Some(&plan()))
            .expect("value")
            .value
            .measures[0]
            .start
            .map(|d| d.to_string()),
        Some("2026-03-01".into())
    );
    // Without it, the formula is an error at its cell.
    let tables = read_tables(
        "f.xlsx",
        &without_formula_values(&saved),
        &SheetLimits::default(),
    )
    .expect("read");
    let e = import_plan("f.xlsx", &tables, Some(&plan())).expect_err("formula");
    assert_eq!(
        (e.code(), e.line(), e.column()),
        (ErrorCode::Formula, Some(2), Some(6))
    );
    assert!(
        e.message(Lang::En).contains("=10*5"),
        "{}",
        e.message(Lang::En)
    );
}

#[test]
fn a_fifty_thousand_row_sheet_imports() {
    let mut text = String::from("id;tittel;delmål;ansvarlig;status;fremdrift\n");
    for i in 0..50_000 {
        text.push_str(&format!(
            "m{i};Tiltak {i};1.1;nord-tromsradet;pågår;{}\n",
            i % 101
        ));
    }
    let table = read_csv("tiltak.csv", text.as_bytes(), &SheetLimits::default()).expect("read");
    let doc = import_plan("tiltak.csv", &[table], Some(&plan())).expect("import");
    assert_eq!(doc.value.measures.len(), 50_000);
    let limits = SheetLimits {
        max_rows: 1000,
        ..SheetLimits::default()
    };
    assert_eq!(
        read_csv("tiltak.csv", text.as_bytes(), &limits)
            .expect_err("limit")
            .code(),
        ErrorCode::TooManyRows
    );
}

#[test]
fn findings_on_an_imported_plan_point_to_cells() {
    let mut p = plan();
    p.measures[2].sub_goals = vec!["1.9".into()];
    let bytes = write_xlsx(&export_tables(&p, Lang::Nb)).expect("write");
    let tables = read_xlsx("plan.xlsx", &bytes, &SheetLimits::default()).expect("read");
    let doc = import_plan("plan.xlsx", &tables, None).expect("import");
    let bundle = Bundle::from_documents(
        vec![AnyDocument::ActionPlan(doc)],
        Some(tromsvekst::embedded::nord_troms()),
    )
    .expect("bundle");
    let report = tromsvekst::validate_bundle(&bundle, &Config::undated(Lang::En));
    let f = report
        .findings()
        .find(|f| f.rule == "plan.measure.unknown-sub-goal")
        .expect("finding");
    assert_eq!(
        (f.sheet.as_deref(), f.line, f.column),
        (Some("Tiltak"), Some(4), Some(6))
    );
    assert!(
        report.to_text().contains("plan.xlsx[Tiltak]:4:6"),
        "{}",
        report.to_text()
    );
}

/// The workbook with every formula's saved value taken out, as some tools write it.
fn without_formula_values(bytes: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut zin = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..zin.len() {
        let mut f = zin.by_index(i).expect("entry");
        let name = f.name().to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).expect("read");
        if name.starts_with("xl/worksheets/") {
            let text = String::from_utf8(data).expect("xml");
            let mut cleaned = String::new();
            let mut rest = text.as_str();
            while let Some(at) = rest.find("</f><v>") {
                cleaned.push_str(&rest[..at + 4]);
                let after = &rest[at + 4..];
                let end = after.find("</v>").expect("value end") + 4;
                rest = &after[end..];
            }
            cleaned.push_str(rest);
            data = cleaned.into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .expect("start");
        out.write_all(&data).expect("write");
    }
    out.finish().expect("finish").into_inner()
}
