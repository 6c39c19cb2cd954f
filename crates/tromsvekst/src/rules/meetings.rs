//! Rules for the meeting log: political meetings and coordinators [6].

use super::{DocRef, Input, Rule, Severity, Sink};
use crate::date::Date;
use crate::document::DocumentKind;
use crate::lang::Lang;
use crate::model::{CoordinatorAppointment as Coordinator, MeetingLog, MeetingStatus};
use crate::rules::{Arg, Both};

super::rule_table!(Some(DocumentKind::MeetingLog));

pub(super) static RULES: &[Rule] = &[
    rule!(
        "meetings.per-year",
        Severity::Error,
        "6.1",
        ("Politiske møter per år", "Political meetings per year"),
        PerYear,
        per_year,
    ),
    rule!(
        "meetings.per-year.open",
        Severity::Warning,
        "6.1",
        (
            "Politiske møter som gjenstår i år",
            "Political meetings still to plan this year",
        ),
        PerYearOpen,
        per_year_open,
    ),
    rule!(
        "meetings.log.missing",
        Severity::Warning,
        "6.1",
        ("Ingen møtelogg", "No meeting log"),
        LogMissing,
        log_missing,
    ),
    rule!(
        "meetings.held-before-in-force",
        Severity::Warning,
        "1",
        (
            "Møte før avtalen trådte i kraft",
            "Meeting before the agreement came into force",
        ),
        HeldBeforeInForce,
        held_before_in_force,
    ),
    rule!(
        "meetings.invited-by",
        Severity::Error,
        "6.1",
        ("Hvem som inviterer", "Who invites"),
        InvitedBy,
        invited_by,
    ),
    rule!(
        "meetings.invitees",
        Severity::Error,
        "6.1",
        ("Hvem som inviteres", "Who is invited"),
        Invitees,
        invitees,
    ),
    rule!(
        "meetings.topic.unknown-focus-area",
        Severity::Error,
        "6.1",
        ("Ukjent innsatsområde", "Unknown focus area"),
        TopicUnknownFocusArea,
        unknown_focus_area,
    ),
    rule!(
        "meetings.planned-in-past",
        Severity::Warning,
        "6.1",
        (
            "Planlagt møte som er passert",
            "Planned meeting in the past",
        ),
        PlannedInPast,
        planned_in_past,
    ),
    rule!(
        "meetings.coordinator.missing",
        Severity::Warning,
        "6.2",
        ("Koordinator mangler", "No coordinator"),
        CoordinatorMissing,
        coordinator_missing,
    ),
    rule!(
        "meetings.coordinator.overlap",
        Severity::Error,
        "6.2",
        ("Overlappende koordinatorer", "Overlapping coordinators"),
        CoordinatorOverlap,
        coordinator_overlap,
    ),
    rule!(
        "meetings.coordinator.gap",
        Severity::Warning,
        "6.2",
        ("Periode uten koordinator", "A time without a coordinator"),
        CoordinatorGap,
        coordinator_gap,
    ),
];

super::message! {
    /// `meetings.per-year`
    PerYear { year, meetings, required }
    nb: "I {year} er {meetings} holdt eller planlagt; avtalen krever minst {required} i året.",
    en: "In {year}, {meetings} held or planned; the agreement requires at least {required} a year.",
}

super::message! {
    /// `meetings.per-year.open`
    PerYearOpen { year, meetings, required, missing, days }
    nb: "Så langt i {year} er {meetings} holdt eller planlagt; avtalen krever minst {required} i året: {missing} til bør planlegges i de {days} dagene som er igjen av året.",
    en: "So far in {year}, {meetings} held or planned; the agreement requires at least {required} a year: plan {missing} more in the {days} days left of the year.",
}

super::message! {
    /// `meetings.log.missing`
    LogMissing { year, required }
    nb: "Ingen møtelogg er blant dokumentene, men {year} er omme: avtalen krever minst {required} politiske møter i året, og ingen er registrert.",
    en: "No meeting log is among the documents, though {year} is over: the agreement requires at least {required} political meetings a year, and none is recorded.",
}

super::message! {
    /// `meetings.held-before-in-force`
    HeldBeforeInForce { date, in_force }
    nb: "Møtet {date} er holdt før avtalen trådte i kraft ({in_force}); det teller ikke som et møte etter avtalen.",
    en: "The meeting of {date} was held before the agreement came into force ({in_force}); it does not count as a meeting under the agreement.",
}

super::message! {
    /// `meetings.invited-by`
    InvitedBy { date, found, expected }
    nb: "Møtet {date} er invitert av «{found}»; etter avtalen inviterer «{expected}».",
    en: "The meeting of {date} was called by \"{found}\"; under the agreement \"{expected}\" invites.",
}

