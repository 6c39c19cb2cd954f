//! The bundle's lookups against a scan of every plan, with the ids' own
//! hashes and with every id given one hash (each lookup then tells the ids
//! apart by comparing them).

use super::{Bundle, history, last_update};
use std::cell::Cell;

thread_local! {
    /// Every id hashes to 0 while set.
    pub(super) static COLLIDE: Cell<bool> = const { Cell::new(false) };
}

fn whole_period() -> Bundle {
    let docs = [
        "action-plan-2025-2026.json",
        "action-plan-2027-2028.json",
        "meetings-2025-2026.json",
        "midterm-evaluation-2026.json",
    ]
    .iter()
    .map(|f| {
        let path = format!(
            "{}/../../examples/nord-troms/whole-period/{f}",
            env!("CARGO_MANIFEST_DIR")
        );
        let bytes = std::fs::read(&path).expect("example");
        super::read_document(f, &bytes, None, &crate::document::ParseOptions::default())
            .expect("document")
    })
    .collect();
    Bundle::from_documents_shared(docs, Some(crate::embedded::nord_troms_shared())).expect("bundle")
}

#[test]
fn lookups_equal_a_scan_of_the_plans() {
    for collide in [false, true] {
        COLLIDE.set(collide);
        let bundle = whole_period();
        let plans: Vec<_> = bundle.action_plans().collect();
        let mut ids: Vec<&str> = plans
            .iter()
            .flat_map(|(_, p)| p.measures.iter().map(|m| m.id.as_str()))
            .collect();
        ids.extend(["no-such-measure", ""]);
        assert!(
            plans
                .iter()
                .any(|(_, p)| p.measures.iter().any(|m| m.continues.is_some()))
        );
        for id in ids {
            let first = plans.iter().find_map(|(d, p)| {
                let i = p.measures.iter().position(|m| m.id == id)?;
                Some((*d, i))
            });
            let start = plans
                .iter()
                .filter(|(_, p)| p.measures.iter().any(|m| m.id == id))
                .map(|(_, p)| p.period.start)
                .min();
            let at = bundle.measure(id);
            assert_eq!(
                at.as_ref().map(|a| (a.doc, a.index)),
                first,
                "{id}, collide {collide}"
            );
            assert_eq!(at.map(|a| a.first_start), start, "{id}");
            let updates: Vec<_> = plans
                .iter()
                .flat_map(|(_, p)| p.updates.iter().filter(|u| u.measure == id))
                .map(|u| u.date)
                .collect();
            let found: Vec<_> = bundle.updates_of(id).map(|(_, u)| u.date).collect();
            assert_eq!(found, updates, "{id}");
            assert_eq!(
                last_update(&bundle, [id].into_iter()),
                updates.iter().copied().max()
            );
            let continued = plans.iter().any(|(_, p)| {
                p.measures
                    .iter()
                    .any(|m| m.continues.as_deref() == Some(id))
            });
            assert_eq!(bundle.is_continued(id), continued, "{id}");
            if let Some((_, p)) = plans
                .iter()
                .find(|(_, p)| p.measures.iter().any(|m| m.id == id))
            {
                let m = p.measures.iter().find(|m| m.id == id).expect("measure");
                assert!(history(&bundle, m).len() >= updates.len());
            }
        }
    }
    COLLIDE.set(false);
}
