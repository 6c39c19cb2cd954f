//! Rules for evaluations [1, 7].

use super::{DocRef, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{Evaluation, EvaluationStatus, Stage};
use std::collections::HashSet;

super::rule_table!(Some(DocumentKind::Evaluation));

pub(super) static RULES: &[Rule] = &[
    rule(
        "evaluation.midterm.plan",
        Severity::Error,
        "7",
        (
            "Planen midtveisevalueringen vurderer",
            "The plan the midterm evaluation assesses",
        ),
        (
            "Midtveisevalueringen skal vurdere fremdrift mot handlingsplanen for {expected}, men vurderer {found}.",
            "The midterm evaluation must assess progress against the action plan for {expected}, but assesses {found}.",
        ),
        midterm_plan,
    ),
    rule(
        "evaluation.midterm.late",
        Severity::Error,
        "1",
        (
            "Midtveisevalueringen for sent",
            "Midterm evaluation too late",
        ),
        (
            "Midtveisevalueringen {when}, etter utgangen av {year}.",
            "The midterm evaluation {when}, after the end of {year}.",
        ),
        midterm_late,
    ),
    rule(
        "evaluation.midterm.overdue",
        Severity::Error,
        "7",
        (
            "Midtveisevalueringen er ikke gjennomført i tide",
            "Midterm evaluation not done in time",
        ),
        (
            "Midtveisevalueringen skulle vært gjennomført innen {due}; per {as_of} {state}.",
            "The midterm evaluation was due by {due}; as of {as_of} {state}.",
        ),
        midterm_overdue,
    ),
    rule(
        "evaluation.final.overdue",
        Severity::Error,
        "7",
        (
            "Sluttevalueringen er ikke gjennomført i tide",
            "Final evaluation not done in time",
        ),
        (
            "Sluttevalueringen skulle vært gjennomført innen {due}; per {as_of} {state}.",
            "The final evaluation was due by {due}; as of {as_of} {state}.",
        ),
        final_overdue,
    ),
    rule(
        "evaluation.handling.missing",
        Severity::Warning,
        "7",
        (
            "Evaluering ikke behandlet av en part",
            "Evaluation not handled by a party",
        ),
        (
            "Evalueringen «{id}» er avsluttet, men ikke behandlet av «{party}»; partene vurderer den sammen.",
            "The evaluation \"{id}\" is concluded but not handled by \"{party}\"; the parties assess it together.",
        ),
        handling_missing,
    ),
    rule(
        "evaluation.midterm.after-next-plan",
        Severity::Error,
        "7",
        (
            "Midtveisevaluering etter neste plan",
            "Midterm evaluation after the next plan",
        ),
        (
            "Midtveisevalueringen er datert {date}, etter at neste handlingsplan «{plan}» ble vedtatt ({adopted}); justeringene skal inn i den planen.",
            "The midterm evaluation is dated {date}, after the next action plan \"{plan}\" was adopted ({adopted}); its adjustments belong in that plan.",
        ),
        midterm_after_next_plan,
    ),
    rule(
        "evaluation.final.year",
        Severity::Error,
        "7",
        (
            "Tidspunkt for sluttevalueringen",
            "Timing of the final evaluation",
        ),
        (
            "Sluttevalueringen er datert {date}, ikke i avtaleperiodens siste år {year}.",
            "The final evaluation is dated {date}, not in the agreement period's last year {year}.",
        ),
        final_year,
    ),
    rule(
        "evaluation.final.content",
        Severity::Error,
        "7",
        (
            "Innholdet i sluttevalueringen",
            "Content of the final evaluation",
        ),
        (
            "Sluttevalueringen har ingen {missing}; den skal samle både kvantitative resultater og kvalitative tilbakemeldinger.",
            "The final evaluation has no {missing}; it must gather both quantitative results and qualitative feedback.",
        ),
        final_content,
    ),
    rule(
        "evaluation.roles",
        Severity::Error,
        "7",
        (
            "Ansvar for evalueringen",
            "Responsibility for the evaluation",
        ),
        (
            "Evalueringen {problem}; etter avtalen har «{responsible}» hovedansvar med bistand fra {assisting}.",
            "The evaluation {problem}; under the agreement \"{responsible}\" is responsible, assisted by {assisting}.",
        ),
        roles,
    ),
    rule(
        "evaluation.finding.incomplete",
        Severity::Warning,
        "7",
        ("Vurdering som ikke er fylt ut", "Assessment not filled in"),
        (
            "Vurderingen av {target} mangler {missing}; det skal analytikerne fylle ut.",
            "The assessment of {target} has no {missing} yet; the analysts fill it in.",
        ),
        finding_incomplete,
    ),
    rule(
        "evaluation.feedback.incomplete",
        Severity::Warning,
        "7",
        (
            "Tilbakemelding som ikke er fylt ut",
            "Feedback not filled in",
        ),
        (
            "Tilbakemeldingen fra «{source}» er ikke samlet inn ennå; det skal analytikerne fylle ut.",
            "The feedback from \"{source}\" is not gathered yet; the analysts fill it in.",
        ),
        feedback_incomplete,
    ),
    rule(
        "evaluation.long-term-result.unknown",
        Severity::Error,
        "7",
        ("Ukjent langsiktig resultat", "Unknown long-term result"),
        (
            "Evalueringen vurderer det langsiktige resultatet «{id}», som avtalen ikke har.",
            "The evaluation assesses the long-term result \"{id}\", which the agreement does not have.",
        ),
        long_term_unknown,
    ),
    rule(
        "evaluation.focus-area.unassessed",
        Severity::Warning,
        "7",
        ("Innsatsområde uten vurdering", "Focus area not assessed"),
        (
            "Evalueringen vurderer ikke innsatsområde {area}.",
            "The evaluation does not assess focus area {area}.",
        ),
        focus_area_unassessed,
    ),
    rule(
        "evaluation.reference.unknown-target",
        Severity::Error,
        "5",
        (
            "Ukjent innsatsområde eller delmål",
            "Unknown focus area or sub-goal",
        ),
        (
            "{target} finnes ikke i avtalen.",
            "{target} is not in the agreement.",
        ),
        unknown_target,
    ),
    rule(
        "evaluation.reference.unknown-plan",
        Severity::Error,
        "7",
        ("Ukjent handlingsplan", "Unknown action plan"),
        (
            "Evalueringen vurderer «{id}», som ikke er en av handlingsplanene.",
            "The evaluation assesses \"{id}\", which is not one of the action plans.",
        ),
        unknown_plan,
    ),
    rule(
        "evaluation.reference.unknown-indicator",
        Severity::Error,
        "7",
        ("Ukjent indikator", "Unknown indicator"),
        (
            "Resultatet viser til indikatoren «{id}», som ikke finnes.",
            "The result names the indicator \"{id}\", which does not exist.",
        ),
        unknown_indicator,
    ),
];

fn evaluations<'a>(input: &'a Input<'_>) -> impl Iterator<Item = (DocRef, &'a Evaluation)> {
    input.bundle.evaluations()
}

