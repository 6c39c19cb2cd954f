//! The Nord-Troms status and midterm reports, as HTML and Markdown, byte for
//! byte as committed in `tests/snapshots/` (the browser test opens the same
//! HTML files: Chromium prints them on A4 and axe-core checks them); and the
//! Word documents, read back part by part. After a deliberate
//! change: `TROMSVEKST_BLESS=1 cargo test -p tromsvekst-report`, then review
//! the diff.

use std::io::Read;
use tromsvekst::{Bundle, Lang};
use tromsvekst_report::{Kind, MeetingReport};

fn bundle() -> Bundle {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/nord-troms/");
    let files = [
        // In the order the command line reads the folder, so that
        // `tromsvekst report … examples/nord-troms/` gives these very bytes.
        "action-plan-2025-2026.json",
        "agreement.json",
        "indicators.json",
        "meetings-2025-2026.json",
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

/// The four reports the snapshots hold, as `tromsvekst report` makes them:
/// the status in both languages, the example's midterm evaluation (nb; a
/// draft, so its evidence is refreshed on the day) and, from the plan alone,
/// a draft made on the day (en).
fn reports() -> Vec<(&'static str, MeetingReport)> {
    let bundle = bundle();
    let day = "2026-11-26".parse().expect("day");
    let plan_only = Bundle::from_documents(
        bundle
            .documents()
            .iter()
            .filter(|d| d.kind() != tromsvekst::DocumentKind::Evaluation)
            .cloned()
            .collect(),
        Some(bundle.agreement().clone()),
    )
    .expect("bundle");
    let make = |b: &Bundle, kind, lang| MeetingReport::make(b, kind, day, lang).expect("report");
    vec![
        (
            "status-nord-troms-nb",
            make(&bundle, Kind::Status, Lang::Nb),
        ),
        (
            "status-nord-troms-en",
            make(&bundle, Kind::Status, Lang::En),
        ),
        (
            "midterm-nord-troms-nb",
            make(&bundle, Kind::Midterm, Lang::Nb),
        ),
        (
            "midterm-draft-nord-troms-en",
            make(&plan_only, Kind::Midterm, Lang::En),
        ),
    ]
}

#[test]
fn the_reports_are_the_committed_snapshots() {
    let mut stale = Vec::new();
    for (name, report) in reports() {
        for (ext, text) in [("html", report.to_html()), ("md", report.to_markdown())] {
            let file = format!("{name}.{ext}");
            let path = format!(
                "{}/../../tests/snapshots/{file}",
                env!("CARGO_MANIFEST_DIR")
            );
            if std::env::var_os("TROMSVEKST_BLESS").is_some() {
                std::fs::write(&path, &text).expect("write");
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(file);
            }
        }
        let html = report.to_html();
        let md = report.to_markdown();
        if name.starts_with("status") {
            let lang = if name.ends_with("nb") {
                Lang::Nb
            } else {
                Lang::En
            };
            // What a reader needs is there: the language, the headings, the
            // charts with their names, the lights as text.
            assert!(html.contains(&format!("<html lang=\"{}\">", lang.pick("nb", "en"))));
            assert_eq!(html.matches("<h2>").count(), 13, "{name}");
            assert_eq!(md.matches("\n## ").count(), 13, "{name}");
            assert!(html.contains("role=\"img\" aria-label="));
            assert!(html.contains(lang.pick(">gul</span>", ">yellow</span>")));
            assert!(md.contains(lang.pick("🟡 gul", "🟡 yellow")));
            assert!(
                html.contains(lang.pick("3\u{a0}000\u{a0}000,50\u{a0}kr", "NOK\u{a0}3,000,000.50"))
            );
            assert!(md.contains("░"), "the bar chart as text");
        } else {
            // A draft never passes for a finished evaluation.
            assert!(html.contains("class=\"alert\""), "{name}");
            assert!(html.contains("class=\"incomplete\""), "{name}");
            assert!(md.starts_with("# ") && md.contains("\n> **"), "{name}");
            assert!(md.contains("**⚠ "), "{name}");
        }
    }
    assert!(
        stale.is_empty(),
        "stale snapshots {stale:?}: TROMSVEKST_BLESS=1 cargo test -p tromsvekst-report, then review the diff"
    );
}

fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip package");
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|_| panic!("{name} in the package"))
        .read_to_string(&mut text)
        .expect("utf-8");
    text
}

