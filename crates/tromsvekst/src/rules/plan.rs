//! Rules for action plans.

use super::{DocRef, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{ActionPlan, MeasureStatus, MilestoneStatus, PartyRole};
use crate::rules::{Arg, Both};
use foldhash::HashSet;

mod refs;
pub(crate) use refs::status_nb;
use refs::{
    MeasureDependencyCycle, ReferenceOtherPlan, ReferenceUnknownAdjustment,
    ReferenceUnknownMeasure, dependency_cycle, other_plan, unknown_adjustment, unknown_measure,
};

super::rule_table!(Some(DocumentKind::ActionPlan));

pub(super) static RULES: &[Rule] = &[
    rule!(
        "plan.period.length",
        Severity::Error,
        "6.2",
        ("Handlingsplanens lengde", "Length of the action plan"),
        PeriodLength,
        period_length,
    ),
    rule!(
        "plan.period.outside",
        Severity::Error,
        "1",
        (
            "Handlingsplan utenfor avtaleperioden",
            "Action plan outside the agreement period",
        ),
        PeriodOutside,
        period_outside,
    ),
    rule!(
        "plan.milestones.missing",
        Severity::Error,
        "6.2",
        (
            "Handlingsplan uten milepæler",
            "Action plan without milestones",
        ),
        MilestonesMissing,
        milestones_missing,
    ),
    rule!(
        "plan.milestone.outside",
        Severity::Error,
        "6.2",
        (
            "Milepæl utenfor planperioden",
            "Milestone outside the plan period",
        ),
        MilestoneOutside,
        milestone_outside,
    ),
    rule!(
        "plan.milestone.completed",
        Severity::Error,
        super::NO_SECTION,
        (
            "Fullført milepæl uten dato",
            "Completed milestone without a date",
        ),
        MilestoneCompleted,
        milestone_completed,
    ),
    rule!(
        "plan.measure.no-sub-goal",
        Severity::Error,
        "5",
        ("Tiltak uten delmål", "Measure without a sub-goal"),
        MeasureNoSubGoal,
        measure_no_sub_goal,
    ),
    rule!(
        "plan.measure.unknown-sub-goal",
        Severity::Error,
        "5",
        ("Ukjent delmål", "Unknown sub-goal"),
        MeasureUnknownSubGoal,
        measure_unknown_sub_goal,
    ),
    rule!(
        "plan.measure.strategy",
        Severity::Error,
        "5",
        (
            "Strategi som ikke hører til tiltakets delmål",
            "Strategy outside the measure's sub-goals",
        ),
        MeasureStrategy,
        measure_strategy,
    ),
    rule!(
        "plan.focus-area.uncovered",
        Severity::Error,
        "6.2",
        ("Innsatsområde uten tiltak", "Focus area without measures"),
        FocusAreaUncovered,
        focus_area_uncovered,
    ),
    rule!(
        "plan.measure.outside-agreement",
        Severity::Warning,
        "6",
        (
            "Tiltak mellom fylkeskommunen og én kommune",
            "Measure between the county and one municipality",
        ),
        MeasureOutsideAgreement,
        measure_outside_agreement,
    ),
    rule!(
        "plan.funding.committed",
        Severity::Warning,
        "6",
        (
            "Finansiering oppgitt som bundet av avtalen",
            "Funding claimed as committed by the agreement",
        ),
        FundingCommitted,
        funding_committed,
    ),
    rule!(
        "plan.measure.completed",
        Severity::Error,
        super::NO_SECTION,
        ("Fullført tiltak", "Completed measure"),
        MeasureCompleted,
        measure_completed,
    ),
    rule!(
        "plan.measure.progress",
        Severity::Error,
        "6.2",
        ("Fremdrift over 100 %", "Progress above 100 %"),
        MeasureProgress,
        measure_progress,
    ),
    rule!(
        "plan.measure.history",
        Severity::Warning,
        "6.2",
        (
            "Historikk for avlyste og utsatte tiltak",
            "History of cancelled and postponed measures",
        ),
        MeasureHistory,
        measure_history,
    ),
    rule!(
        "plan.measure.dates",
        Severity::Error,
        super::NO_SECTION,
        ("Tiltakets datoer", "Dates of a measure"),
        MeasureDates,
        measure_dates,
    ),
    rule!(
        "plan.measure.dependency-cycle",
        Severity::Error,
        super::NO_SECTION,
        ("Sirkulær avhengighet", "Circular dependency"),
        MeasureDependencyCycle,
        dependency_cycle,
    ),
    rule!(
        "plan.reference.unknown-measure",
        Severity::Error,
        super::NO_SECTION,
        ("Ukjent tiltak", "Unknown measure"),
        ReferenceUnknownMeasure,
        unknown_measure,
    ),
    rule!(
        "plan.reference.other-plan",
        Severity::Error,
        "6.2",
        ("Tiltak i en annen plan", "Measure of another plan"),
        ReferenceOtherPlan,
        other_plan,
    ),
    rule!(
        "plan.reference.unknown-adjustment",
        Severity::Error,
        "7",
        ("Ukjent justering", "Unknown adjustment"),
        ReferenceUnknownAdjustment,
        unknown_adjustment,
    ),
];

super::message! {
    /// `plan.period.length`
    PeriodLength { period, years, length }
    nb: "Handlingsplanen gjelder {period} ({years} år), men avtalens handlingsplaner er {length}-årige.",
    en: "The action plan covers {period} ({years} years), but the agreement's action plans cover {length} years.",
}

super::message! {
    /// `plan.period.outside`
    PeriodOutside { period, agreement_period }
    nb: "Handlingsplanen gjelder {period}, som ikke ligger innenfor avtaleperioden {agreement_period}.",
    en: "The action plan covers {period}, which does not lie inside the agreement period {agreement_period}.",
}

super::message! {
    /// `plan.milestones.missing`
    MilestonesMissing {  }
    nb: "Handlingsplanen har ingen milepæler; handlingsplanen skal inneholde milepæler for samarbeidet.",
    en: "The action plan has no milestones; the action plan must contain milestones for the cooperation.",
}

super::message! {
    /// `plan.milestone.outside`
    MilestoneOutside { id, due, period }
    nb: "Milepælen «{id}» har frist {due}, utenfor planperioden {period}.",
    en: "The milestone \"{id}\" is due {due}, outside the plan period {period}.",
}

super::message! {
    /// `plan.milestone.completed`
    MilestoneCompleted { id }
    nb: "Milepælen «{id}» er fullført, men mangler datoen den ble nådd.",
    en: "The milestone \"{id}\" is completed but has no date it was reached.",
}

super::message! {
    /// `plan.measure.no-sub-goal`
    MeasureNoSubGoal { id }
    nb: "Tiltaket «{id}» tjener ingen delmål; hvert tiltak skal bidra til minst ett delmål.",
    en: "The measure \"{id}\" serves no sub-goal; every measure must serve at least one.",
}

super::message! {
    /// `plan.measure.unknown-sub-goal`
    MeasureUnknownSubGoal { id, sub_goal, known }
    nb: "Tiltaket «{id}» viser til delmål {sub_goal}, som ikke finnes i avtalen ({known}).",
    en: "The measure \"{id}\" names sub-goal {sub_goal}, which the agreement does not have ({known}).",
}

super::message! {
    /// `plan.measure.strategy`
    MeasureStrategy { id, strategy, fault }
    nb: "Tiltaket «{id}» viser til strategien «{strategy}», som {fault}.",
    en: "The measure \"{id}\" names the strategy \"{strategy}\", which {fault}.",
}

super::message! {
    /// `plan.focus-area.uncovered`
    FocusAreaUncovered { area, title }
    nb: "Handlingsplanen har ingen tiltak for innsatsområde {area} («{title}»); den skal beskrive oppfølgingen av alle innsatsområdene.",
    en: "The action plan has no measure for focus area {area} (\"{title}\"); it must follow up every focus area.",
}

super::message! {
    /// `plan.measure.outside-agreement`
    MeasureOutsideAgreement { id, municipality }
    nb: "Tiltaket «{id}» omfatter bare fylkeskommunen og én kommune ({municipality}); fylkeskommunens innsats overfor enkeltkommuner er ikke en del av avtalen.",
    en: "The measure \"{id}\" involves only the county and one municipality ({municipality}); the county's work with single municipalities is not part of the agreement.",
}

super::message! {
    /// `plan.funding.committed`
    FundingCommitted { amount, source }
    nb: "Finansieringen på {amount} kr fra «{source}» er oppgitt som forpliktet av avtalen, men avtalen er ikke økonomisk forpliktende for konkrete bevilgninger.",
    en: "The funding of NOK {amount} from \"{source}\" is claimed as committed by the agreement, but the agreement is not economically binding for specific appropriations.",
}

super::message! {
    /// `plan.measure.completed`
    MeasureCompleted { id, problem }
    nb: "Tiltaket «{id}» er fullført, men har {problem}.",
    en: "The measure \"{id}\" is completed but has {problem}.",
}

super::message! {
    /// `plan.measure.progress`
    MeasureProgress { id, progress }
    nb: "Tiltaket «{id}» har fremdrift {progress} %; fremdrift ligger mellom 0 og 100 %.",
    en: "The measure \"{id}\" has progress {progress} %; progress lies between 0 and 100 %.",
}

super::message! {
    /// `plan.measure.history`
    MeasureHistory { id, status }
    nb: "Tiltaket «{id}» er {status}, men oppfølgingsloggen har ingen oppføring som viser når og hvorfor.",
    en: "The measure \"{id}\" is {status}, but the follow-up log has no entry showing when and why.",
}

super::message! {
    /// `plan.measure.dates`
    MeasureDates { id, end, start }
    nb: "Tiltaket «{id}» slutter ({end}) før det begynner ({start}).",
    en: "The measure \"{id}\" ends ({end}) before it starts ({start}).",
}

pub(super) fn plans<'a>(input: &'a Input<'_>) -> impl Iterator<Item = (DocRef, &'a ActionPlan)> {
    input.bundle.action_plans()
}

