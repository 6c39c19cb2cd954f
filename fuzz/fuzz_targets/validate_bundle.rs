//! Any bytes as a follow-up document validated with the embedded agreement
//! (or as the agreement itself), then the status and the midterm draft.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static AGREEMENT: OnceLock<tromsvekst::Document<tromsvekst::Agreement>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let options = tromsvekst::ParseOptions::default();
    let Ok(doc) = tromsvekst::parse_document(data, "fuzz.json", &options) else { return };
    let agreement = AGREEMENT.get_or_init(tromsvekst::embedded::nord_troms).clone();
    let Ok(bundle) = tromsvekst::Bundle::from_documents(vec![doc], Some(agreement)) else { return };
    let day = tromsvekst::Date::new(2026, 11, 26).expect("date");
    let report = tromsvekst::validate_bundle(&bundle, &tromsvekst::Config::new(tromsvekst::Lang::En, day));
    let _ = report.to_json();
    let _ = report.to_text();
    if let Ok(status) = tromsvekst::status::Status::compute(&bundle, day, tromsvekst::Lang::Nb) {
        let _ = status.to_markdown();
    }
    let _ = tromsvekst::draft::draft_midterm(&bundle, day, tromsvekst::Lang::En);
});
