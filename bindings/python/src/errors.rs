//! Core errors as Python exceptions. The classes are defined in Python
//! (`tromsvekst._errors`, so they pickle and have several bases where a
//! Python user expects one: `NotFoundError` is a `FileNotFoundError`); which
//! class a code raises is an exhaustive `match` here, so a new code cannot
//! reach Python unmapped.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use tromsvekst::{Error, ErrorCode, Lang};

/// The exception class's name for a code.
fn class_name(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Io => "ReadError",
        ErrorCode::NotFound => "NotFoundError",
        ErrorCode::EmptyFolder => "ReadError",
        ErrorCode::WriteFailed => "WriteError",
        ErrorCode::FileExists => "OutputExistsError",
        ErrorCode::FormatMismatch | ErrorCode::InvalidArgument => "ArgumentError",
        ErrorCode::InvalidArgumentType => "ArgumentTypeError",
        ErrorCode::Internal => "InternalError",
        ErrorCode::SizeLimit
        | ErrorCode::InvalidUtf8
        | ErrorCode::Empty
        | ErrorCode::Syntax
        | ErrorCode::DuplicateKey
        | ErrorCode::DepthLimit
        | ErrorCode::StringLimit
        | ErrorCode::NumberOutOfRange => "JsonError",
        ErrorCode::NotAnObject
        | ErrorCode::UnknownKind
        | ErrorCode::WrongKind
        | ErrorCode::UnsupportedVersion
        | ErrorCode::InvalidType
        | ErrorCode::InvalidValue
        | ErrorCode::InvalidDate
        | ErrorCode::InvalidAmount
        | ErrorCode::UnknownField
        | ErrorCode::MissingField => "DocumentError",
        ErrorCode::UnknownRule => "ConfigError",
        ErrorCode::AgreementCount | ErrorCode::AgreementMissing => "BundleError",
        ErrorCode::SheetUnreadable
        | ErrorCode::UnknownSheet
        | ErrorCode::MissingSheet
        | ErrorCode::UnknownColumn
        | ErrorCode::MissingColumn
        | ErrorCode::DuplicateColumn
        | ErrorCode::InvalidCell
        | ErrorCode::MergedCells
        | ErrorCode::Formula
        | ErrorCode::TooManyRows => "SheetError",
        ErrorCode::JsonStatInvalid
        | ErrorCode::JsonStatSize
        | ErrorCode::JsonStatIndex
        | ErrorCode::JsonStatDimension
        | ErrorCode::JsonStatCategory
        | ErrorCode::JsonStatNoTime => "JsonStatError",
    }
}

fn build(py: Python<'_>, e: &Error, lang: Lang) -> PyResult<PyErr> {
    let class = py
        .import("tromsvekst._errors")?
        .getattr(class_name(e.code()))?;
    let value = class.call1((e.render(lang),))?;
    let attrs: [(&str, Option<String>); 7] = [
        ("code", Some(e.code().as_str().to_string())),
        ("kind", Some(e.kind().as_str().to_string())),
        ("pointer", Some(e.pointer().to_string())),
        ("document", e.document().map(str::to_string)),
        ("sheet", e.sheet().map(str::to_string)),
        ("message_en", Some(e.message(Lang::En).to_string())),
        ("message_nb", Some(e.message(Lang::Nb).to_string())),
    ];
    for (k, v) in attrs {
        value.setattr(k, v)?;
    }
    value.setattr("json", e.to_json())?;
    // The OSError subclasses carry what code that catches an OSError reads:
    // errno (ENOENT, EEXIST where the code says which), filename, strerror.
    let errno = match e.code() {
        ErrorCode::NotFound => Some(2),
        ErrorCode::FileExists => Some(17),
        _ => None,
    };
    if matches!(
        e.code(),
        ErrorCode::NotFound | ErrorCode::FileExists | ErrorCode::WriteFailed
    ) {
        value.setattr("errno", errno)?;
        value.setattr("filename", e.document().map(str::to_string))?;
        value.setattr("strerror", e.message(lang))?;
    }
    value.setattr("line", e.line())?;
    value.setattr("column", e.column())?;
    Ok(PyErr::from_value(value))
}

/// The exception for a core error, with its code and place as attributes,
/// its message in `lang`.
pub(crate) fn to_py(py: Python<'_>, e: &Error, lang: Lang) -> PyErr {
    // The classes ship with the package; if they could not be had, the
    // error still reaches the user as a ValueError with the full message.
    build(py, e, lang).unwrap_or_else(|_| PyValueError::new_err(e.render(lang)))
}

/// A core error whose message is in `lang`, for `?` in the functions.
pub(crate) struct Raised(pub Error, pub Lang);

impl From<Raised> for PyErr {
    fn from(r: Raised) -> PyErr {
        Python::attach(|py| to_py(py, &r.0, r.1))
    }
}

/// An error for a Rust panic caught at the boundary (a bug): never a PanicException.
pub(crate) fn internal(what: &str) -> Error {
    Error::new(
        ErrorCode::Internal,
        format!("intern feil i tromsvekst ({what}); meld den gjerne, med inndataene som ga den"),
        format!(
            "internal error in tromsvekst ({what}); please report it with the input that caused it"
        ),
    )
}
