//! Runs every conformance vector in `tests/vectors/` and requires the output
//! to match `expected.json` byte for byte. Python and JavaScript run the same
//! folders. `TROMSVEKST_BLESS=1` writes `expected.json` instead of comparing.
//!
//! One test per vector, named after its folder, so one runs by name:
//! `cargo test -p tromsvekst --test vectors -- follow-plan-milestones-missing`.

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use tromsvekst::draft::draft_midterm;
use tromsvekst::status::Status;
use tromsvekst::{Bundle, Config, Date, Lang, Level, ParseOptions};

fn vectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/vectors")
}

fn cases() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(vectors_dir())
        .expect("tests/vectors exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.join("case.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn case(dir: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(dir.join("case.json")).expect("case.json"))
        .expect("case.json is JSON")
}

/// Runs one case through the public API, as any user would.
fn run(dir: &Path, case: &Value) -> String {
    let lang: Lang = case["lang"].as_str().unwrap_or("nb").parse().expect("lang");
    let mut config = Config::undated(lang);
    if let Some(map) = case["severity"].as_object() {
        for (rule, level) in map {
            let level: Level = level.as_str().expect("level").parse().expect("level");
            config.set_severity(rule, level).expect("known rule");
        }
    }
    let as_of: Option<Date> = case["as_of"].as_str().map(|d| d.parse().expect("as_of"));
    config.as_of = as_of;
    let names: Vec<&str> = case["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d.as_str().expect("path"))
        .collect();
    let files: Vec<(&str, Vec<u8>)> = names
        .iter()
        .map(|n| (*n, std::fs::read(dir.join(n)).expect("document")))
        .collect();
    let inputs: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    let options = ParseOptions::default();
    match case["operation"].as_str() {
        Some("validate_agreement") => {
            match tromsvekst::parse_agreement(inputs[0].1, inputs[0].0, &options) {
                Ok(doc) => tromsvekst::validate_agreement(&doc, &config).to_json(),
                Err(e) => e.to_json(),
            }
        }
        Some("validate") => match Bundle::parse(&inputs, &options) {
            Ok(bundle) => tromsvekst::validate_bundle(&bundle, &config).to_json(),
            Err(e) => e.to_json(),
        },
        Some("status") => match Bundle::parse(&inputs, &options) {
            Ok(bundle) => match Status::compute(&bundle, as_of.expect("as_of"), lang) {
                Ok(s) => s.to_json(),
                Err(e) => e.to_json(),
            },
            Err(e) => e.to_json(),
        },
        Some("draft_midterm") => match Bundle::parse(&inputs, &options) {
            Ok(bundle) => match draft_midterm(&bundle, as_of.expect("as_of"), lang) {
                Ok(draft) => {
                    let mut out = serde_json::to_string_pretty(&draft).expect("json");
                    out.push('\n');
                    out
                }
                Err(e) => e.to_json(),
            },
            Err(e) => e.to_json(),
        },
        Some("portfolio") => match Bundle::parse_portfolio(&inputs, &options)
            .and_then(|b| tromsvekst::status::Portfolio::compute(&b, as_of.expect("as_of"), lang))
        {
            Ok(p) => p.to_json(),
            Err(e) => e.to_json(),
        },
        Some("draft") => {
            let kind = tromsvekst::draft::DraftKind::parse(
                case["kind"].as_str().expect("kind"),
                ("kind", "kind"),
            )
            .expect("kind");
            let day = as_of.expect("as_of");
            let made =
                Bundle::parse(&inputs, &options).and_then(|bundle| match case["update"].as_str() {
                    None => tromsvekst::draft::draft(&bundle, kind, day, lang),
                    Some(name) => {
                        let bytes = std::fs::read(dir.join(name)).expect("update");
                        tromsvekst::read_document(name, &bytes, None, &options).and_then(|old| {
                            tromsvekst::draft::refresh(&bundle, kind, day, lang, &old)
                        })
                    }
                });
            match made {
                Ok(doc) => doc.to_json(),
                Err(e) => e.to_json(),
            }
        }
        Some("import_plan") => match tromsvekst::sheet::import_plan_files(&inputs, None) {
            Ok(doc) => tromsvekst::AnyDocument::ActionPlan(doc).to_json(),
            Err(e) => e.to_json(),
        },
        Some("jsonstat") => {
            match tromsvekst::jsonstat::apply_files(inputs[0], inputs[1], inputs[2]) {
                Ok(doc) => tromsvekst::AnyDocument::Indicators(doc).to_json(),
                Err(e) => e.to_json(),
            }
        }
        Some("merge") => {
            match tromsvekst::merge::merge_files(inputs[0], inputs[1], inputs[2], &options) {
                Ok(merged) => merged.to_json(lang),
                Err(e) => e.to_json(),
            }
        }
        Some("vocabulary") => {
            let mut out =
                serde_json::to_string_pretty(&tromsvekst::vocabulary(lang)).expect("json");
            out.push('\n');
            out
        }
        other => panic!("{}: unknown operation {other:?}", dir.display()),
    }
}

fn fired(output: &str) -> BTreeSet<String> {
    let v: Value = serde_json::from_str(output).expect("output is JSON");
    v["groups"]
        .as_array()
        .map(|g| {
            g.iter()
                .map(|g| g["rule"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// One vector: what its case says must hold, and the output byte for byte.
fn check_vector(dir: &Path) -> Result<(), String> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let case = case(dir);
    let output = run(dir, &case);
    // The output is deterministic.
    if output != run(dir, &case) {
        return Err(format!("{name}: two runs differ"));
    }
    // What the case says must hold, whatever expected.json holds.
    let expect = &case["expect"];
    let is_error = serde_json::from_str::<Value>(&output)
        .map_err(|e| format!("{name}: output is not JSON: {e}"))?
        .get("code")
        .is_some();
    if is_error != expect["error"].as_bool().unwrap_or(false) {
        return Err(format!("{name}: error or report?\n{output}"));
    }
    let rules = fired(&output);
    for rule in expect["fires"].as_array().into_iter().flatten() {
        let rule = rule.as_str().unwrap_or("");
        if tromsvekst::rules::rule(rule).is_none() {
            return Err(format!("{name}: no rule {rule}"));
        }
        if !rules.contains(rule) {
            return Err(format!("{name}: expected {rule} to fire, got {rules:?}"));
        }
    }
    if expect["only"].as_bool() == Some(true) {
        let want: BTreeSet<String> = expect["fires"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| r.as_str().unwrap_or("").to_string())
            .collect();
        if rules != want {
            return Err(format!(
                "{name}: other rules fired: {rules:?}, want {want:?}"
            ));
        }
    }
    let path = dir.join("expected.json");
    if std::env::var_os("TROMSVEKST_BLESS").is_some() {
        return std::fs::write(&path, &output).map_err(|e| format!("{name}: {e}"));
    }
    match std::fs::read_to_string(&path) {
        Ok(expected) if expected == output => Ok(()),
        Ok(expected) => Err(format!(
            "{name}: output differs\n--- expected\n{expected}\n--- got\n{output}\n\nIf the change is intended: bash scripts/regenerate.sh --expected, then review the diff."
        )),
        Err(_) => Err(format!("{name}: no expected.json")),
    }
}

fn main() {
    let args = libtest_mimic::Arguments::from_args();
    let all = cases();
    let mut trials = vec![libtest_mimic::Trial::test("there-are-vectors", move || {
        let n = cases().len();
        if n > 40 {
            Ok(())
        } else {
            Err(format!("vectors are missing: found {n}").into())
        }
    })];
    trials.push(libtest_mimic::Trial::test(
        "every-rule-has-a-failing-and-a-passing-vector",
        || every_rule_has_a_failing_and_a_passing_vector().map_err(Into::into),
    ));
    for dir in all {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        trials.push(libtest_mimic::Trial::test(name, move || {
            check_vector(&dir).map_err(Into::into)
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}

/// What each rule judged in a validating case (nothing for other operations):
/// the rules run on the case's documents on its day, counting what each
/// examined.
fn judged_in(dir: &Path, case: &Value) -> BTreeMap<&'static str, usize> {
    if !matches!(
        case["operation"].as_str(),
        Some("validate" | "validate_agreement")
    ) {
        return BTreeMap::new();
    }
    let files: Vec<(String, Vec<u8>)> = case["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| {
            let n = d.as_str().expect("path");
            (n.to_string(), std::fs::read(dir.join(n)).expect("document"))
        })
        .collect();
    let inputs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let as_of = case["as_of"].as_str().map(|d| d.parse().expect("as_of"));
    match Bundle::parse(&inputs, &ParseOptions::default()) {
        Ok(b) => tromsvekst::rules::examined(&b, as_of)
            .into_iter()
            .map(|e| (e.rule, e.judged))
            .collect(),
        Err(_) => BTreeMap::new(),
    }
}

fn every_rule_has_a_failing_and_a_passing_vector() -> Result<(), String> {
    let mut fails = BTreeSet::new();
    let mut passes = BTreeSet::new();
    for dir in cases() {
        let case = case(&dir);
        let fires: BTreeSet<String> = case["expect"]["fires"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|r| r.as_str().unwrap_or("").to_string())
            .collect();
        fails.extend(fires.iter().cloned());
        // A case passes a rule only if the rule judged something in it and
        // did not fire: the engine counts what each rule examined (a valid
        // agreement alone passes no rule about action plans, and a plan
        // without a completed measure passes no rule about completed ones).
        if case["expect"]["only"].as_bool() == Some(true) {
            for (rule, judged) in judged_in(&dir, &case) {
                if !fires.contains(rule) && judged > 0 {
                    passes.insert(rule.to_string());
                }
            }
        }
    }
    let mut missing = Vec::new();
    for r in tromsvekst::rules::catalog() {
        if !fails.contains(r.id) {
            missing.push(format!("no vector fires {}", r.id));
        }
        if !passes.contains(r.id) {
            missing.push(format!("no vector passes {}", r.id));
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(missing.join("\n"))
    }
}
