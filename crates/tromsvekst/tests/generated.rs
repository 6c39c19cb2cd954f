//! Generated files must match the code: the JSON Schemas in `schemas/` and
//! the rule table in `docs/RULES.md`. `TROMSVEKST_BLESS=1` rewrites them.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn check(path: &Path, want: &str, stale: &mut Vec<String>) {
    if std::env::var_os("TROMSVEKST_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, want).expect("write");
        return;
    }
    if std::fs::read_to_string(path).ok().as_deref() != Some(want) {
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
    assert!(
        stale.is_empty(),
        "stale generated files: {stale:?}\nregenerate with: TROMSVEKST_BLESS=1 cargo test -p tromsvekst --test generated"
    );
}
