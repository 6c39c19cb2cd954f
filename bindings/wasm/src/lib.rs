//! WebAssembly bindings for `tromsvekst`. This crate translates; it decides
//! nothing: every check, status figure, default and message comes from the
//! core. Arguments are read in `options.rs`, errors made in `errors.rs`;
//! this file holds the exports, one per operation. Every operation takes an
//! options object; `format` chooses what comes back: plain objects (the
//! default), or the exact text the command line and Python give (`"json"`,
//! and `"text"`/`"markdown"` where they exist).

// The first view's module (`--no-default-features`) leaves functions out; what
// only they use is then unused, by design.
#![cfg_attr(not(feature = "complete"), allow(dead_code, unused_imports))]

use js_sys::JSON;
use tromsvekst::format::FileFormat;
use tromsvekst::status::Status;
use tromsvekst::{AnyDocument, Bundle, Config, Error, ErrorCode, ParseOptions};
use wasm_bindgen::prelude::*;

mod errors;
mod options;

use errors::Raised;
use options::{Options, inputs, refs};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const API_TYPES: &str = include_str!("api.d.ts");

/// The core's JSON as plain objects, or as the text itself for `format: "json"`.
fn out(json: String, format: &str) -> Result<JsValue, JsValue> {
    if format == "json" {
        Ok(JsValue::from_str(&json))
    } else {
        JSON::parse(&json)
    }
}

fn bundle(o: &Options, inputs_js: &JsValue) -> Result<Bundle, Raised> {
    // The bytes copied in from JavaScript become the documents' texts.
    Bundle::parse_owned(inputs(inputs_js, o.lang)?, &ParseOptions::default())
        .map_err(|e| Raised(e, o.lang))
}

fn document(doc: AnyDocument, format: &str) -> Result<JsValue, JsValue> {
    out(doc.to_json(), format)
}

/// Reads a document (JSON of any kind, or a spreadsheet as an action plan);
/// `options.kind` is the kind it must be.
#[wasm_bindgen(js_name = parse, skip_typescript)]
pub fn parse(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let format = o.format(&["object", "json"])?;
    let kind = o.kind()?;
    let (name, bytes) = options::input(&input, 1, "input", o.lang)?;
    let doc = tromsvekst::read_document(&name, &bytes, kind, &ParseOptions::default())
        .map_err(|e| Raised(e, o.lang))?;
    document(doc, format)
}

/// Validates documents together (without an agreement among them, the
/// embedded Nord-Troms agreement), judged on `options.asOf` (default today
/// in Europe/Oslo).
#[cfg(feature = "complete")]
#[wasm_bindgen(js_name = validate, skip_typescript)]
pub fn validate(inputs_js: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let format = o.format(&["object", "json", "text"])?;
    let mut config = Config::undated(o.lang);
    config.as_of = Some(o.as_of()?);
    for (rule, level) in o.severity()? {
        config
            .set_severity(&rule, level)
            .map_err(|e| Raised(e, o.lang))?;
    }
    let report = tromsvekst::validate_bundle(&bundle(&o, &inputs_js)?, &config);
    match format {
        "text" => Ok(JsValue::from_str(&report.to_text())),
        f => out(report.to_json(), f),
    }
}

/// Where the follow-up stands on `options.asOf` (default today in Europe/Oslo).
#[cfg(feature = "complete")]
#[wasm_bindgen(js_name = status, skip_typescript)]
pub fn status(inputs_js: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let format = o.format(&["object", "json", "text", "markdown"])?;
    let day = o.as_of()?;
    let s =
        Status::compute(&bundle(&o, &inputs_js)?, day, o.lang).map_err(|e| Raised(e, o.lang))?;
    match format {
        "text" => Ok(JsValue::from_str(&s.to_text())),
        "markdown" => Ok(JsValue::from_str(&s.to_markdown())),
        f => out(s.to_json(), f),
    }
}

