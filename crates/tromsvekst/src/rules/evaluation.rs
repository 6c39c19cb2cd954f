//! Rules for evaluations [1, 7].

use super::{DocRef, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{Evaluation, EvaluationStatus, Stage};
use crate::rules::{Arg, Both, Message, Value};

mod refs;
use refs::{
    ReferenceUnknownIndicator, ReferenceUnknownPlan, ReferenceUnknownTarget, unknown_indicator,
    unknown_plan, unknown_target,
};

super::rule_table!(Some(DocumentKind::Evaluation));

pub(super) static RULES: &[Rule] = &[
    rule!(
        "evaluation.midterm.plan",
        Severity::Error,
        "7",
        (
            "Planen midtveisevalueringen vurderer",
            "The plan the midterm evaluation assesses",
        ),
        MidtermPlan,
        midterm_plan,
    ),
    rule!(
        "evaluation.midterm.late",
        Severity::Error,
        "1",
        (
            "Midtveisevalueringen for sent",
            "Midterm evaluation too late",
        ),
        MidtermLate,
        midterm_late,
    ),
    rule!(
        "evaluation.midterm.overdue",
        Severity::Error,
        "7",
        (
            "Midtveisevalueringen er ikke gjennomført i tide",
            "Midterm evaluation not done in time",
        ),
        MidtermOverdue,
        midterm_overdue,
    ),
    rule!(
        "evaluation.final.overdue",
        Severity::Error,
        "7",
        (
            "Sluttevalueringen er ikke gjennomført i tide",
            "Final evaluation not done in time",
        ),
        FinalOverdue,
        final_overdue,
    ),
    rule!(
        "evaluation.handling.missing",
        Severity::Warning,
        "7",
        (
            "Evaluering ikke behandlet av en part",
            "Evaluation not handled by a party",
        ),
        HandlingMissing,
        handling_missing,
    ),
    rule!(
        "evaluation.midterm.after-next-plan",
        Severity::Error,
        "7",
        (
            "Midtveisevaluering etter neste plan",
            "Midterm evaluation after the next plan",
        ),
        MidtermAfterNextPlan,
        midterm_after_next_plan,
    ),
    rule!(
        "evaluation.final.year",
        Severity::Error,
        "7",
        (
            "Tidspunkt for sluttevalueringen",
            "Timing of the final evaluation",
        ),
        FinalYear,
        final_year,
    ),
    rule!(
        "evaluation.final.content",
        Severity::Error,
        "7",
        (
            "Innholdet i sluttevalueringen",
            "Content of the final evaluation",
        ),
        FinalContent,
        final_content,
    ),
    rule!(
        "evaluation.roles",
        Severity::Error,
        "7",
        (
            "Ansvar for evalueringen",
            "Responsibility for the evaluation",
        ),
        Roles,
        roles,
    ),
    rule!(
        "evaluation.finding.incomplete",
        Severity::Warning,
        "7",
        ("Vurdering som ikke er fylt ut", "Assessment not filled in"),
        FindingIncomplete,
        finding_incomplete,
    ),
    rule!(
        "evaluation.feedback.incomplete",
        Severity::Warning,
        "7",
        (
            "Tilbakemelding som ikke er fylt ut",
            "Feedback not filled in",
        ),
        FeedbackIncomplete,
        feedback_incomplete,
    ),
    rule!(
        "evaluation.long-term-result.unknown",
        Severity::Error,
        "7",
        ("Ukjent langsiktig resultat", "Unknown long-term result"),
        LongTermResultUnknown,
        long_term_unknown,
    ),
    rule!(
        "evaluation.focus-area.unassessed",
        Severity::Warning,
        "7",
        ("Innsatsområde uten vurdering", "Focus area not assessed"),
        FocusAreaUnassessed,
        focus_area_unassessed,
    ),
    rule!(
        "evaluation.reference.unknown-target",
        Severity::Error,
        "5",
        (
            "Ukjent innsatsområde eller delmål",
            "Unknown focus area or sub-goal",
        ),
        ReferenceUnknownTarget,
        unknown_target,
    ),
    rule!(
        "evaluation.reference.unknown-plan",
        Severity::Error,
        "7",
        ("Ukjent handlingsplan", "Unknown action plan"),
        ReferenceUnknownPlan,
        unknown_plan,
    ),
    rule!(
        "evaluation.reference.unknown-indicator",
        Severity::Error,
        "7",
        ("Ukjent indikator", "Unknown indicator"),
        ReferenceUnknownIndicator,
        unknown_indicator,
    ),
];

super::message! {
    /// `evaluation.midterm.plan`
    MidtermPlan { expected, found }
    nb: "Midtveisevalueringen skal vurdere fremdrift mot handlingsplanen for {expected}, men vurderer {found}.",
    en: "The midterm evaluation must assess progress against the action plan for {expected}, but assesses {found}.",
}

super::message! {
    /// `evaluation.midterm.late`
    MidtermLate { when, year }
    nb: "Midtveisevalueringen {when}, etter utgangen av {year}.",
    en: "The midterm evaluation {when}, after the end of {year}.",
}

super::message! {
    /// `evaluation.midterm.overdue`
    MidtermOverdue { due, as_of, state }
    nb: "Midtveisevalueringen skulle vært gjennomført innen {due}; per {as_of} {state}.",
    en: "The midterm evaluation was due by {due}; as of {as_of} {state}.",
}

super::message! {
    /// `evaluation.final.overdue`
    FinalOverdue { due, as_of, state }
    nb: "Sluttevalueringen skulle vært gjennomført innen {due}; per {as_of} {state}.",
    en: "The final evaluation was due by {due}; as of {as_of} {state}.",
}

super::message! {
    /// `evaluation.handling.missing`
    HandlingMissing { id, party }
    nb: "Evalueringen «{id}» er avsluttet, men ikke behandlet av «{party}»; partene vurderer den sammen.",
    en: "The evaluation \"{id}\" is concluded but not handled by \"{party}\"; the parties assess it together.",
}

super::message! {
    /// `evaluation.midterm.after-next-plan`
    MidtermAfterNextPlan { date, plan, adopted }
    nb: "Midtveisevalueringen er datert {date}, etter at neste handlingsplan «{plan}» ble vedtatt ({adopted}); justeringene skal inn i den planen.",
    en: "The midterm evaluation is dated {date}, after the next action plan \"{plan}\" was adopted ({adopted}); its adjustments belong in that plan.",
}

super::message! {
    /// `evaluation.final.year`
    FinalYear { date, year }
    nb: "Sluttevalueringen er datert {date}, ikke i avtaleperiodens siste år {year}.",
    en: "The final evaluation is dated {date}, not in the agreement period's last year {year}.",
}

super::message! {
    /// `evaluation.final.content`
    FinalContent { missing }
    nb: "Sluttevalueringen har ingen {missing}; den skal samle både kvantitative resultater og kvalitative tilbakemeldinger.",
    en: "The final evaluation has no {missing}; it must gather both quantitative results and qualitative feedback.",
}

super::message! {
    /// `evaluation.roles`
    Roles { problem, responsible, assisting }
    nb: "Evalueringen {problem}; etter avtalen har «{responsible}» hovedansvar med bistand fra {assisting}.",
    en: "The evaluation {problem}; under the agreement \"{responsible}\" is responsible, assisted by {assisting}.",
}

super::message! {
    /// `evaluation.finding.incomplete`
    FindingIncomplete { target, missing }
    nb: "Vurderingen av {target} mangler {missing}; det skal analytikerne fylle ut.",
    en: "The assessment of {target} has no {missing} yet; the analysts fill it in.",
}

super::message! {
    /// `evaluation.feedback.incomplete`
    FeedbackIncomplete { source }
    nb: "Tilbakemeldingen fra «{source}» er ikke samlet inn ennå; det skal analytikerne fylle ut.",
    en: "The feedback from \"{source}\" is not gathered yet; the analysts fill it in.",
}

super::message! {
    /// `evaluation.long-term-result.unknown`
    LongTermResultUnknown { id }
    nb: "Evalueringen vurderer det langsiktige resultatet «{id}», som avtalen ikke har.",
    en: "The evaluation assesses the long-term result \"{id}\", which the agreement does not have.",
}

super::message! {
    /// `evaluation.focus-area.unassessed`
    FocusAreaUnassessed { area }
    nb: "Evalueringen vurderer ikke innsatsområde {area}.",
    en: "The evaluation does not assess focus area {area}.",
}

fn evaluations<'a>(input: &'a Input<'_>) -> impl Iterator<Item = (DocRef, &'a Evaluation)> {
    input.bundle.evaluations()
}

