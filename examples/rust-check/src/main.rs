//! Using `tromsvekst` from another Rust project: load an agreement, validate
//! it, print the report.
//!
//!     cargo run -p tromsvekst-example-check -- examples/nord-troms/agreement.json en

use std::process::ExitCode;
use tromsvekst::{Config, Lang};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "examples/nord-troms/agreement.json".into());
    let lang: Lang = args.next().and_then(|l| l.parse().ok()).unwrap_or(Lang::En);

    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let doc = match tromsvekst::parse_agreement(&bytes, &path, &Default::default()) {
        Ok(doc) => doc,
        Err(e) => {
            // Code, place and message: e.g. "x.json:3:5: json.duplicate-key: ..."
            eprintln!("{}", e.render(lang));
            return ExitCode::from(2);
        }
    };
    let report = tromsvekst::validate_agreement(&doc, &Config::new(lang, tromsvekst::today()));
    println!("{} — {}", doc.value.title.get(lang), doc.value.period);
    print!("{}", report.to_text());
    if report.valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
