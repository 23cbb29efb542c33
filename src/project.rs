//! Loading: the root file and every file it includes, decoded, size-checked and parsed.
//!
//! Includes are resolved relative to the including file and must stay inside the project
//! directory; each file is loaded once, and a file that includes itself through any chain is
//! reported as a cycle.

use crate::Error;
use crate::diagnostics::Diagnostic;
use crate::source::{FileId, SourceMap, Span};
use crate::syntax::{self, Atom, SyntaxFile};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

/// The largest source file accepted. Real notices are a few hundred kilobytes at most.
pub const MAX_FILE_SIZE: usize = 4 * 1024 * 1024;

/// Where source files come from: the file system, or memory (tests, editors, playgrounds).
pub trait Loader {
    /// The bytes of a file.
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>>;
    /// The canonical form of a path, failing when the file does not exist.
    fn canonicalize(&self, path: &Path) -> std::io::Result<PathBuf>;
}

/// Reads from the file system.
#[derive(Debug, Default, Clone, Copy)]
pub struct FsLoader;

impl Loader for FsLoader {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        std::fs::read(path)
    }
    fn canonicalize(&self, path: &Path) -> std::io::Result<PathBuf> {
        std::fs::canonicalize(path)
    }
}

/// Reads from an in-memory map of paths to contents.
#[derive(Debug, Default, Clone)]
pub struct MemLoader {
    files: BTreeMap<PathBuf, Vec<u8>>,
}

impl MemLoader {
    /// An empty set of files.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file.
    pub fn insert(&mut self, path: impl AsRef<Path>, contents: impl Into<Vec<u8>>) -> &mut Self {
        self.files.insert(normalize(path.as_ref()), contents.into());
        self
    }
}

impl Loader for MemLoader {
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        self.files
            .get(&normalize(path))
            .cloned()
            .ok_or_else(|| std::io::ErrorKind::NotFound.into())
    }
    fn canonicalize(&self, path: &Path) -> std::io::Result<PathBuf> {
        let p = normalize(path);
        if self.files.contains_key(&p) {
            Ok(p)
        } else {
            Err(std::io::ErrorKind::NotFound.into())
        }
    }
}

/// Resolves `.` and `..` without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The project directory of a policy file: the nearest ancestor holding `policyc.toml` or
/// `.git`, or else the file's own directory.
pub fn find_project_root(file: &Path) -> PathBuf {
    let start = std::fs::canonicalize(file)
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."));
    let mut dir = Some(start.as_path());
    while let Some(d) = dir {
        if d.join("policyc.toml").exists() || d.join(".git").exists() {
            return d.to_path_buf();
        }
        dir = d.parent();
    }
    start
}

/// Every file of a policy, parsed.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The texts.
    pub sources: SourceMap,
    /// The syntax trees, root first.
    pub files: Vec<(FileId, SyntaxFile)>,
    /// Diagnostics from decoding, parsing and includes.
    pub diagnostics: Vec<Diagnostic>,
}

struct State<'l> {
    loader: &'l dyn Loader,
    root_dir: PathBuf,
    loaded: BTreeMap<PathBuf, FileId>,
    /// The files being loaded, outermost first, each with the include statement that led
    /// into the next one (none for the innermost).
    stack: Vec<(PathBuf, Option<Span>)>,
    out: Loaded,
}

/// Loads `file` and its includes. Fails only when the root file itself cannot be read.
pub fn load(loader: &dyn Loader, file: &Path, project_root: &Path) -> Result<Loaded, Error> {
    let canonical = loader.canonicalize(file).map_err(|e| Error::Read {
        path: file.to_path_buf(),
        message: e.to_string(),
    })?;
    let root_dir = loader
        .canonicalize(project_root)
        .unwrap_or_else(|_| normalize(project_root));
    let mut state = State {
        loader,
        root_dir,
        loaded: BTreeMap::new(),
        stack: Vec::new(),
        out: Loaded::default(),
    };
    let bytes = loader.read(&canonical).map_err(|e| Error::Read {
        path: file.to_path_buf(),
        message: e.to_string(),
    })?;
    state.add(canonical, bytes);
    Ok(state.out)
}