pub(super) fn midterms<'a>(input: &'a Input<'_>) -> impl Iterator<Item = (DocRef, &'a Evaluation)> {
    evaluations(input).filter(|(_, e)| e.stage == Stage::Midterm)
}

fn midterm_plan(input: &Input<'_>, sink: &mut Sink<'_, MidtermPlan>) {
    let expected = input.agreement.evaluation.midterm.assesses;
    for (d, e) in midterms(input) {
        let periods: Vec<String> = e
            .assesses
            .iter()
            .filter_map(|id| input.bundle.action_plans().find(|(_, p)| p.id == *id))
            .map(|(_, p)| p.period.to_string())
            .collect();
        let right = input
            .bundle
            .action_plans()
            .any(|(_, p)| p.period == expected && e.assesses.contains(&p.id));
        let known = e
            .assesses
            .iter()
            .all(|id| input.bundle.action_plans().any(|(_, p)| p.id == *id));
        // Unknown plan ids are reported by evaluation.reference.unknown-plan.
        sink.examine();
        if !right && known {
            let found = if periods.is_empty() {
                "–".to_string()
            } else {
                periods.join(", ")
            };
            sink.emit(
                d,
                "/assesses",
                MidtermPlan {
                    expected: expected.arg(),
                    found: found.arg(),
                },
            );
        }
    }
}

