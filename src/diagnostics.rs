//! One diagnostic type for every phase, rendered for people (codespan-reporting) and machines (JSON).

mod human;

pub use human::{MAX_LINE, MAX_SHOWN_PER_FILE};

use crate::source::{SourceMap, Span};
use codespan_reporting::diagnostic as cs;
use codespan_reporting::term::{self, termcolor::WriteColor};
use serde::Serialize;

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice; never fails a check.
    Info,
    /// Against guidance or best practice; fails only with `--deny warnings`.
    Warning,
    /// The policy is wrong or incomplete; nothing is built.
    Error,
}

impl Severity {
    /// The lowercase name used in every output.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A labelled span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What is there (may be empty).
    pub message: String,
}

/// A finding about a policy, from any phase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Stable code such as `E0101` or `GDPR-13-1-c`.
    pub code: &'static str,
    /// Severity.
    pub severity: Severity,
    /// One line, lowercase, no final period.
    pub message: String,
    /// The place the finding is about.
    pub primary: Label,
    /// Related places.
    pub secondary: Vec<Label>,
    /// How to fix it.
    pub help: Option<String>,
    /// Further remarks.
    pub notes: Vec<String>,
    /// The article a legal rule enforces, written like `Art. 13(1)(c)`.
    pub article: Option<String>,
}

impl Diagnostic {
    /// An error at `span`, with `label` under it.
    pub fn error(code: &'static str, message: impl Into<String>, span: Span, label: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message, span, label)
    }

    /// A warning at `span`.
    pub fn warning(code: &'static str, message: impl Into<String>, span: Span, label: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message, span, label)
    }

    /// A finding of any severity.
    pub fn new(
        severity: Severity,
        code: &'static str,
        message: impl Into<String>,
        span: Span,
        label: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code,
            severity,
            message: message.into(),
            primary: Label {
                span,
                message: label.into(),
            },
            secondary: Vec::new(),
            help: None,
            notes: Vec::new(),
            article: None,
        }
    }

    /// Adds the help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Adds a help line when there is one.
    pub fn with_help_opt(mut self, help: Option<String>) -> Self {
        if help.is_some() {
            self.help = help;
        }
        self
    }

    /// Adds a note.
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// Adds a secondary label.
    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Self {
        self.secondary.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    /// Sets the article enforced.
    pub fn with_article(mut self, article: impl Into<String>) -> Self {
        self.article = Some(article.into());
        self
    }

    /// The codespan diagnostic, its labels at `ranges` (the primary first).
    fn to_codespan(&self, ranges: &[std::ops::Range<usize>]) -> cs::Diagnostic<crate::source::FileId> {
        let severity = match self.severity {
            Severity::Info => cs::Severity::Note,
            Severity::Warning => cs::Severity::Warning,
            Severity::Error => cs::Severity::Error,
        };
        let range = |i: usize, l: &Label| ranges.get(i).cloned().unwrap_or(l.span.range());
        let mut labels = vec![
            cs::Label::primary(self.primary.span.file, range(0, &self.primary)).with_message(&self.primary.message),
        ];
        labels.extend(
            self.secondary
                .iter()
                .enumerate()
                .map(|(i, l)| cs::Label::secondary(l.span.file, range(i + 1, l)).with_message(&l.message)),
        );
        let mut notes = Vec::new();
        if let Some(article) = &self.article {
            notes.push(format!("law: {article}"));
        }
        notes.extend(self.notes.iter().map(|n| format!("note: {n}")));
        if let Some(help) = &self.help {
            notes.push(format!("help: {help}"));
        }
        cs::Diagnostic::new(severity)
            .with_code(self.code)
            .with_message(&self.message)
            .with_labels(labels)
            .with_notes(notes)
    }
}

/// Renders diagnostics for people, without colours (used by tests and `--color never`).
/// At most [`MAX_SHOWN_PER_FILE`] per file are shown, then a note says how many more there are.
pub fn render_plain(sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    let mut buffer = term::termcolor::NoColor::new(Vec::new());
    // Writing into memory cannot fail.
    let _ = render_to(&mut buffer, sources, diagnostics);
    String::from_utf8_lossy(&buffer.into_inner()).into_owned()
}

