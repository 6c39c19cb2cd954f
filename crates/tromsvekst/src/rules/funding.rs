//! Rules for funding lines: every krone of a measure comes from a decision
//! elsewhere, applied for and granted or refused [6].

use super::plan::plans;
use super::{DocRef, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{ActionPlan, Funding, FundingStatus, Measure, MeasureStatus};

super::rule_table!(Some(DocumentKind::ActionPlan));

pub(super) static RULES: &[Rule] = &[
    rule(
        "plan.funding.granted-above-applied",
        Severity::Error,
        "6",
        ("Innvilget mer enn søkt", "Granted more than applied for"),
        (
            "Tiltaket «{id}» har fått innvilget NOK {granted} fra «{source}», mer enn de NOK {applied} det ble søkt om.",
            "The measure \"{id}\" was granted NOK {granted} from \"{source}\", more than the NOK {applied} applied for.",
        ),
        granted_above_applied,
    ),
    rule(
        "plan.funding.paid-above-granted",
        Severity::Error,
        "6",
        ("Utbetalt mer enn innvilget", "Paid more than granted"),
        (
            "Tiltaket «{id}» har fått utbetalt NOK {paid} fra «{source}», mer enn de NOK {granted} som ble innvilget.",
            "The measure \"{id}\" was paid NOK {paid} from \"{source}\", more than the NOK {granted} granted.",
        ),
        paid_above_granted,
    ),
    rule(
        "plan.funding.outside-plan",
        Severity::Warning,
        "6.2",
        (
            "Finansiering utenfor planperioden",
            "Funding outside the plan's period",
        ),
        (
            "Finansieringen av tiltaket «{id}» fra «{source}» gjelder {when}, utenfor handlingsplanens periode {period}.",
            "The funding of the measure \"{id}\" from \"{source}\" is for {when}, outside the action plan's period {period}.",
        ),
        outside_plan,
    ),
    rule(
        "plan.funding.open-on-completed",
        Severity::Warning,
        "6",
        (
            "Fullført tiltak med åpen søknad",
            "Completed measure with an open application",
        ),
        (
            "Tiltaket «{id}» er fullført, men søknaden til «{source}» står fortsatt som søkt uten svar.",
            "The measure \"{id}\" is completed, but the application to \"{source}\" is still open.",
        ),
        open_on_completed,
    ),
    rule(
        "plan.funding.unknown-party",
        Severity::Error,
        "6",
        (
            "Finansiering fra ukjent part",
            "Funding from an unknown party",
        ),
        (
            "Finansieringen av tiltaket «{id}» kommer fra parten «{party}», som avtalen ikke har (partene: {parties}).",
            "The funding of the measure \"{id}\" comes from the party \"{party}\", which the agreement does not have (the parties: {parties}).",
        ),
        unknown_party,
    ),
];

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

fn granted_above_applied(input: &Input<'_>, sink: &mut Sink) {
    for (d, _, m, f, pointer) in lines(input) {
        if let (Some(applied), Some(granted)) = (f.applied_nok, f.granted_nok)
            && granted > applied
        {
            sink.emit(
                d,
                format!("{pointer}/granted_nok"),
                &[
                    ("id", &m.id),
                    ("source", &f.source),
                    ("granted", &granted),
                    ("applied", &applied),
                ],
            );
        }
    }
}

fn paid_above_granted(input: &Input<'_>, sink: &mut Sink) {
    for (d, _, m, f, pointer) in lines(input) {
        let granted = f.granted();
        if let Some(paid) = f.paid_nok
            && (f.granted_nok.is_some() || f.status.is_some())
            && paid > granted
        {
            sink.emit(
                d,
                format!("{pointer}/paid_nok"),
                &[
                    ("id", &m.id),
                    ("source", &f.source),
                    ("paid", &paid),
                    ("granted", &granted),
                ],
            );
        }
    }
}

fn outside_plan(input: &Input<'_>, sink: &mut Sink) {
    for (d, p, m, f, pointer) in lines(input) {
        if let Some(year) = f.year
            && !p.period.contains(year)
        {
            let nb = format!("år {year}");
            let en = format!("the year {year}");
            sink.emit(
                d,
                format!("{pointer}/year"),
                &[
                    ("id", &m.id),
                    ("source", &f.source),
                    ("when_nb", &nb),
                    ("when_en", &en),
                    ("period", &p.period),
                ],
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
                &[
                    ("id", &m.id),
                    ("source", &f.source),
                    ("when_nb", &nb),
                    ("when_en", &en),
                    ("period", &p.period),
                ],
            );
        }
    }
}

/// A funding status as a bokmål reader says it.
pub(crate) fn status_nb(s: FundingStatus) -> &'static str {
    match s {
        FundingStatus::Planned => "planlagt",
        FundingStatus::Applied => "søkt",
        FundingStatus::Granted => "innvilget",
        FundingStatus::Refused => "avslått",
        FundingStatus::Paid => "utbetalt",
    }
}

fn open_on_completed(input: &Input<'_>, sink: &mut Sink) {
    for (d, _, m, f, pointer) in lines(input) {
        if m.status == MeasureStatus::Completed && f.status == Some(FundingStatus::Applied) {
            sink.emit(
                d,
                format!("{pointer}/status"),
                &[("id", &m.id), ("source", &f.source)],
            );
        }
    }
}

fn unknown_party(input: &Input<'_>, sink: &mut Sink) {
    for (d, _, m, f, pointer) in lines(input) {
        if let Some(party) = &f.party
            && input.party(party).is_none()
        {
            sink.emit(
                d,
                format!("{pointer}/party"),
                &[
                    ("id", &m.id),
                    ("party", party),
                    ("parties", &input.party_list()),
                ],
            );
        }
    }
}