super::message! {
    /// `meetings.invitees`
    Invitees { leadership, party, date }
    nb: "Til møtet {date} er ikke {leadership} ledelse i «{party}» invitert.",
    en: "The {leadership} leadership of \"{party}\" was not invited to the meeting of {date}.",
}

super::message! {
    /// `meetings.topic.unknown-focus-area`
    TopicUnknownFocusArea { date, area }
    nb: "Et tema på møtet {date} viser til innsatsområde {area}, som avtalen ikke har.",
    en: "A topic of the meeting of {date} names focus area {area}, which the agreement does not have.",
}

super::message! {
    /// `meetings.planned-in-past`
    PlannedInPast { date, as_of }
    nb: "Møtet {date} står fortsatt som planlagt, men datoen er passert ({as_of}); ble det holdt?",
    en: "The meeting of {date} is still planned, but the date has passed ({as_of}); was it held?",
}

super::message! {
    /// `meetings.coordinator.missing`
    CoordinatorMissing { party, as_of }
    nb: "Parten «{party}» har ingen administrativ koordinator oppnevnt per {as_of}.",
    en: "The party \"{party}\" has no administrative coordinator appointed as of {as_of}.",
}

super::message! {
    /// `meetings.coordinator.overlap`
    CoordinatorOverlap { party, from }
    nb: "Parten «{party}» har to koordinatorer samtidig fra {from}; hver part oppnevner én.",
    en: "The party \"{party}\" has two coordinators at once from {from}; each party appoints one.",
}

super::message! {
    /// `meetings.coordinator.gap`
    CoordinatorGap { party, from, to }
    nb: "Parten «{party}» har ingen koordinator fra {from} til {to}; hver part skal ha en koordinator.",
    en: "The party \"{party}\" has no coordinator from {from} to {to}; each party has a coordinator.",
}

fn logs<'a>(input: &'a Input<'_>) -> impl Iterator<Item = (DocRef, &'a MeetingLog)> {
    input.bundle.meeting_logs()
}

/// The meetings of `year` held or planned: a held meeting counts, and so does
/// a planned one even after its day (it was most likely held and is not
/// recorded yet; `meetings.planned-in-past` asks about it); a cancelled one
/// does not.
fn held_or_planned(input: &Input<'_>, year: i32) -> usize {
    logs(input)
        .flat_map(|(_, l)| l.meetings.iter())
        .filter(|m| m.date.year() == year)
        .filter(|m| m.status != MeetingStatus::Cancelled)
        .count()
}

/// The log a finding about `year` belongs to: the one with meetings that
/// year, else the one whose meetings are latest before it, else the first.
fn log_of_year(input: &Input<'_>, year: i32) -> Option<DocRef> {
    logs(input)
        .find(|(_, l)| l.meetings.iter().any(|m| m.date.year() == year))
        .or_else(|| {
            logs(input)
                .filter_map(|(d, l)| {
                    l.meetings
                        .iter()
                        .map(|m| m.date)
                        .filter(|day| day.year() < year)
                        .max()
                        .map(|day| (day, d, l))
                })
                .max_by_key(|(day, _, _)| *day)
                .map(|(_, d, l)| (d, l))
        })
        .or_else(|| logs(input).next())
        .map(|(d, _)| d)
}

fn meetings_args(count: usize) -> (String, String) {
    (
        Lang::Nb.count(count, ("politisk møte", "politiske møter"), ("", "")),
        Lang::En.count(
            count,
            ("", ""),
            ("political meeting was", "political meetings were"),
        ),
    )
}

/// Each year of the period that has ended: too few meetings held or
/// planned is a breach. A year still running is `per_year_open`'s.
fn per_year(input: &Input<'_>, sink: &mut Sink<'_, PerYear>) {
    let Some(as_of) = input.as_of else { return };
    let required = input.agreement.governance.political.meetings_per_year;
    let period = input.agreement.period;
    for year in period.start..=as_of.year().min(period.end) {
        let over = Date::end_of_year(year).is_some_and(|end| end < as_of);
        let Some(d) = log_of_year(input, year) else {
            return;
        };
        let count = held_or_planned(input, year);
        sink.examine();
        if over && (count as u64) < u64::from(required) {
            let (nb, en) = meetings_args(count);
            sink.emit(
                d,
                "/meetings",
                PerYear {
                    year: year.arg(),
                    meetings: Both(&nb, &en).arg(),
                    required: required.arg(),
                },
            );
        }
    }
}

