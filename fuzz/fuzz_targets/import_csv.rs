//! Any bytes as the measures sheet (CSV) of an action plan.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = tromsvekst::sheet::SheetLimits::default();
    let Ok(table) = tromsvekst::sheet::read_csv("tiltak.csv", data, &limits) else { return };
    let base = tromsvekst::model::ActionPlan {
        kind: tromsvekst::model::ActionPlanKind::ActionPlan,
        schema_version: "1.0".into(),
        id: "p".into(),
        agreement: "nord-troms-2025-2028".into(),
        title: tromsvekst::model::Text::nb("p"),
        illustrative: None,
        period: tromsvekst::model::YearPeriod { start: 2025, end: 2026 },
        adopted: None,
        measures: vec![],
        milestones: vec![],
        updates: vec![],
        placeholders: vec![],
    };
    if let Ok(plan) = tromsvekst::sheet::import_plan("tiltak.csv", &[table], Some(&base)) {
        // What imports exports, and reads back the same.
        let tables = tromsvekst::sheet::export_tables(&plan.value, tromsvekst::Lang::Nb);
        let again: Vec<_> = tables
            .iter()
            .zip(tromsvekst::sheet::LAYOUT)
            .map(|(t, s)| tromsvekst::sheet::read_csv(s.csv, tromsvekst::sheet::write_csv(t).as_bytes(), &limits).expect("reads"))
            .collect();
        let back = tromsvekst::sheet::import_plan("x.csv", &again, None).expect("imports");
        assert_eq!(back.value, plan.value);
    }
});
