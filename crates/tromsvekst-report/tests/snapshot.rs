//! The Nord-Troms status report, in both languages, byte for byte as
//! committed in `tests/snapshots/` (the browser test opens the same files:
//! Chromium prints them on A4 and axe-core checks them). After a deliberate
//! change: `TROMSVEKST_BLESS=1 cargo test -p tromsvekst-report`, then review
//! the diff.

use tromsvekst::status::Status;
use tromsvekst::{Bundle, Lang};

fn bundle() -> Bundle {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/nord-troms/");
    let files = [
        "agreement.json",
        "action-plan-2025-2026.json",
        "meetings-2025-2026.json",
        "indicators.json",
        "midterm-evaluation-2026.json",
    ];
    let data: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|f| {
            (
                format!("examples/nord-troms/{f}"),
                std::fs::read(format!("{dir}{f}")).expect("example"),
            )
        })
        .collect();
    let inputs: Vec<(&str, &[u8])> = data
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    Bundle::parse(&inputs, &Default::default()).expect("bundle")
}

#[test]
fn the_status_report_is_the_committed_snapshot() {
    let bundle = bundle();
    let day = "2026-11-26".parse().expect("day");
    let mut stale = Vec::new();
    for lang in [Lang::Nb, Lang::En] {
        let status = Status::compute(&bundle, day, lang).expect("status");
        let html = tromsvekst_report::status_html(&bundle, &status);
        let name = format!("status-nord-troms-{}.html", lang.pick("nb", "en"));
        let path = format!(
            "{}/../../tests/snapshots/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        if std::env::var_os("TROMSVEKST_BLESS").is_some() {
            std::fs::write(&path, &html).expect("write");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(html.as_str()) {
            stale.push(name.clone());
        }
        // What a reader needs is there: the language, the headings, the
        // charts with their names, the lights as text.
        assert!(html.contains(&format!("<html lang=\"{}\">", lang.pick("nb", "en"))));
        assert_eq!(html.matches("<h2>").count(), 7, "{name}");
        assert!(html.contains("role=\"img\" aria-label="));
        assert!(html.contains(lang.pick(">gul</span>", ">yellow</span>")));
        assert!(html.contains(lang.pick("3\u{a0}000\u{a0}000,50", "3,000,000.50")));
    }
    // The midterm evaluation as it stands, and a draft of it made on the day.
    let midterm = bundle
        .evaluations()
        .map(|(_, e)| e.clone())
        .next()
        .expect("the example's midterm evaluation");
    let draft = tromsvekst::draft::draft_midterm(&bundle, day, Lang::En).expect("draft");
    for (name, html) in [
        (
            "midterm-nord-troms-nb.html",
            tromsvekst_report::evaluation_html(&bundle, &midterm, Lang::Nb),
        ),
        (
            "midterm-draft-nord-troms-en.html",
            tromsvekst_report::evaluation_html(&bundle, &draft, Lang::En),
        ),
    ] {
        let path = format!(
            "{}/../../tests/snapshots/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        if std::env::var_os("TROMSVEKST_BLESS").is_some() {
            std::fs::write(&path, &html).expect("write");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(html.as_str()) {
            stale.push(name.to_string());
        }
        // A draft never passes for a finished evaluation.
        assert!(html.contains("class=\"alert\""), "{name}");
        assert!(html.contains("class=\"incomplete\""), "{name}");
    }
    assert!(
        stale.is_empty(),
        "stale snapshots {stale:?}: TROMSVEKST_BLESS=1 cargo test -p tromsvekst-report, then review the diff"
    );
}
