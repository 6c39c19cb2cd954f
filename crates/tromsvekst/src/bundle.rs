//! A bundle: one agreement with its action plans, meeting logs, indicator
//! sets and evaluations, validated together.

use crate::date::Date;
use crate::document::{AnyDocument, Document, ParseOptions};
use crate::error::{Error, ErrorCode};
use crate::model::{
    ActionPlan, Agreement, Evaluation, IndicatorSet, Measure, MeetingLog, StatusUpdate,
};
use std::sync::Arc;

/// Which document of a bundle something is in. Only a [`Bundle`] hands
/// these out, so one always names a document of the bundle it came from:
/// the agreement is [`DocRef::AGREEMENT`], the others follow in the order given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocRef(usize);

impl DocRef {
    /// The agreement.
    pub const AGREEMENT: DocRef = DocRef(0);

    /// Its position among the bundle's documents, the agreement being 0.
    pub fn index(self) -> usize {
        self.0
    }
}

/// One agreement and the documents that follow it up. The agreement is
/// always the first document; the others keep the order they were given in.
#[derive(Debug, Clone)]
pub struct Bundle {
    agreement: Arc<Document<Agreement>>,
    others: Vec<AnyDocument>,
    /// Lookups over the plans, made the first time they are needed and
    /// dropped when a document is added.
    lookups: std::sync::OnceLock<Lookups>,
}

/// Where a measure id is declared first (in the bundle's order of plans).
pub(crate) struct MeasureAt<'a> {
    /// The plan's document.
    pub doc: DocRef,
    /// The measure's index in the plan's `measures`.
    pub index: usize,
    /// The plan.
    pub plan: &'a ActionPlan,
    /// The measure.
    pub measure: &'a Measure,
    /// The earliest start of a plan that declares the id.
    pub first_start: i32,
}

/// Lookups over a bundle's action plans, so that following each measure is
/// not a scan of every plan (which made a status quadratic in the measures).
///
/// Each is a list of places `(hash of the id, plan, position)` sorted by the
/// hash: a lookup finds the places with the id's hash and keeps those whose
/// id is the one asked (so two ids with one hash are still told apart). The
/// ids are not copied: maps keyed by a copy of each id held 0.17 times the
/// input's size at the peak of a check (BENCHMARKS.md, the memory target).
#[derive(Debug, Clone, Default)]
pub(crate) struct Lookups {
    hasher: foldhash::fast::RandomState,
    /// Every measure: its plan's place in the bundle ([`DocRef::index`])
    /// and the measure's among the plan's measures.
    measures: Vec<(u64, usize, usize)>,
    /// Every follow-up log entry, by the measure it is about: its plan's
    /// place and the entry's in the plan's log.
    updates: Vec<(u64, usize, usize)>,
    /// Every measure that continues one, by the id it continues.
    continues: Vec<(u64, usize, usize)>,
}

impl Lookups {
    fn hash(&self, id: &str) -> u64 {
        #[cfg(test)]
        if lookups_tests::COLLIDE.get() {
            return 0;
        }
        std::hash::BuildHasher::hash_one(&self.hasher, id)
    }

    /// The places of `id` in `list` (the places of the ids with its hash;
    /// the caller keeps those whose id is `id`), in the order of the plans.
    fn places<'a>(&self, list: &'a [(u64, usize, usize)], id: &str) -> &'a [(u64, usize, usize)] {
        let h = self.hash(id);
        let from = list.partition_point(|e| e.0 < h);
        let to = from + list[from..].partition_point(|e| e.0 == h);
        &list[from..to]
    }
}

#[cfg(test)]
mod lookups_tests;

impl Bundle {
    /// A bundle holding only an agreement.
    pub fn new(agreement: Document<Agreement>) -> Self {
        Bundle {
            agreement: Arc::new(agreement),
            others: Vec::new(),
            lookups: std::sync::OnceLock::new(),
        }
    }

    /// Builds a bundle from documents of any kind. Exactly one may be an
    /// agreement; when none is, `default_agreement` is used (the embedded
    /// Nord-Troms agreement, say), and without one that is an error.
    pub fn from_documents(
        documents: Vec<AnyDocument>,
        default_agreement: Option<Document<Agreement>>,
    ) -> Result<Bundle, Error> {
        Bundle::from_documents_shared(documents, default_agreement.map(Arc::new))
    }

