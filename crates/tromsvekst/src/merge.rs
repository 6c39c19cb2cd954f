//! Three-way merge of two versions of one document made from a common base:
//! a colleague's save and yours, a shared folder synced while you worked.
//!
//! The merge is by item. Lists whose items carry an `id` (measures,
//! milestones, meetings, decisions, follow-up actions, adjustments …) are
//! matched by id; the follow-up entries by measure and date, indicator figures
//! by year, findings by focus area and sub-goal, attendance by party; other
//! lists (municipalities, references, funding lines, feedback) as sets. Inside
//! an item, each field is merged on its own. So two people who changed
//! different items, or different fields of one item, both keep their work.
//!
//! Where both changed the same field to different values, the merged
//! document keeps *mine* and the [`Conflict`] shows both; where one side
//! removed an item the other changed, the changed item is kept. No item either
//! side added is ever dropped.
//!
//! ```
//! use tromsvekst::merge::merge_files;
//! let read = |p: &str| std::fs::read(format!("../../{p}")).unwrap();
//! let base = read("examples/nord-troms/meetings-2025-2026.json");
//! let mine = read("tests/vectors/merge-meetings-actions/mine.json");
//! let theirs = read("tests/vectors/merge-meetings-actions/theirs.json");
//! let merged = merge_files(("base.json", &base), ("mine.json", &mine),
//!     ("theirs.json", &theirs), &Default::default())?;
//! assert!(merged.conflicts.is_empty());
//! let json = merged.to_json(tromsvekst::Lang::En);
//! assert!(json.contains("\"mote-2027-1\"") && json.contains("\"done_on\": \"2026-11-30\""));
//! # Ok::<(), tromsvekst::Error>(())
//! ```

use crate::document::{AnyDocument, ParseOptions, parse_document};
use crate::error::{Error, ErrorCode};
use crate::lang::Lang;
use crate::pointer;
use serde::Serialize;
use serde_json::{Map, Value};

/// The merged document and what could not be merged by itself.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The merged document: every change of both sides, and *mine* where
    /// both changed the same field.
    pub document: AnyDocument,
    /// The places where both sides changed the same thing, in document order.
    pub conflicts: Vec<Conflict>,
}

/// What kind of disagreement a [`Conflict`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    /// Both changed the same value, to different values: mine is kept.
    BothChanged,
    /// I removed an item the other side changed: theirs is kept.
    RemovedByMe,
    /// The other side removed an item I changed: mine is kept.
    RemovedByThem,
}

/// One place where both sides changed the same thing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    /// What happened.
    pub kind: ConflictKind,
    /// JSON pointer into the merged document.
    pub pointer: String,
    /// The id of the item the value belongs to (the nearest one with an id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    /// The item's title or name in both languages, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Value>,
    /// The value in the base (absent: it did not exist).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<Value>,
    /// My value (absent: removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mine: Option<Value>,
    /// Their value (absent: removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub theirs: Option<Value>,
}

impl Conflict {
    /// What the conflict is, in a language, naming the item by its title.
    pub fn message(&self, lang: Lang) -> String {
        let title = self.title.as_ref().and_then(|t| match t {
            Value::String(s) => Some(s.clone()),
            Value::Object(o) => o
                .get(lang.as_str())
                .or_else(|| o.get("nb"))
                .and_then(Value::as_str)
                .map(str::to_string),
            _ => None,
        });
        let item = title.or_else(|| self.item.clone());
        let field = pointer::segments(&self.pointer)
            .filter(|s| s.parse::<usize>().is_err() && s != "nb" && s != "en")
            .last()
            .map(|key| field_word(&key, lang))
            .unwrap_or_default();
        let (nb, en) = match (self.kind, item) {
            (ConflictKind::BothChanged, item) => {
                let (mine, theirs) = (show(&self.mine, lang), show(&self.theirs, lang));
                let (nb_item, en_item) = match item {
                    Some(item) => (format!("«{item}»: "), format!("“{item}”: ")),
                    None => (String::new(), String::new()),
                };
                (
                    format!(
                        "{nb_item}{field} er endret begge steder (her {mine}, der {theirs}); din er beholdt"
                    ),
                    format!(
                        "{en_item}{field} was changed on both sides (here {mine}, there {theirs}); yours is kept"
                    ),
                )
            }
            (ConflictKind::RemovedByMe, item) => {
                let item = item.unwrap_or(field);
                (
                    format!("«{item}» er fjernet her, men endret der; den endrede er beholdt"),
                    format!("“{item}” was removed here but changed there; the changed one is kept"),
                )
            }
            (ConflictKind::RemovedByThem, item) => {
                let item = item.unwrap_or(field);
                (
                    format!("«{item}» er endret her, men fjernet der; din er beholdt"),
                    format!("“{item}” was changed here but removed there; yours is kept"),
                )
            }
        };
        match lang {
            Lang::Nb => nb,
            Lang::En => en,
        }
    }
}

