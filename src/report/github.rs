//! GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding,
//! which the runner turns into an annotation on the file and line.
//!
//! The format is `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message`. Values
//! are escaped exactly as GitHub's own toolkit (`@actions/core`) escapes them, so that a `%`, a
//! line break, or in a property a `:` or `,`, cannot end the command early or start another.
//! Columns count characters and the end column is the one after the last character, as in the
//! SARIF report; GitHub accepts columns only within one line, so a finding that spans several
//! lines names its lines only.

use super::{Base, Place, place};
use crate::diagnostics::{Diagnostic, Severity};
use crate::source::SourceMap;
use std::fmt::Write as _;

/// One workflow command per diagnostic, each on its own line, in the order given.
pub fn render(sources: &SourceMap, diagnostics: &[Diagnostic], base: &Base) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&command(sources, d, base));
        out.push('\n');
    }
    out
}

/// The workflow command of one diagnostic (without the final line break).
pub fn command(sources: &SourceMap, d: &Diagnostic, base: &Base) -> String {
    let name = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let at = place(sources, d.primary.span, base);
    let mut props = vec![("file", at.file.display()), ("line", at.start_line.to_string())];
    if at.start_line == at.end_line {
        props.push(("col", at.start_column.to_string()));
        props.push(("endLine", at.end_line.to_string()));
        props.push(("endColumn", at.end_column.to_string()));
    } else {
        props.push(("endLine", at.end_line.to_string()));
    }
    props.push(("title", title(d)));
    let props = props
        .iter()
        .map(|(k, v)| format!("{k}={}", escape_property(v)))
        .collect::<Vec<_>>()
        .join(",");
    format!("::{name} {props}::{}", escape_data(&body(sources, d, base)))
}

/// `CODE (Art. …)` for a legal rule, the code alone for a language error.
fn title(d: &Diagnostic) -> String {
    match &d.article {
        Some(article) => format!("{} ({article})", d.code),
        None => d.code.to_string(),
    }
}

/// The message, then the help, the notes and the related places, one per line.
fn body(sources: &SourceMap, d: &Diagnostic, base: &Base) -> String {
    let mut text = d.message.clone();
    if let Some(help) = &d.help {
        let _ = write!(text, "\nhelp: {help}");
    }
    for note in &d.notes {
        let _ = write!(text, "\nnote: {note}");
    }
    for label in &d.secondary {
        let at = place(sources, label.span, base);
        let _ = write!(text, "\nrelated: {} ({})", label.message, position(&at));
    }
    text
}

fn position(at: &Place) -> String {
    format!("{}:{}:{}", at.file.display(), at.start_line, at.start_column)
}

/// Escapes a command's message: `%`, carriage return and line feed.
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value: as [`escape_data`], and also `:` and `,`.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn data_escapes_percent_first_then_line_breaks() {
        assert_eq!(escape_data("100% sure\r\nnext"), "100%25 sure%0D%0Anext");
        // An already escaped sequence must survive a round trip through the runner unchanged.
        assert_eq!(escape_data("%0A"), "%250A");
        // Colons and commas are safe in data: the runner splits at the first `::` only.
        assert_eq!(escape_data("a: b, c :: d"), "a: b, c :: d");
    }

    #[test]
    fn properties_also_escape_colons_and_commas() {
        assert_eq!(escape_property("C:\\x,y"), "C%3A\\x%2Cy");
        assert_eq!(escape_property("50%,\n"), "50%25%2C%0A");
        assert_eq!(
            escape_property("GDPR-13-1-c (Art. 13(1)(c))"),
            "GDPR-13-1-c (Art. 13(1)(c))"
        );
    }

    #[test]
    fn a_multi_line_span_names_lines_only() {
        let c = crate::compile_source("n.policy", "policy p {\n  languages [en]\n  efective 2025-01-01\n}\n");
        let d = c.diagnostics.iter().find(|d| d.code == "E0102").unwrap().clone();
        let one_line = command(&c.sources, &d, &Base::new("/nowhere"));
        assert!(
            one_line.starts_with("::error file=n.policy,line=3,col=3,endLine=3,endColumn=11,title=E0102::"),
            "{one_line}"
        );
        let mut wide = d;
        wide.primary.span.end = c.sources.get(wide.primary.span.file).unwrap().text().len();
        let many = command(&c.sources, &wide, &Base::new("/nowhere"));
        assert!(
            many.starts_with("::error file=n.policy,line=3,endLine=5,title=E0102::"),
            "{many}"
        );
    }

    #[test]
    fn the_message_cannot_break_out_of_its_line() {
        let c = crate::compile_source("n.policy", "policy p {\n  languages [en]\n}\n");
        let mut d = c.diagnostics.first().unwrap().clone();
        d.message = "two\nlines with 100%".into();
        d.help = Some("::warning::forged".into());
        let line = command(&c.sources, &d, &Base::new("/nowhere"));
        assert!(!line.contains('\n'));
        assert!(
            line.ends_with("::two%0Alines with 100%25%0Ahelp: ::warning::forged"),
            "{line}"
        );
    }
}
