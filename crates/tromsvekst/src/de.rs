//! The reader of the model from the positioned JSON tree.
//!
//! The model's structs and enums are read by [`Read`], derived by
//! `tromsvekst-derive` from the same `#[serde(...)]` attributes serde's
//! derive reads: a struct is a table of its fields filled by one loop
//! ([`De::object`]), an enum a table of its values ([`De::variant`]). The
//! values inside (texts, numbers, dates, amounts) are read through serde, by
//! the `Deserializer` below. Either way an error (unknown field, missing
//! field, wrong type, bad value) is caught here with the JSON pointer and byte
//! offset of the value being read, so every error names its place, and is
//! worded by the same `de::Error` methods serde's derive would call.

use crate::error::{Error, ErrorCode};
use crate::json::{NodeRef, Number, ValueRef};
use crate::suggest::closest;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};
use std::borrow::Cow;
use std::fmt;

/// Where a value stands, as a linked list up to the root: no allocation
/// unless an error needs the pointer.
#[derive(Clone, Copy)]
pub(crate) enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    pub(crate) fn pointer(&self) -> String {
        match self {
            Path::Root => String::new(),
            Path::Key(parent, key) => crate::pointer::child(&parent.pointer(), key),
            Path::Index(parent, i) => format!("{}/{}", parent.pointer(), i),
        }
    }
}

/// An error from typed reading, before it has a line and column.
///
/// One pointer wide: every `?` of the reader moves it, and a wide error
/// was copied word by word at each field read (most of the reader's code in
/// the WebAssembly module).
#[derive(Debug)]
pub(crate) struct DeError(Box<DeErrorData>);

/// What a [`DeError`] holds.
#[derive(Debug)]
pub(crate) struct DeErrorData {
    pub code: ErrorCode,
    pub en: String,
    pub nb: String,
    pub pointer: Option<String>,
    pub offset: Option<usize>,
}