/// Where the follow-up stands on `options.asOf`, and the same status
/// described as a document (sections, tables and charts with every value in
/// the reader's words and number format, as every other rendering shows
/// it): `{ status, document }`, from one computation.
#[cfg(feature = "complete")]
#[wasm_bindgen(js_name = statusDescribed, skip_typescript)]
pub fn status_described(inputs_js: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let day = o.as_of()?;
    let s =
        Status::compute(&bundle(&o, &inputs_js)?, day, o.lang).map_err(|e| Raised(e, o.lang))?;
    let both = format!(
        "{{\"status\":{},\"document\":{}}}",
        s.to_json(),
        s.describe().to_json()
    );
    out(both, "object")
}

/// The rules' report and the status on `options.asOf`, and the status
/// described as a document, from one check of the documents:
/// `{ report, status, document }` (what a page that shows findings and status
/// together asks at each change; `validate` and `statusDescribed` give the
/// same with two checks).
#[wasm_bindgen(js_name = check, skip_typescript)]
pub fn check(inputs_js: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let day = o.as_of()?;
    let (report, s) =
        Status::check(&bundle(&o, &inputs_js)?, day, o.lang).map_err(|e| Raised(e, o.lang))?;
    let all = format!(
        "{{\"report\":{},\"status\":{},\"document\":{}}}",
        report.to_json(),
        s.to_json(),
        s.describe().to_json()
    );
    out(all, "object")
}

/// The progress per focus area at the end of each quarter up to
/// `options.asOf`, each day judged on what was known on it.
#[cfg(feature = "complete")]
#[wasm_bindgen(js_name = statusHistory, skip_typescript)]
pub fn status_history(inputs_js: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let format = o.format(&["object", "json", "text", "markdown"])?;
    let day = o.as_of()?;
    let b = bundle(&o, &inputs_js)?;
    let days = tromsvekst::status::History::quarters(&b, day);
    let h =
        tromsvekst::status::History::compute(&b, &days, o.lang).map_err(|e| Raised(e, o.lang))?;
    match format {
        "text" => Ok(JsValue::from_str(&h.to_text())),
        "markdown" => Ok(JsValue::from_str(&h.to_markdown())),
        f => out(h.to_json(), f),
    }
}

/// A draft midterm evaluation pre-filled from the status on `options.asOf`.
#[cfg(feature = "complete")]
#[wasm_bindgen(js_name = draftMidterm, skip_typescript)]
pub fn draft_midterm_js(inputs_js: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let format = o.format(&["object", "json"])?;
    let day = o.as_of()?;
    // The same as draft("midterm"): a begun midterm among the inputs is refreshed.
    let draft = tromsvekst::draft::draft(
        &bundle(&o, &inputs_js)?,
        tromsvekst::draft::DraftKind::Midterm,
        day,
        o.lang,
    )
    .map_err(|e| Raised(e, o.lang))?;
    document(draft, format)
}

/// Several agreements side by side on `options.asOf`: the inputs (each
/// agreement with its documents) are split by the agreement they name.
#[cfg(feature = "complete")]
#[wasm_bindgen(js_name = portfolio, skip_typescript)]
pub fn portfolio_js(inputs_js: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let format = o.format(&["object", "json", "text", "markdown"])?;
    let day = o.as_of()?;
    let named = options::inputs(&inputs_js, o.lang)?;
    let p = Bundle::parse_portfolio(&refs(&named), &ParseOptions::default())
        .and_then(|bundles| tromsvekst::status::Portfolio::compute(&bundles, day, o.lang))
        .map_err(|e| Raised(e, o.lang))?;
    match format {
        "text" => Ok(JsValue::from_str(&p.to_text())),
        "markdown" => Ok(JsValue::from_str(&p.to_markdown())),
        f => out(p.to_json(), f),
    }
}

