//! The words for the model's values in each language, in one place for every
//! document: the model's values are [`crate::vocab`]'s (re-exported here);
//! this adds the status's own values (trends, where an evaluation stands) and
//! the whole table, [`table`], that the bindings hand out
//! ([`crate::vocabulary`]).

pub use crate::vocab::*;

use crate::lang::Lang;
use crate::status::{DueState, Trend};
use std::collections::BTreeMap;

/// Which way an indicator has moved: `bedre` / `improving`.
pub fn trend(lang: Lang, t: Trend) -> &'static str {
    match t {
        Trend::Improving => lang.pick("bedre", "improving"),
        Trend::Worsening => lang.pick("verre", "worsening"),
        Trend::Unchanged => lang.pick("uendret", "unchanged"),
    }
}

/// Where a planned evaluation stands: `på overtid` / `overdue`.
pub fn due_state(lang: Lang, s: DueState) -> &'static str {
    match s {
        DueState::Done => lang.pick("gjennomført", "done"),
        DueState::Due => lang.pick("til forfall", "due"),
        DueState::Overdue => lang.pick("på overtid", "overdue"),
        DueState::Upcoming => lang.pick("kommer", "upcoming"),
    }
}

/// Not filled in yet: `Ikke fylt ut` / `Not filled in`.
pub fn not_filled_in(lang: Lang) -> &'static str {
    lang.pick("Ikke fylt ut", "Not filled in")
}

/// The closing line of every document.
pub fn made_with(lang: Lang) -> &'static str {
    lang.pick("Laget med tromsvekst.", "Made with tromsvekst.")
}

/// The words of every value in a language, by the kind of value and the value
/// as the JSON documents write it: `table(Lang::Nb)["measure_status"]["ongoing"]`
/// is `pågår`. What [`crate::vocabulary`] returns.
pub type Table = BTreeMap<&'static str, Words>;

/// The values of one kind with their words, in the order the model declares
/// them (`planned, ongoing, completed, …`: the order a form offers them in),
/// written as a JSON object in that order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words(Vec<(&'static str, &'static str)>);

impl Words {
    /// The word for a value, if the kind has it.
    pub fn get(&self, value: &str) -> Option<&'static str> {
        self.0.iter().find(|(k, _)| *k == value).map(|(_, w)| *w)
    }

    /// The values and their words, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
        self.0.iter().copied()
    }

    /// The values, in order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().map(|(k, _)| *k)
    }
}

impl std::ops::Index<&str> for Words {
    type Output = str;
    fn index(&self, value: &str) -> &str {
        self.get(value).unwrap_or("")
    }
}

impl serde::Serialize for Words {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().copied())
    }
}

