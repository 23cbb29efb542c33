//! Links written in author texts: `[label](#section)` to a part of the notice,
//! `[label](https://…)` to a web page and `[label](mailto:…)` to an e-mail address.
//!
//! A page links an in-notice reference only when its target exists on that page, and a web or
//! e-mail address only when it is safe (see [`super::links`]); otherwise the label is shown as
//! plain text. The checker reports references to parts the notice does not have (LINT-TOC).
//! Anything else in brackets, such as `[sic]` or `[label](ftp://…)`, is ordinary text.

use super::doc::{Block, Inline, Line};
use super::links;
use super::view::View;
use std::collections::BTreeSet;

/// Where a reference points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An anchor of the notice, without the `#`: a section (`rights`) or a declaration
    /// (`purpose-newsletter`).
    Anchor(String),
    /// A web address (`https:` or `http:`).
    Web(String),
    /// An e-mail address, without `mailto:`.
    Mail(String),
}

/// A reference found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Byte offset of the opening `[`.
    pub start: usize,
    /// Byte offset just after the closing `)`.
    pub end: usize,
    /// The label, trimmed.
    pub label: String,
    /// The target.
    pub target: Target,
}

/// Every reference in `text`, in order.
pub fn references(text: &str) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = text.get(from..).and_then(|s| s.find('[')).map(|i| i + from) {
        match reference_at(text, open) {
            Some(r) => {
                from = r.end;
                out.push(r);
            }
            None => from = open + 1,
        }
    }
    out
}

/// The reference that starts with the `[` at byte `open`, if it is one.
fn reference_at(text: &str, open: usize) -> Option<Reference> {
    let rest = text.get(open + 1..)?;
    let close = rest.find([']', '[', '\n'])?;
    if !rest.get(close..)?.starts_with("](") {
        return None;
    }
    let label = rest.get(..close)?.trim();
    let after = rest.get(close + 2..)?;
    let paren = after.find([')', '\n', ' ', '('])?;
    if !after.get(paren..)?.starts_with(')') {
        return None;
    }
    let target = target(after.get(..paren)?)?;
    if label.is_empty() {
        return None;
    }
    Some(Reference {
        start: open,
        end: open + 1 + close + 2 + paren + 1,
        label: label.to_string(),
        target,
    })
}

fn target(raw: &str) -> Option<Target> {
    if let Some(anchor) = raw.strip_prefix('#') {
        let valid = !anchor.is_empty()
            && anchor
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        return valid.then(|| Target::Anchor(anchor.to_string()));
    }
    if let Some(mail) = raw.strip_prefix("mailto:") {
        return (!mail.is_empty()).then(|| Target::Mail(mail.to_string()));
    }
    let lower = raw.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| Target::Web(raw.to_string()))
}

/// The text for outputs that cannot link (machine-readable exports, changelog entries): a link
/// to a part of the notice becomes its label, a web or e-mail link its label and its address,
/// `label (https://…)`, so that no address is lost.
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in references(text) {
        out.push_str(text.get(at..r.start).unwrap_or_default());
        out.push_str(&r.label);
        match &r.target {
            Target::Anchor(_) => {}
            Target::Web(address) | Target::Mail(address) if *address == r.label => {}
            Target::Web(address) | Target::Mail(address) => {
                out.push_str(" (");
                out.push_str(address);
                out.push(')');
            }
        }
        at = r.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}

/// Every anchor of the page: sections, subsections and table rows that stand for a declaration.
pub fn anchors(view: &View) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let rows = |blocks: &[Block], out: &mut BTreeSet<String>| {
        for b in blocks {
            if let Block::Table(t) = b {
                out.extend(t.rows.iter().filter_map(|r| r.id.clone()));
            }
        }
    };
    for s in &view.sections {
        out.insert(s.id.clone());
        rows(&s.blocks, &mut out);
        for sub in &s.subs {
            out.insert(sub.id.clone());
            rows(&sub.blocks, &mut out);
        }
    }
    out
}

/// Turns the references in every text of the view into links: to anchors the page has, and to
/// safe web and e-mail addresses; any other reference keeps only its label.
pub fn link(view: &mut View) {
    let anchors = anchors(view);
    for s in &mut view.sections {
        link_blocks(&mut s.blocks, &anchors);
        for sub in &mut s.subs {
            link_blocks(&mut sub.blocks, &anchors);
        }
    }
    if let Some(intro) = &mut view.intro {
        link_line(intro, &anchors);
    }
}

