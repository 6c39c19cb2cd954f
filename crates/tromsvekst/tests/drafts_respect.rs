//! Drafts that respect the analysts: a refresh adds only what is new since
//! the draft was made, never what the analysts took out; a renamed place is
//! still the place it was; the date is theirs; made-up values are marked to
//! be filled in; and a draft among the documents is refreshed or named,
//! never replaced in silence.

mod common;

use tromsvekst::draft::{DraftKind, draft, refresh};
use tromsvekst::model::{ActionPlan, Evaluation, Text};
use tromsvekst::{AnyDocument, Bundle, Config, Date, Document, Lang};

fn day(s: &str) -> Date {
    s.parse().expect("day")
}

fn evaluation(d: AnyDocument) -> Evaluation {
    match d {
        AnyDocument::Evaluation(e) => e.value,
        other => panic!("not an evaluation: {:?}", other.kind()),
    }
}

fn plan(d: AnyDocument) -> ActionPlan {
    match d {
        AnyDocument::ActionPlan(p) => p.value,
        other => panic!("not a plan: {:?}", other.kind()),
    }
}

const WHOLE: &str = "examples/nord-troms/whole-period";

#[test]
fn a_removed_and_a_renamed_feedback_place_stay_so_after_a_refresh() {
    let bundle = common::folder(WHOLE, &["final-evaluation-2028.json"]);
    let mut begun =
        evaluation(draft(&bundle, DraftKind::Final, day("2028-10-25"), Lang::Nb).expect("draft"));
    assert!(
        !begun.id.ends_with("-draft"),
        "ids name the thing, not its state: {}",
        begun.id
    );
    // The analysts take out business, rename a municipality's place, fill in
    // the rest, and date the evaluation themselves.
    let places = begun.qualitative_feedback.len();
    begun
        .qualitative_feedback
        .retain(|f| f.source != "Næringslivet");
    let kafjord = begun
        .qualitative_feedback
        .iter_mut()
        .find(|f| f.source == "Kåfjord kommune")
        .expect("Kåfjord");
    kafjord.source = "Gáivuona suohkan – Kåfjord kommune".into();
    for f in &mut begun.qualitative_feedback {
        f.text = Some(Text::nb("Sagt på møtet."));
    }
    begun.date = day("2028-11-05");
    let old = AnyDocument::Evaluation(Document::from_value(begun.clone()));
    for lang in [Lang::Nb, Lang::En] {
        let refreshed = evaluation(
            refresh(&bundle, DraftKind::Final, day("2028-11-20"), lang, &old).expect("refresh"),
        );
        let sources: Vec<&str> = refreshed
            .qualitative_feedback
            .iter()
            .map(|f| f.source.as_str())
            .collect();
        assert_eq!(
            refreshed.qualitative_feedback.len(),
            places - 1,
            "{lang:?}: {sources:?}"
        );
        assert!(
            !sources
                .iter()
                .any(|s| *s == "Næringslivet" || *s == "Business"),
            "{sources:?}"
        );
        assert!(
            sources.contains(&"Gáivuona suohkan – Kåfjord kommune"),
            "{sources:?}"
        );
        assert!(!sources.contains(&"Kåfjord kommune"), "{sources:?}");
        assert_eq!(
            refreshed.date,
            day("2028-11-05"),
            "the analysts' date is kept"
        );
        // Every place filled in: the "not filled in" warning is gone.
        let mut docs: Vec<AnyDocument> = bundle.documents().to_vec();
        docs.push(AnyDocument::Evaluation(Document::from_value(refreshed)));
        let with = Bundle::from_documents(docs, Some(bundle.agreement().clone())).expect("bundle");
        let report = tromsvekst::validate_bundle(&with, &Config::new(lang, day("2028-11-20")));
        assert!(
            !report
                .groups
                .iter()
                .any(|g| g.rule == "evaluation.feedback.incomplete"),
            "{lang:?}"
        );
    }
    // Something new since the draft was made is still added: a place the
    // draft had not offered before.
    let mut older = begun.clone();
    older.offered.retain(|k| !k.starts_with("feedback:youth"));
    older
        .qualitative_feedback
        .retain(|f| f.source != "Ungdomsrådene");
    let refreshed = evaluation(
        refresh(
            &bundle,
            DraftKind::Final,
            day("2028-11-20"),
            Lang::Nb,
            &AnyDocument::Evaluation(Document::from_value(older)),
        )
        .expect("refresh"),
    );
    assert!(
        refreshed
            .qualitative_feedback
            .iter()
            .any(|f| f.source == "Ungdomsrådene")
    );
}

