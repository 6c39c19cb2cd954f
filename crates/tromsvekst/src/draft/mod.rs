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

/// Makes a draft of `kind` from the bundle on `as_of`. A begun evaluation
/// of that stage among the documents (not concluded) is refreshed instead,
/// so nothing the analysts wrote is lost; a draft of the next action plan
/// among them (the newest plan, not adopted) is refused with how to
/// refresh it ([`begun`] tells which applies).
pub fn draft(
    bundle: &Bundle,
    kind: DraftKind,
    as_of: Date,
    lang: Lang,
) -> Result<AnyDocument, Error> {
    match begun_draft(bundle, kind) {
        // A begun evaluation among the documents is refreshed, never
        // replaced by a blank one: every word of the analysts is kept.
        Some(begun) if kind != DraftKind::Plan => {
            return refresh(bundle, kind, as_of, lang, begun);
        }
        Some(begun) => {
            let (id, name) = (begun.id().to_string(), begun.name().to_string());
            return Err(Error::new(
                crate::error::ErrorCode::InvalidArgument,
                format!(
                    "utkastet til neste handlingsplan er allerede blant dokumentene («{id}», {name}, ikke vedtatt): oppdater det i stedet (--update FIL på kommandolinjen, update= i Python og JavaScript), så beholdes alt analytikerne har skrevet"
                ),
                format!(
                    "the draft of the next action plan is among the documents already (\"{id}\", {name}, not adopted): refresh it instead (--update FILE on the command line, update= in Python and JavaScript), which keeps everything the analysts wrote"
                ),
            ));
        }
        None => {}
    }
    make(bundle, kind, as_of, lang)
}

/// The draft of `kind` made afresh from the bundle.
fn make(bundle: &Bundle, kind: DraftKind, as_of: Date, lang: Lang) -> Result<AnyDocument, Error> {
    Ok(match kind {
        DraftKind::Midterm => {
            AnyDocument::Evaluation(Document::from_value(draft_midterm(bundle, as_of, lang)?))
        }
        DraftKind::Final => {
            AnyDocument::Evaluation(Document::from_value(draft_final(bundle, as_of, lang)?))
        }
        DraftKind::Plan => AnyDocument::ActionPlan(Document::from_value(draft_plan(bundle)?)),
    })
}

/// The draft of `kind` that `draft` would refresh or refuse to replace, if
/// one is among the documents (the command line says which it did).
pub fn begun(bundle: &Bundle, kind: DraftKind) -> Option<&AnyDocument> {
    begun_draft(bundle, kind)
}

/// What an interface tells the user when `draft` refreshed the begun draft
/// `begun` rather than making a new one.
pub fn refreshed_note(begun: &AnyDocument, lang: Lang) -> String {
    lang.pick(
        format!(
            "merk: utkastet «{}» ({}) var blant dokumentene og er oppdatert, ikke erstattet: alt analytikerne har skrevet er beholdt",
            begun.id(),
            begun.name()
        ),
        format!(
            "note: the draft \"{}\" ({}) was among the documents and is refreshed, not replaced: everything the analysts wrote is kept",
            begun.id(),
            begun.name()
        ),
    )
}

/// A draft of `kind` already among the documents: an evaluation of the
/// stage that is not concluded, or the newest action plan when it is not
/// adopted and follows an adopted one.
fn begun_draft(bundle: &Bundle, kind: DraftKind) -> Option<&AnyDocument> {
    use crate::model::{EvaluationStatus, Stage};
    let stage = match kind {
        DraftKind::Midterm => Some(Stage::Midterm),
        DraftKind::Final => Some(Stage::Final),
        DraftKind::Plan => None,
    };
    match stage {
        Some(stage) => bundle.documents().iter().find(|d| {
            matches!(d, AnyDocument::Evaluation(e)
                if e.value.stage == stage && e.value.status == EvaluationStatus::Draft)
        }),
        None => {
            let plans = bundle.plans_in_order();
            let (newest, before) = plans.split_last()?;
            let adopted_before = before.iter().any(|(_, p)| p.adopted.is_some());
            if newest.1.adopted.is_some() || !adopted_before {
                return None;
            }
            bundle
                .documents()
                .iter()
                .find(|d| matches!(d, AnyDocument::ActionPlan(p) if p.value.id == newest.1.id))
        }
    }
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
    let fresh = make(&rest, kind, as_of, lang)?;
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