impl std::ops::Deref for DeError {
    type Target = DeErrorData;
    fn deref(&self) -> &DeErrorData {
        &self.0
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

impl std::error::Error for DeError {}

impl DeError {
    fn new(code: ErrorCode, nb: String, en: String) -> Self {
        DeError(Box::new(DeErrorData {
            code,
            en,
            nb,
            pointer: None,
            offset: None,
        }))
    }

    /// Its parts, taken out.
    pub(crate) fn into_data(self) -> DeErrorData {
        *self.0
    }

    /// The crate's error, with the line and column `position` gives for
    /// the byte offset.
    pub(crate) fn located(self, position: impl FnOnce(usize) -> (u32, u32)) -> Error {
        let e = self.into_data();
        let (line, column) = position(e.offset.unwrap_or(0));
        Error::new(e.code, e.nb, e.en).at(e.pointer.unwrap_or_default(), line, column)
    }

    fn place(mut self, pointer: impl FnOnce() -> String, offset: usize) -> Self {
        if self.0.pointer.is_none() {
            self.0.pointer = Some(pointer());
            self.0.offset = Some(offset);
        }
        self
    }
}

/// Marker at the start of an `Expected` text that makes a bad value an
/// [`ErrorCode::InvalidDate`].
pub(crate) const DATE_EXPECTED: &str = "a date";

/// Marker at the start of an `Expected` text that makes a bad value an
/// [`ErrorCode::InvalidAmount`].
pub(crate) const AMOUNT_EXPECTED: &str = "an amount";

/// What was found, in bokmål and English.
fn unexpected(u: &Unexpected<'_>) -> (String, String) {
    match u {
        Unexpected::Bool(b) => (format!("sannhetsverdien {b}"), format!("the boolean {b}")),
        Unexpected::Unsigned(n) => (format!("tallet {n}"), format!("the number {n}")),
        Unexpected::Signed(n) => (format!("tallet {n}"), format!("the number {n}")),
        Unexpected::Float(n) => (format!("tallet {n}"), format!("the number {n}")),
        Unexpected::Str(s) => (format!("teksten «{s}»"), format!("the string \"{s}\"")),
        Unexpected::Unit => ("null".into(), "null".into()),
        Unexpected::Seq => ("en liste".into(), "an array".into()),
        Unexpected::Map => ("et objekt".into(), "an object".into()),
        other => (other.to_string(), other.to_string()),
    }
}

/// What was expected, in bokmål and English.
fn expected(exp: &dyn de::Expected) -> (String, String) {
    let s = exp.to_string();
    if let Some(name) = s.strip_prefix("struct ") {
        return (format!("et objekt ({name})"), format!("an object ({name})"));
    }
    let (nb, en) = match s.as_str() {
        "a sequence" => ("en liste", "an array"),
        "a string" => ("en tekst", "a string"),
        "a boolean" => ("true eller false", "true or false"),
        "u8" | "u16" | "u32" | "u64" | "usize" => (
            "et helt tall, null eller mer",
            "a whole number, zero or more",
        ),
        "i8" | "i16" | "i32" | "i64" | "isize" => ("et helt tall", "a whole number"),
        "f32" | "f64" => ("et tall", "a number"),
        // The expectations our own types write (in English), in bokmål.
        "a date: a real calendar day written YYYY-MM-DD" => (
            "en dato: en virkelig kalenderdag skrevet ÅÅÅÅ-MM-DD",
            s.as_str(),
        ),
        "a date as precise as known: YYYY-MM-DD, YYYY-MM or YYYY, or a span START/END of those" => {
            (
                "en dato så presis som kjent: ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, eller et tidsrom START/SLUTT av slike",
                s.as_str(),
            )
        }
        "a unit: a string, or an object with nb and en" => (
            "en enhet: en tekst, eller et objekt med nb og en",
            s.as_str(),
        ),
        "a list of category codes, or an object of code to position" => (
            "en liste med kategorikoder, eller et objekt fra kode til posisjon",
            s.as_str(),
        ),
        "a number or null" => ("et tall eller null", s.as_str()),
        "a list of cells, or an object of position to cell" => (
            "en liste med celler, eller et objekt fra posisjon til celle",
            s.as_str(),
        ),
        other if other.starts_with(AMOUNT_EXPECTED) => (
            "et beløp i kroner: en tekst med høyst to desimaler, som «1250000.50», eller et helt antall kroner",
            other,
        ),
        other => (other, other),
    };
    (nb.to_string(), en.to_string())
}

/// A list of names quoted for a message: `"a", "b"` in English, `«a», «b»` in bokmål.
fn one_of(list: &[&str], lang: crate::lang::Lang) -> String {
    list.iter()
        .map(|s| lang.pick(format!("«{s}»"), format!("\"{s}\"")))
        .collect::<Vec<_>>()
        .join(", ")
}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let m = msg.to_string();
        DeError::new(ErrorCode::InvalidValue, m.clone(), m)
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        let ((u_nb, u), (e_nb, e)) = (unexpected(&unexp), expected(exp));
        DeError::new(
            ErrorCode::InvalidType,
            format!("feil type: forventet {e_nb}, fant {u_nb}"),
            format!("wrong type: expected {e}, found {u}"),
        )
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        let ((u_nb, u), (e_nb, e)) = (unexpected(&unexp), expected(exp));
        let code = if e.starts_with(DATE_EXPECTED) {
            ErrorCode::InvalidDate
        } else if e.starts_with(AMOUNT_EXPECTED) {
            ErrorCode::InvalidAmount
        } else {
            ErrorCode::InvalidValue
        };
        DeError::new(
            code,
            format!("ugyldig verdi: forventet {e_nb}, fant {u_nb}"),
            format!("invalid value: expected {e}, found {u}"),
        )
    }

    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Self {
        let (e_nb, e) = expected(exp);
        DeError::new(
            ErrorCode::InvalidValue,
            format!("feil lengde {len}: forventet {e_nb}"),
            format!("wrong length {len}: expected {e}"),
        )
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let hint = match closest(variant, expected.iter().copied()) {
            Some(s) => (
                format!("; did you mean \"{s}\"?"),
                format!("; mente du «{s}»?"),
            ),
            None => (String::new(), String::new()),
        };
        DeError::new(
            ErrorCode::InvalidValue,
            format!(
                "ukjent verdi «{variant}»: forventet en av {}{}",
                one_of(expected, crate::lang::Lang::Nb),
                hint.1
            ),
            format!(
                "unknown value \"{variant}\": expected one of {}{}",
                one_of(expected, crate::lang::Lang::En),
                hint.0
            ),
        )
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let hint = match closest(field, expected.iter().copied()) {
            Some(s) => (
                format!("; did you mean \"{s}\"?"),
                format!("; mente du «{s}»?"),
            ),
            None => (
                format!(
                    "; known fields: {}",
                    one_of(expected, crate::lang::Lang::En)
                ),
                format!("; kjente felt: {}", one_of(expected, crate::lang::Lang::Nb)),
            ),
        };
        DeError::new(
            ErrorCode::UnknownField,
            format!("ukjent felt «{field}»{}", hint.1),
            format!("unknown field \"{field}\"{}", hint.0),
        )
    }

