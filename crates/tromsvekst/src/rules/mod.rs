//! The rule catalog and the engine that runs it.
//!
//! A rule is data plus a function: a stable dotted id, a default severity,
//! the section of the agreement it enforces, a title and a message template
//! in Norwegian bokmål and English, and a check that emits findings with the
//! JSON pointer of the offending value and the values to fill in.

/// Names the kind of document a module's rules check, for [`rule!`]; `None`
/// for rules over every document of a bundle.
macro_rules! rule_table {
    ($document:expr) => {
        const DOCUMENT: Option<$crate::document::DocumentKind> = $document;
    };
}

/// A rule of a module's table: its id, default severity, section, title, the
/// type of its message (declared with [`message!`]) and its check. The check
/// gets a [`Sink`] for that message type alone, so a rule cannot emit another
/// rule's message, and its template is the message type's.
macro_rules! rule {
    ($id:literal, $severity:expr, $section:expr, $title:expr, $message:ty, $check:path $(,)?) => {
        $crate::rules::rule_def(
            $id,
            $severity,
            $section,
            DOCUMENT,
            $title,
            <$message as $crate::rules::Message>::TEMPLATE,
            {
                fn check(input: &$crate::rules::Input<'_>, sink: &mut $crate::rules::RawSink) {
                    $check(input, &mut $crate::rules::Sink::<$message>::new(sink))
                }
                check
            },
        )
    };
}

/// Declares a rule's message: a struct with a field per value the message
/// names, and its templates in bokmål and English. The templates are format
/// strings checked by the compiler against the fields: a placeholder with no
/// field, or a field no template names, does not compile.
macro_rules! message {
    ($(#[$meta:meta])* $name:ident { $($field:ident),* $(,)? } nb: $nb:literal, en: $en:literal $(,)?) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub(crate) struct $name {
            $(pub(crate) $field: $crate::rules::Value,)*
        }

        impl $crate::rules::Message for $name {
            const TEMPLATE: (&'static str, &'static str) = ($nb, $en);

            fn into_values(self) -> Vec<$crate::rules::Value> {
                vec![$(self.$field),*]
            }

            fn render(values: &[$crate::rules::Value], lang: $crate::lang::Lang) -> String {
                $crate::rules::fill(lang.pick($nb, $en), &[$(stringify!($field)),*], values, lang)
            }
        }

        // The values in the order the fields are declared: for a check
        // shared by rules whose messages have the same fields.
        impl From<[$crate::rules::Value; 0 $(+ $crate::rules::one(stringify!($field)))*]> for $name {
            fn from(values: [$crate::rules::Value; 0 $(+ $crate::rules::one(stringify!($field)))*]) -> Self {
                let [$($field),*] = values;
                $name { $($field),* }
            }
        }

        // The templates checked against the fields when compiled: a
        // placeholder without a field, or a field neither template names,
        // is an error here. Never run: the closure is only type-checked (a
        // `format!` per message in the module would cost its size).
        const _: () = {
            let _ = || {
                let _ = format!($nb $(, $field = 0)*);
                let _ = format!($en $(, $field = 0)*);
            };
        };
    };
}
pub(crate) use {message, rule_table};

/// One per field, for counting a message's fields in [`message!`].
pub(crate) const fn one(_field: &str) -> usize {
    1
}

mod adjustments;
mod agreement;
mod bundle;
mod decisions;
mod evaluation;
mod feedback;
mod funding;
mod governance;
mod indicators;
mod meetings;
mod messages;
mod people;

mod plan;
mod sequence;

use crate::document::DocumentKind;
use crate::lang::Lang;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// How serious a finding is. Only errors make a document invalid.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The document contradicts the agreement or itself.
    Error,
    /// Likely a problem; the document is still valid.
    Warning,
    /// Worth knowing.
    Info,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// The severity as a word in a language: `feil`, `advarsel`, `info` in bokmål.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Severity::Error => lang.pick("feil", "error"),
            Severity::Warning => lang.pick("advarsel", "warning"),
            Severity::Info => lang.pick("info", "info"),
        }
    }
}

pub use crate::model::NO_SECTION;

/// The section a rule enforces, as a reader says it: `avsnitt 6.1` /
/// `section 6.1`, `vedlegg 1` / `annex 1`, and for a rule that enforces no
/// section, `ingen avsnitt: datakvalitet` / `no section: data quality`.
pub fn section_label(section: &str, lang: Lang) -> String {
    if section.is_empty() {
        return lang
            .pick(
                "avsnittet er ikke nummerert i avtalen",
                "section not numbered in the agreement",
            )
            .to_string();
    }
    if section == NO_SECTION {
        return lang
            .pick("ingen avsnitt: datakvalitet", "no section: data quality")
            .to_string();
    }
    match section.strip_prefix("annex ") {
        Some(n) => format!("{} {n}", lang.pick("vedlegg", "annex")),
        None => format!("{} {section}", lang.pick("avsnitt", "section")),
    }
}