/// The year running on the day judged: too few meetings held or planned so
/// far is not yet a breach, but a reminder of what is left to plan.
fn per_year_open(input: &Input<'_>, sink: &mut Sink<'_, PerYearOpen>) {
    let Some(as_of) = input.as_of else { return };
    let required = input.agreement.governance.political.meetings_per_year;
    let year = as_of.year();
    if !input.agreement.period.contains(year) {
        return;
    }
    let Some(d) = log_of_year(input, year) else {
        return;
    };
    let count = held_or_planned(input, year);
    sink.examine();
    if (count as u64) < u64::from(required) {
        let (nb, en) = meetings_args(count);
        let days = Date::end_of_year(year).map_or(0, |end| as_of.days_until(end));
        sink.emit(
            d,
            "/meetings",
            PerYearOpen {
                year: year.arg(),
                meetings: Both(&nb, &en).arg(),
                required: required.arg(),
                missing: (u64::from(required) - count as u64).arg(),
                days: days.arg(),
            },
        );
    }
}

/// No meeting log at all among the follow-up documents, though a year of
/// the period has ended.
fn log_missing(input: &Input<'_>, sink: &mut Sink<'_, LogMissing>) {
    let Some(as_of) = input.as_of else { return };
    // The agreement checked alone is not a follow-up missing its log, nor
    // are documents of another agreement (bundle.agreement.mismatch).
    if input.bundle.own_documents().next().is_none() || input.bundle.foreign_document().is_some() {
        return;
    }
    let period = input.agreement.period;
    let required = input.agreement.governance.political.meetings_per_year;
    // The last year of the period that has ended on the day judged.
    let Some(year) = (period.start..=period.end)
        .rev()
        .find(|y| Date::end_of_year(*y).is_some_and(|end| end < as_of))
    else {
        return;
    };
    sink.examine();
    if required > 0 && logs(input).next().is_none() {
        sink.emit(
            super::AGREEMENT,
            "/governance/political/meetings_per_year",
            LogMissing {
                year: year.arg(),
                required: required.arg(),
            },
        );
    }
}

fn invited_by(input: &Input<'_>, sink: &mut Sink<'_, InvitedBy>) {
    let expected = &input.agreement.governance.political.invited_by;
    for (d, l) in logs(input) {
        for (j, m) in l.meetings.iter().enumerate() {
            sink.examine();
            if m.invited_by != *expected {
                sink.emit(
                    d,
                    crate::pointer::ptr!["meetings", j, "invited_by"],
                    InvitedBy {
                        date: m.date.arg(),
                        found: m.invited_by.arg(),
                        expected: expected.arg(),
                    },
                );
            }
        }
    }
}

fn invitees(input: &Input<'_>, sink: &mut Sink<'_, Invitees>) {
    for (d, l) in logs(input) {
        for (j, m) in l.meetings.iter().enumerate() {
            for required in &input.agreement.governance.political.invitees {
                for leadership in &required.leadership {
                    let invited = m
                        .invited
                        .iter()
                        .any(|i| i.party == required.party && i.leadership.contains(leadership));
                    sink.examine();
                    if !invited {
                        let (nb, en) = (
                            crate::vocab::leadership(crate::lang::Lang::Nb, *leadership),
                            crate::vocab::leadership(crate::lang::Lang::En, *leadership),
                        );
                        sink.emit(
                            d,
                            crate::pointer::ptr!["meetings", j, "invited"],
                            Invitees {
                                date: m.date.arg(),
                                leadership: Both(&nb, &en).arg(),
                                party: required.party.arg(),
                            },
                        );
                    }
                }
            }
        }
    }
}

fn unknown_focus_area(input: &Input<'_>, sink: &mut Sink<'_, TopicUnknownFocusArea>) {
    for (d, l) in logs(input) {
        for (j, m) in l.meetings.iter().enumerate() {
            for (k, t) in m.topics.iter().enumerate() {
                for (n, area) in t.focus_areas.iter().enumerate() {
                    sink.examine();
                    if !input
                        .agreement
                        .focus_areas
                        .iter()
                        .any(|f| f.number == *area)
                    {
                        sink.emit(
                            d,
                            crate::pointer::ptr!["meetings", j, "topics", k, "focus_areas", n],
                            TopicUnknownFocusArea {
                                date: m.date.arg(),
                                area: area.arg(),
                            },
                        );
                    }
                }
            }
        }
    }
}

fn planned_in_past(input: &Input<'_>, sink: &mut Sink<'_, PlannedInPast>) {
    let Some(as_of) = input.as_of else { return };
    for (d, l) in logs(input) {
        for (j, m) in l.meetings.iter().enumerate() {
            sink.examine();
            if m.status == MeetingStatus::Planned && m.date < as_of {
                sink.emit(
                    d,
                    crate::pointer::ptr!["meetings", j, "status"],
                    PlannedInPast {
                        date: m.date.arg(),
                        as_of: as_of.arg(),
                    },
                );
            }
        }
    }
}

