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
    // Measures across all plans, by id.
    let mut index: HashMap<&str, (DocRef, usize, &crate::model::Measure)> = HashMap::new();
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            index.entry(m.id.as_str()).or_insert((d, j, m));
        }
    }
    let mut ids: Vec<&str> = index.keys().copied().collect();
    ids.sort();
    // Iterative depth-first search; each cycle is reported once, at its smallest id.
    let mut done: HashSet<&str> = HashSet::new();
    let mut reported: HashSet<Vec<&str>> = HashSet::new();
    for &start in &ids {
        if done.contains(start) {
            continue;
        }
        let mut stack: Vec<(&str, usize)> = vec![(start, 0)];
        let mut on_path: Vec<&str> = vec![start];
        while let Some((node, next)) = stack.pop() {
            let deps = &index[node].2.depends_on;
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
                    if reported.insert(cycle.clone()) {
                        let (d, j, _) = index[cycle[0]];
                        let mut text = cycle.join(" → ");
                        text.push_str(" → ");
                        text.push_str(cycle[0]);
                        sink.emit(
                            d,
                            crate::pointer::ptr!["measures", j, "depends_on"],
                            MeasureDependencyCycle { cycle: text.arg() },
                        );
                    }
                } else if index.contains_key(dep) && !done.contains(dep) {
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

/// Where each measure id is declared: plan id.
pub(super) fn measure_plans<'a>(input: &'a Input<'_>) -> HashMap<&'a str, &'a str> {
    let mut out = HashMap::new();
    for (_, p) in plans(input) {
        for m in &p.measures {
            out.entry(m.id.as_str()).or_insert(p.id.as_str());
        }
    }
    out
}

/// Every measure reference in a plan: pointer and id.
pub(super) fn measure_refs(p: &ActionPlan) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    for (j, m) in p.milestones.iter().enumerate() {
        for (k, id) in m.measures.iter().enumerate() {
            out.push((
                crate::pointer::ptr!["milestones", j, "measures", k],
                id.as_str(),
            ));
        }
    }
    for (j, u) in p.updates.iter().enumerate() {
        out.push((
            crate::pointer::ptr!["updates", j, "measure"],
            u.measure.as_str(),
        ));
    }
    out
}

pub(super) fn unknown_measure(input: &Input<'_>, sink: &mut Sink<'_, ReferenceUnknownMeasure>) {
    let all = measure_plans(input);
    for (d, p) in plans(input) {
        for (pointer, id) in measure_refs(p) {
            sink.examine();
            if !all.contains_key(id) {
                sink.emit(d, pointer, ReferenceUnknownMeasure { id: id.arg() });
            }
        }
        for (j, m) in p.measures.iter().enumerate() {
            for (k, id) in m.depends_on.iter().enumerate() {
                sink.examine();
                if !all.contains_key(id.as_str()) {
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
    let all = measure_plans(input);
    for (d, p) in plans(input) {
        for (pointer, id) in measure_refs(p) {
            sink.examine();
            if let Some(plan) = all.get(id)
                && *plan != p.id
            {
                sink.emit(
                    d,
                    pointer,
                    ReferenceOtherPlan {
                        id: id.arg(),
                        plan: plan.arg(),
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
