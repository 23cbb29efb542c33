//! Declarations written on one line: `controller c { … } purpose p : billing { … }`.
//!
//! Declarations are separated by line ends. When a declaration keyword follows the closing `}`
//! of a declaration on the same line, the rest of the line is read as the next declaration (so
//! nothing in it is lost) and an error asks for a line break.

use super::DECLARATIONS;
use crate::diagnostics::Diagnostic;
use crate::syntax::{Atom, Entry};
use std::borrow::Cow;

/// The declarations of a top-level entry: the entry itself, or its parts when further
/// declarations follow its body on the same line.
pub(super) fn declarations<'e>(entry: &'e Entry, diagnostics: &mut Vec<Diagnostic>) -> Vec<Cow<'e, Entry>> {
    let Some(at) = next_start(entry) else {
        return vec![Cow::Borrowed(entry)];
    };
    let mut out = Vec::new();
    let mut rest: Entry = entry.clone();
    let mut at = Some(at);
    while let Some(i) = at {
        let mut tail = rest.atoms.split_off(i + 1).into_iter();
        let (Some(Atom::Block(body)), Some(Atom::Word(keyword))) = (rest.atoms.get(i), tail.next()) else {
            break;
        };
        let end = body.span;
        diagnostics.push(
            Diagnostic::error(
                "E0101",
                format!("`{}` starts on the line where `{}` ends", keyword.text, rest.name.text),
                keyword.span,
                "a new declaration on the same line",
            )
            .with_secondary(
                crate::source::Span {
                    file: end.file,
                    start: end.end.saturating_sub(1).max(end.start),
                    end: end.end,
                },
                format!("`{}` ends here", rest.name.text),
            )
            .with_help(format!(
                "start `{}` on a new line; it is read as if it did",
                keyword.text
            )),
        );
        let start = keyword.span.start;
        let next = Entry {
            name: keyword,
            atoms: tail.collect(),
            span: crate::source::Span {
                file: end.file,
                start,
                end: rest.span.end,
            },
        };
        rest.span = rest.name.span.to(end);
        out.push(Cow::Owned(std::mem::replace(&mut rest, next)));
        at = next_start(&rest);
    }
    out.push(Cow::Owned(rest));
    out
}

/// The index of the body after which a declaration keyword follows, if any.
fn next_start(entry: &Entry) -> Option<usize> {
    entry.atoms.windows(2).position(|pair| {
        matches!(pair, [Atom::Block(_), Atom::Word(w)]
            if DECLARATIONS.contains(&w.text.as_str()) || w.text == "policy" || w.text == "include")
    })
}
