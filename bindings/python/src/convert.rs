//! Python arguments converted by type into the core's types, once, here:
//! a function never re-parses an option itself. Every refusal is a coded
//! core error (`argument.invalid-value`, `argument.invalid-type`).

use crate::errors::Raised;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyString, PyTuple};
use tromsvekst::{AnyDocument, Date, DocumentKind, Error, Lang};

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string())
}

/// An `argument.invalid-type` error: `argument` must be `expected`, not the type given.
pub(crate) fn wrong_type(argument: &str, expected: (&str, &str), got: &str, lang: Lang) -> Raised {
    Raised(
        Error::argument_type(argument, expected.0, expected.1, got),
        lang,
    )
}

/// `nb` or `en`, in any case; anything else is refused with the list.
pub(crate) fn lang(value: &str) -> Result<Lang, Raised> {
    value
        .parse()
        .map_err(|e: tromsvekst::UnknownLang| Raised(e.into(), Lang::default()))
}

/// The `lang` argument of every function: a text `nb` or `en` (any case).
/// Another text is `argument.invalid-value`, another type (`None`, say)
/// `argument.invalid-type` — the package's errors, not a bare TypeError.
pub(crate) struct LangArg(pub(crate) Lang);

impl<'a, 'py> FromPyObject<'a, 'py> for LangArg {
    type Error = PyErr;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let obj = obj.to_owned();
        match obj.cast::<PyString>() {
            Ok(s) => Ok(LangArg(lang(&s.to_cow()?)?)),
            Err(_) => Err(wrong_type(
                "lang",
                ("«nb» eller «en»", "\"nb\" or \"en\""),
                &type_name(&obj),
                Lang::default(),
            )
            .into()),
        }
    }
}

/// The day to judge on: `None` is today in Europe/Oslo (the core's
/// default, as in every interface); a `datetime.date` (or `datetime`, its
/// date); or a text `YYYY-MM-DD`. Anything else is a type error naming the
/// accepted forms.
pub(crate) fn as_of(value: Option<&Bound<'_, PyAny>>, lang: Lang) -> Result<Date, Raised> {
    let py_date = |v: &Bound<'_, PyAny>| -> PyResult<Option<Date>> {
        let date_type = v.py().import("datetime")?.getattr("date")?;
        if !v.is_instance(&date_type)? {
            return Ok(None);
        }
        let (y, m, d): (i32, u8, u8) = (
            v.getattr("year")?.extract()?,
            v.getattr("month")?.extract()?,
            v.getattr("day")?.extract()?,
        );
        Ok(Date::new(y, m, d))
    };
    match value {
        None => tromsvekst::date::as_of(None, "as_of").map_err(|e| Raised(e, lang)),
        Some(v) if v.is_none() => {
            tromsvekst::date::as_of(None, "as_of").map_err(|e| Raised(e, lang))
        }
        Some(v) => {
            if let Ok(s) = v.cast::<PyString>() {
                let text = s.to_string();
                return tromsvekst::date::as_of(Some(&text), "as_of").map_err(|e| Raised(e, lang));
            }
            match py_date(v) {
                Ok(Some(d)) => Ok(d),
                _ => Err(wrong_type(
                    "as_of",
                    (
                        "en datetime.date, en tekst ÅÅÅÅ-MM-DD eller None (i dag)",
                        "a datetime.date, a text YYYY-MM-DD or None (today)",
                    ),
                    &type_name(v),
                    lang,
                )),
            }
        }
    }
}

/// A document kind by name, or `None`; an unknown name lists the kinds.
pub(crate) fn kind(value: Option<&str>, lang: Lang) -> Result<Option<DocumentKind>, Raised> {
    let Some(k) = value else { return Ok(None) };
    DocumentKind::from_name(k).map(Some).ok_or_else(|| {
        let names: Vec<&str> = DocumentKind::ALL.iter().map(|k| k.as_str()).collect();
        Raised(
            Error::argument_value(("dokumenttype", "document kind"), k, &names),
            lang,
        )
    })
}

/// One input as the Python layer hands it over.
pub(crate) enum Item {
    /// A document already read.
    Parsed(Box<AnyDocument>),
    /// The embedded agreement as `nord_troms()` returns it, unchanged: the
    /// shared copy is used, not a new one.
    Embedded,
    /// A file's (or text's, or dict's) name, bytes, and whether its text is
    /// the user's (a dict's serialised text is not: it gets no positions).
    File {
        name: Option<String>,
        bytes: Vec<u8>,
        positions: bool,
    },
}

/// The inputs: each a `Document`, or a tuple `(name or None, bytes, positions)`.
pub(crate) fn items(list: &Bound<'_, PyList>, lang: Lang) -> Result<Vec<Item>, PyErr> {
    let mut out = Vec::with_capacity(list.len());
    for obj in list.iter() {
        if let Ok(d) = obj.cast::<crate::Document>() {
            let inner = &d.get().inner;
            out.push(match inner {
                AnyDocument::Agreement(a) if tromsvekst::embedded::is_nord_troms(a) => {
                    Item::Embedded
                }
                _ => Item::Parsed(Box::new(inner.clone())),
            });
            continue;
        }
        let Ok(t) = obj.cast::<PyTuple>() else {
            return Err(wrong_type(
                "documents",
                (
                    "Document-er eller (navn, bytes, posisjoner)",
                    "Documents or (name, bytes, positions)",
                ),
                &type_name(&obj),
                lang,
            )
            .into());
        };
        let (name, bytes, positions): (Option<String>, Bound<'_, PyBytes>, bool) = t.extract()?;
        out.push(Item::File {
            name,
            bytes: bytes.as_bytes().to_vec(),
            positions,
        });
    }
    Ok(out)
}
