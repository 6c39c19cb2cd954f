//! A strict JSON reader that keeps positions.
//!
//! `serde_json` keeps the last of two equal keys and forgets where a value
//! stood. This reader rejects duplicate keys, enforces size, depth and string
//! limits, and records the byte offset of every value and key, so that every
//! later error or finding can name a JSON pointer, a line and a column.

use crate::error::{Error, ErrorCode};

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

/// A JSON value with the byte offset where it starts.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub start: usize,
    pub value: Value,
}

/// An object member: the key, where the key starts, and the value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Member {
    pub key: String,
    pub key_start: usize,
    pub node: Node,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Node>),
    Object(Vec<Member>),
}

impl Value {
    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        }
    }
}

impl Node {
    /// The member of an object by key.
    pub(crate) fn get(&self, key: &str) -> Option<&Node> {
        match &self.value {
            Value::Object(members) => members.iter().find(|m| m.key == key).map(|m| &m.node),
            _ => None,
        }
    }

    /// Follows a JSON pointer as far as it resolves; returns the offset of
    /// the deepest value reached and whether the whole pointer resolved.
    pub(crate) fn locate(&self, pointer: &str) -> (usize, bool) {
        let mut node = self;
        if pointer.is_empty() {
            return (node.start, true);
        }
        for seg in crate::pointer::segments(pointer) {
            let next = match &node.value {
                Value::Object(members) => members.iter().find(|m| m.key == seg).map(|m| &m.node),
                Value::Array(items) => seg.parse::<usize>().ok().and_then(|i| items.get(i)),
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => return (node.start, false),
            }
        }
        (node.start, true)
    }
}

/// Line starts of a text, to turn byte offsets into 1-based line and column
/// (the column counts Unicode scalar values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    pub(crate) fn position(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.starts[line];
        let column = text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
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

/// Reads one JSON document.
pub(crate) fn parse(text: &str, limits: &Limits) -> Result<Node, Error> {
    check_size(text.len(), limits)?;
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        depth: 0,
        limits,
        pointer: Vec::new(),
    };
    p.skip_ws();
    if p.pos == p.bytes.len() {
        return Err(Error::new(
            ErrorCode::Empty,
            "dokumentet er tomt: forventet et JSON-objekt",
            "the input is empty: expected a JSON object",
        )
        .at_position(1, 1));
    }
    let node = p.value()?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.syntax(
            "uventet tekst etter slutten av dokumentet",
            "unexpected text after the end of the document",
        ));
    }
    Ok(node)
}

