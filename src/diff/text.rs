//! The report for people at a terminal: material changes first, then cosmetic ones, each with
//! its kind, declaration, location and values written as in a `.policy` file.

use super::{Change, Location, Materiality, Report, Value};
use crate::model::{Duration, Lifetime, Retention, Unit};
use std::fmt::Write as _;

/// The whole report as text, ending with a newline.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let (material, cosmetic) = (report.count(Materiality::Material), report.count(Materiality::Cosmetic));
    let _ = writeln!(
        out,
        "policyc diff: {} to {}: {material} material {}, {cosmetic} cosmetic {}",
        version(&report.old_version),
        version(&report.new_version),
        plural(material, "change", "changes"),
        plural(cosmetic, "change", "changes"),
    );
    for (materiality, title) in [(Materiality::Material, "material"), (Materiality::Cosmetic, "cosmetic")] {
        let entries: Vec<_> = report.entries().filter(|(c, _)| c.materiality == materiality).collect();
        if entries.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{title} changes:");
        for (change, location) in entries {
            entry(&mut out, change, location);
        }
    }
    out
}

fn plural<'a>(n: usize, one: &'a str, other: &'a str) -> &'a str {
    if n == 1 { one } else { other }
}

fn version((label, date): &(Option<String>, Option<String>)) -> String {
    match (label, date) {
        (Some(l), Some(d)) => format!("{l} ({d})"),
        (Some(l), None) => l.clone(),
        (None, Some(d)) => d.clone(),
        (None, None) => "unversioned".to_string(),
    }
}

fn entry(out: &mut String, change: &Change, location: &Location) {
    let field = change.field.map(|f| format!(", `{f}`")).unwrap_or_default();
    let side = match location.side {
        super::Side::Old => " (old)",
        super::Side::New => "",
    };
    let _ = writeln!(
        out,
        "  {:<26} {} `{}`{field}  {}:{}:{}{side}",
        change.kind.id(),
        change.decl,
        change.id,
        location.file,
        location.line,
        location.column,
    );
    if let Some(old) = &change.old {
        let _ = writeln!(out, "      old: {}", plain(old));
    }
    if let Some(new) = &change.new {
        let _ = writeln!(out, "      new: {}", plain(new));
    }
}

fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

/// A value as it is written in a `.policy` file.
pub fn plain(value: &Value) -> String {
    match value {
        Value::Text(t) => {
            let parts: Vec<String> = t.iter().map(|(lang, s)| format!("{lang} {}", quote(s))).collect();
            format!("{{ {} }}", parts.join(" "))
        }
        Value::TextList(t) => {
            let parts: Vec<String> = t
                .iter()
                .map(|(lang, items)| {
                    let items: Vec<String> = items.iter().map(|s| quote(s)).collect();
                    format!("{lang} [{}]", items.join(", "))
                })
                .collect();
            format!("{{ {} }}", parts.join(" "))
        }
        Value::Id(s) => s.clone(),
        Value::Literal(s) => quote(s),
        Value::Ids(ids) => format!("[{}]", ids.join(", ")),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Duration(d) => duration(d),
        Value::Retention(r) => retention(r),
        Value::Lifetime(Lifetime::Session) => "session".to_string(),
        Value::Lifetime(Lifetime::Duration { duration: d }) => duration(d),
    }
}

/// `30 days`, `1 year`.
pub fn duration(d: &Duration) -> String {
    let (one, other) = match d.unit {
        Unit::Hours => ("hour", "hours"),
        Unit::Days => ("day", "days"),
        Unit::Weeks => ("week", "weeks"),
        Unit::Months => ("month", "months"),
        Unit::Years => ("year", "years"),
    };
    format!("{} {}", d.amount, if d.amount == 1 { one } else { other })
}

fn retention(r: &Retention) -> String {
    match r {
        Retention::Period { period, after, .. } => match after {
            Some(event) => format!("{} after {}", duration(period), event.id),
            None => duration(period),
        },
        Retention::Until { event, .. } => format!("until {}", event.id),
        Retention::Criteria { criteria, .. } => format!("criteria {}", plain(&Value::Text(criteria.clone()))),
        Retention::AsLongAsNecessary { .. } => "as_long_as_necessary".to_string(),
        Retention::Indefinite { .. } => "indefinite".to_string(),
    }
}