/// A draft of `options.kind` (`midterm`, `plan`, `final`) on
/// `options.asOf`; with `options.update`, that earlier draft refreshed.
#[cfg(feature = "complete")]
#[wasm_bindgen(js_name = draft, skip_typescript)]
pub fn draft_js(inputs_js: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let kind = o.draft_kind()?;
    let format = o.format(&["object", "json"])?;
    let day = o.as_of()?;
    let update = o.update()?;
    let b = bundle(&o, &inputs_js)?;
    let doc = match update {
        None => tromsvekst::draft::draft(&b, kind, day, o.lang),
        Some((name, bytes)) => {
            tromsvekst::read_document(&name, &bytes, None, &ParseOptions::default())
                .and_then(|old| tromsvekst::draft::refresh(&b, kind, day, o.lang, &old))
        }
    }
    .map_err(|e| Raised(e, o.lang))?;
    document(doc, format)
}

/// The document for a political meeting of `options.kind` (`status`,
/// `midterm`, `final`) on `options.asOf`: `options.format` `"html"` (the
/// default: one self-contained page), `"fragment"` (one element for another
/// page), `"md"` (Markdown), or `"docx"` (a Word document, as bytes). In the
/// report module only (`tromsvekst/report`), which the package loads on
/// first use.
#[cfg(feature = "report")]
#[wasm_bindgen(js_name = report, skip_typescript)]
pub fn report_js(inputs_js: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let kind = o.report_kind()?;
    let format = o.format(&["html", "fragment", "md", "docx"])?;
    let day = o.as_of()?;
    let b = bundle(&o, &inputs_js)?;
    let r = tromsvekst_report::MeetingReport::make(&b, kind, day, o.lang)
        .map_err(|e| Raised(e, o.lang))?;
    Ok(match format {
        "docx" => {
            let bytes = r.to_docx().map_err(|e| Raised(e, o.lang))?;
            js_sys::Uint8Array::from(bytes.as_slice()).into()
        }
        "md" => JsValue::from_str(&r.to_markdown()),
        "fragment" => JsValue::from_str(&r.to_html_fragment()),
        _ => JsValue::from_str(&r.to_html()),
    })
}

/// The follow-up in public: the static site on `options.asOf`, made on
/// `options.made` (both default today in Europe/Oslo), as an array of
/// `{ path, bytes }` in path order — the same files as `tromsvekst site`.
/// `options.previous`, the files of an earlier build (as this returned
/// them), makes the feed list what changed since. In the report module only.
#[cfg(feature = "report")]
#[wasm_bindgen(js_name = site, skip_typescript)]
pub fn site_js(inputs_js: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    use tromsvekst_report::site::{self, SiteFile, SiteOptions};
    let o = Options::read(&options)?;
    let mut opts = SiteOptions::new(o.as_of()?, o.day("made")?);
    let previous = if options.is_object() {
        js_sys::Reflect::get(&options, &JsValue::from_str("previous")).unwrap_or(JsValue::UNDEFINED)
    } else {
        JsValue::UNDEFINED
    };
    if js_sys::Array::is_array(&previous) {
        for item in js_sys::Array::from(&previous).iter() {
            let path = js_sys::Reflect::get(&item, &JsValue::from_str("path"))
                .ok()
                .and_then(|p| p.as_string());
            let bytes = js_sys::Reflect::get(&item, &JsValue::from_str("bytes")).ok();
            if let (Some(path), Some(bytes)) = (path, bytes) {
                let bytes = if let Some(s) = bytes.as_string() {
                    s.into_bytes()
                } else {
                    js_sys::Uint8Array::new(&bytes).to_vec()
                };
                opts.previous.push(SiteFile { path, bytes });
            }
        }
    } else if !previous.is_undefined() && !previous.is_null() {
        return Err(errors::wrong_type(
            "options.previous",
            (
                "filene fra en tidligere site() (en liste av { path, bytes })",
                "the files of an earlier site() (a list of { path, bytes })",
            ),
            &previous,
            o.lang,
        )
        .into());
    }
    let files = site::build(&bundle(&o, &inputs_js)?, &opts).map_err(|e| Raised(e, o.lang))?;
    let out = js_sys::Array::new();
    for f in files {
        let item = js_sys::Object::new();
        let _ = js_sys::Reflect::set(
            &item,
            &JsValue::from_str("path"),
            &JsValue::from_str(&f.path),
        );
        let _ = js_sys::Reflect::set(
            &item,
            &JsValue::from_str("bytes"),
            &js_sys::Uint8Array::from(f.bytes.as_slice()).into(),
        );
        out.push(&item);
    }
    Ok(out.into())
}

