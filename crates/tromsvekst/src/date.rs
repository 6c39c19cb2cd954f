//! Calendar dates, and the looser dates the seed text gives ("mars 2025",
//! "i mars og februar 2025", "gjennom 2023 og 2024").
//!
//! A date the source gives only as a month stays a month: nothing here ever
//! invents a day.

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// A calendar date in the proleptic Gregorian calendar, written `YYYY-MM-DD`
/// (years 0001–9999).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Number of days in a month of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// 1970-01-01.
    pub const UNIX_EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };

    /// A date, if it exists in the calendar and the year is 1–9999.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date a number of days after 1970-01-01, if within years 1–9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(
            i32::try_from(year).ok()?,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }

    /// The last day of a year.
    pub fn end_of_year(year: i32) -> Option<Date> {
        Date::new(year, 12, 31)
    }
}

/// The time zone whose calendar says what "today" is: the agreements are
/// Norwegian, so every interface (the command line, Rust, Python, the
/// browser) takes the date in Europe/Oslo, wherever the machine or the
/// browser is.
pub const TIME_ZONE: &str = "Europe/Oslo";

/// Whether a span from `from` to `to` (open-ended without it), both days
/// included, covers `day`: an appointment on a day, say.
pub fn covers(from: Date, to: Option<Date>, day: Date) -> bool {
    from <= day && to.is_none_or(|t| day <= t)
}

/// Today's date in Europe/Oslo: the default `as_of` of every interface.
/// The zone's rules are compiled in (jiff's `tz::get!`, from its copy of the
/// tz database), so the answer does not depend on the machine's configuration.
/// In a browser or node (WebAssembly) the platform's own time zone database
/// answers (`Intl.DateTimeFormat` with `timeZone: "Europe/Oslo"`): the same
/// day, without jiff's copy of the rules in the module.
pub fn today() -> Date {
    #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
    return date_in_oslo(jiff::Timestamp::now());
    #[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
    return js_clock::date_in_oslo(js_sys::Date::now()).unwrap_or(Date::UNIX_EPOCH);
}

/// The calendar date in Europe/Oslo at an instant given as seconds since
/// 1970-01-01T00:00:00Z (what [`today`] uses, exposed for tests and for a
/// caller with its own clock). `None` outside the years 1–9999.
pub fn date_at(unix_seconds: i64) -> Option<Date> {
    #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
    return jiff::Timestamp::from_second(unix_seconds)
        .ok()
        .map(date_in_oslo);
    #[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
    return js_clock::date_in_oslo(unix_seconds as f64 * 1000.0);
}

/// Europe/Oslo's calendar from the platform (WebAssembly in a browser or node).
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
mod js_clock {
    use super::{Date, TIME_ZONE};
    use js_sys::{Array, Intl::DateTimeFormat, Object, Reflect};

    /// The formatter, made once: the year, month and day in Europe/Oslo, in
    /// the Gregorian calendar with Latin digits.
    fn format() -> DateTimeFormat {
        let options = Object::new();
        for (key, value) in [
            ("timeZone", TIME_ZONE),
            ("calendar", "gregory"),
            ("numberingSystem", "latn"),
            ("year", "numeric"),
            ("month", "numeric"),
            ("day", "numeric"),
        ] {
            let _ = Reflect::set(&options, &key.into(), &value.into());
        }
        DateTimeFormat::new(&Array::of1(&"en-US".into()), &options)
    }

    /// The date in Europe/Oslo at an instant in milliseconds since the epoch.
    pub(super) fn date_in_oslo(ms: f64) -> Option<Date> {
        // One formatter per thread of the module (a JS object is not `Sync`).
        thread_local! {
            static FORMAT: DateTimeFormat = format();
        }
        let instant = js_sys::Date::new(&ms.into());
        if instant.get_time().is_nan() {
            return None;
        }
        let parts = FORMAT.with(|f| f.format_to_parts(&instant));
        let (mut year, mut month, mut day) = (None, None, None);
        for part in parts.iter() {
            let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
            let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
            match kind.as_str() {
                "year" => year = value.parse::<i32>().ok(),
                "month" => month = value.parse::<u8>().ok(),
                "day" => day = value.parse::<u8>().ok(),
                _ => {}
            }
        }
        Date::new(year?, month?, day?)
    }
}

