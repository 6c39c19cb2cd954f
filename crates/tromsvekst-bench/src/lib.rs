//! A generator of action plans of any size for the Nord-Troms agreement,
//! for benchmarks: deterministic, valid, and with the shape of the
//! illustrative example (measures across all sub-goals, funding, milestones,
//! a follow-up log).

use std::fmt::Write as _;

const SUB_GOALS: [(&str, &[&str]); 7] = [
    ("1.1", &["1.1.a", "1.1.b", "1.1.c"]),
    ("1.2", &["1.2.a", "1.2.b", "1.2.c", "1.2.d"]),
    ("1.3", &["1.3.a", "1.3.b", "1.3.c"]),
    ("2.1", &["2.1.a", "2.1.b", "2.1.c"]),
    ("3.1", &["3.1.a", "3.1.b"]),
    ("3.2", &["3.2.a", "3.2.b", "3.2.c"]),
    ("4.1", &["4.1.a", "4.1.b", "4.1.c"]),
];

const STATUSES: [&str; 4] = ["planned", "ongoing", "ongoing", "postponed"];

/// An action plan with `measures` measures as pretty JSON (about 1 KB per measure).
pub fn plan_json(measures: usize) -> String {
    let mut out = String::with_capacity(measures * 1100 + 1000);
    out.push_str(
        "{\n  \"kind\": \"action_plan\",\n  \"schema_version\": \"1.0\",\n  \"id\": \"bench-plan\",\n  \"agreement\": \"nord-troms-2025-2028\",\n  \"title\": {\"nb\": \"Generert handlingsplan for ytelsesmåling\", \"en\": \"Generated action plan for benchmarks\"},\n  \"illustrative\": {\"nb\": \"Generert for ytelsesmåling; ikke et dokument.\"},\n  \"period\": {\"start\": 2025, \"end\": 2026},\n  \"adopted\": {\"date\": \"2025-06\", \"by\": \"generator\"},\n  \"measures\": [\n",
    );
    for i in 0..measures {
        let (goal, strategies) = SUB_GOALS[i % SUB_GOALS.len()];
        let status = STATUSES[i % STATUSES.len()];
        let progress = if status == "planned" {
            0
        } else {
            (i * 7) % 100
        };
        let _ = write!(
            out,
            "    {{\n      \"id\": \"m-{i}\",\n      \"title\": {{\"nb\": \"Tiltak nummer {i} for å styrke samarbeidet i Nord-Troms\", \"en\": \"Measure number {i} to strengthen cooperation in Nord-Troms\"}},\n      \"description\": {{\"nb\": \"Et generert tiltak med en beskrivelse av passende lengde, slik at dokumentet ligner et ekte handlingsplan-dokument med norsk tekst: æøå.\"}},\n      \"sub_goals\": [\"{goal}\"],\n      \"strategies\": [\"{}\"],\n      \"responsible\": \"{}\",\n      \"municipalities\": [\"kafjord\", \"kvaenangen\", \"nordreisa\", \"skjervoy\"],\n      \"organisations\": [\"Nord-Troms studiesenter\"],\n      \"start\": \"2025-0{}\",\n      \"end\": \"2026-12\",\n      \"status\": \"{status}\",\n      \"progress\": {progress},\n      \"weight\": {},\n      \"funding\": [{{\"amount_nok\": \"{}.50\", \"source\": \"Troms fylkeskommune\"}}]{}\n    }}{}\n",
            strategies[i % strategies.len()],
            if i % 2 == 0 {
                "nord-tromsradet"
            } else {
                "troms-fylkeskommune"
            },
            1 + i % 9,
            1 + i % 3,
            100_000 + i * 13,
            if i > 0 && i % 10 == 0 {
                format!(",\n      \"depends_on\": [\"m-{}\"]", i - 1)
            } else {
                String::new()
            },
            if i + 1 < measures { "," } else { "" },
        );
    }
    out.push_str("  ],\n  \"milestones\": [\n");
    let milestones = (measures / 10).max(1);
    for k in 0..milestones {
        let _ = write!(
            out,
            "    {{\"id\": \"ms-{k}\", \"title\": {{\"nb\": \"Milepæl {k}\"}}, \"due\": \"2026-0{}-15\", \"measures\": [\"m-{}\"], \"status\": \"pending\"}}{}",
            1 + k % 9,
            (k * 10) % measures.max(1),
            if k + 1 < milestones { "," } else { "" },
        );
        out.push('\n');
    }
    out.push_str("  ],\n  \"updates\": [\n");
    let updates = measures / 5;
    for u in 0..updates {
        let m = u * 5 + 3;
        let status = STATUSES[m % STATUSES.len()];
        let _ = write!(
            out,
            "    {{\"date\": \"2026-0{}-01\", \"measure\": \"m-{m}\", \"status\": \"{status}\", \"note\": {{\"nb\": \"Oppdatering {u}\"}}}}{}",
            1 + u % 9,
            if u + 1 < updates { "," } else { "" },
        );
        out.push('\n');
    }
    out.push_str("  ]\n}\n");
    out
}

/// The sizes benchmarked, in measures: about 10 KB, 1 MB and 100 MB of JSON.
pub const SIZES: [usize; 3] = [10, 1_000, 100_000];

#[cfg(test)]
mod tests {
    #[test]
    fn generated_plans_are_valid() {
        for n in [10, 123] {
            let text = super::plan_json(n);
            let docs =
                tromsvekst::parse_inputs(&[("plan.json", text.as_bytes())], &Default::default())
                    .expect("parses");
            let bundle =
                tromsvekst::Bundle::from_documents(docs, Some(tromsvekst::embedded::nord_troms()))
                    .expect("bundle");
            let report = tromsvekst::validate_bundle(
                &bundle,
                &tromsvekst::Config::undated(tromsvekst::Lang::En),
            );
            assert_eq!(report.counts.error, 0, "{n}: {}", report.to_text());
        }
    }
}
