//! The strict reader's tests.

use super::*;

fn p(s: &str) -> Result<Index, Error> {
    parse(s, &Limits::default())
}

#[test]
fn reads_values_with_offsets() {
    let text = r#"{"a": [1, -2, 3.5, "x\u00e6", true, null, "plain"], "k\u00f8": {}}"#;
    let index = p(text).expect("valid");
    let root = index.root(text);
    let a = root.get("a").expect("a");
    assert_eq!(a.start(), 6);
    assert!(a.is_array());
    assert_eq!(a.len(), 7);
    let item = |i: usize| a.child(i).expect("item").value();
    assert_eq!(item(0), ValueRef::Number(Number::PosInt(1)));
    assert_eq!(item(1), ValueRef::Number(Number::NegInt(-2)));
    assert_eq!(item(2), ValueRef::Number(Number::Float(3.5)));
    assert_eq!(item(3), ValueRef::String("xæ".into()));
    assert!(matches!(item(6), ValueRef::String(Cow::Borrowed("plain"))));
    assert_eq!((item(4), item(5)), (ValueRef::Bool(true), ValueRef::Null));
    assert!(a.child(7).is_none());
    assert!(root.get("kø").expect("escaped key").is_object());
    assert_eq!(root.child(1).and_then(|c| c.key()).map(|k| k.1), Some(52));
}

#[test]
fn errors_have_codes_and_positions() {
    let e = p("{\n  \"a\": 1,\n  \"a\": 2\n}").expect_err("dup");
    assert_eq!(
        (e.code(), e.line(), e.column(), e.pointer()),
        (ErrorCode::DuplicateKey, Some(3), Some(3), "/a")
    );
    // The same key spelt with an escape is the same key.
    let e = p(r#"{"a/b": {"x": 1, "\u0078": 2}}"#).expect_err("dup escaped");
    assert_eq!(
        (e.code(), e.pointer()),
        (ErrorCode::DuplicateKey, "/a~1b/x")
    );
    // Duplicates in a large object (the hash set).
    let mut big: Vec<String> = (0..40).map(|i| format!("\"k{i}\": {i}")).collect();
    big.push("\"k3\": 0".into());
    let e = p(&format!("{{{}}}", big.join(","))).expect_err("dup large");
    assert_eq!((e.code(), e.pointer()), (ErrorCode::DuplicateKey, "/k3"));
    let e = p("[1e400]").expect_err("range");
    assert_eq!((e.code(), e.pointer()), (ErrorCode::NumberOutOfRange, "/0"));
    let e = p("{\"x\": NaN}").expect_err("nan");
    assert_eq!((e.code(), e.column()), (ErrorCode::Syntax, Some(7)));
    let e = p(" \n ").expect_err("empty");
    assert_eq!(e.code(), ErrorCode::Empty);
    let deep = "[".repeat(10_000);
    assert_eq!(p(&deep).expect_err("deep").code(), ErrorCode::DepthLimit);
    assert_eq!(
        p("\"\\ud800\"").expect_err("surrogate").code(),
        ErrorCode::Syntax
    );
    assert_eq!(p("{} x").expect_err("trailing").code(), ErrorCode::Syntax);
}

#[test]
fn limits_apply() {
    let limits = Limits {
        max_string_bytes: 4,
        ..Limits::default()
    };
    assert_eq!(
        parse("\"abcdef\"", &limits).expect_err("long").code(),
        ErrorCode::StringLimit
    );
    // Counted after unescaping: six escapes of one byte each.
    assert_eq!(
        parse(r#""\n\n\n\n\n\n""#, &limits)
            .expect_err("long")
            .code(),
        ErrorCode::StringLimit
    );
    assert!(parse(r#""\n\n\n\n""#, &limits).is_ok());
    let limits = Limits {
        max_bytes: 3,
        ..Limits::default()
    };
    assert_eq!(
        decode(b"[1, 2]", &limits).expect_err("big").code(),
        ErrorCode::SizeLimit
    );
    assert_eq!(
        decode(b"[\"\xff\"]", &Limits::default())
            .expect_err("utf8")
            .code(),
        ErrorCode::InvalidUtf8
    );
    assert_eq!(
        decode(b"\xEF\xBB\xBF{}", &Limits::default())
            .expect("bom")
            .1,
        3
    );
}

#[test]
fn word_at_a_time_scans_equal_byte_at_a_time_ones() {
    // Every stop byte at every place in a run, at every alignment.
    for stop in [b'"', b'\\', b'\n', 0x00, 0x1f, b'\t'] {
        for len in 0..40 {
            for at in 0..=len {
                let mut bytes = vec![b'a'; len];
                bytes.extend_from_slice("æ ~\u{7f}".as_bytes());
                if at < len {
                    bytes[at] = stop;
                }
                let naive = bytes
                    .iter()
                    .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                    .unwrap_or(bytes.len());
                assert_eq!(plain_run(&bytes, 0), naive, "{stop} at {at} of {len}");
                let text = String::from_utf8_lossy(&bytes).into_owned();
                let lines: Vec<usize> = std::iter::once(0)
                    .chain(
                        text.bytes()
                            .enumerate()
                            .filter(|(_, b)| *b == b'\n')
                            .map(|(i, _)| i + 1),
                    )
                    .collect();
                assert_eq!(LineIndex::new(&text).starts, lines);
            }
        }
    }
}

#[test]
fn columns_count_characters_on_long_lines_too() {
    // One long line (a minified file) with letters of one to four bytes,
    // and a few short lines: every position's column is its characters
    // from the line's start, as counting them one by one gives.
    let mut text = String::new();
    for i in 0..3000 {
        text.push_str(["a", "æ", "€", "𝄞"][i % 4]);
        if i % 1000 == 999 {
            text.push('\n');
        }
    }
    text.push_str(&"ø".repeat(5000));
    let index = LineIndex::new(&text);
    for (offset, _) in text.char_indices().step_by(7).chain([(text.len(), ' ')]) {
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        let line = text[..offset].matches('\n').count() + 1;
        let column = text[line_start..offset].chars().count() + 1;
        assert_eq!(
            index.position(&text, offset),
            (line as u32, column as u32),
            "at {offset}"
        );
    }
}

#[test]
fn pointers_locate() {
    let text = "{\"a\": {\"b/c\": [0, 1]}}";
    let index = p(text).expect("valid");
    let root = index.root(text);
    assert_eq!(root.locate("/a/b~1c/1"), (18, true));
    assert!(!root.locate("/a/zz").1);
    assert!(!root.locate("/a/b~1c/2").1);
}
