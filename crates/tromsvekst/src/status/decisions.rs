//! What the political meetings decided and did: open follow-up actions,
//! the central themes taken up each year, advocacy per long-term result [6.1].

use crate::bundle::Bundle;
use crate::date::Date;
use crate::lang::Lang;
use crate::model::{ActionStatus, AdvocacyKind, MeetingStatus};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A follow-up action not done yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionLine {
    /// The action, by id.
    pub id: String,
    /// The meeting that decided it, by id.
    pub meeting: String,
    /// The decision, by id.
    pub decision: String,
    /// What is to be done.
    pub text: String,
    /// The party that does it, by id.
    pub owner: String,
    /// The day it is due.
    pub due: Date,
    /// Days past its due day (0 when not overdue).
    pub days_late: i64,
}

/// The central themes taken up by the agenda items of a year's meetings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ThemeYear {
    /// The year.
    pub year: i32,
    /// The themes taken up, by number.
    pub covered: Vec<u32>,
    /// The themes not taken up, by number.
    pub untouched: Vec<u32>,
}

/// An advocacy action in the status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdvocacyLine {
    /// The action, by id.
    pub id: String,
    /// The day.
    pub date: Date,
    /// What kind.
    pub kind: AdvocacyKind,
    /// Towards whom.
    pub target: String,
    /// What came of it, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
}

/// The advocacy serving one long-term result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdvocacyByResult {
    /// The long-term result, by id (`none` for actions linked to none).
    pub result: String,
    /// The actions up to the day, oldest first.
    pub actions: Vec<AdvocacyLine>,
}

/// Open follow-up actions on the day, overdue first, then by due day.
pub(crate) fn open_actions(bundle: &Bundle, as_of: Date, lang: Lang) -> Vec<ActionLine> {
    let mut out: Vec<ActionLine> = bundle
        .meeting_logs()
        .flat_map(|(_, l)| l.meetings.iter())
        .flat_map(|m| {
            m.decisions.iter().flat_map(move |x| {
                x.actions
                    .iter()
                    .filter(|a| a.status == ActionStatus::Open)
                    .map(move |a| ActionLine {
                        id: a.id.clone(),
                        meeting: m.id.clone(),
                        decision: x.id.clone(),
                        text: a.text.get(lang).to_string(),
                        owner: a.owner.clone(),
                        due: a.due,
                        days_late: a.due.days_until(as_of).max(0),
                    })
            })
        })
        .collect();
    crate::order::sort_by(&mut out, |a, b| (a.due, &a.id).cmp(&(b.due, &b.id)));
    out
}

/// The themes per year of held meetings with an agenda, up to the day.
pub(crate) fn themes(bundle: &Bundle, as_of: Date) -> Vec<ThemeYear> {
    let count = u32::try_from(bundle.agreement().value.governance.political.themes.len())
        .unwrap_or(u32::MAX);
    let held: Vec<_> = bundle
        .meeting_logs()
        .flat_map(|(_, l)| l.meetings.iter())
        .filter(|m| m.status == MeetingStatus::Held && m.date <= as_of && !m.agenda.is_empty())
        .collect();
    let mut years: Vec<i32> = held.iter().map(|m| m.date.year()).collect();
    crate::order::sort(&mut years);
    years.dedup();
    years
        .into_iter()
        .map(|year| {
            let mut covered: Vec<u32> = held
                .iter()
                .filter(|m| m.date.year() == year)
                .flat_map(|m| m.agenda.iter().flat_map(|a| a.themes.iter().copied()))
                .filter(|t| (1..=count).contains(t))
                .collect();
            crate::order::sort(&mut covered);
            covered.dedup();
            ThemeYear {
                year,
                untouched: (1..=count).filter(|t| !covered.contains(t)).collect(),
                covered,
            }
        })
        .collect()
}

/// The advocacy up to the day per long-term result of the agreement (those
/// with any), then `none`.
pub(crate) fn advocacy(bundle: &Bundle, as_of: Date, lang: Lang) -> Vec<AdvocacyByResult> {
    let all: Vec<_> = bundle
        .meeting_logs()
        .flat_map(|(_, l)| l.advocacy.iter())
        .filter(|a| a.date <= as_of)
        .collect();
    let line = |a: &crate::model::Advocacy| AdvocacyLine {
        id: a.id.clone(),
        date: a.date,
        kind: a.kind,
        target: a.target.clone(),
        outcome: a.outcome.as_ref().map(|o| o.get(lang).to_string()),
    };
    let mut out: Vec<AdvocacyByResult> = bundle
        .agreement()
        .value
        .long_term_results
        .results
        .iter()
        .map(|r| {
            let mut actions: Vec<AdvocacyLine> = all
                .iter()
                .filter(|a| a.results.contains(&r.id))
                .map(|a| line(a))
                .collect();
            crate::order::sort_by(&mut actions, |a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
            AdvocacyByResult {
                result: r.id.clone(),
                actions,
            }
        })
        .filter(|g| !g.actions.is_empty())
        .collect();
    let none: Vec<AdvocacyLine> = all
        .iter()
        .filter(|a| a.results.is_empty())
        .map(|a| line(a))
        .collect();
    if !none.is_empty() {
        out.push(AdvocacyByResult {
            result: "none".into(),
            actions: none,
        });
    }
    out
}
