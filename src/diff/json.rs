//! The report as one JSON document, format [`super::FORMAT`] (`policyc-diff/1`), described in
//! `docs/diff.md`.

use super::{Change, Location, Materiality, Report};
use serde::Serialize;

/// The JSON document.
#[derive(Debug, Serialize)]
pub struct JsonReport<'a> {
    /// Always [`super::FORMAT`].
    pub format: &'static str,
    /// The old version's label and effective date.
    pub old: JsonVersion<'a>,
    /// The new version's label and effective date.
    pub new: JsonVersion<'a>,
    /// Whether any change is material (the exit code is 1 exactly then).
    pub material: bool,
    /// How many changes of each materiality.
    pub summary: JsonSummary,
    /// Every change, material first, in a stable order.
    pub changes: Vec<JsonChange<'a>>,
}

/// A version's label and effective date, `null` when the policy does not state them.
#[derive(Debug, Serialize)]
pub struct JsonVersion<'a> {
    /// The `version` of the policy.
    pub version: Option<&'a str>,
    /// The `effective` date of the policy (ISO 8601).
    pub effective: Option<&'a str>,
}

/// Counts of changes.
#[derive(Debug, Serialize)]
pub struct JsonSummary {
    /// Material changes.
    pub material: usize,
    /// Cosmetic changes.
    pub cosmetic: usize,
}

/// One change with its location.
#[derive(Debug, Serialize)]
pub struct JsonChange<'a> {
    /// The change.
    #[serde(flatten)]
    pub change: &'a Change,
    /// Where it is.
    pub location: &'a Location,
}

/// The report as a JSON value.
pub fn report(report: &Report) -> JsonReport<'_> {
    fn version((label, date): &(Option<String>, Option<String>)) -> JsonVersion<'_> {
        JsonVersion {
            version: label.as_deref(),
            effective: date.as_deref(),
        }
    }
    JsonReport {
        format: super::FORMAT,
        old: version(&report.old_version),
        new: version(&report.new_version),
        material: report.is_material(),
        summary: JsonSummary {
            material: report.count(Materiality::Material),
            cosmetic: report.count(Materiality::Cosmetic),
        },
        changes: report
            .entries()
            .map(|(change, location)| JsonChange { change, location })
            .collect(),
    }
}

/// The report as pretty JSON, ending with a newline.
pub fn render(r: &Report) -> String {
    let mut s = serde_json::to_string_pretty(&report(r)).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