fn period_length(input: &Input<'_>, sink: &mut Sink<'_, PeriodLength>) {
    let length = input
        .agreement
        .governance
        .administrative
        .action_plans
        .length_years;
    for (d, p) in plans(input) {
        let years = p.period.years();
        sink.examine();
        if i64::from(years) != i64::from(length) {
            sink.emit(
                d,
                "/period",
                PeriodLength {
                    period: p.period.arg(),
                    years: years.arg(),
                    length: length.arg(),
                },
            );
        }
    }
}

fn period_outside(input: &Input<'_>, sink: &mut Sink<'_, PeriodOutside>) {
    for (d, p) in plans(input) {
        sink.examine();
        if !input.agreement.period.covers(&p.period) {
            sink.emit(
                d,
                "/period",
                PeriodOutside {
                    period: p.period.arg(),
                    agreement_period: input.agreement.period.arg(),
                },
            );
        }
    }
}

fn milestones_missing(input: &Input<'_>, sink: &mut Sink<'_, MilestonesMissing>) {
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
        sink.examine();
        if p.milestones.is_empty() {
            // Where the milestones belong (an empty list, or where to add one).
            sink.emit(d, "/milestones", MilestonesMissing {});
        }
    }
}

fn milestone_outside(input: &Input<'_>, sink: &mut Sink<'_, MilestoneOutside>) {
    for (d, p) in plans(input) {
        for (j, m) in p.milestones.iter().enumerate() {
            sink.examine();
            if !p.period.contains(m.due.year()) {
                sink.emit(
                    d,
                    crate::pointer::ptr!["milestones", j, "due"],
                    MilestoneOutside {
                        id: m.id.arg(),
                        due: m.due.arg(),
                        period: p.period.arg(),
                    },
                );
            }
        }
    }
}

