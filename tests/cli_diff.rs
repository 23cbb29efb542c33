//! `policyc diff` on the command line: exit codes (0 no material change, 1 material change,
//! 2 tool failure), the formats, and versions read from git revisions.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::git;
use common::policyc_in as policyc;
use std::path::PathBuf;
use std::process::Output;

fn case(name: &str, file: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/diff")
        .join(name)
        .join(file)
        .to_string_lossy()
        .into_owned()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn here() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn no_material_change_exits_0() {
    for name in ["reorder_only", "rewording_only", "comments_only"] {
        let o = policyc(&here(), &["diff", &case(name, "old.policy"), &case(name, "new.policy")]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}{}", out(&o), err(&o));
    }
}

#[test]
fn a_material_change_exits_1_in_every_format() {
    for format in ["text", "json", "md"] {
        let o = policyc(
            &here(),
            &[
                "diff",
                "--format",
                format,
                &case("purposes", "old.policy"),
                &case("purposes", "new.policy"),
            ],
        );
        assert_eq!(o.status.code(), Some(1), "{format}: {}", err(&o));
        assert!(err(&o).is_empty(), "{format}: {}", err(&o));
        match format {
            "json" => {
                let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
                assert_eq!(v["format"], "policyc-diff/1");
                assert_eq!(v["material"], true);
            }
            "md" => assert!(
                out(&o).contains("\n- We now use personal data for a new purpose: Showing you adverts"),
                "{}",
                out(&o)
            ),
            _ => assert!(out(&o).contains("material changes:\n  purpose_added"), "{}", out(&o)),
        }
    }
}

#[test]
fn a_missing_file_exits_2() {
    let o = policyc(&here(), &["diff", &case("purposes", "old.policy"), "no-such.policy"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("cannot read"), "{}", err(&o));
}

#[test]
fn a_version_with_language_errors_exits_2_and_shows_them() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.policy");
    std::fs::write(&broken, "policy p {\n  languages [en]\n  efective 2025-01-01\n}\n").unwrap();
    let o = policyc(
        &here(),
        &["diff", &case("purposes", "old.policy"), broken.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(2));
    let e = err(&o);
    assert!(e.contains("error[E0102]: unknown field `efective`"), "{e}");
    assert!(e.contains("the new version has language errors"), "{e}");
    assert!(out(&o).is_empty());
}

#[test]
fn markdown_in_a_language_without_a_catalog_exits_2() {
    let o = policyc(
        &here(),
        &[
            "diff",
            "--format",
            "md",
            "--lang",
            "fr",
            &case("purposes", "old.policy"),
            &case("purposes", "new.policy"),
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("not published in `fr`"), "{}", err(&o));
    assert!(out(&o).is_empty());
}

/// A repository with two commits of `notices/shop.policy`, which includes a shared file from
/// another directory; the second commit changes only the included file.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("notices")).unwrap();
    std::fs::create_dir_all(root.join("shared")).unwrap();
    let old = std::fs::read_to_string(case("retention", "old.policy")).unwrap();
    let new = std::fs::read_to_string(case("retention", "new.policy")).unwrap();
    let split = |text: &str| {
        let at = text.find("rights {").unwrap();
        (text[..at].to_string(), text[at..].to_string())
    };
    let (old_main, tail) = split(&old);
    let (new_main, _) = split(&new);
    std::fs::write(root.join("shared/tail.policy"), &tail).unwrap();
    let include = "include \"../shared/tail.policy\"\n";
    std::fs::write(root.join("notices/shop.policy"), format!("{include}{old_main}")).unwrap();
    git(root, &["init", "-q"]);
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "first"]);
    git(root, &["tag", "v1"]);
    std::fs::write(root.join("notices/shop.policy"), format!("{include}{new_main}")).unwrap();
    git(root, &["commit", "-q", "-a", "-m", "second"]);
    git(root, &["tag", "v2"]);
    dir
}

#[test]
fn git_revision_against_the_work_tree() {
    let repo = repository();
    let notices = repo.path().join("notices");
    // The work tree equals v2: no change against HEAD, the retention changes against v1.
    let o = policyc(&notices, &["diff", "--git", "HEAD", "shop.policy"]);
    assert_eq!(o.status.code(), Some(0), "{}{}", out(&o), err(&o));
    assert!(
        out(&o).contains("0 material changes, 0 cosmetic changes"),
        "{}",
        out(&o)
    );
    let o = policyc(&notices, &["diff", "--git", "v1", "shop.policy"]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(out(&o).contains("retention_longer"), "{}", out(&o));
    // Locations of what exists only in the old version name the file at its repository path.
    let o = policyc(
        &notices,
        &["diff", "--git", "v1..v2", "shop.policy", "--format", "json"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    let v: serde_json::Value = serde_json::from_str(&out(&o)).unwrap();
    assert!(
        v["changes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["location"]["file"] == "notices/shop.policy"),
        "{v}"
    );
    // Reversed, the longer retention becomes a shorter one: cosmetic.
    let o = policyc(&notices, &["diff", "--git", "v2..v1", "shop.policy"]);
    assert!(out(&o).contains("retention_shorter"), "{}", out(&o));
}

#[test]
fn git_failures_exit_2() {
    let repo = repository();
    let notices = repo.path().join("notices");
    let o = policyc(&notices, &["diff", "--git", "no-such-rev", "shop.policy"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("unknown revision `no-such-rev`"), "{}", err(&o));
    let o = policyc(&notices, &["diff", "--git", "v1", "other.policy"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("does not exist at revision `v1`"), "{}", err(&o));
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("p.policy"), "policy p { languages [en] }\n").unwrap();
    let o = policyc(outside.path(), &["diff", "--git", "HEAD", "p.policy"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("not in a git repository"), "{}", err(&o));
    let o = policyc(&notices, &["diff", "--git", "v1", "a.policy", "b.policy"]);
    assert_eq!(o.status.code(), Some(2));
}