impl State<'_> {
    fn display_name(&self, path: &Path) -> String {
        path.strip_prefix(&self.root_dir)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    fn add(&mut self, path: PathBuf, bytes: Vec<u8>) {
        let name = self.display_name(&path);
        let (text, problem) = decode(bytes);
        let id = self.out.sources.add(name, Some(path.clone()), text);
        self.loaded.insert(path.clone(), id);
        if let Some(problem) = problem {
            self.out.diagnostics.push(problem(id));
            return;
        }
        let text = self
            .out
            .sources
            .get(id)
            .map(|s| s.text().to_string())
            .unwrap_or_default();
        let (tree, mut diagnostics) = syntax::parse(id, &text);
        self.out.diagnostics.append(&mut diagnostics);
        let includes: Vec<(String, Span, Span)> = tree
            .entries
            .iter()
            .filter(|e| e.name.text == "include")
            .filter_map(|e| match e.atoms.as_slice() {
                [Atom::Str { value, span }] => Some((value.clone(), *span, e.span)),
                _ => {
                    self.out.diagnostics.push(
                        Diagnostic::error("E0101", "malformed `include`", e.span, "expected one path in quotes")
                            .with_help("write `include \"controller.policy\"`"),
                    );
                    None
                }
            })
            .collect();
        self.out.files.push((id, tree));
        self.stack.push((path.clone(), None));
        for (target, span, statement) in includes {
            if let Some(top) = self.stack.last_mut() {
                top.1 = Some(statement);
            }
            self.include(&path, &target, span, statement);
        }
        self.stack.pop();
    }

    fn include(&mut self, from: &Path, target: &str, span: Span, statement: Span) {
        let base = from.parent().unwrap_or(Path::new(""));
        let wanted = base.join(target);
        let canonical = match self.loader.canonicalize(&wanted) {
            Ok(p) => p,
            Err(e) => {
                let shown = self.display_name(&normalize(&wanted));
                self.out.diagnostics.push(unreadable(target, &shown, span, &e));
                return;
            }
        };
        if !canonical.starts_with(&self.root_dir) {
            self.out.diagnostics.push(
                Diagnostic::error(
                    "E0010",
                    format!("`{target}` is outside the project directory"),
                    span,
                    "escapes the project",
                )
                .with_note(format!("the project directory is `{}`", self.root_dir.display()))
                .with_help(
                    "move the shared file into the project, or put a `policyc.toml` in a directory that contains both",
                ),
            );
            return;
        }
        if let Some(pos) = self.stack.iter().position(|(p, _)| *p == canonical) {
            self.out.diagnostics.push(self.cycle(pos, statement));
            return;
        }
        if self.loaded.contains_key(&canonical) {
            return;
        }
        match self.loader.read(&canonical) {
            Ok(bytes) => self.add(canonical, bytes),
            Err(e) => {
                let shown = self.display_name(&canonical);
                self.out.diagnostics.push(unreadable(target, &shown, span, &e));
            }
        }
    }

    /// The cycle closed by `statement`, an include of `self.stack[pos]` in the innermost file.
    fn cycle(&self, pos: usize, statement: Span) -> Diagnostic {
        let files: Vec<String> = self.stack.iter().skip(pos).map(|(p, _)| self.display_name(p)).collect();
        let first = files.first().cloned().unwrap_or_default();
        let message = if files.len() == 1 {
            format!("include cycle: `{first}` includes itself")
        } else {
            let chain = files.iter().chain([&first]).map(String::as_str).collect::<Vec<_>>();
            format!("include cycle: {}", chain.join(" → "))
        };
        let mut d = Diagnostic::error("E0009", message, statement, "this include closes the cycle");
        // The other includes of the cycle, each in the file that makes it.
        for (i, (_, via)) in self.stack.iter().enumerate().skip(pos) {
            let next = self.stack.get(i + 1).map(|(p, _)| self.display_name(p));
            if let (Some(via), Some(next)) = (via, next) {
                d = d.with_secondary(*via, format!("includes `{next}`"));
            }
        }
        d.with_help("remove one of these includes; a shared file is included by the files that need it, never back")
    }
}

/// An include that cannot be read: said in our words, with the system's reason only where it
/// tells more than "not there".
fn unreadable(target: &str, shown: &str, span: Span, error: &std::io::Error) -> Diagnostic {
    use std::io::ErrorKind;
    let d = match error.kind() {
        ErrorKind::NotFound => Diagnostic::error(
            "E0008",
            format!("the included file `{target}` does not exist"),
            span,
            format!("no file at `{shown}`"),
        ),
        ErrorKind::PermissionDenied => Diagnostic::error(
            "E0008",
            format!("cannot read the included file `{target}`: permission denied"),
            span,
            "not readable",
        ),
        ErrorKind::IsADirectory => Diagnostic::error(
            "E0008",
            format!("the included path `{target}` is a directory"),
            span,
            "a directory, not a file",
        ),
        _ => Diagnostic::error(
            "E0008",
            format!("cannot read the included file `{target}`"),
            span,
            "not readable",
        )
        .with_note(format!("the system says: {error}")),
    };
    d.with_help("include paths are relative to the file that includes them; check the spelling and the folder")
}

type Problem = Box<dyn FnOnce(FileId) -> Diagnostic>;

/// Decodes a file: strips a byte-order mark, rejects files that are too large or not UTF-8.
fn decode(bytes: Vec<u8>) -> (String, Option<Problem>) {
    if bytes.len() > MAX_FILE_SIZE {
        let size = bytes.len();
        return (
            String::new(),
            Some(Box::new(move |file| {
                Diagnostic::error(
                    "E0007",
                    format!(
                        "the file is too large ({} MiB; the limit is {} MiB)",
                        size / (1024 * 1024),
                        MAX_FILE_SIZE / (1024 * 1024)
                    ),
                    Span::new(file, 0..0),
                    "not read",
                )
                .with_help("split the policy into several files with `include`")
            })),
        );
    }
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..'\u{feff}'.len_utf8());
            }
            (text, None)
        }
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            (
                text,
                Some(Box::new(move |file| {
                    Diagnostic::error(
                        "E0006",
                        "the file is not valid UTF-8",
                        Span::new(file, at..at + '\u{fffd}'.len_utf8()),
                        "invalid byte here",
                    )
                    .with_help("save the file as UTF-8")
                })),
            )
        }
    }
}