pub use crate::lang::Bilingual;

/// A rule of the catalog.
#[derive(Clone, Copy, Serialize, JsonSchema)]
pub struct Rule {
    /// The stable dotted id, e.g. `agreement.sub-goal.numbering`.
    pub id: &'static str,
    /// The severity unless configured otherwise.
    pub severity: Severity,
    /// The section the rule enforces, as the Tromsvekst agreement for
    /// Nord-Troms (the template) numbers it, e.g. `5` or `6.2`; a finding
    /// cites the number the agreement in hand gives that part
    /// ([`crate::model::Sections::cite`]); [`NO_SECTION`] (`none`) for a rule that keeps the documents
    /// whole without enforcing a section.
    pub section: &'static str,
    /// The kind of document whose values the rule checks; `None` for rules
    /// over every document of a bundle.
    pub document: Option<DocumentKind>,
    /// A short title.
    pub title: Bilingual,
    /// The message template; `{name}` marks a value filled in per finding.
    pub message: Bilingual,
    #[serde(skip)]
    pub(crate) check: fn(&Input<'_>, &mut RawSink),
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("id", &self.id)
            .field("severity", &self.severity)
            .finish_non_exhaustive()
    }
}

fn all_rules() -> impl Iterator<Item = &'static Rule> {
    agreement::RULES
        .iter()
        .chain(governance::RULES)
        .chain(bundle::RULES)
        .chain(plan::RULES)
        .chain(sequence::RULES)
        .chain(meetings::RULES)
        .chain(indicators::RULES)
        .chain(evaluation::RULES)
        .chain(adjustments::RULES)
        .chain(funding::RULES)
        .chain(people::RULES)
        .chain(decisions::RULES)
        .chain(feedback::RULES)
}

/// Every rule, in a stable order (sorted by id).
pub fn catalog() -> Vec<&'static Rule> {
    let mut all: Vec<&'static Rule> = all_rules().collect();
    crate::order::sort_by_key(&mut all, |r| r.id);
    all
}

/// A rule by id (a binary search of the catalog, sorted once).
pub fn rule(id: &str) -> Option<&'static Rule> {
    let sorted = sorted();
    sorted
        .binary_search_by(|r| r.id.cmp(id))
        .ok()
        .map(|i| sorted[i])
}

/// Builds a rule (used by the rule tables).
pub(crate) const fn rule_def(
    id: &'static str,
    severity: Severity,
    section: &'static str,
    document: Option<DocumentKind>,
    title: (&'static str, &'static str),
    message: (&'static str, &'static str),
    check: fn(&Input<'_>, &mut RawSink),
) -> Rule {
    Rule {
        id,
        severity,
        section,
        document,
        title: Bilingual {
            nb: title.0,
            en: title.1,
        },
        message: Bilingual {
            nb: message.0,
            en: message.1,
        },
        check,
    }
}

/// The catalog as JSON (what `tromsvekst rules --format json` prints).
pub fn catalog_json() -> String {
    let mut out = serde_json::to_string_pretty(&catalog()).unwrap_or_default();
    out.push('\n');
    out
}

/// What the rules look at.
pub(crate) struct Input<'a> {
    pub agreement: &'a crate::model::Agreement,
    pub bundle: &'a crate::bundle::Bundle,
    /// The day the follow-up is judged on; rules that need a date skip
    /// their check without one.
    pub as_of: Option<crate::date::Date>,
}

impl<'a> Input<'a> {
    /// The rules' view of a bundle on a day (none: the rules that need one
    /// are skipped).
    pub(crate) fn new(bundle: &'a crate::bundle::Bundle, as_of: Option<crate::date::Date>) -> Self {
        Input {
            agreement: &bundle.agreement().value,
            bundle,
            as_of,
        }
    }
}

