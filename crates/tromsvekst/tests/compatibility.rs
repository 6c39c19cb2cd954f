//! The guard of the versions policy (README, "Versions"): a minor
//! `schema_version` adds optional fields only, so every document this major
//! version has written still reads, and gives the same report, whatever minor
//! version it says; a new major version is refused with its own code.

use tromsvekst::{Bundle, Config, ErrorCode, Lang};

const DOCS: &[&str] = &[
    "agreement.json",
    "action-plan-2025-2026.json",
    "meetings-2025-2026.json",
    "indicators.json",
    "midterm-evaluation-2026.json",
];

/// The document with its `schema_version` (the first one in it) replaced.
fn with_version(text: &str, version: &str) -> String {
    let key = "\"schema_version\": \"";
    let start = text.find(key).expect("a schema_version") + key.len();
    let end = start + text[start..].find('"').expect("closed");
    format!("{}{version}{}", &text[..start], &text[end..])
}

fn report(version: &str) -> Result<String, tromsvekst::Error> {
    let texts: Vec<(String, String)> = DOCS
        .iter()
        .map(|n| {
            let path = format!("../../examples/nord-troms/{n}");
            let text = std::fs::read_to_string(&path).expect("example");
            (
                format!("examples/nord-troms/{n}"),
                with_version(&text, version),
            )
        })
        .collect();
    let inputs: Vec<(&str, &[u8])> = texts
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_bytes()))
        .collect();
    let bundle = Bundle::parse(&inputs, &Default::default())?;
    let day = "2026-11-26".parse().expect("date");
    Ok(tromsvekst::validate_bundle(&bundle, &Config::new(Lang::En, day)).to_json())
}

#[test]
fn every_minor_version_of_this_major_reads_the_same() {
    let today = report(tromsvekst::model::SCHEMA_VERSION).expect("reads");
    assert!(with_version("{\"schema_version\": \"1.0\"}", "2.0").contains("2.0"));
    for older in ["1.0", "1.1", "1.7"] {
        assert_eq!(
            report(older).expect("reads"),
            today,
            "schema_version {older}"
        );
    }
}

#[test]
fn a_new_major_version_is_refused_with_its_code() {
    let e = report("2.0").expect_err("refused");
    assert_eq!(e.code(), ErrorCode::UnsupportedVersion);
}
