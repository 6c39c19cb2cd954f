//! The validation report: what every binding hands out.

use crate::bundle::Bundle;
use crate::document::{DocumentKind, Source};
use crate::error::{Error, ErrorCode};
use crate::lang::Lang;
use crate::rules::{self, RawFinding, Severity};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Runs every rule of the catalog on a bundle (see [`crate::validate_bundle`]).
pub(crate) fn validate(bundle: &Bundle, config: &Config) -> Report {
    let agreement = bundle.agreement();
    let input = rules::Input::new(bundle, config.as_of);
    let raw = rules::run(&input);
    let mut docs = vec![Validated {
        summary: DocumentSummary {
            name: agreement.name_or("agreement").to_string(),
            kind: DocumentKind::Agreement,
            id: agreement.value.id.clone(),
        },
        source: agreement.source.as_ref(),
    }];
    for d in bundle.documents() {
        docs.push(Validated {
            summary: DocumentSummary {
                name: d.name().to_string(),
                kind: d.kind(),
                id: d.id().to_string(),
            },
            source: d.source(),
        });
    }
    Report::build(&docs, raw, config, &agreement.value.sections)
}

/// How many findings of each severity the rules make on a bundle: the counts
/// of [`validate`]'s report, without writing a message or finding a line (what
/// the status needs).
pub(crate) fn count(bundle: &Bundle, config: &Config) -> Counts {
    let input = rules::Input::new(bundle, config.as_of);
    let mut counts = Counts::default();
    for f in rules::run(&input) {
        match config.level(f.rule) {
            Some(Severity::Error) => counts.error += 1,
            Some(Severity::Warning) => counts.warning += 1,
            Some(Severity::Info) => counts.info += 1,
            None => {}
        }
    }
    counts
}

/// A severity as configured for a rule: one of the severities, or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Report as an error.
    Error,
    /// Report as a warning.
    Warning,
    /// Report as information.
    Info,
    /// Do not report.
    Off,
}

impl std::str::FromStr for Level {
    type Err = Error;
    fn from_str(s: &str) -> Result<Level, Error> {
        match s {
            "error" => Ok(Level::Error),
            "warning" => Ok(Level::Warning),
            "info" => Ok(Level::Info),
            "off" => Ok(Level::Off),
            _ => Err(Error::new(
                ErrorCode::InvalidValue,
                format!("ukjent alvorlighetsgrad «{s}»: forventet error, warning, info eller off"),
                format!("unknown severity \"{s}\": expected error, warning, info or off"),
            )),
        }
    }
}

/// How to validate: the language of messages, and severities changed from
/// the catalog's defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The language of messages.
    pub lang: Lang,
    /// The day the follow-up is judged on (meetings held this year,
    /// coordinators in place), as [`Config::new`] is given it (the library
    /// reads no clock: the interfaces give today in Europe/Oslo by default,
    /// by [`crate::today`]); `None` ([`Config::undated`]) skips the rules
    /// that need a date.
    pub as_of: Option<crate::date::Date>,
    /// Most findings listed per rule (default 100); the rest are counted in
    /// the group's `omitted`.
    pub max_findings_per_rule: usize,
    severity: BTreeMap<&'static str, Level>,
}

impl Config {
    /// A configuration with messages in a language, judged on `as_of`, with
    /// the catalog's severities.
    pub fn new(lang: Lang, as_of: crate::date::Date) -> Self {
        Config {
            as_of: Some(as_of),
            ..Config::undated(lang)
        }
    }

    /// A configuration that judges no day: the rules that need one (meetings
    /// this year, coordinators in place, what is overdue) are skipped.
    pub fn undated(lang: Lang) -> Self {
        Config {
            lang,
            as_of: None,
            max_findings_per_rule: 100,
            severity: BTreeMap::new(),
        }
    }

    /// The same configuration judged on a day.
    pub fn with_as_of(mut self, as_of: crate::date::Date) -> Self {
        self.as_of = Some(as_of);
        self
    }

