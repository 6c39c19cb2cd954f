//! The progress per focus area on a series of days (e.g. each quarter),
//! each day judged on what was known on it.

use super::{current_plan, known, progress};
use crate::bundle::Bundle;
use crate::date::Date;
use crate::error::Error;
use crate::lang::Lang;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A focus area's progress on a day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FocusAreaPoint {
    /// Its number.
    pub number: u32,
    /// Its title.
    pub title: String,
    /// The weighted progress of the plan running on the day, in per cent.
    pub progress: Option<f64>,
}

/// The progress on one day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HistoryPoint {
    /// The day.
    pub day: Date,
    /// The plan the figures are for, by id.
    pub plan: Option<String>,
    /// Per focus area.
    pub focus_areas: Vec<FocusAreaPoint>,
}

/// The progress per focus area on a series of days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// The language of titles.
    pub lang: Lang,
    /// The days, in order.
    pub points: Vec<HistoryPoint>,
}

impl History {
    /// The progress on each of `days`, each judged on what was known on it.
    pub fn compute(bundle: &Bundle, days: &[Date], lang: Lang) -> Result<History, Error> {
        bundle.require_agreement()?;
        let mut days = days.to_vec();
        crate::order::sort(&mut days);
        days.dedup();
        let points = days
            .into_iter()
            .map(|day| {
                let cut = known::as_known_on(bundle, day);
                let b = cut.as_ref().map_or(bundle, |(b, _)| b);
                let plan = current_plan(b, day).filter(|p| p.period.start <= day.year());
                HistoryPoint {
                    day,
                    plan: plan.map(|p| p.id.clone()),
                    focus_areas: progress(b, plan, lang)
                        .into_iter()
                        .map(|f| FocusAreaPoint {
                            number: f.number,
                            title: f.title,
                            progress: f.progress,
                        })
                        .collect(),
                }
            })
            .collect();
        Ok(History { lang, points })
    }

    /// The last day of each quarter from the start of the agreement's period
    /// up to `until` (and `until` itself when it is not a quarter's end).
    pub fn quarters(bundle: &Bundle, until: Date) -> Vec<Date> {
        let start = bundle.agreement().value.period.start;
        let mut out = Vec::new();
        for year in start..=until.year() {
            for (month, last) in [(3, 31), (6, 30), (9, 30), (12, 31)] {
                if let Some(d) = Date::new(year, month, last)
                    && d <= until
                {
                    out.push(d);
                }
            }
        }
        if out.last() != Some(&until) {
            out.push(until);
        }
        out
    }

    /// As pretty JSON with a final newline.
    pub fn to_json(&self) -> String {
        let mut out = serde_json::to_string_pretty(self).unwrap_or_default();
        out.push('\n');
        out
    }
}
