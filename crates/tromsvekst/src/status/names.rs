//! The names of the things a status refers to by id: parties,
//! municipalities, plans, measures, milestones, meetings, evaluations,
//! long-term results, strategies, sub-goals and documents. A reader is
//! shown the name; the id stays in the JSON and the references appendix.

use crate::bundle::Bundle;
use crate::fmt;
use crate::lang::Lang;
use crate::model::{Evaluation, Meeting, Stage};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// What a reference names.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum RefKind {
    /// A party of the agreement.
    Party,
    /// A municipality of the region.
    Municipality,
    /// An action plan.
    Plan,
    /// A measure of a plan.
    Measure,
    /// A milestone of a plan.
    Milestone,
    /// A political meeting.
    Meeting,
    /// An evaluation.
    Evaluation,
    /// A long-term result of the agreement.
    Result,
    /// A sub-goal.
    SubGoal,
    /// A strategy of a sub-goal.
    Strategy,
    /// An indicator.
    Indicator,
    /// A document of the bundle (its file).
    Document,
    /// A central theme of the political meetings, by its number.
    Theme,
}

/// A thing referred to by id, with its name in the status's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reference {
    /// What it is.
    pub kind: RefKind,
    /// Its id.
    pub id: String,
    /// Its name, title or text, as a reader is shown it.
    pub name: String,
}

/// A meeting as a reader names it: "politisk møte 26. november 2026".
pub fn meeting_name(m: &Meeting, lang: Lang) -> String {
    format!(
        "{} {}",
        lang.pick("politisk møte", "political meeting of"),
        fmt::date(lang, m.date)
    )
}

/// An evaluation as a reader names it: "Midtveisevaluering 2026".
pub fn evaluation_name(e: &Evaluation, lang: Lang) -> String {
    let stage = match e.stage {
        Stage::Midterm => lang.pick("Midtveisevaluering", "Midterm evaluation"),
        Stage::Final => lang.pick("Sluttevaluering", "Final evaluation"),
    };
    format!("{stage} {}", e.date.year())
}

/// Every named thing of the bundle, in a fixed order: the agreement's
/// parties, municipalities, sub-goals, strategies and results, then each
/// document's plans, milestones, meetings, evaluations and indicators, and
/// the documents' files. Measures are named where they stand (the progress
/// lines carry their titles).
pub(crate) fn references(bundle: &Bundle, lang: Lang) -> Vec<Reference> {
    let a = &bundle.agreement().value;
    let mut out = Vec::new();
    let mut add = |kind, id: &str, name: String| {
        out.push(Reference {
            kind,
            id: id.to_string(),
            name,
        })
    };
    for p in &a.parties {
        add(RefKind::Party, &p.id, p.name.get(lang).to_string());
    }
    for m in &a.region.municipalities {
        add(RefKind::Municipality, &m.id, m.name.clone());
    }
    for f in &a.focus_areas {
        for g in &f.sub_goals {
            add(RefKind::SubGoal, &g.id, g.text.get(lang).to_string());
            for s in &g.strategies {
                add(RefKind::Strategy, &s.id, s.text.get(lang).to_string());
            }
        }
    }
    for (i, t) in a.governance.political.themes.iter().enumerate() {
        add(
            RefKind::Theme,
            &(i + 1).to_string(),
            t.get(lang).to_string(),
        );
    }
    for r in &a.long_term_results.results {
        add(RefKind::Result, &r.id, r.text.get(lang).to_string());
    }
    for (_, p) in bundle.plans_in_order() {
        add(RefKind::Plan, &p.id, p.title.get(lang).to_string());
        for m in &p.milestones {
            add(RefKind::Milestone, &m.id, m.title.get(lang).to_string());
        }
    }
    for (_, l) in bundle.meeting_logs() {
        for m in &l.meetings {
            add(RefKind::Meeting, &m.id, meeting_name(m, lang));
        }
    }
    for (_, e) in bundle.evaluations() {
        add(RefKind::Evaluation, &e.id, evaluation_name(e, lang));
    }
    for (_, s) in bundle.indicator_sets() {
        for i in &s.indicators {
            add(RefKind::Indicator, &i.id, i.name.get(lang).to_string());
        }
    }
    for d in bundle.documents() {
        let name = d.name();
        let file = name.rsplit(['/', '\\']).next().unwrap_or(name).to_string();
        add(RefKind::Document, d.id(), file);
    }
    out
}