    /// As [`Bundle::from_documents`], with a shared default agreement, which
    /// is not copied (see [`crate::embedded::nord_troms_shared`]).
    pub fn from_documents_shared(
        documents: Vec<AnyDocument>,
        default_agreement: Option<Arc<Document<Agreement>>>,
    ) -> Result<Bundle, Error> {
        let mut agreement = None;
        let mut others = Vec::new();
        for doc in documents {
            match doc {
                AnyDocument::Agreement(a) => {
                    if agreement.is_some() {
                        let name = a.name_or("agreement").to_string();
                        return Err(Error::new(
                            ErrorCode::AgreementCount,
                            "mer enn én avtale: en samling har nøyaktig én avtale og dokumentene som følger den opp",
                            "more than one agreement: a bundle holds exactly one agreement and the documents that follow it up",
                        )
                        .in_document(name));
                    }
                    // A copy of the shared agreement (the embedded one handed
                    // back by a binding, say) is the shared one again, so its
                    // kept findings apply.
                    agreement = Some(match &default_agreement {
                        Some(shared) if a.is_copy_of(shared) => shared.clone(),
                        _ => Arc::new(a),
                    });
                }
                other => others.push(other),
            }
        }
        let agreement = agreement.or(default_agreement).ok_or_else(|| {
            Error::new(
                ErrorCode::AgreementCount,
                "ingen avtale: ta med avtalen dokumentene hører til",
                "no agreement: give the agreement the documents belong to",
            )
        })?;
        Ok(Bundle {
            agreement,
            others,
            lookups: std::sync::OnceLock::new(),
        })
    }

