//! Rules for what political meetings decide and do: agenda items on the
//! central themes, decisions followed up, advocacy [6.1].

use super::{DocRef, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{ActionStatus, FollowUpAction, Meeting, MeetingLog, MeetingStatus};
use crate::rules::Arg;
use foldhash::HashSet;

super::rule_table!(Some(DocumentKind::MeetingLog));

pub(super) static RULES: &[Rule] = &[
    rule!(
        "meetings.action.overdue",
        Severity::Warning,
        "6.1",
        ("Oppfølging på overtid", "Follow-up action overdue"),
        ActionOverdue,
        action_overdue,
    ),
    rule!(
        "meetings.action.unknown-measure",
        Severity::Error,
        "6.1",
        (
            "Oppfølging av ukjent tiltak",
            "Follow-up of an unknown measure",
        ),
        ActionUnknownMeasure,
        unknown_measure,
    ),
    rule!(
        "meetings.action.unknown-owner",
        Severity::Error,
        "6.1",
        (
            "Oppfølging uten kjent part",
            "Follow-up owned by an unknown party",
        ),
        ActionUnknownOwner,
        unknown_owner,
    ),
    rule!(
        "meetings.theme.unknown",
        Severity::Error,
        "6.1",
        ("Ukjent tema", "Unknown theme"),
        ThemeUnknown,
        unknown_theme,
    ),
    rule!(
        "meetings.theme.untouched",
        Severity::Info,
        "6.1",
        (
            "Tema ikke tatt opp i året",
            "Theme not taken up in the year",
        ),
        ThemeUntouched,
        theme_untouched,
    ),
    rule!(
        "meetings.advocacy.no-theme",
        Severity::Warning,
        "6.1",
        ("Påvirkningsarbeid uten tema", "Advocacy without a theme"),
        AdvocacyNoTheme,
        advocacy_no_theme,
    ),
    rule!(
        "meetings.advocacy.unknown-result",
        Severity::Error,
        "7",
        (
            "Påvirkningsarbeid for ukjent resultat",
            "Advocacy for an unknown result",
        ),
        AdvocacyUnknownResult,
        advocacy_unknown_result,
    ),
];

super::message! {
    /// `meetings.action.overdue`
    ActionOverdue { id, meeting, owner, due, as_of }
    nb: "Oppfølgingen «{id}» av vedtaket i møtet {meeting} skulle vært gjort av «{owner}» innen {due}; per {as_of} er den ikke gjort.",
    en: "The follow-up action \"{id}\" of the decision of the meeting of {meeting} was due from \"{owner}\" by {due}; as of {as_of} it is not done.",
}

super::message! {
    /// `meetings.action.unknown-measure`
    ActionUnknownMeasure { id, meeting, measure }
    nb: "«{id}» i møtet {meeting} viser til tiltaket «{measure}», som ingen handlingsplan har.",
    en: "\"{id}\" in the meeting of {meeting} refers to the measure \"{measure}\", which no action plan has.",
}

super::message! {
    /// `meetings.action.unknown-owner`
    ActionUnknownOwner { id, owner, parties }
    nb: "Oppfølgingen «{id}» skal gjøres av «{owner}», som ikke er en part i avtalen (partene: {parties}).",
    en: "The follow-up action \"{id}\" is owned by \"{owner}\", which is not a party to the agreement (the parties: {parties}).",
}

super::message! {
    /// `meetings.theme.unknown`
    ThemeUnknown { theme, count }
    nb: "Tema {theme} finnes ikke; avtalen har {count} sentrale temaer for det politiske samarbeidet.",
    en: "Theme {theme} does not exist; the agreement has {count} central themes for the political cooperation.",
}

super::message! {
    /// `meetings.theme.untouched`
    ThemeUntouched { year, theme, title }
    nb: "Ingen sak på de politiske møtene i {year} tok opp tema {theme} («{title}»).",
    en: "No agenda item of the political meetings in {year} took up theme {theme} (\"{title}\").",
}

super::message! {
    /// `meetings.advocacy.no-theme`
    AdvocacyNoTheme { id, date, target }
    nb: "Påvirkningsarbeidet «{id}» ({date}, {target}) sier ikke hvilket av avtalens sentrale temaer det gjelder.",
    en: "The advocacy action \"{id}\" ({date}, {target}) does not say which of the agreement's central themes it concerns.",
}

super::message! {
    /// `meetings.advocacy.unknown-result`
    AdvocacyUnknownResult { id, result }
    nb: "Påvirkningsarbeidet «{id}» sier det tjener det langsiktige resultatet «{result}», som avtalen ikke har.",
    en: "The advocacy action \"{id}\" says it serves the long-term result \"{result}\", which the agreement does not have.",
}

fn logs<'a>(input: &'a Input<'_>) -> impl Iterator<Item = (DocRef, &'a MeetingLog)> {
    input.bundle.meeting_logs()
}

