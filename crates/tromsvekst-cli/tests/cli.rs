//! The `tromsvekst` command, run as a user runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tromsvekst"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

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
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tromsvekst-cli-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).expect("mkdir");
    dir
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const PLAN: &str = "examples/nord-troms/action-plan-2025-2026.json";

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

#[test]
fn draft_update_refreshes_in_place_and_keeps_the_analysts_words() {
    let dir = std::env::temp_dir().join(format!("tromsvekst-update-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("midterm.json");
    let o = run(&[
        "draft",
        "midterm",
        "examples/nord-troms/action-plan-2025-2026.json",
        "--as-of",
        "2026-11-20",
        "--out",
        file.to_str().expect("utf8"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    // The analysts fill in a judgment.
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("json");
    doc["findings"][0]["rating"] = "partly".into();
    doc["findings"][0]["text"] = serde_json::json!({"nb": "Skrevet av analytikerne."});
    std::fs::write(&file, serde_json::to_vec_pretty(&doc).expect("json")).expect("write");
    let o = run(&[
        "draft",
        "midterm",
        "examples/nord-troms/action-plan-2025-2026.json",
        "examples/nord-troms/indicators.json",
        "--as-of",
        "2026-12-01",
        "--update",
        file.to_str().expect("utf8"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let after: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("json");
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(
        after["findings"][0]["text"]["nb"],
        "Skrevet av analytikerne."
    );
    assert_eq!(after["findings"][0]["rating"], "partly");
    // The date is the analysts' (the draft's, 2026-11-26): a refresh keeps it.
    assert_eq!(after["date"], doc["date"]);
    // The indicators given this time are new evidence.
    assert!(
        !after["quantitative_results"]
            .as_array()
            .expect("array")
            .is_empty()
    );
}

#[test]
fn draft_plan_and_final_from_the_command_line() {
    for (kind, day, what) in [
        ("plan", "2027-01-10", "action_plan"),
        ("final", "2028-10-01", "evaluation"),
    ] {
        let o = run(&["draft", kind, "examples/nord-troms/", "--as-of", day]);
        assert_eq!(
            o.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&o.stderr)
        );
        let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
        assert_eq!(doc["kind"], what);
    }
    let o = run(&[
        "draft",
        "plan",
        "examples/nord-troms/",
        "--update",
        "examples/nord-troms/agreement.json",
    ]);
    assert_eq!(o.status.code(), Some(2), "an agreement is not a draft plan");
    assert!(String::from_utf8_lossy(&o.stderr).contains("document.wrong-kind"));
}

#[test]
fn a_folder_per_agreement_gives_the_portfolio() {
    let o = run(&[
        "status",
        "examples/nord-troms/",
        "examples/illustrative/",
        "--as-of",
        "2027-03-01",
        "--lang",
        "en",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.starts_with("Growth agreements as of 2027-03-01"),
        "{text}"
    );
    assert!(text.contains("nord-troms-2025-2028") && text.contains("fjordvik-2026-2031"));
    let o = run(&[
        "check",
        "examples/nord-troms/",
        "examples/illustrative/",
        "--as-of",
        "2027-03-01",
        "--format",
        "json",
    ]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "Nord-Troms has errors on that day"
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["reports"].as_array().expect("reports").len(), 2);
    assert_eq!(v["reports"][1]["valid"], true);
}

#[test]
fn report_writes_word_html_or_markdown_by_the_name() {
    let dir = std::env::temp_dir().join(format!("tromsvekst-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    for (kind, snapshot) in [
        ("status", "status-nord-troms-nb"),
        ("midterm", "midterm-nord-troms-nb"),
    ] {
        for ext in ["html", "md", "docx"] {
            let out = dir.join(format!("{kind}.{ext}"));
            let o = run(&[
                "report",
                kind,
                "examples/nord-troms/",
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
            let bytes = std::fs::read(&out).expect("written");
            if ext == "docx" {
                assert!(bytes.starts_with(b"PK"), "{kind}.docx is a zip package");
            } else {
                // The same bytes as the library's, committed as the snapshot.
                let expected =
                    std::fs::read(root().join(format!("tests/snapshots/{snapshot}.{ext}")))
                        .expect("snapshot");
                assert!(
                    bytes == expected,
                    "{kind}.{ext} differs from tests/snapshots/{snapshot}.{ext}"
                );
            }
        }
    }
    let o = run(&[
        "report",
        "status",
        "--out",
        dir.join("status.pdf").to_str().expect("utf8"),
    ]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("io.format-mismatch") && err.contains("docx, html or md"),
        "{err}"
    );
}

#[test]
fn report_midterm_uses_the_evaluation_given_or_drafts_one() {
    let o = run(&[
        "report",
        "midterm",
        "examples/nord-troms/",
        "--as-of",
        "2026-11-26",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let html = String::from_utf8_lossy(&o.stdout);
    assert!(
        html.contains("Plannettverket er etablert."),
        "the analysts' words are there"
    );
    let o = run(&[
        "report",
        "midterm",
        "examples/nord-troms/action-plan-2025-2026.json",
        "--as-of",
        "2026-11-26",
        "--lang",
        "en",
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let html = String::from_utf8_lossy(&o.stdout);
    assert!(
        html.contains("DRAFT — not finished."),
        "a draft made on the day says so"
    );
}

#[test]
fn a_folder_with_no_document_is_an_error_not_the_embedded_agreement() {
    let dir = std::env::temp_dir().join(format!("tromsvekst-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("folder");
    std::fs::write(dir.join("notes.txt"), "not a document").expect("file");
    let d = dir.display().to_string();
    for args in [
        vec!["check", d.as_str(), "--lang", "en"],
        vec!["status", d.as_str(), "--lang", "en"],
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("io.empty-folder") && err.contains("holds no follow-up document"),
            "{err}"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_jsonstat_mapping_or_dataset_in_a_folder_is_left_out_with_a_note() {
    let dir = std::env::temp_dir().join(format!("tromsvekst-companions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("folder");
    for f in [
        "action-plan-2025-2026.json",
        "indicators.json",
        "meetings-2025-2026.json",
    ] {
        std::fs::copy(root().join("examples/nord-troms").join(f), dir.join(f)).expect("copy");
    }
    for f in ["mapping.json", "folkemengde-07459.json"] {
        std::fs::copy(root().join("examples/jsonstat").join(f), dir.join(f)).expect("copy");
    }
    let d = dir.display().to_string();
    for command in ["check", "status"] {
        let o = run(&[command, d.as_str(), "--as-of", "2026-11-26", "--lang", "en"]);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(0), "{command}: {err}");
        assert!(
            err.contains(
                "mapping.json is a JSON-stat mapping, not a follow-up document; it is left out"
            ),
            "{err}"
        );
        assert!(
            err.contains("folkemengde-07459.json is a JSON-stat dataset"),
            "{err}"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn merge_keeps_both_sides_and_exits_1_on_a_conflict() {
    let v = "tests/vectors";
    let base = "examples/nord-troms/action-plan-2025-2026.json";
    // Different items: exit 0, the document, both sides' additions.
    let o = run(&[
        "merge",
        base,
        &format!("{v}/merge-plan-different-items/mine.json"),
        &format!("{v}/merge-plan-different-items/theirs.json"),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let out = stdout(&o);
    assert!(
        out.contains("\"ms-2026-ny\"") && out.contains("2026-11-20"),
        "{out}"
    );
    // One field changed on both sides: mine kept, the conflict on stderr, exit 1.
    let o = run(&[
        "merge",
        "--lang",
        "en",
        base,
        &format!("{v}/merge-plan-conflicts/mine.json"),
        &format!("{v}/merge-plan-conflicts/theirs.json"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("the progress was changed on both sides (here 75, there 65); yours is kept"),
        "{err}"
    );
    assert!(stdout(&o).contains("\"progress\": 75"));
    // --format json is the vector's bytes.
    let o = run(&[
        "merge",
        "--format",
        "json",
        "--lang",
        "en",
        base,
        &format!("{v}/merge-plan-conflicts/mine.json"),
        &format!("{v}/merge-plan-conflicts/theirs.json"),
    ]);
    let expected =
        std::fs::read_to_string(root().join(v).join("merge-plan-conflicts/expected.json"))
            .expect("expected.json");
    assert_eq!(stdout(&o), expected);
    // Not one document: exit 2.
    let o = run(&[
        "merge",
        base,
        base,
        "examples/nord-troms/meetings-2025-2026.json",
    ]);
    assert_eq!(o.status.code(), Some(2));
}
