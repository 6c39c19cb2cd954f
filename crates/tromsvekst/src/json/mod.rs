//! A strict JSON reader that keeps positions.
//!
//! `serde_json` keeps the last of two equal keys and forgets where a value
//! stood. This reader rejects duplicate keys, enforces size, depth and string
//! limits, and records the byte offset of every value and key, so that every
//! later error or finding can name a JSON pointer, a line and a column.

use crate::error::{Error, ErrorCode};
use std::borrow::Cow;

mod lines;
mod parser;

pub(crate) use lines::{LineIndex, to_u32};
use parser::Parser;

/// Limits applied while reading a document. The defaults suit any real
/// agreement, action plan or bundle with a wide margin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted input, in bytes (default 256 MiB).
    pub max_bytes: usize,
    /// Deepest accepted nesting of arrays and objects (default 128).
    pub max_depth: usize,
    /// Longest accepted string, in bytes after unescaping (default 1 MiB).
    pub max_string_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 256 * 1024 * 1024,
            max_depth: 128,
            max_string_bytes: 1024 * 1024,
        }
    }
}

/// A JSON number as read: integers stay exact.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Number {
    PosInt(u64),
    NegInt(i64),
    Float(f64),
}

/// What the reader keeps of a document: the offset of every value and of
/// every key, and where each array's or object's children are listed. No
/// string is copied: keys and strings are read again from the text when
/// they are asked for (most are borrowed from it), so a document costs its
/// text and about 16 bytes per value rather than a tree of owned strings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Index {
    /// One entry per value, in document order: the root is entry 0.
    nodes: Vec<Entry>,
    /// Per array or object: its children's place in `kids`.
    spans: Vec<Span>,
    /// The children of each array and object, contiguous per parent.
    kids: Vec<u32>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    /// Byte offset of the value.
    start: u32,
    /// Byte offset of the member's key (its opening quote), or `NONE`.
    key: u32,
    /// Index into `spans` for an array or object, or `NONE`.
    span: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Span {
    at: u32,
    len: u32,
}

const NONE: u32 = u32::MAX;

impl Index {
    /// The root value, read over the text the index was made from.
    pub(crate) fn root<'t>(&'t self, text: &'t str) -> NodeRef<'t> {
        NodeRef {
            text,
            index: self,
            id: 0,
        }
    }
}

/// A value of a document: its text and its place in the index.
#[derive(Clone, Copy)]
pub(crate) struct NodeRef<'t> {
    text: &'t str,
    index: &'t Index,
    id: u32,
}

/// A value as read, strings borrowed from the text where they hold no escape.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ValueRef<'t> {
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'t, str>),
    Array,
    Object,
}

impl ValueRef<'_> {
    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            ValueRef::Null => "null",
            ValueRef::Bool(_) => "boolean",
            ValueRef::Number(_) => "number",
            ValueRef::String(_) => "string",
            ValueRef::Array => "array",
            ValueRef::Object => "object",
        }
    }
}

impl<'t> NodeRef<'t> {
    fn entry(&self) -> Entry {
        self.index
            .nodes
            .get(self.id as usize)
            .copied()
            .unwrap_or(Entry {
                start: 0,
                key: NONE,
                span: NONE,
            })
    }

    /// Byte offset where the value starts.
    pub(crate) fn start(&self) -> usize {
        self.entry().start as usize
    }

    fn first_byte(&self) -> u8 {
        self.text
            .as_bytes()
            .get(self.start())
            .copied()
            .unwrap_or(b'n')
    }

    pub(crate) fn is_object(&self) -> bool {
        self.first_byte() == b'{'
    }

    pub(crate) fn is_array(&self) -> bool {
        self.first_byte() == b'['
    }

    pub(crate) fn is_null(&self) -> bool {
        self.first_byte() == b'n'
    }

