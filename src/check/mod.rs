//! The GDPR checker: every rule is a small function over the model, with a stable code, the
//! article it enforces, a severity and a long explanation.
//!
//! The rule catalogue (code, article, severity, summary) is data, in `data/rules/*.toml`; the
//! explanations are `data/explain/<CODE>.md`; the implementations live in one file per family
//! of obligations. Rules never parse: they read the [`Policy`] and report through [`Cx`].
//! The checker runs only on a policy without language errors, so that a misspelt field does
//! not also show up as a missing legal item.

mod bases;
mod catalog;
mod consent;
mod consumer;
mod dpo;
mod exemption;
mod identity;
mod rights;
mod sharing;
mod waivers;

pub use catalog::{Covered, RuleInfo, covered, covered_entry, rule, rules, validate as validate_catalogue};

use crate::builtin::Builtins;
use crate::diagnostics::{Diagnostic, Severity};
use crate::model::Policy;
use crate::source::{SourceMap, Span};

/// What rules read and where they report.
pub struct Cx<'a> {
    /// The policy checked.
    pub policy: &'a Policy,
    /// Vocabularies, countries and legal reference data.
    pub builtins: &'a Builtins,
    sources: &'a SourceMap,
    findings: Vec<(String, Diagnostic)>,
}

impl<'a> Cx<'a> {
    /// The span of the policy header, for things missing altogether.
    pub fn header(&self) -> Span {
        self.policy.locations.policy
    }

    /// The header span of declaration `kind/id`.
    pub fn decl(&self, kind: &str, id: &str) -> Span {
        self.policy.locations.decl(kind, id)
    }

    /// The span of a field's value (a path such as `basis/interest` for nested fields), or of
    /// the declaration when the field is absent.
    pub fn field(&self, kind: &str, id: &str, field: &str) -> Span {
        self.policy.locations.field(kind, id, field)
    }

    /// Whether the field was written in the source.
    pub fn has_field(&self, kind: &str, id: &str, field: &str) -> bool {
        self.policy
            .locations
            .fields
            .contains_key(&format!("{kind}/{id}/{field}"))
    }

    /// The source text under a span.
    pub fn snippet(&self, span: Span) -> &'a str {
        self.sources.snippet(span)
    }

    /// The span of the first occurrence of `phrase` (case-insensitive, on word boundaries) inside
    /// `within`, if any.
    pub fn find_phrase(&self, within: Span, phrase: &str) -> Option<Span> {
        let text = self.sources.snippet(within);
        let offset = find_words(text, phrase)?;
        let start = within.start + offset;
        Some(Span {
            file: within.file,
            start,
            end: within.start + phrase_end(text, offset, phrase),
        })
    }

    /// A finding of rule `code` at `span`: severity and article come from the catalogue.
    pub fn finding(
        &self,
        code: &'static str,
        span: Span,
        message: impl Into<String>,
        label: impl Into<String>,
    ) -> Diagnostic {
        let (severity, article) = rule(code).map_or((Severity::Error, None), |r| (r.severity, Some(r.article.clone())));
        let mut d = Diagnostic::new(severity, code, message, span, label);
        d.article = article;
        d
    }

    /// Reports a finding about declaration `target` (`kind/id`, or `policy/<id>`), where a
    /// waiver can silence it.
    pub fn report(&mut self, target: impl Into<String>, diagnostic: Diagnostic) {
        self.findings.push((target.into(), diagnostic));
    }

    /// The waiver target of the policy itself.
    pub fn policy_target(&self) -> String {
        format!("policy/{}", self.policy.id)
    }
}

