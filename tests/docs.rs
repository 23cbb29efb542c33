//! The reports shown in the documentation are the ones the compiler prints today: the showcase
//! in docs/showcase.md in full, and README's excerpt of it line by line.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::fenced_block_after;
use std::path::Path;
use std::process::Command;

const SHOWCASE: &str = "examples/seeds/click_and_resolve.policy";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// What `policyc check SHOWCASE --color never` prints (the report goes to standard output).
fn report() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_policyc"))
        .current_dir(root())
        .args(["check", SHOWCASE, "--color", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "the showcase has errors, so check exits 1");
    let mut text = String::from_utf8(out.stdout).unwrap();
    text.push_str(&String::from_utf8(out.stderr).unwrap());
    text
}

#[test]
fn the_showcase_shows_the_whole_current_report() {
    let doc = std::fs::read_to_string(root().join("docs/showcase.md")).unwrap();
    let shown = fenced_block_after(&doc, "policyc check examples/seeds/click_and_resolve.policy", "text");
    let now = report();
    assert!(
        shown == now,
        "docs/showcase.md is out of date; replace its report with the output of \
         `cargo run -- check {SHOWCASE} --color never`"
    );
}

#[test]
fn the_readme_excerpt_is_taken_from_the_current_report() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let excerpt = fenced_block_after(&readme, SHOWCASE, "text");
    let now = report();
    let lines: Vec<&str> = now.lines().collect();
    let mut at = 0;
    for line in excerpt.lines().filter(|l| l.trim() != "…") {
        let found = lines[at..].iter().position(|l| *l == line);
        let Some(offset) = found else {
            panic!("README's showcase excerpt has a line the report does not print (in this order): {line:?}");
        };
        at += offset + 1;
    }
    assert_eq!(
        excerpt.lines().last(),
        now.lines().last(),
        "README's excerpt ends with the report's summary line"
    );
}
