//! Helpers shared by several test binaries (each includes this file with `mod common;`).
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The example policies: every `.policy` directly in `examples/` and `examples/seeds/`, sorted
/// (files under `examples/shared/` are only included by them).
pub fn examples() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["examples", "examples/seeds"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "policy") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// Runs git in `dir` as a throw-away identity, failing the test when git fails.
pub fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The body of the first fenced block of language `lang` (```lang) after `marker` in `doc`.
pub fn fenced_block_after(doc: &str, marker: &str, lang: &str) -> String {
    let from = doc
        .find(marker)
        .unwrap_or_else(|| panic!("no `{marker}` in the document"));
    let rest = &doc[from..];
    let fence = format!("```{lang}\n");
    let start = rest
        .find(&fence)
        .unwrap_or_else(|| panic!("no ```{lang} block after `{marker}`"))
        + fence.len();
    let end = rest[start..].find("```").unwrap();
    rest[start..start + end].to_string()
}

/// Runs the policyc binary in `dir` (so report paths are relative to it), without colours.
pub fn policyc_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_policyc"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}
