//! Drafts: the midterm evaluation, the next action plan and the final
//! evaluation, pre-filled from the bundle with the judgments left to the
//! analysts, and refreshed later without losing a word they wrote.

mod final_eval;
mod midterm;
mod plan;
mod resolution;
mod update;

pub use final_eval::draft_final;
pub use midterm::draft_midterm;
pub use plan::draft_plan;
pub use update::{update_evaluation, update_plan};

use crate::bundle::Bundle;
use crate::date::Date;
use crate::document::{AnyDocument, Document};
use crate::error::Error;
use crate::lang::Lang;
pub(crate) use resolution::{body_of, resolution_text};

/// Which draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DraftKind {
    /// The midterm evaluation.
    Midterm,
    /// The next action plan.
    Plan,
    /// The final evaluation.
    Final,
}

impl DraftKind {
    /// Every kind, in order.
    pub const ALL: [DraftKind; 3] = [DraftKind::Midterm, DraftKind::Plan, DraftKind::Final];

    /// The name used by every interface: `midterm`, `plan`, `final`.
    pub fn as_str(self) -> &'static str {
        match self {
            DraftKind::Midterm => "midterm",
            DraftKind::Plan => "plan",
            DraftKind::Final => "final",
        }
    }

    /// Reads a kind by name, as an argument named `argument` (bokmål,
    /// English).
    pub fn parse(value: &str, argument: (&str, &str)) -> Result<DraftKind, Error> {
        DraftKind::ALL
            .into_iter()
            .find(|k| k.as_str() == value)
            .ok_or_else(|| Error::argument_value(argument, value, &["midterm", "plan", "final"]))
    }
}

/// Makes a draft of `kind` from the bundle on `as_of`.
pub fn draft(
    bundle: &Bundle,
    kind: DraftKind,
    as_of: Date,
    lang: Lang,
) -> Result<AnyDocument, Error> {
    Ok(match kind {
        DraftKind::Midterm => {
            AnyDocument::Evaluation(Document::from_value(draft_midterm(bundle, as_of, lang)?))
        }
        DraftKind::Final => {
            AnyDocument::Evaluation(Document::from_value(draft_final(bundle, as_of, lang)?))
        }
        DraftKind::Plan => {
            AnyDocument::ActionPlan(Document::from_value(draft_plan(bundle, as_of, lang)?))
        }
    })
}

/// Refreshes the draft `old` of `kind` from the bundle on `as_of` (see
/// [`update_evaluation`] and [`update_plan`] for what is kept and what is
/// renewed). A document of the bundle with the same kind and id as `old` is
/// left out of the fresh draft's evidence, so the draft does not count
/// itself: the folder a draft lives in can be given as it is.
pub fn refresh(
    bundle: &Bundle,
    kind: DraftKind,
    as_of: Date,
    lang: Lang,
    old: &AnyDocument,
) -> Result<AnyDocument, Error> {
    let rest = Bundle::from_documents_shared(
        bundle
            .documents()
            .iter()
            .filter(|d| !(d.kind() == old.kind() && d.id() == old.id()))
            .cloned()
            .collect(),
        Some(bundle.agreement_shared()),
    )?;
    let fresh = draft(&rest, kind, as_of, lang)?;
    let name = old.name().to_string();
    let updated = match (old, fresh) {
        (AnyDocument::Evaluation(o), AnyDocument::Evaluation(mut f)) => {
            // A feedback place the draft names in one language is the same
            // place as the analysts' one named in the other: the fresh draft
            // takes the analysts' words for it, so the refresh adds no twin.
            let other = lang.pick(Lang::En, Lang::Nb);
            let twins = final_eval::feedback_sources(&rest, other);
            for (fresh, twin) in f.value.qualitative_feedback.iter_mut().zip(&twins) {
                if let Some(x) = o
                    .value
                    .qualitative_feedback
                    .iter()
                    .find(|x| x.source == twin.source && fresh.source_kind == twin.source_kind)
                {
                    fresh.source = x.source.clone();
                }
            }
            AnyDocument::Evaluation(Document::from_value(update_evaluation(&o.value, f.value)?))
        }
        (AnyDocument::ActionPlan(o), AnyDocument::ActionPlan(f)) => {
            AnyDocument::ActionPlan(Document::from_value(update_plan(&o.value, f.value)?))
        }
        (o, f) => {
            let err = Error::new(
                crate::error::ErrorCode::WrongKind,
                format!(
                    "utkastet som skal oppdateres er av typen «{}», men et utkast av typen «{}» lages her",
                    o.kind().as_str(),
                    f.kind().as_str()
                ),
                format!(
                    "the draft to refresh is of kind \"{}\", but a draft of kind \"{}\" is made here",
                    o.kind().as_str(),
                    f.kind().as_str()
                ),
            );
            return Err(err.in_document(name));
        }
    };
    Ok(updated)
}