#[test]
fn a_plan_refresh_adds_no_milestone_for_adjustments_a_meeting_or_an_indicator_carries_out() {
    let bundle = common::folder(
        WHOLE,
        &["action-plan-2027-2028.json", "final-evaluation-2028.json"],
    );
    let next = plan(draft(&bundle, DraftKind::Plan, day("2027-01-10"), Lang::Nb).expect("draft"));
    let addressed: Vec<&str> = next
        .milestones
        .iter()
        .flat_map(|m| m.addresses.iter().map(String::as_str))
        .collect();
    // just-2026-3 (governance) is carried out by a meeting, just-2026-4
    // (indicator) by an indicator: no placeholder milestone for either.
    assert!(
        !addressed.contains(&"just-2026-3") && !addressed.contains(&"just-2026-4"),
        "{addressed:?}"
    );
    assert!(
        addressed.contains(&"just-2026-2"),
        "the milestone adjustment gets its milestone"
    );
    // Its due day is made up: to be filled in until the analysts change it.
    let with = |p: &ActionPlan| {
        let mut docs: Vec<AnyDocument> = bundle.documents().to_vec();
        docs.push(AnyDocument::ActionPlan(Document::from_value(p.clone())));
        let b = Bundle::from_documents(docs, Some(bundle.agreement().clone())).expect("bundle");
        tromsvekst::validate_bundle(&b, &Config::new(Lang::En, day("2027-01-10")))
    };
    let made_up = |r: &tromsvekst::Report| {
        r.findings()
            .filter(|f| f.rule == "plan.draft.incomplete" && f.message.contains("draft put in"))
            .count()
    };
    let before = made_up(&with(&next));
    assert!(
        before >= 2,
        "the due day and the default responsible party are marked: {before}"
    );
    let mut decided = next.clone();
    for m in &mut decided.milestones {
        m.due = day("2027-06-30");
    }
    assert_eq!(made_up(&with(&decided)), before - decided.milestones.len());
    // A refresh with the analysts' due day keeps it, and adds no milestone.
    let refreshed = plan(
        refresh(
            &bundle,
            DraftKind::Plan,
            day("2027-02-01"),
            Lang::Nb,
            &AnyDocument::ActionPlan(Document::from_value(decided.clone())),
        )
        .expect("refresh"),
    );
    assert_eq!(refreshed.milestones, decided.milestones);
}

#[test]
fn a_draft_among_the_documents_is_refreshed_or_named_never_replaced() {
    // The final evaluation begun in the whole-period examples: drafting the
    // final again refreshes it, every word of the analysts kept.
    let bundle = common::folder(WHOLE, &[]);
    let begun = bundle
        .evaluations()
        .map(|(_, e)| e.clone())
        .find(|e| e.stage == tromsvekst::model::Stage::Final)
        .expect("the begun final");
    let again =
        evaluation(draft(&bundle, DraftKind::Final, day("2028-11-20"), Lang::En).expect("draft"));
    assert_eq!(again.id, begun.id);
    assert_eq!(again.findings[0].text, begun.findings[0].text);
    assert!(tromsvekst::draft::begun(&bundle, DraftKind::Final).is_some());
    // A draft of the next plan among the documents: drafting again says so,
    // and how to refresh it.
    let plan_folder = common::folder(
        WHOLE,
        &["action-plan-2027-2028.json", "final-evaluation-2028.json"],
    );
    let next =
        plan(draft(&plan_folder, DraftKind::Plan, day("2027-01-10"), Lang::En).expect("draft"));
    let mut docs: Vec<AnyDocument> = plan_folder.documents().to_vec();
    docs.push(AnyDocument::ActionPlan(Document::from_value(next)));
    let with = Bundle::from_documents(docs, Some(plan_folder.agreement().clone())).expect("bundle");
    let e = draft(&with, DraftKind::Plan, day("2027-01-20"), Lang::En).expect_err("refused");
    assert!(
        e.message(Lang::En).contains("--update FILE"),
        "{}",
        e.message(Lang::En)
    );
    assert!(
        e.message(Lang::Nb).contains("--update FIL"),
        "{}",
        e.message(Lang::Nb)
    );
}
