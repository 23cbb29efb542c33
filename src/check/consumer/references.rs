//! LINT-TOC: links in author texts (`[label](#rights)`) to parts of the notice. The compiler
//! writes the table of contents itself, so it never lists a missing section; a link an author
//! writes can still point at a part the notice does not have, or at nothing at all.

use super::texts::{AuthorText, locate};
use crate::check::Cx;
use crate::diagnostics::Severity;
use crate::render::refs::{Target, references};
use crate::render::view::{DECLARATION_ANCHORS, FIXED_ANCHORS, anchors};

/// LINT-TOC: a link to a part of the notice that this notice does not have (info: the page
/// shows the label without a link), or to no part a notice can have (warning: a typo).
pub(super) fn dangling_references(cx: &mut Cx<'_>, texts: &[AuthorText<'_>]) {
    let mut found = Vec::new();
    for t in texts {
        for (_, values) in t.languages() {
            for value in values {
                for r in references(value) {
                    let Target::Anchor(anchor) = &r.target else { continue };
                    let raw = value.get(r.start..r.end).unwrap_or_default().to_string();
                    found.push((t, value, raw, anchor.clone()));
                }
            }
        }
    }
    if found.is_empty() {
        return;
    }
    let present = anchors(cx.policy);
    for (t, value, raw, anchor) in found {
        if present.contains(&anchor) {
            continue;
        }
        let span = locate(cx, cx.field(t.kind, &t.id, &t.field), value, &raw);
        let d = if possible(cx, &anchor) {
            cx.finding(
                "LINT-TOC",
                span,
                format!("the `{}` of {} `{}` links to `#{anchor}`, a part this notice does not have", t.field, t.kind, t.id),
                "nothing to link to",
            )
            .with_note("the compiler writes a part only when the policy gives it content; the page shows the link's label as plain text")
            .with_help(format!("declare what `#{anchor}` is about, or remove the link"))
        } else {
            let mut d = cx.finding(
                "LINT-TOC",
                span,
                format!(
                    "the `{}` of {} `{}` links to `#{anchor}`, which is no part of a notice",
                    t.field, t.kind, t.id
                ),
                "unknown link target",
            );
            d.severity = Severity::Warning;
            let help = crate::suggest::closest(&anchor, present.iter().map(String::as_str)).map_or_else(
                || {
                    format!(
                        "link to a section ({}) or to a declaration, such as `#purpose-<id>`",
                        FIXED_ANCHORS.map(|a| format!("`#{a}`")).join(", ")
                    )
                },
                |s| format!("did you mean `#{s}`?"),
            );
            d.with_help(help)
        };
        cx.report(t.target.clone(), d);
    }
}

/// Whether `anchor` names a part a notice can have: a fixed section, or a declaration of this
/// policy (whose part may still be missing when the policy gives it no content).
fn possible(cx: &Cx<'_>, anchor: &str) -> bool {
    FIXED_ANCHORS.contains(&anchor)
        || DECLARATION_ANCHORS.iter().any(|kind| {
            anchor
                .strip_prefix(kind)
                .and_then(|rest| rest.strip_prefix('-'))
                .is_some_and(|id| declared(cx, kind, id))
        })
}

/// Whether the policy declares `id` as a `kind` (an anchor kind, see DECLARATION_ANCHORS).
fn declared(cx: &Cx<'_>, kind: &str, id: &str) -> bool {
    let p = cx.policy;
    match kind {
        "purpose" => p.purposes.iter().any(|x| x.id == id),
        "data" => p.data.iter().any(|x| x.id == id),
        "recipient" => p.recipients.iter().any(|x| x.id == id),
        "transfer" => p.transfers.iter().any(|x| x.id == id),
        "decision" => p.automated_decisions.iter().any(|x| x.id == id),
        "cookie" => p.cookies.iter().any(|x| x.id == id),
        "revision" => p.revisions.iter().any(|x| x.id == id),
        "representative" => p.representative.as_ref().is_some_and(|x| x.id == id),
        _ => false,
    }
}