fn link_blocks(blocks: &mut [Block], anchors: &BTreeSet<String>) {
    for b in blocks {
        match b {
            Block::Para(l) | Block::Important(l) => link_line(l, anchors),
            Block::List(lines) => lines.iter_mut().for_each(|l| link_line(l, anchors)),
            Block::Facts(facts) => facts
                .iter_mut()
                .flat_map(|f| f.values.iter_mut())
                .for_each(|l| link_line(l, anchors)),
            Block::Table(t) => t
                .rows
                .iter_mut()
                .flat_map(|r| r.cells.iter_mut())
                .flatten()
                .for_each(|l| link_line(l, anchors)),
        }
    }
}

/// Splits every plain-text piece of `line` at its references.
pub fn link_line(line: &mut Line, anchors: &BTreeSet<String>) {
    if !line.iter().any(|i| matches!(i, Inline::Text(t) if t.contains("]("))) {
        return;
    }
    let mut out = Vec::with_capacity(line.len());
    for inline in line.drain(..) {
        let Inline::Text(text) = inline else {
            out.push(inline);
            continue;
        };
        let mut at = 0;
        for r in references(&text) {
            let before = text.get(at..r.start).unwrap_or_default();
            if !before.is_empty() {
                out.push(Inline::Text(before.to_string()));
            }
            out.push(match r.target {
                Target::Anchor(a) if anchors.contains(&a) => links::anchor(r.label, &a),
                Target::Anchor(_) => Inline::Text(r.label),
                Target::Web(url) => links::web(&r.label, &url),
                Target::Mail(address) => match links::email(&address) {
                    Inline::Link { href, .. } => Inline::Link {
                        text: r.label,
                        href,
                        hreflang: None,
                    },
                    _ => Inline::Text(r.label),
                },
            });
            at = r.end;
        }
        let rest = text.get(at..).unwrap_or_default();
        if !rest.is_empty() {
            out.push(Inline::Text(rest.to_string()));
        }
    }
    // Neighbouring plain pieces are joined again, so a line without links stays one piece.
    let mut merged: Line = Vec::with_capacity(out.len());
    for inline in out {
        match (merged.last_mut(), inline) {
            (Some(Inline::Text(prev)), Inline::Text(next)) => prev.push_str(&next),
            (_, inline) => merged.push(inline),
        }
    }
    *line = merged;
}

#[cfg(test)]
mod tests {
    #![allow(clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn finds_the_three_kinds_of_reference() {
        let t = "See [your rights](#rights), [our form](https://x.eu/f) or [write](mailto:a@x.eu).";
        let r = references(t);
        assert_eq!(r.len(), 3);
        assert_eq!(r[0].label, "your rights");
        assert_eq!(r[0].target, Target::Anchor("rights".into()));
        assert_eq!(&t[r[0].start..r[0].end], "[your rights](#rights)");
        assert_eq!(r[1].target, Target::Web("https://x.eu/f".into()));
        assert_eq!(r[2].target, Target::Mail("a@x.eu".into()));
        assert_eq!(
            plain(t),
            "See your rights, our form (https://x.eu/f) or write (a@x.eu)."
        );
        assert_eq!(plain("[a@x.eu](mailto:a@x.eu)"), "a@x.eu");
    }

    #[test]
    fn other_brackets_are_text() {
        for t in [
            "a [sic] b",
            "[x](ftp://host)",
            "[](#rights)",
            "[x](#)",
            "[x] (#rights)",
            "[x](#a b)",
            "[x](#rights",
            "[a [b](#c)",
            "[x](javascript:alert(1))",
            "unclosed [ bracket",
            "ünïcödé [ß](#ä)",
        ] {
            let found = references(t);
            assert!(found.is_empty() || t.starts_with("[a ["), "{t:?} gave {found:?}");
            if t.starts_with("[a [") {
                assert_eq!(found.len(), 1);
                assert_eq!(found[0].label, "b");
            }
            if found.is_empty() {
                assert_eq!(plain(t), t);
            }
        }
    }

    #[test]
    fn links_only_to_anchors_the_page_has() {
        let anchors: BTreeSet<String> = ["rights".to_string()].into();
        let mut line = vec![Inline::Text("Read [this](#rights) and [that](#cookies).".into())];
        link_line(&mut line, &anchors);
        assert_eq!(
            line,
            vec![
                Inline::Text("Read ".into()),
                Inline::Link {
                    text: "this".into(),
                    href: "#rights".into(),
                    hreflang: None
                },
                Inline::Text(" and that.".into()),
            ]
        );
    }

    #[test]
    fn unsafe_addresses_keep_only_the_label() {
        let mut line = vec![Inline::Text("[x](http://)".into())];
        link_line(&mut line, &BTreeSet::new());
        assert_eq!(line, vec![Inline::Text("x".into())]);
    }
}
