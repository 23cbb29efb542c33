//! Reports for tools that show findings on the lines of a repository: SARIF 2.1.0 for code
//! scanning and other SARIF viewers ([`sarif`]), and GitHub Actions workflow commands
//! ([`github`]).
//!
//! Both name files relative to a base directory (normally the current directory, which in CI is
//! the checkout), so that a viewer that knows the repository can open the right file. What both
//! share lives here: where a span is, as a path and a one-based region.

pub mod github;
mod rules;
pub mod sarif;

use crate::source::{SourceMap, Span};
use std::path::{Component, Path, PathBuf};

/// The directory that report paths are relative to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base {
    dir: PathBuf,
}

impl Base {
    /// Paths relative to `dir` (resolved through the file system when it exists, so that it
    /// compares equal to the canonical paths of loaded files).
    pub fn new(dir: impl AsRef<Path>) -> Self {
        let dir = dir.as_ref();
        Base {
            dir: std::fs::canonicalize(dir).unwrap_or_else(|_| crate::project::normalize(dir)),
        }
    }

    /// The base directory as given after resolution.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

/// Where a file is, as a report names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileRef {
    /// Inside the base directory: the path from it, with `/` between components.
    Relative(String),
    /// Outside the base directory: the absolute path on disk.
    Absolute(PathBuf),
}

impl FileRef {
    /// The path as people and GitHub read it.
    pub fn display(&self) -> String {
        match self {
            FileRef::Relative(p) => p.clone(),
            FileRef::Absolute(p) => p.to_string_lossy().into_owned(),
        }
    }
}

/// A span as reports show it: the file, and one-based lines and columns. Columns count Unicode
/// code points; the end is exclusive (the column just after the last character), as in SARIF.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The file.
    pub file: FileRef,
    /// First line.
    pub start_line: usize,
    /// First column.
    pub start_column: usize,
    /// Last line.
    pub end_line: usize,
    /// The column after the last character (equal to `start_column` for an empty span).
    pub end_column: usize,
}

/// Where `span` is, with its file named relative to `base` when it lies inside it.
pub fn place(sources: &SourceMap, span: Span, base: &Base) -> Place {
    let (start_line, start_column) = sources.line_col(span.file, span.start);
    let (end_line, end_column) = sources.line_col(span.file, span.end.max(span.start));
    Place {
        file: file_ref(sources, span, base),
        start_line,
        start_column,
        end_line,
        end_column,
    }
}

fn file_ref(sources: &SourceMap, span: Span, base: &Base) -> FileRef {
    let Some(source) = sources.get(span.file) else {
        return FileRef::Relative(String::new());
    };
    let path = source.path.clone().unwrap_or_else(|| PathBuf::from(&source.name));
    if !path.is_absolute() {
        // Files given in memory: their names are already relative.
        return FileRef::Relative(slash_path(&crate::project::normalize(&path)));
    }
    match path.strip_prefix(&base.dir) {
        Ok(rest) if rest.components().all(|c| matches!(c, Component::Normal(_))) => FileRef::Relative(slash_path(rest)),
        _ => FileRef::Absolute(path),
    }
}

/// The components of a relative path joined with `/`, whatever the platform.
fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn places_count_code_points_and_end_after_the_last_character() {
        let c = crate::compile_source("dir/ü.policy", "policy p {\n  title \"Ünïcode\"\n}\n");
        let file = crate::source::FileId(0);
        // `Ü` and `ï` take two bytes each but count as one column.
        let text = c.sources.get(file).unwrap().text();
        let start = text.find('"').unwrap();
        let end = text.rfind('"').unwrap() + 1;
        let p = place(&c.sources, Span::new(file, start..end), &Base::new("/nowhere"));
        assert_eq!(p.file, FileRef::Relative("dir/ü.policy".into()));
        assert_eq!((p.start_line, p.start_column, p.end_line, p.end_column), (2, 9, 2, 18));
    }

    #[test]
    fn files_outside_the_base_keep_their_absolute_path() {
        let dir = std::env::temp_dir();
        let base = Base::new(&dir);
        let mut sources = SourceMap::new();
        let inside = sources.add("a.policy", Some(base.dir().join("sub/a.policy")), String::new());
        let outside = sources.add("b.policy", Some(PathBuf::from("/elsewhere/b.policy")), String::new());
        assert_eq!(
            place(&sources, Span::new(inside, 0..0), &base).file,
            FileRef::Relative("sub/a.policy".into())
        );
        assert_eq!(
            place(&sources, Span::new(outside, 0..0), &base).file,
            FileRef::Absolute("/elsewhere/b.policy".into())
        );
    }
}
