//! Generated files must match the code: the JSON Schemas in `schemas/` and
//! the rule table in `docs/RULES.md`. `TROMSVEKST_BLESS=1` rewrites them.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn check(path: &Path, want: &str, stale: &mut Vec<String>) {
    check_bytes(path, want.as_bytes(), stale);
}

fn check_bytes(path: &Path, want: &[u8], stale: &mut Vec<String>) {
    if std::env::var_os("TROMSVEKST_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, want).expect("write");
        return;
    }
    if std::fs::read(path).ok().as_deref() != Some(want) {
        stale.push(
            path.strip_prefix(root())
                .unwrap_or(path)
                .display()
                .to_string(),
        );
    }
}

#[test]
fn committed_generated_files_are_fresh() {
    let mut stale = Vec::new();
    for (file, text) in tromsvekst::schema::all() {
        check(&root().join("schemas").join(file), &text, &mut stale);
    }
    check(
        &root().join("docs/RULES.md"),
        &tromsvekst::rules::catalog_markdown(),
        &mut stale,
    );
    check(
        &root().join("schemas/rules.json"),
        &tromsvekst::rules::catalog_json(),
        &mut stale,
    );
    check(
        &root().join("docs/SPREADSHEET.md"),
        &tromsvekst::sheet::layout_markdown(),
        &mut stale,
    );
    // The spreadsheet examples and templates are exports of their JSON plans.
    for (json, xlsx, csv_dir) in [
        (
            "examples/nord-troms/action-plan-2025-2026.json",
            "examples/nord-troms/action-plan-2025-2026.xlsx",
            None,
        ),
        (
            "examples/spreadsheet/template-plan.json",
            "examples/spreadsheet/handlingsplan-mal.xlsx",
            Some("examples/spreadsheet/csv"),
        ),
    ] {
        let bytes = std::fs::read(root().join(json)).expect("plan");
        let plan = tromsvekst::parse_action_plan(&bytes, json, &Default::default())
            .expect("plan parses")
            .value;
        let tables = tromsvekst::sheet::export_tables(&plan, tromsvekst::Lang::Nb);
        check_bytes(
            &root().join(xlsx),
            &tromsvekst::sheet::write_xlsx(&tables).expect("xlsx"),
            &mut stale,
        );
        if let Some(dir) = csv_dir {
            for (t, spec) in tables.iter().zip(tromsvekst::sheet::LAYOUT) {
                check(
                    &root().join(dir).join(spec.csv),
                    &tromsvekst::sheet::write_csv(t),
                    &mut stale,
                );
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nregenerate with: TROMSVEKST_BLESS=1 cargo test -p tromsvekst --test generated"
    );
}
