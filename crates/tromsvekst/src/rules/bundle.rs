//! Rules across all documents of a bundle: ids, and which agreement each
//! document belongs to, and references to parties and municipalities.

use super::{AGREEMENT, DocRef, Input, Rule, Severity, Sink};
use crate::document::AnyDocument;
use crate::rules::Arg;
// The same words as the agreement's own references: one message type for both rules.
use super::agreement::{ReferenceUnknownMunicipality, ReferenceUnknownParty};

super::rule_table!(None);

pub(super) static RULES: &[Rule] = &[
    rule!(
        "bundle.agreement.mismatch",
        Severity::Error,
        "1",
        (
            "Dokument for en annen avtale",
            "Document of another agreement",
        ),
        AgreementMismatch,
        agreement_mismatch,
    ),
    rule!(
        "bundle.id.duplicate",
        Severity::Error,
        super::NO_SECTION,
        ("Id brukt flere ganger", "Id used more than once"),
        IdDuplicate,
        id_duplicate,
    ),
    rule!(
        "bundle.id.empty",
        Severity::Error,
        super::NO_SECTION,
        ("Tom id", "Empty id"),
        IdEmpty,
        id_empty,
    ),
    rule!(
        "bundle.reference.unknown-party",
        Severity::Error,
        "6",
        ("Ukjent avtalepart", "Unknown party"),
        ReferenceUnknownParty,
        unknown_party,
    ),
    rule!(
        "bundle.reference.unknown-municipality",
        Severity::Error,
        "4",
        ("Ukjent kommune", "Unknown municipality"),
        ReferenceUnknownMunicipality,
        unknown_municipality,
    ),
];

super::message! {
    /// `bundle.agreement.mismatch`
    AgreementMismatch { found, expected }
    nb: "Dokumentet hører til avtalen «{found}», ikke til «{expected}» som det valideres sammen med.",
    en: "The document belongs to the agreement \"{found}\", not to \"{expected}\", which it is validated with.",
}

super::message! {
    /// `bundle.id.duplicate`
    IdDuplicate { id, first }
    nb: "Id-en «{id}» er allerede brukt i {first}; id-er må være unike på tvers av dokumentene.",
    en: "The id \"{id}\" is already used in {first}; ids must be unique across all documents.",
}

super::message! {
    /// `bundle.id.empty`
    IdEmpty {  }
    nb: "En id er tom eller bare mellomrom.",
    en: "An id is empty or only white space.",
}

fn agreement_mismatch(input: &Input<'_>, sink: &mut Sink<'_, AgreementMismatch>) {
    for (d, doc) in input.bundle.all_documents() {
        sink.examine();
        if doc.agreement_id() != input.agreement.id {
            sink.emit(
                d,
                "/agreement",
                AgreementMismatch {
                    found: doc.agreement_id().arg(),
                    expected: input.agreement.id.arg(),
                },
            );
        }
    }
}

/// Where a declared id stands: the document's own `/id`, or `/{list}/{j}/id`;
/// written as a pointer only when a finding needs it.
#[derive(Clone, Copy)]
pub(super) struct IdAt(Option<(&'static str, usize)>);

impl std::fmt::Display for IdAt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            None => f.write_str("/id"),
            Some((list, j)) => write!(f, "/{list}/{j}/id"),
        }
    }
}