    /// Reads documents from `(name, bytes)` pairs, each of any kind. When
    /// none is an agreement, the embedded Nord-Troms agreement is used.
    ///
    /// ```
    /// let plan = std::fs::read("../../examples/nord-troms/action-plan-2025-2026.json")?;
    /// let bundle = tromsvekst::Bundle::parse(&[("plan.json", &plan[..])], &Default::default())?;
    /// assert_eq!(bundle.agreement().value.id, "nord-troms-2025-2028");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse(inputs: &[(&str, &[u8])], options: &ParseOptions) -> Result<Bundle, Error> {
        // The embedded agreement shared, not copied: a copy on every call
        // was most of a WebAssembly call's fixed cost (BENCHMARKS.md).
        Bundle::from_documents_shared(
            parse_inputs(inputs, options)?,
            Some(crate::embedded::nord_troms_shared()),
        )
    }

    /// As [`Bundle::parse`], taking the inputs: each JSON document keeps its
    /// bytes as its text instead of a copy (the input's size saved in
    /// memory). The same bundle, findings and errors as `parse`.
    ///
    /// ```
    /// let plan = std::fs::read("../../examples/nord-troms/action-plan-2025-2026.json")?;
    /// let bundle = tromsvekst::Bundle::parse_owned(vec![("plan.json".into(), plan)], &Default::default())?;
    /// assert!(bundle.action_plans().next().is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parse_owned(
        inputs: Vec<(String, Vec<u8>)>,
        options: &ParseOptions,
    ) -> Result<Bundle, Error> {
        Bundle::from_documents_shared(
            read_owned(inputs, options)?,
            Some(crate::embedded::nord_troms_shared()),
        )
    }

    /// Splits documents of one or more agreements into a bundle per
    /// agreement, in the order the agreements are given: each agreement with
    /// the documents that name it. With at most one agreement among them this
    /// is [`Bundle::from_documents_shared`]. Documents naming an agreement
    /// that is not among them go, with `default_agreement`, into a bundle of
    /// their own (whose status then says `bundle.agreement-missing` if it is
    /// not theirs either).
    pub fn split_by_agreement(
        documents: Vec<AnyDocument>,
        default_agreement: Option<Arc<Document<Agreement>>>,
    ) -> Result<Vec<Bundle>, Error> {
        let ids: Vec<String> = documents
            .iter()
            .filter(|d| matches!(d, AnyDocument::Agreement(_)))
            .map(|d| d.id().to_string())
            .collect();
        // Documents of one agreement (with or without it among them) make
        // one bundle; so do documents naming no agreement given.
        let one = ids.is_empty() || documents.iter().all(|d| d.agreement_id() == ids[0]);
        if one {
            return Ok(vec![Bundle::from_documents_shared(
                documents,
                default_agreement,
            )?]);
        }
        let mut groups: Vec<Vec<AnyDocument>> = ids.iter().map(|_| Vec::new()).collect();
        let mut rest = Vec::new();
        for doc in documents {
            match ids.iter().position(|id| id == doc.agreement_id()) {
                Some(i) => groups[i].push(doc),
                None => rest.push(doc),
            }
        }
        let mut out = Vec::with_capacity(groups.len() + 1);
        for g in groups {
            out.push(Bundle::from_documents_shared(g, None)?);
        }
        // The rest belong to an agreement not given: the default agreement
        // (the embedded one) counts as given unless the documents name
        // another for its id.
        if !rest.is_empty() {
            out.push(Bundle::from_documents_shared(rest, default_agreement)?);
        }
        Ok(out)
    }

    /// Reads documents from `(name, bytes)` pairs into a bundle per
    /// agreement (see [`Bundle::split_by_agreement`]); without an agreement
    /// among them, the embedded Nord-Troms agreement is used.
    pub fn parse_portfolio(
        inputs: &[(&str, &[u8])],
        options: &ParseOptions,
    ) -> Result<Vec<Bundle>, Error> {
        Bundle::split_by_agreement(
            parse_inputs(inputs, options)?,
            Some(crate::embedded::nord_troms_shared()),
        )
    }

    /// Adds a document that follows up the agreement.
    pub fn push(&mut self, doc: AnyDocument) -> Result<(), Error> {
        if let AnyDocument::Agreement(a) = &doc {
            return Err(Error::new(
                ErrorCode::AgreementCount,
                "en samling har nøyaktig én avtale",
                "a bundle holds exactly one agreement",
            )
            .in_document(a.name_or("agreement")));
        }
        self.others.push(doc);
        self.lookups = std::sync::OnceLock::new();
        Ok(())
    }

    /// The lookups over the plans (see [`Lookups`]).
    fn lookups(&self) -> &Lookups {
        self.lookups.get_or_init(|| {
            let mut l = Lookups::default();
            for (d, plan) in self.action_plans() {
                let k = d.index();
                for (i, m) in plan.measures.iter().enumerate() {
                    l.measures.push((l.hash(&m.id), k, i));
                    if let Some(c) = &m.continues {
                        l.continues.push((l.hash(c), k, i));
                    }
                }
                for (i, u) in plan.updates.iter().enumerate() {
                    l.updates.push((l.hash(&u.measure), k, i));
                }
            }
            // By hash, then in the order of the plans and of each plan's
            // list (the places are distinct: one order, whatever the sort).
            for list in [&mut l.measures, &mut l.updates, &mut l.continues] {
                list.sort_unstable();
            }
            l
        })
    }

    /// The action plan at a place in the bundle.
    fn plan_at(&self, doc: usize) -> Option<&ActionPlan> {
        match self.others.get(doc.checked_sub(1)?)? {
            AnyDocument::ActionPlan(p) => Some(&p.value),
            _ => None,
        }
    }

    /// The first declaration of a measure id among the action plans (in
    /// the bundle's order), from the bundle's lookups.
    pub(crate) fn measure(&self, id: &str) -> Option<MeasureAt<'_>> {
        let l = self.lookups();
        let mut first: Option<MeasureAt<'_>> = None;
        for &(_, k, index) in l.places(&l.measures, id) {
            let Some(plan) = self.plan_at(k) else {
                continue;
            };
            let Some(measure) = plan.measures.get(index).filter(|m| m.id == id) else {
                continue;
            };
            match &mut first {
                Some(at) => at.first_start = at.first_start.min(plan.period.start),
                None => {
                    first = Some(MeasureAt {
                        doc: DocRef(k),
                        index,
                        plan,
                        measure,
                        first_start: plan.period.start,
                    })
                }
            }
        }
        first
    }

    /// The follow-up log entries about a measure id, over every plan, in
    /// the order of the plans and of each plan's log.
    pub(crate) fn updates_of<'a, 'b>(
        &'a self,
        id: &'b str,
    ) -> impl Iterator<Item = (&'a ActionPlan, &'a StatusUpdate)> + use<'a, 'b> {
        let l = self.lookups();
        l.places(&l.updates, id)
            .iter()
            .filter_map(move |&(_, k, i)| {
                let plan = self.plan_at(k)?;
                plan.updates
                    .get(i)
                    .filter(|u| u.measure == id)
                    .map(|u| (plan, u))
            })
    }

    /// Whether some measure of a plan continues the measure `id`.
    pub(crate) fn is_continued(&self, id: &str) -> bool {
        let l = self.lookups();
        l.places(&l.continues, id).iter().any(|&(_, k, i)| {
            self.plan_at(k)
                .and_then(|p| p.measures.get(i))
                .is_some_and(|m| m.continues.as_deref() == Some(id))
        })
    }

    /// The agreement.
    pub fn agreement(&self) -> &Document<Agreement> {
        &self.agreement
    }

    /// Where what is worked out from the agreement alone is kept across
    /// calls, when the agreement is a shared one whose holder keeps such
    /// things (the embedded agreement): the rules keep there the findings
    /// that read nothing else.
    pub(crate) fn agreement_kept(&self) -> Option<&'static crate::embedded::Kept> {
        crate::embedded::kept_for(&self.agreement.value)
    }

    /// The agreement, shared (for a bundle made from this one's documents).
    pub fn agreement_shared(&self) -> Arc<Document<Agreement>> {
        Arc::clone(&self.agreement)
    }

    /// The documents other than the agreement, in the order given.
    pub fn documents(&self) -> &[AnyDocument] {
        &self.others
    }

    /// The action plans of the agreement, with their place in the bundle.
    pub fn action_plans(&self) -> impl Iterator<Item = (DocRef, &ActionPlan)> {
        self.own_documents().filter_map(|(i, d)| match d {
            AnyDocument::ActionPlan(p) => Some((i, &p.value)),
            _ => None,
        })
    }

    /// The meeting logs of the agreement, with their place in the bundle.
    pub fn meeting_logs(&self) -> impl Iterator<Item = (DocRef, &MeetingLog)> {
        self.own_documents().filter_map(|(i, d)| match d {
            AnyDocument::MeetingLog(p) => Some((i, &p.value)),
            _ => None,
        })
    }

    /// The indicator sets of the agreement, with their place in the bundle.
    pub fn indicator_sets(&self) -> impl Iterator<Item = (DocRef, &IndicatorSet)> {
        self.own_documents().filter_map(|(i, d)| match d {
            AnyDocument::Indicators(p) => Some((i, &p.value)),
            _ => None,
        })
    }

    /// The evaluations of the agreement, with their place in the bundle.
    pub fn evaluations(&self) -> impl Iterator<Item = (DocRef, &Evaluation)> {
        self.own_documents().filter_map(|(i, d)| match d {
            AnyDocument::Evaluation(p) => Some((i, &p.value)),
            _ => None,
        })
    }

    /// The documents that follow up this bundle's agreement, with their
    /// place in the bundle. A document of another agreement is left out: the rule
    /// `bundle.agreement.mismatch` reports it once, and no other rule or
    /// figure reads it (its findings would only restate the mismatch).
    pub fn own_documents(&self) -> impl Iterator<Item = (DocRef, &AnyDocument)> {
        let own = self.agreement.value.id.as_str();
        self.all_documents()
            .filter(move |(_, d)| d.agreement_id() == own)
    }

    /// Every document but the agreement, each with its place in the bundle,
    /// in the order given (documents of another agreement included).
    pub fn all_documents(&self) -> impl Iterator<Item = (DocRef, &AnyDocument)> {
        self.others
            .iter()
            .enumerate()
            .map(|(i, d)| (DocRef(i + 1), d))
    }

    /// The document a [`DocRef`] names (`None` for the agreement, which
    /// [`Bundle::agreement`] gives).
    pub fn document(&self, at: DocRef) -> Option<&AnyDocument> {
        at.0.checked_sub(1).and_then(|i| self.others.get(i))
    }

    /// The first document that belongs to another agreement than the
    /// bundle's, if any.
    pub fn foreign_document(&self) -> Option<&AnyDocument> {
        let own = self.agreement.value.id.as_str();
        self.others.iter().find(|d| d.agreement_id() != own)
    }

    /// Refuses a bundle whose documents belong to an agreement it does not
    /// hold (a plan of another region given without its agreement, which
    /// would otherwise be followed up against the embedded one): the status
    /// and the drafts need the right agreement, not a guess.
    pub fn require_agreement(&self) -> Result<(), Error> {
        match self.foreign_document() {
            None => Ok(()),
            Some(d) => {
                let (found, have) = (d.agreement_id(), &self.agreement.value.id);
                let name = d
                    .source()
                    .map_or_else(|| d.id().to_string(), |s| s.name().to_string());
                let error = Error::new(
                    ErrorCode::AgreementMissing,
                    format!(
                        "dokumentet hører til avtalen «{found}», som ikke er blant dokumentene (de følges opp mot «{have}»): ta med avtalens fil også"
                    ),
                    format!(
                        "the document belongs to the agreement \"{found}\", which is not among the documents (they are followed up against \"{have}\"): give the agreement's file as well"
                    ),
                )
                .at_pointer("/agreement")
                .in_document(name);
                Err(match d.source().map(|s| s.locate("/agreement")) {
                    Some(place) => error
                        .at_position(place.line, place.column)
                        .in_sheet(place.sheet),
                    None => error,
                })
            }
        }
    }

    /// The action plans sorted by the year they start.
    pub fn plans_in_order(&self) -> Vec<(DocRef, &ActionPlan)> {
        let mut plans: Vec<_> = self.action_plans().collect();
        crate::order::sort_by_key(&mut plans, |(i, p)| (p.period.start, p.period.end, *i));
        plans
    }
}

