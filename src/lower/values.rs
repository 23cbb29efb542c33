//! Typed values: each reader interprets an entry's atoms and reports what does not fit.
//!
//! Every reader returns `None` (or an empty list) both when the value is wrong, after reporting
//! it, and when the author wrote `not_stated`, which is how a faithful encoding of a vague notice
//! says that the notice is silent.

use super::ctx::{Ctx, list};
pub(crate) use super::expected::Expected;
use crate::builtin::Vocabulary;
use crate::diagnostics::Diagnostic;
use crate::model::{Duration, Term, Text, TextList, Unit};
use crate::source::Span;
use crate::suggest;
use crate::syntax::{Atom, Block, Entry, Word};
use std::collections::BTreeMap;

pub(crate) use super::dates::date;

/// The word that marks a value the notice does not state.
pub(crate) const NOT_STATED: &str = "not_stated";

fn is_not_stated(entry: &Entry) -> bool {
    matches!(entry.atoms.as_slice(), [Atom::Word(w)] if w.text == NOT_STATED)
}

pub(crate) fn type_error(ctx: &mut Ctx<'_>, field: &str, expected: Expected, found: &Atom) {
    ctx.push(
        Diagnostic::error(
            "E0300",
            format!("expected {} for `{field}`, found {}", expected.what(), found.describe()),
            found.span(),
            format!("expected {}", expected.what()),
        )
        .with_help(expected.help()),
    );
}

/// The single atom of an entry; reports a missing value or extra atoms.
pub(crate) fn single<'e>(ctx: &mut Ctx<'_>, entry: &'e Entry, expected: Expected) -> Option<&'e Atom> {
    match entry.atoms.as_slice() {
        [] => {
            ctx.push(
                Diagnostic::error(
                    "E0300",
                    format!("`{}` has no value", entry.name.text),
                    entry.name.span,
                    format!("expected {} after this", expected.what()),
                )
                .with_help(expected.help()),
            );
            None
        }
        [one] => Some(one),
        [first, rest @ ..] => {
            let extra = rest.iter().map(Atom::span).reduce(Span::to).unwrap_or(first.span());
            ctx.push(
                Diagnostic::error(
                    "E0300",
                    format!("`{}` takes one value", entry.name.text),
                    extra,
                    "unexpected here",
                )
                .with_secondary(first.span(), "the value")
                .with_help("put several values in a list `[a, b]`; start the next field on a new line or after `;`"),
            );
            Some(first)
        }
    }
}

