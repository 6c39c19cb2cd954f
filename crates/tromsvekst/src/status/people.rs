//! Who does what: the current plan's measures per responsible party and per
//! municipality taking part [6; sub-goal 1.1 speaks of the municipalities'
//! different strengths].

use super::{MeasureProgress, weighted};
use crate::bundle::Bundle;
use crate::model::{ActionPlan, Measure};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A party's measures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartyMeasures {
    /// The party, by id.
    pub party: String,
    /// How many measures it is responsible for.
    pub measures: usize,
    /// Their rolled-up progress, in per cent.
    pub progress: Option<f64>,
}

/// A municipality's part in the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MunicipalityMeasures {
    /// The municipality, by id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The measures it takes part in, with their progress.
    pub measures: Vec<MeasureProgress>,
    /// The measures it leads, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub leads: Vec<String>,
    /// Their rolled-up progress, in per cent.
    pub progress: Option<f64>,
}

/// The current plan's measures per responsible party, in the agreement's
/// order of parties.
pub(crate) fn per_party(bundle: &Bundle, plan: Option<&ActionPlan>) -> Vec<PartyMeasures> {
    let measures: &[Measure] = plan.map_or(&[], |p| &p.measures);
    bundle
        .agreement()
        .value
        .parties
        .iter()
        .map(|p| {
            let mine: Vec<&Measure> = measures.iter().filter(|m| m.responsible == p.id).collect();
            PartyMeasures {
                party: p.id.clone(),
                measures: mine.len(),
                progress: weighted(mine.iter().copied()),
            }
        })
        .collect()
}

/// The current plan's measures per municipality of the region, in the
/// agreement's order.
pub(crate) fn per_municipality(
    bundle: &Bundle,
    plan: Option<&ActionPlan>,
    lang: crate::lang::Lang,
) -> Vec<MunicipalityMeasures> {
    let measures: &[Measure] = plan.map_or(&[], |p| &p.measures);
    bundle
        .agreement()
        .value
        .region
        .municipalities
        .iter()
        .map(|k| {
            let mine: Vec<&Measure> = measures
                .iter()
                .filter(|m| m.municipalities.contains(&k.id))
                .collect();
            MunicipalityMeasures {
                id: k.id.clone(),
                name: k.name.clone(),
                measures: mine
                    .iter()
                    .map(|m| super::measure_progress(bundle, m, lang))
                    .collect(),
                leads: mine
                    .iter()
                    .filter(|m| m.lead_municipality.as_deref() == Some(&k.id))
                    .map(|m| m.id.clone())
                    .collect(),
                progress: weighted(mine.iter().copied()),
            }
        })
        .collect()
}
