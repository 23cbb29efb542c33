//! Clear and plain language (Art. 12(1), WP260 rev.01): very long sentences and legalistic words
//! in author texts, and information addressed to children in words they understand.

use super::texts::*;
use crate::check::{Cx, find_words};

/// The first sentence of `text` longer than `limit` words: its byte range and word count.
pub(super) fn long_sentence(text: &str, limit: usize) -> Option<(usize, usize, usize)> {
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_blank = chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        let end_here = matches!(c, '.' | '!' | '?') && next_blank;
        let last = chars.peek().is_none();
        if end_here || last {
            let end = i + c.len_utf8();
            let sentence = text.get(start..end).unwrap_or("");
            let words = sentence.split_whitespace().count();
            if words > limit {
                let lead = sentence.len() - sentence.trim_start().len();
                return Some((start + lead, end, words));
            }
            start = end;
        }
    }
    None
}

/// GDPR-12-1-PLAIN: author texts avoid very long sentences and legalistic words (Art. 12(1),
/// WP260 rev.01 paras 8-13). One finding per text field, at the first problem; a text repeated
/// word for word in several fields is reported once, where it first appears.
pub(super) fn plain_language(cx: &mut Cx<'_>, texts: &[AuthorText<'_>]) {
    let plain = &cx.builtins.reference.plain;
    let mut reported: Vec<&str> = Vec::new();
    for t in texts.iter().filter(|t| !t.is_list()) {
        let limit = if t.field == "child_summary" {
            plain.child_sentence_words
        } else {
            plain.sentence_words
        };
        let mut found = None;
        for (lang, values) in t.languages() {
            let Some(value) = values.first().copied() else { continue };
            if let Some((start, end, words)) = long_sentence(value, limit) {
                let sentence = value.get(start..end).unwrap_or(value);
                found = Some((
                    value,
                    sentence,
                    format!("a sentence of {words} words"),
                    format!("{words} words"),
                    format!("split it into sentences of about 20 words, one idea each (limit here: {limit} words)"),
                ));
                break;
            }
            let words = plain.legalese.iter().find(|l| l.lang == primary(lang));
            let hit = words.and_then(|w| {
                w.phrases
                    .iter()
                    .find(|ph| find_words(value, ph).is_some())
                    .map(|ph| (ph, &w.plain))
            });
            if let Some((phrase, hint)) = hit {
                found = Some((
                    value,
                    phrase.as_str(),
                    format!("legalistic wording `{phrase}`"),
                    "legalese".to_string(),
                    hint.clone(),
                ));
                break;
            }
        }
        let Some((value, phrase, what, label, help)) = found else {
            continue;
        };
        if reported.contains(&value) {
            continue;
        }
        reported.push(value);
        let span = locate(cx, cx.field(t.kind, &t.id, &t.field), value, phrase);
        let d = cx
            .finding(
                "GDPR-12-1-PLAIN",
                span,
                format!("{what} in the `{}` of {} `{}`", t.field, t.kind, t.id),
                label,
            )
            .with_note("a notice must be intelligible to the average person it addresses, in clear and plain language")
            .with_help(help);
        cx.report(t.target.clone(), d);
    }
}

/// GDPR-12-1-CHILD: a notice addressed to children gives its information in words a child
/// understands (Art. 12(1), Recital 58).
pub(super) fn child_language(cx: &mut Cx<'_>) {
    let p = cx.policy;
    if !p.audience.iter().any(|a| a.id == "children") || p.child_summary.is_some() {
        return;
    }
    let span = cx
        .find_phrase(cx.field("policy", &p.id, "audience"), "children")
        .unwrap_or_else(|| cx.field("policy", &p.id, "audience"));
    let d = cx
        .finding(
            "GDPR-12-1-CHILD",
            span,
            "the notice is addressed to children but gives them no information in words they understand",
            "children are an audience",
        )
        .with_note("information addressed to a child must be in clear and plain language a child can easily understand")
        .with_help("add `child_summary { … }` to the policy: what happens to their data, in short sentences a child can follow");
    cx.report(cx.policy_target(), d);
}
