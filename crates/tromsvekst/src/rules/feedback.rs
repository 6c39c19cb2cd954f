//! Rules for the qualitative feedback of the evaluations [7].

use super::{Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::Stage;
use crate::rules::Arg;

super::rule_table!(Some(DocumentKind::Evaluation));

pub(super) static RULES: &[Rule] = &[
    rule!(
        "evaluation.final.feedback-per-area",
        Severity::Warning,
        "7",
        (
            "Innsatsområde uten tilbakemelding",
            "Focus area without feedback",
        ),
        FinalFeedbackPerArea,
        feedback_per_area,
    ),
    rule!(
        "evaluation.final.results-per-area",
        Severity::Warning,
        "7",
        (
            "Innsatsområde uten kvantitative resultater",
            "Focus area without quantitative results",
        ),
        FinalResultsPerArea,
        results_per_area,
    ),
    rule!(
        "evaluation.feedback.unknown-municipality",
        Severity::Error,
        "7",
        (
            "Tilbakemelding fra ukjent kommune",
            "Feedback from an unknown municipality",
        ),
        FeedbackUnknownMunicipality,
        unknown_municipality,
    ),
];

super::message! {
    /// `evaluation.final.feedback-per-area`
    FinalFeedbackPerArea { area, title }
    nb: "Sluttevalueringen har ingen kvalitativ tilbakemelding om innsatsområde {area} («{title}»).",
    en: "The final evaluation has no qualitative feedback on focus area {area} (\"{title}\").",
}

super::message! {
    /// `evaluation.final.results-per-area`
    FinalResultsPerArea { area, indicators }
    nb: "Sluttevalueringen har ingen tall for indikatorene som måler innsatsområde {area} ({indicators}).",
    en: "The final evaluation has no figures for the indicators that measure focus area {area} ({indicators}).",
}

super::message! {
    /// `evaluation.feedback.unknown-municipality`
    FeedbackUnknownMunicipality { source, municipality, municipalities }
    nb: "Tilbakemeldingen fra «{source}» viser til kommunen «{municipality}», som ikke er i regionen ({municipalities}).",
    en: "The feedback from \"{source}\" names the municipality \"{municipality}\", which is not in the region ({municipalities}).",
}

/// Each focus area of a final evaluation needs feedback that speaks to it:
/// naming it or one of its sub-goals, or naming none (the agreement as a
/// whole). Places still empty do not count.
fn feedback_per_area(input: &Input<'_>, sink: &mut Sink<'_, FinalFeedbackPerArea>) {
    for (d, e) in input
        .bundle
        .evaluations()
        .filter(|(_, e)| e.stage == Stage::Final)
    {
        let given: Vec<_> = e
            .qualitative_feedback
            .iter()
            .filter(|f| f.text.as_ref().is_some_and(|t| !t.nb.trim().is_empty()))
            .collect();
        if given.is_empty() {
            continue; // evaluation.final.content or …feedback.incomplete says it
        }
        for a in &input.agreement.focus_areas {
            let spoken = given.iter().any(|f| {
                (f.focus_areas.is_empty() && f.sub_goals.is_empty())
                    || f.focus_areas.contains(&a.number)
                    || f.sub_goals
                        .iter()
                        .any(|g| a.sub_goals.iter().any(|x| x.id == *g))
            });
            sink.examine();
            if !spoken {
                sink.emit(
                    d,
                    "/qualitative_feedback",
                    FinalFeedbackPerArea {
                        area: a.number.arg(),
                        title: a.title.nb.arg(),
                    },
                );
            }
        }
    }
}

/// The indicators that measure a focus area: those of the long-term results
/// that show the progress of one of its sub-goals.
fn area_indicators<'a>(input: &'a Input<'_>, area: &crate::model::FocusArea) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for r in &input.agreement.long_term_results.results {
        if r.sub_goals
            .iter()
            .any(|g| area.sub_goals.iter().any(|x| x.id == *g))
        {
            for (_, set) in input.bundle.indicator_sets() {
                for x in &set.indicators {
                    if (x.results.contains(&r.id) || r.indicators.contains(&x.id))
                        && !out.contains(&x.id.as_str())
                    {
                        out.push(&x.id);
                    }
                }
            }
        }
    }
    out
}

/// Each focus area with indicators that measure it needs a figure for one of
/// them in a final evaluation; an area no indicator measures is left to the
/// feedback.
fn results_per_area(input: &Input<'_>, sink: &mut Sink<'_, FinalResultsPerArea>) {
    for (d, e) in input
        .bundle
        .evaluations()
        .filter(|(_, e)| e.stage == Stage::Final)
    {
        if e.quantitative_results.is_empty() {
            continue; // evaluation.final.content says it
        }
        for a in &input.agreement.focus_areas {
            let ids = area_indicators(input, a);
            sink.examine();
            if !ids.is_empty()
                && !e
                    .quantitative_results
                    .iter()
                    .any(|q| ids.contains(&q.indicator.as_str()))
            {
                sink.emit(
                    d,
                    "/quantitative_results",
                    FinalResultsPerArea {
                        area: a.number.arg(),
                        indicators: ids.join(", ").arg(),
                    },
                );
            }
        }
    }
}

fn unknown_municipality(input: &Input<'_>, sink: &mut Sink<'_, FeedbackUnknownMunicipality>) {
    for (d, e) in input.bundle.evaluations() {
        for (j, f) in e.qualitative_feedback.iter().enumerate() {
            sink.examine();
            if let Some(m) = &f.municipality
                && input.municipality(m).is_none()
            {
                sink.emit(
                    d,
                    crate::pointer::ptr!["qualitative_feedback", j, "municipality"],
                    FeedbackUnknownMunicipality {
                        source: f.source.arg(),
                        municipality: m.arg(),
                        municipalities: input.municipality_list().arg(),
                    },
                );
            }
        }
    }
}
