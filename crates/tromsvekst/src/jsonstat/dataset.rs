//! A JSON-stat 2.0 dataset read and checked: dimensions, sizes, values
//! (dense or sparse), each error at its pointer, line and column.

use super::Mapping;
use crate::document::ParseOptions;
use crate::error::{Error, ErrorCode};
use crate::json::{self, LineIndex, Node, Number, Value};
use crate::model::{DataSource, Observation};
use crate::suggest::closest;
use std::collections::BTreeMap;

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

struct Reader<'a> {
    name: &'a str,
    text: &'a str,
    lines: LineIndex,
}

impl Reader<'_> {
    fn err(&self, node: &Node, pointer: &str, code: ErrorCode, nb: String, en: String) -> Error {
        let (line, column) = self.lines.position(self.text, node.start);
        Error::new(code, nb, en)
            .at(pointer.to_string(), line, column)
            .in_document(self.name)
    }

    fn invalid(&self, node: &Node, pointer: &str, what_nb: &str, what_en: &str) -> Error {
        self.err(
            node,
            pointer,
            ErrorCode::JsonStatInvalid,
            format!("ikke et JSON-stat 2.0-datasett: {what_nb}"),
            format!("not a JSON-stat 2.0 dataset: {what_en}"),
        )
    }
}

fn as_usize(n: &Node) -> Option<usize> {
    match n.value {
        Value::Number(Number::PosInt(v)) => usize::try_from(v).ok(),
        _ => None,
    }
}

