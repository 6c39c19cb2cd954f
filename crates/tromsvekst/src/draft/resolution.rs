//! The draft resolution for each party's body, from the data: "Fylkestinget
//! i Troms tar midtveisevalueringen av … til orientering og ber om at
//! justeringene innarbeides i handlingsplanen for 2027–2028."

use crate::bundle::Bundle;
use crate::lang::Lang;
use crate::model::{Resolution, Stage, Text};

/// The body of a party that decides on the agreement: the body of its
/// latest decision in the agreement's record, if any.
pub(crate) fn body_of(bundle: &Bundle, party: &str) -> Option<String> {
    bundle
        .agreement()
        .value
        .decisions
        .iter()
        .filter(|d| d.party.as_deref() == Some(party))
        .max_by_key(|d| d.date.latest())
        .map(|d| d.body_name.clone())
}

/// The words of a draft resolution of `body` on the evaluation of `stage`.
pub(crate) fn resolution_text(bundle: &Bundle, stage: Stage, body: &str, lang: Lang) -> String {
    let a = &bundle.agreement().value;
    let agreement = a.title.get(lang);
    match stage {
        Stage::Midterm => lang.pick(
            format!(
                "{body} tar midtveisevalueringen av {agreement} til orientering og ber om at justeringene innarbeides i handlingsplanen for {}.",
                a.evaluation.midterm.adjustments_into
            ),
            format!(
                "{body} takes note of the midterm evaluation of {agreement} and asks that the adjustments be carried into the action plan for {}.",
                a.evaluation.midterm.adjustments_into
            ),
        ),
        Stage::Final => lang.pick(
            format!("{body} tar sluttevalueringen av {agreement} til orientering."),
            format!("{body} takes note of the final evaluation of {agreement}."),
        ),
    }
}

/// A draft resolution for each party, in both languages.
pub(crate) fn resolutions(bundle: &Bundle, stage: Stage) -> Vec<Resolution> {
    bundle
        .agreement()
        .value
        .parties
        .iter()
        .map(|p| {
            let body = body_of(bundle, &p.id);
            let named = |lang: Lang| body.clone().unwrap_or_else(|| p.name.get(lang).to_string());
            Resolution {
                party: p.id.clone(),
                body: body.clone(),
                text: Text {
                    nb: resolution_text(bundle, stage, &named(Lang::Nb), Lang::Nb),
                    en: Some(resolution_text(bundle, stage, &named(Lang::En), Lang::En)),
                },
            }
        })
        .collect()
}