    /// The value: scalars read from the text, arrays and objects by kind.
    pub(crate) fn value(&self) -> ValueRef<'t> {
        let start = self.start();
        match self.first_byte() {
            b'{' => ValueRef::Object,
            b'[' => ValueRef::Array,
            b'"' => ValueRef::String(read_string(self.text, start)),
            b't' => ValueRef::Bool(true),
            b'f' => ValueRef::Bool(false),
            b'n' => ValueRef::Null,
            _ => ValueRef::Number(read_number(self.text, start)),
        }
    }

    /// How many items or members an array or object has (0 for a scalar).
    pub(crate) fn len(&self) -> usize {
        self.span().map_or(0, |s| s.len as usize)
    }

    fn span(&self) -> Option<Span> {
        let e = self.entry();
        (e.span != NONE)
            .then(|| self.index.spans.get(e.span as usize).copied())
            .flatten()
    }

    /// The `i`th item or member.
    pub(crate) fn child(&self, i: usize) -> Option<NodeRef<'t>> {
        let span = self.span()?;
        if i >= span.len as usize {
            return None;
        }
        let id = *self.index.kids.get(span.at as usize + i)?;
        Some(NodeRef {
            text: self.text,
            index: self.index,
            id,
        })
    }

    /// A member's key and the offset of its opening quote.
    pub(crate) fn key(&self) -> Option<(Cow<'t, str>, usize)> {
        let k = self.entry().key;
        (k != NONE).then(|| (read_string(self.text, k as usize), k as usize))
    }

    /// The member of an object by key.
    pub(crate) fn get(&self, key: &str) -> Option<NodeRef<'t>> {
        if !self.is_object() {
            return None;
        }
        (0..self.len())
            .filter_map(|i| self.child(i))
            .find(|c| c.key().is_some_and(|(k, _)| k == key))
    }

    /// Follows a JSON pointer as far as it resolves; returns the offset of
    /// the deepest value reached and whether the whole pointer resolved.
    pub(crate) fn locate(&self, pointer: &str) -> (usize, bool) {
        let mut node = *self;
        if pointer.is_empty() {
            return (node.start(), true);
        }
        for seg in crate::pointer::segments(pointer) {
            let next = match node.first_byte() {
                b'{' => node.get(&seg),
                b'[' => seg.parse::<usize>().ok().and_then(|i| node.child(i)),
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => return (node.start(), false),
            }
        }
        (node.start(), true)
    }
}

const LO: u64 = 0x0101_0101_0101_0101;
const HI: u64 = 0x8080_8080_8080_8080;

/// Eight bytes of `bytes` from `i`, as one word.
fn word(bytes: &[u8], i: usize) -> Option<u64> {
    bytes
        .get(i..i + 8)
        .and_then(|b| <[u8; 8]>::try_from(b).ok())
        .map(u64::from_le_bytes)
}

/// Whether a word holds a byte equal to `b` (exact: the bit tricks of
/// "Bit Twiddling Hacks", haszero and hasless).
fn has_byte(w: u64, b: u8) -> bool {
    let x = w ^ (LO * u64::from(b));
    x.wrapping_sub(LO) & !x & HI != 0
}

/// The end of the run of plain string bytes from `i`: the first quote,
/// backslash or control character (or the end), eight bytes at a time.
fn plain_run(bytes: &[u8], mut i: usize) -> usize {
    while let Some(w) = word(bytes, i) {
        let control = w.wrapping_sub(LO * 0x20) & !w & HI != 0;
        if control || has_byte(w, b'"') || has_byte(w, b'\\') {
            break;
        }
        i += 8;
    }
    while let Some(&b) = bytes.get(i) {
        if b == b'"' || b == b'\\' || b < 0x20 {
            break;
        }
        i += 1;
    }
    i
}

/// A string of a text the reader has accepted, from its opening quote:
/// borrowed when it holds no escape.
fn read_string(text: &str, open: usize) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let end = plain_run(bytes, open + 1);
    if bytes.get(end) == Some(&b'"') {
        return Cow::Borrowed(text.get(open + 1..end).unwrap_or(""));
    }
    let limits = Limits {
        max_string_bytes: usize::MAX,
        ..Limits::default()
    };
    let mut p = Parser::new(text, &limits);
    p.pos = open;
    let mut out = String::new();
    match p.scan_string(Some(&mut out)) {
        Ok(_) => Cow::Owned(out),
        Err(_) => Cow::Borrowed(""),
    }
}