    fn missing_field(field: &'static str) -> Self {
        DeError::new(
            ErrorCode::MissingField,
            format!("mangler feltet «{field}»"),
            format!("missing field \"{field}\""),
        )
    }

    fn duplicate_field(field: &'static str) -> Self {
        DeError::new(
            ErrorCode::DuplicateKey,
            format!("feltet «{field}» står to ganger"),
            format!("the field \"{field}\" appears twice"),
        )
    }
}

/// Deserializes one positioned value, reading it from the text.
pub(crate) struct De<'a> {
    pub node: NodeRef<'a>,
    pub path: Path<'a>,
}

/// A model type read from the positioned tree: derived for the model's
/// structs and enums (`#[derive(Read)]`), through serde for the values inside.
pub(crate) trait Read: Sized {
    /// Reads the value at `de`.
    fn read(de: De<'_>) -> Result<Self, DeError>;

    /// The value of a field of `object` that is absent and has no
    /// `#[serde(default)]`: an error, but `None` for an `Option` (as serde).
    fn absent(object: &De<'_>, field: &'static str) -> Result<Self, DeError> {
        Err(object.place(de::Error::missing_field(field)))
    }
}

impl<T: Read> Read for Option<T> {
    fn read(de: De<'_>) -> Result<Self, DeError> {
        if de.node.is_null() {
            Ok(None)
        } else {
            T::read(de).map(Some)
        }
    }

