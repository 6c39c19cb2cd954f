//! Rules for funding lines: every krone of a measure comes from a decision
//! elsewhere, applied for and granted or refused [6].

use super::plan::plans;
use super::{DocRef, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{ActionPlan, Funding, FundingStatus, Measure, MeasureStatus};
use crate::rules::{Arg, Both};

super::rule_table!(Some(DocumentKind::ActionPlan));

pub(super) static RULES: &[Rule] = &[
    rule!(
        "plan.funding.granted-above-applied",
        Severity::Error,
        "6",
        ("Innvilget mer enn søkt", "Granted more than applied for"),
        FundingGrantedAboveApplied,
        granted_above_applied,
    ),
    rule!(
        "plan.funding.paid-above-granted",
        Severity::Error,
        "6",
        ("Utbetalt mer enn innvilget", "Paid more than granted"),
        FundingPaidAboveGranted,
        paid_above_granted,
    ),
    rule!(
        "plan.funding.outside-plan",
        Severity::Warning,
        "6.2",
        (
            "Finansiering utenfor planperioden",
            "Funding outside the plan's period",
        ),
        FundingOutsidePlan,
        outside_plan,
    ),
    rule!(
        "plan.funding.open-on-completed",
        Severity::Warning,
        "6",
        (
            "Fullført tiltak med åpen søknad",
            "Completed measure with an open application",
        ),
        FundingOpenOnCompleted,
        open_on_completed,
    ),
    rule!(
        "plan.funding.unknown-party",
        Severity::Error,
        "6",
        (
            "Finansiering fra ukjent part",
            "Funding from an unknown party",
        ),
        FundingUnknownParty,
        unknown_party,
    ),
];

super::message! {
    /// `plan.funding.granted-above-applied`
    FundingGrantedAboveApplied { id, granted, source, applied }
    nb: "Tiltaket «{id}» har fått innvilget NOK {granted} fra «{source}», mer enn de NOK {applied} det ble søkt om.",
    en: "The measure \"{id}\" was granted NOK {granted} from \"{source}\", more than the NOK {applied} applied for.",
}

super::message! {
    /// `plan.funding.paid-above-granted`
    FundingPaidAboveGranted { id, paid, source, granted }
    nb: "Tiltaket «{id}» har fått utbetalt NOK {paid} fra «{source}», mer enn de NOK {granted} som ble innvilget.",
    en: "The measure \"{id}\" was paid NOK {paid} from \"{source}\", more than the NOK {granted} granted.",
}

super::message! {
    /// `plan.funding.outside-plan`
    FundingOutsidePlan { id, source, when, period }
    nb: "Finansieringen av tiltaket «{id}» fra «{source}» gjelder {when}, utenfor handlingsplanens periode {period}.",
    en: "The funding of the measure \"{id}\" from \"{source}\" is for {when}, outside the action plan's period {period}.",
}

super::message! {
    /// `plan.funding.open-on-completed`
    FundingOpenOnCompleted { id, source }
    nb: "Tiltaket «{id}» er fullført, men søknaden til «{source}» står fortsatt som søkt uten svar.",
    en: "The measure \"{id}\" is completed, but the application to \"{source}\" is still open.",
}

super::message! {
    /// `plan.funding.unknown-party`
    FundingUnknownParty { id, party, parties }
    nb: "Finansieringen av tiltaket «{id}» kommer fra parten «{party}», som avtalen ikke har (partene: {parties}).",
    en: "The funding of the measure \"{id}\" comes from the party \"{party}\", which the agreement does not have (the parties: {parties}).",
}

/// Where a funding line stands: written as its pointer only when a finding
/// needs it (formatting it for every line was an allocation per line per rule).
#[derive(Clone, Copy)]
struct LineAt {
    measure: usize,
    line: usize,
}

impl std::fmt::Display for LineAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "/measures/{}/funding/{}", self.measure, self.line)
    }
}

