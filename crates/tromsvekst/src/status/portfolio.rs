//! Several agreements side by side: one line per agreement, for the county
//! that has growth agreements with more than one region.

use super::{DueState, PlanRef, Status};
use crate::bundle::Bundle;
use crate::date::Date;
use crate::error::Error;
use crate::lang::Lang;
use crate::model::{Stage, YearPeriod};
use crate::report::{Counts, Report};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The agreements' follow-up on a day, one line each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Portfolio {
    /// The day.
    pub as_of: Date,
    /// The language of titles.
    pub lang: Lang,
    /// One line per agreement, in the order given.
    pub agreements: Vec<PortfolioLine>,
}

/// One agreement in the portfolio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PortfolioLine {
    /// The agreement's id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its period.
    pub period: YearPeriod,
    /// The action plan on the day (see [`Status::current_plan`]).
    pub current_plan: Option<PlanRef>,
    /// Rolled-up progress of the current plan's measures, in per cent.
    pub progress: Option<f64>,
    /// The evaluations not yet concluded that are due this year or overdue.
    pub evaluations_due: Vec<DueLine>,
    /// How many milestones are overdue.
    pub overdue_milestones: usize,
    /// Political meetings this year (or the period's last year, after it).
    pub meetings: Option<super::MeetingYear>,
    /// What validating its documents finds.
    pub validation: Counts,
}

/// An evaluation due or overdue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DueLine {
    /// Midterm or final.
    pub stage: Stage,
    /// The day it is due by.
    pub due: Date,
    /// Due or overdue.
    pub state: DueState,
}

impl Portfolio {
    /// Computes a line per bundle on `as_of`.
    ///
    /// ```
    /// use tromsvekst::{Bundle, Lang, status::Portfolio};
    /// let nt = Bundle::new(tromsvekst::embedded::nord_troms());
    /// let p = Portfolio::compute(&[nt], "2027-03-01".parse()?, Lang::En)?;
    /// assert_eq!(p.agreements[0].evaluations_due.len(), 1); // the midterm, overdue
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn compute(bundles: &[Bundle], as_of: Date, lang: Lang) -> Result<Portfolio, Error> {
        let mut agreements = Vec::with_capacity(bundles.len());
        for b in bundles {
            let s = Status::compute(b, as_of, lang)?;
            let plan = super::current_plan(b, as_of);
            agreements.push(PortfolioLine {
                id: s.agreement.id.clone(),
                title: s.agreement.title.clone(),
                period: s.agreement.period,
                progress: plan.and_then(|p| super::weighted(p.measures.iter())),
                current_plan: s.current_plan.clone(),
                evaluations_due: s
                    .evaluations
                    .iter()
                    .filter(|e| matches!(e.state, DueState::Due | DueState::Overdue))
                    .map(|e| DueLine {
                        stage: e.stage,
                        due: e.due,
                        state: e.state,
                    })
                    .collect(),
                overdue_milestones: s.overdue_milestones.len(),
                meetings: s.meetings.last().cloned(),
                validation: s.validation,
            });
        }
        Ok(Portfolio {
            as_of,
            lang,
            agreements,
        })
    }

    /// As pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_default();
        out.push('\n');
        out
    }

    /// As Markdown: a heading and a table.
    pub fn to_markdown(&self) -> String {
        self.render(true)
    }

    /// As plain text.
    pub fn to_text(&self) -> String {
        self.render(false)
    }

    fn render(&self, md: bool) -> String {
        let t = |nb: &'static str, en: &'static str| self.lang.pick(nb, en);
        let title = format!(
            "{} {}",
            t("Vekstavtaler per", "Growth agreements as of"),
            self.as_of
        );
        let mut out = if md {
            format!("# {title}\n\n")
        } else {
            format!("{title}\n{}\n\n", "=".repeat(title.chars().count()))
        };
        let head = [
            t("avtale", "agreement"),
            t("periode", "period"),
            t("gjeldende plan", "current plan"),
            t("fremdrift", "progress"),
            t("evalueringer", "evaluations"),
            t("milepæler på overtid", "overdue milestones"),
            t("møter i år", "meetings this year"),
            t("feil", "errors"),
        ];
        let rows: Vec<Vec<String>> = self
            .agreements
            .iter()
            .map(|a| {
                let plan = a.current_plan.as_ref().map_or("–".to_string(), |p| {
                    if p.ended {
                        format!("{} ({}, {})", p.id, p.period, t("avsluttet", "ended"))
                    } else {
                        format!("{} ({})", p.id, p.period)
                    }
                });
                let evaluations = if a.evaluations_due.is_empty() {
                    "–".to_string()
                } else {
                    a.evaluations_due
                        .iter()
                        .map(|e| {
                            let stage = match e.stage {
                                Stage::Midterm => t("midtveis", "midterm"),
                                Stage::Final => t("slutt", "final"),
                            };
                            let state = match e.state {
                                DueState::Overdue => t("på overtid", "overdue"),
                                _ => t("innen", "due by"),
                            };
                            format!("{stage} {state} {}", e.due)
                        })
                        .collect::<Vec<_>>()
                        .join("; ")
                };
                let meetings = a.meetings.as_ref().map_or("–".to_string(), |m| {
                    format!(
                        "{}: {} {}, {} {} / {}",
                        m.year,
                        m.held,
                        t("holdt", "held"),
                        m.planned,
                        t("planlagt", "planned"),
                        m.required
                    )
                });
                vec![
                    format!("{} — {}", a.id, a.title),
                    a.period.to_string(),
                    plan,
                    a.progress.map_or("–".to_string(), |p| format!("{p:.1} %")),
                    evaluations,
                    a.overdue_milestones.to_string(),
                    meetings,
                    a.validation.error.to_string(),
                ]
            })
            .collect();
        if md {
            out.push_str(&format!(
                "| {} |\n|{}\n",
                head.join(" | "),
                "---|".repeat(head.len())
            ));
            for r in rows {
                out.push_str(&format!("| {} |\n", r.join(" | ")));
            }
        } else {
            // One block per agreement: a wide table does not fit a terminal.
            for r in rows {
                for (h, c) in head.iter().zip(&r) {
                    out.push_str(&format!("{h:<22}{c}\n"));
                }
                out.push('\n');
            }
        }
        out
    }
}

/// The validation of several agreements: a report each, and whether all are
/// valid.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PortfolioCheck {
    /// Whether every agreement's documents are valid.
    pub valid: bool,
    /// A report per agreement, in the order given.
    pub reports: Vec<Report>,
}

impl PortfolioCheck {
    /// Collects the reports.
    pub fn new(reports: Vec<Report>) -> Self {
        PortfolioCheck {
            valid: reports.iter().all(|r| r.valid),
            reports,
        }
    }

    /// As pretty JSON with a final newline: `{"valid", "reports"}`.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_default();
        out.push('\n');
        out
    }

    /// As plain text: each report in turn.
    pub fn to_text(&self) -> String {
        self.reports
            .iter()
            .map(Report::to_text)
            .collect::<Vec<_>>()
            .join("\n")
    }
}