/// A field's name in the reader's words (the JSON key where none is known).
fn field_word(key: &str, lang: Lang) -> String {
    const WORDS: &[(&str, &str, &str)] = &[
        ("title", "tittelen", "the title"),
        ("text", "teksten", "the text"),
        ("note", "merknaden", "the note"),
        ("progress", "framdriften", "the progress"),
        ("status", "statusen", "the status"),
        ("due", "fristen", "the due date"),
        ("date", "datoen", "the date"),
        ("completed_on", "fullført-datoen", "the day completed"),
        ("done_on", "utført-datoen", "the day done"),
        ("owner", "ansvarlig", "the owner"),
        ("responsible", "ansvarlig", "the responsible party"),
        ("start", "starten", "the start"),
        ("end", "slutten", "the end"),
        ("weight", "vekten", "the weight"),
        ("value", "verdien", "the value"),
        ("place", "stedet", "the place"),
        ("rating", "vurderingen", "the rating"),
        ("amount_nok", "beløpet", "the amount"),
        ("measures", "tiltakene", "the measures"),
        ("municipalities", "kommunene", "the municipalities"),
        ("agenda", "sakslisten", "the agenda"),
        ("decisions", "vedtakene", "the decisions"),
        ("actions", "oppfølgingspunktene", "the follow-up actions"),
    ];
    match WORDS.iter().find(|(k, _, _)| *k == key) {
        Some((_, nb, en)) => match lang {
            Lang::Nb => (*nb).to_string(),
            Lang::En => (*en).to_string(),
        },
        None => key.to_string(),
    }
}

fn show(v: &Option<Value>, lang: Lang) -> String {
    let quote = |s: &str| match lang {
        Lang::Nb => format!("«{}»", clip(s)),
        Lang::En => format!("“{}”", clip(s)),
    };
    match v {
        None => "–".to_string(),
        Some(Value::String(s)) => quote(s),
        Some(Value::Object(o)) if o.get(lang.as_str()).is_some_and(Value::is_string) => {
            quote(o[lang.as_str()].as_str().unwrap_or(""))
        }
        Some(Value::Object(o)) if o.get("nb").is_some_and(Value::is_string) => {
            quote(o["nb"].as_str().unwrap_or(""))
        }
        Some(v) => clip(&v.to_string()),
    }
}

fn clip(s: &str) -> String {
    if s.chars().count() > 60 {
        let mut t: String = s.chars().take(59).collect();
        t.push('…');
        t
    } else {
        s.to_string()
    }
}