impl Input<'_> {
    /// The focus area and sub-goal with a number such as `1.2`.
    pub(crate) fn sub_goal(
        &self,
        id: &str,
    ) -> Option<(&crate::model::FocusArea, &crate::model::SubGoal)> {
        self.agreement
            .focus_areas
            .iter()
            .find_map(|f| f.sub_goals.iter().find(|g| g.id == id).map(|g| (f, g)))
    }

    /// The sub-goal a strategy stands under.
    pub(crate) fn strategy_sub_goal(&self, id: &str) -> Option<&str> {
        self.agreement
            .focus_areas
            .iter()
            .flat_map(|f| f.sub_goals.iter())
            .find(|g| g.strategies.iter().any(|s| s.id == id))
            .map(|g| g.id.as_str())
    }

    /// The party with an id.
    pub(crate) fn party(&self, id: &str) -> Option<&crate::model::Party> {
        self.agreement.parties.iter().find(|p| p.id == id)
    }

    /// The known party ids, for messages.
    pub(crate) fn party_list(&self) -> String {
        self.agreement
            .parties
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Whether a municipality id is one of the region's.
    pub(crate) fn municipality(&self, id: &str) -> Option<&crate::model::Municipality> {
        self.agreement
            .region
            .municipalities
            .iter()
            .find(|m| m.id == id)
    }

    /// The known municipality ids, for messages.
    pub(crate) fn municipality_list(&self) -> String {
        self.agreement
            .region
            .municipalities
            .iter()
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

pub(crate) use crate::bundle::DocRef;

/// The agreement, where a finding is in it.
pub(crate) const AGREEMENT: DocRef = DocRef::AGREEMENT;

pub(crate) use messages::{Arg, Both, Message, RawFinding, RawSink, Sink, Value, fill};

/// Runs every rule over the input.
pub(crate) fn run(input: &Input<'_>) -> Vec<RawFinding> {
    // The rules of agreement.rs and governance.rs read the agreement alone —
    // neither the other documents nor the day — except those listed in
    // `READS_MORE_THAN_AGREEMENT`; so their findings on a shared agreement
    // whose holder keeps what is known of it (the embedded one) never
    // change: worked out once and kept there. Every call from Python and
    // JavaScript that gives no agreement of its own used to check it again
    // (see BENCHMARKS.md). The test below compares kept and fresh.
    let kept = input.bundle.agreement_kept().and_then(|slot| {
        slot.get_or_init(|| {
            let found: Vec<RawFinding> = agreement::RULES
                .iter()
                .chain(governance::RULES)
                .filter(|r| reads_agreement_only(r))
                .flat_map(|rule| check(rule, input))
                .collect();
            Box::new(found)
        })
        .downcast_ref::<Vec<RawFinding>>()
    });
    let mut out = Vec::new();
    for rule in sorted() {
        match kept {
            Some(kept) if reads_agreement_only(rule) => {
                out.extend(kept.iter().filter(|f| std::ptr::eq(f.rule, *rule)).cloned());
            }
            _ => out.append(&mut check(rule, input)),
        }
    }
    out
}

/// Rules of agreement.rs and governance.rs that read more than the agreement
/// (other documents, or the day). A rule added there that does must be named
/// here; `kept_findings_equal_fresh_ones` catches one that is not.
const READS_MORE_THAN_AGREEMENT: &[&str] = &["agreement.long-term-result.no-indicator"];

/// Whether a rule's findings depend on the agreement alone.
fn reads_agreement_only(rule: &Rule) -> bool {
    !READS_MORE_THAN_AGREEMENT.contains(&rule.id)
        && agreement::RULES
            .iter()
            .chain(governance::RULES)
            .any(|r| std::ptr::eq(r, rule))
}

/// Every rule checked anew, none kept (what `run` must equal).
#[cfg(test)]
pub(crate) fn run_uncached(input: &Input<'_>) -> Vec<RawFinding> {
    sorted()
        .iter()
        .flat_map(|rule| check(rule, input))
        .collect()
}

fn check(rule: &'static Rule, input: &Input<'_>) -> Vec<RawFinding> {
    check_counting(rule, input).0
}

/// A rule's findings, and how many things it judged.
fn check_counting(rule: &'static Rule, input: &Input<'_>) -> (Vec<RawFinding>, usize) {
    let mut sink = RawSink {
        rule,
        findings: Vec::new(),
        examined: 0,
    };
    (rule.check)(input, &mut sink);
    (sink.findings, sink.examined)
}

/// What each rule of the catalog did with a bundle on a day (`None`: no
/// day, as [`crate::Config::undated`]): how many things it judged (items,
/// years, pairs — each place where it decided whether there was a finding)
/// and how many findings it made, in the catalog's order. A rule that judged
/// nothing passed nothing: the conformance vectors count a case as passing a
/// rule only when the rule judged something and found nothing.
pub fn examined(bundle: &crate::bundle::Bundle, as_of: Option<crate::date::Date>) -> Vec<Examined> {
    let input = Input::new(bundle, as_of);
    sorted()
        .iter()
        .map(|rule| {
            let (findings, judged) = check_counting(rule, &input);
            Examined {
                rule: rule.id,
                judged,
                findings: findings.len(),
            }
        })
        .collect()
}

/// What one rule did with a bundle: see [`examined`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Examined {
    /// The rule's id.
    pub rule: &'static str,
    /// How many things it judged.
    pub judged: usize,
    /// How many findings it made.
    pub findings: usize,
}

/// The catalog, sorted once.
fn sorted() -> &'static [&'static Rule] {
    static SORTED: OnceLock<Vec<&'static Rule>> = OnceLock::new();
    SORTED.get_or_init(catalog)
}

