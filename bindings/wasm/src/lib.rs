//! WebAssembly bindings for `tromsvekst`. This crate translates; it decides
//! nothing: every check, status figure and message comes from the core.
//! JavaScript gets plain objects and arrays (the core's JSON, parsed), dates
//! as ISO strings, and errors as `Error` objects with `code`, `pointer`,
//! `line` and `column`.

use js_sys::{Array, JSON, Reflect, Uint8Array};
use tromsvekst::status::{Status, draft_midterm};
use tromsvekst::{
    AnyDocument, Bundle, Config, Date, DocumentKind, Error, ErrorCode, Lang, Level, ParseOptions,
};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const API_TYPES: &str = r#"
/** A document given as text: its name (used in reports) and its JSON, as a string or UTF-8 bytes. */
export interface Input { name?: string; text: string | Uint8Array }
/** A severity as configured for a rule. */
export type Level = "error" | "warning" | "info" | "off";
/** Options for validation. `asOf` (YYYY-MM-DD) judges the follow-up on a day; without it, rules that need a date are skipped. */
export interface ValidateOptions { lang?: Lang; asOf?: string; severity?: Record<string, Level> }
/** Options for the status and the draft. `asOf` (YYYY-MM-DD) defaults to today. */
export interface StatusOptions { lang?: Lang; asOf?: string }
/** Any document. */
export type AnyDocument = Agreement | ActionPlan | MeetingLog | IndicatorSet | Evaluation;
/** The error thrown for input that cannot be read: an `Error` with the code and place. */
export interface TromsvekstError extends Error { code: string; pointer: string; line: number | null; column: number | null; document: string | null; sheet: string | null; messageEn: string; messageNb: string; json: string }
"#;

fn set(target: &JsValue, key: &str, value: JsValue) {
    // Setting a property on a fresh plain Error object does not fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), &value);
}

