//! The parser: one pass over the text into the [`Index`] of values, keys and
//! their offsets, refusing duplicate keys and what the limits forbid.

use super::*;

/// A step of the path to the value being read, for error messages: the
/// offset of a key, or an array index.
pub(super) enum Seg {
    Key(usize),
    Index(usize),
}

pub(super) struct Parser<'a> {
    pub(super) text: &'a str,
    pub(super) bytes: &'a [u8],
    pub(super) pos: usize,
    pub(super) depth: usize,
    pub(super) limits: &'a Limits,
    pub(super) pointer: Vec<Seg>,
    pub(super) index: Index,
    /// Children of the arrays and objects still open, innermost last.
    pub(super) stack: Vec<u32>,
    /// Keys of the objects still open, for finding duplicates.
    pub(super) keys: Vec<Cow<'a, str>>,
}

impl<'a> Parser<'a> {
    pub(super) fn new(text: &'a str, limits: &'a Limits) -> Self {
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

    pub(super) fn pointer(&self) -> String {
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

    pub(super) fn error_at(&self, code: ErrorCode, offset: usize, nb: String, en: String) -> Error {
        let (line, column) = LineIndex::new(self.text).position(self.text, offset);
        Error::new(code, nb, en).at(self.pointer(), line, column)
    }

    pub(super) fn syntax(&self, nb: &str, en: &str) -> Error {
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

    pub(super) fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// Reads a value, enters it in the index and returns its entry.
    pub(super) fn value(&mut self) -> Result<u32, Error> {
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

    pub(super) fn literal(&mut self, word: &str) -> Result<(), Error> {
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

    pub(super) fn enter(&mut self) -> Result<(), Error> {
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
    pub(super) fn close(&mut self, id: u32, base: usize) {
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

    pub(super) fn array(&mut self, id: u32) -> Result<(), Error> {
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
    pub(super) fn key(&mut self) -> Result<Cow<'a, str>, Error> {
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

    pub(super) fn object(&mut self, id: u32) -> Result<(), Error> {
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
    pub(super) fn scan_string(&mut self, mut out: Option<&mut String>) -> Result<bool, Error> {
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

    pub(super) fn escape(&mut self) -> Result<char, Error> {
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

    pub(super) fn bad_surrogate(&self) -> Error {
        self.syntax(
            "en \\u-escape er et enslig UTF-16-surrogat, som ikke er et tegn",
            "a \\u escape is a lone UTF-16 surrogate, which is not a character",
        )
    }

    pub(super) fn hex4(&mut self) -> Result<u32, Error> {
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

    pub(super) fn number(&mut self) -> Result<(), Error> {
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

    pub(super) fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }
}
