//! Core errors as Python exceptions. The mapping is an exhaustive `match` on
//! the core's `ErrorCode`, so a new code cannot reach Python unmapped.

use pyo3::create_exception;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use tromsvekst::{Error, ErrorCode, Lang};

create_exception!(
    _tromsvekst,
    TromsvekstError,
    PyValueError,
    "Input that could not be read or used. Attributes: code, pointer, line, column, document."
);
create_exception!(
    _tromsvekst,
    ReadError,
    TromsvekstError,
    "A file could not be read (code io.*)."
);
create_exception!(
    _tromsvekst,
    JsonError,
    TromsvekstError,
    "The input is not acceptable JSON (code json.*)."
);
create_exception!(
    _tromsvekst,
    DocumentError,
    TromsvekstError,
    "The JSON is not a valid document of its kind (code document.*)."
);
create_exception!(
    _tromsvekst,
    ConfigError,
    TromsvekstError,
    "The configuration is wrong (code config.*)."
);
create_exception!(
    _tromsvekst,
    BundleError,
    TromsvekstError,
    "The documents do not form a bundle (code bundle.*)."
);
create_exception!(
    _tromsvekst,
    SheetError,
    TromsvekstError,
    "A spreadsheet (XLSX or CSV) does not fit the layout (code sheet.*); sheet, line (row) and column say where."
);
create_exception!(
    _tromsvekst,
    JsonStatError,
    TromsvekstError,
    "A JSON-stat dataset or its mapping is wrong (code jsonstat.*)."
);

/// The exception class for a code.
fn class(code: ErrorCode, message: String) -> PyErr {
    match code {
        ErrorCode::Io => ReadError::new_err(message),
        ErrorCode::SizeLimit
        | ErrorCode::InvalidUtf8
        | ErrorCode::Empty
        | ErrorCode::Syntax
        | ErrorCode::DuplicateKey
        | ErrorCode::DepthLimit
        | ErrorCode::StringLimit
        | ErrorCode::NumberOutOfRange => JsonError::new_err(message),
        ErrorCode::NotAnObject
        | ErrorCode::UnknownKind
        | ErrorCode::WrongKind
        | ErrorCode::UnsupportedVersion
        | ErrorCode::InvalidType
        | ErrorCode::InvalidValue
        | ErrorCode::InvalidDate
        | ErrorCode::InvalidAmount
        | ErrorCode::UnknownField
        | ErrorCode::MissingField => DocumentError::new_err(message),
        ErrorCode::UnknownRule => ConfigError::new_err(message),
        ErrorCode::AgreementCount => BundleError::new_err(message),
        ErrorCode::SheetUnreadable
        | ErrorCode::UnknownSheet
        | ErrorCode::MissingSheet
        | ErrorCode::UnknownColumn
        | ErrorCode::MissingColumn
        | ErrorCode::DuplicateColumn
        | ErrorCode::InvalidCell
        | ErrorCode::MergedCells
        | ErrorCode::Formula
        | ErrorCode::TooManyRows => SheetError::new_err(message),
        ErrorCode::JsonStatInvalid
        | ErrorCode::JsonStatSize
        | ErrorCode::JsonStatIndex
        | ErrorCode::JsonStatDimension
        | ErrorCode::JsonStatCategory
        | ErrorCode::JsonStatNoTime => JsonStatError::new_err(message),
    }
}

/// The exception for a core error, with its code and place as attributes.
pub fn to_py(py: Python<'_>, e: &Error, lang: Lang) -> PyErr {
    let err = class(e.code, e.render(lang));
    let value = err.value(py);
    let attrs: [(&str, Option<String>); 6] = [
        ("code", Some(e.code.as_str().to_string())),
        ("pointer", Some(e.pointer.clone())),
        ("document", e.document.clone()),
        ("sheet", e.sheet.clone()),
        ("message_en", Some(e.message_en.clone())),
        ("message_nb", Some(e.message_nb.clone())),
    ];
    // Setting attributes on a fresh exception instance does not fail in
    // practice; if it did, the exception would still carry its message.
    for (k, v) in attrs {
        let _ = value.setattr(k, v);
    }
    let _ = value.setattr("json", e.to_json());
    let _ = value.setattr("line", e.line);
    let _ = value.setattr("column", e.column);
    err
}

/// An error for a Rust panic caught at the boundary (a bug): never a PanicException.
pub fn internal(what: &str) -> PyErr {
    TromsvekstError::new_err(format!(
        "internal error in tromsvekst ({what}); please report it with the input that caused it"
    ))
}