/// A core error as a JavaScript `Error` with the code and place as properties.
fn js_error(e: &Error, lang: Lang) -> JsValue {
    let err: JsValue = js_sys::Error::new(&e.render(lang)).into();
    set(&err, "name", JsValue::from_str("TromsvekstError"));
    set(&err, "code", JsValue::from_str(e.code.as_str()));
    set(&err, "pointer", JsValue::from_str(&e.pointer));
    set(&err, "line", e.line.map_or(JsValue::NULL, JsValue::from));
    set(
        &err,
        "column",
        e.column.map_or(JsValue::NULL, JsValue::from),
    );
    set(
        &err,
        "document",
        e.document
            .as_deref()
            .map_or(JsValue::NULL, JsValue::from_str),
    );
    set(
        &err,
        "sheet",
        e.sheet.as_deref().map_or(JsValue::NULL, JsValue::from_str),
    );
    set(&err, "messageEn", JsValue::from_str(&e.message_en));
    set(&err, "messageNb", JsValue::from_str(&e.message_nb));
    set(&err, "json", JsValue::from_str(&e.to_json()));
    err
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

/// Parses the core's JSON into plain JavaScript objects.
fn plain(json: &str) -> Result<JsValue, JsValue> {
    JSON::parse(json)
}

fn text_bytes(value: &JsValue, what: &str) -> Result<Vec<u8>, JsValue> {
    if let Some(s) = value.as_string() {
        Ok(s.into_bytes())
    } else if value.is_instance_of::<Uint8Array>() {
        Ok(Uint8Array::new(value).to_vec())
    } else {
        Err(type_error(&format!(
            "{what}: text must be a string or a Uint8Array"
        )))
    }
}

fn inputs(value: &JsValue) -> Result<Vec<(String, Vec<u8>)>, JsValue> {
    if !Array::is_array(value) {
        return Err(type_error("inputs must be an array of { name, text }"));
    }
    let array = Array::from(value);
    let mut out = Vec::with_capacity(array.length() as usize);
    for (i, item) in array.iter().enumerate() {
        if !item.is_object() {
            return Err(type_error(&format!(
                "inputs[{i}] must be an object {{ name, text }}"
            )));
        }
        let name = Reflect::get(&item, &JsValue::from_str("name"))?
            .as_string()
            .unwrap_or_else(|| format!("input-{}.json", i + 1));
        let text = text_bytes(
            &Reflect::get(&item, &JsValue::from_str("text"))?,
            &format!("inputs[{i}]"),
        )?;
        out.push((name, text));
    }
    Ok(out)
}

struct Options {
    lang: Lang,
    as_of: Option<Date>,
    severity: Vec<(String, String)>,
}

fn options(value: &JsValue) -> Result<Options, JsValue> {
    let mut out = Options {
        lang: Lang::Nb,
        as_of: None,
        severity: Vec::new(),
    };
    if value.is_undefined() || value.is_null() {
        return Ok(out);
    }
    if !value.is_object() {
        return Err(type_error("options must be an object"));
    }
    let get = |k: &str| Reflect::get(value, &JsValue::from_str(k));
    let lang = get("lang")?;
    if let Some(l) = lang.as_string() {
        out.lang = l.parse().map_err(|e| js_error(&e, Lang::En))?;
    } else if !lang.is_undefined() {
        return Err(type_error("options.lang must be \"nb\" or \"en\""));
    }
    let as_of = get("asOf")?;
    if let Some(d) = as_of.as_string() {
        out.as_of = Some(parse_date(&d)?);
    } else if !as_of.is_undefined() && !as_of.is_null() {
        return Err(type_error("options.asOf must be a string YYYY-MM-DD"));
    }
    let severity = get("severity")?;
    if severity.is_object() {
        for entry in js_sys::Object::entries(&js_sys::Object::from(severity)).iter() {
            let pair = Array::from(&entry);
            let (k, v) = (pair.get(0).as_string(), pair.get(1).as_string());
            match (k, v) {
                (Some(k), Some(v)) => out.severity.push((k, v)),
                _ => {
                    return Err(type_error(
                        "options.severity maps rule ids to levels (strings)",
                    ));
                }
            }
        }
    } else if !severity.is_undefined() && !severity.is_null() {
        return Err(type_error("options.severity must be an object"));
    }
    Ok(out)
}

fn parse_date(s: &str) -> Result<Date, JsValue> {
    s.parse::<Date>().map_err(|e| {
        js_error(
            &Error::new(
                ErrorCode::InvalidDate,
                format!("asOf: {e}"),
                format!("asOf: «{s}» er ikke en gyldig dato (ÅÅÅÅ-MM-DD)"),
            ),
            Lang::En,
        )
    })
}

/// Today in the browser's or node's local time.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    );
    Date::new(y, m, d).unwrap_or(Date::UNIX_EPOCH)
}

fn bundle(inputs: &[(String, Vec<u8>)], lang: Lang) -> Result<Bundle, JsValue> {
    let refs: Vec<(&str, &[u8])> = inputs
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    Bundle::parse(&refs, &ParseOptions::default()).map_err(|e| js_error(&e, lang))
}

fn config(o: &Options) -> Result<Config, JsValue> {
    let mut config = Config::new(o.lang);
    config.as_of = o.as_of;
    for (rule, level) in &o.severity {
        let level: Level = level.parse().map_err(|e| js_error(&e, o.lang))?;
        config
            .set_severity(rule, level)
            .map_err(|e| js_error(&e, o.lang))?;
    }
    Ok(config)
}

fn report(inputs_js: &JsValue, options_js: &JsValue) -> Result<tromsvekst::Report, JsValue> {
    let o = options(options_js)?;
    let config = config(&o)?;
    let b = bundle(&inputs(inputs_js)?, o.lang)?;
    Ok(tromsvekst::validate_bundle(&b, &config))
}

