//! The embedded default: *Tromsvekstavtalen for Nord-Troms 2025–2028*.
//!
//! The JSON is `examples/nord-troms/agreement.json`, compiled in, so the
//! library, the command line and the bindings all carry the same text.

use crate::document::{Document, ParseOptions};
use crate::model::Agreement;

/// The Nord-Troms agreement as JSON, exactly as in `examples/nord-troms/agreement.json`.
pub const NORD_TROMS_JSON: &str = include_str!("../data/nord-troms-agreement.json");

/// The name the embedded agreement goes by in reports.
pub const NORD_TROMS_NAME: &str = "nord-troms/agreement.json";

static PARSED: std::sync::OnceLock<std::sync::Arc<Document<Agreement>>> =
    std::sync::OnceLock::new();

/// The Nord-Troms agreement, parsed once per process and shared: no copy.
pub fn nord_troms_shared() -> std::sync::Arc<Document<Agreement>> {
    PARSED
        .get_or_init(|| {
            match crate::document::parse_agreement(
                NORD_TROMS_JSON.as_bytes(),
                NORD_TROMS_NAME,
                &ParseOptions::default(),
            ) {
                Ok(doc) => std::sync::Arc::new(doc),
                // A test guarantees the embedded file parses; this is never reached.
                Err(e) => panic!("the embedded Nord-Troms agreement does not parse: {e}"),
            }
        })
        .clone()
}

/// A slot for what is worked out from the embedded agreement alone and so
/// never changes while the process runs (the findings of the rules that read
/// nothing else: `rules::run`). The slot is kept here, beside the agreement,
/// by whoever holds it; it is typed `Any` because this module sits below
/// the rules and cannot name their findings.
pub(crate) type Kept = std::sync::OnceLock<Box<dyn std::any::Any + Send + Sync>>;

static KEPT: Kept = Kept::new();

/// The slot kept with the embedded agreement when `agreement` is the shared
/// copy itself (not an equal one: a copy may be changed).
pub(crate) fn kept_for(agreement: &Agreement) -> Option<&'static Kept> {
    PARSED
        .get()
        .is_some_and(|shared| std::ptr::eq(agreement, &shared.value))
        .then_some(&KEPT)
}

/// The Nord-Troms agreement, parsed (once per process), with source positions.
///
/// ```
/// let doc = tromsvekst::embedded::nord_troms();
/// assert_eq!(doc.value.period.start, 2025);
/// assert_eq!(doc.value.governance.political.meetings_per_year, 2);
/// ```
pub fn nord_troms() -> Document<Agreement> {
    (*nord_troms_shared()).clone()
}

/// Whether a document is an unchanged copy of the embedded agreement (what
/// [`nord_troms`] returns): the same text read, not only an equal one, and
/// an equal value. A binding that hands such a copy back can use the shared
/// agreement instead of copying it again.
///
/// ```
/// let doc = tromsvekst::embedded::nord_troms();
/// assert!(tromsvekst::embedded::is_nord_troms(&doc));
/// let mut changed = doc.clone();
/// changed.value.period.end += 1;
/// assert!(!tromsvekst::embedded::is_nord_troms(&changed));
/// ```
pub fn is_nord_troms(doc: &Document<Agreement>) -> bool {
    doc.is_copy_of(&nord_troms_shared())
}

#[cfg(test)]
mod tests {
    /// Only the shared agreement itself has the kept slot: a copy (which a
    /// caller may change) and another agreement have none.
    #[test]
    fn kept_only_for_the_shared_agreement() {
        let shared = super::nord_troms_shared();
        assert!(super::kept_for(&shared.value).is_some());
        let copy = super::nord_troms();
        assert_eq!(copy.value, shared.value);
        assert!(super::kept_for(&copy.value).is_none());
        let mut changed = copy.value.clone();
        changed.period.end += 1;
        assert!(super::kept_for(&changed).is_none());
    }
}
