//! The table reader (`Read`, derived) against serde's derive, on the examples
//! and on every way of spoiling them one member at a time: the same value, or
//! the same error (code, both messages, pointer, offset).

use super::{ActionPlan, Agreement, Evaluation, IndicatorSet, MeetingLog};
use crate::de::{De, Path, Read};
use crate::json::{self, Limits};
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::fmt::Debug;

/// Both readers on one text; panics where they differ.
fn same<T: Read + DeserializeOwned + PartialEq + Debug>(text: &str) -> bool {
    let index = json::parse(text, &Limits::default()).expect("valid JSON");
    let de = || De {
        node: index.root(text),
        path: Path::Root,
    };
    match (T::read(de()), T::deserialize(de())) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a, b, "{text}");
            true
        }
        (Err(a), Err(b)) => {
            assert_eq!(
                (a.code, &a.en, &a.nb, &a.pointer, a.offset),
                (b.code, &b.en, &b.nb, &b.pointer, b.offset),
                "{text}"
            );
            false
        }
        (a, b) => panic!("{text}\ntable: {a:?}\nserde: {b:?}"),
    }
}

/// Every object in `value`, by its path of keys and indices.
fn objects(value: &Value, at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match value {
        Value::Object(map) => {
            out.push(at.clone());
            for (k, v) in map {
                at.push(Step::Key(k.clone()));
                objects(v, at, out);
                at.pop();
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                at.push(Step::Index(i));
                objects(v, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'v>(value: &'v mut Value, path: &[Step]) -> &'v mut Value {
    path.iter().fold(value, |v, step| match step {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

/// The document, then each member of each object removed, replaced by a
/// value of every other kind, and an unknown member added to each object.
fn spoiled<T: Read + DeserializeOwned + PartialEq + Debug>(path: &str) -> (usize, usize) {
    let text = std::fs::read_to_string(format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR")))
        .expect("example");
    assert!(same::<T>(&text), "{path} reads");
    let doc: Value = serde_json::from_str(&text).expect("JSON");
    let mut places = Vec::new();
    objects(&doc, &mut Vec::new(), &mut places);
    let (mut read, mut refused) = (0, 0);
    let mut count = |ok: bool| if ok { read += 1 } else { refused += 1 };
    let others = [
        Value::Null,
        Value::Bool(true),
        serde_json::json!(-1),
        serde_json::json!(1.5),
        serde_json::json!("x"),
        serde_json::json!([]),
        serde_json::json!({}),
    ];
    for place in &places {
        let mut added = doc.clone();
        at(&mut added, place)["unknown_field"] = Value::Bool(true);
        count(same::<T>(&added.to_string()));
        let keys: Vec<String> = at(&mut doc.clone(), place)
            .as_object()
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        for key in keys {
            let mut removed = doc.clone();
            at(&mut removed, place)
                .as_object_mut()
                .map(|m| m.remove(&key));
            count(same::<T>(&removed.to_string()));
            for other in &others {
                let mut changed = doc.clone();
                at(&mut changed, place)[key.as_str()] = other.clone();
                count(same::<T>(&changed.to_string()));
            }
        }
    }
    (read, refused)
}

#[test]
fn the_table_reader_reads_as_serde_derive() {
    let runs = [
        spoiled::<Agreement>("examples/illustrative/fjordvik-agreement.json"),
        spoiled::<ActionPlan>("examples/illustrative/fjordvik-action-plan-2026-2028.json"),
        spoiled::<MeetingLog>("examples/illustrative/fjordvik-meetings-2026-2028.json"),
        spoiled::<IndicatorSet>("examples/illustrative/fjordvik-indicators.json"),
        spoiled::<Evaluation>("examples/nord-troms/midterm-evaluation-2026.json"),
    ];
    // Both kinds of outcome were compared for each document.
    for (read, refused) in runs {
        assert!(read > 10 && refused > 10, "{read} read, {refused} refused");
    }
}