/// Every follow-up action, with its document, meeting and pointer.
fn actions<'a>(
    input: &'a Input<'_>,
) -> impl Iterator<Item = (DocRef, &'a Meeting, &'a FollowUpAction, String)> {
    logs(input).flat_map(|(d, l)| {
        l.meetings.iter().enumerate().flat_map(move |(i, m)| {
            m.decisions.iter().enumerate().flat_map(move |(j, x)| {
                x.actions.iter().enumerate().map(move |(k, a)| {
                    (
                        d,
                        m,
                        a,
                        crate::pointer::ptr!["meetings", i, "decisions", j, "actions", k],
                    )
                })
            })
        })
    })
}

fn action_overdue(input: &Input<'_>, sink: &mut Sink<'_, ActionOverdue>) {
    let Some(as_of) = input.as_of else { return };
    for (d, m, a, pointer) in actions(input) {
        sink.examine();
        if a.status == ActionStatus::Open && a.due < as_of {
            sink.emit(
                d,
                pointer,
                ActionOverdue {
                    id: a.id.arg(),
                    meeting: m.date.arg(),
                    owner: a.owner.arg(),
                    due: a.due.arg(),
                    as_of: as_of.arg(),
                },
            );
        }
    }
}

fn unknown_measure(input: &Input<'_>, sink: &mut Sink<'_, ActionUnknownMeasure>) {
    let known = input.bundle;
    if input.bundle.action_plans().next().is_none() {
        return; // Without the plans, nothing can be said of their measures.
    }
    for (d, m, a, pointer) in actions(input) {
        for (k, id) in a.measures.iter().enumerate() {
            sink.examine();
            if known.measure(id).is_none() {
                sink.emit(
                    d,
                    format!("{pointer}/measures/{k}"),
                    ActionUnknownMeasure {
                        id: a.id.arg(),
                        meeting: m.date.arg(),
                        measure: id.arg(),
                    },
                );
            }
        }
    }
    for (d, l) in logs(input) {
        for (i, m) in l.meetings.iter().enumerate() {
            for (j, item) in m.agenda.iter().enumerate() {
                for (k, id) in item.measures.iter().enumerate() {
                    sink.examine();
                    if known.measure(id).is_none() {
                        sink.emit(
                            d,
                            crate::pointer::ptr!["meetings", i, "agenda", j, "measures", k],
                            ActionUnknownMeasure {
                                id: m.id.arg(),
                                meeting: m.date.arg(),
                                measure: id.arg(),
                            },
                        );
                    }
                }
            }
        }
    }
}

fn unknown_owner(input: &Input<'_>, sink: &mut Sink<'_, ActionUnknownOwner>) {
    for (d, _, a, pointer) in actions(input) {
        sink.examine();
        if input.party(&a.owner).is_none() {
            sink.emit(
                d,
                format!("{pointer}/owner"),
                ActionUnknownOwner {
                    id: a.id.arg(),
                    owner: a.owner.arg(),
                    parties: input.party_list().arg(),
                },
            );
        }
    }
}

