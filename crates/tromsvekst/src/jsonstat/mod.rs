//! Indicator figures from JSON-stat 2.0 datasets, the format Statistics
//! Norway's PxWebApi v2 returns with `outputformat=json-stat2`.
//!
//! A [`Mapping`] says which cells make an indicator: one or more category
//! codes per dimension (several codes are summed, e.g. the municipalities of
//! a region), and the time dimension gives the years. Errors name the place
//! in the dataset (JSON pointer, line, column) or in the mapping.

mod dataset;

pub use dataset::Dataset;

use crate::de::{De, Path};
use crate::document::ParseOptions;
use crate::error::{Error, ErrorCode};
use crate::json::{self, LineIndex};
use crate::model::IndicatorSet;
use crate::suggest::closest;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which cells of a dataset make an indicator's observations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The indicator the observations are for, by id.
    pub indicator: String,
    /// Category codes to take, per dimension id; several codes in one
    /// dimension are summed. Every dimension but the time dimension must be
    /// given unless it has only one category.
    pub select: BTreeMap<String, Vec<String>>,
    /// The time dimension; default: the dataset's `role.time`, else a dimension named `Tid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    /// The table id to record as the source; default: the dataset's `extension.px.tableid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    /// The publisher to record; default: the dataset's `source`, else `SSB`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
}

crate::model::kind_tag!(
    /// The `kind` of a mappings file.
    MappingsKind,
    JsonstatMapping,
    "jsonstat_mapping"
);

/// A set of mappings, as kept in a file: a document of kind
/// `jsonstat_mapping` with its own schema (`schemas/jsonstat_mapping.schema.json`).
/// `kind` and `schema_version` may be left out (files written before they
/// existed read as before); a `schema_version` other than `1.x` is refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Mappings {
    /// `jsonstat_mapping`, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<MappingsKind>,
    /// The format version, `1.x`, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(regex(pattern = r"^1\.[0-9]+$"))]
    pub schema_version: Option<String>,
    /// The mappings.
    pub mappings: Vec<Mapping>,
}

/// Reads a mappings file (`{"mappings": [...]}`), strictly.
pub fn parse_mappings(bytes: &[u8], name: &str) -> Result<Mappings, Error> {
    let limits = ParseOptions::default().limits;
    let named = |e: Error| e.in_document(name);
    let (text, _) = json::decode(bytes, &limits).map_err(named)?;
    let index = json::parse(text, &limits).map_err(named)?;
    let root = index.root(text);
    let lines = LineIndex::new(text);
    let mappings = <Mappings as serde::Deserialize>::deserialize(De {
        node: root,
        path: Path::Root,
    })
    .map_err(|e| {
        e.located(|offset| lines.position(text, offset))
            .in_document(name)
    })?;
    if let Some(v) = mappings.schema_version.as_deref() {
        let major = v.split('.').next().and_then(|m| m.parse::<u64>().ok());
        if major != Some(crate::document::SUPPORTED_MAJOR) || !v.contains('.') {
            let (offset, _) = root.locate("/schema_version");
            let (line, column) = lines.position(text, offset);
            return Err(Error::new(
                ErrorCode::UnsupportedVersion,
                format!("schema_version «{v}» leses ikke: denne utgaven leser 1.x"),
                format!("schema_version \"{v}\" is not read: this library reads 1.x"),
            )
            .at("/schema_version".into(), line, column)
            .in_document(name));
        }
    }
    Ok(mappings)
}

/// Puts the observations each mapping selects into its indicator, replacing
/// observations of the same year; an unknown indicator is an error.
pub fn apply(
    set: &mut IndicatorSet,
    dataset: &Dataset,
    mappings: &Mappings,
) -> Result<usize, Error> {
    let mut added = 0;
    for (i, m) in mappings.mappings.iter().enumerate() {
        let place = |e: Error| {
            if e.pointer().is_empty() {
                let at = crate::pointer::ptr!["mappings", i];
                e.at_pointer(&at)
            } else {
                e
            }
        };
        let Some(indicator) = set.indicators.iter_mut().find(|i| i.id == m.indicator) else {
            let known: Vec<&str> = set.indicators.iter().map(|i| i.id.as_str()).collect();
            let hint = closest(&m.indicator, known.iter().copied())
                .map(|s| format!("; did you mean \"{s}\"?"))
                .unwrap_or_default();
            return Err(place(Error::new(
                ErrorCode::JsonStatInvalid,
                format!(
                    "koblingen viser til indikatoren «{}», som indikatorsettet ikke har",
                    m.indicator
                ),
                format!(
                    "the mapping names the indicator \"{}\", which the indicator set does not have{hint}",
                    m.indicator
                ),
            )));
        };
        for o in dataset.observations(m).map_err(place)? {
            indicator.observations.retain(|x| x.year != o.year);
            indicator.observations.push(o);
            added += 1;
        }
        crate::order::sort_by_key(&mut indicator.observations, |o| o.year);
    }
    Ok(added)
}