fn midterm_late(input: &Input<'_>, sink: &mut Sink<'_, MidtermLate>) {
    let year = input.agreement.evaluation.midterm.year;
    for (d, e) in midterms(input) {
        // Done when the parties have handled it (its own date before that).
        let date = e.effective_date();
        sink.examine();
        if date.year() > year {
            // Say which date is late: its own, or its handling's.
            let (nb, en) = if date == e.date {
                (format!("er datert {date}"), format!("is dated {date}"))
            } else {
                (
                    format!(
                        "er datert {}, men partene var ferdige med å behandle den {date}",
                        e.date
                    ),
                    format!(
                        "is dated {}, but the parties finished handling it on {date}",
                        e.date
                    ),
                )
            };
            sink.emit(
                d,
                date_pointer(e),
                MidtermLate {
                    when: Both(&nb, &en).arg(),
                    year: year.arg(),
                },
            );
        }
    }
}

/// An evaluation of `stage`, due by the end of `year`, that is not
/// concluded as of the day judged on: none at all (said at the agreement's
/// evaluation plan), or only drafts (said at each draft's status). The
/// messages of both stages have the fields `due`, `as_of`, `state`.
fn overdue<M>(
    input: &Input<'_>,
    sink: &mut Sink<'_, M>,
    stage: Stage,
    year: i32,
    plan_pointer: &str,
) where
    M: Message + From<[Value; 3]>,
{
    let (Some(as_of), Some(due)) = (input.as_of, crate::date::Date::end_of_year(year)) else {
        return;
    };
    if as_of <= due {
        return;
    }
    let docs: Vec<(DocRef, &Evaluation)> = evaluations(input)
        .filter(|(_, e)| e.stage == stage)
        .collect();
    sink.examine();
    if docs
        .iter()
        .any(|(_, e)| e.status == EvaluationStatus::Concluded)
    {
        return;
    }
    if docs.is_empty() {
        sink.emit(
            super::AGREEMENT,
            plan_pointer,
            M::from([
                due.arg(),
                as_of.arg(),
                Both("finnes den ikke", "there is none").arg(),
            ]),
        );
    }
    for (d, e) in docs {
        let state = Both(
            format!("er «{}» fortsatt et utkast", e.id),
            format!("\"{}\" is still a draft", e.id),
        );
        sink.emit(d, "/status", M::from([due.arg(), as_of.arg(), state.arg()]));
    }
}

