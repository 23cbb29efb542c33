//! The rule catalogue, read from `data/rules/*.toml`: code, article, severity, summary.

use crate::diagnostics::Severity;
use serde::Deserialize;
use std::sync::OnceLock;

/// One rule of the catalogue.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub struct RuleInfo {
    /// Stable code, such as `GDPR-13-1-c`.
    pub code: String,
    /// The article enforced, written like `Art. 13(1)(c)` (or `ePrivacy Art. 5(3)`).
    pub article: String,
    /// Severity of its findings.
    pub severity: Severity,
    /// One line.
    pub summary: String,
    /// The family of obligations (the file it is implemented in).
    #[serde(default)]
    pub family: String,
}

#[derive(Deserialize)]
struct File {
    #[serde(rename = "rule", default)]
    rules: Vec<RuleInfo>,
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
                out.extend(file.rules.into_iter().map(|mut r| {
                    r.family = (*family).to_string();
                    r
                }));
            }
        }
        out
    })
}

/// The rule with this code (case-insensitive).
pub fn rule(code: &str) -> Option<&'static RuleInfo> {
    rules().iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Parses every catalogue file strictly, for tests.
pub fn validate() -> Result<usize, String> {
    let mut n = 0;
    for (family, text) in FILES {
        let file: File = toml::from_str(text).map_err(|e| format!("data/rules/{family}.toml: {e}"))?;
        n += file.rules.len();
    }
    Ok(n)
}
