//! What unpickling calls: each object made again from its state (see
//! `pickle.rs` for the states).

use super::*;

#[pyfunction]
pub(crate) fn _restore_document(py: Python<'_>, state: pickle::DocState) -> PyResult<Document> {
    let inner = core(py, "pickle", Lang::En, move || pickle::doc_from(state))?;
    Ok(Document { inner })
}

#[pyfunction]
pub(crate) fn _restore_report(json: &str) -> PyResult<Report> {
    Ok(Report {
        inner: pickle::from_json(json)?,
    })
}

#[pyfunction]
pub(crate) fn _restore_status(
    py: Python<'_>,
    json: &str,
    documents: Vec<pickle::DocState>,
) -> PyResult<StatusReport> {
    let inner = pickle::from_json(json)?;
    let bundle = core(py, "pickle", Lang::En, move || {
        pickle::bundle_from(documents)
    })?;
    Ok(StatusReport { inner, bundle })
}