/// Where an evaluation's effective date stands: its last handling, or its own date.
fn date_pointer(e: &Evaluation) -> String {
    match e.handling.iter().enumerate().max_by_key(|(_, h)| h.date) {
        Some((i, _)) => crate::pointer::ptr!["handling", i, "date"],
        None => "/date".to_string(),
    }
}

/// A concluded evaluation that a party's body has not handled, as of the
/// day judged on [7: the county and the regional council assess it together].
fn handling_missing(input: &Input<'_>, sink: &mut Sink<'_, HandlingMissing>) {
    if input.as_of.is_none() {
        return;
    }
    for (d, e) in evaluations(input) {
        if e.status != EvaluationStatus::Concluded {
            continue;
        }
        for p in &input.agreement.parties {
            sink.examine();
            if !e.handling.iter().any(|h| h.party == p.id) {
                sink.emit(
                    d,
                    if e.handling.is_empty() {
                        "/status".to_string()
                    } else {
                        "/handling".to_string()
                    },
                    HandlingMissing {
                        id: e.id.arg(),
                        party: p.id.arg(),
                    },
                );
            }
        }
    }
}

fn midterm_overdue(input: &Input<'_>, sink: &mut Sink<'_, MidtermOverdue>) {
    let year = input.agreement.evaluation.midterm.year;
    overdue(input, sink, Stage::Midterm, year, "/evaluation/midterm");
}

fn final_overdue(input: &Input<'_>, sink: &mut Sink<'_, FinalOverdue>) {
    let year = input.agreement.evaluation.final_evaluation.year;
    overdue(input, sink, Stage::Final, year, "/evaluation/final");
}

fn midterm_after_next_plan(input: &Input<'_>, sink: &mut Sink<'_, MidtermAfterNextPlan>) {
    let next = input.agreement.evaluation.midterm.adjustments_into;
    let Some((_, plan)) = super::sequence::plan_for(input, &next) else {
        return;
    };
    let Some(adopted) = &plan.adopted else { return };
    for (d, e) in midterms(input) {
        let date = e.effective_date();
        sink.examine();
        if date > adopted.date.latest() {
            sink.emit(
                d,
                date_pointer(e),
                MidtermAfterNextPlan {
                    date: date.arg(),
                    plan: plan.id.arg(),
                    adopted: adopted.date.arg(),
                },
            );
        }
    }
}

fn final_year(input: &Input<'_>, sink: &mut Sink<'_, FinalYear>) {
    let year = input.agreement.period.end;
    for (d, e) in evaluations(input).filter(|(_, e)| e.stage == Stage::Final) {
        sink.examine();
        if e.date.year() != year {
            sink.emit(
                d,
                "/date",
                FinalYear {
                    date: e.date.arg(),
                    year: year.arg(),
                },
            );
        }
    }
}

fn final_content(input: &Input<'_>, sink: &mut Sink<'_, FinalContent>) {
    let plan = &input.agreement.evaluation.final_evaluation;
    for (d, e) in evaluations(input).filter(|(_, e)| e.stage == Stage::Final) {
        sink.examine();
        if plan.quantitative_results && e.quantitative_results.is_empty() {
            sink.emit(
                d,
                "/quantitative_results",
                FinalContent {
                    missing: Both("kvantitative resultater", "quantitative results").arg(),
                },
            );
        }
        sink.examine();
        if plan.qualitative_feedback && e.qualitative_feedback.is_empty() {
            sink.emit(
                d,
                "/qualitative_feedback",
                FinalContent {
                    missing: Both("kvalitative tilbakemeldinger", "qualitative feedback").arg(),
                },
            );
        }
    }
}