    /// Overrides the severity of a rule; an unknown rule id is an error
    /// (with the closest known id suggested), never silently ignored.
    pub fn set_severity(&mut self, rule_id: &str, level: Level) -> Result<(), Error> {
        match rules::rule(rule_id) {
            Some(rule) => {
                self.severity.insert(rule.id, level);
                Ok(())
            }
            None => {
                let hint = crate::suggest::closest(rule_id, rules::catalog().iter().map(|r| r.id))
                    .map(|s| {
                        (
                            format!("; did you mean \"{s}\"?"),
                            format!("; mente du «{s}»?"),
                        )
                    })
                    .unwrap_or_default();
                Err(Error::new(
                    ErrorCode::UnknownRule,
                    format!("det finnes ingen regel «{rule_id}»{}", hint.1),
                    format!("there is no rule \"{rule_id}\"{}", hint.0),
                ))
            }
        }
    }

    fn level(&self, rule: &rules::Rule) -> Option<Severity> {
        match self.severity.get(rule.id) {
            None => Some(rule.severity),
            Some(Level::Error) => Some(Severity::Error),
            Some(Level::Warning) => Some(Severity::Warning),
            Some(Level::Info) => Some(Severity::Info),
            Some(Level::Off) => None,
        }
    }
}

/// Findings counted by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Counts {
    /// Errors.
    pub error: usize,
    /// Warnings.
    pub warning: usize,
    /// Information.
    pub info: usize,
}

/// A document that was validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DocumentSummary {
    /// Its name (file name).
    pub name: String,
    /// Its kind.
    pub kind: DocumentKind,
    /// Its id.
    pub id: String,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// The rule's id.
    pub rule: String,
    /// The severity it is reported with.
    pub severity: Severity,
    /// The message, in the report's language.
    pub message: String,
    /// The name of the document it is in.
    pub document: String,
    /// The sheet, when the document was read from a spreadsheet (then `line`
    /// is the row).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// JSON pointer to the offending value.
    pub pointer: String,
    /// 1-based line, when the document was read from text.
    pub line: Option<u32>,
    /// 1-based column, when the document was read from text.
    pub column: Option<u32>,
}

/// The findings of one rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleGroup {
    /// The rule's id.
    pub rule: String,
    /// The severity its findings are reported with.
    pub severity: Severity,
    /// The section of the agreement the rule enforces, as this agreement
    /// numbers it (`6.1`, `annex 1`); `none` for a rule that enforces no
    /// section; empty where the agreement does not number the part.
    pub section: String,
    /// The rule's title, in the report's language.
    pub title: String,
    /// How many findings, including any left out.
    pub count: usize,
    /// The findings, in document order (at most the configured number per rule).
    pub findings: Vec<Finding>,
    /// How many findings were left out of `findings` so that one mistake
    /// repeated many times does not bury the rest of the report.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub omitted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The result of validation. Only errors make it invalid. The same input and
/// configuration always give the same report, byte for byte.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// No errors.
    pub valid: bool,
    /// The language of the messages.
    pub lang: Lang,
    /// The day the follow-up was judged on, if any.
    pub as_of: Option<crate::date::Date>,
    /// Findings by severity.
    pub counts: Counts,
    /// The documents validated.
    pub documents: Vec<DocumentSummary>,
    /// The findings grouped by rule: errors first, then warnings, then information; by rule id within each.
    pub groups: Vec<RuleGroup>,
}

/// A document as the report sees it.
pub(crate) struct Validated<'a> {
    pub summary: DocumentSummary,
    pub source: Option<&'a Source>,
}

/// Pointers in document order: array indices compare as numbers, so
/// `/findings/2` comes before `/findings/10`.
fn document_order(a: &str, b: &str) -> std::cmp::Ordering {
    let key = |p: &str| -> Vec<(u8, u64, String)> {
        p.split('/')
            .map(|seg| match seg.parse::<u64>() {
                Ok(n) => (0, n, String::new()),
                Err(_) => (1, 0, seg.to_string()),
            })
            .collect()
    };
    key(a).cmp(&key(b))
}

/// A finding with its document index, line and column, for sorting.
type Placed = (usize, u32, u32, Finding);

