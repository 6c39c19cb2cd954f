//! The hostile-input corpus (`tests/hostile/`): every case gives its error
//! code, or its finding, never a panic, within its time bound and in bounded
//! memory. Python and JavaScript run the same manifest.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tromsvekst::{Bundle, Config, Lang, ParseOptions};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/hostile")
}

fn input(case: &Value) -> Vec<u8> {
    if let Some(g) = case.get("generate") {
        let times = usize::try_from(g["times"].as_u64().expect("times")).expect("fits");
        let mut out = Vec::with_capacity(times + 256);
        out.extend_from_slice(g["prefix"].as_str().expect("prefix").as_bytes());
        out.extend_from_slice(
            &g["repeat"]
                .as_str()
                .expect("repeat")
                .as_bytes()
                .repeat(times),
        );
        out.extend_from_slice(g["suffix"].as_str().expect("suffix").as_bytes());
        out
    } else {
        std::fs::read(dir().join(case["path"].as_str().expect("path"))).expect("case file")
    }
}

/// The outcome the manifest describes: `error:CODE`, or the report's rules.
fn run(case: &Value, as_of: tromsvekst::Date) -> Result<tromsvekst::Report, tromsvekst::Error> {
    let bytes = input(case);
    let name = case["file"].as_str().expect("file");
    let bundle = Bundle::parse(&[(name, &bytes)], &ParseOptions::default())?;
    Ok(tromsvekst::validate_bundle(
        &bundle,
        &Config::new(Lang::En, as_of),
    ))
}

fn peak_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

#[test]
fn every_hostile_input_gives_its_outcome() {
    let manifest: Value =
        serde_json::from_slice(&std::fs::read(dir().join("manifest.json")).expect("manifest"))
            .expect("json");
    let as_of = manifest["as_of"]
        .as_str()
        .expect("as_of")
        .parse()
        .expect("date");
    let limit = Duration::from_millis(manifest["time_limit_ms"].as_u64().expect("limit"));
    let cases = manifest["cases"].as_array().expect("cases");
    assert!(cases.len() >= 100, "{} cases", cases.len());
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().expect("name");
        let expect = &case["expect"];
        let started = Instant::now();
        let outcome = std::panic::catch_unwind(|| run(case, as_of));
        let took = started.elapsed();
        if took > limit {
            failures.push(format!("{name}: took {took:?}, more than {limit:?}"));
        }
        match (outcome, expect.get("error").and_then(Value::as_str)) {
            (Err(_), _) => failures.push(format!("{name}: PANIC")),
            (Ok(Err(e)), Some(code)) if e.code().as_str() == code => {
                assert!(
                    e.line().is_some() || e.document().is_some(),
                    "{name}: no place"
                );
            }
            (Ok(Err(e)), want) => failures.push(format!(
                "{name}: error {} ({}), expected {want:?}",
                e.code(),
                e.render(Lang::En)
            )),
            (Ok(Ok(r)), Some(code)) => failures.push(format!(
                "{name}: a report ({} errors), expected error {code}",
                r.counts.error
            )),
            (Ok(Ok(r)), None) => {
                if expect["valid"].as_bool() == Some(true) && !r.valid {
                    failures.push(format!("{name}: expected valid\n{}", r.to_text()));
                }
                if let Some(rule) = expect["fires"].as_str() {
                    match r.groups.iter().find(|g| g.rule == rule) {
                        None => failures.push(format!("{name}: {rule} did not fire")),
                        Some(g) if expect["omitted"].as_bool() == Some(true) && g.omitted == 0 => {
                            failures
                                .push(format!("{name}: nothing omitted from {} findings", g.count));
                        }
                        Some(_) => {}
                    }
                }
            }
        }
    }
    if let Some(peak) = peak_memory_kib() {
        // The 100 MB string is the largest input; nothing may multiply it.
        assert!(peak < 1_500_000, "peak memory {peak} KiB");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