impl Merged {
    /// The merge as JSON: `{"document": …, "conflicts": [{…, "message": …}]}`,
    /// pretty, with a final newline. The same bytes from every interface.
    pub fn to_json(&self, lang: Lang) -> String {
        #[derive(Serialize)]
        struct Shown<'a> {
            #[serde(flatten)]
            conflict: &'a Conflict,
            message: String,
        }
        let document: Value = serde_json::from_str(&self.document.to_json()).unwrap_or(Value::Null);
        let conflicts: Vec<Shown<'_>> = self
            .conflicts
            .iter()
            .map(|c| Shown {
                conflict: c,
                message: c.message(lang),
            })
            .collect();
        let out = serde_json::json!({ "document": document, "conflicts": conflicts });
        let mut text = serde_json::to_string_pretty(&out).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// Merges two versions of a document made from a common base. The three
/// must be one document (the same kind and id); mine's name is kept.
pub fn merge(
    base: &AnyDocument,
    mine: &AnyDocument,
    theirs: &AnyDocument,
) -> Result<Merged, Error> {
    for other in [base, theirs] {
        if other.kind() != mine.kind() || other.id() != mine.id() {
            return Err(Error::new(
                ErrorCode::InvalidArgument,
                format!(
                    "{} og {} er ikke to versjoner av ett dokument ({} «{}» og {} «{}»)",
                    other.name(),
                    mine.name(),
                    other.kind().as_str(),
                    other.id(),
                    mine.kind().as_str(),
                    mine.id()
                ),
                format!(
                    "{} and {} are not two versions of one document ({} \"{}\" and {} \"{}\")",
                    other.name(),
                    mine.name(),
                    other.kind().as_str(),
                    other.id(),
                    mine.kind().as_str(),
                    mine.id()
                ),
            )
            .in_document(other.name()));
        }
    }
    let value =
        |d: &AnyDocument| -> Value { serde_json::from_str(&d.to_json()).unwrap_or(Value::Null) };
    let (b, m, t) = (value(base), value(mine), value(theirs));
    let mut merger = Merger {
        conflicts: Vec::new(),
    };
    let merged = merger
        .value(Some(&b), Some(&m), Some(&t), &Place::root(), "")
        .unwrap_or(Value::Null);
    let bytes = serde_json::to_vec(&merged).unwrap_or_default();
    let document = parse_document(&bytes, mine.name(), &ParseOptions::default())
        .map(AnyDocument::without_positions)?;
    Ok(Merged {
        document,
        conflicts: merger.conflicts,
    })
}

/// Reads three versions (base, mine, theirs) as `(name, bytes)` and merges them.
pub fn merge_files(
    base: (&str, &[u8]),
    mine: (&str, &[u8]),
    theirs: (&str, &[u8]),
    options: &ParseOptions,
) -> Result<Merged, Error> {
    let b = parse_document(base.1, base.0, options)?;
    let m = parse_document(mine.1, mine.0, options)?;
    let t = parse_document(theirs.1, theirs.0, options)?;
    merge(&b, &m, &t)
}

/// Where a value is: its pointer and the nearest item with an id.
#[derive(Clone)]
struct Place {
    pointer: String,
    item: Option<(String, Option<Value>)>,
}

impl Place {
    fn root() -> Self {
        Place {
            pointer: String::new(),
            item: None,
        }
    }
    fn key(&self, key: &str) -> Self {
        Place {
            pointer: pointer::child(&self.pointer, key),
            item: self.item.clone(),
        }
    }
    fn index(&self, i: usize, item: &Value) -> Self {
        let mut place = Place {
            pointer: format!("{}/{i}", self.pointer),
            item: self.item.clone(),
        };
        if let Some(id) = item.get("id").and_then(Value::as_str) {
            let title = item.get("title").or_else(|| item.get("name")).cloned();
            place.item = Some((id.to_string(), title));
        }
        place
    }
}

struct Merger {
    conflicts: Vec<Conflict>,
}

/// The fields that identify an item of a list without ids, by the list's name.
const KEYS: &[(&str, &[&str])] = &[
    ("updates", &["measure", "date"]),
    ("observations", &["year"]),
    ("targets", &["year"]),
    ("quantitative_results", &["indicator", "year"]),
    ("findings", &["focus_area", "sub_goal"]),
    ("invited", &["party"]),
    ("attended", &["party"]),
    ("coordinators", &["party", "from"]),
    ("placeholders", &["field", "item"]),
];

impl Merger {
    /// Merges one value present (or not) in each version; `None`: absent in the result.
    fn value(
        &mut self,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
        place: &Place,
        name: &str,
    ) -> Option<Value> {
        if mine == theirs {
            return mine.cloned();
        }
        if mine == base {
            return theirs.cloned();
        }
        if theirs == base {
            return mine.cloned();
        }
        match (mine, theirs) {
            (Some(Value::Object(m)), Some(Value::Object(t))) => {
                let empty = Map::new();
                let b = base.and_then(Value::as_object).unwrap_or(&empty);
                Some(Value::Object(self.object(b, m, t, place)))
            }
            (Some(Value::Array(m)), Some(Value::Array(t))) => {
                let empty = Vec::new();
                let b = base.and_then(Value::as_array).unwrap_or(&empty);
                Some(Value::Array(self.array(b, m, t, place, name)))
            }
            (None, Some(t)) => {
                self.conflict(ConflictKind::RemovedByMe, place, base, mine, theirs, t);
                Some(t.clone())
            }
            (Some(m), None) => {
                self.conflict(ConflictKind::RemovedByThem, place, base, mine, theirs, m);
                Some(m.clone())
            }
            (Some(m), Some(_)) => {
                self.conflict(ConflictKind::BothChanged, place, base, mine, theirs, m);
                Some(m.clone())
            }
            (None, None) => None,
        }
    }

    fn conflict(
        &mut self,
        kind: ConflictKind,
        place: &Place,
        base: Option<&Value>,
        mine: Option<&Value>,
        theirs: Option<&Value>,
        kept: &Value,
    ) {
        let mut item = place.item.clone();
        if let Some(id) = kept.get("id").and_then(Value::as_str) {
            let title = kept.get("title").or_else(|| kept.get("name")).cloned();
            item = Some((id.to_string(), title));
        }
        let (item, title) = match item {
            Some((id, title)) => (Some(id), title),
            None => (None, None),
        };
        self.conflicts.push(Conflict {
            kind,
            pointer: place.pointer.clone(),
            item,
            title,
            base: base.cloned(),
            mine: mine.cloned(),
            theirs: theirs.cloned(),
        });
    }