#[cfg(feature = "spreadsheet")]
fn plan_of(named: &options::Named, o: &Options) -> Result<tromsvekst::model::ActionPlan, Raised> {
    let doc = tromsvekst::read_document(
        &named.0,
        &named.1,
        Some(tromsvekst::DocumentKind::ActionPlan),
        &ParseOptions::default(),
    )
    .map_err(|e| Raised(e, o.lang))?;
    match doc {
        AnyDocument::ActionPlan(p) => Ok(p.value),
        other => Err(Raised(
            Error::new(
                ErrorCode::WrongKind,
                format!(
                    "forventet en handlingsplan, ikke «{}»",
                    other.kind().as_str()
                ),
                format!("expected an action plan, not \"{}\"", other.kind().as_str()),
            ),
            o.lang,
        )),
    }
}

/// Imports an action plan from a spreadsheet in the layout: one workbook, or
/// CSV files (one per sheet). `options.base` is the plan (JSON) to fill in
/// when there is no Plan sheet. Errors carry `sheet`, `line` (the row) and `column`.
#[cfg(feature = "spreadsheet")]
#[wasm_bindgen(js_name = importPlan, skip_typescript)]
pub fn import_plan(inputs_js: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let format = o.format(&["object", "json"])?;
    let base = o.base()?.map(|b| plan_of(&b, &o)).transpose()?;
    let named = inputs(&inputs_js, o.lang)?;
    let doc = tromsvekst::sheet::import_plan_files(&refs(&named), base.as_ref())
        .map_err(|e| Raised(e, o.lang))?;
    document(AnyDocument::ActionPlan(doc), format)
}

/// An action plan (JSON or spreadsheet) in the spreadsheet layout:
/// `options.format` `"xlsx"` (the default, a `Uint8Array` workbook) or
/// `"csv"` (file name → CSV text), headers in `options.lang`.
#[cfg(feature = "spreadsheet")]
#[wasm_bindgen(js_name = exportPlan, skip_typescript)]
pub fn export_plan(plan: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    // `options.format` is checked against the formats written here; with no
    // file name there is nothing for it to contradict.
    let chosen = match o.format(&["xlsx", "csv"])? {
        "csv" => FileFormat::Csv,
        _ => FileFormat::Xlsx,
    };
    let plan = plan_of(&options::input(&plan, 1, "plan", o.lang)?, &o)?;
    if chosen == FileFormat::Csv {
        let files = js_sys::Object::new();
        for (name, text) in tromsvekst::sheet::export_csv_files(&plan, o.lang) {
            let _ =
                js_sys::Reflect::set(&files, &JsValue::from_str(name), &JsValue::from_str(&text));
        }
        return Ok(files.into());
    }
    let bytes = tromsvekst::sheet::export_xlsx(&plan, o.lang).map_err(|e| Raised(e, o.lang))?;
    Ok(js_sys::Uint8Array::from(bytes.as_slice()).into())
}

