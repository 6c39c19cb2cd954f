//! The documents as a secretariat puts them before the politicians: for the
//! Nord-Troms examples (status, midterm, final; bokmål and English) and the
//! illustrative Fjordvik agreement, what the reader sees names things by
//! their titles — no id of a party, plan, measure, milestone or meeting
//! outside the references annex —, states the sub-goals' text and each
//! indicator's unit, follows the structure of a political case, writes dates
//! as people do, compares the final with the period's end target, and cites
//! no section the agreement does not give.

use tromsvekst::{Bundle, Lang};
use tromsvekst_report::{Kind, MeetingReport};

/// The folder reader the core's integration tests share.
#[path = "../../tromsvekst/tests/common/mod.rs"]
mod common;

fn folder(dir: &str) -> Bundle {
    common::folder(dir, &[])
}

/// The ids a reader must not be shown outside the annex.
fn ids(b: &Bundle) -> Vec<String> {
    let a = &b.agreement().value;
    let mut out: Vec<String> = a.parties.iter().map(|p| p.id.clone()).collect();
    for (_, p) in b.action_plans() {
        out.push(p.id.clone());
        out.extend(p.measures.iter().map(|m| m.id.clone()));
        out.extend(p.milestones.iter().map(|m| m.id.clone()));
    }
    for (_, l) in b.meeting_logs() {
        out.extend(l.meetings.iter().map(|m| m.id.clone()));
    }
    out
}

/// The part of a rendering before its annexes.
fn body(text: &str, lang: Lang) -> &str {
    let mark = lang.pick("Vedlegg", "Annex");
    text.find(&format!("<h2>{mark}"))
        .or_else(|| text.find(&format!("\n## {mark}")))
        .map_or(text, |i| &text[..i])
}

/// Whole words only: `nt-1.1` in `nt-1.1-kollektiv` is not the id `nt-1.1`.
fn contains_word(text: &str, word: &str) -> bool {
    let id_char = |c: char| c.is_alphanumeric() || c == '-' || c == '_' || c == '.';
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(id_char) && !after.is_some_and(|c| id_char(c) && c != '.')
    })
}

const NORD_TROMS_SECTIONS: [&str; 6] = [
    "del 6.1",
    "del 6.2",
    "del 7",
    "del 4.3",
    "section 6.1",
    "section 7",
];

fn check(name: &str, bundle: &Bundle, kind: Kind, day: &str, lang: Lang) -> (String, String) {
    let report =
        MeetingReport::make(bundle, kind, day.parse().expect("day"), lang).expect("report");
    let html = report.to_html();
    let md = report.to_markdown();
    for (what, text) in [("html", &html), ("md", &md)] {
        let shown = body(text, lang);
        for id in ids(bundle) {
            assert!(
                !contains_word(shown, &id),
                "{name} {what}: the id {id} outside the references annex"
            );
        }
        // The sub-goals by their text, the indicators with their units.
        for f in &bundle.agreement().value.focus_areas {
            for g in &f.sub_goals {
                let words: String = g.text.get(lang).chars().take(30).collect();
                assert!(
                    shown.contains(&words),
                    "{name} {what}: sub-goal {} without its text",
                    g.id
                );
            }
        }
        for (_, set) in bundle.indicator_sets() {
            for i in &set.indicators {
                if let Some(u) = &i.unit {
                    let u = u.get(lang);
                    let pct = tromsvekst::present::fmt::is_percent_unit(u);
                    assert!(
                        pct || shown.contains(u),
                        "{name} {what}: {} without its unit {u}",
                        i.id
                    );
                }
            }
        }
        // Dates as people write them; no ISO date outside the annexes.
        let iso = regex_free_iso_date(shown);
        assert!(iso.is_none(), "{name} {what}: an ISO date {iso:?}");
        if lang == Lang::Nb {
            assert!(shown.contains("\u{a0}20"), "{name} {what}: Norwegian dates");
        }
        // No section the agreement does not give.
        if bundle.agreement().value.id != "tromsvekst-nord-troms-2025-2028" {
            for s in NORD_TROMS_SECTIONS {
                assert!(!text.contains(s), "{name} {what}: cites {s}");
            }
        }
    }
    (html, md)
}

/// The first `YYYY-MM-DD` in a text, if any.
fn regex_free_iso_date(text: &str) -> Option<String> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let w = &b[i..i + 10];
        let digit = |j: usize| w[j].is_ascii_digit();
        let ok = (0..4).all(digit)
            && w[4] == b'-'
            && digit(5)
            && digit(6)
            && w[7] == b'-'
            && digit(8)
            && digit(9);
        let edge = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        (ok && edge).then(|| String::from_utf8_lossy(w).into_owned())
    })
}

