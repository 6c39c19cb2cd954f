//! Indicators for the long-term results, in the spirit of IATI results:
//! baseline, targets per year, observations with their source, thresholds.

use super::{Text, kind_tag};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use tromsvekst_derive::Read;

kind_tag!(
    /// The `kind` of an indicator set document.
    IndicatorSetKind,
    Indicators,
    "indicators"
);

/// The indicators of an agreement.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct IndicatorSet {
    /// Always `indicators`.
    pub kind: IndicatorSetKind,
    /// The format version, `1.x`.
    #[schemars(regex(pattern = r"^1\.[0-9]+$"))]
    pub schema_version: String,
    /// Stable identifier.
    pub id: String,
    /// The id of the agreement.
    pub agreement: String,
    /// Set when the document is illustrative; says what is made up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub illustrative: Option<Text>,
    /// The indicators.
    pub indicators: Vec<Indicator>,
}

/// Measured by numbers, or by statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum IndicatorKind {
    /// Figures.
    Quantitative,
    /// Statements.
    Qualitative,
}

/// Which way is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum Direction {
    /// Higher values are better.
    HigherIsBetter,
    /// Lower values are better.
    LowerIsBetter,
}

/// A traffic light.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[derive(Read)]
pub enum Light {
    /// On track.
    Green,
    /// Watch.
    Yellow,
    /// Off track.
    Red,
}

/// How a long-term result is measured.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Indicator {
    /// Stable identifier.
    pub id: String,
    /// The name.
    pub name: Text,
    /// The long-term results it measures, by id.
    pub results: Vec<String>,
    /// Quantitative or qualitative.
    pub kind: IndicatorKind,
    /// The unit: `"personer"`, or in both languages
    /// `{"nb": "personer", "en": "persons"}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
    /// Where its figures come from (publisher, table, address); an
    /// observation may name a source of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<DataSource>,
    /// Which way is better (quantitative indicators).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
    /// The starting point.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<YearValue>,
    /// Targets per year.
    #[serde(default)]
    pub targets: Vec<YearValue>,
    /// Observations per period.
    #[serde(default)]
    pub observations: Vec<Observation>,
    /// Traffic-light bands over the value; together they must cover every
    /// value once: no gaps, no overlaps.
    #[serde(default)]
    pub thresholds: Vec<Threshold>,
    /// Adjustments of an evaluation that it carries out, by id.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<String>,
}

/// A value for a year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct YearValue {
    /// The year.
    pub year: i32,
    /// The value.
    pub value: f64,
}

/// An observed value, or statement, for a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Observation {
    /// The year observed.
    pub year: i32,
    /// The figure (quantitative indicators).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The statement (qualitative indicators).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    /// Where it comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<DataSource>,
}

/// Where figures come from: an indicator's or an observation's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct DataSource {
    /// Who publishes it (e.g. `SSB`).
    pub publisher: String,
    /// The table id (e.g. SSB table `07459`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// When the source was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<crate::date::Date>,
    /// Where to find it (e.g. the table's page at the publisher).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl DataSource {
    /// The source as a reader is told it: `SSB, tabell 07459` /
    /// `SSB, table 07459`.
    pub fn label(&self, lang: crate::lang::Lang) -> String {
        match &self.table {
            Some(t) => format!("{}, {} {t}", self.publisher, lang.pick("tabell", "table")),
            None => self.publisher.clone(),
        }
    }
}

/// A traffic-light band: values from `from` (included) to `to` (excluded).
/// An absent end is unbounded.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[derive(Read)]
pub struct Threshold {
    /// The light for values in the band.
    pub light: Light,
    /// Lowest value included; unbounded when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<f64>,
    /// First value above the band; unbounded when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<f64>,
}

impl Indicator {
    /// The light for a value, when the thresholds give one.
    pub fn light(&self, value: f64) -> Option<Light> {
        self.thresholds
            .iter()
            .find(|t| t.from.is_none_or(|f| value >= f) && t.to.is_none_or(|to| value < to))
            .map(|t| t.light)
    }

    /// The latest observation with a value.
    pub fn latest(&self) -> Option<&Observation> {
        self.observations
            .iter()
            .filter(|o| o.value.is_some() || o.text.is_some())
            .max_by_key(|o| o.year)
    }
}

/// An indicator's unit: a text in bokmål, written as a plain string
/// (`"personer"`), or with an English translation as a [`Text`]
/// (`{"nb": "personer", "en": "persons"}`). It is written back the way it
/// was given: a unit without a translation stays a string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit(pub Text);

impl Unit {
    /// The unit in a language (bokmål where there is no translation).
    pub fn get(&self, lang: crate::lang::Lang) -> &str {
        self.0.get(lang)
    }
}

impl Serialize for Unit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.0.en {
            None => s.serialize_str(&self.0.nb),
            Some(_) => self.0.serialize(s),
        }
    }
}

crate::de::read_by_serde!(Unit);

impl<'de> Deserialize<'de> for Unit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Unit, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Unit;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a unit: a string, or an object with nb and en")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Unit, E> {
                Ok(Unit(Text::nb(v)))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Unit, A::Error> {
                Text::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(Unit)
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Unit {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("Unit")
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let text = generator.subschema_for::<Text>();
        schemars::json_schema!({
            "description": "A unit: a string in bokmål, or a text in bokmål and English.",
            "oneOf": [{"type": "string"}, text]
        })
    }
}
