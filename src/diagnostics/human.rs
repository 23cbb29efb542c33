//! Rendering for people, kept fast on hostile input: at most [`MAX_SHOWN_PER_FILE`] diagnostics
//! per file (then a note with the count of the rest), and a very long source line shown as an
//! excerpt around its labels instead of whole, once per diagnostic.

use super::{Diagnostic, Severity};
use crate::source::{FileId, SourceMap};
use codespan_reporting::files::{Error as FilesError, Files};
use std::collections::BTreeMap;
use std::ops::Range;

/// The most diagnostics rendered for one file; JSON output always has every one.
pub const MAX_SHOWN_PER_FILE: usize = 100;

/// Source lines longer than this (in bytes) are shown as an excerpt around the labels.
pub const MAX_LINE: usize = 240;

/// How much of a long line is shown on each side of the labels (in bytes, about).
const CONTEXT: usize = 60;

/// The diagnostics to render, in order, and a note for each file whose rest is left out.
pub(super) fn plan<'d>(sources: &SourceMap, diagnostics: &'d [Diagnostic]) -> (Vec<&'d Diagnostic>, Vec<String>) {
    let mut shown_per_file: BTreeMap<FileId, usize> = BTreeMap::new();
    let mut hidden: BTreeMap<FileId, BTreeMap<Severity, usize>> = BTreeMap::new();
    let mut shown = Vec::new();
    for d in diagnostics {
        let file = d.primary.span.file;
        let count = shown_per_file.entry(file).or_insert(0);
        if *count < MAX_SHOWN_PER_FILE {
            *count += 1;
            shown.push(d);
        } else {
            *hidden.entry(file).or_default().entry(d.severity).or_insert(0) += 1;
        }
    }
    let notes = hidden
        .iter()
        .map(|(file, counts)| {
            let name = sources.get(*file).map_or("?", |s| s.name.as_str());
            let parts: Vec<String> = counts
                .iter()
                .rev()
                .map(|(severity, n)| {
                    let plural = if *n == 1 { "" } else { "s" };
                    format!("{n} more {}{plural}", severity.as_str())
                })
                .collect();
            format!(
                "note: {} in `{name}` not shown; use `--format json` to see all of them\n",
                parts.join(" and ")
            )
        })
        .collect();
    (shown, notes)
}

/// The files as codespan sees them for one diagnostic: the real sources, except that one
/// long line may be replaced by an excerpt. Line and column numbers stay those of the file.
pub(super) struct View<'s> {
    sources: &'s SourceMap,
    excerpt: Option<Excerpt>,
}

struct Excerpt {
    file: FileId,
    /// The excerpt, with `…` where the line was cut.
    text: String,
    /// Where the excerpt's own bytes (after a leading `…`) start in the file.
    start: usize,
    /// The length of the leading `…`, or 0.
    lead: usize,
    /// The start of the line in the file, and its index.
    line_start: usize,
    line_index: usize,
}

impl<'s> View<'s> {
    /// The view for `d`, and `d`'s label ranges in that view's coordinates.
    pub(super) fn new(sources: &'s SourceMap, d: &Diagnostic) -> (Self, Vec<Range<usize>>) {
        let labels: Vec<_> = std::iter::once(&d.primary).chain(&d.secondary).collect();
        let ranges: Vec<Range<usize>> = labels.iter().map(|l| l.span.range()).collect();
        let plain = View { sources, excerpt: None };
        let file = d.primary.span.file;
        if labels.iter().any(|l| l.span.file != file) {
            return (plain, ranges);
        }
        let Some(text) = sources.get(file).map(|s| s.text()) else {
            return (plain, ranges);
        };
        let line_of = |offset: usize| sources.line_index(file, offset.min(text.len())).ok();
        let (Some(first), Some(last)) = (ranges.iter().map(|r| r.start).min(), ranges.iter().map(|r| r.end).max())
        else {
            return (plain, ranges);
        };
        let (Some(line_index), Some(last_line)) = (line_of(first), line_of(last)) else {
            return (plain, ranges);
        };
        let Ok(line) = sources.line_range(file, line_index) else {
            return (plain, ranges);
        };
        if line_index != last_line || line.len() <= MAX_LINE {
            return (plain, ranges);
        }
        let end_cap = first.saturating_add(MAX_LINE);
        let start = floor_char(text, first.saturating_sub(CONTEXT).max(line.start));
        let end = ceil_char(text, last.saturating_add(CONTEXT).min(line.end).min(end_cap));
        let body = text.get(start..end).unwrap_or("");
        let lead = if start > line.start { "…" } else { "" };
        let tail = if end < line.end { "…" } else { "" };
        // Keep a line ending the excerpt cut off, so that codespan sees one whole line.
        let newline = text
            .get(line.start..line.end)
            .map_or("", |l| if end < line.end && l.ends_with('\n') { "\n" } else { "" });
        let excerpt = Excerpt {
            file,
            text: format!("{lead}{body}{tail}{newline}"),
            start,
            lead: lead.len(),
            line_start: line.start,
            line_index,
        };
        let inside = |o: usize| o.clamp(start, end) - start + lead.len();
        let ranges = ranges.iter().map(|r| inside(r.start)..inside(r.end)).collect();
        (
            View {
                sources,
                excerpt: Some(excerpt),
            },
            ranges,
        )
    }

    fn excerpt_of(&self, id: FileId) -> Option<&Excerpt> {
        self.excerpt.as_ref().filter(|e| e.file == id)
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_char(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

impl<'a> Files<'a> for View<'_> {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.sources.name(id)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        match self.excerpt_of(id) {
            Some(e) => Ok(&e.text),
            None => self.sources.source(id),
        }
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        match self.excerpt_of(id) {
            Some(_) => Ok(0),
            None => self.sources.line_index(id, byte_index),
        }
    }

    fn line_number(&'a self, id: FileId, line_index: usize) -> Result<usize, FilesError> {
        match self.excerpt_of(id) {
            Some(e) => Ok(e.line_index + 1),
            None => Ok(line_index + 1),
        }
    }

    fn column_number(&'a self, id: FileId, line_index: usize, byte_index: usize) -> Result<usize, FilesError> {
        let Some(e) = self.excerpt_of(id) else {
            return self.sources.column_number(id, line_index, byte_index);
        };
        // Back to the file's bytes, then count the characters of the real line.
        let offset = e.start + byte_index.saturating_sub(e.lead);
        let text = self.sources.source(id)?;
        let before = text.get(e.line_start..offset).unwrap_or("");
        Ok(before.chars().count() + 1)
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        match self.excerpt_of(id) {
            Some(e) if line_index == 0 => Ok(0..e.text.len()),
            Some(_) => Err(FilesError::LineTooLarge {
                given: line_index,
                max: 0,
            }),
            None => self.sources.line_range(id, line_index),
        }
    }
}
