//! The whole period, for two agreements with different parameters: the
//! Nord-Troms agreement (two-year plans, two meetings a year) and the
//! made-up Fjordvik agreement (three-year plans, one meeting a year). The
//! same code takes each from the first plan through the midterm evaluation,
//! the next plan and the final evaluation, and refreshing a filled-in draft
//! keeps every word.

use serde_json::{Value, json};
use std::collections::BTreeSet;
use tromsvekst::draft::{DraftKind, draft, refresh};
use tromsvekst::model::{
    ActionPlan, Adjustment, AdjustmentKind, Evaluation, EvaluationStatus, GovernanceSection,
    Handling, HandlingOutcome, MeasureStatus, Rating, Text,
};
use tromsvekst::{AnyDocument, Bundle, Config, Date, Document, Lang, ParseOptions};

fn day(s: &str) -> Date {
    s.parse().expect("date")
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../../examples/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("example")
}

fn bundle(docs: &[(&str, Vec<u8>)]) -> Bundle {
    let inputs: Vec<(&str, &[u8])> = docs.iter().map(|(n, b)| (*n, b.as_slice())).collect();
    Bundle::parse(&inputs, &ParseOptions::default()).expect("bundle")
}

fn with(b: &Bundle, doc: AnyDocument) -> Bundle {
    let mut b = b.clone();
    b.push(doc).expect("push");
    b
}

/// Every finding as (rule, message), in English, judged on `as_of`.
fn findings(b: &Bundle, as_of: Date) -> BTreeSet<(String, String)> {
    let report = tromsvekst::validate_bundle(b, &Config::new(Lang::En, as_of));
    report
        .groups
        .iter()
        .flat_map(|g| {
            g.findings
                .iter()
                .map(|f| (f.rule.clone(), f.message.clone()))
        })
        .collect()
}

/// The findings a document adds to a bundle, by rule.
fn added(before: &Bundle, after: &Bundle, as_of: Date) -> BTreeSet<String> {
    let old = findings(before, as_of);
    findings(after, as_of)
        .into_iter()
        .filter(|f| !old.contains(f))
        .map(|(rule, _)| rule)
        .collect()
}

fn evaluation(doc: AnyDocument) -> Evaluation {
    match doc {
        AnyDocument::Evaluation(e) => e.value,
        _ => panic!("an evaluation"),
    }
}

fn plan(doc: AnyDocument) -> ActionPlan {
    match doc {
        AnyDocument::ActionPlan(p) => p.value,
        _ => panic!("an action plan"),
    }
}

/// Every judgment of an evaluation filled in, as the analysts would.
fn fill_in(e: &mut Evaluation, who: &str) {
    for (i, f) in e.findings.iter_mut().enumerate() {
        f.rating = Some(Rating::Partly);
        f.text = Some(Text::nb(format!("{who}: vurdering {i}.")));
    }
    for (i, r) in e.long_term_results.iter_mut().enumerate() {
        r.rating = Some(Rating::OnTrack);
        r.text = Some(Text::nb(format!("{who}: resultat {i}.")));
    }
    for (i, f) in e.qualitative_feedback.iter_mut().enumerate() {
        f.text = Some(Text::nb(format!("{who}: tilbakemelding {i}.")));
    }
    for (i, q) in e.quantitative_results.iter_mut().enumerate() {
        q.note = Some(Text::nb(format!("{who}: merknad {i}.")));
    }
}

/// What the analysts wrote in an evaluation.
fn judgments(e: &Evaluation) -> Value {
    json!({
        "findings": e.findings.iter().map(|f| json!([f.focus_area, f.sub_goal, f.rating, f.text])).collect::<Vec<_>>(),
        "results": e.long_term_results.iter().map(|r| json!([r.result, r.rating, r.text])).collect::<Vec<_>>(),
        "feedback": e.qualitative_feedback,
        "notes": e.quantitative_results.iter().map(|q| json!([q.indicator, q.year, q.note])).collect::<Vec<_>>(),
        "adjustments": e.adjustments,
        "handling": e.handling,
    })
}

/// The agreement's parameters, read from it (no code knows Nord-Troms or Fjordvik).
struct Period {
    midterm_year: i32,
    final_year: i32,
    plan_years: i32,
}

fn period(b: &Bundle) -> Period {
    let a = &b.agreement().value;
    Period {
        midterm_year: a.evaluation.midterm.year,
        final_year: a.evaluation.final_evaluation.year,
        plan_years: a.governance.administrative.action_plans.length_years as i32,
    }
}

