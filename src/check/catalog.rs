//! The rule catalogue, read from `data/rules/*.toml`: code, article, severities, summary.
//!
//! A rule states `severity = "error"` when all its findings have one severity, or
//! `severities = ["error", "warning"]` when they differ by finding, the usual one first.

use crate::diagnostics::Severity;
use serde::Deserialize;
use std::sync::OnceLock;

/// One rule of the catalogue.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RuleInfo {
    /// Stable code, such as `GDPR-13-1-c`.
    pub code: String,
    /// The article enforced, written like `Art. 13(1)(c)` (or `ePrivacy Art. 5(3)`).
    pub article: String,
    /// The usual severity of its findings (the first of [`RuleInfo::severities`]).
    pub severity: Severity,
    /// Every severity its findings can have, the usual one first.
    pub severities: Vec<Severity>,
    /// One line.
    pub summary: String,
    /// The family of obligations (the file it is implemented in).
    pub family: String,
}

/// A rule as written in the catalogue file: exactly one of `severity` and `severities`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    code: String,
    article: String,
    severity: Option<Severity>,
    #[serde(default)]
    severities: Vec<Severity>,
    summary: String,
}

impl RawRule {
    fn into_info(self, family: &str) -> Result<RuleInfo, String> {
        let severities = match (self.severity, self.severities.as_slice()) {
            (Some(one), []) => vec![one],
            (None, [_, ..]) => self.severities.clone(),
            _ => {
                return Err(format!(
                    "{}: give either `severity` or a non-empty `severities`",
                    self.code
                ));
            }
        };
        let mut distinct = severities.clone();
        distinct.sort();
        distinct.dedup();
        if distinct.len() != severities.len() {
            return Err(format!("{}: a severity is listed twice", self.code));
        }
        Ok(RuleInfo {
            severity: severities.first().copied().unwrap_or(Severity::Error),
            severities,
            code: self.code,
            article: self.article,
            summary: self.summary,
            family: family.to_string(),
        })
    }
}

#[derive(Deserialize)]
struct File {
    #[serde(rename = "rule", default)]
    rules: Vec<RawRule>,
}

macro_rules! families {
    ($($family:literal),*) => {
        const FILES: &[(&str, &str)] = &[$(($family, include_str!(concat!("../../data/rules/", $family, ".toml"))),)*];
    };
}

families!("identity", "bases", "rights", "sharing", "consumer");

/// Every rule, in catalogue order. Broken catalogue files are a bug of ours; the tests parse
/// them, and here they only lose their rules.
pub fn rules() -> &'static [RuleInfo] {
    static CELL: OnceLock<Vec<RuleInfo>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut out = Vec::new();
        for (family, text) in FILES {
            if let Ok(file) = toml::from_str::<File>(text) {
                out.extend(file.rules.into_iter().filter_map(|r| r.into_info(family).ok()));
            }
        }
        out
    })
}

/// The rule with this code (case-insensitive).
pub fn rule(code: &str) -> Option<&'static RuleInfo> {
    rules().iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// A catalogue entry that is not a rule of its own, and what enforces it
/// (`data/rules/covered.toml`).
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Covered {
    /// The catalogue code, such as `GDPR-6-1-ENUM`.
    pub code: String,
    /// The article, written like `Art. 6(1)`.
    pub article: String,
    /// The codes (language errors or rules) that enforce it, or `renderer`.
    pub by: Vec<String>,
    /// How.
    pub how: String,
}

#[derive(Deserialize)]
struct CoveredFile {
    #[serde(rename = "covered", default)]
    entries: Vec<Covered>,
}

const COVERED: &str = include_str!("../../data/rules/covered.toml");

/// Every catalogue entry enforced by something other than a rule of its own.
pub fn covered() -> &'static [Covered] {
    static CELL: OnceLock<Vec<Covered>> = OnceLock::new();
    CELL.get_or_init(|| {
        toml::from_str::<CoveredFile>(COVERED)
            .map(|f| f.entries)
            .unwrap_or_default()
    })
}

/// The covered entry with this code (case-insensitive).
pub fn covered_entry(code: &str) -> Option<&'static Covered> {
    covered().iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

/// Parses every catalogue file strictly, for tests.
pub fn validate() -> Result<usize, String> {
    let mut n = 0;
    for (family, text) in FILES {
        let file: File = toml::from_str(text).map_err(|e| format!("data/rules/{family}.toml: {e}"))?;
        for r in file.rules {
            r.into_info(family)
                .map_err(|e| format!("data/rules/{family}.toml: {e}"))?;
            n += 1;
        }
    }
    toml::from_str::<CoveredFile>(COVERED).map_err(|e| format!("data/rules/covered.toml: {e}"))?;
    Ok(n)
}