fn headings(md: &str) -> Vec<String> {
    md.lines()
        .filter_map(|l| l.strip_prefix("## "))
        .map(str::to_string)
        .collect()
}

#[test]
fn nord_troms_documents_name_things_and_follow_a_political_case() {
    let now = folder("examples/nord-troms");
    let whole = folder("examples/nord-troms/whole-period");
    for lang in [Lang::Nb, Lang::En] {
        check("status 2026", &now, Kind::Status, "2026-11-26", lang);
        check("status 2028", &whole, Kind::Status, "2028-11-30", lang);
        let (_, md) = check("midterm", &now, Kind::Midterm, "2026-11-26", lang);
        let expected: Vec<&str> = lang.pick(
            vec![
                "Sammendrag",
                "Bakgrunn",
                "Metode",
                "Funn per innsatsområde og delmål",
                "Indikatorer",
                "Justeringer til neste handlingsplan",
                "Tilbakemeldinger",
                "Politisk behandling",
                "Forslag til vedtak",
                "Vedlegg: funn fra kontrollen av dokumentene",
                "Vedlegg: referanser",
            ],
            vec![
                "Summary",
                "Background",
                "Method",
                "Findings per focus area and sub-goal",
                "Indicators",
                "Adjustments for the next action plan",
                "Feedback",
                "Political handling",
                "Draft resolution",
                "Annex: findings of the check of the documents",
                "Annex: references",
            ],
        );
        assert_eq!(headings(&md), expected, "midterm {lang:?}");
        assert!(md.contains(lang.pick(
            "innarbeides i handlingsplanen for 2027–2028",
            "carried into the action plan for 2027–2028"
        )));
        let (_, md) = check("final", &whole, Kind::Final, "2028-11-30", lang);
        let h = headings(&md);
        assert!(
            h.iter()
                .any(|x| x == lang.pick("Langsiktige resultater", "Long-term results")),
            "{h:?}"
        );
        assert!(
            !h.iter()
                .any(|x| x.starts_with(lang.pick("Justeringer", "Adjustments"))),
            "{h:?}"
        );
        // The final compares each indicator with the target of 2028.
        assert!(
            md.contains(lang.pick("mål 2028: 100\u{a0}000", "target 2028: 100,000")),
            "{md}"
        );
        assert!(md.contains(lang.pick(
            "116\u{a0}000\u{a0}tonn CO2-ekvivalenter (2024) mot målet 100\u{a0}000\u{a0}tonn CO2-ekvivalenter for 2028",
            "116,000\u{a0}tonnes of CO2 equivalent (2024) against the target 100,000\u{a0}tonnes of CO2 equivalent for 2028"
        )));
        assert!(!md.contains(lang.pick("mål 2026", "target 2026")));
    }
}

#[test]
fn the_english_final_has_as_many_feedback_places_as_the_bokmal_one() {
    let whole = folder("examples/nord-troms/whole-period");
    let day = "2028-11-30".parse().expect("day");
    let count = |lang| {
        let md = MeetingReport::make(&whole, Kind::Final, day, lang)
            .expect("report")
            .to_markdown();
        let start = md
            .find(lang.pick("## Tilbakemeldinger", "## Feedback"))
            .expect("feedback");
        let end = md[start..].find("\n## ").map_or(md.len(), |i| start + i);
        md[start..end]
            .lines()
            .filter(|l| l.starts_with("| ") && !l.starts_with("| ---"))
            .count()
            - 1
    };
    assert_eq!(count(Lang::Nb), count(Lang::En));
    assert!(count(Lang::Nb) >= 8);
}

#[test]
fn fjordvik_documents_cite_only_its_own_sections() {
    let b = folder("examples/illustrative");
    for lang in [Lang::Nb, Lang::En] {
        check("fjordvik status", &b, Kind::Status, "2027-06-01", lang);
        check("fjordvik midterm", &b, Kind::Midterm, "2027-06-01", lang);
        check("fjordvik final", &b, Kind::Final, "2031-06-01", lang);
    }
    // The check's findings cite the section Fjordvik gives the part.
    let report = tromsvekst::validate_bundle(
        &b,
        &tromsvekst::Config::new(Lang::Nb, "2029-03-01".parse().expect("day")),
    );
    let meetings = report
        .groups
        .iter()
        .find(|g| g.rule == "meetings.planned-in-past")
        .expect("meetings");
    assert_eq!(meetings.section, "4.1");
}
