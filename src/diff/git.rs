//! A version of a policy at a git revision: the file and its includes as they were committed,
//! read with `git` and compiled from memory.

use crate::project::MemLoader;
use crate::{Compilation, Error};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Compiles `path` (a file of the work tree, or one that existed at `rev`) as it is at `rev`,
/// with every include as it is at the same revision. Paths in diagnostics are relative to the
/// repository's top directory, which is also the project root.
pub fn compile_at(rev: &str, path: &Path) -> Result<Compilation, Error> {
    let fail = |message: String| Error::Read {
        path: path.to_path_buf(),
        message,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let dir = std::fs::canonicalize(&dir).map_err(|e| fail(format!("cannot open its directory: {e}")))?;
    let top =
        git(&dir, &["rev-parse", "--show-toplevel"]).map_err(|e| fail(format!("not in a git repository: {e}")))?;
    let top = std::fs::canonicalize(String::from_utf8_lossy(&top).trim())
        .map_err(|e| fail(format!("cannot open the repository: {e}")))?;
    let name = path.file_name().ok_or_else(|| fail("not a file".to_string()))?;
    let relative = dir
        .join(name)
        .strip_prefix(&top)
        .map(Path::to_path_buf)
        .map_err(|_| fail("the file is outside the repository".to_string()))?;
    let relative = relative.to_string_lossy().replace('\\', "/");
    if rev.starts_with('-') {
        return Err(fail(format!("`{rev}` is not a revision")));
    }
    git(
        &top,
        &["rev-parse", "--verify", "--quiet", &format!("{rev}^{{commit}}")],
    )
    .map_err(|_| fail(format!("unknown revision `{rev}`")))?;
    let listing = git(&top, &["ls-tree", "-r", "-z", "--name-only", rev, "--"]).map_err(fail)?;
    let mut loader = MemLoader::new();
    let mut found = false;
    for file in listing.split(|b| *b == 0).filter(|f| f.ends_with(b".policy")) {
        let file = String::from_utf8_lossy(file).into_owned();
        let contents = git(&top, &["show", &format!("{rev}:{file}")]).map_err(fail)?;
        found |= file == relative;
        loader.insert(&file, contents);
    }
    if !found {
        return Err(fail(format!("`{relative}` does not exist at revision `{rev}`")));
    }
    crate::compile(&loader, Path::new(&relative), Path::new(""))
}

/// Runs git in `dir`; its standard output, or its error message.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run git: {e}"))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        let message = String::from_utf8_lossy(&output.stderr).trim().to_string();
        Err(if message.is_empty() {
            format!("git {} failed", args.join(" "))
        } else {
            message
        })
    }
}
