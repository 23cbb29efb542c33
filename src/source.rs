//! Source files: the text of every file of a compilation and the spans that point into it.

use codespan_reporting::files::{Error as FilesError, Files, SimpleFile};
use std::ops::Range;
use std::path::PathBuf;

/// Identifies one file of a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// A byte range in one source file. Spans never take part in equality of syntax or model
/// values: compare those with spans ignored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// The file the range is in.
    pub file: FileId,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span of `range` in `file`.
    pub fn new(file: FileId, range: Range<usize>) -> Self {
        Span {
            file,
            start: range.start,
            end: range.end,
        }
    }

    /// The smallest span covering both `self` and `other` (which must be in the same file).
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The byte range.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
}

/// One loaded file.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name shown in diagnostics: the path relative to the project root when known.
    pub name: String,
    /// The canonical path on disk, when the file came from disk.
    pub path: Option<PathBuf>,
    file: SimpleFile<String, String>,
}

impl Source {
    /// The file's text (a leading byte-order mark removed).
    pub fn text(&self) -> &str {
        self.file.source()
    }
}

/// Every file of one compilation, in the order they were loaded.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    files: Vec<Source>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, name: impl Into<String>, path: Option<PathBuf>, text: String) -> FileId {
        let name = name.into();
        let id = FileId(u32::try_from(self.files.len()).unwrap_or(u32::MAX));
        self.files.push(Source {
            file: SimpleFile::new(name.clone(), text),
            name,
            path,
        });
        id
    }

    /// The file with this id.
    pub fn get(&self, id: FileId) -> Option<&Source> {
        self.files.get(id.0 as usize)
    }

    /// All files with their ids.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &Source)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, s)| (FileId(u32::try_from(i).unwrap_or(u32::MAX)), s))
    }

    /// The text covered by `span` (empty when the span does not fit the file).
    pub fn snippet(&self, span: Span) -> &str {
        self.get(span.file)
            .and_then(|s| s.text().get(span.range()))
            .unwrap_or("")
    }

    /// One-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, file: FileId, offset: usize) -> (usize, usize) {
        let Some(src) = self.get(file) else { return (1, 1) };
        let text = src.text();
        let offset = offset.min(text.len());
        // The line from the index of line starts, so that many diagnostics in a large file
        // cost a search each, not a scan of everything before them.
        let line = src.file.line_index((), offset).unwrap_or(0);
        let line_start = src.file.line_range((), line).map_or(0, |r| r.start).min(offset);
        let col = text.get(line_start..offset).map_or(0, |s| s.chars().count()) + 1;
        (line + 1, col)
    }
}

impl<'a> Files<'a> for SourceMap {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.get(id).map(|s| s.name.as_str()).ok_or(FilesError::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, FilesError> {
        self.get(id).map(Source::text).ok_or(FilesError::FileMissing)
    }

    fn line_index(&'a self, id: FileId, byte_index: usize) -> Result<usize, FilesError> {
        self.get(id)
            .ok_or(FilesError::FileMissing)?
            .file
            .line_index((), byte_index)
    }

    fn line_range(&'a self, id: FileId, line_index: usize) -> Result<Range<usize>, FilesError> {
        self.get(id)
            .ok_or(FilesError::FileMissing)?
            .file
            .line_range((), line_index)
    }
}