/// Every id a follow-up document declares, with its document and place.
pub(super) fn declared_ids<'a>(input: &'a Input<'_>) -> Vec<(DocRef, IdAt, &'a str)> {
    let mut out: Vec<(DocRef, IdAt, &'a str)> =
        vec![(AGREEMENT, IdAt(None), input.agreement.id.as_str())];
    for (d, doc) in input.bundle.own_documents() {
        out.push((d, IdAt(None), doc.id()));
        match doc {
            AnyDocument::ActionPlan(p) => {
                for (j, m) in p.value.measures.iter().enumerate() {
                    out.push((d, IdAt(Some(("measures", j))), &m.id));
                }
                for (j, m) in p.value.milestones.iter().enumerate() {
                    out.push((d, IdAt(Some(("milestones", j))), &m.id));
                }
            }
            AnyDocument::MeetingLog(l) => {
                for (j, m) in l.value.meetings.iter().enumerate() {
                    out.push((d, IdAt(Some(("meetings", j))), &m.id));
                }
            }
            AnyDocument::Indicators(s) => {
                for (j, x) in s.value.indicators.iter().enumerate() {
                    out.push((d, IdAt(Some(("indicators", j))), &x.id));
                }
            }
            AnyDocument::Evaluation(e) => {
                for (j, a) in e.value.adjustments.iter().enumerate() {
                    out.push((d, IdAt(Some(("adjustments", j))), &a.id));
                }
            }
            AnyDocument::Agreement(_) => {}
        }
    }
    out
}

fn doc_name(input: &Input<'_>, d: DocRef) -> String {
    input
        .bundle
        .document(d)
        .map_or_else(|| input.agreement.id.clone(), |x| x.id().to_string())
}

fn id_duplicate(input: &Input<'_>, sink: &mut Sink<'_, IdDuplicate>) {
    let mut first: foldhash::HashMap<&str, (DocRef, IdAt)> = foldhash::HashMap::default();
    for (d, pointer, id) in declared_ids(input) {
        if id.trim().is_empty() {
            continue;
        }
        sink.examine();
        match first.get(id) {
            Some((fd, fp)) => {
                let at = format!("{}{}", doc_name(input, *fd), fp);
                // The agreement's own duplicates are reported by agreement.id.duplicate.
                if !(d == AGREEMENT && *fd == AGREEMENT) {
                    sink.emit(
                        d,
                        pointer.to_string(),
                        IdDuplicate {
                            id: id.arg(),
                            first: at.arg(),
                        },
                    );
                }
            }
            None => {
                first.insert(id, (d, pointer));
            }
        }
    }
}

fn id_empty(input: &Input<'_>, sink: &mut Sink<'_, IdEmpty>) {
    for (d, pointer, id) in declared_ids(input) {
        sink.examine();
        if d != AGREEMENT && id.trim().is_empty() {
            sink.emit(d, pointer.to_string(), IdEmpty {});
        }
    }
}

fn unknown_party(input: &Input<'_>, sink: &mut Sink<'_, ReferenceUnknownParty>) {
    let known = input.party_list();
    let mut check = |d: DocRef, pointer: &dyn Fn() -> String, id: &str| {
        sink.examine();
        if input.party(id).is_none() {
            sink.emit(
                d,
                pointer(),
                ReferenceUnknownParty {
                    id: id.arg(),
                    known: known.arg(),
                },
            );
        }
    };
    for (d, p) in input.bundle.action_plans() {
        for (j, m) in p.measures.iter().enumerate() {
            check(
                d,
                &|| crate::pointer::ptr!["measures", j, "responsible"],
                &m.responsible,
            );
        }
    }
    for (d, l) in input.bundle.meeting_logs() {
        for (j, m) in l.meetings.iter().enumerate() {
            check(
                d,
                &|| crate::pointer::ptr!["meetings", j, "invited_by"],
                &m.invited_by,
            );
            for (k, x) in m.invited.iter().enumerate() {
                check(
                    d,
                    &|| crate::pointer::ptr!["meetings", j, "invited", k, "party"],
                    &x.party,
                );
            }
            for (k, x) in m.attended.iter().enumerate() {
                check(
                    d,
                    &|| crate::pointer::ptr!["meetings", j, "attended", k, "party"],
                    &x.party,
                );
            }
        }
        for (j, c) in l.coordinators.iter().enumerate() {
            check(
                d,
                &|| crate::pointer::ptr!["coordinators", j, "party"],
                &c.party,
            );
        }
    }
    for (d, e) in input.bundle.evaluations() {
        check(d, &|| "/responsible".into(), &e.responsible);
        for (j, x) in e.assisting.iter().enumerate() {
            check(d, &|| crate::pointer::ptr!["assisting", j], x);
        }
        for (j, h) in e.handling.iter().enumerate() {
            check(
                d,
                &|| crate::pointer::ptr!["handling", j, "party"],
                &h.party,
            );
        }
    }
}

fn unknown_municipality(input: &Input<'_>, sink: &mut Sink<'_, ReferenceUnknownMunicipality>) {
    let known = input.municipality_list();
    for (d, p) in input.bundle.action_plans() {
        for (j, m) in p.measures.iter().enumerate() {
            for (k, id) in m.municipalities.iter().enumerate() {
                sink.examine();
                if input.municipality(id).is_none() {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["measures", j, "municipalities", k],
                        ReferenceUnknownMunicipality {
                            id: id.as_str().arg(),
                            known: known.arg(),
                        },
                    );
                }
            }
        }
    }
}
