//! The follow-up on 2026-11-26, the day the midterm evaluation is being
//! prepared: the status and the draft come out as the analysts need them.

use tromsvekst::draft::draft_midterm;
use tromsvekst::model::{MeasureStatus, Stage};
use tromsvekst::status::{DueState, Status};
use tromsvekst::{AnyDocument, Bundle, Config, Date, Lang, ParseOptions};

fn nord_troms(files: &[&str]) -> Bundle {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/nord-troms/");
    let data: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|f| {
            (
                f.to_string(),
                std::fs::read(format!("{dir}{f}")).expect("example"),
            )
        })
        .collect();
    let inputs: Vec<(&str, &[u8])> = data
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    Bundle::parse(&inputs, &ParseOptions::default()).expect("bundle")
}

const ALL: [&str; 5] = [
    "agreement.json",
    "action-plan-2025-2026.json",
    "meetings-2025-2026.json",
    "indicators.json",
    "midterm-evaluation-2026.json",
];

fn day(s: &str) -> Date {
    s.parse().expect("date")
}

#[test]
fn status_on_the_day_of_the_midterm_preparation() {
    let s = Status::compute(&nord_troms(&ALL), day("2026-11-26"), Lang::En).expect("status");
    let midterm = &s.evaluations[0];
    assert_eq!(
        (midterm.stage, midterm.state, midterm.days_left),
        (Stage::Midterm, DueState::Due, 35)
    );
    assert_eq!(s.evaluations[1].state, DueState::Upcoming);
    let overdue: Vec<(&str, i64)> = s
        .overdue_milestones
        .iter()
        .map(|m| (m.id.as_str(), m.days_late))
        .collect();
    assert_eq!(
        overdue,
        [
            ("ms-2026-innsatssonen", 149),
            ("ms-2026-naeringsarealer", 57)
        ]
    );
    assert_eq!(
        (s.measures.total, s.measures.completed, s.measures.postponed),
        (10, 1, 1)
    );
    let meetings: Vec<(i32, usize, usize, bool)> = s
        .meetings
        .iter()
        .map(|m| (m.year, m.held, m.planned, m.on_track))
        .collect();
    assert_eq!(meetings, [(2025, 2, 0, true), (2026, 1, 1, true)]);
    assert!(s.coordinators.iter().all(|c| c.in_place));
    assert_eq!(s.progress.len(), 4);
    // Sub-goal 1.1: the route measure (60 %, weight 2) and the completed survey (100 %, weight 1).
    let g11 = &s.progress[0].sub_goals[0];
    assert_eq!(g11.progress, Some(73.3));
    assert!(s.unserved.sub_goals.is_empty());
    assert!(s.unserved.strategies.contains(&"1.1.b".to_string()));
    let people = s
        .indicators
        .iter()
        .find(|i| i.id == "folkemengde")
        .expect("indicator");
    assert_eq!(
        people.latest.map(|l| (l.year, l.value)),
        Some((2026, 14870.0))
    );
    assert_eq!(people.light, Some(tromsvekst::model::Light::Yellow));
}

#[test]
fn after_the_year_the_midterm_is_overdue_until_concluded() {
    let s = Status::compute(
        &Bundle::new(tromsvekst::embedded::nord_troms()),
        day("2027-03-01"),
        Lang::Nb,
    )
    .expect("status");
    assert_eq!(
        (s.evaluations[0].state, s.evaluations[0].days_left),
        (DueState::Overdue, -60)
    );
    assert!(s.to_text().contains("60\u{a0}dager på overtid"));
    assert!(s.to_markdown().contains("## Evalueringer"));
}

#[test]
fn the_draft_is_valid_and_only_asks_for_what_is_left_to_fill_in() {
    let bundle = nord_troms(&ALL[..4]);
    let draft = draft_midterm(&bundle, day("2026-11-26"), Lang::Nb).expect("draft");
    assert_eq!(draft.findings.len(), 11);
    assert_eq!(draft.assesses, ["nord-troms-handlingsplan-2025-2026"]);
    let area3 = draft
        .findings
        .iter()
        .find(|f| f.focus_area == 3 && f.sub_goal.is_none())
        .expect("area 3");
    let evidence = area3.evidence.as_ref().expect("evidence");
    assert_eq!(evidence.overdue_milestones, ["ms-2026-naeringsarealer"]);
    assert!(
        evidence
            .measures
            .iter()
            .any(|m| m.status == MeasureStatus::Ongoing)
    );
    assert_eq!(draft.quantitative_results.len(), 4);
    // Written out and read back, it validates with the rest.
    let text = serde_json::to_string_pretty(&draft).expect("json");
    let doc = tromsvekst::parse_document(text.as_bytes(), "draft.json", &ParseOptions::default())
        .expect("reads back");
    let mut bundle = bundle;
    bundle.push(doc).expect("push");
    let config = Config::new(Lang::En, day("2026-11-26"));
    let report = tromsvekst::validate_bundle(&bundle, &config);
    assert!(report.valid, "{}", report.to_text());
    let from_draft: Vec<&str> = report
        .findings()
        .filter(|f| f.document == "draft.json")
        .map(|f| f.rule.as_str())
        .collect();
    assert_eq!(from_draft.len(), 11);
    assert!(
        from_draft
            .iter()
            .all(|r| *r == "evaluation.finding.incomplete"),
        "{from_draft:?}"
    );
}

#[test]
fn documents_of_every_kind_are_read_and_named_in_errors() {
    for (file, kind) in [
        ("action-plan-2025-2026.json", "action_plan"),
        ("meetings-2025-2026.json", "meeting_log"),
        ("indicators.json", "indicators"),
        ("midterm-evaluation-2026.json", "evaluation"),
    ] {
        let path = format!(
            "{}/../../examples/nord-troms/{file}",
            env!("CARGO_MANIFEST_DIR")
        );
        let bytes = std::fs::read(path).expect("example");
        let doc =
            tromsvekst::parse_document(&bytes, file, &ParseOptions::default()).expect("parses");
        assert_eq!(doc.kind().as_str(), kind);
        // Asking for the wrong kind names both.
        let e = tromsvekst::parse_agreement(&bytes, file, &ParseOptions::default())
            .expect_err("wrong kind");
        assert_eq!(e.code().as_str(), "document.wrong-kind");
        assert!(e.message(Lang::En).contains(kind));
        // Round trip without loss.
        let again =
            tromsvekst::parse_document(doc.to_json().as_bytes(), file, &ParseOptions::default())
                .expect("again");
        assert_eq!(again.to_json(), doc.to_json());
        assert!(matches!(
            doc,
            AnyDocument::ActionPlan(_)
                | AnyDocument::MeetingLog(_)
                | AnyDocument::Indicators(_)
                | AnyDocument::Evaluation(_)
        ));
    }
}
