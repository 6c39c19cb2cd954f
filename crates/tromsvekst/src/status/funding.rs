//! Funding followed up: the current plan's funding lines summed per focus
//! area, sub-goal, source and year, in exact kroner [6].

use crate::bundle::Bundle;
use crate::model::{ActionPlan, Funding, Measure, Nok, SourceKind};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Amounts at each stage, exact (strings of kroner with two decimals in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FundingTotals {
    /// Planned.
    pub planned: Nok,
    /// Applied for.
    pub applied: Nok,
    /// Granted (paid amounts included).
    pub granted: Nok,
    /// Refused.
    pub refused: Nok,
    /// Paid out.
    pub paid: Nok,
}

impl FundingTotals {
    fn add(&mut self, f: &Funding) {
        // A sum past the largest amount stays there (it needs a million
        // lines of the largest amount a line can hold).
        let sum = |a: Nok, b: Nok| a.checked_add(b).unwrap_or(a);
        self.planned = sum(self.planned, f.amount_nok);
        self.applied = sum(self.applied, f.applied());
        self.granted = sum(self.granted, f.granted());
        self.refused = sum(self.refused, f.refused());
        self.paid = sum(self.paid, f.paid());
    }

    /// The share of the planned amount that is granted, in per cent (one
    /// decimal); none without a planned amount.
    pub fn secured_share(&self) -> Option<f64> {
        (self.planned.ore() > 0).then(|| {
            let share = self.granted.ore() as f64 * 100.0 / self.planned.ore() as f64;
            (share * 10.0).round() / 10.0
        })
    }
}

/// The totals of one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FundingGroup {
    /// The focus area's number, the sub-goal's number, the source's name or
    /// the year.
    pub key: String,
    /// The kind of source (for a source).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SourceKind>,
    /// The sums.
    pub totals: FundingTotals,
    /// The share of the planned amount that is granted, in per cent.
    pub secured_share: Option<f64>,
}

/// The funding of the current plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FundingSummary {
    /// The plan, by id.
    pub plan: String,
    /// How many funding lines it has.
    pub lines: usize,
    /// The plan's sums; each line counted once.
    pub total: FundingGroup,
    /// Per focus area, each line once: a measure serving several sub-goals
    /// counts under the focus area of its first sub-goal.
    pub focus_areas: Vec<FundingGroup>,
    /// Per sub-goal, each line once: under the measure's first sub-goal.
    pub sub_goals: Vec<FundingGroup>,
    /// Per source, in the order first met.
    pub sources: Vec<FundingGroup>,
    /// Per budget year (lines without one under `–`), in order.
    pub years: Vec<FundingGroup>,
}

fn group(key: String, kind: Option<SourceKind>, totals: FundingTotals) -> FundingGroup {
    FundingGroup {
        key,
        kind,
        secured_share: totals.secured_share(),
        totals,
    }
}

/// The plan's funding, or none when no measure has a funding line.
pub(crate) fn summary(bundle: &Bundle, plan: Option<&ActionPlan>) -> Option<FundingSummary> {
    let plan = plan?;
    let lines: Vec<(&Measure, &Funding)> = plan
        .measures
        .iter()
        .flat_map(|m| m.funding.iter().map(move |f| (m, f)))
        .collect();
    if lines.is_empty() {
        return None;
    }
    let a = &bundle.agreement().value;
    let sum = |pick: &dyn Fn(&Measure, &Funding) -> bool| {
        let mut t = FundingTotals::default();
        for (m, f) in &lines {
            if pick(m, f) {
                t.add(f);
            }
        }
        t
    };
    let total = sum(&|_, _| true);
    // Each line counts once: a measure serving several sub-goals has its
    // lines under its first sub-goal (and that sub-goal's focus area), so
    // the groups add up to the total.
    let first = |m: &Measure| m.sub_goals.first().cloned();
    let focus_areas = a
        .focus_areas
        .iter()
        .map(|fa| {
            let t = sum(&|m, _| first(m).is_some_and(|g| fa.sub_goals.iter().any(|x| x.id == g)));
            group(fa.number.to_string(), None, t)
        })
        .collect();
    let sub_goals = a
        .focus_areas
        .iter()
        .flat_map(|fa| fa.sub_goals.iter())
        .map(|g| {
            group(
                g.id.clone(),
                None,
                sum(&|m, _| first(m).as_deref() == Some(g.id.as_str())),
            )
        })
        .collect();
    let mut names: Vec<(&str, Option<SourceKind>)> = Vec::new();
    for (_, f) in &lines {
        if !names.iter().any(|(n, _)| *n == f.source) {
            names.push((&f.source, f.source_kind));
        }
    }
    let sources = names
        .into_iter()
        .map(|(n, kind)| group(n.to_string(), kind, sum(&|_, f| f.source == n)))
        .collect();
    let mut years: Vec<Option<i32>> = lines.iter().map(|(_, f)| f.year).collect();
    crate::order::sort(&mut years);
    years.dedup();
    let years = years
        .into_iter()
        .map(|y| {
            let key = y.map_or("–".to_string(), |y| y.to_string());
            group(key, None, sum(&|_, f| f.year == y))
        })
        .collect();
    Some(FundingSummary {
        plan: plan.id.clone(),
        lines: lines.len(),
        total: group(String::new(), None, total),
        focus_areas,
        sub_goals,
        sources,
        years,
    })
}
