//! A JSON-stat 2.0 dataset, read through the same strict reader and
//! deserializer as every document, then checked: dimensions, sizes, values
//! (dense or sparse), each error at its pointer, line and column.

use super::Mapping;
use crate::de::{De, Path};
use crate::document::ParseOptions;
use crate::error::{Error, ErrorCode};
use crate::json::{self, LineIndex, NodeRef};
use crate::model::{DataSource, Observation};
use crate::suggest::closest;
use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;
use std::fmt;

/// A dimension of a dataset.
#[derive(Debug, Clone, PartialEq)]
struct Dimension {
    id: String,
    /// Category codes in index order.
    codes: Vec<String>,
}

/// A JSON-stat 2.0 dataset, checked: `size` matches `dimension` and `value`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    name: String,
    dimensions: Vec<Dimension>,
    /// Values by flat index (row-major over `id`); absent cells are `None`.
    values: BTreeMap<usize, Option<f64>>,
    len: usize,
    time: Option<String>,
    table: Option<String>,
    source: Option<String>,
    updated: Option<crate::date::Date>,
}

/// The dataset as JSON-stat 2.0 writes it: the parts this reads. It goes
/// through the same strict reader and deserializer as every document
/// (positions, limits, duplicate keys); what JSON-stat allows besides (labels,
/// notes, links, other extensions) is let through unread.
#[derive(Deserialize)]
struct Raw {
    #[serde(default)]
    class: Option<String>,
    id: Vec<String>,
    size: Vec<u64>,
    dimension: BTreeMap<String, RawDimension>,
    value: RawValues,
    #[serde(default)]
    role: Option<RawRole>,
    #[serde(default)]
    updated: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    extension: Option<RawExtension>,
}

#[derive(Deserialize)]
struct RawDimension {
    category: RawCategory,
}

#[derive(Deserialize)]
struct RawCategory {
    #[serde(default)]
    index: Option<RawIndex>,
    #[serde(default)]
    label: Option<BTreeMap<String, IgnoredAny>>,
}

#[derive(Deserialize)]
struct RawRole {
    #[serde(default)]
    time: Vec<String>,
}

#[derive(Deserialize)]
struct RawExtension {
    #[serde(default)]
    px: Option<RawPx>,
}

#[derive(Deserialize)]
struct RawPx {
    #[serde(default)]
    tableid: Option<String>,
}

/// A dimension's category index: codes in order, or code → position.
enum RawIndex {
    List(Vec<String>),
    Map(Vec<(String, u64)>),
}