fn check_size(len: usize, limits: &Limits) -> Result<(), Error> {
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

enum Seg {
    Key(String),
    Index(usize),
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    limits: &'a Limits,
    pointer: Vec<Seg>,
}

impl Parser<'_> {
    fn pointer(&self) -> String {
        let mut out = String::new();
        for seg in &self.pointer {
            out.push('/');
            match seg {
                Seg::Key(k) => out.push_str(&crate::pointer::escape(k)),
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

    fn value(&mut self) -> Result<Node, Error> {
        let start = self.pos;
        let value = match self.bytes.get(self.pos) {
            Some(b'{') => self.object()?,
            Some(b'[') => self.array()?,
            Some(b'"') => Value::String(self.string()?),
            Some(b't') => self.literal("true", Value::Bool(true))?,
            Some(b'f') => self.literal("false", Value::Bool(false))?,
            Some(b'n') => self.literal("null", Value::Null)?,
            Some(b'-' | b'0'..=b'9') => Value::Number(self.number()?),
            _ => {
                return Err(self.syntax(
                    "forventet en JSON-verdi (objekt, liste, tekst, tall, true, false eller null)",
                    "expected a JSON value (object, array, string, number, true, false or null)",
                ));
            }
        };
        Ok(Node { start, value })
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Error> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(value)
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

    fn array(&mut self) -> Result<Value, Error> {
        self.enter()?;
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.bytes.get(self.pos) == Some(&b']') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            self.pointer.push(Seg::Index(items.len()));
            items.push(self.value()?);
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
        self.depth -= 1;
        Ok(Value::Array(items))
    }

    fn object(&mut self) -> Result<Value, Error> {
        self.enter()?;
        self.pos += 1;
        let mut members: Vec<Member> = Vec::new();
        // Duplicate keys: a linear scan while the object is small (most are),
        // a hash set of the keys once it is large.
        let mut seen: Option<std::collections::HashSet<String>> = None;
        self.skip_ws();
        if self.bytes.get(self.pos) == Some(&b'}') {
            self.pos += 1;
            self.depth -= 1;
            return Ok(Value::Object(members));
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
            let key = self.string()?;
            let duplicate = match &mut seen {
                Some(set) => !set.insert(key.clone()),
                None => {
                    let dup = members.iter().any(|m| m.key == key);
                    if !dup && members.len() >= 16 {
                        let mut set: std::collections::HashSet<String> =
                            members.iter().map(|m| m.key.clone()).collect();
                        set.insert(key.clone());
                        seen = Some(set);
                    }
                    dup
                }
            };
            if duplicate {
                self.pointer.push(Seg::Key(key.clone()));
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
            self.pointer.push(Seg::Key(key.clone()));
            let node = self.value()?;
            self.pointer.pop();
            members.push(Member {
                key,
                key_start,
                node,
            });
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
        self.depth -= 1;
        Ok(Value::Object(members))
    }

    fn string(&mut self) -> Result<String, Error> {
        let open = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            // Copy the run of plain bytes in one go.
            let run_start = self.pos;
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.text[run_start..self.pos]);
            if out.len() > self.limits.max_string_bytes {
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
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = self.escape()?;
                    out.push(c);
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

    fn number(&mut self) -> Result<Number, Error> {
        let start = self.pos;
        let negative = self.bytes[self.pos] == b'-';
        if negative {
            self.pos += 1;
        }
        match self.bytes.get(self.pos) {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.syntax("et tall trenger sifre", "a number needs digits")),
        }
        let mut float = false;
        if self.bytes.get(self.pos) == Some(&b'.') {
            float = true;
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
            float = true;
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
        if !float {
            if negative {
                if let Ok(v) = raw.parse::<i64>() {
                    return Ok(Number::NegInt(v));
                }
            } else if let Ok(v) = raw.parse::<u64>() {
                return Ok(Number::PosInt(v));
            }
        }
        match raw.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(Number::Float(v)),
            _ => Err(self.error_at(
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

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Result<Node, Error> {
        parse(s, &Limits::default())
    }

    #[test]
    fn reads_values_with_offsets() {
        let n = p(r#"{"a": [1, -2, 3.5, "x\u00e6", true, null]}"#).expect("valid");
        let a = n.get("a").expect("a");
        assert_eq!(a.start, 6);
        let Value::Array(items) = &a.value else {
            panic!("array")
        };
        assert_eq!(items[0].value, Value::Number(Number::PosInt(1)));
        assert_eq!(items[1].value, Value::Number(Number::NegInt(-2)));
        assert_eq!(items[3].value, Value::String("xæ".into()));
    }

    #[test]
    fn errors_have_codes_and_positions() {
        let e = p("{\n  \"a\": 1,\n  \"a\": 2\n}").expect_err("dup");
        assert_eq!(
            (e.code, e.line, e.column, e.pointer.as_str()),
            (ErrorCode::DuplicateKey, Some(3), Some(3), "/a")
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
    fn pointers_locate() {
        let n = p("{\"a\": {\"b/c\": [0, 1]}}").expect("valid");
        assert_eq!(n.locate("/a/b~1c/1"), (18, true));
        assert!(!n.locate("/a/zz").1);
    }
}

/// The reader on its own, as a `serde_json::Value`: `None` where it refuses
/// the input (for the differential fuzz target).
#[cfg(feature = "fuzzing")]
pub(crate) fn fuzz_value(bytes: &[u8]) -> Option<serde_json::Value> {
    fn to_serde(n: &Node) -> serde_json::Value {
        use serde_json::Value as J;
        match &n.value {
            Value::Null => J::Null,
            Value::Bool(b) => J::Bool(*b),
            Value::Number(Number::PosInt(u)) => J::from(*u),
            Value::Number(Number::NegInt(i)) => J::from(*i),
            Value::Number(Number::Float(f)) => {
                serde_json::Number::from_f64(*f).map_or(J::Null, J::Number)
            }
            Value::String(s) => J::String(s.clone()),
            Value::Array(items) => J::Array(items.iter().map(to_serde).collect()),
            Value::Object(members) => J::Object(
                members
                    .iter()
                    .map(|m| (m.key.clone(), to_serde(&m.node)))
                    .collect(),
            ),
        }
    }
    let limits = Limits::default();
    let (text, _) = decode(bytes, &limits).ok()?;
    parse(text, &limits).ok().map(|n| to_serde(&n))
}
