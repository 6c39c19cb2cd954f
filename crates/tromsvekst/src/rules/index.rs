//! Indexes the rules share: built once per check, the first time a rule
//! asks, instead of once per rule (on 100,000 measures each rule's own map
//! of the measures cost more than the rule's judging).

use crate::bundle::{Bundle, DocRef};
use crate::model::{ActionPlan, Measure};

/// Where a measure id is declared first (in the bundle's order of plans).
pub(crate) struct MeasureAt<'a> {
    /// The plan's document.
    pub doc: DocRef,
    /// The measure's index in the plan's `measures`.
    pub index: usize,
    /// The plan.
    pub plan: &'a ActionPlan,
    /// The measure.
    pub measure: &'a Measure,
    /// The earliest start of a plan that declares the id.
    pub first_start: i32,
}

/// Every measure of a bundle's plans, by id.
pub(crate) struct Measures<'a> {
    by_id: foldhash::HashMap<&'a str, MeasureAt<'a>>,
}

impl<'a> Measures<'a> {
    pub(crate) fn new(bundle: &'a Bundle) -> Self {
        let mut by_id: foldhash::HashMap<&'a str, MeasureAt<'a>> = foldhash::HashMap::default();
        for (doc, plan) in bundle.action_plans() {
            for (index, measure) in plan.measures.iter().enumerate() {
                by_id
                    .entry(measure.id.as_str())
                    .and_modify(|at| at.first_start = at.first_start.min(plan.period.start))
                    .or_insert(MeasureAt {
                        doc,
                        index,
                        plan,
                        measure,
                        first_start: plan.period.start,
                    });
            }
        }
        Measures { by_id }
    }

    /// The first declaration of `id`, if any plan declares it.
    pub(crate) fn get(&self, id: &str) -> Option<&MeasureAt<'a>> {
        self.by_id.get(id)
    }

    /// Whether any plan declares `id`.
    pub(crate) fn contains(&self, id: &str) -> bool {
        self.by_id.contains_key(id)
    }

    /// The first declaration of every id, in no order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &MeasureAt<'a>> {
        self.by_id.values()
    }
}
