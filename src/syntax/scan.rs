//! The delimiter scan: unterminated strings, unbalanced brackets and too-deep nesting.

use super::MAX_DEPTH;
use crate::diagnostics::Diagnostic;
use crate::source::{FileId, Span};

/// Checks delimiters. Returns the diagnostics; an empty list means the parser may run.
pub(super) fn scan(file: FileId, text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut chars = text.char_indices().peekable();
    let span = |range: std::ops::Range<usize>| Span::new(file, range);
    while let Some((i, c)) = chars.next() {
        match c {
            '/' if chars.peek().is_some_and(|&(_, n)| n == '/') => {
                for (_, n) in chars.by_ref() {
                    if n == '\n' {
                        break;
                    }
                }
            }
            '"' => {
                let mut closed = false;
                while let Some((_, n)) = chars.next() {
                    match n {
                        '\\' => {
                            chars.next();
                        }
                        '"' => {
                            closed = true;
                            break;
                        }
                        _ => {}
                    }
                }
                if !closed {
                    out.push(
                        Diagnostic::error(
                            "E0002",
                            "unterminated string",
                            span(i..i + 1),
                            "this string is never closed",
                        )
                        .with_help("add a closing `\"`; write `\\\"` for a quote inside a text"),
                    );
                    return out;
                }
            }
            '{' | '[' => {
                stack.push((c, i));
                if stack.len() > MAX_DEPTH {
                    out.push(
                        Diagnostic::error(
                            "E0005",
                            format!("nesting deeper than {MAX_DEPTH} levels"),
                            span(i..i + 1),
                            "too deep",
                        )
                        .with_help("a policy never needs this much nesting; close the blocks and lists above"),
                    );
                    return out;
                }
            }
            '}' | ']' => {
                let expected_open = if c == '}' { '{' } else { '[' };
                match stack.pop() {
                    Some((open, _)) if open == expected_open => {}
                    Some((open, at)) => {
                        let close = if open == '{' { '}' } else { ']' };
                        out.push(
                            Diagnostic::error(
                                "E0003",
                                format!("mismatched `{c}`"),
                                span(i..i + 1),
                                format!("expected `{close}` here"),
                            )
                            .with_secondary(span(at..at + 1), format!("to close this `{open}`")),
                        );
                        return out;
                    }
                    None => {
                        out.push(
                            Diagnostic::error(
                                "E0003",
                                format!("unexpected `{c}`"),
                                span(i..i + 1),
                                "nothing to close here",
                            )
                            .with_help(format!("remove it, or add the `{expected_open}` it should close")),
                        );
                        return out;
                    }
                }
            }
            _ => {}
        }
    }
    if let Some((open, at)) = stack.pop() {
        let close = if open == '{' { '}' } else { ']' };
        out.push(
            Diagnostic::error(
                "E0002",
                format!("unclosed `{open}`"),
                span(at..at + 1),
                format!("this `{open}` is never closed"),
            )
            .with_help(format!("add `{close}` where it should end")),
        );
    }
    out
}
