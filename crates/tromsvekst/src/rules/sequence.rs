//! Rules for action plans one after another over the agreement's period:
//! plans that follow one another, their adoption against the agreement's
//! coming into force and the midterm evaluation, and closing a plan (every
//! measure completed, cancelled or continued in the next) [1, 6.2, 7].

use super::plan::{plans, status_nb};
use super::{DocRef, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{ActionPlan, MeasureStatus, YearPeriod};
use crate::rules::{Arg, Both};

super::rule_table!(Some(DocumentKind::ActionPlan));

pub(super) static RULES: &[Rule] = &[
    rule!(
        "plan.draft.incomplete",
        Severity::Warning,
        "6.2",
        ("Handlingsplan under arbeid", "Action plan being drafted"),
        DraftIncomplete,
        draft_incomplete,
    ),
    rule!(
        "plan.sequence.overlap",
        Severity::Error,
        "1",
        ("Overlappende handlingsplaner", "Overlapping action plans"),
        SequenceOverlap,
        sequence_overlap,
    ),
    rule!(
        "plan.adopted.before-in-force",
        Severity::Error,
        "1",
        (
            "Plan vedtatt før avtalen trådte i kraft",
            "Plan adopted before the agreement came into force",
        ),
        AdoptedBeforeInForce,
        adopted_before_in_force,
    ),
    rule!(
        "plan.adopted.before-midterm",
        Severity::Error,
        "7",
        (
            "Neste plan vedtatt før midtveisevalueringen",
            "Next plan adopted before the midterm evaluation",
        ),
        AdoptedBeforeMidterm,
        adopted_before_midterm,
    ),
    rule!(
        "plan.sequence.missing",
        Severity::Warning,
        "6.2",
        ("Handlingsplan mangler", "Action plan missing"),
        SequenceMissing,
        sequence_missing,
    ),
    rule!(
        "plan.measure.continues-unknown",
        Severity::Error,
        super::NO_SECTION,
        (
            "Fortsetter et ukjent tiltak",
            "Continues an unknown measure",
        ),
        MeasureContinuesUnknown,
        continues_unknown,
    ),
    rule!(
        "plan.closing.open",
        Severity::Warning,
        "6.2",
        ("Tiltak uten avslutning", "Measure left open"),
        ClosingOpen,
        closing_open,
    ),
    rule!(
        "plan.closing.open-next-adopted",
        Severity::Error,
        "6.2",
        (
            "Tiltak uten avslutning etter ny plan",
            "Measure left open after the next plan",
        ),
        ClosingOpenNextAdopted,
        closing_open_next_adopted,
    ),
    rule!(
        "plan.sequence.gap",
        Severity::Error,
        "1",
        ("Hull mellom handlingsplaner", "Gap between action plans"),
        SequenceGap,
        sequence_gap,
    ),
];

super::message! {
    /// `plan.draft.incomplete`
    DraftIncomplete { plan, missing }
    nb: "Handlingsplanen «{plan}», som ikke er vedtatt, {missing}; det skal analytikerne fylle ut.",
    en: "The action plan \"{plan}\", not yet adopted, {missing}; the analysts fill it in.",
}

super::message! {
    /// `plan.sequence.overlap`
    SequenceOverlap { period, other, other_period }
    nb: "Handlingsplanen {period} overlapper «{other}» ({other_period}); planene skal følge etter hverandre.",
    en: "The action plan {period} overlaps \"{other}\" ({other_period}); plans follow one another.",
}

super::message! {
    /// `plan.adopted.before-in-force`
    AdoptedBeforeInForce { plan, adopted, in_force }
    nb: "Handlingsplanen «{plan}» er vedtatt {adopted}, før avtalen trådte i kraft ({in_force}).",
    en: "The action plan \"{plan}\" was adopted on {adopted}, before the agreement came into force ({in_force}).",
}

super::message! {
    /// `plan.adopted.before-midterm`
    AdoptedBeforeMidterm { plan, adopted, state }
    nb: "Handlingsplanen «{plan}» er vedtatt {adopted}, men midtveisevalueringen {state}: avtalen fører midtveisevalueringens justeringer inn i denne planen.",
    en: "The action plan \"{plan}\" was adopted on {adopted}, but the midterm evaluation {state}: the agreement carries the midterm evaluation's adjustments into this plan.",
}

super::message! {
    /// `plan.sequence.missing`
    SequenceMissing { as_of, start, end, first, length }
    nb: "Per {as_of} finnes ingen handlingsplan for {start}–{end}; planene følger hverandre fra {first} med {length} år hver.",
    en: "As of {as_of} there is no action plan for {start}–{end}; plans follow one another from {first}, {length} years each.",
}

super::message! {
    /// `plan.measure.continues-unknown`
    MeasureContinuesUnknown { id, continues }
    nb: "Tiltaket «{id}» fortsetter «{continues}», som ikke er et tiltak i en tidligere handlingsplan.",
    en: "The measure \"{id}\" continues \"{continues}\", which is not a measure of an earlier action plan.",
}

super::message! {
    /// `plan.closing.open`
    ClosingOpen { plan, end, id, status, then }
    nb: "Handlingsplanen «{plan}» er over ({end}), men tiltaket «{id}» er «{status}»: {then}.",
    en: "The action plan \"{plan}\" has ended ({end}), but the measure \"{id}\" is \"{status}\": {then}.",
}

super::message! {
    /// `plan.closing.open-next-adopted`
    ClosingOpenNextAdopted { next, id, plan, status }
    nb: "Neste handlingsplan «{next}» er vedtatt, men tiltaket «{id}» i «{plan}» er «{status}» og videreføres ikke: det skal være fullført, avlyst eller videreført.",
    en: "The next action plan \"{next}\" is adopted, but the measure \"{id}\" of \"{plan}\" is \"{status}\" and not continued: it is to be completed, cancelled or continued.",
}

super::message! {
    /// `plan.sequence.gap`
    SequenceGap { other, other_period, period }
    nb: "Mellom «{other}» ({other_period}) og denne planen ({period}) er det år uten handlingsplan.",
    en: "Between \"{other}\" ({other_period}) and this plan ({period}) there are years without an action plan.",
}

fn sequence_overlap(input: &Input<'_>, sink: &mut Sink<'_, SequenceOverlap>) {
    let ordered = input.bundle.plans_in_order();
    for pair in ordered.windows(2) {
        let ((_, a), (d, b)) = (pair[0], pair[1]);
        sink.examine();
        if b.period.start <= a.period.end {
            sink.emit(
                d,
                "/period",
                SequenceOverlap {
                    period: b.period.arg(),
                    other: a.id.arg(),
                    other_period: a.period.arg(),
                },
            );
        }
    }
}

fn sequence_gap(input: &Input<'_>, sink: &mut Sink<'_, SequenceGap>) {
    let ordered = input.bundle.plans_in_order();
    for pair in ordered.windows(2) {
        let ((_, a), (d, b)) = (pair[0], pair[1]);
        sink.examine();
        if b.period.start > a.period.end + 1 {
            sink.emit(
                d,
                "/period",
                SequenceGap {
                    period: b.period.arg(),
                    other: a.id.arg(),
                    other_period: a.period.arg(),
                },
            );
        }
    }
}

fn adopted_before_in_force(input: &Input<'_>, sink: &mut Sink<'_, AdoptedBeforeInForce>) {
    let Some(in_force) = input.agreement.in_force() else {
        return;
    };
    for (d, plan) in plans(input) {
        sink.examine();
        if let Some(adopted) = &plan.adopted
            && adopted.date.latest() < in_force.earliest()
        {
            sink.emit(
                d,
                "/adopted/date",
                AdoptedBeforeInForce {
                    plan: plan.id.arg(),
                    adopted: adopted.date.arg(),
                    in_force: in_force.arg(),
                },
            );
        }
    }
}

/// The plan the midterm evaluation's adjustments go into, adopted (on or
/// before the day judged) while no midterm evaluation was concluded.
fn adopted_before_midterm(input: &Input<'_>, sink: &mut Sink<'_, AdoptedBeforeMidterm>) {
    use crate::model::{EvaluationStatus, Stage};
    let into = input.agreement.evaluation.midterm.adjustments_into;
    for (d, plan) in plans(input) {
        let Some(adopted) = &plan.adopted else {
            continue;
        };
        if plan.period != into || input.as_of.is_some_and(|day| adopted.date.earliest() > day) {
            continue;
        }
        let midterms: Vec<_> = input
            .bundle
            .evaluations()
            .map(|(_, e)| e)
            .filter(|e| e.stage == Stage::Midterm)
            .collect();
        let concluded = midterms
            .iter()
            .filter(|e| e.status == EvaluationStatus::Concluded)
            .map(|e| e.date)
            .min();
        sink.examine();
        let (nb, en) = match concluded {
            Some(day) if day <= adopted.date.latest() => continue,
            Some(day) => (
                format!("ble konkludert først {day}"),
                format!("was concluded only on {day}"),
            ),
            None if midterms.is_empty() => (
                "finnes ikke blant dokumentene".to_string(),
                "is not among the documents".to_string(),
            ),
            None => (
                "er ennå et utkast".to_string(),
                "is still a draft".to_string(),
            ),
        };
        sink.emit(
            d,
            "/adopted/date",
            AdoptedBeforeMidterm {
                plan: plan.id.arg(),
                adopted: adopted.date.arg(),
                state: Both(&nb, &en).arg(),
            },
        );
    }
}

/// The plans the agreement calls for, one after another from the start of
/// its period with its plan length, that have begun by the day judged on and
/// that no plan in the bundle (adopted or still a draft) covers. The
/// agreement checked on its own is not followed up yet: nothing is missing.
fn sequence_missing(input: &Input<'_>, sink: &mut Sink<'_, SequenceMissing>) {
    let Some(as_of) = input.as_of else { return };
    // Nor is a bundle with documents of another agreement: the mismatch is
    // what to fix, and the plans it holds may be the ones asked for here.
    if input.bundle.own_documents().next().is_none() || input.bundle.foreign_document().is_some() {
        return;
    }
    let a = input.agreement;
    let length = i32::try_from(a.governance.administrative.action_plans.length_years).unwrap_or(0);
    if length <= 0 {
        return; // agreement.governance.plan-length says what is wrong
    }
    let mut start = a.period.start;
    while start <= a.period.end && start <= as_of.year() {
        let end = (start + length - 1).min(a.period.end);
        let covered = plans(input).any(|(_, p)| p.period.start <= start && p.period.end >= start);
        sink.examine();
        if !covered {
            sink.emit(
                super::AGREEMENT,
                "/governance/administrative/action_plans",
                SequenceMissing {
                    as_of: as_of.arg(),
                    start: start.arg(),
                    end: end.arg(),
                    first: a.period.start.arg(),
                    length: length.arg(),
                },
            );
        }
        start += length;
    }
}

fn draft_incomplete(input: &Input<'_>, sink: &mut Sink<'_, DraftIncomplete>) {
    let required = input
        .agreement
        .governance
        .administrative
        .action_plans
        .milestones_required;
    for (d, p) in plans(input).filter(|(_, p)| p.adopted.is_none()) {
        sink.examine();
        if required && p.milestones.is_empty() {
            sink.emit(
                d,
                "/milestones",
                DraftIncomplete {
                    plan: p.id.arg(),
                    missing: Both("har ingen milepæler ennå", "has no milestones yet").arg(),
                },
            );
        }
        for f in super::plan::uncovered(input, p) {
            let nb = format!("har ingen tiltak for innsatsområde {} ennå", f.number);
            let en = format!("has no measure for focus area {} yet", f.number);
            sink.emit(
                d,
                "/measures",
                DraftIncomplete {
                    plan: p.id.arg(),
                    missing: Both(&nb, &en).arg(),
                },
            );
        }
        // Values the draft made up and the analysts have not changed.
        for x in p.placeholders.iter().filter(|x| x.stands(p)) {
            use crate::model::PlaceholderField as F;
            let (pointer, nb, en) = match x.field {
                F::MilestoneDue => (
                    p.milestones
                        .iter()
                        .position(|m| m.id == x.item)
                        .map(|j| crate::pointer::ptr!["milestones", j, "due"]),
                    format!(
                        "har en frist for milepælen «{}» som utkastet satte ({}), ikke en analytikerne har bestemt",
                        x.item, x.value
                    ),
                    format!(
                        "has a due day for the milestone \"{}\" that the draft put in ({}), not one the analysts decided",
                        x.item, x.value
                    ),
                ),
                F::MeasureResponsible => (
                    p.measures
                        .iter()
                        .position(|m| m.id == x.item)
                        .map(|j| crate::pointer::ptr!["measures", j, "responsible"]),
                    format!(
                        "har en ansvarlig for tiltaket «{}» som utkastet satte («{}»), ikke en analytikerne har bestemt",
                        x.item, x.value
                    ),
                    format!(
                        "has a responsible party for the measure \"{}\" that the draft put in (\"{}\"), not one the analysts decided",
                        x.item, x.value
                    ),
                ),
            };
            sink.emit(
                d,
                pointer.unwrap_or_else(|| "/placeholders".into()),
                DraftIncomplete {
                    plan: p.id.arg(),
                    missing: Both(&nb, &en).arg(),
                },
            );
        }
        for (j, m) in p.measures.iter().enumerate() {
            if m.end.is_none() {
                let nb = format!("har ingen sluttdato for tiltaket «{}» ennå", m.id);
                let en = format!("has no end date for the measure \"{}\" yet", m.id);
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j],
                    DraftIncomplete {
                        plan: p.id.arg(),
                        missing: Both(&nb, &en).arg(),
                    },
                );
            }
        }
    }
}

