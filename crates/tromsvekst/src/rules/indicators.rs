//! Rules for indicators.

use super::{AGREEMENT, DocRef, Input, Rule, Severity, Sink};
use crate::document::DocumentKind;
use crate::model::{IndicatorKind, IndicatorSet};
use crate::rules::{Arg, Both};
use foldhash::HashSet;

super::rule_table!(Some(DocumentKind::Indicators));

pub(super) static RULES: &[Rule] = &[
    rule!(
        "indicators.unknown-result",
        Severity::Error,
        "7",
        ("Ukjent langsiktig resultat", "Unknown long-term result"),
        UnknownResult,
        unknown_result,
    ),
    rule!(
        "indicators.unknown-indicator",
        Severity::Error,
        "7",
        ("Ukjent indikator", "Unknown indicator"),
        UnknownIndicator,
        unknown_indicator,
    ),
    rule!(
        "indicators.thresholds.gap",
        Severity::Error,
        "7",
        ("Hull i terskelverdiene", "Gap in the thresholds"),
        ThresholdsGap,
        thresholds_gap,
    ),
    rule!(
        "indicators.thresholds.overlap",
        Severity::Error,
        "7",
        ("Overlappende terskelverdier", "Overlapping thresholds"),
        ThresholdsOverlap,
        thresholds_overlap,
    ),
    rule!(
        "indicators.observation.value",
        Severity::Error,
        "7",
        ("Observasjon uten verdi", "Observation without a value"),
        ObservationValue,
        observation_value,
    ),
    rule!(
        "indicators.observation.source",
        Severity::Warning,
        "7",
        ("Observasjon uten kilde", "Observation without a source"),
        ObservationSource,
        observation_source,
    ),
    rule!(
        "indicators.observation.after-period",
        Severity::Error,
        "7",
        (
            "Tall for et år etter avtaleperioden",
            "A figure for a year after the agreement period",
        ),
        ObservationAfterPeriod,
        observation_after_period,
    ),
    rule!(
        "indicators.observation.future",
        Severity::Warning,
        "7",
        (
            "Tall for et år som ikke har begynt",
            "A figure for a year not yet begun",
        ),
        ObservationFuture,
        observation_future,
    ),
    rule!(
        "indicators.direction.missing",
        Severity::Warning,
        "7",
        ("Retning mangler", "No direction"),
        DirectionMissing,
        direction_missing,
    ),
    rule!(
        "indicators.target.outside-period",
        Severity::Warning,
        "7",
        (
            "Måltall utenfor avtaleperioden",
            "Target outside the agreement period",
        ),
        TargetOutsidePeriod,
        target_outside,
    ),
];

super::message! {
    /// `indicators.unknown-result`
    UnknownResult { id, result }
    nb: "Indikatoren «{id}» måler «{result}», som ikke er et langsiktig resultat i avtalen.",
    en: "The indicator \"{id}\" measures \"{result}\", which is not a long-term result of the agreement.",
}

super::message! {
    /// `indicators.unknown-indicator`
    UnknownIndicator { result, id }
    nb: "Det langsiktige resultatet «{result}» viser til indikatoren «{id}», som ikke finnes.",
    en: "The long-term result \"{result}\" names the indicator \"{id}\", which does not exist.",
}

super::message! {
    /// `indicators.thresholds.gap`
    ThresholdsGap { id, range }
    nb: "Indikatoren «{id}»: ingen trafikklysfarge dekker verdier {range}.",
    en: "Indicator \"{id}\": no traffic light covers values {range}.",
}

super::message! {
    /// `indicators.thresholds.overlap`
    ThresholdsOverlap { id, range }
    nb: "Indikatoren «{id}»: flere trafikklysfarger dekker verdier {range}.",
    en: "Indicator \"{id}\": more than one traffic light covers values {range}.",
}

