//! Clear and specific wording: hedges and open lists, generic purpose labels, the language of the
//! notice (Art. 12(1), WP260 rev.01).

use super::lints::open_list_ends;
use super::texts::*;
use crate::builtin::Wording;
use crate::check::{Cx, phrase_end, word_occurrences};

/// Whether the hit of `phrase` at `start` in `text` is a real hedge.
pub(super) fn is_hedge(words: &Wording, lang: &str, text: &str, phrase: &str, start: usize) -> bool {
    let end = phrase_end(text, start, phrase);
    let (before, after) = neighbours(text, start, end);
    if words.negation_after.contains(&after) || words.negation_before.contains(&before) {
        return false;
    }
    if words.clause_negation.iter().any(|l| l == lang) && negated_later(words, text, end) {
        return false;
    }
    if lang == "en" && words.en_modals.iter().any(|m| m == phrase) {
        // "May 2025", "1 May": the month.
        if phrase == "may"
            && (after.starts_with(|c: char| c.is_ascii_digit()) || before.starts_with(|c: char| c.is_ascii_digit()))
        {
            return false;
        }
        return before == "we" || after == "be";
    }
    true
}

/// Whether a negation word follows, before the clause ends, the hedge that ends at byte `end`
/// of `text` (German and Dutch put "nicht"/"niet" at the end of a main clause).
fn negated_later(words: &Wording, text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or("");
    let clause = rest.split(['.', ',', ';', ':', '!', '?']).next().unwrap_or("");
    clause
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| words.negation_after.contains(&w.to_lowercase()))
}

/// The vague phrases (qualifiers and open-list markers) in one text of language `lang`, with
/// their byte offsets, earliest first.
pub(super) fn vague_hits<'b>(cx: &Cx<'b>, lang: &str, text: &str, open_lists: bool) -> Vec<(usize, &'b str)> {
    let lang = primary(lang);
    let mut hits: Vec<(usize, &'b str)> = Vec::new();
    for e in &cx.builtins.reference.vague.entries {
        if e.lang != lang || !(e.kind == "qualifier" || (open_lists && e.kind == "open_list")) {
            continue;
        }
        if let Some(start) = word_occurrences(text, &e.phrase)
            .into_iter()
            .find(|s| is_hedge(&cx.builtins.reference.wording, lang, text, &e.phrase, *s))
        {
            hits.push((start, e.phrase.as_str()));
        }
    }
    hits.sort_by_key(|h| h.0);
    hits
}

/// WP260-VAGUE: author texts say what is done, without hedges ("may", "some") or open lists
/// ("such as", "etc.") (Art. 12(1), WP260 rev.01). One finding per text field, at the first
/// vague phrase, naming the others in a note.
pub(super) fn vague_wording(cx: &mut Cx<'_>, texts: &[AuthorText<'_>]) {
    for t in texts {
        // A list ending in "etc." is LINT-ETC's finding.
        let etc_list = t.is_list() && !open_list_ends(cx, t).is_empty();
        // Open lists matter where the notice enumerates what is processed, why, for whom and
        // how; elsewhere ("for example by e-mail") they only illustrate.
        let open_lists = matches!(
            t.kind,
            "data" | "purpose" | "recipient" | "transfer" | "cookie" | "cookies" | "security"
        ) && !t.field.starts_with("retention/");
        let mut first: Option<(String, String, &str)> = None;
        let mut others: Vec<String> = Vec::new();
        for (lang, values) in t.languages() {
            for value in values {
                for (_, phrase) in vague_hits(cx, lang, value, open_lists) {
                    let is_open = cx
                        .builtins
                        .reference
                        .vague
                        .entries
                        .iter()
                        .any(|e| e.phrase == phrase && e.kind == "open_list");
                    if etc_list && is_open {
                        continue;
                    }
                    if first.is_none() {
                        first = Some((lang.to_string(), value.to_string(), phrase));
                    } else {
                        let quoted = format!("`{phrase}`");
                        if !others.contains(&quoted) && first.as_ref().is_none_or(|f| f.2 != phrase) {
                            others.push(quoted);
                        }
                    }
                }
            }
        }
        let Some((lang, value, phrase)) = first else { continue };
        let field_span = cx.field(t.kind, &t.id, &t.field);
        let span = locate(cx, field_span, &value, phrase);
        let suggestion = cx
            .builtins
            .reference
            .vague
            .entries
            .iter()
            .find(|e| e.phrase == phrase && e.lang == primary(&lang))
            .map_or("say exactly what you do", |e| e.suggestion.as_str());
        let mut d = cx
            .finding(
                "WP260-VAGUE",
                span,
                format!("vague wording `{phrase}` in the `{}` of {} `{}`", t.field, t.kind, t.id),
                "vague",
            )
            .with_help(suggestion.to_string());
        if !others.is_empty() {
            d = d.with_note(format!("the same text also uses {}", others.join(", ")));
        }
        cx.report(t.target.clone(), d);
    }
}

/// Lowercases and strips a leading preposition and final punctuation.
pub(super) fn normalise_label(words: &Wording, text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let collapsed = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = collapsed.trim_end_matches(['.', '!', ';', ':']);
    let mut s = trimmed;
    for prefix in &words.label_prefixes {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest;
            break;
        }
    }
    s.to_string()
}

/// WP260-VAGUE-PURPOSE: a purpose is described by what is done and why, not by a generic label
/// such as "marketing" or "improve our services" (Art. 5(1)(b), WP260 rev.01).
pub(super) fn vague_purposes(cx: &mut Cx<'_>) {
    for p in &cx.policy.purposes {
        let Some(description) = &p.description else { continue };
        let generic = description.iter().find(|(lang, text)| {
            let label = normalise_label(&cx.builtins.reference.wording, text);
            cx.builtins
                .reference
                .vague
                .entries
                .iter()
                .any(|e| e.kind == "generic_purpose" && e.lang == primary(lang) && e.phrase == label)
        });
        let Some((_, text)) = generic else { continue };
        let d = cx
            .finding(
                "WP260-VAGUE-PURPOSE",
                cx.field("purpose", &p.id, "description"),
                format!("the purpose `{}` is described only as `{}`", p.id, text.trim()),
                "generic label",
            )
            .with_note("a reader cannot tell from a label what is done with their data")
            .with_help("say what you do, with which data and to what end, e.g. \"sending our monthly newsletter about new products to customers who signed up\"");
        cx.report(format!("purpose/{}", p.id), d);
    }
}

/// GDPR-12-1-LANG: the notice is published in a main language of each state it addresses
/// (Art. 12(1), WP260 rev.01).
pub(super) fn languages(cx: &mut Cx<'_>) {
    let p = cx.policy;
    let published: Vec<&str> = p.languages.iter().map(|l| primary(l)).collect();
    let field = cx.field("policy", &p.id, "countries");
    for country in &p.countries {
        let Some(main) = cx.builtins.reference.languages.main_languages(country) else {
            continue;
        };
        if main.iter().any(|m| published.contains(&m.as_str())) {
            continue;
        }
        let wanted = main.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(" or ");
        let d = cx
            .finding(
                "GDPR-12-1-LANG",
                cx.find_phrase(field, country).unwrap_or(field),
                format!("the notice addresses `{country}` but is not published in {wanted}"),
                format!("main language {wanted}"),
            )
            .with_secondary(cx.field("policy", &p.id, "languages"), "published languages")
            .with_help(format!(
                "add {wanted} to `languages` and translate every text, or remove `{country}` from `countries`"
            ));
        cx.report(cx.policy_target(), d);
    }
}