/// One input of an operation: a document already read, or a file's name
/// and bytes, read by [`read_inputs`].
#[derive(Debug, Clone)]
pub enum Input<'a> {
    /// A document already read.
    Document(Box<AnyDocument>),
    /// A file: its name (for reports and errors) and its bytes.
    File {
        /// The name.
        name: &'a str,
        /// The bytes.
        bytes: &'a [u8],
    },
}

/// The name given to the `index`-th input (from 1) that has none: `input-1`.
/// Every interface uses it, so the same unnamed input has the same name in
/// every report.
pub fn default_name(index: usize) -> String {
    format!("input-{index}")
}

/// Reads documents from `(name, bytes)` pairs (see [`read_inputs`]).
pub fn parse_inputs(
    inputs: &[(&str, &[u8])],
    options: &ParseOptions,
) -> Result<Vec<AnyDocument>, Error> {
    read_inputs(
        inputs
            .iter()
            .map(|(name, bytes)| Input::File { name, bytes })
            .collect(),
        options,
    )
}

/// [`read_inputs`] over owned files: JSON documents take their bytes, and
/// the rest are read as `read_inputs` reads them, in the same order, so the
/// documents and the first error are the same as there.
fn read_owned(
    inputs: Vec<(String, Vec<u8>)>,
    options: &ParseOptions,
) -> Result<Vec<AnyDocument>, Error> {
    use crate::format::FileFormat;
    let mut docs = Vec::with_capacity(inputs.len());
    let mut csv: Vec<(String, Vec<u8>)> = Vec::new();
    for (name, bytes) in inputs {
        match FileFormat::detect(&name, &bytes) {
            FileFormat::Json => {
                docs.push(crate::document::parse_document_owned(
                    bytes, &name, options,
                )?);
            }
            FileFormat::Csv => csv.push((name, bytes)),
            FileFormat::Xlsx => {
                docs.extend(read_inputs(
                    vec![Input::File {
                        name: &name,
                        bytes: &bytes,
                    }],
                    options,
                )?);
            }
        }
    }
    let mut inputs: Vec<Input<'_>> = docs
        .into_iter()
        .map(|d| Input::Document(Box::new(d)))
        .collect();
    inputs.extend(csv.iter().map(|(name, bytes)| Input::File { name, bytes }));
    read_inputs(inputs, options)
}

