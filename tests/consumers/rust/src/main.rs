//! The README's Rust examples, as a user's program: run from the repository's
//! root (the examples name files relative to it).

use tromsvekst::{Bundle, Config, Lang, status::Status};

fn first() -> Result<(), Box<dyn std::error::Error>> {
    let bytes = std::fs::read("examples/nord-troms/agreement.json")?;
    let doc = tromsvekst::parse_agreement(&bytes, "agreement.json", &Default::default())?;
    // The day is given: today in Europe/Oslo, as every interface gives it by default.
    let report = tromsvekst::validate_agreement(&doc, &Config::new(Lang::En, tromsvekst::today()));
    print!("{}", report.to_text()); // or report.to_json()
    Ok(())
}

fn second() -> Result<(), Box<dyn std::error::Error>> {
    let plan = std::fs::read("examples/nord-troms/action-plan-2025-2026.json")?;
    let bundle = Bundle::parse(&[("plan.json", &plan[..])], &Default::default())?; // no agreement given: Nord-Troms
    let as_of = "2026-11-26".parse()?;
    let report = tromsvekst::validate_bundle(&bundle, &Config::new(Lang::En, as_of));
    assert!(report.valid);
    let status = Status::compute(&bundle, as_of, Lang::En)?;
    println!("{}", status.to_markdown());
    let draft = tromsvekst::draft::draft_midterm(&bundle, as_of, Lang::Nb)?;
    println!("{} findings to fill in", draft.findings.len());
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    first()?;
    second()?;
    println!("consumer: the README's Rust examples ran against the tromsvekst crate");
    Ok(())
}
