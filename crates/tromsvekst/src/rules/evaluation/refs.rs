//! The evaluation's references: targets (focus areas, sub-goals), plans and
//! indicators the agreement and the bundle must have [6.3].

use super::{evaluations, target_name};
use crate::rules::{Arg, Both, Input, Sink};
use foldhash::HashSet;

crate::rules::message! {
    /// `evaluation.reference.unknown-target`
    ReferenceUnknownTarget { target }
    nb: "{target} finnes ikke i avtalen.",
    en: "{target} is not in the agreement.",
}

crate::rules::message! {
    /// `evaluation.reference.unknown-plan`
    ReferenceUnknownPlan { id }
    nb: "Evalueringen vurderer «{id}», som ikke er en av handlingsplanene.",
    en: "The evaluation assesses \"{id}\", which is not one of the action plans.",
}

crate::rules::message! {
    /// `evaluation.reference.unknown-indicator`
    ReferenceUnknownIndicator { id }
    nb: "Resultatet viser til indikatoren «{id}», som ikke finnes.",
    en: "The result names the indicator \"{id}\", which does not exist.",
}

pub(super) fn unknown_target(input: &Input<'_>, sink: &mut Sink<'_, ReferenceUnknownTarget>) {
    for (d, e) in evaluations(input) {
        for (j, f) in e.findings.iter().enumerate() {
            sink.examine();
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
                    ReferenceUnknownTarget {
                        target: Both(&capital(&nb), &capital(&en)).arg(),
                    },
                );
                continue;
            };
            sink.examine();
            if let Some(g) = &f.sub_goal
                && !area.sub_goals.iter().any(|x| x.id == *g)
            {
                let nb = format!("Delmål {g} under innsatsområde {}", area.number);
                let en = format!("Sub-goal {g} under focus area {}", area.number);
                sink.emit(
                    d,
                    crate::pointer::ptr!["findings", j, "sub_goal"],
                    ReferenceUnknownTarget {
                        target: Both(&nb, &en).arg(),
                    },
                );
            }
        }
        for (j, a) in e.adjustments.iter().enumerate() {
            let Some(g) = &a.sub_goal else { continue };
            sink.examine();
            if input.sub_goal(g).is_none() {
                let nb = format!("Delmål {g}");
                let en = format!("Sub-goal {g}");
                sink.emit(
                    d,
                    crate::pointer::ptr!["adjustments", j, "sub_goal"],
                    ReferenceUnknownTarget {
                        target: Both(&nb, &en).arg(),
                    },
                );
            }
        }
    }
}

/// Our own words (`innsatsområde 5`, `sub-goal 1.2`) with a capital first
/// letter. They begin with an ASCII letter, so ASCII's upper case is the whole
/// answer: Unicode's case table is not needed in the first WebAssembly module.
fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

pub(super) fn unknown_plan(input: &Input<'_>, sink: &mut Sink<'_, ReferenceUnknownPlan>) {
    for (d, e) in evaluations(input) {
        for (j, id) in e.assesses.iter().enumerate() {
            // A plan of another agreement is there: `bundle.agreement.mismatch`
            // reports it, and this would only say it again.
            sink.examine();
            if !input
                .bundle
                .documents()
                .iter()
                .any(|p| p.kind() == crate::document::DocumentKind::ActionPlan && p.id() == id)
            {
                sink.emit(
                    d,
                    crate::pointer::ptr!["assesses", j],
                    ReferenceUnknownPlan { id: id.arg() },
                );
            }
        }
    }
}

pub(super) fn unknown_indicator(input: &Input<'_>, sink: &mut Sink<'_, ReferenceUnknownIndicator>) {
    let known: HashSet<&str> = input
        .bundle
        .indicator_sets()
        .flat_map(|(_, s)| s.indicators.iter().map(|x| x.id.as_str()))
        .collect();
    for (d, e) in evaluations(input) {
        for (j, r) in e.quantitative_results.iter().enumerate() {
            sink.examine();
            if !known.contains(r.indicator.as_str()) {
                sink.emit(
                    d,
                    crate::pointer::ptr!["quantitative_results", j, "indicator"],
                    ReferenceUnknownIndicator {
                        id: r.indicator.arg(),
                    },
                );
            }
        }
    }
}