/// Every funding line of every plan, with its document, plan, measure and place.
fn lines<'a>(
    input: &'a Input<'_>,
) -> impl Iterator<Item = (DocRef, &'a ActionPlan, &'a Measure, &'a Funding, LineAt)> {
    plans(input).flat_map(|(d, p)| {
        p.measures.iter().enumerate().flat_map(move |(j, m)| {
            m.funding.iter().enumerate().map(move |(k, f)| {
                (
                    d,
                    p,
                    m,
                    f,
                    LineAt {
                        measure: j,
                        line: k,
                    },
                )
            })
        })
    })
}

fn granted_above_applied(input: &Input<'_>, sink: &mut Sink<'_, FundingGrantedAboveApplied>) {
    for (d, _, m, f, pointer) in lines(input) {
        sink.examine();
        if let (Some(applied), Some(granted)) = (f.applied_nok, f.granted_nok)
            && granted > applied
        {
            sink.emit(
                d,
                format!("{pointer}/granted_nok"),
                FundingGrantedAboveApplied {
                    id: m.id.arg(),
                    source: f.source.arg(),
                    granted: granted.arg(),
                    applied: applied.arg(),
                },
            );
        }
    }
}

fn paid_above_granted(input: &Input<'_>, sink: &mut Sink<'_, FundingPaidAboveGranted>) {
    for (d, _, m, f, pointer) in lines(input) {
        let granted = f.granted();
        sink.examine();
        if let Some(paid) = f.paid_nok
            && (f.granted_nok.is_some() || f.status.is_some())
            && paid > granted
        {
            sink.emit(
                d,
                format!("{pointer}/paid_nok"),
                FundingPaidAboveGranted {
                    id: m.id.arg(),
                    source: f.source.arg(),
                    paid: paid.arg(),
                    granted: granted.arg(),
                },
            );
        }
    }
}

fn outside_plan(input: &Input<'_>, sink: &mut Sink<'_, FundingOutsidePlan>) {
    for (d, p, m, f, pointer) in lines(input) {
        sink.examine();
        if let Some(year) = f.year
            && !p.period.contains(year)
        {
            let nb = format!("år {year}");
            let en = format!("the year {year}");
            sink.emit(
                d,
                format!("{pointer}/year"),
                FundingOutsidePlan {
                    id: m.id.arg(),
                    source: f.source.arg(),
                    when: Both(&nb, &en).arg(),
                    period: p.period.arg(),
                },
            );
        }
        // An application may be sent the year before the plan starts; an
        // answer or a payment after its end is outside it.
        if let Some(day) = f.status_date
            && (day.year() > p.period.end || day.year() < p.period.start - 1)
        {
            let nb = format!("{day} ({})", status_nb(f.effective_status()));
            let en = format!("{day} ({})", f.effective_status().as_str());
            sink.emit(
                d,
                format!("{pointer}/status_date"),
                FundingOutsidePlan {
                    id: m.id.arg(),
                    source: f.source.arg(),
                    when: Both(&nb, &en).arg(),
                    period: p.period.arg(),
                },
            );
        }
    }
}

/// A funding status as a bokmål reader says it (the vocabulary's word).
pub(crate) fn status_nb(s: FundingStatus) -> &'static str {
    crate::vocab::funding_status(crate::lang::Lang::Nb, s)
}

fn open_on_completed(input: &Input<'_>, sink: &mut Sink<'_, FundingOpenOnCompleted>) {
    for (d, _, m, f, pointer) in lines(input) {
        sink.examine();
        if m.status == MeasureStatus::Completed && f.status == Some(FundingStatus::Applied) {
            sink.emit(
                d,
                format!("{pointer}/status"),
                FundingOpenOnCompleted {
                    id: m.id.arg(),
                    source: f.source.arg(),
                },
            );
        }
    }
}

fn unknown_party(input: &Input<'_>, sink: &mut Sink<'_, FundingUnknownParty>) {
    for (d, _, m, f, pointer) in lines(input) {
        sink.examine();
        if let Some(party) = &f.party
            && input.party(party).is_none()
        {
            sink.emit(
                d,
                format!("{pointer}/party"),
                FundingUnknownParty {
                    id: m.id.arg(),
                    party: party.arg(),
                    parties: input.party_list().arg(),
                },
            );
        }
    }
}
