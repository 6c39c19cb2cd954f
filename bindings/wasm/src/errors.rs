//! Core errors as JavaScript `Error` objects with the code and place as
//! properties. A wrong argument type is a `TypeError` that carries its code
//! (`argument.invalid-type`) like every other error.

use js_sys::Reflect;
use tromsvekst::{Error, ErrorCode, Lang};
use wasm_bindgen::JsValue;

fn set(target: &JsValue, key: &str, value: JsValue) {
    // Setting a property on a fresh Error object does not fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), &value);
}

/// A core error as a JavaScript `Error` (a `TypeError` for a wrong argument
/// type) with `code`, `kind`, `pointer`, `line`, `column`, `document`, `sheet`,
/// `messageEn`, `messageNb` and `json`; its message in `lang`.
pub(crate) fn js_error(e: &Error, lang: Lang) -> JsValue {
    let err: JsValue = if e.code() == ErrorCode::InvalidArgumentType {
        js_sys::TypeError::new(&e.render(lang)).into()
    } else {
        let err: JsValue = js_sys::Error::new(&e.render(lang)).into();
        set(&err, "name", JsValue::from_str("TromsvekstError"));
        err
    };
    set(&err, "code", JsValue::from_str(e.code().as_str()));
    set(&err, "kind", JsValue::from_str(e.kind().as_str()));
    set(&err, "pointer", JsValue::from_str(e.pointer()));
    set(&err, "line", e.line().map_or(JsValue::NULL, JsValue::from));
    set(
        &err,
        "column",
        e.column().map_or(JsValue::NULL, JsValue::from),
    );
    set(
        &err,
        "document",
        e.document().map_or(JsValue::NULL, JsValue::from_str),
    );
    set(
        &err,
        "sheet",
        e.sheet().map_or(JsValue::NULL, JsValue::from_str),
    );
    set(&err, "messageEn", JsValue::from_str(e.message(Lang::En)));
    set(&err, "messageNb", JsValue::from_str(e.message(Lang::Nb)));
    set(&err, "json", JsValue::from_str(&e.to_json()));
    err
}

/// A core error with the language it is to be shown in, for `?`.
pub(crate) struct Raised(pub Error, pub Lang);

impl From<Raised> for JsValue {
    fn from(r: Raised) -> JsValue {
        js_error(&r.0, r.1)
    }
}

/// `argument` must be `expected` (bokmål, English), not what `got` is.
pub(crate) fn wrong_type(
    argument: &str,
    expected: (&str, &str),
    got: &JsValue,
    lang: Lang,
) -> Raised {
    let got = got.js_typeof().as_string().unwrap_or_default();
    Raised(
        Error::argument_type(argument, expected.0, expected.1, &got),
        lang,
    )
}

/// `argument` has the value `value`, which is not one of `choices`.
pub(crate) fn unknown_value(argument: &str, value: &str, choices: &[&str], lang: Lang) -> Raised {
    Raised(
        Error::argument_value((argument, argument), value, choices),
        lang,
    )
}
