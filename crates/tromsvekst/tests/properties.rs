//! Properties over generated documents: what the library writes it reads
//! back unchanged, what it writes is valid against the committed schema, and
//! every finding's JSON pointer resolves in its input.
//!
//! The documents are the illustrative Nord-Troms plan and meeting log with
//! generated values put in: any Unicode text, any numbers, any calendar
//! dates, any amounts, any lists, any references (known or not).

use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;
use tromsvekst::model::{ActionPlan, MeasureStatus, MeetingLog, MilestoneStatus, Nok, Text};
use tromsvekst::{AnyDocument, Bundle, Config, Date, Lang, ParseOptions};

fn example<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../examples/nord-troms")
        .join(file);
    serde_json::from_slice(&std::fs::read(path).expect("example")).expect("example parses")
}

fn schema(name: &str) -> jsonschema::Validator {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../schemas/{name}.schema.json"));
    let schema: Value =
        serde_json::from_slice(&std::fs::read(path).expect("schema")).expect("json");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("compiles")
}

fn text() -> impl Strategy<Value = Text> {
    (any::<String>(), proptest::option::of(any::<String>())).prop_map(|(nb, en)| Text { nb, en })
}

fn date() -> impl Strategy<Value = Date> {
    // Years 1–9999.
    (-719_162i64..2_932_896).prop_map(|d| Date::from_days_since_epoch(d).expect("in range"))
}

fn reference() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("1.1".to_string()),
        Just("4.1".to_string()),
        Just("nord-tromsradet".to_string()),
        Just("kafjord".to_string()),
        Just("nt-1.1-kollektiv".to_string()),
        "[a-z0-9.æøå -]{0,12}",
        any::<String>(),
    ]
}

fn measure_status() -> impl Strategy<Value = MeasureStatus> {
    prop::sample::select(MeasureStatus::ALL.to_vec())
}

prop_compose! {
    fn plan()(
        title in text(),
        start in 1i32..9999, len in 0i32..5,
        measures in prop::collection::vec((
            reference(), text(), prop::collection::vec(reference(), 0..3), prop::collection::vec(reference(), 0..3),
            reference(), measure_status(), any::<u32>(), proptest::option::of(date()), proptest::option::of(any::<u32>()),
            prop::collection::vec((
                0i64..=Nok::MAX_KRONER * 100 + 99, any::<String>(), any::<bool>(),
                proptest::option::of(prop::sample::select(tromsvekst::model::FundingStatus::ALL.to_vec())),
                proptest::option::of(0i64..=Nok::MAX_KRONER * 100 + 99),
                proptest::option::of(1i32..9999),
                proptest::option::of(prop::sample::select(tromsvekst::model::SourceKind::ALL.to_vec())),
                proptest::option::of(date()),
            ), 0..3),
            prop::collection::vec(reference(), 0..3),
        ), 0..6),
        milestones in prop::collection::vec((reference(), text(), date(), prop::collection::vec(reference(), 0..3), prop::sample::select(vec![MilestoneStatus::Pending, MilestoneStatus::Completed, MilestoneStatus::Cancelled]), proptest::option::of(date())), 0..4),
    ) -> ActionPlan {
        let mut p: ActionPlan = example("action-plan-2025-2026.json");
        p.title = title;
        p.period.start = start;
        p.period.end = (start + len).min(9999);
        p.measures = measures.into_iter().map(|(id, title, sub_goals, strategies, responsible, status, progress, completed_on, weight, funding, depends_on)| {
            tromsvekst::model::Measure {
                id, title, description: None, sub_goals, strategies, responsible, municipalities: vec!["kafjord".into()],
                organisations: vec![], start: None, end: None, status, progress, completed_on, weight,
                unit: Some("Samferdsel".into()), contact: None, lead_municipality: Some("kafjord".into()),
                partners: vec![tromsvekst::model::Partner { name: "Halti næringshage".into(), role: "fagstøtte".into() }],
                funding: funding.into_iter().map(|(ore, source, committed, status, applied, year, kind, day)| tromsvekst::model::Funding {
                    amount_nok: Nok::from_ore(ore).expect("non-negative"), source, committed_by_agreement: committed,
                    source_kind: kind, party: None, year, status, status_date: day,
                    applied_nok: applied.and_then(Nok::from_ore), granted_nok: None, paid_nok: applied.and_then(Nok::from_ore),
                }).collect(),
                depends_on, addresses: vec![], continues: None,
            }
        }).collect();
        p.milestones = milestones.into_iter().map(|(id, title, due, measures, status, completed_on)| tromsvekst::model::Milestone {
            id, title, due, measures, status, completed_on, addresses: vec![],
        }).collect();
        p
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn a_plan_round_trips_and_matches_its_schema(p in plan()) {
        let text = serde_json::to_string_pretty(&p).expect("serialize");
        let doc = tromsvekst::parse_action_plan(text.as_bytes(), "p.json", &ParseOptions::default());
        let doc = match doc {
            Ok(d) => d,
            // Strings longer than the limit are refused, as they must be.
            Err(e) => { prop_assert_eq!(e.code().as_str(), "json.string-limit"); return Ok(()); }
        };
        prop_assert_eq!(&doc.value, &p);
        let json: Value = serde_json::from_str(&text).expect("json");
        let errors: Vec<String> = schema("action_plan").iter_errors(&json).map(|e| e.to_string()).collect();
        prop_assert!(errors.is_empty(), "{:?}", errors);
    }

    #[test]
    fn every_finding_pointer_resolves_in_its_input(p in plan(), day in date()) {
        let text = serde_json::to_string_pretty(&p).expect("serialize");
        let Ok(doc) = tromsvekst::parse_action_plan(text.as_bytes(), "p.json", &ParseOptions::default()) else { return Ok(()) };
        let log: MeetingLog = example("meetings-2025-2026.json");
        let log_text = serde_json::to_string(&log).expect("log");
        let log_doc = tromsvekst::parse_meeting_log(log_text.as_bytes(), "m.json", &ParseOptions::default()).expect("log");
        let bundle = Bundle::from_documents(
            vec![AnyDocument::ActionPlan(doc), AnyDocument::MeetingLog(log_doc)],
            Some(tromsvekst::embedded::nord_troms()),
        ).expect("bundle");
        let mut config = Config::new(Lang::En, day);
        config.max_findings_per_rule = usize::MAX;
        let report = tromsvekst::validate_bundle(&bundle, &config);
        let sources: Vec<_> = std::iter::once(bundle.agreement().source.clone().expect("source"))
            .chain(bundle.documents().iter().map(|d| d.source().cloned().expect("source")))
            .collect();
        for f in report.findings() {
            let source = sources.iter().find(|s| s.name() == f.document).expect("document");
            prop_assert!(source.resolves(&f.pointer), "{} {} does not resolve in {}", f.rule, f.pointer, f.document);
        }
        // And the status never fails on generated plans.
        let _ = tromsvekst::status::Status::compute(&bundle, day, Lang::Nb).map(|s| s.to_json());
    }

    #[test]
    fn amounts_and_dates_round_trip(ore in 0i64..=Nok::MAX_KRONER * 100 + 99, d in date()) {
        let n = Nok::from_ore(ore).expect("non-negative");
        prop_assert_eq!(n.to_string().parse::<Nok>(), Ok(n));
        prop_assert_eq!(d.to_string().parse::<Date>().ok(), Some(d));
        prop_assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), Some(d));
    }
}
