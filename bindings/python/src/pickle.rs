//! Pickling and deep copies (`copy.deepcopy`, multiprocessing, Dask): each
//! object reduces to plain data (a document's name and the text it was read
//! from, a report's JSON) and is rebuilt from it by the core, so a copy is
//! the same value with the same positions.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use tromsvekst::{AnyDocument, Bundle, Error, ParseOptions};

/// A document as `(name, text, read_from_text)`: the JSON text it was read
/// from when there is one (positions kept), else its JSON (placed by pointer).
pub(crate) type DocState = (String, String, bool);

/// What `__reduce__` gives: the function that rebuilds, and its arguments.
pub(crate) type Reduced<'py, A> = (Bound<'py, PyAny>, A);

pub(crate) fn doc_state(doc: &AnyDocument) -> DocState {
    match doc.source().and_then(|s| s.text()) {
        Some(text) => (doc.name().to_string(), text.to_string(), true),
        None => (doc.name().to_string(), doc.to_json(), false),
    }
}

pub(crate) fn doc_from(state: DocState) -> Result<AnyDocument, Error> {
    let (name, text, from_text) = state;
    let doc = tromsvekst::parse_document_owned(text.into_bytes(), &name, &ParseOptions::default())?;
    Ok(if from_text {
        doc
    } else {
        doc.without_positions()
    })
}

pub(crate) fn bundle_state(bundle: &Bundle) -> Vec<DocState> {
    let agreement = AnyDocument::Agreement(bundle.agreement().clone());
    std::iter::once(doc_state(&agreement))
        .chain(bundle.documents().iter().map(doc_state))
        .collect()
}

pub(crate) fn bundle_from(states: Vec<DocState>) -> Result<Bundle, Error> {
    let docs = states
        .into_iter()
        .map(doc_from)
        .collect::<Result<Vec<_>, _>>()?;
    Bundle::from_documents(docs, None)
}

/// The value of a report or status from its JSON, as pickled.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(json: &str) -> PyResult<T> {
    serde_json::from_str(json)
        .map_err(|e| PyValueError::new_err(format!("not a pickled value: {e}")))
}

/// The function of this module that rebuilds an object.
pub(crate) fn restorer<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("tromsvekst._tromsvekst")?.getattr(name)
}