impl Dataset {
    /// Reads and checks a dataset.
    pub fn parse(bytes: &[u8], name: &str) -> Result<Dataset, Error> {
        let limits = ParseOptions::default().limits;
        let named = |e: Error| e.in_document(name);
        let (text, _) = json::decode(bytes, &limits).map_err(named)?;
        let root = json::parse(text, &limits).map_err(named)?;
        let r = Reader {
            name,
            text,
            lines: LineIndex::new(text),
        };
        fn get<'n>(
            r: &Reader<'_>,
            node: &'n Node,
            key: &str,
            pointer: &str,
        ) -> Result<&'n Node, Error> {
            node.get(key).ok_or_else(|| {
                r.invalid(
                    node,
                    pointer,
                    &format!("mangler «{key}»"),
                    &format!("no \"{key}\""),
                )
            })
        }
        if !matches!(root.value, Value::Object(_)) {
            return Err(r.invalid(
                &root,
                "",
                "toppnivået er ikke et objekt",
                "the top level is not an object",
            ));
        }
        if let Some(class) = root.get("class")
            && class.value != Value::String("dataset".into())
        {
            return Err(r.invalid(
                class,
                "/class",
                "«class» er ikke «dataset»",
                "\"class\" is not \"dataset\"",
            ));
        }
        let ids_node = get(&r, &root, "id", "")?;
        let Value::Array(ids) = &ids_node.value else {
            return Err(r.invalid(
                ids_node,
                "/id",
                "«id» er ikke en liste",
                "\"id\" is not an array",
            ));
        };
        let size_node = get(&r, &root, "size", "")?;
        let Value::Array(sizes) = &size_node.value else {
            return Err(r.invalid(
                size_node,
                "/size",
                "«size» er ikke en liste",
                "\"size\" is not an array",
            ));
        };
        if ids.len() != sizes.len() {
            return Err(r.err(
                size_node,
                "/size",
                ErrorCode::JsonStatSize,
                format!(
                    "«size» har {} elementer, men «id» har {} dimensjoner",
                    sizes.len(),
                    ids.len()
                ),
                format!(
                    "\"size\" has {} entries but \"id\" names {} dimensions",
                    sizes.len(),
                    ids.len()
                ),
            ));
        }
        let dims_node = get(&r, &root, "dimension", "")?;
        let mut dimensions = Vec::new();
        let mut len: usize = 1;
        for (i, (id_node, size_node)) in ids.iter().zip(sizes).enumerate() {
            let Value::String(id) = &id_node.value else {
                return Err(r.invalid(
                    id_node,
                    &format!("/id/{i}"),
                    "en dimensjons-id er ikke en tekst",
                    "a dimension id is not a string",
                ));
            };
            let size = as_usize(size_node).ok_or_else(|| {
                r.invalid(
                    size_node,
                    &format!("/size/{i}"),
                    "en størrelse er ikke et helt tall",
                    "a size is not a whole number",
                )
            })?;
            let p = format!("/dimension/{}", crate::pointer::escape(id));
            let dim = dims_node.get(id).ok_or_else(|| {
                r.invalid(
                    dims_node,
                    "/dimension",
                    &format!("mangler dimensjonen «{id}»"),
                    &format!("no dimension \"{id}\""),
                )
            })?;
            let category = get(&r, dim, "category", &p)?;
            // The categories the dataset lists; `size` must agree before anything
            // is allocated from it (a fuzzed `size` of 10^15 must not be trusted).
            let listed = match category.get("index").map(|n| &n.value) {
                Some(Value::Array(items)) => items.len(),
                Some(Value::Object(members)) => members.len(),
                _ => 1,
            };
            if listed != size {
                return Err(r.err(
                    size_node,
                    &format!("/size/{i}"),
                    ErrorCode::JsonStatSize,
                    format!("dimensjonen «{id}» har størrelse {size}, men har {listed} kategorier"),
                    format!("dimension \"{id}\" has size {size} but lists {listed} categories"),
                ));
            }
            let mut codes: Vec<Option<String>> = vec![None; size];
            match category.get("index").map(|n| (n, &n.value)) {
                Some((_, Value::Array(items))) => {
                    for (k, item) in items.iter().enumerate() {
                        let Value::String(code) = &item.value else {
                            return Err(r.invalid(
                                item,
                                &format!("{p}/category/index/{k}"),
                                "en kategorikode er ikke en tekst",
                                "a category code is not a string",
                            ));
                        };
                        if k >= size {
                            return Err(r.err(
                                item,
                                &format!("{p}/category/index/{k}"),
                                ErrorCode::JsonStatSize,
                                format!(
                                    "dimensjonen «{id}» har flere kategorier enn størrelsen {size}"
                                ),
                                format!(
                                    "dimension \"{id}\" has more categories than its size {size}"
                                ),
                            ));
                        }
                        codes[k] = Some(code.clone());
                    }
                }
                Some((_, Value::Object(members))) => {
                    for m in members {
                        let at = as_usize(&m.node).filter(|k| *k < size).ok_or_else(|| {
                            r.err(
                                &m.node,
                                &format!("{p}/category/index/{}", crate::pointer::escape(&m.key)),
                                ErrorCode::JsonStatIndex,
                                format!("kategorien «{}» i dimensjonen «{id}» har en indeks utenfor 0–{}", m.key, size.saturating_sub(1)),
                                format!("category \"{}\" of dimension \"{id}\" has an index outside 0–{}", m.key, size.saturating_sub(1)),
                            )
                        })?;
                        codes[at] = Some(m.key.clone());
                    }
                }
                Some((index, _)) => {
                    return Err(r.invalid(
                        index,
                        &format!("{p}/category/index"),
                        "«index» er verken en liste eller et objekt",
                        "\"index\" is neither an array nor an object",
                    ));
                }
                None => match category.get("label").map(|n| &n.value) {
                    // A single-category dimension may give only a label.
                    Some(Value::Object(members)) if members.len() == 1 && size == 1 => {
                        codes[0] = Some(members[0].key.clone())
                    }
                    _ => {
                        return Err(r.invalid(
                            category,
                            &format!("{p}/category"),
                            "mangler kategori-«index»",
                            "no category \"index\"",
                        ));
                    }
                },
            }
            let codes: Vec<String> = match codes.iter().position(Option::is_none) {
                Some(k) => {
                    return Err(r.err(
                        size_node,
                        &format!("/size/{i}"),
                        ErrorCode::JsonStatSize,
                        format!("dimensjonen «{id}» har størrelse {size}, men ingen kategori med indeks {k}"),
                        format!("dimension \"{id}\" has size {size} but no category at index {k}"),
                    ));
                }
                None => codes.into_iter().flatten().collect(),
            };
            len = len.checked_mul(size).ok_or_else(|| {
                r.invalid(
                    size_node,
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
        let value_node = get(&r, &root, "value", "")?;
        let mut values = BTreeMap::new();
        let number = |n: &Node, p: &str| -> Result<Option<f64>, Error> {
            match n.value {
                Value::Null => Ok(None),
                Value::Number(Number::PosInt(v)) => Ok(Some(v as f64)),
                Value::Number(Number::NegInt(v)) => Ok(Some(v as f64)),
                Value::Number(Number::Float(v)) => Ok(Some(v)),
                _ => Err(r.invalid(
                    n,
                    p,
                    "en verdi er verken et tall eller null",
                    "a value is neither a number nor null",
                )),
            }
        };
        match &value_node.value {
            Value::Array(items) => {
                if items.len() != len {
                    return Err(r.err(
                        value_node,
                        "/value",
                        ErrorCode::JsonStatSize,
                        format!("«value» har {} celler, men «size» gir {len}", items.len()),
                        format!(
                            "\"value\" has {} cells but \"size\" gives {len}",
                            items.len()
                        ),
                    ));
                }
                for (k, item) in items.iter().enumerate() {
                    values.insert(k, number(item, &format!("/value/{k}"))?);
                }
            }
            Value::Object(members) => {
                for m in members {
                    let p = format!("/value/{}", crate::pointer::escape(&m.key));
                    let k = m
                        .key
                        .parse::<usize>()
                        .ok()
                        .filter(|k| *k < len)
                        .ok_or_else(|| {
                            r.err(
                                &m.node,
                                &p,
                                ErrorCode::JsonStatIndex,
                                format!(
                                    "indeksen «{}» i den glisne «value» er utenfor 0–{}",
                                    m.key,
                                    len.saturating_sub(1)
                                ),
                                format!(
                                    "sparse value index \"{}\" is outside 0–{}",
                                    m.key,
                                    len.saturating_sub(1)
                                ),
                            )
                        })?;
                    values.insert(k, number(&m.node, &p)?);
                }
            }
            _ => {
                return Err(r.invalid(
                    value_node,
                    "/value",
                    "«value» er verken en liste eller et objekt",
                    "\"value\" is neither an array nor an object",
                ));
            }
        }
        let string_at = |path: &[&str]| {
            let mut n = &root;
            for k in path {
                n = n.get(k)?;
            }
            match &n.value {
                Value::String(s) => Some(s.clone()),
                _ => None,
            }
        };
        let time = root
            .get("role")
            .and_then(|role| role.get("time"))
            .and_then(|t| match &t.value {
                Value::Array(items) => items.first().and_then(|i| match &i.value {
                    Value::String(s) => Some(s.clone()),
                    _ => None,
                }),
                _ => None,
            });
        let updated =
            string_at(&["updated"]).and_then(|u| u.get(..10).and_then(|d| d.parse().ok()));
        Ok(Dataset {
            name: name.to_string(),
            dimensions,
            values,
            len,
            time,
            table: string_at(&["extension", "px", "tableid"]),
            source: string_at(&["source"]),
            updated,
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
                    }),
                });
            }
        }
        debug_assert!(self.len > 0 || out.is_empty());
        Ok(out)
    }
}