fn status_of(
    inputs_js: &JsValue,
    options_js: &JsValue,
) -> Result<(Status, Bundle, Date, Lang), JsValue> {
    let o = options(options_js)?;
    let day = o.as_of.unwrap_or_else(today);
    let b = bundle(&inputs(inputs_js)?, o.lang)?;
    Ok((Status::compute(&b, day, o.lang), b, day, o.lang))
}

/// Reads a document from JSON text; `kind`, when given, is the kind it must be.
/// Returns the document as a plain object; throws a `TromsvekstError`.
#[wasm_bindgen(js_name = parse, unchecked_return_type = "AnyDocument")]
pub fn parse(
    #[wasm_bindgen(unchecked_param_type = "Input")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DocumentKind | undefined")] kind: JsValue,
) -> Result<JsValue, JsValue> {
    let list = Array::of1(&input);
    let mut docs = inputs(&list.into())?;
    let (name, bytes) = docs.pop().ok_or_else(|| type_error("no input"))?;
    let kind = match kind.as_string() {
        Some(k) => Some(
            DocumentKind::from_name(&k)
                .ok_or_else(|| type_error(&format!("unknown document kind {k:?}")))?,
        ),
        None if kind.is_undefined() || kind.is_null() => None,
        None => return Err(type_error("kind must be a string")),
    };
    let doc = tromsvekst::parse_document_as(&bytes, &name, kind, &ParseOptions::default())
        .map_err(|e| js_error(&e, Lang::En))?;
    plain(&doc.to_json())
}

/// Validates documents together (without an agreement among them, the
/// embedded Nord-Troms agreement). Returns the report as a plain object.
#[wasm_bindgen(js_name = validate, unchecked_return_type = "Report")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "Input[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    plain(&report(&inputs, &options)?.to_json())
}

/// The report as JSON text, byte for byte what the command line and Python give.
#[wasm_bindgen(js_name = validateJson)]
pub fn validate_json(
    #[wasm_bindgen(unchecked_param_type = "Input[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> Result<String, JsValue> {
    Ok(report(&inputs, &options)?.to_json())
}

/// The report as text grouped by rule, with file:line:column.
#[wasm_bindgen(js_name = validateText)]
pub fn validate_text(
    #[wasm_bindgen(unchecked_param_type = "Input[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions | undefined")] options: JsValue,
) -> Result<String, JsValue> {
    Ok(report(&inputs, &options)?.to_text())
}

/// Where the follow-up stands on a day, as a plain object.
#[wasm_bindgen(js_name = status, unchecked_return_type = "Status")]
pub fn status(
    #[wasm_bindgen(unchecked_param_type = "Input[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "StatusOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    plain(&status_of(&inputs, &options)?.0.to_json())
}

/// The status as JSON text.
#[wasm_bindgen(js_name = statusJson)]
pub fn status_json(
    #[wasm_bindgen(unchecked_param_type = "Input[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "StatusOptions | undefined")] options: JsValue,
) -> Result<String, JsValue> {
    Ok(status_of(&inputs, &options)?.0.to_json())
}

/// The status as Markdown.
#[wasm_bindgen(js_name = statusMarkdown)]
pub fn status_markdown(
    #[wasm_bindgen(unchecked_param_type = "Input[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "StatusOptions | undefined")] options: JsValue,
) -> Result<String, JsValue> {
    Ok(status_of(&inputs, &options)?.0.to_markdown())
}

/// A draft midterm evaluation pre-filled from the status, as a plain object.
#[wasm_bindgen(js_name = draftMidterm, unchecked_return_type = "Evaluation")]
pub fn draft_midterm_js(
    #[wasm_bindgen(unchecked_param_type = "Input[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "StatusOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    plain(&draft_midterm_json(inputs, options)?)
}

