//! Rules for who does what in a measure [6].

use super::plan::plans;
use super::{Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::rules::Arg;

super::rule_table!(Some(DocumentKind::ActionPlan));

pub(super) static RULES: &[Rule] = &[rule!(
    "plan.measure.lead-municipality",
    Severity::Error,
    "6",
    (
        "Vertskommune som ikke deltar",
        "Lead municipality not taking part",
    ),
    MeasureLeadMunicipality,
    lead_municipality,
)];

super::message! {
    /// `plan.measure.lead-municipality`
    MeasureLeadMunicipality { id, lead, municipalities }
    nb: "Tiltaket «{id}» har «{lead}» som vertskommune, men den er ikke blant kommunene som deltar ({municipalities}).",
    en: "The measure \"{id}\" has \"{lead}\" as its lead municipality, but it is not among the municipalities taking part ({municipalities}).",
}

fn lead_municipality(input: &Input<'_>, sink: &mut Sink<'_, MeasureLeadMunicipality>) {
    for (d, p) in plans(input) {
        for (j, m) in p.measures.iter().enumerate() {
            sink.examine();
            if let Some(lead) = &m.lead_municipality
                && !m.municipalities.contains(lead)
            {
                let list = if m.municipalities.is_empty() {
                    "–".to_string()
                } else {
                    m.municipalities.join(", ")
                };
                sink.emit(
                    d,
                    crate::pointer::ptr!["measures", j, "lead_municipality"],
                    MeasureLeadMunicipality {
                        id: m.id.arg(),
                        lead: lead.arg(),
                        municipalities: list.arg(),
                    },
                );
            }
        }
    }
}
