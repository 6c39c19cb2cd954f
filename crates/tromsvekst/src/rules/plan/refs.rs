//! The action plan's references checked: measures and milestones that name
//! measures of no plan or of another plan, adjustments that name unknown
//! ones, and measures that depend on each other in a cycle.

use super::*;
use crate::rules::{Arg, Both};

crate::rules::message! {
    /// `plan.measure.dependency-cycle`
    MeasureDependencyCycle { cycle }
    nb: "Tiltakene avhenger av hverandre i en sirkel: {cycle}.",
    en: "The measures depend on each other in a circle: {cycle}.",
}

crate::rules::message! {
    /// `plan.reference.unknown-measure`
    ReferenceUnknownMeasure { id }
    nb: "«{id}» er ikke et tiltak i noen handlingsplan.",
    en: "\"{id}\" is not a measure of any action plan.",
}

crate::rules::message! {
    /// `plan.reference.other-plan`
    ReferenceOtherPlan { id, plan }
    nb: "Tiltaket «{id}» hører til handlingsplanen «{plan}», ikke til denne.",
    en: "The measure \"{id}\" belongs to the action plan \"{plan}\", not to this one.",
}

crate::rules::message! {
    /// `plan.reference.unknown-adjustment`
    ReferenceUnknownAdjustment { what, id, adjustment }
    nb: "{what} «{id}» sier at den følger opp justeringen «{adjustment}», som ingen evaluering har.",
    en: "The {what} \"{id}\" says it carries out the adjustment \"{adjustment}\", which no evaluation has.",
}

pub(super) fn dependency_cycle(input: &Input<'_>, sink: &mut Sink<'_, MeasureDependencyCycle>) {
    // Measures across all plans, by id (the index the rules share).
    // Measures across all plans, by id: the bundle's lookups.
    let measures = input.bundle;
    // A search from a measure that depends on nothing finds nothing and
    // only marks it done, which a search reaching it would do as well: the
    // searches start at the measures with dependencies (each id at its first
    // declaration), in order of id.
    let mut ids: Vec<&str> = plans(input)
        .flat_map(|(_, p)| p.measures.iter())
        .filter(|m| !m.depends_on.is_empty())
        .filter(|m| {
            measures
                .measure(&m.id)
                .is_some_and(|at| std::ptr::eq(at.measure, *m))
        })
        .map(|m| m.id.as_str())
        .collect();
    crate::order::sort(&mut ids);
    // Iterative depth-first search; each cycle is reported once, at its smallest id.
    let mut done: foldhash::HashSet<&str> = foldhash::HashSet::default();
    let mut reported: foldhash::HashSet<Vec<&str>> = foldhash::HashSet::default();
    for &start in &ids {
        if done.contains(start) {
            continue;
        }
        let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
        let mut on_path: Vec<&str> = vec![start];
        while let Some((node, next)) = stack.pop() {
            let deps = measures
                .measure(node)
                .map_or(&[][..], |at| &at.measure.depends_on[..]);
            if next < deps.len() {
                stack.push((node, next + 1));
                let dep = deps[next].as_str();
                sink.examine();
                if let Some(pos) = on_path.iter().position(|x| *x == dep) {
                    let mut cycle: Vec<&str> = on_path[pos..].to_vec();
                    let min = cycle
                        .iter()
                        .enumerate()
                        .min_by_key(|(_, x)| **x)
                        .map_or(0, |(i, _)| i);
                    cycle.rotate_left(min);
                    if let Some(at) = measures.measure(cycle[0])
                        && reported.insert(cycle.clone())
                    {
                        let mut text = cycle.join(" → ");
                        text.push_str(" → ");
                        text.push_str(cycle[0]);
                        sink.emit(
                            at.doc,
                            crate::pointer::ptr!["measures", at.index, "depends_on"],
                            MeasureDependencyCycle { cycle: text.arg() },
                        );
                    }
                } else if measures.measure(dep).is_some() && !done.contains(dep) {
                    stack.push((dep, 0));
                    on_path.push(dep);
                }
            } else {
                done.insert(node);
                on_path.pop();
            }
        }
    }
}

/// Where a plan names a measure: a milestone's `measures` or an update's
/// `measure`. The pointer is written only for a finding.
#[derive(Clone, Copy)]
pub(super) enum MeasureRef {
    /// `/milestones/{j}/measures/{k}`.
    Milestone(usize, usize),
    /// `/updates/{j}/measure`.
    Update(usize),
}

