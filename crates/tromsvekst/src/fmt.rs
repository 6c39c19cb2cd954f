//! Numbers, amounts, shares and dates in the reader's language — the one
//! place where a value becomes text: bokmål `48,8 %`, `3 000 000,50 kr`,
//! `26. november 2026`; English `48.8%`, `NOK 3,000,000.50`,
//! `26 November 2026`. Spaces inside a figure are no-break spaces, so a
//! figure never breaks across lines.

use crate::date::{ApproxDate, Date, DatePoint};
use crate::lang::Lang;
use crate::model::{Nok, YearValue};

/// The no-break space that groups digits and joins a figure to its unit.
pub const NBSP: char = '\u{a0}';

/// A number in the language's way: `12 345,6` in bokmål, `12,345.6` in
/// English, with `decimals` decimals.
pub fn num(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("−", d));
    let group = lang.pick(NBSP, ',');
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{}{frac}", lang.pick(',', '.'))
    }
}

/// A figure with as many decimals as it has (up to two): `14 870`, `2,5`.
pub fn figure(lang: Lang, value: f64) -> String {
    let decimals = if (value * 100.0).round() % 100.0 == 0.0 {
        0
    } else if (value * 100.0).round() % 10.0 == 0.0 {
        1
    } else {
        2
    };
    num(lang, value, decimals)
}

/// A whole count: `1 234`.
pub fn int(lang: Lang, n: usize) -> String {
    num(lang, n as f64, 0)
}

/// A share in per cent with one decimal: `48,8 %` / `48.8%`; none is `–`.
pub fn pct(lang: Lang, p: Option<f64>) -> String {
    p.map_or_else(
        || "–".to_string(),
        |p| {
            lang.pick(
                format!("{}{NBSP}%", num(lang, p, 1)),
                format!("{}%", num(lang, p, 1)),
            )
        },
    )
}

/// An amount in kroner: `3 000 000,50 kr` / `NOK 3,000,000.50`; øre only
/// when there are any.
pub fn kroner(lang: Lang, n: Nok) -> String {
    let whole = n.ore() / 100;
    let ore = (n.ore() % 100).abs();
    let amount = if ore == 0 {
        num(lang, whole as f64, 0)
    } else {
        format!(
            "{}{}{ore:02}",
            num(lang, whole as f64, 0),
            lang.pick(',', '.')
        )
    };
    lang.pick(format!("{amount}{NBSP}kr"), format!("NOK{NBSP}{amount}"))
}

const MONTHS_NB: [&str; 12] = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(lang: Lang, month: u8) -> &'static str {
    let i = usize::from(month.clamp(1, 12) - 1);
    lang.pick(MONTHS_NB[i], MONTHS_EN[i])
}

/// A day as people write it: `26. november 2026` / `26 November 2026`,
/// joined by no-break spaces.
pub fn date(lang: Lang, d: Date) -> String {
    lang.pick(
        format!(
            "{}.{NBSP}{}{NBSP}{}",
            d.day(),
            month_name(lang, d.month()),
            d.year()
        ),
        format!(
            "{}{NBSP}{}{NBSP}{}",
            d.day(),
            month_name(lang, d.month()),
            d.year()
        ),
    )
}

/// A day and month without the year: `1. januar` / `1 January`.
pub fn day_month(lang: Lang, d: Date) -> String {
    lang.pick(
        format!("{}.{NBSP}{}", d.day(), month_name(lang, d.month())),
        format!("{}{NBSP}{}", d.day(), month_name(lang, d.month())),
    )
}

fn point(lang: Lang, p: DatePoint) -> String {
    match p {
        DatePoint::Day(d) => date(lang, d),
        DatePoint::Month(d) => format!("{}{NBSP}{}", month_name(lang, d.month()), d.year()),
        DatePoint::Year(d) => d.year().to_string(),
    }
}