/// Every value of a kind with its word, by the value as the JSON writes it
/// (written out here rather than asked of serde, whose code per type would
/// weigh on the WebAssembly module; the test below holds the keys to the
/// schemas).
fn words<T: Copy>(all: &[(T, &'static str)], word: impl Fn(T) -> &'static str) -> Words {
    Words(all.iter().map(|(v, key)| (*key, word(*v))).collect())
}

/// The whole vocabulary in a language (see [`Table`]).
pub fn table(lang: Lang) -> Table {
    use crate::document::DocumentKind as D;
    use crate::model::*;
    use crate::rules::Severity;
    let mut t = Table::new();
    t.insert(
        "action_status",
        words(
            &[
                (ActionStatus::Open, "open"),
                (ActionStatus::Done, "done"),
                (ActionStatus::Dropped, "dropped"),
            ],
            |v| action_status(lang, v),
        ),
    );
    t.insert(
        "adjustment_kind",
        words(
            &[
                (AdjustmentKind::NewMeasure, "new_measure"),
                (AdjustmentKind::ChangedMeasure, "changed_measure"),
                (AdjustmentKind::DroppedMeasure, "dropped_measure"),
                (AdjustmentKind::Governance, "governance"),
                (AdjustmentKind::Indicator, "indicator"),
                (AdjustmentKind::Milestone, "milestone"),
            ],
            |v| adjustment_kind(lang, v),
        ),
    );
    t.insert(
        "document_kind",
        words(
            &[
                (D::Agreement, "agreement"),
                (D::ActionPlan, "action_plan"),
                (D::MeetingLog, "meeting_log"),
                (D::Indicators, "indicators"),
                (D::Evaluation, "evaluation"),
            ],
            |v| document_kind(lang, v),
        ),
    );
    t.insert(
        "due_state",
        words(
            &[
                (DueState::Done, "done"),
                (DueState::Due, "due"),
                (DueState::Overdue, "overdue"),
                (DueState::Upcoming, "upcoming"),
            ],
            |v| due_state(lang, v),
        ),
    );
    t.insert(
        "evaluation_status",
        words(
            &[
                (EvaluationStatus::Draft, "draft"),
                (EvaluationStatus::Concluded, "concluded"),
            ],
            |v| evaluation_status(lang, v),
        ),
    );
    t.insert(
        "funding_status",
        words(
            &[
                (FundingStatus::Planned, "planned"),
                (FundingStatus::Applied, "applied"),
                (FundingStatus::Granted, "granted"),
                (FundingStatus::Refused, "refused"),
                (FundingStatus::Paid, "paid"),
            ],
            |v| funding_status(lang, v),
        ),
    );
    t.insert(
        "governance_section",
        words(
            &[
                (GovernanceSection::Political, "political"),
                (GovernanceSection::Administrative, "administrative"),
                (GovernanceSection::Evaluation, "evaluation"),
            ],
            |v| governance_section(lang, v),
        ),
    );
    t.insert(
        "handling_outcome",
        words(
            &[
                (HandlingOutcome::Noted, "noted"),
                (HandlingOutcome::Approved, "approved"),
                (HandlingOutcome::Returned, "returned"),
            ],
            |v| handling_outcome(lang, v),
        ),
    );
    t.insert(
        "leadership",
        words(
            &[
                (Leadership::Political, "political"),
                (Leadership::Administrative, "administrative"),
            ],
            |v| leadership(lang, v),
        ),
    );
    t.insert(
        "light",
        words(
            &[
                (Light::Green, "green"),
                (Light::Yellow, "yellow"),
                (Light::Red, "red"),
            ],
            |v| light(lang, v),
        ),
    );
    t.insert(
        "measure_status",
        words(
            &[
                (MeasureStatus::Planned, "planned"),
                (MeasureStatus::Ongoing, "ongoing"),
                (MeasureStatus::Completed, "completed"),
                (MeasureStatus::Postponed, "postponed"),
                (MeasureStatus::Cancelled, "cancelled"),
            ],
            |v| measure_status(lang, v),
        ),
    );
    t.insert(
        "meeting_status",
        words(
            &[
                (MeetingStatus::Held, "held"),
                (MeetingStatus::Planned, "planned"),
                (MeetingStatus::Cancelled, "cancelled"),
            ],
            |v| meeting_status(lang, v),
        ),
    );
    t.insert(
        "milestone_status",
        words(
            &[
                (MilestoneStatus::Pending, "pending"),
                (MilestoneStatus::Completed, "completed"),
                (MilestoneStatus::Cancelled, "cancelled"),
            ],
            |v| milestone_status(lang, v),
        ),
    );
    t.insert(
        "rating",
        words(
            &[
                (Rating::OnTrack, "on_track"),
                (Rating::Partly, "partly"),
                (Rating::OffTrack, "off_track"),
                (Rating::NotAssessed, "not_assessed"),
            ],
            |v| rating(lang, v),
        ),
    );
    t.insert(
        "severity",
        words(
            &[
                (Severity::Error, "error"),
                (Severity::Warning, "warning"),
                (Severity::Info, "info"),
            ],
            |v| v.label(lang),
        ),
    );
    t.insert(
        "stage",
        words(
            &[(Stage::Midterm, "midterm"), (Stage::Final, "final")],
            |v| stage(lang, v),
        ),
    );
    t.insert(
        "trend",
        words(
            &[
                (Trend::Improving, "improving"),
                (Trend::Worsening, "worsening"),
                (Trend::Unchanged, "unchanged"),
            ],
            |v| trend(lang, v),
        ),
    );
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    /// The values a type's JSON Schema allows.
    fn values<T: schemars::JsonSchema>() -> Vec<String> {
        let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default();
        let out: Vec<String> = match schema.get("enum") {
            Some(serde_json::Value::Array(a)) => a
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect(),
            _ => schema["oneOf"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|x| {
                    x.get("const")
                        .and_then(|c| c.as_str().map(|c| vec![c.to_string()]))
                        .or_else(|| {
                            x["enum"].as_array().map(|a| {
                                a.iter()
                                    .filter_map(|v| v.as_str().map(String::from))
                                    .collect()
                            })
                        })
                        .unwrap_or_default()
                })
                .collect(),
        };

        out
    }

    /// Every value the documents can hold has a word in both languages, and
    /// the table names no value they cannot hold.
    #[test]
    fn every_value_has_its_word() {
        let kinds: Vec<(&str, Vec<String>)> = vec![
            ("action_status", values::<ActionStatus>()),
            ("adjustment_kind", values::<AdjustmentKind>()),
            ("document_kind", values::<crate::document::DocumentKind>()),
            ("due_state", values::<DueState>()),
            ("evaluation_status", values::<EvaluationStatus>()),
            ("funding_status", values::<FundingStatus>()),
            ("governance_section", values::<GovernanceSection>()),
            ("handling_outcome", values::<HandlingOutcome>()),
            ("leadership", values::<Leadership>()),
            ("light", values::<Light>()),
            ("measure_status", values::<MeasureStatus>()),
            ("meeting_status", values::<MeetingStatus>()),
            ("milestone_status", values::<MilestoneStatus>()),
            ("rating", values::<Rating>()),
            ("severity", values::<crate::rules::Severity>()),
            ("stage", values::<Stage>()),
            ("trend", values::<Trend>()),
        ];
        for lang in [Lang::Nb, Lang::En] {
            let t = table(lang);
            assert_eq!(
                t.keys().copied().collect::<Vec<_>>(),
                kinds.iter().map(|k| k.0).collect::<Vec<_>>()
            );
            for (kind, want) in &kinds {
                assert!(!want.is_empty(), "{kind}: no values in its schema");
                // In the model's order, which is the schema's.
                let got: Vec<String> = t[kind].keys().map(String::from).collect();
                assert_eq!(&got, want, "{kind} in {lang:?}");
                assert!(t[kind].iter().all(|(_, w)| !w.is_empty()), "{kind}");
            }
        }
        // Each word is the word of the value its key names (not of another).
        let nb = table(Lang::Nb);
        assert_eq!(nb["milestone_status"].get("completed"), Some("nådd"));
        assert_eq!(nb["measure_status"].get("completed"), Some("fullført"));
        assert_eq!(nb["meeting_status"].get("planned"), Some("planlagt"));
        assert_eq!(nb["handling_outcome"].get("approved"), Some("godkjent"));
        assert_eq!(nb["trend"].get("worsening"), Some("verre"));
        assert_eq!(table(Lang::En)["rating"].get("on_track"), Some("On track"));
    }
}
