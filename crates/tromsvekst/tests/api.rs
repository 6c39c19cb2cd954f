//! The public API on good and bad input: every error has a code and a place.

use tromsvekst::{Config, ErrorCode, Lang, Level, Limits, ParseOptions};

fn parse(text: &str) -> Result<tromsvekst::Document<tromsvekst::Agreement>, tromsvekst::Error> {
    tromsvekst::parse_agreement(text.as_bytes(), "t.json", &ParseOptions::default())
}

fn sample() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/illustrative/fjordvik-agreement.json"
    ))
    .expect("sample")
}

#[test]
fn bad_input_gives_a_code_and_a_place() {
    let cases: &[(&str, ErrorCode, &str, u32, u32)] = &[
        ("", ErrorCode::Empty, "", 1, 1),
        ("not json", ErrorCode::Syntax, "", 1, 1),
        ("[]", ErrorCode::NotAnObject, "", 1, 1),
        (
            "{\"kind\": \"agreement\", \"schema_version\": \"1.0\", \"id\": 5}",
            ErrorCode::InvalidType,
            "/id",
            1,
            54,
        ),
        (
            "{\"kind\": \"agreement\", \"schema_version\": \"1.0\",\n \"tittel\": 1}",
            ErrorCode::UnknownField,
            "/tittel",
            2,
            2,
        ),
        (
            "{\"kind\": \"agreement\",\n\"kind\": \"agreement\"}",
            ErrorCode::DuplicateKey,
            "/kind",
            2,
            1,
        ),
        (
            "{\"kind\": \"agreement\", \"schema_version\": \"3.1\"}",
            ErrorCode::UnsupportedVersion,
            "/schema_version",
            1,
            41,
        ),
        (
            "{\"kind\": \"agreement\", \"schema_version\": \"one\"}",
            ErrorCode::InvalidValue,
            "/schema_version",
            1,
            41,
        ),
        (
            "{\"kind\": 1, \"schema_version\": \"1.0\"}",
            ErrorCode::InvalidType,
            "/kind",
            1,
            10,
        ),
    ];
    for (text, code, pointer, line, column) in cases {
        let e = parse(text).expect_err(text);
        assert_eq!(
            (e.code(), e.pointer(), e.line(), e.column()),
            (*code, *pointer, Some(*line), Some(*column)),
            "{text}"
        );
        assert_eq!(e.document(), Some("t.json"));
        assert!(!e.message(Lang::En).is_empty() && !e.message(Lang::Nb).is_empty());
    }
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(
        parse(&deep).expect_err("deep").code(),
        ErrorCode::DepthLimit
    );
    let e = parse(&sample().replace("\"2025-12-10\"", "\"2026-02-30\"")).expect_err("date");
    assert_eq!(
        (e.code(), e.pointer()),
        (ErrorCode::InvalidDate, "/decisions/0/date")
    );
    let e = parse(&sample().replace("\"year\": 2031", "\"year\": 2031.5")).expect_err("fraction");
    assert_eq!(
        (e.code(), e.pointer()),
        (ErrorCode::InvalidType, "/evaluation/final/year")
    );
}

#[test]
fn every_error_code_is_distinct_and_dotted() {
    let mut seen = std::collections::HashSet::new();
    for code in ErrorCode::ALL {
        assert!(seen.insert(code.as_str()), "{code}");
        assert!(code.as_str().contains('.'), "{code}");
    }
}

#[test]
fn limits_are_configurable() {
    let options = ParseOptions {
        limits: Limits {
            max_bytes: 100,
            ..Limits::default()
        },
    };
    let e = tromsvekst::parse_agreement(sample().as_bytes(), "t.json", &options).expect_err("size");
    assert_eq!(e.code(), ErrorCode::SizeLimit);
    let options = ParseOptions {
        limits: Limits {
            max_depth: 3,
            ..Limits::default()
        },
    };
    let e =
        tromsvekst::parse_agreement(sample().as_bytes(), "t.json", &options).expect_err("depth");
    assert_eq!(e.code(), ErrorCode::DepthLimit);
    let options = ParseOptions {
        limits: Limits {
            max_string_bytes: 10,
            ..Limits::default()
        },
    };
    let e =
        tromsvekst::parse_agreement(sample().as_bytes(), "t.json", &options).expect_err("string");
    assert_eq!(e.code(), ErrorCode::StringLimit);
}

#[test]
fn reports_are_deterministic_and_respect_configuration() {
    let doc = tromsvekst::embedded::nord_troms();
    let a = tromsvekst::validate_agreement(&doc, &Config::undated(Lang::En)).to_json();
    let b = tromsvekst::validate_agreement(
        &tromsvekst::embedded::nord_troms(),
        &Config::undated(Lang::En),
    )
    .to_json();
    assert_eq!(a, b);
    let mut config = Config::undated(Lang::Nb);
    config
        .set_severity("agreement.long-term-result.no-indicator", Level::Off)
        .expect("known");
    config
        .set_severity("agreement.process.chronology", Level::Error)
        .expect("known");
    let r = tromsvekst::validate_agreement(&doc, &config);
    assert!(!r.valid);
    assert_eq!((r.counts.error, r.counts.warning), (1, 0));
    assert!(
        r.groups[0].findings[0]
            .message
            .starts_with("Trinn 5 (2024-01-17)")
    );
    let e = config
        .set_severity("agreement.nope", Level::Off)
        .expect_err("unknown");
    assert_eq!(e.code(), ErrorCode::UnknownRule);
}

#[test]
fn a_document_built_in_code_validates_without_positions() {
    let mut a = tromsvekst::embedded::nord_troms().value;
    a.governance.political.meetings_per_year = 0;
    let r = tromsvekst::validate_agreement(
        &tromsvekst::Document::from_value(a),
        &Config::undated(Lang::En),
    );
    let f = r
        .findings()
        .find(|f| f.rule == "agreement.governance.meetings-per-year")
        .expect("finding");
    assert_eq!(
        (f.line, f.column, f.pointer.as_str()),
        (None, None, "/governance/political/meetings_per_year")
    );
}

#[test]
fn every_finding_pointer_resolves_in_its_document() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/vectors");
    for entry in std::fs::read_dir(dir).expect("vectors") {
        let path = entry.expect("entry").path().join("agreement.json");
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Ok(doc) = tromsvekst::parse_agreement(&bytes, "a.json", &ParseOptions::default())
        else {
            continue;
        };
        let source = doc.source.clone().expect("source");
        for f in tromsvekst::validate_agreement(&doc, &Config::undated(Lang::Nb)).findings() {
            assert!(
                source.resolves(&f.pointer),
                "{}: {} does not resolve",
                path.display(),
                f.pointer
            );
        }
    }
}

#[test]
fn serialize_then_parse_is_lossless() {
    let doc = tromsvekst::embedded::nord_troms();
    let text = serde_json::to_string_pretty(&doc.value).expect("serialize");
    let again = parse(&text).expect("parse");
    assert_eq!(again.value, doc.value);
}
