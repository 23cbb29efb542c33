//! What a report says about a code itself: its name, summaries, explanation, article and tags,
//! gathered from the rule catalogue, the registry of language codes and the explanations.

use crate::check as catalog;
use crate::codes;
use crate::diagnostics::Severity;

/// The description of one code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct CodeInfo {
    /// The code, such as `E0102` or `GDPR-13-1-c`.
    pub id: String,
    /// A readable identifier, such as `PurposeWithoutALegalBasis`.
    pub name: String,
    /// One line.
    pub summary: String,
    /// The first paragraph of the explanation (the summary when there is none).
    pub description: String,
    /// The whole explanation in Markdown, when there is one.
    pub explanation: Option<&'static str>,
    /// The article a legal rule enforces.
    pub article: Option<String>,
    /// The catalogue's severity for a rule; for a language code, the severity it was seen with.
    pub severity: Severity,
    /// Labels for filtering: `privacy` and the family (such as `rights`) for the legal rules,
    /// `language` for language codes.
    pub tags: Vec<String>,
}

/// Describes `code`; `seen` is the severity of its first finding, used when the catalogue has
/// no severity for it.
pub(super) fn describe(code: &str, seen: Severity) -> CodeInfo {
    let explanation = codes::explanation(code);
    let title = explanation.and_then(title);
    let (summary, article, severity, tags) = if let Some(rule) = catalog::rule(code) {
        let mut tags = vec!["privacy".to_string()];
        if !rule.family.is_empty() {
            tags.push(rule.family.clone());
        }
        (rule.summary.clone(), Some(rule.article.clone()), rule.severity, tags)
    } else if let Some(info) = codes::lookup(code) {
        (info.summary.to_string(), None, seen, vec!["language".to_string()])
    } else {
        (title.clone().unwrap_or_default(), None, seen, Vec::new())
    };
    let name = pascal_case(title.as_deref().unwrap_or(&summary));
    let description = explanation
        .and_then(first_paragraph)
        .unwrap_or_else(|| summary.to_string());
    CodeInfo {
        id: code.to_string(),
        name: if name.is_empty() { code.replace('-', "") } else { name },
        summary,
        description,
        explanation,
        article,
        severity,
        tags,
    }
}

/// The title of an explanation: its heading `# CODE: title`, without the code.
fn title(explanation: &str) -> Option<String> {
    let heading = explanation.lines().next()?.strip_prefix("# ")?;
    let (_, title) = heading.split_once(": ")?;
    Some(title.trim().to_string())
}

/// The first paragraph after the heading, on one line.
fn first_paragraph(explanation: &str) -> Option<String> {
    let text = explanation
        .lines()
        .skip_while(|l| l.starts_with('#') || l.trim().is_empty())
        .take_while(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    (!text.is_empty()).then_some(text)
}

/// `a purpose without a legal basis` → `PurposeWithoutALegalBasis`: the words of a title
/// capitalised and joined, without a leading article.
fn pascal_case(title: &str) -> String {
    let words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let skip = usize::from(words.len() > 1 && matches!(words.first(), Some(&("a" | "an" | "the"))));
    words
        .iter()
        .skip(skip)
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_come_from_the_explanation_title() {
        assert_eq!(
            pascal_case("a purpose without a legal basis"),
            "PurposeWithoutALegalBasis"
        );
        assert_eq!(
            pascal_case("criminal-offence data without grounds"),
            "CriminalOffenceDataWithoutGrounds"
        );
        assert_eq!(pascal_case("unknown field"), "UnknownField");
        assert_eq!(describe("E0102", Severity::Error).name, "UnknownField");
    }

    #[test]
    fn rules_take_article_severity_and_family_from_the_catalogue() {
        let rule = catalog::rules().first().map(|r| r.code.clone()).unwrap_or_default();
        let info = describe(&rule, Severity::Info);
        let entry = catalog::rule(&rule);
        assert_eq!(info.article.as_deref(), entry.map(|r| r.article.as_str()));
        assert_eq!(Some(info.severity), entry.map(|r| r.severity));
        assert_eq!(info.tags.first().map(String::as_str), Some("privacy"));
        assert!(info.explanation.is_some());
        assert!(!info.description.starts_with('#'));
    }

    #[test]
    fn language_codes_use_the_severity_seen() {
        let info = describe("E0402", Severity::Warning);
        assert_eq!(info.severity, Severity::Warning);
        assert_eq!(info.article, None);
        assert_eq!(info.tags, ["language"]);
        assert_eq!(info.summary, "waiver that waives nothing");
    }
}