fn milestone_completed(input: &Input<'_>, sink: &mut Sink<'_, MilestoneCompleted>) {
    for (d, p) in plans(input) {
        for (j, m) in p.milestones.iter().enumerate() {
            sink.examine();
            if m.status == MilestoneStatus::Completed && m.completed_on.is_none() {
                sink.emit(
                    d,
                    crate::pointer::ptr!["milestones", j],
                    MilestoneCompleted { id: m.id.arg() },
                );
            }
        }
    }
}

fn measure_no_sub_goal(input: &Input<'_>, sink: &mut Sink<'_, MeasureNoSubGoal>) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            sink.examine();
            if m.sub_goals.is_empty() {
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j, "sub_goals"],
                    MeasureNoSubGoal { id: m.id.arg() },
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

fn measure_unknown_sub_goal(input: &Input<'_>, sink: &mut Sink<'_, MeasureUnknownSubGoal>) {
    let known = sub_goal_list(input);
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            for (k, g) in m.sub_goals.iter().enumerate() {
                sink.examine();
                if input.sub_goal(g).is_none() {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["measures", j, "sub_goals", k],
                        MeasureUnknownSubGoal {
                            id: m.id.arg(),
                            sub_goal: g.arg(),
                            known: known.arg(),
                        },
                    );
                }
            }
        }
    }
}