fn theme_count(input: &Input<'_>) -> u32 {
    u32::try_from(input.agreement.governance.political.themes.len()).unwrap_or(u32::MAX)
}

fn unknown_theme(input: &Input<'_>, sink: &mut Sink<'_, ThemeUnknown>) {
    let count = theme_count(input);
    let mut check = |d: DocRef, pointer: String, themes: &[u32]| {
        for (k, t) in themes.iter().enumerate() {
            sink.examine();
            if *t == 0 || *t > count {
                sink.emit(
                    d,
                    format!("{pointer}/themes/{k}"),
                    ThemeUnknown {
                        theme: t.arg(),
                        count: count.arg(),
                    },
                );
            }
        }
    };
    for (d, l) in logs(input) {
        for (i, m) in l.meetings.iter().enumerate() {
            for (j, item) in m.agenda.iter().enumerate() {
                check(
                    d,
                    crate::pointer::ptr!["meetings", i, "agenda", j],
                    &item.themes,
                );
            }
        }
        for (i, a) in l.advocacy.iter().enumerate() {
            check(d, crate::pointer::ptr!["advocacy", i], &a.themes);
        }
    }
}

/// For each year that has ended by the day judged on and had a meeting held
/// with an agenda, each theme no agenda item took up.
fn theme_untouched(input: &Input<'_>, sink: &mut Sink<'_, ThemeUntouched>) {
    let Some(as_of) = input.as_of else { return };
    let Some((d, _)) = logs(input).next() else {
        return;
    };
    let themes = &input.agreement.governance.political.themes;
    let held: Vec<&Meeting> = logs(input)
        .flat_map(|(_, l)| l.meetings.iter())
        .filter(|m| m.status == MeetingStatus::Held && !m.agenda.is_empty())
        .collect();
    let mut years: Vec<i32> = held
        .iter()
        .map(|m| m.date.year())
        .filter(|y| *y < as_of.year())
        .collect();
    crate::order::sort(&mut years);
    years.dedup();
    for year in years {
        let covered: HashSet<u32> = held
            .iter()
            .filter(|m| m.date.year() == year)
            .flat_map(|m| m.agenda.iter().flat_map(|a| a.themes.iter().copied()))
            .collect();
        for (n, t) in (1u32..).zip(themes) {
            sink.examine();
            if !covered.contains(&n) {
                sink.emit(
                    d,
                    "/meetings",
                    ThemeUntouched {
                        year: year.arg(),
                        theme: n.arg(),
                        title: t.nb.arg(),
                    },
                );
            }
        }
    }
}

fn advocacy_no_theme(input: &Input<'_>, sink: &mut Sink<'_, AdvocacyNoTheme>) {
    for (d, l) in logs(input) {
        for (i, a) in l.advocacy.iter().enumerate() {
            sink.examine();
            if a.themes.is_empty() {
                sink.emit(
                    d,
                    crate::pointer::ptr!["advocacy", i],
                    AdvocacyNoTheme {
                        id: a.id.arg(),
                        date: a.date.arg(),
                        target: a.target.arg(),
                    },
                );
            }
        }
    }
}

fn advocacy_unknown_result(input: &Input<'_>, sink: &mut Sink<'_, AdvocacyUnknownResult>) {
    for (d, l) in logs(input) {
        for (i, a) in l.advocacy.iter().enumerate() {
            for (k, r) in a.results.iter().enumerate() {
                sink.examine();
                if !input
                    .agreement
                    .long_term_results
                    .results
                    .iter()
                    .any(|x| x.id == *r)
                {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["advocacy", i, "results", k],
                        AdvocacyUnknownResult {
                            id: a.id.arg(),
                            result: r.arg(),
                        },
                    );
                }
            }
        }
    }
}