/// A number of a text the reader has accepted, from its first character.
fn read_number(text: &str, start: usize) -> Number {
    let rest = text.get(start..).unwrap_or("");
    let end = rest
        .bytes()
        .position(|b| !matches!(b, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
        .unwrap_or(rest.len());
    number_of(&rest[..end]).unwrap_or(Number::Float(0.0))
}

/// The value of a number's text: integers exact, else a finite float.
fn number_of(raw: &str) -> Option<Number> {
    if !raw.contains(['.', 'e', 'E']) {
        if raw.starts_with('-') {
            if let Ok(v) = raw.parse::<i64>() {
                return Some(Number::NegInt(v));
            }
        } else if let Ok(v) = raw.parse::<u64>() {
            return Some(Number::PosInt(v));
        }
    }
    raw.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(Number::Float)
}

/// Checks size and encoding and strips a UTF-8 byte-order mark.
/// Returns the text and the number of bytes stripped in front of it.
pub(crate) fn decode<'a>(bytes: &'a [u8], limits: &Limits) -> Result<(&'a str, usize), Error> {
    check_size(bytes.len(), limits)?;
    let (bytes, skipped) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text, skipped)),
        Err(e) => {
            let good = e.valid_up_to();
            // Position of the first bad byte, counted in the valid prefix.
            let prefix = std::str::from_utf8(&bytes[..good]).unwrap_or("");
            let (line, column) = LineIndex::new(prefix).position(prefix, good);
            Err(Error::new(
                ErrorCode::InvalidUtf8,
                format!(
                    "dokumentet er ikke gyldig UTF-8 ved byte {}",
                    good + skipped
                ),
                format!("the input is not valid UTF-8 at byte {}", good + skipped),
            )
            .at_position(line, column))
        }
    }
}

/// Reads one JSON document into its index of offsets.
pub(crate) fn parse(text: &str, limits: &Limits) -> Result<Index, Error> {
    check_size(text.len(), limits)?;
    if u32::try_from(text.len()).is_err() {
        return Err(Error::new(
            ErrorCode::SizeLimit,
            format!("dokumentet er {} byte, mer enn 4 GiB", text.len()),
            format!("the input is {} bytes, more than 4 GiB", text.len()),
        ));
    }
    let mut p = Parser::new(text, limits);
    p.skip_ws();
    if p.pos == p.bytes.len() {
        return Err(Error::new(
            ErrorCode::Empty,
            "dokumentet er tomt: forventet et JSON-objekt",
            "the input is empty: expected a JSON object",
        )
        .at_position(1, 1));
    }
    p.value()?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.syntax(
            "uventet tekst etter slutten av dokumentet",
            "unexpected text after the end of the document",
        ));
    }
    Ok(p.index)
}

pub(crate) fn check_size(len: usize, limits: &Limits) -> Result<(), Error> {
    if len > limits.max_bytes {
        return Err(Error::new(
            ErrorCode::SizeLimit,
            format!(
                "dokumentet er {len} byte, mer enn grensen på {} byte",
                limits.max_bytes
            ),
            format!(
                "the input is {len} bytes, more than the limit of {} bytes",
                limits.max_bytes
            ),
        ));
    }
    Ok(())
}

/// The reader on its own, as a `serde_json::Value`: `None` where it refuses
/// the input (for the differential fuzz target).
#[cfg(feature = "fuzzing")]
pub(crate) fn fuzz_value(bytes: &[u8]) -> Option<serde_json::Value> {
    fn to_serde(n: NodeRef<'_>) -> serde_json::Value {
        use serde_json::Value as J;
        match n.value() {
            ValueRef::Null => J::Null,
            ValueRef::Bool(b) => J::Bool(b),
            ValueRef::Number(Number::PosInt(u)) => J::from(u),
            ValueRef::Number(Number::NegInt(i)) => J::from(i),
            ValueRef::Number(Number::Float(f)) => {
                serde_json::Number::from_f64(f).map_or(J::Null, J::Number)
            }
            ValueRef::String(s) => J::String(s.into_owned()),
            ValueRef::Array => J::Array(
                (0..n.len())
                    .filter_map(|i| n.child(i))
                    .map(to_serde)
                    .collect(),
            ),
            ValueRef::Object => J::Object(
                (0..n.len())
                    .filter_map(|i| n.child(i))
                    .map(|c| {
                        (
                            c.key().map(|k| k.0.into_owned()).unwrap_or_default(),
                            to_serde(c),
                        )
                    })
                    .collect(),
            ),
        }
    }
    let limits = Limits::default();
    let (text, _) = decode(bytes, &limits).ok()?;
    parse(text, &limits).ok().map(|i| to_serde(i.root(text)))
}

#[cfg(test)]
mod tests;
