//! Rules for the adjustments of the midterm evaluation and how the next
//! action plan carries them out [7].
//!
//! Each kind of adjustment is carried out by its own kind of change: a new
//! measure by a measure that serves the sub-goal and says it carries it out;
//! a changed measure by a measure that continues the named one; a dropped
//! measure by its not being continued; milestones by a milestone of the next
//! plan; a governance change by a meeting of the plan's period, an indicator
//! change by an indicator, or either by a measure or milestone of the plan,
//! that says it carries it out.

use super::{DocRef, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{ActionPlan, Adjustment, AdjustmentKind, Evaluation};
use crate::rules::{Arg, Both, Message, Value};

super::rule_table!(Some(DocumentKind::Evaluation));

pub(super) static RULES: &[Rule] = &[
    rule!(
        "evaluation.adjustment.unaddressed",
        Severity::Error,
        "7",
        (
            "Justering som ikke følges opp",
            "Adjustment not carried out",
        ),
        AdjustmentUnaddressed,
        unaddressed,
    ),
    rule!(
        "evaluation.adjustment.wrong-change",
        Severity::Error,
        "7",
        (
            "Justering fulgt opp med feil slags endring",
            "Adjustment carried out by the wrong kind of change",
        ),
        AdjustmentWrongChange,
        wrong_change,
    ),
    rule!(
        "evaluation.adjustment.target-missing",
        Severity::Error,
        "7",
        (
            "Justering uten det den endrer",
            "Adjustment without what it changes",
        ),
        AdjustmentTargetMissing,
        target_missing,
    ),
    rule!(
        "evaluation.adjustment.unknown-target",
        Severity::Error,
        "7",
        (
            "Justering av noe som ikke finnes",
            "Adjustment of something that does not exist",
        ),
        AdjustmentUnknownTarget,
        unknown_target,
    ),
    rule!(
        "evaluation.adjustment.unknown-decision",
        Severity::Warning,
        "7",
        (
            "Ukjent vedtak for en justering",
            "Unknown decision for an adjustment",
        ),
        AdjustmentUnknownDecision,
        unknown_decision,
    ),
];

super::message! {
    /// `evaluation.adjustment.unaddressed`
    AdjustmentUnaddressed { id, kind, plan, detail }
    nb: "Justeringen «{id}» ({kind}) følges ikke opp i handlingsplanen «{plan}»: {detail}.",
    en: "The adjustment \"{id}\" ({kind}) is not carried out in the action plan \"{plan}\": {detail}.",
}

super::message! {
    /// `evaluation.adjustment.wrong-change`
    AdjustmentWrongChange { id, kind, plan, detail }
    nb: "Justeringen «{id}» ({kind}) følges opp i handlingsplanen «{plan}», men ikke slik den ber om: {detail}.",
    en: "The adjustment \"{id}\" ({kind}) is taken up in the action plan \"{plan}\", but not as it asks: {detail}.",
}

super::message! {
    /// `evaluation.adjustment.target-missing`
    AdjustmentTargetMissing { id, kind, field }
    nb: "Justeringen «{id}» er av typen {kind} og må si hva den gjelder i feltet «{field}».",
    en: "The adjustment \"{id}\" is of kind {kind} and must say what it concerns in the field \"{field}\".",
}

super::message! {
    /// `evaluation.adjustment.unknown-target`
    AdjustmentUnknownTarget { id, target }
    nb: "Justeringen «{id}» gjelder {target}, som ikke finnes.",
    en: "The adjustment \"{id}\" concerns {target}, which does not exist.",
}

super::message! {
    /// `evaluation.adjustment.unknown-decision`
    AdjustmentUnknownDecision { id, decision }
    nb: "Justeringen «{id}» viser til vedtaket «{decision}», som verken er en saksreferanse i evalueringens behandling eller et politisk møte.",
    en: "The adjustment \"{id}\" refers to the decision \"{decision}\", which is neither a case reference of the evaluation's handling nor a political meeting.",
}

/// The kind's name, per language: the vocabulary's word, as every document
/// and page says it.
pub(crate) fn kind_name(kind: AdjustmentKind) -> (&'static str, &'static str) {
    use crate::lang::Lang;
    (
        crate::vocab::adjustment_kind(Lang::Nb, kind),
        crate::vocab::adjustment_kind(Lang::En, kind),
    )
}

/// The midterm evaluations' adjustments, each with its document and pointer.
fn adjustments<'a>(
    input: &'a Input<'_>,
) -> impl Iterator<Item = (DocRef, String, &'a Evaluation, &'a Adjustment)> {
    super::evaluation::midterms(input).flat_map(|(d, e)| {
        e.adjustments
            .iter()
            .enumerate()
            .map(move |(j, a)| (d, crate::pointer::ptr!["adjustments", j], e, a))
    })
}