/// The day an interface judges on: the date given (`YYYY-MM-DD`), or today
/// in Europe/Oslo without one. `argument` names the option in the error
/// (`--as-of`, `as_of`, `asOf`), which has the code `argument.invalid-value`
/// and names the accepted form.
pub fn as_of(value: Option<&str>, argument: &str) -> Result<Date, crate::error::Error> {
    match value {
        None => Ok(today()),
        Some(s) => s.parse().map_err(|_: DateError| {
            crate::error::Error::new(
                crate::error::ErrorCode::InvalidArgument,
                format!("{argument}: «{s}» er ikke en dato: forventet en kalenderdato ÅÅÅÅ-MM-DD (eller ingen, for i dag)"),
                format!("{argument}: \"{s}\" is not a date: expected a calendar date YYYY-MM-DD (or none, for today)"),
            )
        }),
    }
}

/// Europe/Oslo, compiled in.
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
static OSLO: jiff::tz::TimeZone = jiff::tz::get!("Europe/Oslo");

#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
fn date_in_oslo(t: jiff::Timestamp) -> Date {
    let d = OSLO.to_datetime(t).date();
    Date::new(
        i32::from(d.year()),
        d.month().unsigned_abs(),
        d.day().unsigned_abs(),
    )
    .unwrap_or(Date::UNIX_EPOCH)
}

/// Why a date string was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct DateError(String);

fn number(s: &str, digits: usize) -> Option<u32> {
    (s.len() == digits && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        let bad = || {
            DateError(format!(
                "\"{s}\" is not a calendar date in the form YYYY-MM-DD"
            ))
        };
        let mut parts = s.split('-');
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let (Some(y), Some(m), Some(d)) = (number(y, 4), number(m, 2), number(d, 2)) else {
            return Err(bad());
        };
        Date::new(y as i32, m as u8, d as u8).ok_or_else(bad)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A point in time as precise as the source gives it: a day, a month or a
/// year. Each holds a real [`Date`] (for a month or a year, any day in it),
/// so no `DatePoint` can stand for a day that does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatePoint {
    /// `YYYY-MM-DD`
    Day(Date),
    /// `YYYY-MM`: the month the date falls in.
    Month(Date),
    /// `YYYY`: the year the date falls in.
    Year(Date),
}

impl DatePoint {
    /// The first day it covers.
    pub fn first_day(self) -> Date {
        match self {
            DatePoint::Day(d) => d,
            DatePoint::Month(d) => Date { day: 1, ..d },
            DatePoint::Year(d) => Date {
                year: d.year,
                month: 1,
                day: 1,
            },
        }
    }

    /// The last day it covers.
    pub fn last_day(self) -> Date {
        match self {
            DatePoint::Day(d) => d,
            DatePoint::Month(d) => Date {
                day: days_in_month(d.year, d.month),
                ..d
            },
            DatePoint::Year(d) => Date {
                year: d.year,
                month: 12,
                day: 31,
            },
        }
    }

    fn parse(s: &str) -> Option<DatePoint> {
        match s.len() {
            10 => s.parse().ok().map(DatePoint::Day),
            7 => {
                let (y, m) = s.split_once('-')?;
                let (y, m) = (number(y, 4)? as i32, number(m, 2)? as u8);
                Date::new(y, m, 1).map(DatePoint::Month)
            }
            4 => Date::new(number(s, 4)? as i32, 1, 1).map(DatePoint::Year),
            _ => None,
        }
    }
}

impl fmt::Display for DatePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatePoint::Day(d) => d.fmt(f),
            DatePoint::Month(d) => write!(f, "{:04}-{:02}", d.year, d.month),
            DatePoint::Year(d) => write!(f, "{:04}", d.year),
        }
    }
}

/// A date as precise as the source gives it, or a span between two such
/// dates: `2025-01-21`, `2025-03` (some day in March 2025), `2025`, or
/// `2025-02/2025-03` (some time from February to March 2025, as for decisions
/// the source reports together).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ApproxDate {
    start: DatePoint,
    end: Option<DatePoint>,
}

impl ApproxDate {
    /// An exact day.
    pub fn day(date: Date) -> Self {
        ApproxDate {
            start: DatePoint::Day(date),
            end: None,
        }
    }

    /// The earliest day it can mean.
    pub fn earliest(&self) -> Date {
        self.start.first_day()
    }

    /// The latest day it can mean.
    pub fn latest(&self) -> Date {
        self.end.unwrap_or(self.start).last_day()
    }

    /// Where it starts and, for a span, where it ends.
    pub fn parts(&self) -> (DatePoint, Option<DatePoint>) {
        (self.start, self.end)
    }

    /// The exact day, when it is one.
    pub fn exact(&self) -> Option<Date> {
        match (self.start, self.end) {
            (DatePoint::Day(d), None) => Some(d),
            _ => None,
        }
    }
}

