//! A strict JSON reader that keeps positions.
//!
//! `serde_json` keeps the last of two equal keys and forgets where a value
//! stood. This reader rejects duplicate keys, enforces size, depth and string
//! limits, and records the byte offset of every value and key, so that every
//! later error or finding can name a JSON pointer, a line and a column.

use crate::error::{Error, ErrorCode};
use std::borrow::Cow;

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

/// Line starts of a text, to turn byte offsets into 1-based line and column
/// (the column counts Unicode scalar values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LineIndex {
    starts: Vec<usize>,
    /// The characters before each block of `BLOCK` bytes: a column is found
    /// by counting at most one block's bytes, however long its line (a
    /// minified file is one line), so a finding's place costs the same
    /// anywhere in the file.
    chars_before: Vec<usize>,
}

/// The bytes between two checkpoints of [`LineIndex::chars_before`].
const BLOCK: usize = 4096;

/// The characters among `bytes`: the bytes that do not continue a UTF-8 sequence.
fn chars_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        // Eight bytes at a time past words without a line feed.
        while i < bytes.len() {
            if word(bytes, i).is_some_and(|w| !has_byte(w, b'\n')) {
                i += 8;
                continue;
            }
            let end = (i + 8).min(bytes.len());
            starts.extend((i..end).filter(|&j| bytes[j] == b'\n').map(|j| j + 1));
            i = end;
        }
        let mut chars_before = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0;
        for block in bytes.chunks(BLOCK) {
            chars_before.push(chars);
            chars += chars_in(block);
        }
        chars_before.push(chars);
        LineIndex {
            starts,
            chars_before,
        }
    }

    /// The characters of `text` before byte `at`.
    fn chars_to(&self, bytes: &[u8], at: usize) -> usize {
        let k = at / BLOCK;
        self.chars_before.get(k).copied().unwrap_or(0) + chars_in(&bytes[k * BLOCK..at])
    }

    pub(crate) fn position(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let bytes = text.as_bytes();
        let column = if offset - start <= BLOCK {
            chars_in(&bytes[start..offset])
        } else {
            self.chars_to(bytes, offset) - self.chars_to(bytes, start)
        };
        (to_u32(line + 1), to_u32(column + 1))
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
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

/// A step of the path to the value being read, for error messages: the
/// offset of a key, or an array index.
enum Seg {
    Key(usize),
    Index(usize),
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    limits: &'a Limits,
    pointer: Vec<Seg>,
    index: Index,
    /// Children of the arrays and objects still open, innermost last.
    stack: Vec<u32>,
    /// Keys of the objects still open, for finding duplicates.
    keys: Vec<Cow<'a, str>>,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, limits: &'a Limits) -> Self {
        Parser {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            depth: 0,
            limits,
            pointer: Vec::new(),
            index: Index::default(),
            stack: Vec::new(),
            keys: Vec::new(),
        }
    }

    fn pointer(&self) -> String {
        let mut out = String::new();
        for seg in &self.pointer {
            out.push('/');
            match seg {
                Seg::Key(k) => out.push_str(&crate::pointer::escape(&read_string(self.text, *k))),
                Seg::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }

    fn error_at(&self, code: ErrorCode, offset: usize, nb: String, en: String) -> Error {
        let (line, column) = LineIndex::new(self.text).position(self.text, offset);
        Error::new(code, nb, en).at(self.pointer(), line, column)
    }

    fn syntax(&self, nb: &str, en: &str) -> Error {
        let found = match self.text.get(self.pos..).and_then(|s| s.chars().next()) {
            Some(c) if !c.is_control() => format!(" (found '{c}')"),
            Some(c) => format!(" (found U+{:04X})", c as u32),
            None => " (found the end of the input)".to_string(),
        };
        let found_nb = found
            .replace("found the end of the input", "fant slutten av dokumentet")
            .replace("found", "fant");
        self.error_at(
            ErrorCode::Syntax,
            self.pos,
            format!("{nb}{found_nb}"),
            format!("{en}{found}"),
        )
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// Reads a value, enters it in the index and returns its entry.
    fn value(&mut self) -> Result<u32, Error> {
        let id = to_u32(self.index.nodes.len());
        self.index.nodes.push(Entry {
            start: to_u32(self.pos),
            key: NONE,
            span: NONE,
        });
        match self.bytes.get(self.pos) {
            Some(b'{') => self.object(id)?,
            Some(b'[') => self.array(id)?,
            Some(b'"') => {
                self.scan_string(None)?;
            }
            Some(b't') => self.literal("true")?,
            Some(b'f') => self.literal("false")?,
            Some(b'n') => self.literal("null")?,
            Some(b'-' | b'0'..=b'9') => self.number()?,
            _ => {
                return Err(self.syntax(
                    "forventet en JSON-verdi (objekt, liste, tekst, tall, true, false eller null)",
                    "expected a JSON value (object, array, string, number, true, false or null)",
                ));
            }
        }
        Ok(id)
    }

    fn literal(&mut self, word: &str) -> Result<(), Error> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(self.syntax(
                "forventet en JSON-verdi; NaN, Infinity og ord uten anførselstegn er ikke JSON",
                "expected a JSON value; NaN, Infinity and bare words are not JSON",
            ))
        }
    }

    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > self.limits.max_depth {
            return Err(self.error_at(
                ErrorCode::DepthLimit,
                self.pos,
                format!(
                    "nøsting dypere enn grensen på {} nivåer",
                    self.limits.max_depth
                ),
                format!(
                    "nesting deeper than the limit of {} levels",
                    self.limits.max_depth
                ),
            ));
        }
        Ok(())
    }

    /// Closes an array or object: its children, pushed on the stack since
    /// `base`, move to the index.
    fn close(&mut self, id: u32, base: usize) {
        let at = to_u32(self.index.kids.len());
        let len = to_u32(self.stack.len() - base);
        self.index.kids.extend(self.stack.drain(base..));
        let span = to_u32(self.index.spans.len());
        self.index.spans.push(Span { at, len });
        if let Some(e) = self.index.nodes.get_mut(id as usize) {
            e.span = span;
        }
        self.depth -= 1;
    }

    fn array(&mut self, id: u32) -> Result<(), Error> {
        self.enter()?;
        self.pos += 1;
        let base = self.stack.len();
        self.skip_ws();
        if self.bytes.get(self.pos) == Some(&b']') {
            self.pos += 1;
            self.close(id, base);
            return Ok(());
        }
        loop {
            self.skip_ws();
            self.pointer.push(Seg::Index(self.stack.len() - base));
            let child = self.value()?;
            self.stack.push(child);
            self.pointer.pop();
            self.skip_ws();
            match self.bytes.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    break;
                }
                _ => {
                    return Err(self.syntax(
                        "forventet ',' eller ']' i en liste",
                        "expected ',' or ']' in an array",
                    ));
                }
            }
        }
        self.close(id, base);
        Ok(())
    }

    /// A key: borrowed from the text unless it holds an escape.
    fn key(&mut self) -> Result<Cow<'a, str>, Error> {
        let open = self.pos;
        if !self.scan_string(None)? {
            return Ok(Cow::Borrowed(
                self.text.get(open + 1..self.pos - 1).unwrap_or(""),
            ));
        }
        self.pos = open;
        let mut out = String::new();
        self.scan_string(Some(&mut out))?;
        Ok(Cow::Owned(out))
    }

    fn object(&mut self, id: u32) -> Result<(), Error> {
        self.enter()?;
        self.pos += 1;
        let base = self.stack.len();
        let keys_base = self.keys.len();
        // Duplicate keys: a linear scan while the object is small (most are),
        // a hash set of the keys once it is large.
        let mut seen: Option<std::collections::HashSet<Cow<'a, str>>> = None;
        self.skip_ws();
        if self.bytes.get(self.pos) == Some(&b'}') {
            self.pos += 1;
            self.close(id, base);
            return Ok(());
        }
        loop {
            self.skip_ws();
            if self.bytes.get(self.pos) != Some(&b'"') {
                return Err(self.syntax(
                    "forventet en nøkkel i doble anførselstegn",
                    "expected a key in double quotes",
                ));
            }
            let key_start = self.pos;
            let key = self.key()?;
            let duplicate = match &mut seen {
                Some(set) => !set.insert(key.clone()),
                None => {
                    let open = &self.keys[keys_base..];
                    let dup = open.contains(&key);
                    if dup {
                        true
                    } else if open.len() >= 16 {
                        let mut set: std::collections::HashSet<Cow<'a, str>> =
                            self.keys.drain(keys_base..).collect();
                        set.insert(key.clone());
                        seen = Some(set);
                        false
                    } else {
                        self.keys.push(key.clone());
                        false
                    }
                }
            };
            if duplicate {
                self.pointer.push(Seg::Key(key_start));
                let err = self.error_at(
                    ErrorCode::DuplicateKey,
                    key_start,
                    format!("nøkkelen «{key}» står to ganger i samme objekt; bare én verdi kan beholdes, så ingen blir det"),
                    format!("the key \"{key}\" appears twice in the same object; only one value can be kept, so neither is"),
                );
                return Err(err);
            }
            self.skip_ws();
            if self.bytes.get(self.pos) != Some(&b':') {
                return Err(
                    self.syntax("forventet ':' etter en nøkkel", "expected ':' after a key")
                );
            }
            self.pos += 1;
            self.skip_ws();
            self.pointer.push(Seg::Key(key_start));
            let child = self.value()?;
            self.pointer.pop();
            if let Some(e) = self.index.nodes.get_mut(child as usize) {
                e.key = to_u32(key_start);
            }
            self.stack.push(child);
            self.skip_ws();
            match self.bytes.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                _ => {
                    return Err(self.syntax(
                        "forventet ',' eller '}' i et objekt",
                        "expected ',' or '}' in an object",
                    ));
                }
            }
        }
        self.keys.truncate(keys_base);
        self.close(id, base);
        Ok(())
    }

    /// Reads a string from its opening quote, checking it and its length
    /// after unescaping; writes it to `out` when one is given. Returns
    /// whether it held an escape.
    fn scan_string(&mut self, mut out: Option<&mut String>) -> Result<bool, Error> {
        let open = self.pos;
        self.pos += 1;
        let mut len = 0usize;
        let mut escaped = false;
        loop {
            // The run of plain bytes in one go.
            let run_start = self.pos;
            self.pos = plain_run(self.bytes, self.pos);
            len += self.pos - run_start;
            if let Some(out) = out.as_deref_mut() {
                out.push_str(&self.text[run_start..self.pos]);
            }
            if len > self.limits.max_string_bytes {
                return Err(self.error_at(
                    ErrorCode::StringLimit,
                    open,
                    format!(
                        "en tekst lengre enn grensen på {} byte",
                        self.limits.max_string_bytes
                    ),
                    format!(
                        "a string longer than the limit of {} bytes",
                        self.limits.max_string_bytes
                    ),
                ));
            }
            match self.bytes.get(self.pos) {
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(escaped);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    escaped = true;
                    let c = self.escape()?;
                    len += c.len_utf8();
                    if let Some(out) = out.as_deref_mut() {
                        out.push(c);
                    }
                }
                Some(_) => {
                    return Err(self.syntax(
                        "et kontrolltegn må skrives med escape inne i en tekst",
                        "a control character must be escaped inside a string",
                    ));
                }
                None => {
                    return Err(self.error_at(
                        ErrorCode::Syntax,
                        open,
                        "en tekst blir aldri avsluttet".to_string(),
                        "a string is never closed".to_string(),
                    ));
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char, Error> {
        let c = match self.bytes.get(self.pos) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let hi = self.hex4()?;
                if (0xD800..0xDC00).contains(&hi) {
                    if self.bytes[self.pos..].starts_with(b"\\u") {
                        self.pos += 2;
                        let lo = self.hex4()?;
                        if (0xDC00..0xE000).contains(&lo) {
                            let code = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                            return char::from_u32(code).ok_or_else(|| self.bad_surrogate());
                        }
                    }
                    return Err(self.bad_surrogate());
                }
                return char::from_u32(hi).ok_or_else(|| self.bad_surrogate());
            }
            _ => {
                return Err(self.syntax(
                    "en ukjent escape-sekvens i en tekst",
                    "an unknown escape sequence in a string",
                ));
            }
        };
        self.pos += 1;
        Ok(c)
    }

    fn bad_surrogate(&self) -> Error {
        self.syntax(
            "en \\u-escape er et enslig UTF-16-surrogat, som ikke er et tegn",
            "a \\u escape is a lone UTF-16 surrogate, which is not a character",
        )
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .and_then(|d| std::str::from_utf8(d).ok());
        match digits.and_then(|d| u32::from_str_radix(d, 16).ok()) {
            Some(v) if digits.is_some_and(|d| d.bytes().all(|b| b.is_ascii_hexdigit())) => {
                self.pos += 4;
                Ok(v)
            }
            _ => Err(self.syntax(
                "\\u må følges av fire heksadesimale sifre",
                "\\u must be followed by four hex digits",
            )),
        }
    }

    fn number(&mut self) -> Result<(), Error> {
        let start = self.pos;
        if self.bytes[self.pos] == b'-' {
            self.pos += 1;
        }
        match self.bytes.get(self.pos) {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.syntax("et tall trenger sifre", "a number needs digits")),
        }
        if self.bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if !matches!(self.bytes.get(self.pos), Some(b'0'..=b'9')) {
                return Err(self.syntax(
                    "et desimaltegn må følges av sifre",
                    "a decimal point must be followed by digits",
                ));
            }
            self.digits();
        }
        if let Some(b'e' | b'E') = self.bytes.get(self.pos) {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.bytes.get(self.pos) {
                self.pos += 1;
            }
            if !matches!(self.bytes.get(self.pos), Some(b'0'..=b'9')) {
                return Err(self.syntax("en eksponent må ha sifre", "an exponent must have digits"));
            }
            self.digits();
        }
        let raw = &self.text[start..self.pos];
        match number_of(raw) {
            Some(_) => Ok(()),
            None => Err(self.error_at(
                ErrorCode::NumberOutOfRange,
                start,
                format!("tallet {raw} er for stort til å representeres"),
                format!("the number {raw} is too large to represent"),
            )),
        }
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }
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
mod tests {
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
            (e.code, e.line, e.column, e.pointer.as_str()),
            (ErrorCode::DuplicateKey, Some(3), Some(3), "/a")
        );
        // The same key spelt with an escape is the same key.
        let e = p(r#"{"a/b": {"x": 1, "\u0078": 2}}"#).expect_err("dup escaped");
        assert_eq!(
            (e.code, e.pointer.as_str()),
            (ErrorCode::DuplicateKey, "/a~1b/x")
        );
        // Duplicates in a large object (the hash set).
        let mut big: Vec<String> = (0..40).map(|i| format!("\"k{i}\": {i}")).collect();
        big.push("\"k3\": 0".into());
        let e = p(&format!("{{{}}}", big.join(","))).expect_err("dup large");
        assert_eq!(
            (e.code, e.pointer.as_str()),
            (ErrorCode::DuplicateKey, "/k3")
        );
        let e = p("[1e400]").expect_err("range");
        assert_eq!(
            (e.code, e.pointer.as_str()),
            (ErrorCode::NumberOutOfRange, "/0")
        );
        let e = p("{\"x\": NaN}").expect_err("nan");
        assert_eq!((e.code, e.column), (ErrorCode::Syntax, Some(7)));
        let e = p(" \n ").expect_err("empty");
        assert_eq!(e.code, ErrorCode::Empty);
        let deep = "[".repeat(10_000);
        assert_eq!(p(&deep).expect_err("deep").code, ErrorCode::DepthLimit);
        assert_eq!(
            p("\"\\ud800\"").expect_err("surrogate").code,
            ErrorCode::Syntax
        );
        assert_eq!(p("{} x").expect_err("trailing").code, ErrorCode::Syntax);
    }

    #[test]
    fn limits_apply() {
        let limits = Limits {
            max_string_bytes: 4,
            ..Limits::default()
        };
        assert_eq!(
            parse("\"abcdef\"", &limits).expect_err("long").code,
            ErrorCode::StringLimit
        );
        // Counted after unescaping: six escapes of one byte each.
        assert_eq!(
            parse(r#""\n\n\n\n\n\n""#, &limits).expect_err("long").code,
            ErrorCode::StringLimit
        );
        assert!(parse(r#""\n\n\n\n""#, &limits).is_ok());
        let limits = Limits {
            max_bytes: 3,
            ..Limits::default()
        };
        assert_eq!(
            decode(b"[1, 2]", &limits).expect_err("big").code,
            ErrorCode::SizeLimit
        );
        assert_eq!(
            decode(b"[\"\xff\"]", &Limits::default())
                .expect_err("utf8")
                .code,
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
}
