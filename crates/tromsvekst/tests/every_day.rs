//! Judge every rule on every day: the Nord-Troms examples, the whole-period
//! examples and the illustrative Fjordvik agreement, checked on each day of
//! their periods and a month after, give no error that their data does not
//! hold. The errors the data does hold are listed with the day they begin
//! (a midterm evaluation still a draft after its year, a year that ended
//! without its meetings, a final evaluation not concluded when it is due).

mod common;

use tromsvekst::{Config, Date, Lang, Severity};

fn day(s: &str) -> Date {
    s.parse().expect("day")
}

/// Every day from the first of the period to a month after its end: the
/// errors found on a day that are not among `held` from that day on.
fn false_alarms(dir: &str, held: &[(&str, &str)]) -> Vec<String> {
    let bundle = common::folder(dir, &[]);
    let period = bundle.agreement().value.period;
    let first = day(&format!("{}-01-01", period.start));
    let last = day(&format!("{}-01-31", period.end + 1));
    let mut out = Vec::new();
    let mut d = first;
    while d <= last {
        for lang in [Lang::Nb] {
            let report = tromsvekst::validate_bundle(&bundle, &Config::new(lang, d));
            for g in report
                .groups
                .iter()
                .filter(|g| g.severity == Severity::Error)
            {
                let expected = held
                    .iter()
                    .any(|(rule, from)| *rule == g.rule && d >= day(from));
                if !expected {
                    out.push(format!("{d}: {} ({})", g.rule, g.findings[0].message));
                }
            }
        }
        d = Date::from_days_since_epoch(d.days_since_epoch() + 1).expect("next day");
    }
    out
}

#[test]
fn the_nord_troms_examples_give_no_false_alarm_on_any_day() {
    let alarms = false_alarms(
        "examples/nord-troms",
        &[
            // The midterm evaluation of the examples is a draft: overdue after 2026.
            ("evaluation.midterm.overdue", "2027-01-01"),
            // The examples hold no meeting of 2027: a breach once 2027 is over.
            ("meetings.per-year", "2028-01-01"),
            ("evaluation.final.overdue", "2029-01-01"),
        ],
    );
    assert!(
        alarms.is_empty(),
        "{} false alarms, first: {:#?}",
        alarms.len(),
        &alarms[..alarms.len().min(5)]
    );
}

#[test]
fn the_whole_period_examples_give_no_false_alarm_on_any_day() {
    let alarms = false_alarms(
        "examples/nord-troms/whole-period",
        // The final evaluation of the examples is begun, not concluded.
        &[("evaluation.final.overdue", "2029-01-01")],
    );
    assert!(
        alarms.is_empty(),
        "{} false alarms, first: {:#?}",
        alarms.len(),
        &alarms[..alarms.len().min(5)]
    );
}

#[test]
fn fjordvik_gives_no_false_alarm_on_any_day() {
    let alarms = false_alarms(
        "examples/illustrative",
        &[
            // Fjordvik's documents end with its 2026–2028 plan and meetings.
            ("evaluation.midterm.overdue", "2029-01-01"),
            ("meetings.per-year", "2030-01-01"),
            ("evaluation.final.overdue", "2032-01-01"),
        ],
    );
    assert!(
        alarms.is_empty(),
        "{} false alarms, first: {:#?}",
        alarms.len(),
        &alarms[..alarms.len().min(5)]
    );
}