pub(super) fn midterms<'a>(input: &'a Input<'_>) -> impl Iterator<Item = (DocRef, &'a Evaluation)> {
    evaluations(input).filter(|(_, e)| e.stage == Stage::Midterm)
}

fn midterm_plan(input: &Input<'_>, sink: &mut Sink) {
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
        if !right && known {
            let found = if periods.is_empty() {
                "–".to_string()
            } else {
                periods.join(", ")
            };
            sink.emit(
                d,
                "/assesses",
                &[("expected", &expected), ("found", &found)],
            );
        }
    }
}

fn midterm_late(input: &Input<'_>, sink: &mut Sink) {
    let year = input.agreement.evaluation.midterm.year;
    for (d, e) in midterms(input) {
        // Done when the parties have handled it (its own date before that).
        let date = e.effective_date();
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
                &[("when_nb", &nb), ("when_en", &en), ("year", &year)],
            );
        }
    }
}

/// An evaluation of `stage`, due by the end of `year`, that is not
/// concluded as of the day judged on: none at all (said at the agreement's
/// evaluation plan), or only drafts (said at each draft's status).
fn overdue(input: &Input<'_>, sink: &mut Sink, stage: Stage, year: i32, plan_pointer: &str) {
    let (Some(as_of), Some(due)) = (input.as_of, crate::date::Date::end_of_year(year)) else {
        return;
    };
    if as_of <= due {
        return;
    }
    let docs: Vec<(DocRef, &Evaluation)> = evaluations(input)
        .filter(|(_, e)| e.stage == stage)
        .collect();
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
            &[
                ("due", &due),
                ("as_of", &as_of),
                ("state_nb", &"finnes den ikke"),
                ("state_en", &"there is none"),
            ],
        );
    }
    for (d, e) in docs {
        sink.emit(
            d,
            "/status",
            &[
                ("due", &due),
                ("as_of", &as_of),
                ("state_nb", &format!("er «{}» fortsatt et utkast", e.id)),
                ("state_en", &format!("\"{}\" is still a draft", e.id)),
            ],
        );
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
fn handling_missing(input: &Input<'_>, sink: &mut Sink) {
    if input.as_of.is_none() {
        return;
    }
    for (d, e) in evaluations(input) {
        if e.status != EvaluationStatus::Concluded {
            continue;
        }
        for p in &input.agreement.parties {
            if !e.handling.iter().any(|h| h.party == p.id) {
                sink.emit(
                    d,
                    if e.handling.is_empty() {
                        "/status".to_string()
                    } else {
                        "/handling".to_string()
                    },
                    &[("id", &e.id), ("party", &p.id)],
                );
            }
        }
    }
}

fn midterm_overdue(input: &Input<'_>, sink: &mut Sink) {
    let year = input.agreement.evaluation.midterm.year;
    overdue(input, sink, Stage::Midterm, year, "/evaluation/midterm");
}

fn final_overdue(input: &Input<'_>, sink: &mut Sink) {
    let year = input.agreement.evaluation.final_evaluation.year;
    overdue(input, sink, Stage::Final, year, "/evaluation/final");
}

fn midterm_after_next_plan(input: &Input<'_>, sink: &mut Sink) {
    let next = input.agreement.evaluation.midterm.adjustments_into;
    let Some((_, plan)) = super::sequence::plan_for(input, &next) else {
        return;
    };
    let Some(adopted) = &plan.adopted else { return };
    for (d, e) in midterms(input) {
        let date = e.effective_date();
        if date > adopted.date.latest() {
            sink.emit(
                d,
                date_pointer(e),
                &[
                    ("date", &date),
                    ("plan", &plan.id),
                    ("adopted", &adopted.date),
                ],
            );
        }
    }
}

fn final_year(input: &Input<'_>, sink: &mut Sink) {
    let year = input.agreement.period.end;
    for (d, e) in evaluations(input).filter(|(_, e)| e.stage == Stage::Final) {
        if e.date.year() != year {
            sink.emit(d, "/date", &[("date", &e.date), ("year", &year)]);
        }
    }
}

fn final_content(input: &Input<'_>, sink: &mut Sink) {
    let plan = &input.agreement.evaluation.final_evaluation;
    for (d, e) in evaluations(input).filter(|(_, e)| e.stage == Stage::Final) {
        if plan.quantitative_results && e.quantitative_results.is_empty() {
            sink.emit(
                d,
                "/quantitative_results",
                &[
                    ("missing_nb", &"kvantitative resultater"),
                    ("missing_en", &"quantitative results"),
                ],
            );
        }
        if plan.qualitative_feedback && e.qualitative_feedback.is_empty() {
            sink.emit(
                d,
                "/qualitative_feedback",
                &[
                    ("missing_nb", &"kvalitative tilbakemeldinger"),
                    ("missing_en", &"qualitative feedback"),
                ],
            );
        }
    }
}

fn roles(input: &Input<'_>, sink: &mut Sink) {
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
        if e.responsible != plan.responsible {
            sink.emit(
                d,
                "/responsible",
                &[
                    (
                        "problem_nb",
                        &format!("har «{}» som hovedansvarlig", e.responsible),
                    ),
                    (
                        "problem_en",
                        &format!("names \"{}\" as responsible", e.responsible),
                    ),
                    ("responsible", &plan.responsible),
                    ("assisting_nb", &assisting_nb),
                    ("assisting_en", &assisting_en),
                ],
            );
        }
        for a in &plan.assisting {
            if !e.assisting.contains(a) {
                sink.emit(
                    d,
                    "/assisting",
                    &[
                        ("problem_nb", &format!("har ikke «{a}» som bistående")),
                        ("problem_en", &format!("does not list \"{a}\" as assisting")),
                        ("responsible", &plan.responsible),
                        ("assisting_nb", &assisting_nb),
                        ("assisting_en", &assisting_en),
                    ],
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

fn finding_incomplete(input: &Input<'_>, sink: &mut Sink) {
    for (d, e) in evaluations(input) {
        for (j, f) in e.findings.iter().enumerate() {
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
                &[
                    ("target_nb", &nb),
                    ("target_en", &en),
                    ("missing_nb", &missing.0),
                    ("missing_en", &missing.1),
                ],
            );
        }
        for (j, r) in e.long_term_results.iter().enumerate() {
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
                &[
                    ("target_nb", &nb),
                    ("target_en", &en),
                    ("missing_nb", &missing.0),
                    ("missing_en", &missing.1),
                ],
            );
        }
    }
}

fn feedback_incomplete(input: &Input<'_>, sink: &mut Sink) {
    for (d, e) in evaluations(input) {
        for (j, f) in e.qualitative_feedback.iter().enumerate() {
            if f.text.as_ref().is_none_or(|t| t.nb.trim().is_empty()) {
                sink.emit(
                    d,
                    crate::pointer::ptr!["qualitative_feedback", j],
                    &[("source", &f.source)],
                );
            }
        }
    }
}

fn long_term_unknown(input: &Input<'_>, sink: &mut Sink) {
    for (d, e) in evaluations(input) {
        for (j, r) in e.long_term_results.iter().enumerate() {
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
                    &[("id", &r.result)],
                );
            }
        }
    }
}

fn focus_area_unassessed(input: &Input<'_>, sink: &mut Sink) {
    for (d, e) in evaluations(input) {
        for f in &input.agreement.focus_areas {
            if !e.findings.iter().any(|x| x.focus_area == f.number) {
                sink.emit(d, "/findings", &[("area", &f.number)]);
            }
        }
    }
}

fn unknown_target(input: &Input<'_>, sink: &mut Sink) {
    for (d, e) in evaluations(input) {
        for (j, f) in e.findings.iter().enumerate() {
            let Some(area) = input
                .agreement
                .focus_areas
                .iter()
                .find(|a| a.number == f.focus_area)
            else {
                let (nb, en) = target_name(f.focus_area, &None);
                sink.emit(
                    d,
                    crate::pointer::ptr!["findings", j, "focus_area"],
                    &[("target_nb", &capital(&nb)), ("target_en", &capital(&en))],
                );
                continue;
            };
            if let Some(g) = &f.sub_goal
                && !area.sub_goals.iter().any(|x| x.id == *g)
            {
                let nb = format!("Delmål {g} under innsatsområde {}", area.number);
                let en = format!("Sub-goal {g} under focus area {}", area.number);
                sink.emit(
                    d,
                    crate::pointer::ptr!["findings", j, "sub_goal"],
                    &[("target_nb", &nb), ("target_en", &en)],
                );
            }
        }
        for (j, a) in e.adjustments.iter().enumerate() {
            let Some(g) = &a.sub_goal else { continue };
            if input.sub_goal(g).is_none() {
                let nb = format!("Delmål {g}");
                let en = format!("Sub-goal {g}");
                sink.emit(
                    d,
                    crate::pointer::ptr!["adjustments", j, "sub_goal"],
                    &[("target_nb", &nb), ("target_en", &en)],
                );
            }
        }
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

fn unknown_plan(input: &Input<'_>, sink: &mut Sink) {
    for (d, e) in evaluations(input) {
        for (j, id) in e.assesses.iter().enumerate() {
            // A plan of another agreement is there: `bundle.agreement.mismatch`
            // reports it, and this would only say it again.
            if !input
                .bundle
                .documents()
                .iter()
                .any(|p| p.kind() == crate::document::DocumentKind::ActionPlan && p.id() == id)
            {
                sink.emit(d, crate::pointer::ptr!["assesses", j], &[("id", id)]);
            }
        }
    }
}

fn unknown_indicator(input: &Input<'_>, sink: &mut Sink) {
    let known: HashSet<&str> = input
        .bundle
        .indicator_sets()
        .flat_map(|(_, s)| s.indicators.iter().map(|x| x.id.as_str()))
        .collect();
    for (d, e) in evaluations(input) {
        for (j, r) in e.quantitative_results.iter().enumerate() {
            if !known.contains(r.indicator.as_str()) {
                sink.emit(
                    d,
                    crate::pointer::ptr!["quantitative_results", j, "indicator"],
                    &[("id", &r.indicator)],
                );
            }
        }
    }
}