/// The draft midterm evaluation as JSON text.
#[wasm_bindgen(js_name = draftMidtermJson)]
pub fn draft_midterm_json(
    #[wasm_bindgen(unchecked_param_type = "Input[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "StatusOptions | undefined")] options: JsValue,
) -> Result<String, JsValue> {
    let (_, b, day, lang) = status_of(&inputs, &options)?;
    let draft = draft_midterm(&b, day, lang);
    Ok(AnyDocument::Evaluation(tromsvekst::Document::from_value(draft)).to_json())
}

fn one_input(value: &JsValue) -> Result<(String, Vec<u8>), JsValue> {
    inputs(&Array::of1(value).into())?
        .pop()
        .ok_or_else(|| type_error("no input"))
}

#[cfg(feature = "spreadsheet")]
fn plan_input(value: &JsValue) -> Result<tromsvekst::model::ActionPlan, JsValue> {
    let (name, bytes) = one_input(value)?;
    let docs = tromsvekst::parse_inputs(&[(&name, &bytes)], &ParseOptions::default())
        .map_err(|e| js_error(&e, Lang::En))?;
    match docs.into_iter().next() {
        Some(AnyDocument::ActionPlan(p)) => Ok(p.value),
        Some(other) => Err(type_error(&format!(
            "expected an action plan, not {}",
            other.kind().as_str()
        ))),
        None => Err(type_error("no input")),
    }
}

#[cfg(feature = "spreadsheet")]
fn lang_option(value: &JsValue) -> Result<Lang, JsValue> {
    match value.as_string() {
        Some(l) => l.parse().map_err(|e| js_error(&e, Lang::En)),
        None if value.is_undefined() || value.is_null() => Ok(Lang::Nb),
        None => Err(type_error("lang must be \"nb\" or \"en\"")),
    }
}

#[cfg(feature = "spreadsheet")]
fn import_plan_doc(inputs_js: &JsValue, base: &JsValue) -> Result<AnyDocument, JsValue> {
    let files = inputs(inputs_js)?;
    let refs: Vec<(&str, &[u8])> = files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let base = if base.is_undefined() || base.is_null() {
        None
    } else {
        Some(plan_input(base)?)
    };
    tromsvekst::sheet::import_plan_files(&refs, base.as_ref())
        .map(AnyDocument::ActionPlan)
        .map_err(|e| js_error(&e, Lang::En))
}

#[cfg(feature = "spreadsheet")]
/// Imports an action plan from a spreadsheet in the layout: one `.xlsx`
/// workbook (bytes), or `.csv` files (one per sheet). `base` is the plan
/// (JSON) to fill in when there is no Plan sheet. Errors carry `sheet`,
/// `line` (the row) and `column`.
#[wasm_bindgen(js_name = importPlan, unchecked_return_type = "ActionPlan")]
pub fn import_plan(
    #[wasm_bindgen(unchecked_param_type = "Input[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Input | undefined")] base: JsValue,
) -> Result<JsValue, JsValue> {
    plain(&import_plan_doc(&inputs, &base)?.to_json())
}

#[cfg(feature = "spreadsheet")]
/// The imported action plan as JSON text.
#[wasm_bindgen(js_name = importPlanJson)]
pub fn import_plan_json(
    #[wasm_bindgen(unchecked_param_type = "Input[]")] inputs: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Input | undefined")] base: JsValue,
) -> Result<String, JsValue> {
    Ok(import_plan_doc(&inputs, &base)?.to_json())
}

#[cfg(feature = "spreadsheet")]
/// An action plan (JSON or spreadsheet) as an XLSX workbook of the layout.
#[wasm_bindgen(js_name = exportPlanXlsx)]
pub fn export_plan_xlsx(
    #[wasm_bindgen(unchecked_param_type = "Input")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Lang | undefined")] lang: JsValue,
) -> Result<Vec<u8>, JsValue> {
    let l = lang_option(&lang)?;
    tromsvekst::sheet::export_xlsx(&plan_input(&plan)?, l).map_err(|e| js_error(&e, l))
}