    fn absent(_: &De<'_>, _: &'static str) -> Result<Self, DeError> {
        Ok(None)
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(de: De<'_>) -> Result<Self, DeError> {
        if !de.node.is_array() {
            return Err(de.invalid_type(&"a sequence"));
        }
        let mut out = Vec::with_capacity(de.node.len());
        let mut index = 0;
        while let Some(node) = de.node.child(index) {
            out.push(T::read(De {
                node,
                path: Path::Index(&de.path, index),
            })?);
            index += 1;
        }
        Ok(out)
    }
}

/// `Read` through the type's serde `Deserialize`, for the values inside the
/// model's structs.
macro_rules! read_by_serde {
    ($($ty:ty),* $(,)?) => {
        $(
            impl crate::de::Read for $ty {
                fn read(de: crate::de::De<'_>) -> Result<Self, crate::de::DeError> {
                    <$ty as serde::Deserialize>::deserialize(de)
                }
            }
        )*
    };
}
pub(crate) use read_by_serde;

read_by_serde!(String, bool, u8, u16, u32, u64, usize, i32, i64, f64);

impl De<'_> {
    /// Reads an object by a table of its fields: each member whose key is
    /// in `fields` goes to `each` with the key's index, an unknown key is an
    /// error when `deny_unknown` (placed at the key, as serde's derive) and
    /// passed over otherwise. `expecting` is serde's wording of the type
    /// (`struct Name`) for a value that is not an object.
    pub(crate) fn object(
        &self,
        expecting: &str,
        fields: &'static [&'static str],
        deny_unknown: bool,
        each: &mut dyn FnMut(usize, De<'_>) -> Result<(), DeError>,
    ) -> Result<(), DeError> {
        if !self.node.is_object() {
            return Err(self.invalid_type(&expecting));
        }
        let mut index = 0;
        // Documents written by this library (and most by hand) list the
        // fields in the model's order: the search starts after the field
        // found last, so it usually ends at its first comparison.
        let mut next = 0;
        while let Some(node) = self.node.child(index) {
            index += 1;
            let (key, key_start) = node.key().unwrap_or((Cow::Borrowed(""), node.start()));
            let path = Path::Key(&self.path, &key);
            let (before, after) = fields.split_at(next.min(fields.len()));
            let found = match after.iter().position(|f| *f == key) {
                Some(i) => Some(next + i),
                None => before.iter().position(|f| *f == key),
            };
            match found {
                Some(i) => {
                    next = i + 1;
                    each(i, De { node, path }).map_err(|e| self.place(e))?;
                }
                None if deny_unknown => {
                    let e: DeError = de::Error::unknown_field(&key, fields);
                    return Err(e.place(|| path.pointer(), key_start));
                }
                None => {}
            }
        }
        Ok(())
    }

    /// Reads a unit variant by the table of its values: its index in
    /// `values`. `expecting` is serde's wording of the type (`enum Name`).
    pub(crate) fn variant(
        &self,
        expecting: &str,
        values: &'static [&'static str],
    ) -> Result<usize, DeError> {
        match self.node.value() {
            ValueRef::String(s) => values
                .iter()
                .position(|v| *v == s)
                .ok_or_else(|| self.place(de::Error::unknown_variant(&s, values))),
            _ => Err(self.invalid_type(&expecting)),
        }
    }

    fn place(&self, e: DeError) -> DeError {
        e.place(|| self.path.pointer(), self.node.start())
    }

    /// A wrong-type error naming what was found.
    fn invalid_type(&self, exp: &dyn de::Expected) -> DeError {
        let value = self.node.value();
        let unexp = match &value {
            ValueRef::Null => Unexpected::Unit,
            ValueRef::Bool(b) => Unexpected::Bool(*b),
            ValueRef::Number(Number::PosInt(n)) => Unexpected::Unsigned(*n),
            ValueRef::Number(Number::NegInt(n)) => Unexpected::Signed(*n),
            ValueRef::Number(Number::Float(n)) => Unexpected::Float(*n),
            ValueRef::String(s) => Unexpected::Str(s),
            ValueRef::Array => Unexpected::Seq,
            ValueRef::Object => Unexpected::Map,
        };
        self.place(de::Error::invalid_type(unexp, exp))
    }
}

/// `deserialize_*` for numbers: a number to the visitor's method for its
/// kind (as `deserialize_any`), anything else refused.
macro_rules! numbers {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
                let result = match self.node.value() {
                    ValueRef::Number(Number::PosInt(n)) => visitor.visit_u64(n),
                    ValueRef::Number(Number::NegInt(n)) => visitor.visit_i64(n),
                    ValueRef::Number(Number::Float(n)) => visitor.visit_f64(n),
                    _ => return Err(self.invalid_type(&visitor)),
                };
                result.map_err(|e| self.place(e))
            }
        )*
    };
}

