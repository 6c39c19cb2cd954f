//! Exact amounts of Norwegian kroner.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use std::borrow::Cow;
use std::fmt;

/// An amount in Norwegian kroner, held exactly in øre (never a float).
///
/// In JSON it is a string with at most two decimals (`"1250000.50"`) or a
/// whole number of kroner (`1250000`). Negative amounts and fractions of an
/// øre are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Nok {
    ore: i64,
}

/// The expectation text; it starts with `de::AMOUNT_EXPECTED` so that a bad
/// amount gets its own error code.
const EXPECTED: &str = "an amount in NOK: a string with at most two decimals, such as \"1250000.50\", or a whole number of kroner";

impl Nok {
    /// An amount in øre.
    pub fn from_ore(ore: i64) -> Option<Nok> {
        (ore >= 0).then_some(Nok { ore })
    }

    /// The amount in øre.
    pub fn ore(self) -> i64 {
        self.ore
    }

    /// Adds, if the sum fits.
    pub fn checked_add(self, other: Nok) -> Option<Nok> {
        self.ore.checked_add(other.ore).map(|ore| Nok { ore })
    }
}

impl std::str::FromStr for Nok {
    type Err = ();
    fn from_str(s: &str) -> Result<Nok, ()> {
        let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
        if whole.is_empty()
            || whole.len() > 17
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || frac.len() > 2
            || (s.contains('.') && frac.is_empty())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(());
        }
        let kroner: i64 = whole.parse().map_err(|_| ())?;
        let ore: i64 = format!("{frac:0<2}").parse().map_err(|_| ())?;
        kroner
            .checked_mul(100)
            .and_then(|k| k.checked_add(ore))
            .map(|ore| Nok { ore })
            .ok_or(())
    }
}

impl fmt::Display for Nok {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.ore / 100, self.ore % 100)
    }
}

impl Serialize for Nok {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

struct NokVisitor;

impl de::Visitor<'_> for NokVisitor {
    type Value = Nok;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(EXPECTED)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Nok, E> {
        v.parse()
            .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Nok, E> {
        i64::try_from(v)
            .ok()
            .and_then(|k| k.checked_mul(100))
            .map(|ore| Nok { ore })
            .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Nok, E> {
        Err(E::invalid_value(de::Unexpected::Signed(v), &self))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Nok, E> {
        Err(E::invalid_value(de::Unexpected::Float(v), &self))
    }
}

impl<'de> Deserialize<'de> for Nok {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Nok, D::Error> {
        d.deserialize_any(NokVisitor)
    }
}

impl JsonSchema for Nok {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Nok")
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An amount in NOK, exact: a string with at most two decimals, or a whole number of kroner.",
            "oneOf": [
                {"type": "string", "pattern": "^[0-9]{1,17}(\\.[0-9]{1,2})?$"},
                {"type": "integer", "minimum": 0, "maximum": 9_000_000_000_000_000u64}
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact() {
        assert_eq!("1250000.5".parse::<Nok>().map(|n| n.ore()), Ok(125_000_050));
        assert_eq!(
            "0.05".parse::<Nok>().map(|n| n.to_string()),
            Ok("0.05".into())
        );
        assert!("1.005".parse::<Nok>().is_err());
        assert!("-1".parse::<Nok>().is_err());
        assert!("1.".parse::<Nok>().is_err());
        assert!("".parse::<Nok>().is_err());
    }
}