/// Reads the inputs of an operation in order: documents already read stay
/// as they are; files are JSON documents of any kind or action plans as
/// spreadsheets: each workbook is one plan, and all CSV files together are
/// one plan (one file per sheet), placed last. What a file is comes from
/// [`FileFormat::detect`](crate::format::FileFormat::detect): its content
/// first (a workbook starts with `PK`), then its name. This is the one place
/// that decides it, for the command line and both bindings.
pub fn read_inputs(
    inputs: Vec<Input<'_>>,
    options: &ParseOptions,
) -> Result<Vec<AnyDocument>, Error> {
    use crate::format::FileFormat;
    let mut docs = Vec::new();
    let mut csv: Vec<(&str, &[u8])> = Vec::new();
    for input in inputs {
        match input {
            Input::Document(d) => docs.push(*d),
            Input::File { name, bytes } => match FileFormat::detect(name, bytes) {
                FileFormat::Json => {
                    docs.push(crate::document::parse_document(bytes, name, options)?);
                }
                FileFormat::Xlsx => docs.push(spreadsheet_plan(&[(name, bytes)])?),
                FileFormat::Csv => csv.push((name, bytes)),
            },
        }
    }
    if !csv.is_empty() {
        docs.push(spreadsheet_plan(&csv)?);
    }
    Ok(docs)
}