/// The whole lifecycle from a bundle holding the agreement and its first plan.
fn lifecycle(first: &Bundle) {
    let p = period(first);
    let a = first.agreement().value.clone();
    let first_plan = first.plans_in_order()[0].1.clone();

    // 1. The midterm evaluation: drafted, filled in, adjustments agreed,
    //    concluded and handled by every party before the year ends.
    let midterm_day = day(&format!("{}-11-20", p.midterm_year));
    let mut midterm =
        evaluation(draft(first, DraftKind::Midterm, midterm_day, Lang::Nb).expect("midterm"));
    assert_eq!(midterm.assesses, std::slice::from_ref(&first_plan.id));
    fill_in(&mut midterm, "midtveis");
    let sub_goal = a.focus_areas[0].sub_goals[0].id.clone();
    let open: Vec<_> = first_plan
        .measures
        .iter()
        .filter(|m| {
            !matches!(
                m.status,
                MeasureStatus::Completed | MeasureStatus::Cancelled
            )
        })
        .collect();
    let dropped = open.last().expect("an unfinished measure").id.clone();
    let changed = open.first().expect("an unfinished measure").id.clone();
    assert_ne!(dropped, changed);
    let adj = |id: &str, kind, text: &str| Adjustment {
        id: id.into(),
        kind: Some(kind),
        text: Text::nb(text),
        sub_goal: None,
        measure: None,
        governance: None,
        indicator: None,
        decision: None,
    };
    midterm.adjustments = vec![
        Adjustment {
            sub_goal: Some(sub_goal.clone()),
            ..adj("just-ny", AdjustmentKind::NewMeasure, "Nytt tiltak.")
        },
        Adjustment {
            measure: Some(changed.clone()),
            ..adj(
                "just-endret",
                AdjustmentKind::ChangedMeasure,
                "Endret tiltak.",
            )
        },
        Adjustment {
            measure: Some(dropped.clone()),
            ..adj(
                "just-avsluttet",
                AdjustmentKind::DroppedMeasure,
                "Avsluttes.",
            )
        },
        Adjustment {
            governance: Some(GovernanceSection::Political),
            ..adj("just-mote", AdjustmentKind::Governance, "Møtet om høsten.")
        },
        Adjustment {
            measure: Some(changed.clone()),
            ..adj(
                "just-milepael",
                AdjustmentKind::Milestone,
                "Egne milepæler.",
            )
        },
    ];
    midterm.status = EvaluationStatus::Concluded;
    midterm.handling = a
        .parties
        .iter()
        .map(|party| Handling {
            party: party.id.clone(),
            body: party.name.nb.clone(),
            date: day(&format!("{}-12-10", p.midterm_year)),
            reference: Some(format!("sak {}", party.id)),
            outcome: HandlingOutcome::Approved,
        })
        .collect();
    let with_midterm = with(
        first,
        AnyDocument::Evaluation(Document::from_value(midterm.clone())),
    );

    // 2. The next plan, drafted early the next year: it validates with
    //    nothing but "incomplete" findings.
    let plan_day = day(&format!("{}-01-15", first_plan.period.end + 1));
    let next = plan(draft(&with_midterm, DraftKind::Plan, plan_day, Lang::Nb).expect("plan"));
    assert_eq!(next.period.start, first_plan.period.end + 1);
    assert_eq!(next.period.years(), p.plan_years);
    assert!(
        next.measures
            .iter()
            .all(|m| m.continues.as_deref() != Some(&dropped[..]))
    );
    let carried = next
        .measures
        .iter()
        .find(|m| m.continues.as_deref() == Some(&changed[..]))
        .expect("the changed measure continued");
    assert_eq!(carried.addresses, ["just-endret"]);
    assert!(
        next.measures
            .iter()
            .any(|m| m.addresses == ["just-ny"] && m.sub_goals == [sub_goal.clone()])
    );
    let with_next = with(
        &with_midterm,
        AnyDocument::ActionPlan(Document::from_value(next.clone())),
    );
    let new_rules = added(&with_midterm, &with_next, plan_day);
    assert_eq!(
        new_rules,
        BTreeSet::from(["plan.draft.incomplete".to_string()]),
        "the drafted plan adds only incomplete findings"
    );

    // 3. The plan adopted; the final evaluation drafted in the last year
    //    covers both plans.
    let mut adopted = next.clone();
    adopted.adopted = Some(tromsvekst::model::Adoption {
        date: format!("{}-02", next.period.start).parse().expect("month"),
        by: "testen".into(),
        reference: None,
    });
    for m in &mut adopted.measures {
        m.end = Some(format!("{}-12", next.period.end).parse().expect("month"));
    }
    let whole = with(
        &with_midterm,
        AnyDocument::ActionPlan(Document::from_value(adopted.clone())),
    );
    let final_day = day(&format!("{}-10-01", p.final_year));
    let mut fin = evaluation(draft(&whole, DraftKind::Final, final_day, Lang::Nb).expect("final"));
    assert_eq!(fin.assesses, [first_plan.id.clone(), adopted.id.clone()]);
    let plans_in_evidence: BTreeSet<String> = fin
        .findings
        .iter()
        .flat_map(|f| f.evidence.iter().flat_map(|e| e.measures.iter()))
        .filter_map(|m| m.plan.clone())
        .collect();
    assert!(plans_in_evidence.contains(&adopted.id));
    let with_final = with(
        &whole,
        AnyDocument::Evaluation(Document::from_value(fin.clone())),
    );
    for rule in added(&whole, &with_final, final_day) {
        assert!(
            [
                "evaluation.finding.incomplete",
                "evaluation.feedback.incomplete"
            ]
            .contains(&rule.as_str()),
            "the final draft adds {rule}"
        );
    }

    // 4. Refreshing a filled-in final draft after the plan changed: every
    //    judgment unchanged, the evidence renewed.
    fill_in(&mut fin, "slutt");
    let before = judgments(&fin);
    let mut changed_plan = adopted.clone();
    let carried_id = carried.id.clone();
    for m in &mut changed_plan.measures {
        if m.id == carried_id {
            m.status = MeasureStatus::Completed;
            m.progress = 100;
        }
    }
    let later = with(
        &with_midterm,
        AnyDocument::ActionPlan(Document::from_value(changed_plan)),
    );
    let old = AnyDocument::Evaluation(Document::from_value(fin.clone()));
    let refreshed = evaluation(
        refresh(
            &later,
            DraftKind::Final,
            day(&format!("{}-11-01", p.final_year)),
            Lang::Nb,
            &old,
        )
        .expect("refresh"),
    );
    assert_eq!(judgments(&refreshed), before, "every judgment kept");
    let status_of = |e: &Evaluation| {
        e.findings
            .iter()
            .flat_map(|f| f.evidence.iter().flat_map(|x| x.measures.iter()))
            .find(|m| m.id == carried_id)
            .map(|m| m.status)
    };
    assert_ne!(status_of(&fin), Some(MeasureStatus::Completed));
    assert_eq!(
        status_of(&refreshed),
        Some(MeasureStatus::Completed),
        "new evidence in"
    );
    // The date is the analysts' once they have the draft: a refresh keeps it.
    assert_eq!(refreshed.date, fin.date);

    // 5. Refreshing the plan draft the analysts began keeps their words.
    let mut begun = next.clone();
    begun.measures[0].title = Text::nb("Analytikernes tittel");
    begun.measures.retain(|m| m.addresses != ["just-ny"]);
    let refreshed = plan(
        refresh(
            &with_next,
            DraftKind::Plan,
            plan_day,
            Lang::Nb,
            &AnyDocument::ActionPlan(Document::from_value(begun.clone())),
        )
        .expect("refresh plan"),
    );
    assert_eq!(refreshed.measures[0].title.nb, "Analytikernes tittel");
    assert!(
        refreshed
            .measures
            .iter()
            .any(|m| m.addresses == ["just-ny"]),
        "the missing measure added back"
    );
    assert_eq!(refreshed.measures.len(), next.measures.len());
}

#[test]
fn nord_troms_from_the_first_plan_to_the_final_evaluation() {
    let b = bundle(&[
        ("agreement.json", read("nord-troms/agreement.json")),
        ("plan.json", read("nord-troms/action-plan-2025-2026.json")),
        ("meetings.json", read("nord-troms/meetings-2025-2026.json")),
        ("indicators.json", read("nord-troms/indicators.json")),
    ]);
    lifecycle(&b);
}

#[test]
fn fjordvik_three_year_plans_and_one_meeting_a_year_with_no_code_change() {
    let b = bundle(&[
        (
            "agreement.json",
            read("illustrative/fjordvik-agreement.json"),
        ),
        (
            "plan.json",
            read("illustrative/fjordvik-action-plan-2026-2028.json"),
        ),
        (
            "meetings.json",
            read("illustrative/fjordvik-meetings-2026-2028.json"),
        ),
        (
            "indicators.json",
            read("illustrative/fjordvik-indicators.json"),
        ),
    ]);
    assert_eq!(period(&b).plan_years, 3);
    assert_eq!(
        b.agreement().value.governance.political.meetings_per_year,
        1
    );
    lifecycle(&b);
}
