//! Who receives personal data: recipients named or described specifically, each with a role
//! (Art. 13(1)(e), WP260 rev.01).

use crate::builtin::VagueWords;
use crate::check::{Cx, word_occurrences};
use crate::model::{Recipient, Text};

/// GDPR-13-1-e: every recipient is identified and receives something (Art. 13(1)(e)).
pub(super) fn recipients_declared(cx: &mut Cx<'_>) {
    let policy = cx.policy;
    for r in &policy.recipients {
        let target = format!("recipient/{}", r.id);
        if r.name.is_none() && r.category.is_none() {
            let d = cx
                .finding(
                    "GDPR-13-1-e",
                    cx.decl("recipient", &r.id),
                    format!("recipient `{}` is neither named nor described", r.id),
                    "no `name` or `category`",
                )
                .with_help("give the recipient's `name`, or a `category` saying what kind of organisation it is");
            cx.report(target.clone(), d);
        }
        if r.data.is_empty() && r.purposes.is_empty() {
            let d = cx
                .finding(
                    "GDPR-13-1-e",
                    cx.decl("recipient", &r.id),
                    format!("recipient `{}` receives no data and serves no purpose", r.id),
                    "no `data` or `purposes`",
                )
                .with_note("a recipient is only meaningful to the reader if the notice says what it receives and why")
                .with_help(format!(
                    "say what it receives and for what: `data [...]` and `purposes [...]`, or remove `recipient {}`",
                    r.id
                ));
            cx.report(target, d);
        }
    }
}

/// GDPR-13-1-e: purposes that obviously involve others have a recipient (Art. 13(1)(e)).
pub(super) fn purposes_needing_recipients(cx: &mut Cx<'_>) {
    let policy = cx.policy;
    let third_party_stats = policy
        .cookies
        .iter()
        .find(|c| c.party.as_deref() == Some("third") && c.category.id == "statistics");
    for p in &policy.purposes {
        let needs = cx
            .builtins
            .vocab
            .purpose_kinds
            .get(&p.kind.id)
            .and_then(|t| t.needs_recipients.as_ref());
        let why = match needs {
            Some(why) => why.clone(),
            None if p.kind.id == "analytics" => match third_party_stats {
                Some(c) => format!(
                    "the statistics cookie `{}` is set by a third party{}, which receives the data",
                    c.id,
                    c.provider.as_ref().map(|n| format!(" ({n})")).unwrap_or_default()
                ),
                None => continue,
            },
            None => continue,
        };
        let covered = !p.recipients.is_empty()
            || policy
                .recipients
                .iter()
                .any(|r| r.purposes.is_empty() && r.data.iter().any(|d| p.data.contains(d)));
        if covered {
            continue;
        }
        let d = cx
            .finding(
                "GDPR-13-1-e",
                cx.decl("purpose", &p.id),
                format!("purpose `{}` names no recipient", p.id),
                format!("a `{}` purpose with no recipient", p.kind.id),
            )
            .with_note(why)
            .with_help(format!(
                "declare who receives the data, e.g. `recipient <id> : processor {{ name \"…\" purposes [{}] }}`",
                p.id
            ));
        cx.report(format!("purpose/{}", p.id), d);
    }
}

/// The phrases of one kind of the lexicon, in file order.
fn lexicon<'b>(words: &'b VagueWords, kind: &'b str) -> impl Iterator<Item = &'b str> {
    words
        .entries
        .iter()
        .filter(move |e| e.kind == kind)
        .map(|e| e.phrase.as_str())
}

/// Byte offset and length of the first generic word in `text` that is not part of a specific phrase.
pub(super) fn generic_word<'b>(words: &'b VagueWords, text: &str) -> Option<(usize, &'b str)> {
    let lower = text.to_lowercase();
    lexicon(words, "generic_recipient")
        .filter_map(|word| {
            word_occurrences(text, word)
                .into_iter()
                .find(|&at| !lexicon(words, "specific_recipient").any(|s| covers(&lower, s, at, word.len())))
                .map(|at| (at, word))
        })
        .min_by_key(|(at, _)| *at)
}

/// Whether an occurrence of `phrase` in `text` covers the bytes `at..at + len`.
pub(super) fn covers(text: &str, phrase: &str, at: usize, len: usize) -> bool {
    let mut from = 0;
    while let Some(p) = text.get(from..).and_then(|x| x.find(phrase)) {
        let start = from + p;
        if start <= at && at + len <= start + phrase.len() {
            return true;
        }
        from = start + 1;
    }
    false
}

/// The first generic word in any language of a localized text.
pub(super) fn first_generic<'b>(words: &'b VagueWords, text: &Text) -> Option<&'b str> {
    text.values().find_map(|t| generic_word(words, t).map(|(_, w)| w))
}

/// WP260-RECIPIENTS: a category of recipients is specific and located (Art. 13(1)(e)).
pub(super) fn recipient_category(cx: &mut Cx<'_>, r: &Recipient) {
    if r.name.is_some() {
        return;
    }
    let Some(category) = &r.category else { return };
    let span = cx.field("recipient", &r.id, "category");
    let generic = first_generic(&cx.builtins.reference.vague, category);
    let no_location = r.locations.is_empty();
    let target = format!("recipient/{}", r.id);
    let d = if let Some(word) = generic {
        let at = cx.find_phrase(span, word).unwrap_or(span);
        let mut d = cx
            .finding(
                "WP260-RECIPIENTS",
                at,
                format!("the category of recipient `{}` is too generic", r.id),
                format!("`{}` does not say what kind of organisation receives the data", cx.snippet(at)),
            )
            .with_help(
                "name the recipients, or describe them by activity and sector, e.g. \"card payment processors\" or \"cloud hosting providers\"",
            );
        if no_location {
            d = d.with_note("it also does not say where they are: add `location`");
        }
        d
    } else if no_location {
        cx.finding(
            "WP260-RECIPIENTS",
            span,
            format!("the category of recipient `{}` does not say where they are", r.id),
            "no `location`",
        )
        .with_help("add `location` with the countries where these recipients are, e.g. `location [DE, IE]`")
    } else {
        return;
    };
    cx.report(target, d);
}

/// LINT-RECIPIENT-ROLE: each recipient has a definite role (Art. 28, Art. 4(7)).
pub(super) fn recipient_role(cx: &mut Cx<'_>, r: &Recipient) {
    if r.role.id != "other" {
        return;
    }
    let header = cx.decl("recipient", &r.id);
    let snippet = cx.snippet(header);
    let span = snippet.rfind("other").map_or(header, |pos| crate::source::Span {
        file: header.file,
        start: header.start + pos,
        end: header.start + pos + "other".len(),
    });
    let d = cx
        .finding(
            "LINT-RECIPIENT-ROLE",
            span,
            format!("the role of recipient `{}` is not stated", r.id),
            "role `other`",
        )
        .with_note(
            "whether a recipient is a processor, an independent or joint controller, a group company or an authority decides what the notice must say about it",
        )
        .with_help(
            "use `processor`, `sub_processor`, `controller`, `joint_controller`, `affiliate` or `public_authority`",
        );
    cx.report(format!("recipient/{}", r.id), d);
}
