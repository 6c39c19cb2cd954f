//! JavaScript arguments converted into the core's types, once, here: the
//! inputs, and the options object every function takes (`lang`, `asOf`,
//! `severity`, `format`, `kind`, `base`). Defaults are the core's: bokmål,
//! today in Europe/Oslo.

use crate::errors::{Raised, unknown_value, wrong_type};
use js_sys::{Array, Reflect, Uint8Array};
use tromsvekst::{Date, DocumentKind, Lang, Level};
use wasm_bindgen::{JsCast, JsValue};

/// One input: its name (the core's default `input-N` when it has none) and bytes.
pub(crate) type Named = (String, Vec<u8>);

fn text_bytes(value: &JsValue, what: &str, lang: Lang) -> Result<Vec<u8>, Raised> {
    if let Some(s) = value.as_string() {
        Ok(s.into_bytes())
    } else if value.is_instance_of::<Uint8Array>() {
        Ok(Uint8Array::new(value).to_vec())
    } else {
        Err(wrong_type(
            &format!("{what}.text"),
            ("en streng eller en Uint8Array", "a string or a Uint8Array"),
            value,
            lang,
        ))
    }
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn absent(v: &JsValue) -> bool {
    v.is_undefined() || v.is_null()
}

/// One `{ name?, text }`; `index` (from 1) gives the default name.
pub(crate) fn input(
    value: &JsValue,
    index: usize,
    what: &str,
    lang: Lang,
) -> Result<Named, Raised> {
    if !value.is_object() {
        return Err(wrong_type(
            what,
            ("et objekt { name, text }", "an object { name, text }"),
            value,
            lang,
        ));
    }
    let name = get(value, "name")
        .as_string()
        .unwrap_or_else(|| tromsvekst::default_name(index));
    Ok((name, text_bytes(&get(value, "text"), what, lang)?))
}

/// An array of `{ name?, text }`.
pub(crate) fn inputs(value: &JsValue, lang: Lang) -> Result<Vec<Named>, Raised> {
    if !Array::is_array(value) {
        return Err(wrong_type(
            "inputs",
            ("en liste av { name, text }", "an array of { name, text }"),
            value,
            lang,
        ));
    }
    Array::from(value)
        .iter()
        .enumerate()
        .map(|(i, item)| input(&item, i + 1, &format!("inputs[{i}]"), lang))
        .collect()
}

/// The borrowed form the core reads.
pub(crate) fn refs(named: &[Named]) -> Vec<(&str, &[u8])> {
    named
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect()
}

/// The options every function takes, each read and checked once.
pub(crate) struct Options {
    pub lang: Lang,
    pub object: JsValue,
}

impl Options {
    /// Reads the options object (or `undefined`); `lang` first, so that every
    /// later error is in the language asked for.
    pub(crate) fn read(value: &JsValue) -> Result<Options, Raised> {
        let default = Lang::default();
        if absent(value) {
            return Ok(Options {
                lang: default,
                object: JsValue::UNDEFINED,
            });
        }
        if !value.is_object() {
            return Err(wrong_type(
                "options",
                ("et objekt", "an object"),
                value,
                default,
            ));
        }
        let l = get(value, "lang");
        let lang = if absent(&l) {
            default
        } else if let Some(s) = l.as_string() {
            s.parse()
                .map_err(|e: tromsvekst::UnknownLang| Raised(e.into(), default))?
        } else {
            return Err(wrong_type(
                "options.lang",
                ("«nb» eller «en»", "\"nb\" or \"en\""),
                &l,
                default,
            ));
        };
        Ok(Options {
            lang,
            object: value.clone(),
        })
    }

    fn field(&self, key: &str) -> JsValue {
        if absent(&self.object) {
            JsValue::UNDEFINED
        } else {
            get(&self.object, key)
        }
    }

    /// `asOf`: a text `YYYY-MM-DD`, a `Date` (its calendar day in
    /// Europe/Oslo), or absent for today in Europe/Oslo.
    pub(crate) fn as_of(&self) -> Result<Date, Raised> {
        self.day("asOf")
    }

    /// A day given as `key`, read as `asOf` is.
    pub(crate) fn day(&self, key: &str) -> Result<Date, Raised> {
        let v = self.field(key);
        if absent(&v) {
            return tromsvekst::date::as_of(None, key).map_err(|e| Raised(e, self.lang));
        }
        if let Some(s) = v.as_string() {
            return tromsvekst::date::as_of(Some(&s), key).map_err(|e| Raised(e, self.lang));
        }
        if let Some(d) = v.dyn_ref::<js_sys::Date>() {
            let ms = d.get_time();
            if ms.is_finite()
                && let Some(day) = tromsvekst::date::date_at((ms / 1000.0).floor() as i64)
            {
                return Ok(day);
            }
        }
        Err(wrong_type(
            &format!("options.{key}"),
            (
                "en tekst ÅÅÅÅ-MM-DD, en Date eller ingenting (i dag)",
                "a text YYYY-MM-DD, a Date, or nothing (today)",
            ),
            &v,
            self.lang,
        ))
    }

    /// `severity`: rule id → `error` | `warning` | `info` | `off`.
    pub(crate) fn severity(&self) -> Result<Vec<(String, Level)>, Raised> {
        let v = self.field("severity");
        if absent(&v) {
            return Ok(Vec::new());
        }
        if !v.is_object() {
            return Err(wrong_type(
                "options.severity",
                ("et objekt", "an object"),
                &v,
                self.lang,
            ));
        }
        let mut out = Vec::new();
        for entry in js_sys::Object::entries(&js_sys::Object::from(v)).iter() {
            let pair = Array::from(&entry);
            let (rule, level) = (pair.get(0).as_string().unwrap_or_default(), pair.get(1));
            let Some(level) = level.as_string() else {
                return Err(wrong_type(
                    &format!("options.severity[\"{rule}\"]"),
                    ("en tekst", "a string"),
                    &level,
                    self.lang,
                ));
            };
            out.push((rule, level.parse().map_err(|e| Raised(e, self.lang))?));
        }
        Ok(out)
    }

    /// `format`: one of `choices` (the first is the default).
    pub(crate) fn format(&self, choices: &[&'static str]) -> Result<&'static str, Raised> {
        let v = self.field("format");
        if absent(&v) {
            return Ok(choices[0]);
        }
        let s = v
            .as_string()
            .ok_or_else(|| wrong_type("options.format", ("en tekst", "a string"), &v, self.lang))?;
        choices
            .iter()
            .find(|c| **c == s)
            .copied()
            .ok_or_else(|| unknown_value("options.format", &s, choices, self.lang))
    }

    /// `kind`: the document kind a document must be, if given.
    pub(crate) fn kind(&self) -> Result<Option<DocumentKind>, Raised> {
        let v = self.field("kind");
        if absent(&v) {
            return Ok(None);
        }
        let names: Vec<&str> = DocumentKind::ALL.iter().map(|k| k.as_str()).collect();
        match v.as_string() {
            Some(s) => DocumentKind::from_name(&s)
                .map(Some)
                .ok_or_else(|| unknown_value("options.kind", &s, &names, self.lang)),
            None => Err(wrong_type(
                "options.kind",
                ("en tekst", "a string"),
                &v,
                self.lang,
            )),
        }
    }

    /// `kind` of a draft: `midterm`, `plan` or `final` (required).
    pub(crate) fn draft_kind(&self) -> Result<tromsvekst::draft::DraftKind, Raised> {
        let v = self.field("kind");
        let Some(s) = v.as_string() else {
            return Err(wrong_type(
                "options.kind",
                (
                    "«midterm», «plan» eller «final»",
                    "\"midterm\", \"plan\" or \"final\"",
                ),
                &v,
                self.lang,
            ));
        };
        tromsvekst::draft::DraftKind::parse(&s, ("options.kind", "options.kind"))
            .map_err(|e| Raised(e, self.lang))
    }

    /// `kind` of a report: `status`, `midterm` or `final` (required).
    #[cfg(feature = "report")]
    pub(crate) fn report_kind(&self) -> Result<tromsvekst_report::Kind, Raised> {
        let v = self.field("kind");
        let Some(s) = v.as_string() else {
            return Err(wrong_type(
                "options.kind",
                (
                    "«status», «midterm» eller «final»",
                    "\"status\", \"midterm\" or \"final\"",
                ),
                &v,
                self.lang,
            ));
        };
        tromsvekst_report::Kind::parse(&s, ("options.kind", "options.kind"))
            .map_err(|e| Raised(e, self.lang))
    }

    /// `update`: the draft to refresh, an input `{ name?, text }`, if given.
    pub(crate) fn update(&self) -> Result<Option<Named>, Raised> {
        let v = self.field("update");
        if absent(&v) {
            return Ok(None);
        }
        input(&v, 1, "options.update", self.lang).map(Some)
    }

    /// `base`: an input `{ name?, text }`, if given.
    pub(crate) fn base(&self) -> Result<Option<Named>, Raised> {
        let v = self.field("base");
        if absent(&v) {
            return Ok(None);
        }
        input(&v, 1, "options.base", self.lang).map(Some)
    }
}