    fn object(
        &mut self,
        base: &Map<String, Value>,
        mine: &Map<String, Value>,
        theirs: &Map<String, Value>,
        place: &Place,
    ) -> Map<String, Value> {
        let mut keys: Vec<&String> = mine.keys().collect();
        keys.extend(theirs.keys().filter(|k| !mine.contains_key(*k)));
        keys.extend(
            base.keys()
                .filter(|k| !mine.contains_key(*k) && !theirs.contains_key(*k)),
        );
        let mut out = Map::new();
        for key in keys {
            if let Some(v) = self.value(
                base.get(key),
                mine.get(key),
                theirs.get(key),
                &place.key(key),
                key,
            ) {
                out.insert(key.clone(), v);
            }
        }
        out
    }

    fn array(
        &mut self,
        base: &[Value],
        mine: &[Value],
        theirs: &[Value],
        place: &Place,
        name: &str,
    ) -> Vec<Value> {
        let fields: &[&str] = KEYS
            .iter()
            .find(|(n, _)| *n == name)
            .map_or(&["id"], |(_, f)| f);
        let key = |v: &Value| -> Option<String> {
            let o = v.as_object()?;
            let parts: Vec<String> = fields
                .iter()
                .map(|f| o.get(*f).map_or_else(String::new, Value::to_string))
                .collect();
            (fields != ["id"] || o.get("id").is_some_and(Value::is_string))
                .then(|| parts.join("\u{1f}"))
        };
        let keyed = |list: &[Value]| -> Option<Vec<String>> {
            let keys: Option<Vec<String>> = list.iter().map(key).collect();
            let keys = keys?;
            let mut sorted = keys.clone();
            crate::order::sort(&mut sorted);
            sorted.dedup();
            (sorted.len() == keys.len()).then_some(keys)
        };
        match (keyed(base), keyed(mine), keyed(theirs)) {
            (Some(bk), Some(mk), Some(tk)) => {
                let order = order(&bk, &mk, &tk);
                let find = |keys: &[String], list: &'_ [Value], k: &str| -> Option<Value> {
                    keys.iter().position(|x| x == k).map(|i| list[i].clone())
                };
                let mut out = Vec::new();
                for k in order {
                    let (b, m, t) = (
                        find(&bk, base, &k),
                        find(&mk, mine, &k),
                        find(&tk, theirs, &k),
                    );
                    let sample = m
                        .as_ref()
                        .or(t.as_ref())
                        .or(b.as_ref())
                        .cloned()
                        .unwrap_or(Value::Null);
                    let at = place.index(out.len(), &sample);
                    if let Some(v) = self.value(b.as_ref(), m.as_ref(), t.as_ref(), &at, "") {
                        out.push(v);
                    }
                }
                out
            }
            // A list of values or of items without a key: a set. What either
            // side removed goes, what either side added comes, mine's order.
            _ => {
                let text =
                    |l: &[Value]| -> Vec<String> { l.iter().map(Value::to_string).collect() };
                let (bk, mk, tk) = (text(base), text(mine), text(theirs));
                order(&bk, &mk, &tk)
                    .into_iter()
                    .filter(|k| !bk.contains(k) || (mk.contains(k) && tk.contains(k)))
                    .filter_map(|k| {
                        mk.iter()
                            .position(|x| *x == k)
                            .map(|i| mine[i].clone())
                            .or_else(|| tk.iter().position(|x| *x == k).map(|i| theirs[i].clone()))
                    })
                    .collect()
            }
        }
    }
}

/// The keys of the merged list, in mine's order with theirs' additions after
/// the item they follow there; a key removed by one side and unchanged is left
/// for the value merge to drop (it is in the order only where kept).
fn order(base: &[String], mine: &[String], theirs: &[String]) -> Vec<String> {
    let mut out: Vec<String> = mine.to_vec();
    let mut after: Option<usize> = None;
    for k in theirs {
        if let Some(i) = out.iter().position(|x| x == k) {
            after = Some(i);
            continue;
        }
        // In the base and not in mine: I removed it; the value merge decides.
        let at = after.map_or(0, |i| i + 1);
        out.insert(at, k.clone());
        after = Some(at);
    }
    // Items only in the base (both removed) need no place: both agree.
    let _ = base;
    out
}