fn roles(input: &Input<'_>, sink: &mut Sink<'_, Roles>) {
    let plan = &input.agreement.evaluation;
    let quoted = |open: &str, close: &str| {
        plan.assisting
            .iter()
            .map(|a| format!("{open}{a}{close}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (assisting_nb, assisting_en) = (quoted("«", "»"), quoted("\"", "\""));
    for (d, e) in evaluations(input) {
        sink.examine();
        if e.responsible != plan.responsible {
            sink.emit(
                d,
                "/responsible",
                Roles {
                    problem: Both(
                        &format!("har «{}» som hovedansvarlig", e.responsible),
                        &format!("names \"{}\" as responsible", e.responsible),
                    )
                    .arg(),
                    responsible: plan.responsible.arg(),
                    assisting: Both(&assisting_nb, &assisting_en).arg(),
                },
            );
        }
        for a in &plan.assisting {
            sink.examine();
            if !e.assisting.contains(a) {
                sink.emit(
                    d,
                    "/assisting",
                    Roles {
                        problem: Both(
                            &format!("har ikke «{a}» som bistående"),
                            &format!("does not list \"{a}\" as assisting"),
                        )
                        .arg(),
                        responsible: plan.responsible.arg(),
                        assisting: Both(&assisting_nb, &assisting_en).arg(),
                    },
                );
            }
        }
    }
}

fn target_name(area: u32, sub_goal: &Option<String>) -> (String, String) {
    match sub_goal {
        Some(g) => (format!("delmål {g}"), format!("sub-goal {g}")),
        None => (
            format!("innsatsområde {area}"),
            format!("focus area {area}"),
        ),
    }
}

fn finding_incomplete(input: &Input<'_>, sink: &mut Sink<'_, FindingIncomplete>) {
    for (d, e) in evaluations(input) {
        for (j, f) in e.findings.iter().enumerate() {
            sink.examine();
            let missing = match (f.rating.is_none(), f.text.is_none()) {
                (true, true) => ("vurdering (rating) og tekst", "rating and text"),
                (true, false) => ("vurdering (rating)", "rating"),
                (false, true) => ("tekst", "text"),
                (false, false) => continue,
            };
            let (nb, en) = target_name(f.focus_area, &f.sub_goal);
            sink.emit(
                d,
                crate::pointer::ptr!["findings", j],
                FindingIncomplete {
                    target: Both(&nb, &en).arg(),
                    missing: Both(&missing.0, &missing.1).arg(),
                },
            );
        }
        for (j, r) in e.long_term_results.iter().enumerate() {
            sink.examine();
            let missing = match (r.rating.is_none(), r.text.is_none()) {
                (true, true) => ("vurdering (rating) og tekst", "rating and text"),
                (true, false) => ("vurdering (rating)", "rating"),
                (false, true) => ("tekst", "text"),
                (false, false) => continue,
            };
            let nb = format!("det langsiktige resultatet «{}»", r.result);
            let en = format!("the long-term result \"{}\"", r.result);
            sink.emit(
                d,
                crate::pointer::ptr!["long_term_results", j],
                FindingIncomplete {
                    target: Both(&nb, &en).arg(),
                    missing: Both(&missing.0, &missing.1).arg(),
                },
            );
        }
    }
}

fn feedback_incomplete(input: &Input<'_>, sink: &mut Sink<'_, FeedbackIncomplete>) {
    for (d, e) in evaluations(input) {
        for (j, f) in e.qualitative_feedback.iter().enumerate() {
            sink.examine();
            if f.text.as_ref().is_none_or(|t| t.nb.trim().is_empty()) {
                sink.emit(
                    d,
                    crate::pointer::ptr!["qualitative_feedback", j],
                    FeedbackIncomplete {
                        source: f.source.arg(),
                    },
                );
            }
        }
    }
}

fn long_term_unknown(input: &Input<'_>, sink: &mut Sink<'_, LongTermResultUnknown>) {
    for (d, e) in evaluations(input) {
        for (j, r) in e.long_term_results.iter().enumerate() {
            sink.examine();
            if !input
                .agreement
                .long_term_results
                .results
                .iter()
                .any(|x| x.id == r.result)
            {
                sink.emit(
                    d,
                    crate::pointer::ptr!["long_term_results", j, "result"],
                    LongTermResultUnknown { id: r.result.arg() },
                );
            }
        }
    }
}

fn focus_area_unassessed(input: &Input<'_>, sink: &mut Sink<'_, FocusAreaUnassessed>) {
    for (d, e) in evaluations(input) {
        for f in &input.agreement.focus_areas {
            sink.examine();
            if !e.findings.iter().any(|x| x.focus_area == f.number) {
                sink.emit(
                    d,
                    "/findings",
                    FocusAreaUnassessed {
                        area: f.number.arg(),
                    },
                );
            }
        }
    }
}