fn continues_unknown(input: &Input<'_>, sink: &mut Sink<'_, MeasureContinuesUnknown>) {
    let ordered = input.bundle.plans_in_order();
    // The first year each measure id appears in a plan (the shared index),
    // so a measure's question costs the same in a plan of any size.
    let measures = input.bundle;
    for (d, p) in &ordered {
        for (j, m) in p.measures.iter().enumerate() {
            let Some(c) = &m.continues else { continue };
            let earlier = measures
                .measure(c)
                .is_some_and(|at| at.first_start < p.period.start);
            sink.examine();
            if !earlier {
                sink.emit(
                    *d,
                    crate::pointer::ptr!["measures", j, "continues"],
                    MeasureContinuesUnknown {
                        id: m.id.arg(),
                        continues: c.arg(),
                    },
                );
            }
        }
    }
}

/// A measure left open after its plan ended: its document, index, plan,
/// the measure, and the later plan that is adopted, if any.
type LeftOpen<'a> = (
    DocRef,
    usize,
    &'a ActionPlan,
    &'a crate::model::Measure,
    Option<&'a ActionPlan>,
);

/// The measures of plans that have ended by the day judged on, and that are
/// neither completed, cancelled nor continued by a measure of a later plan;
/// with how many measures of ended plans were judged.
fn open_after_close<'a>(input: &'a Input<'_>) -> (Vec<LeftOpen<'a>>, usize) {
    let Some(as_of) = input.as_of else {
        return (Vec::new(), 0);
    };
    let ordered = input.bundle.plans_in_order();
    // For each measure id, the latest start of a plan with a measure that
    // continues it: one pass over the plans, not one per measure.
    let mut continued_in: foldhash::HashMap<&str, i32> = foldhash::HashMap::default();
    for (_, q) in &ordered {
        for x in &q.measures {
            if let Some(c) = x.continues.as_deref() {
                let y = continued_in.entry(c).or_insert(q.period.start);
                *y = (*y).max(q.period.start);
            }
        }
    }
    let mut out = Vec::new();
    let mut judged = 0;
    for (d, p) in &ordered {
        if p.period.end >= as_of.year() {
            continue;
        }
        judged += p.measures.len();
        let later: Vec<&ActionPlan> = ordered
            .iter()
            .filter(|(_, q)| q.period.start > p.period.end)
            .map(|(_, q)| *q)
            .collect();
        let adopted = later.iter().find(|q| q.adopted.is_some()).copied();
        for (j, m) in p.measures.iter().enumerate() {
            if matches!(
                m.status,
                MeasureStatus::Completed | MeasureStatus::Cancelled
            ) {
                continue;
            }
            let continued = continued_in
                .get(m.id.as_str())
                .is_some_and(|&y| y > p.period.end);
            if !continued {
                out.push((*d, j, *p, m, adopted));
            }
        }
    }
    (out, judged)
}

