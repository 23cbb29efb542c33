//! SARIF 2.1.0, the format of GitHub code scanning and other static-analysis viewers: one run
//! whose driver lists every code that was reported, and one result per finding.
//!
//! Paths are URIs relative to the base directory under the base id `%SRCROOT%` (files outside it
//! get absolute `file:` URIs); regions are one-based and count Unicode code points, which the run
//! declares in `columnKind`. Each result carries a fingerprint built from what it says and where
//! in which file, but not from its line, so that a viewer tracking findings across commits sees
//! the same finding when lines above it move.

use super::rules::{CodeInfo, describe};
use super::{Base, FileRef, place};
use crate::diagnostics::{Diagnostic, Label, Severity};
use crate::source::SourceMap;
use serde_json::json;
use serde_sarif::sarif::{
    ArtifactLocation, Location, Message, MultiformatMessageString, PhysicalLocation, PropertyBag, Region,
    ReportingConfiguration, ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif, Tool, ToolComponent,
};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The official schema of SARIF 2.1.0 (OASIS Standard, errata 01).
pub const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The base id that relative URIs are resolved against: the checkout or project directory.
pub const SRCROOT: &str = "%SRCROOT%";

/// The key of policyc's fingerprint in `partialFingerprints`; its version changes only if the
/// way it is computed does.
pub const FINGERPRINT_KEY: &str = "policyc/v1";

/// Where to read about the tool.
const INFORMATION_URI: &str = "https://policyc.dev/";

/// The SARIF log of a compilation's findings.
pub fn log(sources: &SourceMap, diagnostics: &[Diagnostic], base: &Base) -> Sarif {
    let codes = codes_in(diagnostics);
    let index: BTreeMap<&str, i64> = codes
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i64::try_from(i).unwrap_or(i64::MAX)))
        .collect();
    let mut seen: BTreeMap<u64, usize> = BTreeMap::new();
    let results: Vec<SarifResult> = diagnostics
        .iter()
        .map(|d| {
            let key = fingerprint(sources, d, base);
            let n = seen.entry(key).or_insert(0);
            *n += 1;
            result(sources, d, base, index.get(d.code).copied(), format!("{key:016x}:{n}"))
        })
        .collect();
    let driver = ToolComponent::builder()
        .name("policyc")
        .version(env!("CARGO_PKG_VERSION"))
        .semantic_version(env!("CARGO_PKG_VERSION"))
        .information_uri(INFORMATION_URI)
        .rules(codes.iter().map(descriptor).collect::<Vec<_>>())
        .build();
    let mut run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .column_kind(json!("unicodeCodePoints"))
        .results(results)
        .build();
    if let Ok(root) = url::Url::from_directory_path(base.dir()) {
        let root = ArtifactLocation::builder().uri(root.to_string()).build();
        run.original_uri_base_ids = Some(BTreeMap::from([(SRCROOT.to_string(), root)]));
    }
    Sarif::builder()
        .schema(SCHEMA_URI)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build()
}

/// The SARIF log as pretty JSON ending with a newline.
pub fn render(sources: &SourceMap, diagnostics: &[Diagnostic], base: &Base) -> Result<String, crate::Error> {
    let mut s = serde_json::to_string_pretty(&log(sources, diagnostics, base))
        .map_err(|e| crate::Error::Internal(format!("cannot write SARIF: {e}")))?;
    s.push('\n');
    Ok(s)
}

/// Every code reported, sorted, each described once.
fn codes_in(diagnostics: &[Diagnostic]) -> Vec<CodeInfo> {
    let mut first: BTreeMap<&str, Severity> = BTreeMap::new();
    for d in diagnostics {
        first.entry(d.code).or_insert(d.severity);
    }
    first.into_iter().map(|(code, seen)| describe(code, seen)).collect()
}

fn level(severity: Severity) -> ResultLevel {
    match severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Info => ResultLevel::Note,
    }
}

fn text(s: impl Into<String>) -> MultiformatMessageString {
    MultiformatMessageString::builder().text(s).build()
}

fn descriptor(code: &CodeInfo) -> ReportingDescriptor {
    let mut properties = BTreeMap::new();
    if let Some(article) = &code.article {
        properties.insert("article".to_string(), json!(article));
    }
    let help_text = format!(
        "{}\n\nRun `policyc explain {}` for an example and how to fix it.",
        code.description, code.id
    );
    let help = match code.explanation {
        Some(markdown) => MultiformatMessageString::builder()
            .text(help_text)
            .markdown(markdown)
            .build(),
        None => text(help_text),
    };
    ReportingDescriptor::builder()
        .id(code.id.clone())
        .name(code.name.clone())
        .short_description(text(code.summary.clone()))
        .full_description(text(code.description.clone()))
        .help(help)
        .default_configuration(
            ReportingConfiguration::builder()
                .level(json!(level(code.severity)))
                .build(),
        )
        .properties(
            PropertyBag::builder()
                .tags(code.tags.clone())
                .additional_properties(properties)
                .build(),
        )
        .build()
}