/// Reads a dataset, its mappings and an indicator set, and returns the
/// indicator set with the dataset's figures put in.
pub fn apply_files(
    dataset: (&str, &[u8]),
    mappings: (&str, &[u8]),
    indicators: (&str, &[u8]),
) -> Result<crate::document::Document<IndicatorSet>, Error> {
    let data = Dataset::parse(dataset.1, dataset.0)?;
    let maps = parse_mappings(mappings.1, mappings.0)?;
    let mut set =
        crate::document::parse_indicators(indicators.1, indicators.0, &ParseOptions::default())?;
    apply(&mut set.value, &data, &maps).map_err(|e| {
        if e.document().is_some() {
            e
        } else {
            e.in_document(mappings.0)
        }
    })?;
    // The figures are new: positions in the old text would mislead.
    set.source = None;
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DATA: &str = r#"{
      "version": "2.0", "class": "dataset", "source": "Statistics Norway", "updated": "2026-02-20T07:00:00Z",
      "id": ["Region", "ContentsCode", "Tid"], "size": [2, 1, 2],
      "dimension": {
        "Region": {"category": {"index": {"A": 0, "B": 1}}},
        "ContentsCode": {"category": {"index": ["Personer"]}},
        "Tid": {"category": {"index": ["2024", "2025"]}}
      },
      "value": [10, 11, 20, null],
      "role": {"time": ["Tid"], "geo": ["Region"], "metric": ["ContentsCode"]},
      "extension": {"px": {"tableid": "07459"}}
    }"#;

    fn mapping(select: &[(&str, &[&str])]) -> Mapping {
        Mapping {
            indicator: "x".into(),
            select: select
                .iter()
                .map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect()))
                .collect(),
            time: None,
            table: None,
            publisher: None,
        }
    }

    #[test]
    fn sums_and_years() {
        let d = Dataset::parse(DATA.as_bytes(), "d.json").expect("dataset");
        let obs = d
            .observations(&mapping(&[("Region", &["A", "B"])]))
            .expect("obs");
        let got: Vec<(i32, Option<f64>)> = obs.iter().map(|o| (o.year, o.value)).collect();
        assert_eq!(got, [(2024, Some(30.0)), (2025, Some(11.0))]);
        let src = obs[0].source.as_ref().expect("source");
        assert_eq!(
            (src.table.as_deref(), src.updated.map(|d| d.to_string())),
            (Some("07459"), Some("2026-02-20".into()))
        );
        assert_eq!(
            d.observations(&mapping(&[])).expect_err("choose").code(),
            ErrorCode::JsonStatDimension
        );
        assert_eq!(
            d.observations(&mapping(&[("Region", &["C"])]))
                .expect_err("code")
                .code(),
            ErrorCode::JsonStatCategory
        );
        assert_eq!(
            d.observations(&mapping(&[("Regin", &["A"])]))
                .expect_err("dim")
                .code(),
            ErrorCode::JsonStatDimension
        );
    }

    #[test]
    fn bad_datasets() {
        let e = Dataset::parse(
            DATA.replace("[10, 11, 20, null]", "[10, 11, 20]")
                .as_bytes(),
            "d.json",
        )
        .expect_err("size");
        assert_eq!((e.code(), e.pointer()), (ErrorCode::JsonStatSize, "/value"));
        let e = Dataset::parse(
            DATA.replace("[10, 11, 20, null]", r#"{"0": 1, "9": 2}"#)
                .as_bytes(),
            "d.json",
        )
        .expect_err("sparse");
        assert_eq!(
            (e.code(), e.pointer()),
            (ErrorCode::JsonStatIndex, "/value/9")
        );
        let d = Dataset::parse(
            DATA.replace(
                r#""role": {"time": ["Tid"], "geo": ["Region"], "metric": ["ContentsCode"]},"#,
                "",
            )
            .replace("\"Tid\"", "\"Aar\"")
            .as_bytes(),
            "d.json",
        )
        .expect("no role");
        assert_eq!(
            d.observations(&mapping(&[("Region", &["A"])]))
                .expect_err("time")
                .code(),
            ErrorCode::JsonStatNoTime
        );
    }
}