/// Byte offset of `phrase` in `text`, ignoring case, where the phrase's alphanumeric ends are
/// not glued to other letters.
///
/// Rules call this for every phrase of a lexicon on every author text, so it compares in place
/// instead of lowercasing the text for each call.
pub fn find_words(text: &str, phrase: &str) -> Option<usize> {
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let (Some(first), Some(last)) = (phrase.chars().next().map(lower), phrase.chars().next_back().map(lower)) else {
        return Some(0);
    };
    let mut before: Option<char> = None;
    for (start, c) in text.char_indices() {
        // Almost every position fails on its first character: decide that cheaply for ASCII.
        let possible = if c.is_ascii() {
            c.to_ascii_lowercase() == first
        } else {
            lower(c) == first
        };
        if let Some(end) = possible.then(|| lowercase_match(text, start, phrase)).flatten() {
            let after = text.get(end..).and_then(|s| s.chars().next());
            let glued_before = first.is_alphanumeric() && before.is_some_and(char::is_alphanumeric);
            let glued_after = last.is_alphanumeric() && after.is_some_and(char::is_alphanumeric);
            if !glued_before && !glued_after {
                return Some(start);
            }
        }
        before = Some(c);
    }
    None
}

/// Where the match of `phrase` found at byte `start` of `text` ends: its length in the text can
/// differ from the phrase's when a typographic apostrophe matched an ASCII one.
pub fn phrase_end(text: &str, start: usize, phrase: &str) -> usize {
    lowercase_match(text, start, phrase).unwrap_or(start + phrase.len())
}

/// Where a case-insensitive match of `phrase` starting at byte `start` of `text` ends, if any.
/// The typographic apostrophe (’) of the text matches the ASCII one of the phrase, so that
/// "à titre d’exemple" is found by "à titre d'exemple".
fn lowercase_match(text: &str, start: usize, phrase: &str) -> Option<usize> {
    let mut wanted = phrase.chars().flat_map(char::to_lowercase).peekable();
    for (i, c) in text.get(start..)?.char_indices() {
        let folded = if c == '\u{2019}' { '\'' } else { c };
        for lower in folded.to_lowercase() {
            if wanted.next() != Some(lower) {
                return None;
            }
        }
        if wanted.peek().is_none() {
            return Some(start + i + c.len_utf8());
        }
    }
    None
}

/// Every byte offset where `phrase` occurs in `text` on word boundaries.
pub fn word_occurrences(text: &str, phrase: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(rest) = text.get(from..) {
        let Some(pos) = find_words(rest, phrase) else { break };
        let start = from + pos;
        out.push(start);
        from = phrase_end(text, start, phrase).max(start + 1);
        while from < text.len() && !text.is_char_boundary(from) {
            from += 1;
        }
    }
    out
}

/// Runs every rule over the policy, applies its waivers, and returns the findings.
pub fn check(policy: &Policy, builtins: &Builtins, sources: &SourceMap) -> Vec<Diagnostic> {
    let mut cx = Cx {
        policy,
        builtins,
        sources,
        findings: Vec::new(),
    };
    identity::run(&mut cx);
    bases::run(&mut cx);
    consent::run(&mut cx);
    rights::run(&mut cx);
    sharing::run(&mut cx);
    consumer::run(&mut cx);
    waivers::apply(policy, cx.findings)
}

#[cfg(test)]
mod tests {
    use super::find_words;

    #[test]
    fn phrases_match_on_word_boundaries() {
        assert_eq!(find_words("We may share it", "may"), Some(3));
        assert_eq!(find_words("In Mayfield we", "may"), None);
        assert_eq!(find_words("data, etc.", "etc."), Some(6));
        assert_eq!(find_words("Such As this", "such as"), Some(0));
    }

    #[test]
    fn phrases_match_outside_ascii() {
        assert_eq!(find_words("Nous POUVONS le faire", "pouvons"), Some(5));
        assert_eq!(find_words("Datenübermittlung", "übermittlung"), None, "glued to a word");
        assert_eq!(find_words("Die Übermittlung", "übermittlung"), Some(4));
        assert_eq!(find_words("După caz, datele", "după caz"), Some(0));
        assert_eq!(find_words("ab", ""), Some(0));
        assert_eq!(find_words("", "may"), None);
    }
}