fn result(
    sources: &SourceMap,
    d: &Diagnostic,
    base: &Base,
    rule_index: Option<i64>,
    fingerprint: String,
) -> SarifResult {
    let related: Vec<Location> = d
        .secondary
        .iter()
        .zip(1..)
        .map(|(label, id)| {
            let mut l = location(sources, label, base);
            l.id = Some(id);
            l
        })
        .collect();
    let mut r = SarifResult::builder()
        .rule_id(d.code)
        .level(level(d.severity))
        .message(Message::builder().text(message(d)).build())
        .locations(vec![location(sources, &d.primary, base)])
        .partial_fingerprints(BTreeMap::from([(FINGERPRINT_KEY.to_string(), fingerprint)]))
        .build();
    r.rule_index = rule_index;
    if !related.is_empty() {
        r.related_locations = Some(related);
    }
    r
}

/// The message, then the help, the notes and the article, one per line.
fn message(d: &Diagnostic) -> String {
    let mut text = d.message.clone();
    if let Some(help) = &d.help {
        let _ = write!(text, "\nhelp: {help}");
    }
    for note in &d.notes {
        let _ = write!(text, "\nnote: {note}");
    }
    if let Some(article) = &d.article {
        let _ = write!(text, "\nlaw: {article}");
    }
    text
}

fn location(sources: &SourceMap, label: &Label, base: &Base) -> Location {
    let at = place(sources, label.span, base);
    let artifact = match &at.file {
        FileRef::Relative(path) => ArtifactLocation::builder()
            .uri(encode_path(path))
            .uri_base_id(SRCROOT)
            .build(),
        FileRef::Absolute(path) => {
            let uri = url::Url::from_file_path(path).map_or_else(|()| encode_path(&at.file.display()), String::from);
            ArtifactLocation::builder().uri(uri).build()
        }
    };
    let region = Region::builder()
        .start_line(to_i64(at.start_line))
        .start_column(to_i64(at.start_column))
        .end_line(to_i64(at.end_line))
        .end_column(to_i64(at.end_column))
        .build();
    let mut l = Location::builder()
        .physical_location(
            PhysicalLocation::builder()
                .artifact_location(artifact)
                .region(region)
                .build(),
        )
        .build();
    if !label.message.is_empty() {
        l.message = Some(Message::builder().text(label.message.clone()).build());
    }
    l
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// A relative path as a URI reference: every byte but unreserved characters and `/` is
/// percent-encoded, so spaces and non-ASCII names stay valid.
fn encode_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A hash of the code, the file, the message and the text at the primary span (spaces
/// collapsed): what a finding is, never its line. FNV-1a, so it is the same on every machine
/// and every version of Rust.
fn fingerprint(sources: &SourceMap, d: &Diagnostic, base: &Base) -> u64 {
    let file = place(sources, d.primary.span, base).file.display();
    let snippet = collapse(sources.snippet(d.primary.span));
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in [d.code, file.as_str(), d.message.as_str(), snippet.as_str()] {
        for b in part.bytes().chain([0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            encode_path("shared/acme-controller.policy"),
            "shared/acme-controller.policy"
        );
        assert_eq!(encode_path("my notes/ü#1.policy"), "my%20notes/%C3%BC%231.policy");
    }

    #[test]
    fn fingerprints_ignore_lines_but_not_content() {
        let text = "policy p {\n  languages [en]\n  efective 2025-01-01\n}\n";
        let a = crate::compile_source("n.policy", text);
        let b = crate::compile_source("n.policy", &format!("// a comment\n\n{text}"));
        let base = Base::new("/nowhere");
        let fa = fingerprint(&a.sources, &a.diagnostics[0], &base);
        let fb = fingerprint(&b.sources, &b.diagnostics[0], &base);
        assert_eq!(a.diagnostics[0].code, "E0102");
        assert_eq!(fa, fb);
        let c = crate::compile_source("n.policy", &text.replace("efective", "efectiv"));
        assert_ne!(fa, fingerprint(&c.sources, &c.diagnostics[0], &base));
    }
}
