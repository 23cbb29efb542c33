//! Writing outputs: every file lands inside the output directory, and is replaced atomically.
//!
//! All files are first written beside their targets under temporary names; only when every
//! one of them was written are they renamed into place. A failure removes the temporary files
//! and leaves the previous output untouched.

use crate::Error;
use std::path::{Component, Path, PathBuf};

/// One output file: a path relative to the output directory, and its bytes.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// Relative path, such as `en/index.html`.
    pub path: PathBuf,
    /// Contents.
    pub contents: Vec<u8>,
}

/// Writes `files` under `out`. Rejects any path that would leave `out`.
pub fn write_all(out: &Path, files: &[OutputFile]) -> Result<(), Error> {
    let fail = |path: &Path, e: &dyn std::fmt::Display| Error::Write {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    for f in files {
        let inside = f.path.components().all(|c| matches!(c, Component::Normal(_)));
        if !inside || f.path.as_os_str().is_empty() {
            return Err(fail(&f.path, &"the path leaves the output directory"));
        }
    }
    std::fs::create_dir_all(out).map_err(|e| fail(out, &e))?;
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let cleanup = |staged: &[(PathBuf, PathBuf)]| {
        for (tmp, _) in staged {
            let _ = std::fs::remove_file(tmp);
        }
    };
    for f in files {
        let target = out.join(&f.path);
        let dir = target.parent().unwrap_or(out);
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.policyc-{}.tmp", std::process::id()));
        let written = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&tmp, &f.contents));
        if let Err(e) = written {
            cleanup(&staged);
            let _ = std::fs::remove_file(&tmp);
            return Err(fail(&target, &e));
        }
        staged.push((tmp, target));
    }
    for (i, (tmp, target)) in staged.iter().enumerate() {
        if let Err(e) = std::fs::rename(tmp, target) {
            cleanup(staged.get(i..).unwrap_or(&[]));
            return Err(fail(target, &e));
        }
    }
    Ok(())
}