/// A plain string such as a name or an address.
pub(crate) fn string(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Option<String> {
    let entry = entry.filter(|e| !is_not_stated(e))?;
    match single(ctx, entry, Expected::Text)? {
        Atom::Str { value, span } => non_empty(ctx, &entry.name.text, value, *span),
        other => {
            type_error(ctx, &entry.name.text, Expected::Text, other);
            None
        }
    }
}

fn non_empty(ctx: &mut Ctx<'_>, field: &str, value: &str, span: Span) -> Option<String> {
    if value.trim().is_empty() {
        ctx.push(
            Diagnostic::error("E0311", format!("`{field}` is empty"), span, "empty text").with_help(format!(
                "write the {field}, or `{field} {NOT_STATED}` if the notice does not give it"
            )),
        );
        return None;
    }
    Some(value.to_string())
}

/// A localized text: one value per published language.
pub(crate) fn text(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Option<Text> {
    let entry = entry.filter(|e| !is_not_stated(e))?;
    let field = entry.name.text.clone();
    match single(ctx, entry, Expected::Text)? {
        Atom::Str { value, span } => {
            let value = non_empty(ctx, &field, value, *span)?;
            one_language(ctx, &field, *span, value)
        }
        Atom::Block(block) => localized(ctx, &field, block, |ctx, atom| match atom {
            Atom::Str { value, span } => non_empty(ctx, &field, value, *span),
            other => {
                type_error(ctx, &field, Expected::Text, other);
                None
            }
        }),
        other => {
            type_error(ctx, &field, Expected::Text, other);
            None
        }
    }
}

/// A localized list of short texts: `["a", "b"]` or `{ en ["a"] it ["b"] }`.
pub(crate) fn text_list(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Option<TextList> {
    let entry = entry.filter(|e| !is_not_stated(e))?;
    let field = entry.name.text.clone();
    let strings = |ctx: &mut Ctx<'_>, atom: &Atom| -> Option<Vec<String>> {
        let Atom::List(items) = atom else {
            type_error(ctx, &field, Expected::TextList, atom);
            return None;
        };
        let mut out = Vec::new();
        for item in &items.items {
            match item {
                Atom::Str { value, span } => out.extend(non_empty(ctx, &field, value, *span)),
                other => type_error(ctx, &field, Expected::Text, other),
            }
        }
        Some(out)
    };
    match single(ctx, entry, Expected::TextList)? {
        Atom::Block(block) => localized(ctx, &field, block, strings),
        atom @ Atom::List(_) => {
            let value = strings(ctx, atom)?;
            one_language(ctx, &field, atom.span(), value)
        }
        other => {
            type_error(ctx, &field, Expected::TextList, other);
            None
        }
    }
}

/// A value written without languages: accepted when the policy has exactly one language.
fn one_language<T>(ctx: &mut Ctx<'_>, field: &str, span: Span, value: T) -> Option<BTreeMap<String, T>> {
    match ctx.languages.as_slice() {
        // The missing or invalid `languages` was reported already.
        [] => None,
        [only] => Some(BTreeMap::from([(only.clone(), value)])),
        langs => {
            let example = langs.iter().map(|l| format!("{l} \"…\"")).collect::<Vec<_>>().join(" ");
            ctx.push(
                Diagnostic::error(
                    "E0310",
                    format!("`{field}` must be given in every language of the policy"),
                    span,
                    "no language given",
                )
                .with_help(format!("write `{field} {{ {example} }}`")),
            );
            None
        }
    }
}

/// `{ en <value> it <value> }`: several pairs may share a line.
///
/// Each mistake is reported once: a language whose value is wrong is not reported missing as
/// well, and a misspelt language is not reported missing when the suggestion names it.
fn localized<T>(
    ctx: &mut Ctx<'_>,
    field: &str,
    block: &Block,
    mut value: impl FnMut(&mut Ctx<'_>, &Atom) -> Option<T>,
) -> Option<BTreeMap<String, T>> {
    if ctx.languages.is_empty() {
        // The missing or invalid `languages` was reported already.
        return None;
    }
    let pairs = language_pairs(ctx, field, block);
    // Languages the block gives: never suggested as the fix of a misspelt one.
    let given: Vec<&str> = pairs
        .iter()
        .map(|(tag, _)| tag.text.as_str())
        .filter(|t| ctx.languages.iter().any(|l| l == t))
        .collect();
    let mut out = BTreeMap::new();
    let mut seen: BTreeMap<String, Span> = BTreeMap::new();
    let mut suggested: Vec<String> = Vec::new();
    for &(tag, atom) in &pairs {
        let v = value(ctx, atom);
        if !ctx.languages.contains(&tag.text) {
            suggested.extend(unknown_language(ctx, field, tag, &given));
            continue;
        }
        if let Some(first) = seen.get(&tag.text) {
            ctx.push(
                Diagnostic::error(
                    "E0313",
                    format!("`{field}` has two `{}` texts", tag.text),
                    tag.span,
                    "given again here",
                )
                .with_secondary(*first, "first given here"),
            );
            continue;
        }
        seen.insert(tag.text.clone(), tag.span);
        if let Some(v) = v {
            out.insert(tag.text.clone(), v);
        }
    }
    let missing: Vec<String> = ctx
        .languages
        .iter()
        .filter(|l| !seen.contains_key(*l) && !suggested.contains(*l))
        .cloned()
        .collect();
    for lang in missing {
        ctx.push(
            Diagnostic::error(
                "E0308",
                format!("`{field}` has no `{lang}` text"),
                block.span,
                format!("missing `{lang}`"),
            )
            .with_help(format!(
                "the policy is published in {}; add `{lang} \"…\"` inside the braces",
                list(ctx.languages.iter().map(String::as_str))
            )),
        );
    }
    (!out.is_empty()).then_some(out)
}

/// The `language value` pairs of a localized block, reporting what does not pair up.
fn language_pairs<'b>(ctx: &mut Ctx<'_>, field: &str, block: &'b Block) -> Vec<(&'b Word, &'b Atom)> {
    let mut pairs = Vec::new();
    for entry in &block.entries {
        let mut lang: Option<&Word> = Some(&entry.name);
        for atom in &entry.atoms {
            match (lang.take(), atom) {
                (Some(tag), v) => pairs.push((tag, v)),
                (None, Atom::Word(w)) => lang = Some(w),
                (None, other) => {
                    ctx.push(
                        Diagnostic::error(
                            "E0300",
                            format!("expected a language code in `{field}`, found {}", other.describe()),
                            other.span(),
                            "expected a language such as `en`",
                        )
                        .with_help(format!(
                            "write each language before its text: `{field} {{ en \"…\" it \"…\" }}`"
                        )),
                    );
                }
            }
        }
        if let Some(tag) = lang {
            ctx.push(
                Diagnostic::error(
                    "E0300",
                    format!("the `{}` text of `{field}` is missing", tag.text),
                    tag.span,
                    "no text after this language",
                )
                .with_help(format!("write `{} \"…\"`", tag.text)),
            );
        }
    }
    pairs
}

/// Reports a text in a language the policy is not published in. Returns the language suggested
/// instead, which is never one the text already gives.
fn unknown_language(ctx: &mut Ctx<'_>, field: &str, tag: &Word, given: &[&str]) -> Option<String> {
    let langs = list(ctx.languages.iter().map(String::as_str));
    let candidates = ctx.languages.iter().map(String::as_str).filter(|l| !given.contains(l));
    let candidates: Vec<&str> = candidates.collect();
    // Two-letter tags are too short for edit distances: `ed` for `de` is a swap of two keys.
    let swapped = |c: &&str| {
        let mut a: Vec<char> = c.chars().collect();
        let mut b: Vec<char> = tag.text.chars().collect();
        a.sort_unstable();
        b.sort_unstable();
        a == b
    };
    let suggestion = suggest::closest(&tag.text, candidates.iter().copied())
        .or_else(|| candidates.iter().copied().find(swapped))
        .map(str::to_string);
    let help = match &suggestion {
        Some(s) => format!("did you mean `{s}`?"),
        None => format!(
            "the policy is published in {langs}; add `{}` to `languages` or remove this text",
            tag.text
        ),
    };
    ctx.push(
        Diagnostic::error(
            "E0309",
            format!("`{}` is not a language of this policy", tag.text),
            tag.span,
            format!("in `{field}`"),
        )
        .with_help(help),
    );
    suggestion
}

const UNITS: &[(&str, Unit)] = &[
    ("hour", Unit::Hours),
    ("hours", Unit::Hours),
    ("day", Unit::Days),
    ("days", Unit::Days),
    ("week", Unit::Weeks),
    ("weeks", Unit::Weeks),
    ("month", Unit::Months),
    ("months", Unit::Months),
    ("year", Unit::Years),
    ("years", Unit::Years),
];

/// A duration at the start of `atoms` (`30 days`); returns it and the atoms after it.
pub(crate) fn duration_prefix<'a>(ctx: &mut Ctx<'_>, field: &str, atoms: &'a [Atom]) -> Option<(Duration, &'a [Atom])> {
    let (number, rest) = match atoms {
        [Atom::Number { text, span }, rest @ ..] => ((text, *span), rest),
        [first, ..] => {
            type_error(ctx, field, Expected::Duration, first);
            return None;
        }
        [] => return None,
    };
    let amount = match number.0.parse::<u32>() {
        Ok(n) if (1..=10_000).contains(&n) => n,
        Ok(_) => {
            ctx.push(Diagnostic::error(
                "E0302",
                "a duration must be between 1 and 10000 units",
                number.1,
                "out of range",
            ));
            return None;
        }
        Err(_) => {
            ctx.push(
                Diagnostic::error(
                    "E0302",
                    format!("durations use whole numbers, not `{}`", number.0),
                    number.1,
                    "not a whole number",
                )
                .with_help("use a smaller unit: `18 months` rather than `1.5 years`"),
            );
            return None;
        }
    };
    match rest {
        [Atom::Word(unit), rest @ ..] => match UNITS.iter().find(|(name, _)| *name == unit.text) {
            Some((_, u)) => Some((Duration::new(amount, *u), rest)),
            None => {
                let help = suggest::did_you_mean(&unit.text, UNITS.iter().map(|(n, _)| *n))
                    .unwrap_or_else(|| "the units are `hours`, `days`, `weeks`, `months` and `years`".to_string());
                ctx.push(
                    Diagnostic::error(
                        "E0302",
                        format!("unknown unit `{}`", unit.text),
                        unit.span,
                        "not a unit of time",
                    )
                    .with_help(help),
                );
                None
            }
        },
        _ => {
            ctx.push(
                Diagnostic::error(
                    "E0302",
                    format!("the duration `{}` has no unit", number.0),
                    number.1,
                    "days, months, years?",
                )
                .with_help(format!(
                    "write `{} days`, `{} months` or `{} years`",
                    number.0, number.0, number.0
                )),
            );
            None
        }
    }
}

/// A field whose whole value is a duration.
pub(crate) fn duration(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Option<Duration> {
    let entry = entry.filter(|e| !is_not_stated(e))?;
    let field = entry.name.text.as_str();
    if entry.atoms.is_empty() {
        single(ctx, entry, Expected::Duration);
        return None;
    }
    let (d, rest) = duration_prefix(ctx, field, &entry.atoms)?;
    trailing(ctx, field, rest);
    Some(d)
}

/// Reports atoms left over after a value.
pub(crate) fn trailing(ctx: &mut Ctx<'_>, field: &str, rest: &[Atom]) {
    if let Some(extra) = rest.iter().map(Atom::span).reduce(Span::to) {
        ctx.push(Diagnostic::error(
            "E0300",
            format!("unexpected words after the value of `{field}`"),
            extra,
            "unexpected here",
        ));
    }
}

/// `true` or `false`.
pub(crate) fn boolean(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Option<bool> {
    let entry = entry.filter(|e| !is_not_stated(e))?;
    match single(ctx, entry, Expected::Bool)? {
        Atom::Word(w) if w.text == "true" => Some(true),
        Atom::Word(w) if w.text == "false" => Some(false),
        other => {
            type_error(ctx, &entry.name.text, Expected::Bool, other);
            None
        }
    }
}

/// A whole number within `range`.
pub(crate) fn integer(ctx: &mut Ctx<'_>, entry: Option<&Entry>, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    let entry = entry.filter(|e| !is_not_stated(e))?;
    match single(ctx, entry, Expected::Number)? {
        Atom::Number { text, span } => match text.parse::<u32>() {
            Ok(n) if range.contains(&n) => Some(n),
            _ => {
                let label = if text.contains('.') {
                    "not a whole number"
                } else {
                    "out of range"
                };
                ctx.push(Diagnostic::error(
                    "E0307",
                    format!(
                        "`{}` must be a whole number from {} to {}",
                        entry.name.text,
                        range.start(),
                        range.end()
                    ),
                    *span,
                    label,
                ));
                None
            }
        },
        other => {
            type_error(ctx, &entry.name.text, Expected::Number, other);
            None
        }
    }
}

/// The words of a field that holds one word or a list of words.
pub(crate) fn words<'e>(ctx: &mut Ctx<'_>, entry: Option<&'e Entry>, expected: Expected) -> Vec<&'e Word> {
    let Some(entry) = entry.filter(|e| !is_not_stated(e)) else {
        return Vec::new();
    };
    let field = entry.name.text.as_str();
    let Some(atom) = single(ctx, entry, expected) else {
        return Vec::new();
    };
    let items: Vec<&Atom> = match atom {
        Atom::List(l) => l.items.iter().collect(),
        one => vec![one],
    };
    let mut out = Vec::new();
    let mut seen: BTreeMap<&str, Span> = BTreeMap::new();
    for item in items {
        match item {
            Atom::Word(w) => match seen.get(w.text.as_str()) {
                Some(first) => ctx.push(
                    Diagnostic::error(
                        "E0313",
                        format!("`{}` is listed twice in `{field}`", w.text),
                        w.span,
                        "listed again here",
                    )
                    .with_secondary(*first, "first listed here")
                    .with_help("remove the second one"),
                ),
                None => {
                    seen.insert(&w.text, w.span);
                    out.push(w);
                }
            },
            other => type_error(ctx, field, expected, other),
        }
    }
    out
}

/// A vocabulary term; reports an unknown word with the closest term.
pub(crate) fn term(ctx: &mut Ctx<'_>, vocab: &Vocabulary, word: &Word) -> Option<Term> {
    if let Some(t) = vocab.get(&word.text) {
        return Some(t.term());
    }
    let mut d = Diagnostic::error(
        "E0201",
        format!("unknown {} `{}`", vocab.what, word.text),
        word.span,
        format!("not {}", with_article(vocab.what)),
    );
    d = match suggest::did_you_mean(&word.text, vocab.ids()) {
        Some(help) => d.with_help(help),
        None => d.with_help(format!("the {} are: {}", plural(vocab.what), list(vocab.ids()))),
    };
    if let Some(other) = ctx
        .builtins
        .vocab
        .all()
        .into_iter()
        .find(|v| v.what != vocab.what && v.get(&word.text).is_some())
    {
        d = d.with_note(format!("`{}` is {}", word.text, with_article(other.what)));
    }
    ctx.push(d);
    None
}

/// "a data kind", "an Art. 9(2) condition".
fn with_article(what: &str) -> String {
    let vowel = what.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
    format!("{} {what}", if vowel { "an" } else { "a" })
}

/// "legal bases", "cookie categories", "data kinds".
fn plural(what: &str) -> String {
    if let Some(stem) = what.strip_suffix("basis") {
        format!("{stem}bases")
    } else if let Some(stem) = what.strip_suffix('y') {
        format!("{stem}ies")
    } else {
        format!("{what}s")
    }
}

/// A field holding one vocabulary term.
pub(crate) fn term_field(ctx: &mut Ctx<'_>, vocab: &Vocabulary, entry: Option<&Entry>) -> Option<Term> {
    let entry = entry.filter(|e| !is_not_stated(e))?;
    match single(ctx, entry, Expected::Name)? {
        Atom::Word(w) => term(ctx, vocab, w),
        other => {
            type_error(ctx, &entry.name.text, Expected::Name, other);
            None
        }
    }
}

/// A field holding one term or a list of terms.
pub(crate) fn terms(ctx: &mut Ctx<'_>, vocab: &Vocabulary, entry: Option<&Entry>) -> Vec<Term> {
    let words = words(ctx, entry, Expected::Names);
    words.into_iter().filter_map(|w| term(ctx, vocab, w)).collect()
}

/// An ISO 3166-1 alpha-2 country code.
pub(crate) fn country(ctx: &mut Ctx<'_>, word: &Word) -> Option<String> {
    let countries = &ctx.builtins.countries;
    if countries.get(&word.text).is_some() {
        return Some(word.text.clone());
    }
    let upper = word.text.to_uppercase();
    let help = match upper.as_str() {
        "UK" => "the ISO code of the United Kingdom is `GB`".to_string(),
        "EL" => "the ISO code of Greece is `GR` (`EL` is the EU's own abbreviation)".to_string(),
        "EU" | "EEA" => "name the countries; the EU and EEA are not countries".to_string(),
        _ if countries.get(&upper).is_some() => format!("country codes are upper case: `{upper}`"),
        _ => match countries.by_name(&word.text) {
            Some(c) => format!("the ISO code of {} is `{}`", c.name, c.code),
            None => "use the two-letter ISO 3166-1 code, such as `IT` or `US`".to_string(),
        },
    };
    ctx.push(
        Diagnostic::error(
            "E0303",
            format!("unknown country code `{}`", word.text),
            word.span,
            "not an ISO 3166-1 alpha-2 code",
        )
        .with_help(help),
    );
    None
}

/// A field holding exactly one country.
pub(crate) fn one_country(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Option<String> {
    let entry = entry?;
    match words(ctx, Some(entry), Expected::Country).as_slice() {
        [one] => country(ctx, one),
        [first, rest @ ..] => {
            let extra = rest.iter().map(|w| w.span).reduce(Span::to).unwrap_or(first.span);
            ctx.push(
                Diagnostic::error(
                    "E0300",
                    format!("`{}` takes one country", entry.name.text),
                    extra,
                    "unexpected here",
                )
                .with_secondary(first.span, "the country")
                .with_help(format!("keep one: `{} {}`", entry.name.text, first.text)),
            );
            country(ctx, first)
        }
        [] => None,
    }
}

/// A field holding one country or a list of countries.
pub(crate) fn countries(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Vec<String> {
    let words = words(ctx, entry, Expected::Countries);
    words.into_iter().filter_map(|w| country(ctx, w)).collect()
}

/// A BCP 47 language tag in its canonical form.
pub(crate) fn language(ctx: &mut Ctx<'_>, word: &Word) -> Option<String> {
    match icu_locale_core::LanguageIdentifier::try_from_str(&word.text) {
        Ok(id) if id.to_string() == word.text => Some(word.text.clone()),
        Ok(id) => {
            ctx.push(
                Diagnostic::error(
                    "E0304",
                    format!("write the language tag `{}` as `{id}`", word.text),
                    word.span,
                    "not in canonical form",
                )
                .with_help(format!("write `{id}`")),
            );
            None
        }
        Err(_) => {
            ctx.push(
                Diagnostic::error(
                    "E0304",
                    format!("`{}` is not a BCP 47 language tag", word.text),
                    word.span,
                    "not a language tag",
                )
                .with_help("use a tag such as `en`, `it`, `ro` or `pt-BR`"),
            );
            None
        }
    }
}

/// An e-mail address.
pub(crate) fn email(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Option<String> {
    let entry = entry?;
    let span = super::ctx::value_span(entry);
    let value = string(ctx, Some(entry))?;
    if is_email(&value) {
        return Some(value);
    }
    ctx.push(
        Diagnostic::error(
            "E0305",
            format!("`{value}` is not an e-mail address"),
            span,
            "not an e-mail address",
        )
        .with_help("write an address such as `privacy@example.com`"),
    );
    None
}

fn is_email(value: &str) -> bool {
    value
        .parse::<email_address::EmailAddress>()
        .is_ok_and(|e| e.domain().contains('.') && !e.domain().ends_with('.'))
}

/// A web address (`http` or `https`).
pub(crate) fn url(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Option<String> {
    let entry = entry?;
    let span = super::ctx::value_span(entry);
    let value = string(ctx, Some(entry))?;
    if is_url(&value) {
        return Some(value);
    }
    let help = if !value.contains("://") && value.contains('.') {
        format!("write the whole address: `https://{value}`")
    } else {
        "write an address such as `https://example.com/privacy`".to_string()
    };
    ctx.push(
        Diagnostic::error(
            "E0306",
            format!("`{value}` is not a web address"),
            span,
            "not an http or https URL",
        )
        .with_help(help),
    );
    None
}

fn is_url(value: &str) -> bool {
    url::Url::parse(value).is_ok_and(|u| {
        matches!(u.scheme(), "http" | "https") && u.host_str().is_some_and(|h| h.contains('.') || h == "localhost")
    })
}

/// An e-mail address or a web address.
pub(crate) fn email_or_url(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Option<String> {
    let entry = entry?;
    let span = super::ctx::value_span(entry);
    let value = string(ctx, Some(entry))?;
    if is_email(&value) || is_url(&value) {
        return Some(value);
    }
    ctx.push(
        Diagnostic::error(
            "E0306",
            format!("`{value}` is neither an e-mail address nor a web address"),
            span,
            "expected an e-mail address or URL",
        )
        .with_help("write `privacy@example.com` or `https://example.com/safeguards`"),
    );
    None
}
