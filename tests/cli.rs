//! The command line: exit codes (0 clean, 1 policy errors, 2 tool failure), messages, and
//! that a failed build writes nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::policyc_in;
use std::path::Path;
use std::process::{Command, Output};

fn policyc(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_policyc"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn example(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

const BROKEN: &str = "policy p {\n  languages [en]\n  efective 2025-01-01\n}\n";

#[test]
fn check_clean_policy_exits_0() {
    let o = policyc(&["check", "--deny", "warnings", &example("acme.policy")]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("0 errors"));
}

#[test]
fn check_policy_with_errors_exits_1_and_shows_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "broken.policy", BROKEN);
    let o = policyc(&["check", &file]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("error[E0102]: unknown field `efective` in policy `p`"),
        "{err}"
    );
    assert!(err.contains("broken.policy:3:3"), "{err}");
    assert!(err.contains("did you mean `effective`?"), "{err}");
}

#[test]
fn check_json_is_one_document_on_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "broken.policy", BROKEN);
    let o = policyc(&["check", "--format", "json", &file]);
    assert_eq!(o.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["format"], "policyc-diagnostics/1");
    assert_eq!(report["summary"]["errors"], 1);
    let d = &report["diagnostics"][0];
    assert_eq!(d["code"], "E0102");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(3), Some(3)));
    assert_eq!(d["file"], "broken.policy");
    assert_eq!(d["help"], "did you mean `effective`?");
}

#[test]
fn missing_file_exits_2_with_a_clear_message() {
    let o = policyc(&["check", "/nonexistent/dir/x.policy"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("error: cannot read `/nonexistent/dir/x.policy`"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_directory_is_not_a_policy() {
    let dir = tempfile::tempdir().unwrap();
    let o = policyc(&["check", &dir.path().to_string_lossy()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot read"));
}

#[cfg(unix)]
#[test]
fn unreadable_file_exits_2() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "secret.policy", "policy p { languages [en] }\n");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&file).is_ok() {
        return; // running as root: permissions do not apply
    }
    let o = policyc(&["check", &file]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn bad_flags_exit_2() {
    for args in [
        vec!["check"],
        vec!["check", "--format", "yaml", "x.policy"],
        vec!["frobnicate"],
        vec!["build", "x.policy"],
    ] {
        let o = policyc(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).is_empty());
    }
}

#[test]
fn build_writes_policy_json() {
    let out = tempfile::tempdir().unwrap();
    let o = policyc(&["build", &example("acme.policy"), "--out", &out.path().to_string_lossy()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("policy.json")).unwrap()).unwrap();
    assert_eq!(json["format"], "policyc/1");
    assert_eq!(json["draft"], false);
}

#[test]
fn failed_build_writes_nothing_and_keeps_the_previous_output() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "broken.policy", BROKEN);
    let out = dir.path().join("site");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("policy.json"), "previous").unwrap();
    let o = policyc(&["build", &file, "--out", &out.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("nothing was built"));
    assert_eq!(std::fs::read_to_string(out.join("policy.json")).unwrap(), "previous");
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1, "no temporary files left");

    let fresh = dir.path().join("fresh");
    let o = policyc(&["build", &file, "--out", &fresh.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!fresh.exists());
}

#[test]
fn allow_errors_builds_a_draft() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "broken.policy", BROKEN);
    let out = dir.path().join("site");
    let o = policyc(&["build", &file, "--out", &out.to_string_lossy(), "--allow-errors"]);
    assert_eq!(o.status.code(), Some(1), "errors still fail the run");
    assert!(stderr(&o).contains("draft"));
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(out.join("policy.json")).unwrap()).unwrap();
    assert_eq!(json["draft"], true);
}

#[test]
fn output_that_cannot_be_written_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = write(dir.path(), "not-a-dir", "x");
    let o = policyc(&["build", &example("acme.policy"), "--out", &blocker]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot write"));
}

#[test]
fn schema_prints_a_json_schema() {
    let o = policyc(&["schema"]);
    assert_eq!(o.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(schema["$schema"].as_str().unwrap().contains("json-schema.org"));
    assert!(schema["properties"]["purposes"].is_object());
}

#[test]
fn explain_known_and_unknown_codes() {
    let o = policyc(&["explain", "E0102"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("# E0102"));
    let o = policyc(&["explain", "e0102"]);
    assert_eq!(o.status.code(), Some(0), "codes are case-insensitive");
    let o = policyc(&["explain", "E0120"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no diagnostic code `E0120`"));
}

#[test]
fn explain_says_what_enforces_a_catalogue_entry_without_a_rule() {
    let o = policyc(&["explain", "gdpr-6-1-enum"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.starts_with("# GDPR-6-1-ENUM: not a rule of its own"), "{text}");
    assert!(text.contains("enforced by `E0201`"), "{text}");
    let o = policyc(&["explain", "GDPR-6-1-ENUX"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("did you mean `GDPR-6-1-ENUM`?"), "{}", stderr(&o));
}

#[test]
fn include_outside_the_root_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("project");
    std::fs::create_dir(&project).unwrap();
    write(dir.path(), "outside.policy", "controller c { name \"X\" }\n");
    let file = write(
        &project,
        "main.policy",
        "include \"../outside.policy\"\npolicy p { languages [en] }\n",
    );
    let o = policyc(&["check", "--root", &project.to_string_lossy(), &file]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("E0010"), "{}", stderr(&o));
}

#[test]
fn check_github_prints_one_annotation_per_finding_relative_to_the_current_directory() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("policy")).unwrap();
    write(&dir.path().join("policy"), "broken.policy", BROKEN);
    let o = policyc_in(dir.path(), &["check", "policy/broken.policy", "--format", "github"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.starts_with(
            "::error file=policy/broken.policy,line=3,col=3,endLine=3,endColumn=11,title=E0102::unknown field `efective` in policy `p`%0Ahelp: did you mean `effective`?\n"
        ),
        "{out}"
    );
    assert!(out.lines().all(|l| l.starts_with("::")), "{out}");
}

#[test]
fn check_sarif_output_writes_the_log_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "broken.policy", BROKEN);
    let o = policyc_in(
        dir.path(),
        &[
            "check",
            "broken.policy",
            "--format",
            "sarif",
            "--output",
            "out/policy.sarif",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("1 error"), "{}", stderr(&o));
    let log: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/policy.sarif")).unwrap()).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let result = &log["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "E0102");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "broken.policy");
    assert_eq!(location["region"]["startLine"], 3);
    // No temporary files are left beside the report.
    let names: Vec<_> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["policy.sarif"]);
}

#[test]
fn check_sarif_of_a_policy_with_advice_only_exits_0() {
    let o = policyc(&[
        "check",
        &example("acme.policy"),
        "--format",
        "sarif",
        "--deny",
        "warnings",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let log: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().all(|r| r["level"] == "note"), "{results:#?}");
}

#[test]
fn check_output_that_cannot_be_written_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = write(dir.path(), "file", "");
    let target = format!("{blocker}/policy.sarif");
    let o = policyc(&[
        "check",
        &example("acme.policy"),
        "--format",
        "sarif",
        "--output",
        &target,
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot write"), "{}", stderr(&o));
}
