//! The strict reader against serde_json on the same bytes: where the reader
//! accepts, serde_json accepts and reads the same value (numbers compared as
//! f64); where serde_json accepts and the reader refuses, the reason is one
//! we refuse on purpose — a duplicate key, a limit (depth 128, 1 MiB
//! strings), or a number serde_json reads as infinite.
#![no_main]
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b)),
        (Value::Object(x), Value::Object(y)) => x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w))),
        _ => a == b,
    }
}

fn has_duplicate_key(text: &str) -> bool {
    // serde_json keeps the last of two equal keys; read with a map that
    // counts them instead.
    struct Dup;
    impl<'de> serde::de::Visitor<'de> for Dup {
        type Value = bool;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("any JSON")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
            let mut keys = std::collections::HashSet::new();
            let mut dup = false;
            while let Some(k) = map.next_key::<String>()? {
                dup |= !keys.insert(k);
                dup |= map.next_value::<Probe>()?.0;
            }
            Ok(dup)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
            let mut dup = false;
            while let Some(p) = seq.next_element::<Probe>()? {
                dup |= p.0;
            }
            Ok(dup)
        }
        fn visit_bool<E>(self, _: bool) -> Result<bool, E> { Ok(false) }
        fn visit_i64<E>(self, _: i64) -> Result<bool, E> { Ok(false) }
        fn visit_u64<E>(self, _: u64) -> Result<bool, E> { Ok(false) }
        fn visit_f64<E>(self, _: f64) -> Result<bool, E> { Ok(false) }
        fn visit_str<E>(self, _: &str) -> Result<bool, E> { Ok(false) }
        fn visit_unit<E>(self) -> Result<bool, E> { Ok(false) }
    }
    struct Probe(bool);
    impl<'de> serde::Deserialize<'de> for Probe {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Probe, D::Error> {
            d.deserialize_any(Dup).map(Probe)
        }
    }
    serde_json::from_str::<Probe>(text).map(|p| p.0).unwrap_or(false)
}

fn depth(v: &Value) -> usize {
    match v {
        Value::Array(x) => 1 + x.iter().map(depth).max().unwrap_or(0),
        Value::Object(x) => 1 + x.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

fuzz_target!(|data: &[u8]| {
    let ours = tromsvekst::fuzz_read_json(data);
    // The reader strips a UTF-8 byte-order mark; serde_json does not.
    let body = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let theirs = serde_json::from_slice::<Value>(body).ok();
    match (&ours, &theirs) {
        (Some(a), Some(b)) => assert!(same(a, b), "different values: {a} vs {b}"),
        (Some(a), None) => panic!("the reader accepts what serde_json refuses: {a}"),
        (None, Some(b)) => {
            let text = std::str::from_utf8(body).unwrap_or("");
            let on_purpose = has_duplicate_key(text)
                || depth(b) > 128
                || text.len() > 1024 * 1024;
            assert!(on_purpose, "the reader refuses what serde_json reads, for no reason we give: {b}");
        }
        (None, None) => {}
    }
});
