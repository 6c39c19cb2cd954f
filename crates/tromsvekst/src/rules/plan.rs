//! Rules for action plans.

use super::{DocRef, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{ActionPlan, MeasureStatus, MilestoneStatus, PartyRole};
use std::collections::{HashMap, HashSet};

super::rule_table!(Some(DocumentKind::ActionPlan));

pub(super) static RULES: &[Rule] = &[
    rule(
        "plan.period.length",
        Severity::Error,
        "6.2",
        ("Handlingsplanens lengde", "Length of the action plan"),
        (
            "Handlingsplanen gjelder {period} ({years} år), men avtalens handlingsplaner er {length}-årige.",
            "The action plan covers {period} ({years} years), but the agreement's action plans cover {length} years.",
        ),
        period_length,
    ),
    rule(
        "plan.period.outside",
        Severity::Error,
        "1",
        (
            "Handlingsplan utenfor avtaleperioden",
            "Action plan outside the agreement period",
        ),
        (
            "Handlingsplanen gjelder {period}, som ikke ligger innenfor avtaleperioden {agreement_period}.",
            "The action plan covers {period}, which does not lie inside the agreement period {agreement_period}.",
        ),
        period_outside,
    ),
    rule(
        "plan.milestones.missing",
        Severity::Error,
        "6.2",
        (
            "Handlingsplan uten milepæler",
            "Action plan without milestones",
        ),
        (
            "Handlingsplanen har ingen milepæler; handlingsplanen skal inneholde milepæler for samarbeidet.",
            "The action plan has no milestones; the action plan must contain milestones for the cooperation.",
        ),
        milestones_missing,
    ),
    rule(
        "plan.milestone.outside",
        Severity::Error,
        "6.2",
        (
            "Milepæl utenfor planperioden",
            "Milestone outside the plan period",
        ),
        (
            "Milepælen «{id}» har frist {due}, utenfor planperioden {period}.",
            "The milestone \"{id}\" is due {due}, outside the plan period {period}.",
        ),
        milestone_outside,
    ),
    rule(
        "plan.milestone.completed",
        Severity::Error,
        super::NO_SECTION,
        (
            "Fullført milepæl uten dato",
            "Completed milestone without a date",
        ),
        (
            "Milepælen «{id}» er fullført, men mangler datoen den ble nådd.",
            "The milestone \"{id}\" is completed but has no date it was reached.",
        ),
        milestone_completed,
    ),
    rule(
        "plan.measure.no-sub-goal",
        Severity::Error,
        "5",
        ("Tiltak uten delmål", "Measure without a sub-goal"),
        (
            "Tiltaket «{id}» tjener ingen delmål; hvert tiltak skal bidra til minst ett delmål.",
            "The measure \"{id}\" serves no sub-goal; every measure must serve at least one.",
        ),
        measure_no_sub_goal,
    ),
    rule(
        "plan.measure.unknown-sub-goal",
        Severity::Error,
        "5",
        ("Ukjent delmål", "Unknown sub-goal"),
        (
            "Tiltaket «{id}» viser til delmål {sub_goal}, som ikke finnes i avtalen ({known}).",
            "The measure \"{id}\" names sub-goal {sub_goal}, which the agreement does not have ({known}).",
        ),
        measure_unknown_sub_goal,
    ),
    rule(
        "plan.measure.strategy",
        Severity::Error,
        "5",
        (
            "Strategi som ikke hører til tiltakets delmål",
            "Strategy outside the measure's sub-goals",
        ),
        (
            "Tiltaket «{id}» viser til strategien «{strategy}», som {where}.",
            "The measure \"{id}\" names the strategy \"{strategy}\", which {where}.",
        ),
        measure_strategy,
    ),
    rule(
        "plan.focus-area.uncovered",
        Severity::Error,
        "6.2",
        ("Innsatsområde uten tiltak", "Focus area without measures"),
        (
            "Handlingsplanen har ingen tiltak for innsatsområde {area} («{title}»); den skal beskrive oppfølgingen av alle innsatsområdene.",
            "The action plan has no measure for focus area {area} (\"{title}\"); it must follow up every focus area.",
        ),
        focus_area_uncovered,
    ),
    rule(
        "plan.measure.outside-agreement",
        Severity::Warning,
        "6",
        (
            "Tiltak mellom fylkeskommunen og én kommune",
            "Measure between the county and one municipality",
        ),
        (
            "Tiltaket «{id}» omfatter bare fylkeskommunen og én kommune ({municipality}); fylkeskommunens innsats overfor enkeltkommuner er ikke en del av avtalen.",
            "The measure \"{id}\" involves only the county and one municipality ({municipality}); the county's work with single municipalities is not part of the agreement.",
        ),
        measure_outside_agreement,
    ),
    rule(
        "plan.funding.committed",
        Severity::Warning,
        "6",
        (
            "Finansiering oppgitt som bundet av avtalen",
            "Funding claimed as committed by the agreement",
        ),
        (
            "Finansieringen på {amount} kr fra «{source}» er oppgitt som forpliktet av avtalen, men avtalen er ikke økonomisk forpliktende for konkrete bevilgninger.",
            "The funding of NOK {amount} from \"{source}\" is claimed as committed by the agreement, but the agreement is not economically binding for specific appropriations.",
        ),
        funding_committed,
    ),
    rule(
        "plan.measure.completed",
        Severity::Error,
        super::NO_SECTION,
        ("Fullført tiltak", "Completed measure"),
        (
            "Tiltaket «{id}» er fullført, men har {problem}.",
            "The measure \"{id}\" is completed but has {problem}.",
        ),
        measure_completed,
    ),
    rule(
        "plan.measure.progress",
        Severity::Error,
        "6.2",
        ("Fremdrift over 100 %", "Progress above 100 %"),
        (
            "Tiltaket «{id}» har fremdrift {progress} %; fremdrift ligger mellom 0 og 100 %.",
            "The measure \"{id}\" has progress {progress} %; progress lies between 0 and 100 %.",
        ),
        measure_progress,
    ),
    rule(
        "plan.measure.history",
        Severity::Warning,
        "6.2",
        (
            "Historikk for avlyste og utsatte tiltak",
            "History of cancelled and postponed measures",
        ),
        (
            "Tiltaket «{id}» er {status}, men oppfølgingsloggen har ingen oppføring som viser når og hvorfor.",
            "The measure \"{id}\" is {status}, but the follow-up log has no entry showing when and why.",
        ),
        measure_history,
    ),
    rule(
        "plan.measure.dates",
        Severity::Error,
        super::NO_SECTION,
        ("Tiltakets datoer", "Dates of a measure"),
        (
            "Tiltaket «{id}» slutter ({end}) før det begynner ({start}).",
            "The measure \"{id}\" ends ({end}) before it starts ({start}).",
        ),
        measure_dates,
    ),
    rule(
        "plan.measure.dependency-cycle",
        Severity::Error,
        super::NO_SECTION,
        ("Sirkulær avhengighet", "Circular dependency"),
        (
            "Tiltakene avhenger av hverandre i en sirkel: {cycle}.",
            "The measures depend on each other in a circle: {cycle}.",
        ),
        dependency_cycle,
    ),
    rule(
        "plan.reference.unknown-measure",
        Severity::Error,
        super::NO_SECTION,
        ("Ukjent tiltak", "Unknown measure"),
        (
            "«{id}» er ikke et tiltak i noen handlingsplan.",
            "\"{id}\" is not a measure of any action plan.",
        ),
        unknown_measure,
    ),
    rule(
        "plan.reference.other-plan",
        Severity::Error,
        "6.2",
        ("Tiltak i en annen plan", "Measure of another plan"),
        (
            "Tiltaket «{id}» hører til handlingsplanen «{plan}», ikke til denne.",
            "The measure \"{id}\" belongs to the action plan \"{plan}\", not to this one.",
        ),
        other_plan,
    ),
    rule(
        "plan.reference.unknown-adjustment",
        Severity::Error,
        "7",
        ("Ukjent justering", "Unknown adjustment"),
        (
            "{what} «{id}» sier at den følger opp justeringen «{adjustment}», som ingen evaluering har.",
            "The {what} \"{id}\" says it carries out the adjustment \"{adjustment}\", which no evaluation has.",
        ),
        unknown_adjustment,
    ),
];

pub(super) fn plans<'a>(input: &'a Input<'_>) -> impl Iterator<Item = (DocRef, &'a ActionPlan)> {
    input.bundle.action_plans()
}

