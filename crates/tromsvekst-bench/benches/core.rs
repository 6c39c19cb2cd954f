//! divan benchmarks of parse, validate and status (`cargo bench -p tromsvekst-bench`).

use divan::Bencher;
use tromsvekst::{Bundle, Config, Date, Lang, ParseOptions};
use tromsvekst_bench::plan_json;

fn main() {
    divan::main();
}

fn bundle(text: &str) -> Bundle {
    Bundle::parse(&[("plan.json", text.as_bytes())], &ParseOptions::default()).expect("parses")
}

fn day() -> Date {
    Date::new(2026, 11, 26).expect("date")
}

#[divan::bench(args = [10, 1_000])]
fn parse(b: Bencher, n: usize) {
    let text = plan_json(n);
    b.bench(|| {
        tromsvekst::parse_action_plan(
            divan::black_box(text.as_bytes()),
            "plan.json",
            &ParseOptions::default(),
        )
    });
}

#[divan::bench(args = [10, 1_000])]
fn serde_json_value(b: Bencher, n: usize) {
    let text = plan_json(n);
    b.bench(|| serde_json::from_slice::<serde_json::Value>(divan::black_box(text.as_bytes())));
}

#[divan::bench(args = [10, 1_000])]
fn validate(b: Bencher, n: usize) {
    let bundle = bundle(&plan_json(n));
    let config = Config::new(Lang::En, day());
    b.bench(|| tromsvekst::validate_bundle(divan::black_box(&bundle), &config));
}

#[divan::bench(args = [10, 1_000])]
fn status(b: Bencher, n: usize) {
    let bundle = bundle(&plan_json(n));
    b.bench(|| {
        tromsvekst::status::Status::compute(divan::black_box(&bundle), day(), Lang::En)
            .expect("status")
    });
}

#[divan::bench]
fn nord_troms_bundle(b: Bencher) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/nord-troms/");
    let files: Vec<(String, Vec<u8>)> = [
        "agreement.json",
        "action-plan-2025-2026.json",
        "meetings-2025-2026.json",
        "indicators.json",
        "midterm-evaluation-2026.json",
    ]
    .iter()
    .map(|f| {
        (
            f.to_string(),
            std::fs::read(format!("{dir}{f}")).expect("example"),
        )
    })
    .collect();
    let config = Config::new(Lang::En, day());
    b.bench(|| {
        let inputs: Vec<(&str, &[u8])> = files
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_slice()))
            .collect();
        let bundle = Bundle::parse(&inputs, &ParseOptions::default()).expect("bundle");
        tromsvekst::validate_bundle(&bundle, &config)
    });
}
