//! Native timings and peak memory, for BENCHMARKS.md and the comparison harness.
//!
//!     tromsvekst-bench write DIR              # the generated plans, for the Python and Node harnesses
//!     tromsvekst-bench timings [SIZES] [RUNS] # medians per operation and size, as JSON lines
//!     tromsvekst-bench memory SIZE            # peak memory of parse + validate, as a JSON line
//!     tromsvekst-bench profile SIZE [REPEAT]  # parse + validate, to run under valgrind --tool=callgrind

use std::time::Instant;
use tromsvekst::{Bundle, Config, Date, Lang, ParseOptions};
use tromsvekst_bench::{SIZES, plan_json};

/// The system allocator, counting the bytes live on the heap and their peak
/// (peak_alloc), so the memory figure is exact and the same on every run; the
/// resident-set figure beside it includes the allocator's own slack. It
/// counts a reallocation as a new block and a copy, the worst case.
#[global_allocator]
static HEAP: peak_alloc::PeakAlloc = peak_alloc::PeakAlloc;

/// Resets the peak to what is live now and returns that.
fn heap_mark() -> usize {
    HEAP.reset_peak_usage();
    HEAP.current_usage()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Vec<f64> {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(f());
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect()
}

fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))?
                .split_whitespace()
                .nth(1)?
                .parse()
                .ok()
        })
        .unwrap_or(0)
}

/// A plan in a bundle with the embedded agreement (shared, not copied), as
/// the command line and the bindings read it.
fn bundle_of(text: &str) -> Bundle {
    Bundle::parse(&[("plan.json", text.as_bytes())], &ParseOptions::default()).expect("parses")
}

fn config(day: Date) -> Config {
    Config::new(Lang::En, day)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let sizes: Vec<usize> = args
        .get(1)
        .filter(|s| {
            s.contains(|c: char| c.is_ascii_digit()) && args[0] != "write" && args[0] != "memory"
        })
        .map(|s| s.split(',').map(|x| x.parse().expect("size")).collect())
        .unwrap_or_else(|| SIZES.to_vec());
    let day = Date::new(2026, 11, 26).expect("date");
    match args.first().map(String::as_str) {
        Some("write") => {
            let dir = std::path::Path::new(args.get(1).map_or("target/bench", String::as_str));
            std::fs::create_dir_all(dir).expect("mkdir");
            let sizes: Vec<usize> = args.get(2).map_or_else(
                || SIZES.to_vec(),
                |s| s.split(',').map(|x| x.parse().expect("size")).collect(),
            );
            for n in sizes {
                std::fs::write(dir.join(format!("plan-{n}.json")), plan_json(n)).expect("write");
            }
        }
        Some("profile") => {
            // One parse + validate, for valgrind --tool=callgrind.
            // `profile SIZE [REPEAT]`: repeated, so that the one-time costs
            // (the embedded agreement read once) fall out of the profile.
            let n: usize = args.get(1).and_then(|s| s.parse().ok()).expect("size");
            let repeat: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
            let text = plan_json(n);
            for _ in 0..repeat {
                assert!(tromsvekst::validate_bundle(&bundle_of(&text), &config(day)).valid);
            }
        }
        Some("memory") => {
            let n: usize = args.get(1).and_then(|s| s.parse().ok()).expect("size");
            let text = plan_json(n);
            let input = text.len() as f64;
            let owned = vec![("plan.json".to_string(), text.clone().into_bytes())];
            let before = peak_kib();
            let base = heap_mark();
            // As the command line and the WebAssembly module read: the bytes
            // read become the document's text.
            let bundle = Bundle::parse_owned(owned, &ParseOptions::default()).expect("parses");
            let parse_peak = HEAP.peak_usage() - base;
            let kept = HEAP.current_usage() - base;
            assert!(tromsvekst::validate_bundle(&bundle, &config(day)).valid);
            let heap_peak = HEAP.peak_usage() - base;
            drop(bundle);
            let after = peak_kib();
            // growth_over_input: the heap's peak over the input's size (the
            // target); rss_growth_over_input: the resident set's, with the
            // allocator's slack; kept: what the parsed bundle holds.
            println!(
                "{{\"size\": {n}, \"bytes\": {}, \"peak_kib_before\": {before}, \"peak_kib\": {after}, \"rss_growth_over_input\": {:.2}, \"growth_over_input\": {:.2}, \"parse_peak_over_input\": {:.2}, \"kept_over_input\": {:.2}}}",
                text.len(),
                (after.saturating_sub(before)) as f64 * 1024.0 / input,
                heap_peak as f64 / input,
                parse_peak as f64 / input,
                kept as f64 / input,
            );
        }
        _ => {
            let runs: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(0);
            for n in sizes {
                let text = plan_json(n);
                let bytes = text.len();
                let runs = if runs > 0 {
                    runs
                } else if n >= 100_000 {
                    5
                } else if n >= 1_000 {
                    31
                } else {
                    301
                };
                let config = config(day);
                let embedded = Bundle::new(tromsvekst::embedded::nord_troms());
                let embedded_report = tromsvekst::validate_bundle(&embedded, &config);
                let parse = || bundle_of(&text);
                let bundle = parse();
                let rows = [
                    (
                        "serde_json_value",
                        time(runs, || {
                            serde_json::from_str::<serde_json::Value>(&text).expect("json")
                        }),
                    ),
                    ("parse", time(runs, parse)),
                    (
                        "validate",
                        time(runs, || tromsvekst::validate_bundle(&bundle, &config)),
                    ),
                    (
                        "parse_validate",
                        time(runs, || tromsvekst::validate_bundle(&parse(), &config)),
                    ),
                    (
                        "status",
                        time(runs, || {
                            tromsvekst::status::Status::compute(&bundle, day, Lang::En)
                                .expect("status")
                        }),
                    ),
                    // What every call pays whatever the input: the embedded
                    // agreement checked, and its report written as JSON.
                    (
                        "fixed_validate_agreement",
                        time(runs, || tromsvekst::validate_bundle(&embedded, &config)),
                    ),
                    (
                        "fixed_report_json",
                        time(runs, || embedded_report.to_json()),
                    ),
                ];
                for (op, t) in rows {
                    let m = median(t.clone());
                    println!(
                        "{{\"lang\": \"rust\", \"size\": {n}, \"bytes\": {bytes}, \"op\": \"{op}\", \"runs\": {runs}, \"median_ms\": {m:.3}, \"min_ms\": {:.3}, \"mb_per_s\": {:.1}}}",
                        t.iter().copied().fold(f64::INFINITY, f64::min),
                        bytes as f64 / 1e6 / (m / 1000.0)
                    );
                }
            }
        }
    }
}
