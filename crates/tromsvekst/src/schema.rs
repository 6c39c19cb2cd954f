//! JSON Schema (draft 2020-12) of every document, of the report and of the
//! rule catalog, generated from the Rust types.

use crate::model::Agreement;
use crate::model::{ActionPlan, Evaluation, IndicatorSet, MeetingLog};
use crate::report::Report;
use crate::rules::Rule;
use crate::status::Status;
use schemars::generate::SchemaSettings;

/// The names of the schemas, in a stable order: the document kinds, the
/// JSON-stat mappings file, then the outputs (`report`, `status`, `rules`).
pub const NAMES: &[&str] = &[
    "agreement",
    "action_plan",
    "meeting_log",
    "indicators",
    "evaluation",
    "jsonstat_mapping",
    "report",
    "status",
    "portfolio",
    "rules",
];

/// The file name and JSON Schema of each exported type, in the order of [`NAMES`].
pub fn all() -> Vec<(&'static str, String)> {
    COMMITTED
        .iter()
        .zip(NAMES)
        .filter_map(|((file, _), name)| get(name).map(|s| (*file, s)))
        .collect()
}

/// The schema of one document kind or output, by the stem of its file name
/// (one of [`NAMES`]); a document kind's schema has the kind's name. Only
/// that schema is generated.
pub fn get(name: &str) -> Option<String> {
    Some(match name {
        "agreement" => render::<Agreement>(name),
        "action_plan" => render::<ActionPlan>(name),
        "meeting_log" => render::<MeetingLog>(name),
        "indicators" => render::<IndicatorSet>(name),
        "evaluation" => render::<Evaluation>(name),
        "jsonstat_mapping" => render::<crate::jsonstat::Mappings>(name),
        "report" => render::<Report>(name),
        "status" => render::<Status>(name),
        "portfolio" => render::<crate::status::Portfolio>(name),
        "rules" => render::<Vec<Rule>>(name),
        _ => return None,
    })
}

fn render<T: schemars::JsonSchema>(name: &str) -> String {
    let generator = SchemaSettings::draft2020_12().into_generator();
    let mut schema = generator.into_root_schema_for::<T>();
    // A name, not an address: the schemas are published in the packages (and
    // `tromsvekst schema`), not at a web address, so the identifier is a URN
    // that no validator tries to fetch.
    schema.insert("$id".into(), format!("urn:tromsvekst:schema:{name}").into());
    if let Some(map) = schema.as_object_mut() {
        portable_map(map);
    }
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}

/// Makes a schema mean the same in every mainstream validator, with no
/// plugin: ajv in strict mode refuses the formats schemars writes for Rust's
/// number types (`int32`, `uint32`, `uint`, `double`, …) as unknown, and
/// checks `date` only with a plugin. Integer formats become the `minimum`
/// and `maximum` they stand for, number formats go (the `type` says it all),
/// and `date` becomes the pattern of a date (the reader checks the calendar).
fn portable(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(map) => portable_map(map),
        serde_json::Value::Array(items) => items.iter_mut().for_each(portable),
        _ => {}
    }
}

fn portable_map(map: &mut serde_json::Map<String, serde_json::Value>) {
    if let Some(serde_json::Value::String(format)) = map.get("format") {
        let range: Option<(Option<i64>, Option<u64>)> = match format.as_str() {
            "int8" => Some((Some(i64::from(i8::MIN)), Some(i8::MAX as u64))),
            "int16" => Some((Some(i64::from(i16::MIN)), Some(i16::MAX as u64))),
            "int32" => Some((Some(i64::from(i32::MIN)), Some(i32::MAX as u64))),
            "int64" | "int" => Some((Some(i64::MIN), Some(i64::MAX as u64))),
            "uint8" => Some((Some(0), Some(u64::from(u8::MAX)))),
            "uint16" => Some((Some(0), Some(u64::from(u16::MAX)))),
            "uint32" => Some((Some(0), Some(u64::from(u32::MAX)))),
            "uint64" | "uint" => Some((Some(0), None)),
            "float" | "double" => Some((None, None)),
            _ => None,
        };
        if let Some((min, max)) = range {
            map.remove("format");
            if let Some(min) = min {
                map.entry("minimum").or_insert(min.into());
            }
            if let Some(max) = max {
                map.entry("maximum").or_insert(max.into());
            }
        } else if format == "date" {
            map.remove("format");
            map.entry("pattern")
                .or_insert("^[0-9]{4}-[0-9]{2}-[0-9]{2}$".into());
        }
    }
    map.values_mut().for_each(portable);
}

/// The committed schemas (`schemas/*.schema.json`), compiled in: the same
/// text as [`all`] gives (a test checks they are fresh), without generating
/// them at run time, which keeps the WebAssembly module small.
pub static COMMITTED: &[(&str, &str)] = &[
    (
        "agreement.schema.json",
        include_str!("../data/schemas/agreement.schema.json"),
    ),
    (
        "action_plan.schema.json",
        include_str!("../data/schemas/action_plan.schema.json"),
    ),
    (
        "meeting_log.schema.json",
        include_str!("../data/schemas/meeting_log.schema.json"),
    ),
    (
        "indicators.schema.json",
        include_str!("../data/schemas/indicators.schema.json"),
    ),
    (
        "evaluation.schema.json",
        include_str!("../data/schemas/evaluation.schema.json"),
    ),
    (
        "jsonstat_mapping.schema.json",
        include_str!("../data/schemas/jsonstat_mapping.schema.json"),
    ),
    (
        "report.schema.json",
        include_str!("../data/schemas/report.schema.json"),
    ),
    (
        "status.schema.json",
        include_str!("../data/schemas/status.schema.json"),
    ),
    (
        "portfolio.schema.json",
        include_str!("../data/schemas/portfolio.schema.json"),
    ),
    (
        "rules.schema.json",
        include_str!("../data/schemas/rules.schema.json"),
    ),
];

/// A committed schema by the stem of its file name (see [`get`]).
pub fn committed(name: &str) -> Option<&'static str> {
    let file = format!("{name}.schema.json");
    COMMITTED.iter().find(|(f, _)| *f == file).map(|(_, s)| *s)
}

#[cfg(test)]
mod tests {
    #[test]
    fn committed_schemas_are_the_generated_ones() {
        let all = super::all();
        assert_eq!(all.len(), super::COMMITTED.len());
        for ((f, text), (cf, ctext)) in all.iter().zip(super::COMMITTED) {
            assert_eq!(
                (f, text.as_str()),
                (cf, *ctext),
                "stale: TROMSVEKST_BLESS=1 cargo test -p tromsvekst --test generated"
            );
        }
    }
}