fn period_length(input: &Input<'_>, sink: &mut Sink) {
    let length = input
        .agreement
        .governance
        .administrative
        .action_plans
        .length_years;
    for (d, p) in plans(input) {
        let years = p.period.years();
        if i64::from(years) != i64::from(length) {
            sink.emit(
                d,
                "/period",
                &[
                    ("period", &p.period),
                    ("years", &years),
                    ("length", &length),
                ],
            );
        }
    }
}

fn period_outside(input: &Input<'_>, sink: &mut Sink) {
    for (d, p) in plans(input) {
        if !input.agreement.period.covers(&p.period) {
            sink.emit(
                d,
                "/period",
                &[
                    ("period", &p.period),
                    ("agreement_period", &input.agreement.period),
                ],
            );
        }
    }
}

fn milestones_missing(input: &Input<'_>, sink: &mut Sink) {
    if !input
        .agreement
        .governance
        .administrative
        .action_plans
        .milestones_required
    {
        return;
    }
    // A plan not yet adopted is a draft: `plan.draft.incomplete` says it
    // has no milestones yet.
    for (d, p) in plans(input).filter(|(_, p)| p.adopted.is_some()) {
        if p.milestones.is_empty() {
            // Where the milestones belong (an empty list, or where to add one).
            sink.emit(d, "/milestones", &[]);
        }
    }
}

