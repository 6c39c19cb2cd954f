//! The embedded Nord-Troms agreement is faithful to the seed text
//! (`docs/seed/`, a copy of the signed agreement's text): every Norwegian
//! text in it stands in the seed, once line-break hyphens are mended.

use serde_json::Value;
use std::path::Path;

/// The seed as one line: line-break hyphens mended ("verk-\ntøy" → "verktøy",
/// but "Nord-\nTroms" keeps its hyphen), white space folded, and the three
/// footnote markers the PDF text glued to words removed.
fn normalized_seed() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../docs/seed/tromsvekstavtalen-nord-troms-2025-2028.txt");
    let raw = std::fs::read_to_string(path).expect("seed text");
    let mut out = String::new();
    let chars: Vec<char> = raw.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '-' || c == '–' {
            // Look past white space that holds a line break.
            let mut j = i + 1;
            let mut newline = false;
            while j < chars.len() && chars[j].is_whitespace() {
                newline |= chars[j] == '\n';
                j += 1;
            }
            if newline && j < chars.len() {
                let next = chars[j];
                if c == '-' && next.is_lowercase() {
                    i = j; // a word split at the line end: drop the hyphen
                    continue;
                }
                if next.is_uppercase() || next.is_ascii_digit() {
                    out.push(c); // "Nord-\nTroms", "2024–\n2027"
                    i = j;
                    continue;
                }
            }
        }
        out.push(c);
        i += 1;
    }
    let folded = out.split_whitespace().collect::<Vec<_>>().join(" ");
    folded
        .replace("fylkeskommune.1 Et", "fylkeskommune. Et")
        .replace("Innsatssonen2", "Innsatssonen")
        .replace("fra 20233", "fra 2023")
}

fn texts<'a>(v: &'a Value, out: &mut Vec<(String, &'a str)>, path: String) {
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                // Fields that describe the data rather than quote the seed.
                if ["source", "municipalities_source", "illustrative"].contains(&k.as_str()) {
                    continue;
                }
                if k == "nb"
                    && let Some(s) = child.as_str()
                {
                    out.push((path.clone(), s));
                }
                texts(child, out, format!("{path}/{k}"));
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                texts(child, out, format!("{path}/{i}"));
            }
        }
        _ => {}
    }
}

#[test]
fn every_norwegian_text_stands_in_the_seed() {
    let seed = normalized_seed().to_lowercase();
    let doc: Value = serde_json::from_str(tromsvekst::embedded::NORD_TROMS_JSON).expect("json");
    let mut all = Vec::new();
    texts(&doc, &mut all, String::new());
    assert!(all.len() > 90, "only {} texts", all.len());
    let missing: Vec<_> = all
        .iter()
        .filter(|(_, t)| !seed.contains(&t.to_lowercase()))
        .collect();
    assert!(missing.is_empty(), "not in the seed: {missing:#?}");
}

#[test]
fn the_seed_structure_is_complete() {
    let a = tromsvekst::embedded::nord_troms().value;
    assert_eq!(a.focus_areas.len(), 4);
    let sub_goals: Vec<&str> = a
        .focus_areas
        .iter()
        .flat_map(|f| f.sub_goals.iter().map(|g| g.id.as_str()))
        .collect();
    assert_eq!(sub_goals, ["1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "4.1"]);
    let strategies: Vec<usize> = a
        .focus_areas
        .iter()
        .flat_map(|f| f.sub_goals.iter().map(|g| g.strategies.len()))
        .collect();
    assert_eq!(strategies, [3, 4, 3, 3, 2, 3, 3]);
    assert_eq!(a.long_term_results.results.len(), 11);
    assert_eq!(a.process.steps.len(), 13);
    assert_eq!(a.governance.political.themes.len(), 7);
    assert_eq!(a.anchoring.len(), 6);
    assert_eq!(a.governance.political.meetings_per_year, 2);
    assert_eq!(
        (
            a.evaluation.midterm.year,
            a.evaluation.final_evaluation.year
        ),
        (2026, 2028)
    );
    // The municipal councils' decisions are one record, month-precise, as in the seed.
    let councils = a
        .decisions
        .iter()
        .find(|d| d.municipalities.len() == 4)
        .expect("councils");
    assert_eq!(councils.date.to_string(), "2025-02/2025-03");
    let county = a
        .decisions
        .iter()
        .find(|d| d.body_name == "Fylkestinget i Troms")
        .expect("county");
    assert_eq!(county.date.to_string(), "2025-03");
    assert!(!a.legal_status.legally_binding && !a.legal_status.economically_binding);
}