impl<'de> de::Deserializer<'de> for De<'_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let result = match self.node.value() {
            ValueRef::Null => visitor.visit_unit(),
            ValueRef::Bool(b) => visitor.visit_bool(b),
            ValueRef::Number(Number::PosInt(n)) => visitor.visit_u64(n),
            ValueRef::Number(Number::NegInt(n)) => visitor.visit_i64(n),
            ValueRef::Number(Number::Float(n)) => visitor.visit_f64(n),
            ValueRef::String(s) => visitor.visit_str(&s),
            ValueRef::Array => visitor.visit_seq(Seq {
                node: self.node,
                path: &self.path,
                index: 0,
            }),
            ValueRef::Object => visitor.visit_map(Map {
                node: self.node,
                path: &self.path,
                index: 0,
                key: Cow::Borrowed(""),
            }),
        };
        result.map_err(|e| self.place(e))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.node.is_null() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_map(visitor)
    }

    // An object goes straight to `visit_map`, not through `deserialize_any`:
    // the same result, but a struct's visitor is not made to answer every
    // other kind of value too (serde's derive writes a `visit_seq` and the
    // default refusals for each), which was a large part of the WebAssembly
    // module (BENCHMARKS.md, "Where the first module's bytes go").
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.node.is_object() {
            visitor
                .visit_map(Map {
                    node: self.node,
                    path: &self.path,
                    index: 0,
                    key: Cow::Borrowed(""),
                })
                .map_err(|e| self.place(e))
        } else {
            Err(self.invalid_type(&visitor))
        }
    }

    // An array goes straight to `visit_seq` (as objects to `visit_map`).
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        if self.node.is_array() {
            visitor
                .visit_seq(Seq {
                    node: self.node,
                    path: &self.path,
                    index: 0,
                })
                .map_err(|e| self.place(e))
        } else {
            Err(self.invalid_type(&visitor))
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match self.node.value() {
            ValueRef::String(s) => {
                let access: de::value::StrDeserializer<'_, DeError> =
                    s.as_ref().into_deserializer();
                visitor.visit_enum(access).map_err(|e| self.place(e))
            }
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_unit()
    }

    // Numbers, texts and booleans go straight to the visitor's method for
    // their kind, as `deserialize_any` would call it; any other kind is
    // refused with the error the visitor's default method gives (serde's
    // visitors for these types accept nothing else). The same results, with
    // fewer methods of each visitor made (the module's size).
    numbers! {
        deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64
        deserialize_f32 deserialize_f64
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.node.value() {
            ValueRef::Bool(b) => visitor.visit_bool(b).map_err(|e| self.place(e)),
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.node.value() {
            ValueRef::String(s) => visitor.visit_str(&s).map_err(|e| self.place(e)),
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    serde::forward_to_deserialize_any! {
        i128 u128 char bytes byte_buf unit unit_struct tuple tuple_struct identifier
    }
}

struct Seq<'a> {
    node: NodeRef<'a>,
    path: &'a Path<'a>,
    index: usize,
}

impl<'de> de::SeqAccess<'de> for Seq<'_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        let Some(node) = self.node.child(self.index) else {
            return Ok(None);
        };
        let path = Path::Index(self.path, self.index);
        self.index += 1;
        seed.deserialize(De { node, path }).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.node.len().saturating_sub(self.index))
    }
}

struct Map<'a> {
    node: NodeRef<'a>,
    path: &'a Path<'a>,
    index: usize,
    /// The key last read, for the path of its value.
    key: Cow<'a, str>,
}

impl<'de> de::MapAccess<'de> for Map<'_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        let Some(member) = self.node.child(self.index) else {
            return Ok(None);
        };
        let (key, key_start) = member.key().unwrap_or((Cow::Borrowed(""), member.start()));
        self.key = key;
        let access: de::value::StrDeserializer<'_, DeError> = self.key.as_ref().into_deserializer();
        seed.deserialize(access)
            .map(Some)
            .map_err(|e| e.place(|| Path::Key(self.path, &self.key).pointer(), key_start))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let Some(node) = self.node.child(self.index) else {
            return Err(de::Error::custom(
                "a value was asked for after the last key",
            ));
        };
        self.index += 1;
        seed.deserialize(De {
            node,
            path: Path::Key(self.path, &self.key),
        })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.node.len().saturating_sub(self.index))
    }
}