fn closing_open(input: &Input<'_>, sink: &mut Sink<'_, ClosingOpen>) {
    use crate::model::Stage;
    let (open, judged) = open_after_close(input);
    sink.examine_many(judged);
    for (d, j, p, m, adopted) in open {
        if adopted.is_none() {
            // After the last plan of the agreement there is no next plan:
            // the measure was left open when the agreement ended, and the
            // final evaluation is where that is said.
            let (nb, en) = if p.period.end >= input.agreement.period.end {
                let findings: Vec<_> = input
                    .bundle
                    .evaluations()
                    .filter(|(_, e)| e.stage == Stage::Final)
                    .flat_map(|(_, e)| e.findings.iter())
                    .filter(|f| {
                        f.evidence
                            .as_ref()
                            .is_some_and(|v| v.measures.iter().any(|x| x.id == m.id))
                    })
                    .collect();
                // The sub-goal it serves, else the focus area.
                let said = findings
                    .iter()
                    .find_map(|f| f.sub_goal.clone())
                    .map(|g| (format!("delmål {g}"), format!("sub-goal {g}")))
                    .or_else(|| {
                        findings.first().map(|f| {
                            (
                                format!("innsatsområde {}", f.focus_area),
                                format!("focus area {}", f.focus_area),
                            )
                        })
                    });
                match said {
                    Some((at_nb, at_en)) => (
                        format!("det var ikke fullført da avtalen gikk ut; sluttevalueringen omtaler det under {at_nb}"),
                        format!("it was not completed when the agreement ended; the final evaluation speaks of it under {at_en}"),
                    ),
                    None => (
                        "det var ikke fullført da avtalen gikk ut; sluttevalueringen bør si hva som skjer med det".to_string(),
                        "it was not completed when the agreement ended; the final evaluation should say what becomes of it".to_string(),
                    ),
                }
            } else {
                (
                    "det skal være fullført, avlyst eller videreført i neste plan".to_string(),
                    "it is to be completed, cancelled or continued in the next plan".to_string(),
                )
            };
            sink.emit(
                d,
                crate::pointer::ptr!["measures", j, "status"],
                ClosingOpen {
                    plan: p.id.arg(),
                    end: p.period.end.arg(),
                    id: m.id.arg(),
                    status: Both(&status_nb(m.status), &m.status.as_str()).arg(),
                    then: Both(&nb, &en).arg(),
                },
            );
        }
    }
}

fn closing_open_next_adopted(input: &Input<'_>, sink: &mut Sink<'_, ClosingOpenNextAdopted>) {
    let (open, judged) = open_after_close(input);
    sink.examine_many(judged);
    for (d, j, p, m, adopted) in open {
        if let Some(next) = adopted {
            sink.emit(
                d,
                crate::pointer::ptr!["measures", j, "status"],
                ClosingOpenNextAdopted {
                    next: next.id.arg(),
                    plan: p.id.arg(),
                    id: m.id.arg(),
                    status: Both(&status_nb(m.status), &m.status.as_str()).arg(),
                },
            );
        }
    }
}

/// The plan covering exactly a period, if the bundle has it.
pub(super) fn plan_for<'a>(
    input: &'a Input<'_>,
    period: &YearPeriod,
) -> Option<(DocRef, &'a ActionPlan)> {
    input
        .bundle
        .action_plans()
        .find(|(_, p)| p.period == *period)
}