/// Reads one document from a file: JSON of any kind (or of `kind`), or an
/// action plan from a spreadsheet (see [`read_inputs`] for how it is told).
pub fn read_document(
    name: &str,
    bytes: &[u8],
    kind: Option<crate::document::DocumentKind>,
    options: &ParseOptions,
) -> Result<AnyDocument, Error> {
    use crate::document::DocumentKind;
    use crate::format::FileFormat;
    if FileFormat::detect(name, bytes) == FileFormat::Json {
        return crate::document::parse_document_as(bytes, name, kind, options);
    }
    if let Some(k) = kind.filter(|k| *k != DocumentKind::ActionPlan) {
        return Err(Error::new(
            ErrorCode::WrongKind,
            format!(
                "et regneark har en handlingsplan, ikke et dokument av typen «{}»",
                k.as_str()
            ),
            format!(
                "a spreadsheet holds an action plan, not a document of kind \"{}\"",
                k.as_str()
            ),
        )
        .in_document(name));
    }
    spreadsheet_plan(&[(name, bytes)])
}

#[cfg(feature = "spreadsheet")]
fn spreadsheet_plan(files: &[(&str, &[u8])]) -> Result<AnyDocument, Error> {
    crate::sheet::import_plan_files(files, None).map(AnyDocument::ActionPlan)
}

/// This build (without the feature `spreadsheet`) refuses spreadsheets with a clear error.
#[cfg(not(feature = "spreadsheet"))]
fn spreadsheet_plan(files: &[(&str, &[u8])]) -> Result<AnyDocument, Error> {
    Err(Error::new(
        ErrorCode::SheetUnreadable,
        "denne utgaven leser bare JSON-dokumenter: regneark krever funksjonen «spreadsheet»",
        "this build reads JSON documents only: spreadsheets need the feature \"spreadsheet\"",
    )
    .in_document(files.first().map_or("", |(n, _)| *n)))
}

// -- Queries over the bundle's plans: a measure followed across plans through
// `continues` (used by the rules and the status alike, so kept here, below both).

/// The earlier links of a measure's chain, nearest first: the measure it
/// continues, the one that one continues, and so on (a loop is cut).
pub fn chain<'a>(bundle: &'a Bundle, measure: &Measure) -> Vec<(&'a ActionPlan, &'a Measure)> {
    let mut out: Vec<(&ActionPlan, &Measure)> = Vec::new();
    let mut next = measure.continues.clone();
    while let Some(id) = next {
        let found = bundle.measure(&id).map(|at| (at.plan, at.measure));
        match found {
            Some((p, m)) if m.id != measure.id && !out.iter().any(|(_, x)| x.id == m.id) => {
                next = m.continues.clone();
                out.push((p, m));
            }
            _ => break,
        }
    }
    out
}

/// The follow-up log of a measure and every measure it continues, oldest
/// first, each entry with the plan it was logged in.
pub fn history<'a>(bundle: &'a Bundle, measure: &Measure) -> Vec<(&'a str, &'a StatusUpdate)> {
    let mut ids: Vec<&str> = chain(bundle, measure)
        .iter()
        .map(|(_, m)| m.id.as_str())
        .collect();
    ids.push(&measure.id);
    // Each measure's own entries from the bundle's index: the cost is the
    // chain's entries, not the whole bundle's log (a finding per measure
    // stays constant in a plan of any size).
    let mut out: Vec<(&str, &StatusUpdate)> = ids
        .iter()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .flat_map(|id| bundle.updates_of(id))
        .map(|(p, u)| (p.id.as_str(), u))
        .collect();
    crate::order::sort_by(&mut out, |a, b| {
        (a.1.date, &a.1.measure).cmp(&(b.1.date, &b.1.measure))
    });
    out
}

/// The day of the last follow-up log entry of any of the measures `ids` (a
/// measure and those it continues: its history across its chain).
pub(crate) fn last_update<'a>(bundle: &Bundle, ids: impl Iterator<Item = &'a str>) -> Option<Date> {
    ids.flat_map(|id| bundle.updates_of(id).map(|(_, u)| u.date))
        .max()
}