#[test]
fn the_word_documents_are_made_properly() {
    for (name, report) in reports() {
        let docx = report.to_docx().expect("docx");
        // The same report, the same bytes.
        assert_eq!(docx, report.to_docx().expect("docx"), "{name}");
        let doc = part(&docx, "word/document.xml");
        let styles = part(&docx, "word/styles.xml");
        let lang = if name.ends_with("nb") {
            "nb-NO"
        } else {
            "en-GB"
        };
        assert!(
            styles.contains(&format!("<w:lang w:val=\"{lang}\"")),
            "{name}"
        );
        assert!(
            styles.contains("<w:name w:val=\"heading 2\"/>")
                && styles.contains("<w:outlineLvl w:val=\"1\"/>")
        );
        assert_eq!(
            doc.matches("<w:pStyle w:val=\"Heading1\"/>").count(),
            1,
            "{name}"
        );
        let tables = doc.matches("<w:tbl>").count();
        assert!(tables >= 3, "{name}");
        // Every table's first row repeats on each page.
        assert_eq!(doc.matches("<w:tblHeader/>").count(), tables, "{name}");
        // What follows a table stands apart from it: a heading or a
        // caption by its style, a paragraph or list by space before it
        // (Word, unlike the HTML, gives none).
        let mut gaps = 0;
        for after in doc.split("</w:tbl>").skip(1) {
            let first = &after[..after.find("</w:p>").unwrap_or(after.len())];
            let next = &first[..first.find("</w:pPr>").unwrap_or(0)];
            assert!(
                next.contains("<w:pStyle w:val=\"Heading")
                    || next.contains("<w:pStyle w:val=\"Caption\"/>")
                    || next.contains("<w:spacing w:before="),
                "{name}: nothing between a table and {}",
                &after[..after.len().min(200)]
            );
            gaps += usize::from(next.contains("<w:spacing w:before=\"240\"/>"));
        }
        if name.starts_with("midterm") {
            assert!(
                gaps > 0,
                "{name}: a sub-goal's assessment follows its table"
            );
        }
        // The closing line is not alone on a page: the paragraph (or the
        // table's last row) before it keeps with it.
        let made = doc
            .rfind(if lang == "nb-NO" {
                ">Laget med"
            } else {
                ">Made with"
            })
            .unwrap_or_else(|| panic!("{name}: the closing line"));
        let note = doc[..made].rfind("<w:p>").expect("its paragraph");
        let before = doc[..note].rfind("<w:tr>").max(doc[..note].rfind("<w:p>"));
        let before = &doc[before.expect("something before it")..note];
        assert!(
            before.contains("<w:keepNext/>"),
            "{name}: the closing line may stand alone on a page after {}",
            &before[..before.len().min(300)]
        );
        assert!(
            part(&docx, "word/footer1.xml").contains(" PAGE "),
            "page numbers"
        );
        if name.starts_with("status") {
            assert_eq!(
                doc.matches("<w:pStyle w:val=\"Heading2\"/>").count(),
                13,
                "{name}"
            );
            // Every picture has its alternative text, and is in the package.
            let pictures = doc.matches("<wp:docPr ").count();
            assert!(pictures >= 2, "{name}: the bars and the indicators' lines");
            assert_eq!(doc.matches(" descr=\"").count(), 2 * pictures, "{name}");
            assert!(!doc.contains(" descr=\"\""), "{name}");
            for n in 1..=pictures {
                let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&docx[..])).expect("zip");
                let mut png = Vec::new();
                zip.by_name(&format!("word/media/chart{n}.png"))
                    .expect("picture")
                    .read_to_end(&mut png)
                    .expect("read");
                assert!(png.starts_with(b"\x89PNG"));
            }
            let (number, text) = if lang == "nb-NO" {
                ("3\u{a0}000\u{a0}000,50", ">\u{a0}gul\u{a0}<")
            } else {
                ("3,000,000.50", ">\u{a0}yellow\u{a0}<")
            };
            assert!(doc.contains(number) && doc.contains(text), "{name}");
        } else {
            assert!(
                doc.contains("<w:pStyle w:val=\"Alert\"/>"),
                "{name}: the draft is marked"
            );
        }
    }
}