super::message! {
    /// `indicators.observation.value`
    ObservationValue { year, id, missing }
    nb: "Observasjonen for {year} av indikatoren «{id}» mangler {missing}.",
    en: "The {year} observation of indicator \"{id}\" has no {missing}.",
}

super::message! {
    /// `indicators.observation.source`
    ObservationSource { year, id }
    nb: "Observasjonen for {year} av indikatoren «{id}» oppgir ingen kilde, og det gjør heller ikke indikatoren.",
    en: "The {year} observation of indicator \"{id}\" gives no source, nor does the indicator.",
}

super::message! {
    /// `indicators.observation.after-period`
    ObservationAfterPeriod { id, year, period }
    nb: "Indikatoren «{id}» har et tall for {year}, etter avtaleperioden {period}.",
    en: "Indicator \"{id}\" has a figure for {year}, after the agreement period {period}.",
}

super::message! {
    /// `indicators.observation.future`
    ObservationFuture { id, year, as_of }
    nb: "Indikatoren «{id}» har et tall for {year}, et år som ikke har begynt per {as_of}; statusen regner ikke med det.",
    en: "Indicator \"{id}\" has a figure for {year}, a year not yet begun on {as_of}; the status leaves it out.",
}

super::message! {
    /// `indicators.direction.missing`
    DirectionMissing { id }
    nb: "Den kvantitative indikatoren «{id}» sier ikke om høyere eller lavere verdier er bedre.",
    en: "The quantitative indicator \"{id}\" does not say whether higher or lower values are better.",
}

super::message! {
    /// `indicators.target.outside-period`
    TargetOutsidePeriod { id, year, period }
    nb: "Indikatoren «{id}» har måltall for {year}, utenfor avtaleperioden {period}.",
    en: "The indicator \"{id}\" has a target for {year}, outside the agreement period {period}.",
}

fn sets<'a>(input: &'a Input<'_>) -> impl Iterator<Item = (DocRef, &'a IndicatorSet)> {
    input.bundle.indicator_sets()
}

fn observation_after_period(input: &Input<'_>, sink: &mut Sink<'_, ObservationAfterPeriod>) {
    let period = input.agreement.period;
    for (d, s) in sets(input) {
        for (j, x) in s.indicators.iter().enumerate() {
            for (k, o) in x.observations.iter().enumerate() {
                sink.examine();
                if o.year > period.end {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["indicators", j, "observations", k, "year"],
                        ObservationAfterPeriod {
                            id: x.id.arg(),
                            year: o.year.arg(),
                            period: period.arg(),
                        },
                    );
                }
            }
        }
    }
}

/// A figure for a year after the day judged's year, within the period (one
/// after the period is `observation_after_period`'s).
fn observation_future(input: &Input<'_>, sink: &mut Sink<'_, ObservationFuture>) {
    let Some(as_of) = input.as_of else { return };
    let period = input.agreement.period;
    for (d, s) in sets(input) {
        for (j, x) in s.indicators.iter().enumerate() {
            for (k, o) in x.observations.iter().enumerate() {
                sink.examine();
                if o.year > as_of.year() && o.year <= period.end {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["indicators", j, "observations", k, "year"],
                        ObservationFuture {
                            id: x.id.arg(),
                            year: o.year.arg(),
                            as_of: as_of.arg(),
                        },
                    );
                }
            }
        }
    }
}

fn unknown_result(input: &Input<'_>, sink: &mut Sink<'_, UnknownResult>) {
    let results: HashSet<&str> = input
        .agreement
        .long_term_results
        .results
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    for (d, s) in sets(input) {
        for (j, x) in s.indicators.iter().enumerate() {
            for (k, r) in x.results.iter().enumerate() {
                sink.examine();
                if !results.contains(r.as_str()) {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["indicators", j, "results", k],
                        UnknownResult {
                            id: x.id.arg(),
                            result: r.arg(),
                        },
                    );
                }
            }
        }
    }
}

