//! The three-way merge's promises, on every example document: a side that
//! changed nothing takes the other's version whole; no item either side
//! added is lost; what both removed is gone. (Byte-exact cases are the
//! `merge-*` conformance vectors, run in the three languages.)

use serde_json::Value;
use tromsvekst::merge::{ConflictKind, merge_files};

fn examples() -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/nord-troms");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("examples") {
        let p = entry.expect("entry").path();
        if p.extension().is_some_and(|e| e == "json") {
            out.push((p.display().to_string(), std::fs::read(&p).expect("read")));
        }
    }
    assert!(out.len() >= 5);
    out
}

fn json(v: &Value) -> Vec<u8> {
    serde_json::to_vec(v).expect("json")
}

fn merged(base: &[u8], mine: &[u8], theirs: &[u8]) -> (Value, Vec<ConflictKind>) {
    let m =
        merge_files(("b", base), ("m", mine), ("t", theirs), &Default::default()).expect("merges");
    let v: Value = serde_json::from_str(&m.document.to_json()).expect("json");
    (v, m.conflicts.iter().map(|c| c.kind).collect())
}

fn canonical(bytes: &[u8]) -> Value {
    let d = tromsvekst::parse_document(bytes, "x", &Default::default()).expect("parses");
    serde_json::from_str(&d.to_json()).expect("json")
}

/// The first list of items with ids in a document, by its key.
fn id_lists(v: &Value) -> Vec<&'static str> {
    [
        "measures",
        "milestones",
        "meetings",
        "indicators",
        "adjustments",
        "focus_areas",
    ]
    .into_iter()
    .filter(|k| {
        v[*k]
            .as_array()
            .is_some_and(|a| a.len() >= 2 && a[0]["id"].is_string())
    })
    .collect()
}

#[test]
fn one_side_unchanged_takes_the_other_whole() {
    for (name, bytes) in examples() {
        let mut changed: Value = canonical(&bytes);
        for key in id_lists(&changed.clone()) {
            changed[key].as_array_mut().expect("list").remove(0);
        }
        let changed = json(&changed);
        let (a, c1) = merged(&bytes, &bytes, &changed);
        let (b, c2) = merged(&bytes, &changed, &bytes);
        assert!(c1.is_empty() && c2.is_empty(), "{name}");
        assert_eq!(a, canonical(&changed), "{name}");
        assert_eq!(b, canonical(&changed), "{name}");
    }
}

#[test]
fn additions_on_both_sides_are_all_kept_and_removals_by_both_are_gone() {
    for (name, bytes) in examples() {
        let base = canonical(&bytes);
        for key in id_lists(&base) {
            let (mut mine, mut theirs) = (base.clone(), base.clone());
            let list = base[key].as_array().expect("list");
            let mut a = list[0].clone();
            a["id"] = Value::from("added-here");
            let mut b = list[1].clone();
            b["id"] = Value::from("added-there");
            mine[key].as_array_mut().expect("list").push(a);
            theirs[key].as_array_mut().expect("list").insert(1, b);
            // Both removed the last item.
            mine[key]
                .as_array_mut()
                .expect("list")
                .remove(list.len() - 1);
            theirs[key].as_array_mut().expect("list").pop();
            let (out, conflicts) = merged(&bytes, &json(&mine), &json(&theirs));
            assert!(conflicts.is_empty(), "{name} {key}: {conflicts:?}");
            let ids: Vec<&str> = out[key]
                .as_array()
                .expect("list")
                .iter()
                .filter_map(|i| i["id"].as_str())
                .collect();
            assert!(
                ids.contains(&"added-here") && ids.contains(&"added-there"),
                "{name} {key}: {ids:?}"
            );
            assert!(
                !ids.contains(&list[list.len() - 1]["id"].as_str().unwrap_or("")),
                "{name} {key}"
            );
            assert_eq!(ids.len(), list.len() + 1, "{name} {key}");
        }
    }
}

#[test]
fn an_item_added_on_both_sides_with_one_id_keeps_mine_and_shows_theirs() {
    let plan = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../examples/nord-troms/action-plan-2025-2026.json"),
    )
    .expect("plan");
    let base = canonical(&plan);
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    let entry = |progress: u32| serde_json::json!({"date": "2026-11-30", "measure": "nt-1.1-kollektiv", "status": "ongoing", "progress": progress});
    mine["updates"]
        .as_array_mut()
        .expect("updates")
        .push(entry(70));
    theirs["updates"]
        .as_array_mut()
        .expect("updates")
        .push(entry(80));
    let (out, conflicts) = merged(&plan, &json(&mine), &json(&theirs));
    assert_eq!(conflicts, [ConflictKind::BothChanged]);
    let updates = out["updates"].as_array().expect("updates");
    assert_eq!(
        updates.len(),
        base["updates"].as_array().expect("updates").len() + 1
    );
    assert_eq!(updates.last().expect("entry")["progress"], 70);
}