fn milestone_outside(input: &Input<'_>, sink: &mut Sink) {
    for (d, p) in plans(input) {
        for (j, m) in p.milestones.iter().enumerate() {
            if !p.period.contains(m.due.year()) {
                sink.emit(
                    d,
                    crate::pointer::ptr!["milestones", j, "due"],
                    &[("id", &m.id), ("due", &m.due), ("period", &p.period)],
                );
            }
        }
    }
}

fn milestone_completed(input: &Input<'_>, sink: &mut Sink) {
    for (d, p) in plans(input) {
        for (j, m) in p.milestones.iter().enumerate() {
            if m.status == MilestoneStatus::Completed && m.completed_on.is_none() {
                sink.emit(d, crate::pointer::ptr!["milestones", j], &[("id", &m.id)]);
            }
        }
    }
}

fn measure_no_sub_goal(input: &Input<'_>, sink: &mut Sink) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            if m.sub_goals.is_empty() {
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j, "sub_goals"],
                    &[("id", &m.id)],
                );
            }
        }
    }
}

fn sub_goal_list(input: &Input<'_>) -> String {
    input
        .agreement
        .focus_areas
        .iter()
        .flat_map(|f| f.sub_goals.iter().map(|g| g.id.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn measure_unknown_sub_goal(input: &Input<'_>, sink: &mut Sink) {
    let known = sub_goal_list(input);
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            for (k, g) in m.sub_goals.iter().enumerate() {
                if input.sub_goal(g).is_none() {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["measures", j, "sub_goals", k],
                        &[("id", &m.id), ("sub_goal", g), ("known", &known)],
                    );
                }
            }
        }
    }
}

fn measure_strategy(input: &Input<'_>, sink: &mut Sink) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            for (k, s) in m.strategies.iter().enumerate() {
                let (nb, en) = match input.strategy_sub_goal(s) {
                    None => (
                        "ikke finnes i avtalen".to_string(),
                        "the agreement does not have".to_string(),
                    ),
                    Some(g) if !m.sub_goals.iter().any(|x| x == g) => (
                        format!("står under delmål {g}, som tiltaket ikke tjener"),
                        format!("stands under sub-goal {g}, which the measure does not serve"),
                    ),
                    Some(_) => continue,
                };
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j, "strategies", k],
                    &[
                        ("id", &m.id),
                        ("strategy", s),
                        ("where_nb", &nb),
                        ("where_en", &en),
                    ],
                );
            }
        }
    }
}

/// The focus areas of the agreement that no measure of the plan serves.
pub(super) fn uncovered<'a>(
    input: &'a Input<'_>,
    p: &ActionPlan,
) -> Vec<&'a crate::model::FocusArea> {
    input
        .agreement
        .focus_areas
        .iter()
        .filter(|f| {
            !p.measures.iter().any(|m| {
                m.sub_goals.iter().any(|g| {
                    input
                        .sub_goal(g)
                        .is_some_and(|(area, _)| area.number == f.number)
                })
            })
        })
        .collect()
}

fn focus_area_uncovered(input: &Input<'_>, sink: &mut Sink) {
    // A plan not yet adopted is a draft: `plan.draft.incomplete` says which
    // focus areas have no measure yet.
    for (d, p) in plans(input).filter(|(_, p)| p.adopted.is_some()) {
        for f in uncovered(input, p) {
            {
                sink.emit(
                    d,
                    "/measures",
                    &[("area", &f.number), ("title", &f.title.nb)],
                );
            }
        }
    }
}

fn measure_outside_agreement(input: &Input<'_>, sink: &mut Sink) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            let county = input
                .party(&m.responsible)
                .is_some_and(|x| x.role == PartyRole::CountyAuthority);
            if county && m.municipalities.len() == 1 {
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j, "municipalities"],
                    &[("id", &m.id), ("municipality", &m.municipalities[0])],
                );
            }
        }
    }
}

fn funding_committed(input: &Input<'_>, sink: &mut Sink) {
    // What the agreement says of itself [6], not an assumption: an agreement
    // that binds appropriations may commit funding.
    if input.agreement.legal_status.economically_binding {
        return;
    }
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            for (k, f) in m.funding.iter().enumerate() {
                if f.committed_by_agreement {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["measures", j, "funding", k, "committed_by_agreement"],
                        &[("amount", &f.amount_nok), ("source", &f.source)],
                    );
                }
            }
        }
    }
}