fn unknown_indicator(input: &Input<'_>, sink: &mut Sink<'_, UnknownIndicator>) {
    if sets(input).next().is_none() {
        return; // Without indicator documents nothing can be said of the names.
    }
    let known: HashSet<&str> = sets(input)
        .flat_map(|(_, s)| s.indicators.iter().map(|x| x.id.as_str()))
        .collect();
    for (i, r) in input.agreement.long_term_results.results.iter().enumerate() {
        for (k, id) in r.indicators.iter().enumerate() {
            sink.examine();
            if !known.contains(id.as_str()) {
                sink.emit(
                    AGREEMENT,
                    crate::pointer::ptr!["long_term_results", "results", i, "indicators", k],
                    UnknownIndicator {
                        result: r.id.arg(),
                        id: id.arg(),
                    },
                );
            }
        }
    }
}

fn bound(v: Option<f64>, low: bool) -> String {
    match v {
        Some(x) => x.to_string(),
        None if low => "-∞".into(),
        None => "∞".into(),
    }
}

/// Sorted bands and the problems between them: (gaps, overlaps) as ranges.
fn band_problems(t: &[crate::model::Threshold]) -> (Vec<String>, Vec<String>) {
    let (mut gaps, mut overlaps) = (Vec::new(), Vec::new());
    if t.is_empty() {
        return (gaps, overlaps);
    }
    let mut bands: Vec<(f64, f64)> = t
        .iter()
        .map(|b| {
            (
                b.from.unwrap_or(f64::NEG_INFINITY),
                b.to.unwrap_or(f64::INFINITY),
            )
        })
        .collect();
    crate::order::sort_by(&mut bands, |a, b| {
        a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1))
    });
    let show = |x: f64| {
        if x.is_infinite() {
            bound(None, x < 0.0)
        } else {
            x.to_string()
        }
    };
    if bands[0].0 > f64::NEG_INFINITY {
        gaps.push(format!("< {}", show(bands[0].0)));
    }
    let mut reach = bands[0].1;
    for b in &bands[1..] {
        if b.0 > reach {
            gaps.push(format!("[{}, {})", show(reach), show(b.0)));
        } else if b.0 < reach {
            overlaps.push(format!("[{}, {})", show(b.0), show(reach.min(b.1))));
        }
        reach = reach.max(b.1);
    }
    if reach < f64::INFINITY {
        gaps.push(format!("≥ {}", show(reach)));
    }
    for b in &bands {
        if b.1 <= b.0 {
            overlaps.push(format!("[{}, {})", show(b.0), show(b.1)));
        }
    }
    (gaps, overlaps)
}

fn thresholds_gap(input: &Input<'_>, sink: &mut Sink<'_, ThresholdsGap>) {
    for (d, s) in sets(input) {
        for (j, x) in s.indicators.iter().enumerate() {
            sink.examine();
            for range in band_problems(&x.thresholds).0 {
                sink.emit(
                    d,
                    crate::pointer::ptr!["indicators", j, "thresholds"],
                    ThresholdsGap {
                        id: x.id.arg(),
                        range: range.arg(),
                    },
                );
            }
        }
    }
}

fn thresholds_overlap(input: &Input<'_>, sink: &mut Sink<'_, ThresholdsOverlap>) {
    for (d, s) in sets(input) {
        for (j, x) in s.indicators.iter().enumerate() {
            sink.examine();
            for range in band_problems(&x.thresholds).1 {
                sink.emit(
                    d,
                    crate::pointer::ptr!["indicators", j, "thresholds"],
                    ThresholdsOverlap {
                        id: x.id.arg(),
                        range: range.arg(),
                    },
                );
            }
        }
    }
}