fn measure_strategy(input: &Input<'_>, sink: &mut Sink<'_, MeasureStrategy>) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            for (k, s) in m.strategies.iter().enumerate() {
                sink.examine();
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
                    MeasureStrategy {
                        id: m.id.arg(),
                        strategy: s.arg(),
                        fault: Both(&nb, &en).arg(),
                    },
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

fn focus_area_uncovered(input: &Input<'_>, sink: &mut Sink<'_, FocusAreaUncovered>) {
    // A plan not yet adopted is a draft: `plan.draft.incomplete` says which
    // focus areas have no measure yet.
    for (d, p) in plans(input).filter(|(_, p)| p.adopted.is_some()) {
        sink.examine();
        for f in uncovered(input, p) {
            {
                sink.emit(
                    d,
                    "/measures",
                    FocusAreaUncovered {
                        area: f.number.arg(),
                        title: f.title.nb.arg(),
                    },
                );
            }
        }
    }
}

fn measure_outside_agreement(input: &Input<'_>, sink: &mut Sink<'_, MeasureOutsideAgreement>) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            let county = input
                .party(&m.responsible)
                .is_some_and(|x| x.role == PartyRole::CountyAuthority);
            sink.examine();
            if county && m.municipalities.len() == 1 {
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j, "municipalities"],
                    MeasureOutsideAgreement {
                        id: m.id.arg(),
                        municipality: m.municipalities[0].arg(),
                    },
                );
            }
        }
    }
}

fn funding_committed(input: &Input<'_>, sink: &mut Sink<'_, FundingCommitted>) {
    // What the agreement says of itself [6], not an assumption: an agreement
    // that binds appropriations may commit funding.
    if input.agreement.legal_status.economically_binding {
        return;
    }
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            for (k, f) in m.funding.iter().enumerate() {
                sink.examine();
                if f.committed_by_agreement {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["measures", j, "funding", k, "committed_by_agreement"],
                        FundingCommitted {
                            amount: f.amount_nok.arg(),
                            source: f.source.arg(),
                        },
                    );
                }
            }
        }
    }
}

fn measure_completed(input: &Input<'_>, sink: &mut Sink<'_, MeasureCompleted>) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            if m.status != MeasureStatus::Completed {
                continue;
            }
            sink.examine();
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
                MeasureCompleted {
                    id: m.id.arg(),
                    problem: Both(&nb, &en).arg(),
                },
            );
        }
    }
}

fn measure_progress(input: &Input<'_>, sink: &mut Sink<'_, MeasureProgress>) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            sink.examine();
            if m.progress > 100 {
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j, "progress"],
                    MeasureProgress {
                        id: m.id.arg(),
                        progress: m.progress.arg(),
                    },
                );
            }
        }
        for (j, u) in p.updates.iter().enumerate() {
            sink.examine();
            if let Some(progress) = u.progress.filter(|x| *x > 100) {
                sink.emit(
                    d,
                    crate::pointer::ptr!["updates", j, "progress"],
                    MeasureProgress {
                        id: u.measure.arg(),
                        progress: progress.arg(),
                    },
                );
            }
        }
    }
}

fn measure_history(input: &Input<'_>, sink: &mut Sink<'_, MeasureHistory>) {
    for (d, p) in plans(input) {
        // The logged (measure, status) pairs, once per plan: linear, not measures × updates.
        let logged: HashSet<(&str, MeasureStatus)> = p
            .updates
            .iter()
            .map(|u| (u.measure.as_str(), u.status))
            .collect();
        for (j, m) in p.measures.iter().enumerate() {
            sink.examine();
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
                    MeasureHistory {
                        id: m.id.arg(),
                        status: Both(
                            &if m.status == MeasureStatus::Cancelled {
                                "avlyst"
                            } else {
                                "utsatt"
                            },
                            &m.status.as_str(),
                        )
                        .arg(),
                    },
                );
            }
        }
    }
}

fn measure_dates(input: &Input<'_>, sink: &mut Sink<'_, MeasureDates>) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            sink.examine();
            if let (Some(start), Some(end)) = (m.start, m.end)
                && end.latest() < start.earliest()
            {
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j, "end"],
                    MeasureDates {
                        id: m.id.arg(),
                        start: start.arg(),
                        end: end.arg(),
                    },
                );
            }
        }
    }
}