impl FromStr for ApproxDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<ApproxDate, DateError> {
        let bad = || {
            DateError(format!(
                "\"{s}\" is not a date in the form YYYY-MM-DD, YYYY-MM or YYYY, nor a span START/END of such dates"
            ))
        };
        let (start, end) = match s.split_once('/') {
            Some((a, b)) => (
                DatePoint::parse(a).ok_or_else(bad)?,
                Some(DatePoint::parse(b).ok_or_else(bad)?),
            ),
            None => (DatePoint::parse(s).ok_or_else(bad)?, None),
        };
        if let Some(end) = end
            && end.last_day() < start.first_day()
        {
            return Err(DateError(format!(
                "\"{s}\" is a span that ends before it starts"
            )));
        }
        Ok(ApproxDate { start, end })
    }
}

impl fmt::Display for ApproxDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            Some(end) => write!(f, "{}/{}", self.start, end),
            None => self.start.fmt(f),
        }
    }
}

struct StrVisitor<T>(std::marker::PhantomData<T>, &'static str);

impl<T: FromStr<Err = DateError>> de::Visitor<'_> for StrVisitor<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.1)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        v.parse()
            .map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
    }
}

macro_rules! string_serde {
    ($ty:ty, $expect:literal, $schema_name:literal, $schema:expr) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str(StrVisitor(std::marker::PhantomData, $expect))
            }
        }
        crate::de::read_by_serde!($ty);
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($schema_name)
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    };
}

// The expectation texts start with `de::DATE_EXPECTED` so that a bad value
// gets the code `document.invalid-date`.
string_serde!(
    Date,
    "a date: a real calendar day written YYYY-MM-DD",
    "CalendarDate",
    json_schema!({
        "description": "A calendar date, YYYY-MM-DD.",
        "type": "string",
        "format": "date",
        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"
    })
);
string_serde!(
    ApproxDate,
    "a date as precise as known: YYYY-MM-DD, YYYY-MM or YYYY, or a span START/END of those",
    "ApproxDate",
    json_schema!({
        "description": "A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY, or a span START/END of such dates (e.g. 2025-02/2025-03).",
        "type": "string",
        "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?(/[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?)?$"
    })
);

#[cfg(test)]
mod tests {
    #[test]
    fn today_is_the_date_in_oslo() {
        // 2026-12-31T23:30Z is already 1 January in Oslo (UTC+1 in winter).
        assert_eq!(
            super::date_at(1_798_759_800)
                .map(|d| d.to_string())
                .as_deref(),
            Some("2027-01-01")
        );
        // 2026-06-30T22:30Z is 1 July in Oslo (UTC+2 in summer).
        assert_eq!(
            super::date_at(1_782_858_600)
                .map(|d| d.to_string())
                .as_deref(),
            Some("2026-07-01")
        );
        // 2026-06-30T21:30Z is still 30 June.
        assert_eq!(
            super::date_at(1_782_855_000)
                .map(|d| d.to_string())
                .as_deref(),
            Some("2026-06-30")
        );
    }

    use super::*;

    #[test]
    fn calendar() {
        assert!("2026-02-30".parse::<Date>().is_err());
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2023-02-29".parse::<Date>().is_err());
        assert!("0000-01-01".parse::<Date>().is_err());
        assert!("2026-1-01".parse::<Date>().is_err());
        let d: Date = "2026-11-26".parse().expect("date");
        assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), Some(d));
        assert_eq!(Date::new(1970, 1, 1).map(Date::days_since_epoch), Some(0));
        assert_eq!(d.days_until("2026-12-31".parse().expect("date")), 35);
    }

    #[test]
    fn approximate() {
        let a: ApproxDate = "2025-02/2025-03".parse().expect("span");
        assert_eq!(a.earliest().to_string(), "2025-02-01");
        assert_eq!(a.latest().to_string(), "2025-03-31");
        assert_eq!(a.to_string(), "2025-02/2025-03");
        let m: ApproxDate = "2024-02".parse().expect("month");
        assert_eq!(m.latest().to_string(), "2024-02-29");
        assert!("2025-03/2025-02".parse::<ApproxDate>().is_err());
        assert!("2025-13".parse::<ApproxDate>().is_err());
        assert_eq!(
            "2025-01-21"
                .parse::<ApproxDate>()
                .expect("day")
                .exact()
                .map(|d| d.to_string()),
            Some("2025-01-21".into())
        );
    }
}
