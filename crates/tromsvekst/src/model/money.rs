//! Exact amounts of Norwegian kroner.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use std::borrow::Cow;
use std::fmt;

/// An amount in Norwegian kroner, held exactly in øre (never a float).
///
/// In JSON it is a string with at most two decimals (`"1250000.50"`) or a
/// whole number of kroner (`1250000`, or `1250000.0`), up to
/// [`Nok::MAX_KRONER`]. Negative amounts and fractions of an øre are refused.
/// The JSON Schema accepts exactly what this reads (a test checks both sides).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Nok {
    ore: i64,
}

/// The expectation text; it starts with `de::AMOUNT_EXPECTED` so that a bad
/// amount gets its own error code.
const EXPECTED: &str = "an amount in NOK: a string with at most two decimals, such as \"1250000.50\", or a whole number of kroner";

impl Nok {
    /// The largest amount read, in whole kroner: fifteen digits (a
    /// thousand trillion kroner), so that every amount is exact as a JSON
    /// number in every language (below 2^53) and in øre as an `i64`.
    pub const MAX_KRONER: i64 = 999_999_999_999_999;

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
            || whole.len() > 15
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
            .filter(|k| *k <= Nok::MAX_KRONER)
            .map(|k| Nok { ore: k * 100 })
            .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Nok, E> {
        Err(E::invalid_value(de::Unexpected::Signed(v), &self))
    }
    /// A whole number written with a fraction or an exponent (`1500000.0`,
    /// `1.5e6`) is a whole number of kroner, as JSON Schema's `integer` says.
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Nok, E> {
        if v.is_finite() && v.fract() == 0.0 && (0.0..=Nok::MAX_KRONER as f64).contains(&v) {
            Ok(Nok {
                ore: v as i64 * 100,
            })
        } else {
            Err(E::invalid_value(de::Unexpected::Float(v), &self))
        }
    }
}

crate::de::read_by_serde!(Nok);

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
                {"type": "string", "pattern": "^[0-9]{1,15}(\\.[0-9]{1,2})?$"},
                {"type": "integer", "minimum": 0, "maximum": Nok::MAX_KRONER}
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
        assert!("999999999999999.99".parse::<Nok>().is_ok());
        assert!("1000000000000000".parse::<Nok>().is_err());
    }

    /// The schema's two forms accept exactly what the reader reads: checked
    /// at the edges with an independent validator (the jsonschema crate).
    #[test]
    fn schema_accepts_exactly_what_is_read() {
        let schema = serde_json::to_value(
            schemars::generate::SchemaSettings::draft2020_12()
                .into_generator()
                .into_root_schema_for::<Nok>(),
        )
        .expect("schema");
        let validator = jsonschema::validator_for(&schema).expect("valid schema");
        for text in [
            "\"0\"",
            "\"1.5\"",
            "\"1.50\"",
            "\"999999999999999.99\"",
            "\"1000000000000000\"",
            "\"1.\"",
            "\".5\"",
            "\"1.005\"",
            "\"-1\"",
            "\"1,5\"",
            "\"\"",
            "\" 1\"",
            "0",
            "1500000",
            "1500000.0",
            "1.5e6",
            "999999999999999",
            "1000000000000000",
            "1500000.5",
            "-1",
            "-0.0",
            "1e300",
            "true",
        ] {
            let json: serde_json::Value = serde_json::from_str(text).expect("json");
            let read = serde_json::from_str::<Nok>(text).is_ok();
            assert_eq!(
                validator.is_valid(&json),
                read,
                "{text}: schema and reader disagree"
            );
        }
    }
}