impl MeasureRef {
    pub(super) fn pointer(self) -> String {
        match self {
            MeasureRef::Milestone(j, k) => crate::pointer::ptr!["milestones", j, "measures", k],
            MeasureRef::Update(j) => crate::pointer::ptr!["updates", j, "measure"],
        }
    }
}

/// Every measure reference in a plan: where, and the id.
pub(super) fn measure_refs(p: &ActionPlan) -> impl Iterator<Item = (MeasureRef, &str)> {
    let milestones = p.milestones.iter().enumerate().flat_map(|(j, m)| {
        m.measures
            .iter()
            .enumerate()
            .map(move |(k, id)| (MeasureRef::Milestone(j, k), id.as_str()))
    });
    let updates = p
        .updates
        .iter()
        .enumerate()
        .map(|(j, u)| (MeasureRef::Update(j), u.measure.as_str()));
    milestones.chain(updates)
}

pub(super) fn unknown_measure(input: &Input<'_>, sink: &mut Sink<'_, ReferenceUnknownMeasure>) {
    let all = input.bundle;
    for (d, p) in plans(input) {
        for (at, id) in measure_refs(p) {
            sink.examine();
            if all.measure(id).is_none() {
                sink.emit(d, at.pointer(), ReferenceUnknownMeasure { id: id.arg() });
            }
        }
        for (j, m) in p.measures.iter().enumerate() {
            for (k, id) in m.depends_on.iter().enumerate() {
                sink.examine();
                if all.measure(id).is_none() {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["measures", j, "depends_on", k],
                        ReferenceUnknownMeasure { id: id.arg() },
                    );
                }
            }
        }
    }
}

pub(super) fn other_plan(input: &Input<'_>, sink: &mut Sink<'_, ReferenceOtherPlan>) {
    let all = input.bundle;
    for (d, p) in plans(input) {
        for (at, id) in measure_refs(p) {
            sink.examine();
            if let Some(declared) = all.measure(id)
                && declared.plan.id != p.id
            {
                sink.emit(
                    d,
                    at.pointer(),
                    ReferenceOtherPlan {
                        id: id.arg(),
                        plan: declared.plan.id.arg(),
                    },
                );
            }
        }
    }
}

pub(super) fn unknown_adjustment(
    input: &Input<'_>,
    sink: &mut Sink<'_, ReferenceUnknownAdjustment>,
) {
    let known: HashSet<&str> = input
        .bundle
        .evaluations()
        .flat_map(|(_, e)| e.adjustments.iter().map(|a| a.id.as_str()))
        .collect();
    if input.bundle.evaluations().next().is_none() {
        return; // Without the evaluations, nothing can be said of their adjustments.
    }
    let mut check = |d: DocRef, pointer: String, what: (&str, &str), id: &str, list: &[String]| {
        for (k, a) in list.iter().enumerate() {
            sink.examine();
            if !known.contains(a.as_str()) {
                sink.emit(
                    d,
                    format!("{pointer}/addresses/{k}"),
                    ReferenceUnknownAdjustment {
                        id: id.arg(),
                        adjustment: a.arg(),
                        what: Both(&what.0, &what.1).arg(),
                    },
                );
            }
        }
    };
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            check(
                d,
                crate::pointer::ptr!["measures", j],
                ("Tiltaket", "measure"),
                &m.id,
                &m.addresses,
            );
        }
        for (j, m) in p.milestones.iter().enumerate() {
            let what = ("Milepælen", "milestone");
            check(
                d,
                crate::pointer::ptr!["milestones", j],
                what,
                &m.id,
                &m.addresses,
            );
        }
    }
    for (d, l) in input.bundle.meeting_logs() {
        for (j, m) in l.meetings.iter().enumerate() {
            check(
                d,
                crate::pointer::ptr!["meetings", j],
                ("Møtet", "meeting"),
                &m.id,
                &m.addresses,
            );
        }
    }
    for (d, s) in input.bundle.indicator_sets() {
        for (j, x) in s.indicators.iter().enumerate() {
            let what = ("Indikatoren", "indicator");
            check(
                d,
                crate::pointer::ptr!["indicators", j],
                what,
                &x.id,
                &x.addresses,
            );
        }
    }
}

/// A measure's state as a bokmål reader says it (the vocabulary's word).
pub(crate) fn status_nb(s: MeasureStatus) -> &'static str {
    crate::vocab::measure_status(crate::lang::Lang::Nb, s)
}