fn measure_completed(input: &Input<'_>, sink: &mut Sink) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            if m.status != MeasureStatus::Completed {
                continue;
            }
            let (nb, en) = match (m.completed_on.is_none(), m.progress != 100) {
                (true, true) => (
                    format!("fremdrift {} % og ingen fullføringsdato", m.progress),
                    format!("progress {} % and no completion date", m.progress),
                ),
                (true, false) => ("ingen fullføringsdato".into(), "no completion date".into()),
                (false, true) => (
                    format!("fremdrift {} %, ikke 100 %", m.progress),
                    format!("progress {} %, not 100 %", m.progress),
                ),
                (false, false) => continue,
            };
            sink.emit(
                d,
                crate::pointer::ptr!["measures", j],
                &[("id", &m.id), ("problem_nb", &nb), ("problem_en", &en)],
            );
        }
    }
}

fn measure_progress(input: &Input<'_>, sink: &mut Sink) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            if m.progress > 100 {
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j, "progress"],
                    &[("id", &m.id), ("progress", &m.progress)],
                );
            }
        }
        for (j, u) in p.updates.iter().enumerate() {
            if let Some(progress) = u.progress.filter(|x| *x > 100) {
                sink.emit(
                    d,
                    crate::pointer::ptr!["updates", j, "progress"],
                    &[("id", &u.measure), ("progress", &progress)],
                );
            }
        }
    }
}

fn measure_history(input: &Input<'_>, sink: &mut Sink) {
    for (d, p) in plans(input) {
        // The logged (measure, status) pairs, once per plan: linear, not measures × updates.
        let logged: HashSet<(&str, MeasureStatus)> = p
            .updates
            .iter()
            .map(|u| (u.measure.as_str(), u.status))
            .collect();
        for (j, m) in p.measures.iter().enumerate() {
            if matches!(
                m.status,
                MeasureStatus::Cancelled | MeasureStatus::Postponed
            ) && !logged.contains(&(m.id.as_str(), m.status))
                // A continued measure keeps the history of those it continues.
                && !(m.continues.is_some()
                    && crate::bundle::history(input.bundle, m)
                        .iter()
                        .any(|(_, u)| u.status == m.status))
            {
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j, "status"],
                    &[
                        ("id", &m.id),
                        (
                            "status_nb",
                            &if m.status == MeasureStatus::Cancelled {
                                "avlyst"
                            } else {
                                "utsatt"
                            },
                        ),
                        ("status_en", &m.status.as_str()),
                    ],
                );
            }
        }
    }
}

fn measure_dates(input: &Input<'_>, sink: &mut Sink) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            if let (Some(start), Some(end)) = (m.start, m.end)
                && end.latest() < start.earliest()
            {
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j, "end"],
                    &[("id", &m.id), ("start", &start), ("end", &end)],
                );
            }
        }
    }
}

fn dependency_cycle(input: &Input<'_>, sink: &mut Sink) {
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
                            &[("cycle", &text)],
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
fn measure_plans<'a>(input: &'a Input<'_>) -> HashMap<&'a str, &'a str> {
    let mut out = HashMap::new();
    for (_, p) in plans(input) {
        for m in &p.measures {
            out.entry(m.id.as_str()).or_insert(p.id.as_str());
        }
    }
    out
}

/// Every measure reference in a plan: pointer and id.
fn measure_refs(p: &ActionPlan) -> Vec<(String, &str)> {
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

fn unknown_measure(input: &Input<'_>, sink: &mut Sink) {
    let all = measure_plans(input);
    for (d, p) in plans(input) {
        for (pointer, id) in measure_refs(p) {
            if !all.contains_key(id) {
                sink.emit(d, pointer, &[("id", &id)]);
            }
        }
        for (j, m) in p.measures.iter().enumerate() {
            for (k, id) in m.depends_on.iter().enumerate() {
                if !all.contains_key(id.as_str()) {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["measures", j, "depends_on", k],
                        &[("id", id)],
                    );
                }
            }
        }
    }
}

fn other_plan(input: &Input<'_>, sink: &mut Sink) {
    let all = measure_plans(input);
    for (d, p) in plans(input) {
        for (pointer, id) in measure_refs(p) {
            if let Some(plan) = all.get(id)
                && *plan != p.id
            {
                sink.emit(d, pointer, &[("id", &id), ("plan", plan)]);
            }
        }
    }
}

fn unknown_adjustment(input: &Input<'_>, sink: &mut Sink) {
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
            if !known.contains(a.as_str()) {
                sink.emit(
                    d,
                    format!("{pointer}/addresses/{k}"),
                    &[
                        ("id", &id),
                        ("adjustment", a),
                        ("what_nb", &what.0),
                        ("what_en", &what.1),
                    ],
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

/// A measure's state as a bokmål reader says it.
pub(super) fn status_nb(s: MeasureStatus) -> &'static str {
    s.label(crate::lang::Lang::Nb)
}