/// The indicator set with the figures of a JSON-stat 2.0 dataset put in, as the mapping says.
#[cfg(feature = "complete")]
#[wasm_bindgen(js_name = applyJsonstat, skip_typescript)]
pub fn apply_jsonstat(
    dataset: JsValue,
    mapping: JsValue,
    indicators: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let format = o.format(&["object", "json"])?;
    let d = options::input(&dataset, 1, "dataset", o.lang)?;
    let m = options::input(&mapping, 2, "mapping", o.lang)?;
    let i = options::input(&indicators, 3, "indicators", o.lang)?;
    let set = tromsvekst::jsonstat::apply_files((&d.0, &d.1), (&m.0, &m.1), (&i.0, &i.1))
        .map_err(|e| Raised(e, o.lang))?;
    document(AnyDocument::Indicators(set), format)
}

/// Two versions of a document made from a common base merged item by item:
/// `{document, conflicts}` (as `tromsvekst merge --format json`).
#[wasm_bindgen(js_name = merge, skip_typescript)]
pub fn merge(
    base: JsValue,
    mine: JsValue,
    theirs: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    let format = o.format(&["object", "json"])?;
    let b = options::input(&base, 1, "base", o.lang)?;
    let m = options::input(&mine, 2, "mine", o.lang)?;
    let t = options::input(&theirs, 3, "theirs", o.lang)?;
    let merged = tromsvekst::merge::merge_files(
        (&b.0, &b.1),
        (&m.0, &m.1),
        (&t.0, &t.1),
        &ParseOptions::default(),
    )
    .map_err(|e| Raised(e, o.lang))?;
    out(merged.to_json(o.lang), format)
}

/// The embedded Nord-Troms agreement (`options.format`: `"object"` or `"json"`).
#[wasm_bindgen(js_name = nordTroms, skip_typescript)]
pub fn nord_troms(options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    out(
        tromsvekst::embedded::NORD_TROMS_JSON.to_string(),
        o.format(&["object", "json"])?,
    )
}

/// The JSON Schema with a name (see `schemaNames`).
#[cfg(feature = "complete")]
#[wasm_bindgen(js_name = schema, skip_typescript)]
pub fn schema(name: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    match tromsvekst::schema::committed(name) {
        Some(s) => out(s.to_string(), o.format(&["object", "json"])?),
        None => {
            Err(errors::unknown_value("schema", name, tromsvekst::schema::NAMES, o.lang).into())
        }
    }
}

/// The names of the JSON Schemas.
#[cfg(feature = "complete")]
#[wasm_bindgen(js_name = schemaNames, skip_typescript)]
pub fn schema_names() -> Vec<String> {
    tromsvekst::schema::NAMES
        .iter()
        .map(|n| n.to_string())
        .collect()
}

/// The rule catalog.
#[cfg(feature = "complete")]
#[wasm_bindgen(js_name = rules, skip_typescript)]
pub fn rules() -> Result<JsValue, JsValue> {
    JSON::parse(&tromsvekst::rules::catalog_json())
}

/// How a section of the agreement is named in a language: `vedlegg 1`, `section 6.1`.
#[wasm_bindgen(js_name = sectionLabel, skip_typescript)]
pub fn section_label(section: &str, options: JsValue) -> Result<String, JsValue> {
    let o = Options::read(&options)?;
    Ok(tromsvekst::rules::section_label(section, o.lang))
}

/// The words for every value of the documents in a language, by kind and value.
#[wasm_bindgen(js_name = vocabulary, skip_typescript)]
pub fn vocabulary(options: JsValue) -> Result<JsValue, JsValue> {
    let o = Options::read(&options)?;
    JSON::parse(&tromsvekst::vocabulary_json(o.lang))
}

/// Every error code.
#[wasm_bindgen(js_name = errorCodes, skip_typescript)]
pub fn error_codes() -> Vec<String> {
    ErrorCode::ALL
        .iter()
        .map(|c| c.as_str().to_string())
        .collect()
}

/// Today in Europe/Oslo (`YYYY-MM-DD`): the day every function judges on by default.
#[wasm_bindgen(js_name = today, skip_typescript)]
pub fn today() -> String {
    tromsvekst::today().to_string()
}

/// The library's version.
#[wasm_bindgen(js_name = version, skip_typescript)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
