//! The `tromsvekst` command, run as a user runs it.

mod common;
use common::*;

#[test]
fn check_without_files_checks_the_embedded_agreement() {
    let o = run(&["check", "--lang", "en"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = stdout(&o);
    assert!(
        out.contains("nord-troms/agreement.json: valid — 0 errors, 12 warnings, 0 info"),
        "{out}"
    );
    assert!(
        out.contains("warning agreement.process.chronology (1)"),
        "{out}"
    );
    assert!(
        out.contains("nord-troms/agreement.json:"),
        "locations as file:line:column: {out}"
    );
    let nb = stdout(&run(&["check"]));
    assert!(nb.contains("gyldig — 0 feil, 12 advarsler"), "{nb}");
}

#[test]
fn json_output_is_the_report() {
    let o = run(&[
        "check",
        "--format",
        "json",
        "--lang",
        "en",
        "tests/vectors/rule-strategy-id/agreement.json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["valid"], false);
    assert_eq!(v["groups"][0]["rule"], "agreement.strategy.id");
}

#[test]
fn errors_exit_1_and_show_file_line_column() {
    let o = run(&[
        "check",
        "--lang",
        "en",
        "tests/vectors/rule-decision-in-force/agreement.json",
    ]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("error agreement.decision.in-force (1)"),
        "{out}"
    );
    assert!(
        out.contains("tests/vectors/rule-decision-in-force/agreement.json:"),
        "{out}"
    );
}

#[test]
fn unreadable_input_exits_2_with_code_and_place() {
    let o = run(&[
        "check",
        "--lang",
        "en",
        "tests/vectors/error-duplicate-key/agreement.json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("error-duplicate-key/agreement.json:5:3: json.duplicate-key"),
        "{err}"
    );
    let o = run(&["check", "no/such/file.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("io.not-found"));
    let o = run(&[
        "check",
        "--format",
        "json",
        "tests/vectors/error-empty/agreement.json",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json error");
    assert_eq!(v["code"], "json.empty");
}

#[test]
fn severity_can_be_overridden_and_unknown_rules_are_refused() {
    let o = run(&["check", "--severity", "agreement.process.chronology=error"]);
    assert_eq!(o.status.code(), Some(1));
    let o = run(&[
        "check",
        "--severity",
        "agreement.proces.chronology=off",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("config.unknown-rule")
            && err.contains("did you mean \"agreement.process.chronology\""),
        "{err}"
    );
}

#[test]
fn schema_and_rules_commands() {
    let o = run(&["schema"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o),
        std::fs::read_to_string(root().join("schemas/agreement.schema.json")).expect("schema")
    );
    let dir = std::env::temp_dir().join(format!("tromsvekst-schema-{}", std::process::id()));
    let o = run(&["schema", "--out", dir.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(0));
    for f in [
        "agreement.schema.json",
        "report.schema.json",
        "rules.schema.json",
    ] {
        assert!(dir.join(f).is_file(), "{f}");
    }
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(run(&["schema", "nope"]).status.code(), Some(2));
    let o = run(&["rules", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert!(v.as_array().expect("array").len() >= 25);
    let md = stdout(&run(&["rules", "--format", "markdown"]));
    assert_eq!(
        md,
        std::fs::read_to_string(root().join("docs/RULES.md")).expect("RULES.md")
    );
}

#[test]
fn check_a_folder_judges_the_bundle_on_a_day() {
    let o = run(&[
        "check",
        "examples/nord-troms",
        "--as-of",
        "2026-11-26",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains("valid — 0 errors, 8 warnings"), "{out}");
    let o = run(&["check", "examples/nord-troms", "--as-of", "2026-02-30"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("argument.invalid-value") && err.contains("ÅÅÅÅ-MM-DD"),
        "{err}"
    );
}

#[test]
fn status_in_every_format() {
    let text = stdout(&run(&[
        "status",
        "examples/nord-troms",
        "--as-of",
        "2026-11-26",
        "--lang",
        "en",
    ]));
    assert!(
        text.contains("Midterm evaluation  31\u{a0}December\u{a0}2026  due in 35\u{a0}days"),
        "{text}"
    );
    // Names in the body, ids only in the references annex.
    let (body, annex) = text.split_once("Annex: references").expect("annex");
    assert!(body.contains("Overview of business sites ready"), "{text}");
    assert!(!body.contains("ms-2026-naeringsarealer"), "{text}");
    assert!(annex.contains("ms-2026-naeringsarealer"), "{text}");
    let md = stdout(&run(&[
        "status",
        "examples/nord-troms",
        "--as-of",
        "2026-11-26",
        "--format",
        "markdown",
    ]));
    assert!(
        md.contains("## Fremdrift per innsatsområde")
            && md.contains("| 2026 | 1 | 1 | 2 | i rute |"),
        "{md}"
    );
    let o = run(&[
        "status",
        "examples/nord-troms",
        "--as-of",
        "2026-11-26",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["evaluations"][0]["days_left"], 35);
}

#[test]
fn draft_midterm_writes_a_document_that_validates() {
    let out = std::env::temp_dir().join(format!("tromsvekst-draft-{}.json", std::process::id()));
    std::fs::remove_file(&out).ok();
    let o = run(&[
        "draft",
        "midterm",
        "examples/nord-troms/action-plan-2025-2026.json",
        "examples/nord-troms/indicators.json",
        "--as-of",
        "2026-11-26",
        "--out",
        out.to_str().expect("utf8"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = run(&[
        "check",
        "examples/nord-troms/action-plan-2025-2026.json",
        "examples/nord-troms/indicators.json",
        "examples/nord-troms/meetings-2025-2026.json",
        out.to_str().expect("utf8"),
        "--as-of",
        "2026-11-26",
        "--format",
        "json",
    ]);
    std::fs::remove_file(&out).ok();
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    let draft_rules: Vec<&str> = v["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .filter(|g| {
            g["findings"].as_array().is_some_and(|f| {
                f.iter().any(|f| {
                    f["document"]
                        .as_str()
                        .is_some_and(|d| d.ends_with(".json") && d.contains("tromsvekst-draft"))
                })
            })
        })
        .map(|g| g["rule"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(draft_rules, ["evaluation.finding.incomplete"]);
}

/// A fresh, empty folder for one test.

#[test]
fn an_existing_file_is_never_overwritten_without_force() {
    let dir = scratch("exists");
    let target = dir.join("midterm.json");
    let analysts = b"{\"the analysts' week of work\": true}\n";
    std::fs::write(&target, analysts).expect("write");
    let t = target.to_str().expect("utf8");
    for args in [
        vec![
            "draft",
            "midterm",
            PLAN,
            "--as-of",
            "2026-11-26",
            "--out",
            t,
        ],
        vec![
            "import",
            "examples/nord-troms/action-plan-2025-2026.xlsx",
            "--out",
            t,
        ],
        vec![
            "jsonstat",
            "examples/jsonstat/folkemengde-07459.json",
            "--mapping",
            "examples/jsonstat/mapping.json",
            "--indicators",
            "examples/nord-troms/indicators.json",
            "--out",
            t,
        ],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).contains("io.exists"), "{args:?}: {}", stderr(&o));
        assert_eq!(std::fs::read(&target).expect("read"), analysts, "{args:?}");
    }
    let xlsx = dir.join("plan.xlsx");
    std::fs::write(&xlsx, analysts).expect("write");
    let o = run(&["export", PLAN, "--out", xlsx.to_str().expect("utf8")]);
    assert!(stderr(&o).contains("io.exists"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&xlsx).expect("read"), analysts);
    // A CSV folder with one sheet already there: nothing is written at all.
    let csv = dir.join("csv");
    std::fs::create_dir_all(&csv).expect("mkdir");
    std::fs::write(csv.join("tiltak.csv"), analysts).expect("write");
    let o = run(&["export", PLAN, "--out", csv.to_str().expect("utf8")]);
    assert!(stderr(&o).contains("io.exists"), "{}", stderr(&o));
    assert_eq!(std::fs::read_dir(&csv).expect("dir").count(), 1);
    // With --force the file is replaced, whole, and no temporary file is left.
    let o = run(&[
        "draft",
        "midterm",
        PLAN,
        "--as-of",
        "2026-11-26",
        "--out",
        t,
        "--force",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let written = std::fs::read_to_string(&target).expect("read");
    assert!(written.contains("\"stage\": \"midterm\""), "{written}");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.ends_with(".tmp")), "{names:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_output_format_follows_the_file_name() {
    let dir = scratch("format");
    let csv_name = dir.join("plan.csv");
    // `.csv` is CSV, never a workbook under a CSV name.
    let o = run(&[
        "export",
        PLAN,
        "--out",
        csv_name.to_str().expect("utf8"),
        "--format",
        "xlsx",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("io.format-mismatch"), "{}", stderr(&o));
    assert!(!csv_name.exists());
    let o = run(&[
        "export",
        PLAN,
        "--out",
        dir.join("plan.json").to_str().expect("utf8"),
    ]);
    assert!(stderr(&o).contains("io.format-mismatch"), "{}", stderr(&o));
    // A JSON-writing command refuses a spreadsheet name.
    let o = run(&[
        "draft",
        "midterm",
        PLAN,
        "--out",
        dir.join("draft.xlsx").to_str().expect("utf8"),
    ]);
    assert!(stderr(&o).contains("io.format-mismatch"), "{}", stderr(&o));
    // The name decides when --format is not given.
    let xlsx = dir.join("plan.xlsx");
    let o = run(&["export", PLAN, "--out", xlsx.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(std::fs::read(&xlsx).expect("read").starts_with(b"PK"));
    let folder = dir.join("ark");
    let o = run(&["export", PLAN, "--out", folder.to_str().expect("utf8")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(folder.join("tiltak.csv").is_file());
    // An unwritable place: a folder that does not exist inside a file.
    let o = run(&[
        "draft",
        "midterm",
        PLAN,
        "--out",
        xlsx.join("draft.json").to_str().expect("utf8"),
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("io.write"), "{}", stderr(&o));
    assert!(std::fs::read(&xlsx).expect("read").starts_with(b"PK"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_plan_of_another_agreement_without_it_is_refused_by_status_and_draft() {
    let plan = "tests/vectors/foreign-plan-status/plan.json";
    for args in [
        vec!["status", plan, "--as-of", "2026-11-26", "--lang", "en"],
        vec![
            "draft",
            "midterm",
            plan,
            "--as-of",
            "2026-11-26",
            "--lang",
            "en",
        ],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains("bundle.agreement-missing"), "{err}");
        assert!(err.contains("fjordvik-2026-2031"), "{err}");
    }
    let o = run(&["check", plan, "--as-of", "2026-11-26", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(
        v["counts"]["error"], 1,
        "the mismatch once, nothing after it"
    );
}