impl Report {
    pub(crate) fn build(
        docs: &[Validated<'_>],
        raw: Vec<RawFinding>,
        config: &Config,
        sections: &crate::model::Sections,
    ) -> Report {
        let lang = config.lang;
        let mut groups: BTreeMap<(Severity, &'static str), Vec<Placed>> = BTreeMap::new();
        for f in raw {
            let Some(severity) = config.level(f.rule) else {
                continue;
            };
            // A DocRef comes from the bundle the documents were listed from.
            let doc = &docs[f.doc.index()];
            let (line, column, sheet) = match doc.source {
                Some(s) if s.has_positions() => {
                    let l = s.locate(&f.pointer);
                    (Some(l.line), Some(l.column), l.sheet)
                }
                _ => (None, None, None),
            };
            let finding = Finding {
                rule: f.rule.id.to_string(),
                severity,
                message: f.message(lang),
                document: doc.summary.name.clone(),
                sheet,
                pointer: f.pointer,
                line,
                column,
            };
            groups.entry((severity, f.rule.id)).or_default().push((
                f.doc.index(),
                line.unwrap_or(0),
                column.unwrap_or(0),
                finding,
            ));
        }
        let mut counts = Counts::default();
        let groups: Vec<RuleGroup> = groups
            .into_iter()
            .map(|((severity, id), mut findings)| {
                crate::order::sort_by(&mut findings, |a, b| {
                    (a.0, a.1, a.2)
                        .cmp(&(b.0, b.1, b.2))
                        .then_with(|| document_order(&a.3.pointer, &b.3.pointer))
                        .then_with(|| a.3.message.cmp(&b.3.message))
                });
                match severity {
                    Severity::Error => counts.error += findings.len(),
                    Severity::Warning => counts.warning += findings.len(),
                    Severity::Info => counts.info += findings.len(),
                }
                let rule = rules::rule(id);
                let count = findings.len();
                let shown = count.min(config.max_findings_per_rule);
                findings.truncate(shown);
                RuleGroup {
                    rule: id.to_string(),
                    severity,
                    // The section as the agreement in hand numbers it.
                    section: rule.map(|r| sections.cite(r.section)).unwrap_or_default(),
                    title: rule
                        .map(|r| r.title.get(lang).to_string())
                        .unwrap_or_default(),
                    count,
                    findings: findings.into_iter().map(|f| f.3).collect(),
                    omitted: count - shown,
                }
            })
            .collect();
        Report {
            valid: counts.error == 0,
            lang,
            as_of: config.as_of,
            counts,
            documents: docs.iter().map(|d| d.summary.clone()).collect(),
            groups,
        }
    }

    /// Every finding, flat, in report order.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        self.groups.iter().flat_map(|g| g.findings.iter())
    }

    /// The report as pretty JSON with a final newline: the form the
    /// conformance vectors compare byte for byte.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_default();
        out.push('\n');
        out
    }

    /// The report as text a person can act on: grouped by rule with counts,
    /// each finding located as `file:line:column`.
    pub fn to_text(&self) -> String {
        let nb = self.lang == Lang::Nb;
        let mut out = String::new();
        for g in &self.groups {
            out.push_str(&format!(
                "{} {} ({}) — {} [{}]\n",
                g.severity.label(self.lang),
                g.rule,
                g.count,
                g.title,
                rules::section_label(&g.section, self.lang),
            ));
            for f in &g.findings {
                let place = crate::error::place(&f.document, f.sheet.as_deref(), f.line, f.column)
                    .unwrap_or_else(|| format!("{}#{}", f.document, f.pointer));
                out.push_str(&format!("  {place}: {}\n", f.message));
            }
            if g.omitted > 0 {
                let more = if nb { "flere" } else { "more" };
                out.push_str(&format!("  … {} {more}\n", g.omitted));
            }
        }
        let names: Vec<&str> = self.documents.iter().map(|d| d.name.as_str()).collect();
        let verdict = match (self.valid, nb) {
            (true, true) => "gyldig",
            (true, false) => "valid",
            (false, true) => "ugyldig",
            (false, false) => "invalid",
        };
        let l = self.lang;
        out.push_str(&format!(
            "{}: {verdict} — {}, {}, {}\n",
            names.join(", "),
            l.count(self.counts.error, ("feil", "feil"), ("error", "errors")),
            l.count(
                self.counts.warning,
                ("advarsel", "advarsler"),
                ("warning", "warnings")
            ),
            l.count(self.counts.info, ("info", "info"), ("info", "info")),
        ));
        out
    }
}
