//! Escaping for the output formats that askama does not know: Markdown (with a YAML front
//! matter). HTML is escaped by askama's own HTML escaper.
//!
//! Markdown: every value from a template is inert text. Characters that start Markdown or HTML
//! constructs anywhere in a line (`\ ` * _ [ ] < > | ~ & { } $`) are backslash-escaped (CommonMark
//! allows escaping any ASCII punctuation; `{`/`}` also stop Liquid and MDX expressions, `$` math);
//! characters that act only at the start of a line (`#`, `-`, `+`, `=`, `1.`, `1)`) are escaped
//! there (`-`, `+` and `1.` only as list markers); line breaks and other control characters become spaces, so a value can never start a
//! new block, leave a table cell or end the front matter.

use std::fmt::{self, Write};

/// The askama escaper for Markdown templates (`*.md`), configured in `askama.toml`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Markdown;

impl askama::filters::Escaper for Markdown {
    fn write_escaped_str<W: Write>(&self, mut dest: W, string: &str) -> fmt::Result {
        dest.write_str(&markdown(string))
    }
}

/// `s` as inert Markdown text.
pub fn markdown(s: &str) -> String {
    let flat: String = s
        .chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let trimmed = flat.trim_start();
    let mut out = String::with_capacity(trimmed.len() + 8);
    let chars: Vec<char> = trimmed.chars().collect();
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    // A list marker or ordered-list number counts only when a space or the end follows it.
    let ends_marker = |i: usize| chars.get(i + 1).is_none_or(|n| n.is_whitespace());
    for (i, &c) in chars.iter().enumerate() {
        let at_start = i == 0
            && (matches!(c, '#' | '=') || (matches!(c, '-' | '+') && (ends_marker(i) || chars.get(1) == Some(&'-'))));
        let after_number = digits > 0 && i == digits && matches!(c, '.' | ')') && ends_marker(i);
        if at_start || after_number || "\\`*_[]<>|~&{}$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `s` as a YAML scalar for a front matter: a double-quoted string (JSON strings are YAML), with
/// every character that could end the scalar or the document escaped.
pub fn yaml(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' || c == '\u{feff}' => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