#[cfg(feature = "spreadsheet")]
/// An action plan as CSV files of the layout: file name → CSV text.
#[wasm_bindgen(js_name = exportPlanCsv, unchecked_return_type = "Record<string, string>")]
pub fn export_plan_csv(
    #[wasm_bindgen(unchecked_param_type = "Input")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Lang | undefined")] lang: JsValue,
) -> Result<JsValue, JsValue> {
    let l = lang_option(&lang)?;
    let out = js_sys::Object::new();
    for (name, text) in tromsvekst::sheet::export_csv_files(&plan_input(&plan)?, l) {
        set(&out, name, JsValue::from_str(&text));
    }
    Ok(out.into())
}

fn jsonstat_doc(
    dataset: &JsValue,
    mapping: &JsValue,
    indicators: &JsValue,
) -> Result<AnyDocument, JsValue> {
    let (d, m, i) = (
        one_input(dataset)?,
        one_input(mapping)?,
        one_input(indicators)?,
    );
    tromsvekst::sheet::jsonstat::apply_files((&d.0, &d.1), (&m.0, &m.1), (&i.0, &i.1))
        .map(AnyDocument::Indicators)
        .map_err(|e| js_error(&e, Lang::En))
}

/// The indicator set with the figures of a JSON-stat 2.0 dataset put in, as the mapping says.
#[wasm_bindgen(js_name = applyJsonstat, unchecked_return_type = "IndicatorSet")]
pub fn apply_jsonstat(
    #[wasm_bindgen(unchecked_param_type = "Input")] dataset: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Input")] mapping: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Input")] indicators: JsValue,
) -> Result<JsValue, JsValue> {
    plain(&jsonstat_doc(&dataset, &mapping, &indicators)?.to_json())
}

/// The filled-in indicator set as JSON text.
#[wasm_bindgen(js_name = applyJsonstatJson)]
pub fn apply_jsonstat_json(
    #[wasm_bindgen(unchecked_param_type = "Input")] dataset: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Input")] mapping: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Input")] indicators: JsValue,
) -> Result<String, JsValue> {
    Ok(jsonstat_doc(&dataset, &mapping, &indicators)?.to_json())
}

/// The embedded Nord-Troms agreement, as a plain object.
#[wasm_bindgen(js_name = nordTroms, unchecked_return_type = "Agreement")]
pub fn nord_troms() -> Result<JsValue, JsValue> {
    plain(tromsvekst::embedded::NORD_TROMS_JSON)
}

/// The embedded Nord-Troms agreement as JSON text.
#[wasm_bindgen(js_name = nordTromsJson)]
pub fn nord_troms_json() -> String {
    tromsvekst::embedded::NORD_TROMS_JSON.to_string()
}

/// The JSON Schema with a name (see `schemaNames`); throws for an unknown name.
#[wasm_bindgen(js_name = schema, unchecked_return_type = "Record<string, unknown>")]
pub fn schema(name: &str) -> Result<JsValue, JsValue> {
    match tromsvekst::schema::committed(name) {
        Some(s) => plain(s),
        None => Err(type_error(&format!("no schema {name:?}"))),
    }
}

/// The names of the JSON Schemas.
#[wasm_bindgen(js_name = schemaNames)]
pub fn schema_names() -> Vec<String> {
    tromsvekst::schema::COMMITTED
        .iter()
        .map(|(f, _)| f.trim_end_matches(".schema.json").to_string())
        .collect()
}

/// The rule catalog.
#[wasm_bindgen(js_name = rules, unchecked_return_type = "Rule[]")]
pub fn rules() -> Result<JsValue, JsValue> {
    plain(&tromsvekst::rules::catalog_json())
}

/// Every error code.
#[wasm_bindgen(js_name = errorCodes)]
pub fn error_codes() -> Vec<String> {
    ErrorCode::ALL
        .iter()
        .map(|c| c.as_str().to_string())
        .collect()
}

/// The library's version.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
