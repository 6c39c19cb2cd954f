//! The committed JSON Schemas, checked by an independent validator (the
//! `jsonschema` crate): every example and vector input that the library
//! accepts is valid against them, every output validates, and documents the
//! library rejects for their type or shape are rejected by the schema too.

use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn json(path: &Path) -> Value {
    let bytes = std::fs::read(path).expect("read");
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    serde_json::from_slice(bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema = json(&root().join("schemas").join(format!("{name}.schema.json")));
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("schema compiles")
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn vector_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("tests/vectors"))
        .expect("vectors")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("case.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn kind_validator(doc: &Value) -> Option<jsonschema::Validator> {
    doc["kind"]
        .as_str()
        .filter(|k| {
            [
                "agreement",
                "action_plan",
                "meeting_log",
                "indicators",
                "evaluation",
            ]
            .contains(k)
        })
        .map(validator)
}

#[test]
fn examples_are_valid_against_the_schema() {
    let mut n = 0;
    for dir in ["examples/nord-troms", "examples/illustrative"] {
        for entry in std::fs::read_dir(root().join(dir)).expect("dir") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "json") {
                let doc = json(&path);
                let v =
                    kind_validator(&doc).unwrap_or_else(|| panic!("{}: no kind", path.display()));
                let errs = errors(&v, &doc);
                assert!(errs.is_empty(), "{}: {errs:?}", path.display());
                n += 1;
            }
        }
    }
    assert!(n >= 6);
    // The JSON-stat mappings file is a document with a schema like every other.
    let mapping = json(&root().join("examples/jsonstat/mapping.json"));
    assert_eq!(mapping["kind"], "jsonstat_mapping");
    let errs = errors(&validator("jsonstat_mapping"), &mapping);
    assert!(errs.is_empty(), "mapping.json: {errs:?}");
    // And the schema refuses what the reader refuses.
    let mut bad = mapping.clone();
    bad["mappings"][0]["selct"] = serde_json::json!({});
    assert!(!errors(&validator("jsonstat_mapping"), &bad).is_empty());
    let text = serde_json::to_vec(&bad).expect("json");
    assert!(tromsvekst::jsonstat::parse_mappings(&text, "m.json").is_err());
    let mut future = mapping.clone();
    future["schema_version"] = "2.0".into();
    assert!(!errors(&validator("jsonstat_mapping"), &future).is_empty());
    let text = serde_json::to_vec(&future).expect("json");
    let err = tromsvekst::jsonstat::parse_mappings(&text, "m.json").expect_err("2.0");
    assert_eq!(
        (err.code().as_str(), err.pointer()),
        ("document.unsupported-version", "/schema_version")
    );
}

/// Error codes that mean "wrong type or shape": the schema must reject these too.
const SHAPE_CODES: &[&str] = &[
    "document.invalid-amount",
    "document.not-an-object",
    "document.unknown-kind",
    "document.unsupported-version",
    "document.invalid-type",
    "document.unknown-field",
    "document.missing-field",
    "document.invalid-value",
];