/// Renders diagnostics for people to a terminal-like writer (colours when it supports them).
/// At most [`MAX_SHOWN_PER_FILE`] per file are shown, then a note says how many more there are.
pub fn render_to(writer: &mut dyn WriteColor, sources: &SourceMap, diagnostics: &[Diagnostic]) -> std::io::Result<()> {
    let config = term::Config::default();
    let (shown, notes) = human::plan(sources, diagnostics);
    for d in shown {
        let (view, ranges) = human::View::new(sources, d);
        if let Err(e) = term::emit_to_write_style(writer, &config, &view, &d.to_codespan(&ranges)) {
            writeln!(writer, "{}[{}]: {} ({e})", d.severity.as_str(), d.code, d.message)?;
        }
    }
    for note in notes {
        write!(writer, "{note}")?;
    }
    Ok(())
}

/// A one-line summary such as `2 errors, 1 warning`.
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diagnostics.iter().filter(|d| d.severity == Severity::Warning).count();
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, {}",
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    )
}

/// The machine-readable diagnostics document (`policyc check --format json`).
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct JsonReport {
    /// Always `policyc-diagnostics/1`.
    pub format: &'static str,
    /// Counts by severity.
    pub summary: JsonSummary,
    /// Every finding, in source order.
    pub diagnostics: Vec<JsonDiagnostic>,
}

/// Counts by severity.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct JsonSummary {
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Number of infos.
    pub infos: usize,
}

/// One finding in JSON.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct JsonDiagnostic {
    /// Stable code.
    pub code: String,
    /// `error`, `warning` or `info`.
    pub severity: Severity,
    /// The message.
    pub message: String,
    /// The article enforced, if a legal rule.
    pub article: Option<String>,
    /// The primary location.
    #[serde(flatten)]
    pub location: JsonLocation,
    /// What the primary label says.
    pub label: String,
    /// Related locations.
    pub related: Vec<JsonRelated>,
    /// How to fix it.
    pub help: Option<String>,
    /// Further remarks.
    pub notes: Vec<String>,
}

/// A location: file, one-based lines and columns (columns count characters), byte offsets.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct JsonLocation {
    /// File name as shown to people.
    pub file: String,
    /// One-based start line.
    pub line: usize,
    /// One-based start column.
    pub column: usize,
    /// One-based end line.
    pub end_line: usize,
    /// One-based end column (exclusive).
    pub end_column: usize,
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
}

/// A secondary location with its label.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct JsonRelated {
    /// Where.
    #[serde(flatten)]
    pub location: JsonLocation,
    /// What is there.
    pub message: String,
}

/// The location of `span` for machines.
pub fn json_location(sources: &SourceMap, span: Span) -> JsonLocation {
    let (line, column) = sources.line_col(span.file, span.start);
    let (end_line, end_column) = sources.line_col(span.file, span.end);
    let file = sources.get(span.file).map(|s| s.name.clone()).unwrap_or_default();
    JsonLocation {
        file,
        line,
        column,
        end_line,
        end_column,
        start: span.start,
        end: span.end,
    }
}

/// Builds the JSON report.
pub fn json_report(sources: &SourceMap, diagnostics: &[Diagnostic]) -> JsonReport {
    let count = |s| diagnostics.iter().filter(|d| d.severity == s).count();
    JsonReport {
        format: "policyc-diagnostics/1",
        summary: JsonSummary {
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
        },
        diagnostics: diagnostics
            .iter()
            .map(|d| JsonDiagnostic {
                code: d.code.to_string(),
                severity: d.severity,
                message: d.message.clone(),
                article: d.article.clone(),
                location: json_location(sources, d.primary.span),
                label: d.primary.message.clone(),
                related: d
                    .secondary
                    .iter()
                    .map(|l| JsonRelated {
                        location: json_location(sources, l.span),
                        message: l.message.clone(),
                    })
                    .collect(),
                help: d.help.clone(),
                notes: d.notes.clone(),
            })
            .collect(),
    }
}

/// Orders diagnostics by file and position, errors before warnings at the same place.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (
            a.primary.span.file,
            a.primary.span.start,
            std::cmp::Reverse(a.severity),
            a.code,
        )
            .cmp(&(
                b.primary.span.file,
                b.primary.span.start,
                std::cmp::Reverse(b.severity),
                b.code,
            ))
    });
}
