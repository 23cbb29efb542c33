//! Dates: `YYYY-MM-DD` only, with a message for each way people write dates otherwise.
//!
//! The grammar lexes any three groups of digits joined by `-`, `.` or `/` as a date, so that
//! this reader can say how to fix `05.09.2025` or `2026/03/01` instead of a parser error.

use super::ctx::Ctx;
use super::values::{Expected, NOT_STATED, single, type_error};
use crate::diagnostics::Diagnostic;
use crate::source::Span;
use crate::syntax::{Atom, Entry};

/// The years a policy date may fall in. Privacy notices are a matter of the web era; anything
/// outside this range is a typo (`0000-01-01`, `20256-01-01`), not a date of a notice.
pub(crate) const YEARS: std::ops::RangeInclusive<i64> = 1900..=2999;

/// A calendar date, written `YYYY-MM-DD`.
pub(crate) fn date(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Option<String> {
    let entry = entry.filter(|e| !matches!(e.atoms.as_slice(), [Atom::Word(w)] if w.text == NOT_STATED))?;
    match single(ctx, entry, Expected::Date)? {
        Atom::Date { text, span } => parse(ctx, text, *span),
        other => {
            type_error(ctx, &entry.name.text, Expected::Date, other);
            None
        }
    }
}

/// How the three groups of digits are ordered.
enum Order {
    /// Year first: `2025-09-05`, `2025/09/05`.
    YearMonthDay,
    /// Year last, day first: `05.09.2025`.
    DayMonthYear,
    /// Year last, month first: `09/30/2025`.
    MonthDayYear,
}

fn parse(ctx: &mut Ctx<'_>, text: &str, span: Span) -> Option<String> {
    let parts: Vec<&str> = text.split(['-', '.', '/']).collect();
    let [a, b, c] = parts.as_slice() else {
        return invalid(ctx, text, span, "not a date");
    };
    let num = |s: &str| s.parse::<i64>().unwrap_or(i64::MAX);
    let (na, nb, nc) = (num(a), num(b), num(c));
    let order = if a.len() >= 3 {
        Order::YearMonthDay
    } else if c.len() >= 3 {
        if text.contains('/') && nb > 12 && na <= 12 {
            Order::MonthDayYear
        } else if text.contains('/') && na <= 12 && nb <= 12 && na != nb {
            // `09/08/2025`: 9 August in Europe, 8 September in the US. Do not guess.
            ctx.push(
                Diagnostic::error(
                    "E0301",
                    format!("write dates as YYYY-MM-DD, not `{text}`"),
                    span,
                    "day and month could be either way round",
                )
                .with_help(format!(
                    "write `{c}-{b}-{a}` if this is day/month/year, or `{c}-{a}-{b}` if it is month/day/year"
                )),
            );
            return None;
        } else {
            Order::DayMonthYear
        }
    } else {
        return invalid(ctx, text, span, "the year needs four digits");
    };
    let (y, m, d) = match order {
        Order::YearMonthDay => (na, nb, nc),
        Order::DayMonthYear => (nc, nb, na),
        Order::MonthDayYear => (nc, na, nb),
    };
    if !YEARS.contains(&y) {
        let label = format!("the year must be from {} to {}", YEARS.start(), YEARS.end());
        return invalid(ctx, text, span, &label);
    }
    if !(1..=12).contains(&m) {
        return invalid(ctx, text, span, "months go from 01 to 12");
    }
    let first = i16::try_from(y)
        .ok()
        .zip(i8::try_from(m).ok())
        .and_then(|(y, m)| jiff::civil::Date::new(y, m, 1).ok());
    let days = first.map_or(31, |f| i64::from(f.days_in_month()));
    if !(1..=days).contains(&d) {
        return invalid(ctx, text, span, &format!("that month has {days} days"));
    }
    let canonical = format!("{y:04}-{m:02}-{d:02}");
    if canonical == text {
        return Some(canonical);
    }
    let label = match order {
        Order::YearMonthDay if text.contains(['.', '/']) => "separate the parts with `-`",
        Order::YearMonthDay => "write the month and the day with two digits",
        Order::DayMonthYear | Order::MonthDayYear => "the year comes first",
    };
    ctx.push(
        Diagnostic::error("E0301", format!("write dates as YYYY-MM-DD, not `{text}`"), span, label)
            .with_help(format!("write `{canonical}`")),
    );
    None
}

fn invalid(ctx: &mut Ctx<'_>, text: &str, span: Span, why: &str) -> Option<String> {
    ctx.push(
        Diagnostic::error("E0301", format!("`{text}` is not a valid date"), span, why)
            .with_help("write an existing date as YYYY-MM-DD, such as `2025-09-05`"),
    );
    None
}