impl<'de> Deserialize<'de> for RawIndex {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawIndex, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawIndex;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of category codes, or an object of code to position")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawIndex, A::Error> {
                let mut out = Vec::new();
                while let Some(code) = seq.next_element::<String>()? {
                    out.push(code);
                }
                Ok(RawIndex::List(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawIndex, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, u64>()? {
                    out.push(entry);
                }
                Ok(RawIndex::Map(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// A cell: a number, or `null` for a cell without a figure.
struct Cell(Option<f64>);

impl<'de> Deserialize<'de> for Cell {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Cell, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Cell;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number or null")
            }
            fn visit_unit<E: de::Error>(self) -> Result<Cell, E> {
                Ok(Cell(None))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Cell, E> {
                Ok(Cell(Some(v as f64)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Cell, E> {
                Ok(Cell(Some(v as f64)))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Cell, E> {
                Ok(Cell(Some(v)))
            }
        }
        d.deserialize_any(V)
    }
}

/// The values: dense (every cell in order) or sparse (position → cell).
enum RawValues {
    Dense(Vec<Cell>),
    Sparse(Vec<(String, Cell)>),
}

impl<'de> Deserialize<'de> for RawValues {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawValues, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawValues;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list of cells, or an object of position to cell")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValues, A::Error> {
                let mut out = Vec::new();
                while let Some(cell) = seq.next_element::<Cell>()? {
                    out.push(cell);
                }
                Ok(RawValues::Dense(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawValues, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, Cell>()? {
                    out.push(entry);
                }
                Ok(RawValues::Sparse(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// Errors placed by pointer in the dataset's text.
struct Place<'a> {
    name: &'a str,
    text: &'a str,
    root: NodeRef<'a>,
    lines: LineIndex,
}

impl Place<'_> {
    fn err(&self, pointer: &str, code: ErrorCode, nb: String, en: String) -> Error {
        let (offset, _) = self.root.locate(pointer);
        let (line, column) = self.lines.position(self.text, offset);
        Error::new(code, nb, en)
            .at(pointer.to_string(), line, column)
            .in_document(self.name)
    }

    fn invalid(&self, pointer: &str, what_nb: &str, what_en: &str) -> Error {
        self.err(
            pointer,
            ErrorCode::JsonStatInvalid,
            format!("ikke et JSON-stat 2.0-datasett: {what_nb}"),
            format!("not a JSON-stat 2.0 dataset: {what_en}"),
        )
    }
}

impl Dataset {
    /// Reads and checks a dataset: read like every document (the strict
    /// reader, then the deserializer), then `size` checked against the
    /// categories and the values before anything is allocated from it.
    pub fn parse(bytes: &[u8], name: &str) -> Result<Dataset, Error> {
        let limits = ParseOptions::default().limits;
        let named = |e: Error| e.in_document(name);
        let (text, _) = json::decode(bytes, &limits).map_err(named)?;
        let index = json::parse(text, &limits).map_err(named)?;
        let root = index.root(text);
        let at = Place {
            name,
            text,
            root,
            lines: LineIndex::new(text),
        };
        if !root.is_object() {
            return Err(at.invalid(
                "",
                "toppnivået er ikke et objekt",
                "the top level is not an object",
            ));
        }
        let raw = Raw::deserialize(De {
            node: root,
            path: Path::Root,
        })
        .map_err(|e| {
            let e = e.into_data();
            let (line, column) = at.lines.position(text, e.offset.unwrap_or(0));
            Error::new(
                ErrorCode::JsonStatInvalid,
                format!("ikke et JSON-stat 2.0-datasett: {}", e.nb),
                format!("not a JSON-stat 2.0 dataset: {}", e.en),
            )
            .at(e.pointer.unwrap_or_default(), line, column)
            .in_document(name)
        })?;
        if raw.class.as_deref().is_some_and(|c| c != "dataset") {
            return Err(at.invalid(
                "/class",
                "«class» er ikke «dataset»",
                "\"class\" is not \"dataset\"",
            ));
        }
        if raw.id.len() != raw.size.len() {
            return Err(at.err(
                "/size",
                ErrorCode::JsonStatSize,
                format!(
                    "«size» har {} elementer, men «id» har {} dimensjoner",
                    raw.size.len(),
                    raw.id.len()
                ),
                format!(
                    "\"size\" has {} entries but \"id\" names {} dimensions",
                    raw.size.len(),
                    raw.id.len()
                ),
            ));
        }
        let mut dimensions = Vec::with_capacity(raw.id.len());
        let mut len: usize = 1;
        for (i, (id, size)) in raw.id.iter().zip(&raw.size).enumerate() {
            let p = crate::pointer::ptr!["dimension", id];
            let category = &raw
                .dimension
                .get(id)
                .ok_or_else(|| {
                    at.invalid(
                        "/dimension",
                        &format!("mangler dimensjonen «{id}»"),
                        &format!("no dimension \"{id}\""),
                    )
                })?
                .category;
            // The categories the dataset lists; `size` must agree before anything
            // is allocated from it (a fuzzed `size` of 10^15 must not be trusted).
            let listed = match &category.index {
                Some(RawIndex::List(codes)) => codes.len(),
                Some(RawIndex::Map(codes)) => codes.len(),
                None => 1,
            };
            let size =
                usize::try_from(*size)
                    .ok()
                    .filter(|s| *s == listed)
                    .ok_or_else(|| {
                        at.err(
                    &crate::pointer::ptr!["size", i],
                    ErrorCode::JsonStatSize,
                    format!("dimensjonen «{id}» har størrelse {size}, men har {listed} kategorier"),
                    format!("dimension \"{id}\" has size {size} but lists {listed} categories"),
                )
                    })?;
            let mut codes: Vec<Option<String>> = vec![None; size];
            match &category.index {
                Some(RawIndex::List(list)) => {
                    for (k, code) in list.iter().enumerate() {
                        codes[k] = Some(code.clone());
                    }
                }
                Some(RawIndex::Map(map)) => {
                    for (code, position) in map {
                        let k = usize::try_from(*position).ok().filter(|k| *k < size).ok_or_else(|| {
                            at.err(
                                &format!("{p}/category/index/{}", crate::pointer::escape(code)),
                                ErrorCode::JsonStatIndex,
                                format!("kategorien «{code}» i dimensjonen «{id}» har en indeks utenfor 0–{}", size.saturating_sub(1)),
                                format!("category \"{code}\" of dimension \"{id}\" has an index outside 0–{}", size.saturating_sub(1)),
                            )
                        })?;
                        codes[k] = Some(code.clone());
                    }
                }
                // A single-category dimension may give only a label.
                None => match &category.label {
                    Some(labels) if labels.len() == 1 => {
                        codes[0] = labels.keys().next().cloned();
                    }
                    _ => {
                        return Err(at.invalid(
                            &format!("{p}/category"),
                            "mangler kategori-«index»",
                            "no category \"index\"",
                        ));
                    }
                },
            }
            let codes: Vec<String> = match codes.iter().position(Option::is_none) {
                Some(k) => {
                    return Err(at.err(
                        &crate::pointer::ptr!["size", i],
                        ErrorCode::JsonStatSize,
                        format!("dimensjonen «{id}» har størrelse {size}, men ingen kategori med indeks {k}"),
                        format!("dimension \"{id}\" has size {size} but no category at index {k}"),
                    ));
                }
                None => codes.into_iter().flatten().collect(),
            };
            len = len.checked_mul(size).ok_or_else(|| {
                at.invalid(
                    "/size",
                    "størrelsene er for store",
                    "the sizes are too large",
                )
            })?;
            dimensions.push(Dimension {
                id: id.clone(),
                codes,
            });
        }
        let mut values = BTreeMap::new();
        match raw.value {
            RawValues::Dense(cells) => {
                if cells.len() != len {
                    return Err(at.err(
                        "/value",
                        ErrorCode::JsonStatSize,
                        format!("«value» har {} celler, men «size» gir {len}", cells.len()),
                        format!(
                            "\"value\" has {} cells but \"size\" gives {len}",
                            cells.len()
                        ),
                    ));
                }
                values.extend(cells.into_iter().map(|c| c.0).enumerate());
            }
            RawValues::Sparse(cells) => {
                for (key, cell) in cells {
                    let k = key
                        .parse::<usize>()
                        .ok()
                        .filter(|k| *k < len)
                        .ok_or_else(|| {
                            at.err(
                                &crate::pointer::ptr!["value", &key],
                                ErrorCode::JsonStatIndex,
                                format!(
                                    "indeksen «{key}» i den glisne «value» er utenfor 0–{}",
                                    len.saturating_sub(1)
                                ),
                                format!(
                                    "sparse value index \"{key}\" is outside 0–{}",
                                    len.saturating_sub(1)
                                ),
                            )
                        })?;
                    values.insert(k, cell.0);
                }
            }
        }
        Ok(Dataset {
            name: name.to_string(),
            dimensions,
            values,
            len,
            time: raw.role.and_then(|r| r.time.into_iter().next()),
            table: raw.extension.and_then(|e| e.px).and_then(|p| p.tableid),
            source: raw.source,
            updated: raw
                .updated
                .and_then(|u| u.get(..10).and_then(|d| d.parse().ok())),
        })
    }

    /// The observations a mapping selects: one per year of the time dimension,
    /// summing where a dimension selects several codes; years where every
    /// selected cell is empty are left out.
    pub fn observations(&self, mapping: &Mapping) -> Result<Vec<Observation>, Error> {
        let mapping_err = |code: ErrorCode, en: String, nb: String| Error::new(code, nb, en);
        let ids: Vec<&str> = self.dimensions.iter().map(|d| d.id.as_str()).collect();
        let time_id = mapping
            .time
            .clone()
            .or_else(|| self.time.clone())
            .or_else(|| ids.iter().find(|d| d.eq_ignore_ascii_case("tid") || d.eq_ignore_ascii_case("time")).map(|s| s.to_string()))
            .ok_or_else(|| {
                mapping_err(
                    ErrorCode::JsonStatNoTime,
                    format!("the dataset has no time dimension (no role.time, no dimension \"Tid\"); name it with \"time\" among {}", ids.join(", ")),
                    format!("datasettet har ingen tidsdimensjon (ingen role.time, ingen dimensjon «Tid»); oppgi den med «time» blant {}", ids.join(", ")),
                )
            })?;
        for key in mapping.select.keys().chain(std::iter::once(&time_id)) {
            if !ids.contains(&key.as_str()) {
                let hint = closest(key, ids.iter().copied())
                    .map(|s| format!("; did you mean \"{s}\"?"))
                    .unwrap_or_default();
                return Err(mapping_err(
                    ErrorCode::JsonStatDimension,
                    format!(
                        "indicator \"{}\": the dataset has no dimension \"{key}\" (it has {}){hint}",
                        mapping.indicator,
                        ids.join(", ")
                    ),
                    format!(
                        "indikator «{}»: datasettet har ingen dimensjon «{key}» (det har {})",
                        mapping.indicator,
                        ids.join(", ")
                    ),
                ));
            }
        }
        // The category indexes chosen per dimension.
        let mut chosen: Vec<Vec<usize>> = Vec::new();
        let mut time_pos = 0;
        for (d_i, d) in self.dimensions.iter().enumerate() {
            if d.id == time_id {
                time_pos = d_i;
                chosen.push((0..d.codes.len()).collect());
                continue;
            }
            match mapping.select.get(&d.id) {
                Some(codes) => {
                    let mut idx = Vec::new();
                    for c in codes {
                        let k = d.codes.iter().position(|x| x == c).ok_or_else(|| {
                            let hint = closest(c, d.codes.iter().map(String::as_str))
                                .map(|s| format!("; did you mean \"{s}\"?"))
                                .unwrap_or_default();
                            mapping_err(
                                ErrorCode::JsonStatCategory,
                                format!(
                                    "indicator \"{}\": dimension \"{}\" has no code \"{c}\"{hint}",
                                    mapping.indicator, d.id
                                ),
                                format!(
                                    "indikator «{}»: dimensjonen «{}» har ingen kode «{c}»",
                                    mapping.indicator, d.id
                                ),
                            )
                        })?;
                        idx.push(k);
                    }
                    chosen.push(idx);
                }
                None if d.codes.len() == 1 => chosen.push(vec![0]),
                None => {
                    return Err(mapping_err(
                        ErrorCode::JsonStatDimension,
                        format!(
                            "indicator \"{}\": choose codes for dimension \"{}\" ({} categories) in \"select\"",
                            mapping.indicator,
                            d.id,
                            d.codes.len()
                        ),
                        format!(
                            "indikator «{}»: velg koder for dimensjonen «{}» ({} kategorier) i «select»",
                            mapping.indicator,
                            d.id,
                            d.codes.len()
                        ),
                    ));
                }
            }
        }
        let sizes: Vec<usize> = self.dimensions.iter().map(|d| d.codes.len()).collect();
        let mut out = Vec::new();
        for (t_k, code) in self.dimensions[time_pos].codes.iter().enumerate() {
            let year: i32 = code
                .get(..4)
                .and_then(|y| y.parse().ok())
                .filter(|_| code.len() == 4)
                .ok_or_else(|| {
                    mapping_err(
                        ErrorCode::JsonStatInvalid,
                        format!("time code \"{code}\" is not a year; take an annual table"),
                        format!("tidskoden «{code}» er ikke et år; bruk en årstabell"),
                    )
                })?;
            // Sum over the cartesian product of chosen categories at this time.
            let mut sum = 0.0;
            let mut any = false;
            let mut counters = vec![0usize; chosen.len()];
            'cells: loop {
                let mut flat = 0usize;
                for (d_i, size) in sizes.iter().enumerate() {
                    let k = if d_i == time_pos {
                        t_k
                    } else {
                        chosen[d_i][counters[d_i]]
                    };
                    flat = flat * size + k;
                }
                if let Some(Some(v)) = self.values.get(&flat) {
                    sum += v;
                    any = true;
                }
                // Next combination (time dimension fixed).
                let mut d_i = chosen.len();
                loop {
                    if d_i == 0 {
                        break 'cells;
                    }
                    d_i -= 1;
                    if d_i == time_pos {
                        continue;
                    }
                    counters[d_i] += 1;
                    if counters[d_i] < chosen[d_i].len() {
                        break;
                    }
                    counters[d_i] = 0;
                }
            }
            if any {
                out.push(Observation {
                    year,
                    value: Some(sum),
                    text: None,
                    source: Some(DataSource {
                        publisher: mapping
                            .publisher
                            .clone()
                            .or_else(|| self.source.clone())
                            .unwrap_or_else(|| "SSB".into()),
                        table: mapping.table.clone().or_else(|| self.table.clone()),
                        updated: self.updated,
                        url: None,
                    }),
                });
            }
        }
        debug_assert!(self.len > 0 || out.is_empty());
        Ok(out)
    }
}