#[test]
fn schema_agrees_with_the_library_on_every_vector() {
    let report = validator("report");
    let status = validator("status");
    let portfolio = validator("portfolio");
    let evaluation = validator("evaluation");
    let action_plan = validator("action_plan");
    let indicators = validator("indicators");
    let mut rejected = 0;
    for dir in vector_dirs() {
        let case = json(&dir.join("case.json"));
        let expected = json(&dir.join("expected.json"));
        let operation = case["operation"].as_str().unwrap_or_default();
        let docs: Vec<PathBuf> = case["documents"]
            .as_array()
            .expect("documents")
            .iter()
            .map(|d| dir.join(d.as_str().expect("path")))
            .collect();
        match expected.get("code").and_then(Value::as_str) {
            None => {
                for path in &docs {
                    // Spreadsheets, JSON-stat datasets and mappings have no document schema.
                    let text = std::fs::read(path).expect("read");
                    let Ok(doc) = serde_json::from_slice::<Value>(
                        text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&text),
                    ) else {
                        continue;
                    };
                    let Some(v) = kind_validator(&doc) else {
                        continue;
                    };
                    let errs = errors(&v, &doc);
                    assert!(
                        errs.is_empty(),
                        "{}: the library accepts it, the schema does not: {errs:?}",
                        path.display()
                    );
                }
                if operation == "merge" {
                    // The merged document is a document of its kind.
                    let merged = &expected["document"];
                    let v = kind_validator(merged).expect("a document kind");
                    let errs = errors(&v, merged);
                    assert!(
                        errs.is_empty(),
                        "{}: the merged document does not match its schema: {errs:?}",
                        dir.display()
                    );
                    continue;
                }
                if operation == "vocabulary" {
                    // Not a document: words by kind and value, every one a text.
                    let kinds = expected.as_object().expect("an object of kinds");
                    assert!(kinds.values().all(|k| k.as_object().is_some_and(|w| {
                        w.values()
                            .all(|x| x.as_str().is_some_and(|x| !x.is_empty()))
                    })));
                    continue;
                }
                let out_schema = match operation {
                    "status" => &status,
                    "portfolio" => &portfolio,
                    "draft_midterm" => &evaluation,
                    "draft" if case["kind"] == "plan" => &action_plan,
                    "draft" => &evaluation,
                    "import_plan" => &action_plan,
                    "jsonstat" => &indicators,
                    _ => &report,
                };
                let errs = errors(out_schema, &expected);
                assert!(
                    errs.is_empty(),
                    "{}: output does not match its schema: {errs:?}",
                    dir.display()
                );
            }
            Some(code) if SHAPE_CODES.contains(&code) => {
                // The document named in the error is the one the schema must reject.
                let name = expected["document"].as_str().expect("document");
                let path = dir.join(name);
                let Ok(doc) = serde_json::from_slice::<Value>(&std::fs::read(&path).expect("read"))
                else {
                    continue;
                };
                let kind = case["operation"]
                    .as_str()
                    .filter(|o| *o == "validate_agreement")
                    .map(|_| "agreement");
                let v = match kind {
                    Some(k) => validator(k),
                    None => kind_validator(&doc).unwrap_or_else(|| validator("agreement")),
                };
                assert!(
                    !v.is_valid(&doc),
                    "{}: the library rejects it ({code}), the schema accepts it",
                    dir.display()
                );
                rejected += 1;
            }
            Some(_) => {}
        }
    }
    assert!(rejected >= 8, "too few shape vectors: {rejected}");
}

type Change = Box<dyn Fn(&mut Value)>;

#[test]
fn schema_rejects_what_serde_rejects() {
    let agreement = validator("agreement");
    let base = json(&root().join("examples/illustrative/fjordvik-agreement.json"));
    let cases: Vec<(&str, Change)> = vec![
        (
            "string year",
            Box::new(|d| d["period"]["start"] = "2026".into()),
        ),
        (
            "fractional year",
            Box::new(|d| d["period"]["start"] = 2026.5.into()),
        ),
        (
            "negative meetings",
            Box::new(|d| d["governance"]["political"]["meetings_per_year"] = (-1).into()),
        ),
        (
            "unknown field deep",
            Box::new(|d| d["focus_areas"][0]["sub_goals"][0]["strategies"][0]["txt"] = "x".into()),
        ),
        (
            "missing text",
            Box::new(|d| {
                d["focus_areas"][0]
                    .as_object_mut()
                    .expect("obj")
                    .remove("title")
                    .map(drop)
                    .unwrap_or(())
            }),
        ),
        (
            "bad role",
            Box::new(|d| d["parties"][0]["role"] = "county".into()),
        ),
        (
            "bad date form",
            Box::new(|d| d["decisions"][0]["date"] = "10.12.2025".into()),
        ),
        (
            "bad month",
            Box::new(|d| d["decisions"][0]["date"] = "2025-13".into()),
        ),
        (
            "text not object",
            Box::new(|d| d["title"] = "Tittel".into()),
        ),
        (
            "schema version 2",
            Box::new(|d| d["schema_version"] = "2.0".into()),
        ),
        ("wrong kind", Box::new(|d| d["kind"] = "action_plan".into())),
        ("null list", Box::new(|d| d["focus_areas"] = Value::Null)),
        (
            "bool as number",
            Box::new(|d| d["evaluation"]["final"]["year"] = true.into()),
        ),
    ];
    for (what, change) in cases {
        let mut doc = base.clone();
        change(&mut doc);
        let bytes = serde_json::to_vec(&doc).expect("json");
        let parsed = tromsvekst::parse_agreement(&bytes, what, &Default::default());
        assert!(parsed.is_err(), "{what}: the library accepts it");
        assert!(
            !agreement.is_valid(&doc),
            "{what}: the library rejects it ({:?}), the schema accepts it",
            parsed.err().map(|e| e.code())
        );
    }
}

#[test]
fn the_rule_catalog_matches_its_schema() {
    let rules = validator("rules");
    let catalog: Value = serde_json::from_str(&tromsvekst::rules::catalog_json()).expect("json");
    let errs = errors(&rules, &catalog);
    assert!(errs.is_empty(), "{errs:?}");
}