/// The catalog as a Markdown table (what `docs/RULES.md` holds).
pub fn catalog_markdown() -> String {
    let mut out = String::from(
        "# Rule catalog\n\n\
         Generated from the code by `tromsvekst rules --format markdown`; a test fails when this file is stale.\n\
         Severity is the default; any rule's severity can be changed, or the rule turned off, by configuration.\n\
         `{name}` in a message is filled in per finding.\n\n\
         | id | severity | section | title (en) | message (en) | melding (nb) |\n\
         |---|---|---|---|---|---|\n",
    );
    for r in catalog() {
        let esc = |s: &str| s.replace('|', "\\|");
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} |\n",
            r.id,
            r.severity.as_str(),
            r.section,
            esc(r.title.en),
            esc(r.message.en),
            esc(r.message.nb)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_is_well_formed() {
        let all = catalog();
        let mut ids: Vec<_> = all.iter().map(|r| r.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), all.len(), "rule ids are unique");
        for r in all {
            assert!(r.id.split('.').count() >= 2, "{} is dotted", r.id);
            assert!(
                r.id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'-'),
                "{}",
                r.id
            );
            // Both languages name the same placeholders.
            let names = |t: &str| {
                let mut v: Vec<String> = t
                    .split('{')
                    .skip(1)
                    .filter_map(|p| p.split_once('}').map(|x| x.0.to_string()))
                    .collect();
                v.sort();
                v
            };
            assert_eq!(names(r.message.nb), names(r.message.en), "{}", r.id);
            assert!(!r.section.is_empty());
        }
    }
}

#[cfg(test)]
mod kept_findings {
    use super::*;

    fn key(f: &RawFinding) -> (&'static str, usize, String, Vec<Value>, String, String) {
        (
            f.rule.id,
            f.doc.index(),
            f.pointer.clone(),
            f.values.clone(),
            f.message(Lang::Nb),
            f.message(Lang::En),
        )
    }

    /// The findings kept for the embedded agreement are the findings worked
    /// out anew, in the same order: with and without the follow-up
    /// documents, on days before,
    /// during and after the period. A rule of agreement.rs or governance.rs
    /// that reads more than the agreement and is not in
    /// `READS_MORE_THAN_AGREEMENT` makes this fail.
    #[test]
    fn kept_findings_equal_fresh_ones() {
        let read = |dir: &str, files: &[&'static str]| -> Vec<(&'static str, Vec<u8>)> {
            files
                .iter()
                .map(|f| {
                    let path = format!("{}/../../examples/{dir}/{f}", env!("CARGO_MANIFEST_DIR"));
                    (*f, std::fs::read(&path).expect("example"))
                })
                .collect()
        };
        let nord_troms = read(
            "nord-troms/whole-period",
            &[
                "action-plan-2025-2026.json",
                "action-plan-2027-2028.json",
                "meetings-2025-2026.json",
                "meetings-2027-2028.json",
                "indicators.json",
                "midterm-evaluation-2026.json",
                "final-evaluation-2028.json",
            ],
        );
        let plans_only = nord_troms[..2].to_vec();
        for docs in [nord_troms, plans_only, Vec::new()] {
            for day in ["2024-01-01", "2026-11-26", "2029-01-01"] {
                // Without an agreement of their own, the documents are read
                // with the embedded one, shared: the kept findings' holder.
                let inputs: Vec<(&str, &[u8])> =
                    docs.iter().map(|(n, b)| (*n, b.as_slice())).collect();
                let bundle =
                    crate::bundle::Bundle::parse(&inputs, &Default::default()).expect("bundle");
                let input = Input::new(&bundle, Some(day.parse().expect("day")));
                let kept: Vec<_> = run(&input).iter().map(key).collect();
                let fresh: Vec<_> = run_uncached(&input).iter().map(key).collect();
                assert!(!fresh.is_empty());
                assert_eq!(kept, fresh, "{} documents on {day}", docs.len());
                let slot = bundle
                    .agreement_kept()
                    .expect("the embedded agreement keeps");
                assert!(slot.get().is_some(), "the findings were kept");
            }
        }
    }
}