fn coordinator_missing(input: &Input<'_>, sink: &mut Sink<'_, CoordinatorMissing>) {
    let Some(as_of) = input.as_of else { return };
    let Some((d, _)) = logs(input).next() else {
        return;
    };
    for p in &input.agreement.parties {
        let appointed = logs(input)
            .flat_map(|(_, l)| l.coordinators.iter())
            .any(|c| c.party == p.id && crate::date::covers(c.from, c.to, as_of));
        sink.examine();
        if !appointed {
            sink.emit(
                d,
                "/coordinators",
                CoordinatorMissing {
                    party: p.id.arg(),
                    as_of: as_of.arg(),
                },
            );
        }
    }
}

fn held_before_in_force(input: &Input<'_>, sink: &mut Sink<'_, HeldBeforeInForce>) {
    let Some(in_force) = input.agreement.in_force() else {
        return;
    };
    for (d, l) in logs(input) {
        for (j, meeting) in l.meetings.iter().enumerate() {
            sink.examine();
            if meeting.status == MeetingStatus::Held && meeting.date < in_force.earliest() {
                sink.emit(
                    d,
                    crate::pointer::ptr!["meetings", j, "date"],
                    HeldBeforeInForce {
                        date: meeting.date.arg(),
                        in_force: in_force.arg(),
                    },
                );
            }
        }
    }
}

/// Every coordinator appointment in every meeting log, in order, with its
/// place; an appointment that a later log repeats (same party, role, person
/// and start) is one appointment, listed once.
fn appointments<'a>(input: &'a Input<'_>) -> Vec<(DocRef, usize, &'a Coordinator)> {
    let mut out: Vec<(DocRef, usize, &Coordinator)> = Vec::new();
    for (d, l) in logs(input) {
        for (j, c) in l.coordinators.iter().enumerate() {
            let same = |x: &&(DocRef, usize, &Coordinator)| {
                x.2.party == c.party
                    && x.2.from == c.from
                    && x.2.role == c.role
                    && x.2.person == c.person
            };
            if !out.iter().any(|x| same(&x)) {
                out.push((d, j, c));
            }
        }
    }
    out
}

fn coordinator_overlap(input: &Input<'_>, sink: &mut Sink<'_, CoordinatorOverlap>) {
    // Across the meeting logs of every year, not only within one.
    let all = appointments(input);
    for (n, (d, j, b)) in all.iter().enumerate() {
        // The overlap starts where the later of the two appointments starts.
        let clash = all[..n]
            .iter()
            .map(|x| x.2)
            .filter(|a| {
                a.party == b.party
                    && a.to.is_none_or(|t| b.from <= t)
                    && b.to.is_none_or(|t| a.from <= t)
            })
            .map(|a| a.from.max(b.from))
            .min();
        sink.examine();
        if let Some(from) = clash {
            sink.emit(
                *d,
                crate::pointer::ptr!["coordinators", j, "from"],
                CoordinatorOverlap {
                    party: b.party.arg(),
                    from: from.arg(),
                },
            );
        }
    }
}

fn coordinator_gap(input: &Input<'_>, sink: &mut Sink<'_, CoordinatorGap>) {
    let all = appointments(input);
    for party in &input.agreement.parties {
        let mut mine: Vec<&(DocRef, usize, &Coordinator)> =
            all.iter().filter(|x| x.2.party == party.id).collect();
        crate::order::sort_by_key(&mut mine, |x| x.2.from);
        // The latest end so far: a gap is a day after it that no appointment covers.
        let mut covered_to: Option<Date> = None;
        let mut open = false;
        for (d, j, c) in mine {
            if let Some(end) = covered_to
                && !open
            {
                // An appointment after another: is there a day between them?
                sink.examine();
                let gap_from = Date::from_days_since_epoch(end.days_since_epoch() + 1);
                let gap_to = Date::from_days_since_epoch(c.from.days_since_epoch() - 1);
                if let (Some(from), Some(to)) = (gap_from, gap_to)
                    && from <= to
                {
                    sink.emit(
                        *d,
                        crate::pointer::ptr!["coordinators", j, "from"],
                        CoordinatorGap {
                            party: party.id.arg(),
                            from: from.arg(),
                            to: to.arg(),
                        },
                    );
                }
            }
            match c.to {
                None => open = true,
                Some(t) => covered_to = Some(covered_to.map_or(t, |e| e.max(t))),
            }
        }
    }
}
