//! The command line's documents: drafts refreshed, the next plan and the
//! final evaluation, the portfolio, the reports, folders and JSON-stat, merge.

mod common;
use common::*;

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