fn observation_value(input: &Input<'_>, sink: &mut Sink<'_, ObservationValue>) {
    for (d, s) in sets(input) {
        for (j, x) in s.indicators.iter().enumerate() {
            for (k, o) in x.observations.iter().enumerate() {
                sink.examine();
                let missing = match x.kind {
                    IndicatorKind::Quantitative if o.value.is_none() => ("verdi (value)", "value"),
                    IndicatorKind::Qualitative if o.text.is_none() => ("tekst (text)", "text"),
                    _ => continue,
                };
                sink.emit(
                    d,
                    crate::pointer::ptr!["indicators", j, "observations", k],
                    ObservationValue {
                        year: o.year.arg(),
                        id: x.id.arg(),
                        missing: Both(&missing.0, &missing.1).arg(),
                    },
                );
            }
        }
    }
}

fn observation_source(input: &Input<'_>, sink: &mut Sink<'_, ObservationSource>) {
    for (d, s) in sets(input) {
        for (j, x) in s.indicators.iter().enumerate() {
            // An observation without a source of its own takes the indicator's.
            if x.source.is_some() {
                continue;
            }
            for (k, o) in x.observations.iter().enumerate() {
                sink.examine();
                if o.source.is_none() {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["indicators", j, "observations", k],
                        ObservationSource {
                            year: o.year.arg(),
                            id: x.id.arg(),
                        },
                    );
                }
            }
        }
    }
}

fn direction_missing(input: &Input<'_>, sink: &mut Sink<'_, DirectionMissing>) {
    for (d, s) in sets(input) {
        for (j, x) in s.indicators.iter().enumerate() {
            sink.examine();
            if x.kind == IndicatorKind::Quantitative && x.direction.is_none() {
                sink.emit(
                    d,
                    crate::pointer::ptr!["indicators", j],
                    DirectionMissing { id: x.id.arg() },
                );
            }
        }
    }
}

/// The last year an indicator's targets may name: the end of the period, or
/// later where a sub-goal that the indicator's results show looks further
/// (sub-goal 3.1: climate neutrality by 2035).
fn target_horizon(input: &Input<'_>, indicator: &crate::model::Indicator) -> i32 {
    let a = input.agreement;
    a.long_term_results
        .results
        .iter()
        .filter(|r| indicator.results.contains(&r.id) || r.indicators.contains(&indicator.id))
        .flat_map(|r| r.sub_goals.iter())
        .filter_map(|g| input.sub_goal(g).and_then(|(_, g)| g.horizon))
        .fold(a.period.end, i32::max)
}

fn target_outside(input: &Input<'_>, sink: &mut Sink<'_, TargetOutsidePeriod>) {
    let period = input.agreement.period;
    for (d, s) in sets(input) {
        for (j, x) in s.indicators.iter().enumerate() {
            let last = target_horizon(input, x);
            for (k, t) in x.targets.iter().enumerate() {
                sink.examine();
                if t.year < period.start || t.year > last {
                    sink.emit(
                        d,
                        crate::pointer::ptr!["indicators", j, "targets", k, "year"],
                        TargetOutsidePeriod {
                            id: x.id.arg(),
                            year: t.year.arg(),
                            period: period.arg(),
                        },
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::band_problems;
    use crate::model::{Light, Threshold};

    fn t(from: Option<f64>, to: Option<f64>) -> Threshold {
        Threshold {
            light: Light::Green,
            from,
            to,
        }
    }

    #[test]
    fn bands() {
        assert_eq!(
            band_problems(&[
                t(None, Some(1.0)),
                t(Some(1.0), Some(2.0)),
                t(Some(2.0), None)
            ]),
            (vec![], vec![])
        );
        assert_eq!(
            band_problems(&[t(None, Some(1.0)), t(Some(1.5), None)]).0,
            vec!["[1, 1.5)"]
        );
        assert_eq!(
            band_problems(&[t(None, Some(2.0)), t(Some(1.5), None)]).1,
            vec!["[1.5, 2)"]
        );
        assert_eq!(
            band_problems(&[t(Some(0.0), Some(2.0))]).0,
            vec!["< 0", "≥ 2"]
        );
    }
}
