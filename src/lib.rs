//! policyc: a compiler for privacy policies written as code.
//!
//! The pipeline runs left to right: [`project`] loads and [`syntax`] parses the files, [`lower`]
//! turns them into the [`model::Policy`], and every output reads that model. The functions here
//! are the library's front door; the `policyc` binary is a thin layer over them.
//!
//! ```
//! let compilation = policyc::compile_source("notice.policy", r#"
//! policy notice {
//!   title "Privacy notice"
//!   languages [en]
//! }
//! "#);
//! // The language accepts it: the model is built …
//! assert_eq!(compilation.policy.as_ref().unwrap().id, "notice");
//! // … and the GDPR checker reports what the notice lacks, such as its controller.
//! assert!(compilation.diagnostics.iter().any(|d| d.code == "GDPR-13-1-a"));
//! assert!(compilation.has_errors());
//! ```

pub mod builtin;
pub mod check;
pub mod codes;
pub mod diagnostics;
pub mod diff;
pub mod export;
pub mod i18n;
pub mod lower;
pub mod model;
pub mod output;
pub mod project;
pub mod render;
pub mod report;
pub mod source;
pub mod suggest;
pub mod syntax;

use diagnostics::{Diagnostic, Severity};
use model::Policy;
use project::{FsLoader, Loader, MemLoader};
use source::SourceMap;
use std::path::{Path, PathBuf};

/// A failure of the tool itself, as opposed to a problem in the policy: exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The root file could not be read.
    Read {
        /// The path given.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// Output could not be written.
    Write {
        /// Where.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// A bug of ours, such as broken built-in data.
    Internal(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Read { path, message } => write!(f, "cannot read `{}`: {message}", path.display()),
            Error::Write { path, message } => write!(f, "cannot write `{}`: {message}", path.display()),
            Error::Internal(message) => write!(f, "internal error: {message}"),
        }
    }
}

impl std::error::Error for Error {}

/// The result of compiling a policy: its sources, the model (when it could be built) and every
/// diagnostic, sorted by position.
#[derive(Debug)]
pub struct Compilation {
    /// Every file read.
    pub sources: SourceMap,
    /// The model; `None` only when there was nothing to build it from (no `policy` declaration).
    pub policy: Option<Policy>,
    /// Every finding.
    pub diagnostics: Vec<Diagnostic>,
}

impl Compilation {
    /// The number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics.iter().filter(|d| d.severity == severity).count()
    }

    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.count(Severity::Error) > 0
    }

    /// The diagnostics rendered for people, without colours.
    pub fn render_diagnostics(&self) -> String {
        diagnostics::render_plain(&self.sources, &self.diagnostics)
    }
}

/// Compiles the policy in `file` and its includes, read through `loader`; includes must stay
/// inside `project_root`.
pub fn compile(loader: &dyn Loader, file: &Path, project_root: &Path) -> Result<Compilation, Error> {
    let builtins = builtin::builtins().map_err(Error::Internal)?;
    let loaded = project::load(loader, file, project_root)?;
    let mut diagnostics = loaded.diagnostics;
    let (policy, mut lowered) = lower::lower(builtins, &loaded.files);
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        // A file that did not parse has no declarations: saying it lacks a `policy` is noise.
        lowered.retain(|d| d.code != "E0105");
    }
    diagnostics.append(&mut lowered);
    let language_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
    if let Some(policy) = &policy
        && !language_errors
    {
        diagnostics.append(&mut check::check(policy, builtins, &loaded.sources));
    }
    diagnostics::sort(&mut diagnostics);
    Ok(Compilation {
        sources: loaded.sources,
        policy,
        diagnostics,
    })
}

/// Compiles a policy file from disk; the project directory is found from the file
/// ([`project::find_project_root`]) unless given.
pub fn compile_file(file: &Path, project_root: Option<&Path>) -> Result<Compilation, Error> {
    let root = project_root.map_or_else(|| project::find_project_root(file), Path::to_path_buf);
    compile(&FsLoader, file, &root)
}

/// Compiles a policy held in memory (it cannot include other files).
pub fn compile_source(name: &str, text: &str) -> Compilation {
    let mut loader = MemLoader::new();
    loader.insert(name, text.as_bytes().to_vec());
    match compile(&loader, Path::new(name), Path::new("")) {
        Ok(c) => c,
        Err(e) => {
            // Only broken built-in data can fail here: report it like any other finding.
            let mut sources = SourceMap::new();
            let file = sources.add(name, None, text.to_string());
            let span = source::Span::new(file, 0..0);
            Compilation {
                sources,
                policy: None,
                diagnostics: vec![Diagnostic::error("E0000", e.to_string(), span, "")],
            }
        }
    }
}

/// The model as `policy.json`: pretty, deterministic, ending with a newline.
pub fn policy_json(policy: &Policy) -> String {
    let mut s = serde_json::to_string_pretty(policy).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}

/// The JSON Schema of `policy.json`, derived from the model types.
pub fn policy_schema() -> String {
    let mut schema = schemars::schema_for!(Policy);
    schema.insert(
        "$id".into(),
        serde_json::Value::String(format!(
            "https://policyc.dev/schema/{}.json",
            model::FORMAT.replace('/', "-")
        )),
    );
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}