/// A date as precise as its source: `26. november 2026`, `mars 2025`,
/// `2025`, `februar 2025–mars 2025`.
pub fn approx(lang: Lang, d: &ApproxDate) -> String {
    match d.parts() {
        (start, None) => point(lang, start),
        (start, Some(end)) => format!("{}–{}", point(lang, start), point(lang, end)),
    }
}

/// A figure with its unit: `14 870 personer`, `75 %` for a share in per cent.
pub fn with_unit(lang: Lang, value: f64, unit: Option<&str>) -> String {
    let n = figure(lang, value);
    match unit {
        None => n,
        Some(u) if is_percent_unit(u) => lang.pick(format!("{n}{NBSP}%"), format!("{n}%")),
        Some(u) => format!("{n}{NBSP}{u}"),
    }
}

/// Whether a unit is a share in per cent (`andel %`, `share, %`, `%`,
/// `prosent`, `per cent`). ASCII case is enough: no other letter's lower case
/// is one of these words' letters (Unicode's table is not in the first module).
pub fn is_percent_unit(unit: &str) -> bool {
    let u = unit.trim().to_ascii_lowercase();
    u.ends_with('%') || u == "prosent" || u == "per cent" || u == "percent"
}

/// A figure as a table shows it beside a head that names the unit: the
/// number, with its per cent sign for a share (`14 870`, `75 %`).
pub fn bare(lang: Lang, value: f64, unit: Option<&str>) -> String {
    match unit {
        Some(u) if is_percent_unit(u) => with_unit(lang, value, Some(u)),
        _ => figure(lang, value),
    }
}

/// A figure of a year with its unit: `14 870 personer (2026)`.
pub fn year_value(lang: Lang, v: YearValue, unit: Option<&str>) -> String {
    format!("{} ({})", with_unit(lang, v.value, unit), v.year)
}

/// `n` things in the language's words, the count grouped: `1 tiltak`,
/// `12 møter`.
pub fn count(lang: Lang, n: usize, nb: (&str, &str), en: (&str, &str)) -> String {
    let (one, many) = lang.pick(nb, en);
    format!("{}{NBSP}{}", int(lang, n), if n == 1 { one } else { many })
}

/// A list in running text: `a, b og c` / `a, b and c`.
pub fn list(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), lang.pick("og", "and")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_amounts_and_dates_in_each_language() {
        let d: Date = "2026-11-26".parse().expect("valid");
        assert_eq!(date(Lang::Nb, d), "26.\u{a0}november\u{a0}2026");
        assert_eq!(date(Lang::En, d), "26\u{a0}November\u{a0}2026");
        assert_eq!(pct(Lang::Nb, Some(48.8)), "48,8\u{a0}%");
        assert_eq!(pct(Lang::En, Some(48.8)), "48.8%");
        assert_eq!(pct(Lang::En, None), "–");
        let n = Nok::from_ore(300_000_050).expect("valid");
        assert_eq!(kroner(Lang::Nb, n), "3\u{a0}000\u{a0}000,50\u{a0}kr");
        assert_eq!(kroner(Lang::En, n), "NOK\u{a0}3,000,000.50");
        assert_eq!(num(Lang::Nb, -1234567.0, 0), "−1\u{a0}234\u{a0}567");
        assert_eq!(num(Lang::En, 12345.6, 1), "12,345.6");
        assert_eq!(with_unit(Lang::Nb, 75.0, Some("andel %")), "75\u{a0}%");
        assert_eq!(
            with_unit(Lang::Nb, 14870.0, Some("personer")),
            "14\u{a0}870\u{a0}personer"
        );
        assert_eq!(figure(Lang::Nb, 2.5), "2,5");
        assert_eq!(
            day_month(Lang::Nb, "2027-01-01".parse().expect("valid")),
            "1.\u{a0}januar"
        );
        assert_eq!(
            list(Lang::Nb, &["a".into(), "b".into(), "c".into()]),
            "a, b og c"
        );
        let a: ApproxDate = "2025-03".parse().expect("valid");
        assert_eq!(approx(Lang::Nb, &a), "mars\u{a0}2025");
    }
}
