//! A rule's message and what its check emits into: the values a message
//! names ([`Value`], made with [`Arg::arg`] or [`Both`]), the message types
//! the [`message!`](super::message) macro declares, the template filled per
//! language ([`fill`]), and the sinks that collect a rule's findings and count
//! what it judged.

use super::{DocRef, Rule};
use crate::lang::Lang;

/// A finding before severity and language are applied.
#[derive(Debug, Clone)]
pub(crate) struct RawFinding {
    pub rule: &'static Rule,
    pub doc: DocRef,
    pub pointer: String,
    /// The values of the rule's message, in its fields' order.
    pub values: Vec<Value>,
    /// Fills the rule's template in a language.
    pub render: fn(&[Value], Lang) -> String,
}

impl RawFinding {
    /// The message in a language.
    pub(crate) fn message(&self, lang: Lang) -> String {
        (self.render)(&self.values, lang)
    }
}

/// A value a message names: the same words in both languages, or worded
/// per language ([`Both`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Value {
    One(String),
    Two { nb: String, en: String },
}

impl Value {
    /// The value as a reader of a language sees it.
    pub(crate) fn get(&self, lang: Lang) -> &str {
        match self {
            Value::One(v) => v,
            Value::Two { nb, en } => lang.pick(nb, en),
        }
    }
}

/// Anything shown in a message: `m.id.arg()`, `count.arg()`.
pub(crate) trait Arg {
    /// The value as a message holds it.
    fn arg(&self) -> Value;
}

impl<T: std::fmt::Display> Arg for T {
    fn arg(&self) -> Value {
        one(self)
    }
}

/// A value the same in both languages (one function for every type shown,
/// not one per type: the WebAssembly module's size).
fn one(v: &dyn std::fmt::Display) -> Value {
    Value::One(v.to_string())
}

/// A value worded in bokmål and in English: `Both("finnes ikke", "is missing").arg()`.
pub(crate) struct Both<A, B>(pub A, pub B);

impl<A: std::fmt::Display, B: std::fmt::Display> Both<A, B> {
    /// The value as a message holds it.
    pub(crate) fn arg(&self) -> Value {
        two(&self.0, &self.1)
    }
}

fn two(nb: &dyn std::fmt::Display, en: &dyn std::fmt::Display) -> Value {
    Value::Two {
        nb: nb.to_string(),
        en: en.to_string(),
    }
}

/// Fills a template's `{name}` placeholders with the values of the fields
/// `names`, in a language (one function for every message; [`message!`]
/// has the compiler check the placeholders against the fields).
pub(crate) fn fill(template: &str, names: &[&str], values: &[Value], lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match names
                    .iter()
                    .position(|n| *n == name)
                    .and_then(|i| values.get(i))
                {
                    Some(v) => out.push_str(v.get(lang)),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// A rule's message, declared with [`message!`].
pub(crate) trait Message {
    /// The templates, bokmål and English, as the catalog shows them.
    const TEMPLATE: (&'static str, &'static str);
    /// The values in the fields' order.
    fn into_values(self) -> Vec<Value>;
    /// The template of a language filled with values in the fields' order.
    fn render(values: &[Value], lang: Lang) -> String;
}

/// Collects the findings of one rule, and counts what it examined.
pub(crate) struct RawSink {
    pub(super) rule: &'static Rule,
    pub(crate) findings: Vec<RawFinding>,
    /// How many times the rule judged something that could have been a
    /// finding (an item, a year, a pair): a rule that examined nothing
    /// passed nothing.
    pub(super) examined: usize,
}

impl RawSink {
    fn push(
        &mut self,
        doc: DocRef,
        pointer: String,
        values: Vec<Value>,
        render: fn(&[Value], Lang) -> String,
    ) {
        self.findings.push(RawFinding {
            rule: self.rule,
            doc,
            pointer,
            values,
            render,
        });
    }
}

/// What a rule's check emits its findings into: its own message type only.
pub(crate) struct Sink<'s, M> {
    raw: &'s mut RawSink,
    message: std::marker::PhantomData<fn(M)>,
}

impl<'s, M: Message> Sink<'s, M> {
    pub(crate) fn new(raw: &'s mut RawSink) -> Self {
        Sink {
            raw,
            message: std::marker::PhantomData,
        }
    }

    /// Counts one thing judged: called where the rule decides whether it
    /// has a finding, so a clean document that gave the rule something to
    /// judge counts, and one that gave it nothing does not.
    pub(crate) fn examine(&mut self) {
        self.raw.examined += 1;
    }

    /// Counts `n` things judged at once (by a helper that filtered them).
    pub(crate) fn examine_many(&mut self, n: usize) {
        self.raw.examined += n;
    }

    /// Records a finding at a JSON pointer, with its message's values.
    pub(crate) fn emit(&mut self, doc: DocRef, pointer: impl Into<String>, message: M) {
        self.raw
            .push(doc, pointer.into(), message.into_values(), M::render);
    }
}