/// What the next plan and the documents of its period do with an adjustment.
enum Outcome {
    Done,
    Missing,
    Wrong(String, String),
}

fn outcome(input: &Input<'_>, plan: &ActionPlan, a: &Adjustment) -> Outcome {
    let id = a.id.as_str();
    let addressing: Vec<&crate::model::Measure> = plan
        .measures
        .iter()
        .filter(|m| m.addresses.iter().any(|x| x == id))
        .collect();
    let list = |ms: &[&crate::model::Measure]| {
        ms.iter()
            .map(|m| format!("«{}»", m.id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match a.effective_kind() {
        AdjustmentKind::NewMeasure => {
            let Some(g) = &a.sub_goal else {
                return Outcome::Done; // target-missing says it
            };
            if addressing.iter().any(|m| m.sub_goals.contains(g)) {
                Outcome::Done
            } else if addressing.is_empty() {
                Outcome::Missing
            } else {
                let l = list(&addressing);
                Outcome::Wrong(
                    format!("tiltakene som følger den opp ({l}), tjener ikke delmål {g}"),
                    format!("the measures carrying it out ({l}) do not serve sub-goal {g}"),
                )
            }
        }
        AdjustmentKind::ChangedMeasure => {
            let Some(target) = &a.measure else {
                return Outcome::Done;
            };
            if addressing
                .iter()
                .any(|m| m.continues.as_deref() == Some(target))
            {
                Outcome::Done
            } else if addressing.is_empty() {
                Outcome::Missing
            } else {
                let l = list(&addressing);
                Outcome::Wrong(
                    format!("tiltakene som følger den opp ({l}), viderefører ikke «{target}»"),
                    format!("the measures carrying it out ({l}) do not continue \"{target}\""),
                )
            }
        }
        AdjustmentKind::DroppedMeasure => {
            let Some(target) = &a.measure else {
                return Outcome::Done;
            };
            let continuing: Vec<&crate::model::Measure> = plan
                .measures
                .iter()
                .filter(|m| m.continues.as_deref() == Some(target))
                .collect();
            if continuing.is_empty() {
                Outcome::Done
            } else {
                let l = list(&continuing);
                Outcome::Wrong(
                    format!("«{target}» skal avsluttes, men videreføres av {l}"),
                    format!("\"{target}\" is to be dropped but is continued by {l}"),
                )
            }
        }
        AdjustmentKind::Milestone => {
            let Some(target) = &a.measure else {
                return Outcome::Done;
            };
            let marks = |ms: &crate::model::Milestone| {
                ms.measures.iter().any(|x| {
                    x == target
                        || plan
                            .measures
                            .iter()
                            .any(|m| m.id == *x && m.continues.as_deref() == Some(target))
                })
            };
            let addressing: Vec<&crate::model::Milestone> = plan
                .milestones
                .iter()
                .filter(|m| m.addresses.iter().any(|x| x == id))
                .collect();
            if addressing.iter().any(|m| marks(m)) {
                Outcome::Done
            } else if addressing.is_empty() {
                Outcome::Missing
            } else {
                let l = addressing
                    .iter()
                    .map(|m| format!("«{}»", m.id))
                    .collect::<Vec<_>>()
                    .join(", ");
                Outcome::Wrong(
                    format!(
                        "milepælene som følger den opp ({l}), markerer ikke «{target}» eller tiltaket som viderefører det"
                    ),
                    format!(
                        "the milestones carrying it out ({l}) mark neither \"{target}\" nor the measure that continues it"
                    ),
                )
            }
        }
        AdjustmentKind::Governance => {
            let by_meeting = input.bundle.meeting_logs().any(|(_, l)| {
                l.meetings.iter().any(|m| {
                    plan.period.contains(m.date.year()) && m.addresses.iter().any(|x| x == id)
                })
            });
            let by_plan = !addressing.is_empty()
                || plan
                    .milestones
                    .iter()
                    .any(|m| m.addresses.iter().any(|x| x == id));
            if by_meeting || by_plan {
                Outcome::Done
            } else {
                Outcome::Missing
            }
        }
        AdjustmentKind::Indicator => {
            let by_indicator = input.bundle.indicator_sets().any(|(_, s)| {
                s.indicators.iter().any(|x| {
                    x.addresses.iter().any(|y| y == id)
                        && a.indicator.as_ref().is_none_or(|t| *t == x.id)
                })
            });
            let by_plan = !addressing.is_empty()
                || plan
                    .milestones
                    .iter()
                    .any(|m| m.addresses.iter().any(|x| x == id));
            if by_indicator || by_plan {
                Outcome::Done
            } else {
                Outcome::Missing
            }
        }
    }
}

fn expected(a: &Adjustment) -> (String, String) {
    let id = &a.id;
    match a.effective_kind() {
        AdjustmentKind::NewMeasure => {
            let g = a.sub_goal.as_deref().unwrap_or("?");
            (
                format!("ingen tiltak for delmål {g} har «{id}» i «addresses»"),
                format!("no measure for sub-goal {g} lists \"{id}\" in \"addresses\""),
            )
        }
        AdjustmentKind::ChangedMeasure => {
            let m = a.measure.as_deref().unwrap_or("?");
            (
                format!("ingen tiltak viderefører «{m}» («continues») og har «{id}» i «addresses»"),
                format!(
                    "no measure continues \"{m}\" (\"continues\") and lists \"{id}\" in \"addresses\""
                ),
            )
        }
        AdjustmentKind::DroppedMeasure => (String::new(), String::new()),
        AdjustmentKind::Milestone => (
            format!("ingen milepæl har «{id}» i «addresses»"),
            format!("no milestone lists \"{id}\" in \"addresses\""),
        ),
        AdjustmentKind::Governance => (
            format!(
                "ingen møteplan for perioden, og ingen tiltak eller milepæl i planen, har «{id}» i «addresses»"
            ),
            format!(
                "no meeting of the plan's period, and no measure or milestone of the plan, lists \"{id}\" in \"addresses\""
            ),
        ),
        AdjustmentKind::Indicator => (
            format!(
                "ingen indikator, og ingen tiltak eller milepæl i planen, har «{id}» i «addresses»"
            ),
            format!(
                "no indicator, and no measure or milestone of the plan, lists \"{id}\" in \"addresses\""
            ),
        ),
    }
}

fn next_plan<'a>(input: &'a Input<'_>) -> Option<&'a ActionPlan> {
    let next = input.agreement.evaluation.midterm.adjustments_into;
    super::sequence::plan_for(input, &next).map(|(_, p)| p)
}

/// Reports each adjustment whose outcome `detail` picks out, with the
/// detail (bokmål, English) in the message, whose fields are `id`, `kind`,
/// `plan`, `detail`.
fn report<M>(
    input: &Input<'_>,
    sink: &mut Sink<'_, M>,
    detail: fn(Outcome, &Adjustment) -> Option<(String, String)>,
) where
    M: Message + From<[Value; 4]>,
{
    let Some(plan) = next_plan(input) else { return };
    for (d, pointer, _, a) in adjustments(input) {
        sink.examine();
        if let Some((nb, en)) = detail(outcome(input, plan, a), a) {
            let (kind_nb, kind_en) = kind_name(a.effective_kind());
            let kind = Both(kind_nb, kind_en).arg();
            let detail = Both(nb, en).arg();
            sink.emit(
                d,
                pointer,
                M::from([a.id.arg(), kind, plan.id.arg(), detail]),
            );
        }
    }
}

fn unaddressed(input: &Input<'_>, sink: &mut Sink<'_, AdjustmentUnaddressed>) {
    report(input, sink, |o, a| {
        matches!(o, Outcome::Missing).then(|| expected(a))
    });
}

fn wrong_change(input: &Input<'_>, sink: &mut Sink<'_, AdjustmentWrongChange>) {
    report(input, sink, |o, _| match o {
        Outcome::Wrong(nb, en) => Some((nb, en)),
        _ => None,
    });
}

fn target_missing(input: &Input<'_>, sink: &mut Sink<'_, AdjustmentTargetMissing>) {
    for (d, pointer, _, a) in adjustments(input) {
        let kind = a.effective_kind();
        let (field, required) = kind.target();
        let present = match field {
            "sub_goal" => a.sub_goal.is_some(),
            "measure" => a.measure.is_some(),
            "governance" => a.governance.is_some(),
            _ => a.indicator.is_some(),
        };
        sink.examine();
        if required && !present {
            let (kind_nb, kind_en) = kind_name(kind);
            sink.emit(
                d,
                pointer,
                AdjustmentTargetMissing {
                    id: a.id.arg(),
                    kind: Both(&kind_nb, &kind_en).arg(),
                    field: field.arg(),
                },
            );
        }
    }
}

fn unknown_target(input: &Input<'_>, sink: &mut Sink<'_, AdjustmentUnknownTarget>) {
    for (d, pointer, e, a) in adjustments(input) {
        if let Some(m) = &a.measure {
            let assessed = input
                .bundle
                .action_plans()
                .filter(|(_, p)| e.assesses.contains(&p.id))
                .any(|(_, p)| p.measures.iter().any(|x| x.id == *m));
            sink.examine();
            if !assessed {
                sink.emit(
                    d,
                    format!("{pointer}/measure"),
                    AdjustmentUnknownTarget {
                        id: a.id.arg(),
                        target: Both(
                            &format!("tiltaket «{m}» i planen evalueringen vurderer"),
                            &format!("the measure \"{m}\" of the plan the evaluation assesses"),
                        )
                        .arg(),
                    },
                );
            }
        }
        if let Some(x) = &a.indicator {
            let known = input
                .bundle
                .indicator_sets()
                .any(|(_, s)| s.indicators.iter().any(|i| i.id == *x));
            sink.examine();
            if !known {
                sink.emit(
                    d,
                    format!("{pointer}/indicator"),
                    AdjustmentUnknownTarget {
                        id: a.id.arg(),
                        target: Both(
                            &format!("indikatoren «{x}»"),
                            &format!("the indicator \"{x}\""),
                        )
                        .arg(),
                    },
                );
            }
        }
    }
}

fn unknown_decision(input: &Input<'_>, sink: &mut Sink<'_, AdjustmentUnknownDecision>) {
    for (d, pointer, e, a) in adjustments(input) {
        let Some(decision) = &a.decision else {
            continue;
        };
        let by_handling = e
            .handling
            .iter()
            .any(|h| h.reference.as_deref() == Some(decision.as_str()));
        let by_meeting = input
            .bundle
            .meeting_logs()
            .any(|(_, l)| l.meetings.iter().any(|m| m.id == *decision));
        sink.examine();
        if !by_handling && !by_meeting {
            sink.emit(
                d,
                format!("{pointer}/decision"),
                AdjustmentUnknownDecision {
                    id: a.id.arg(),
                    decision: decision.arg(),
                },
            );
        }
    }
}
