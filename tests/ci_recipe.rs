//! The CI recipe of docs/ci/policy.yml, run here as far as it can run without GitHub: the YAML
//! is read, and the shell of every step that calls policyc runs in a scratch repository with a
//! base branch, as GitHub's runner would (`bash -e -o pipefail`, `GITHUB_OUTPUT`,
//! `GITHUB_STEP_SUMMARY`). Steps that only talk to GitHub (`uses:` actions, `gh`, installing
//! policyc) and the `if:` expressions are not evaluated; the tests run the steps in the
//! situations those conditions select.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::{fenced_block_after, git};
use std::path::PathBuf;
use std::process::{Command, Output};
use yaml_rust2::{Yaml, YamlLoader};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The workflow's single job.
fn job() -> Yaml {
    let text = std::fs::read_to_string(root().join("docs/ci/policy.yml")).unwrap();
    let docs = YamlLoader::load_from_str(&text).unwrap();
    docs[0]["jobs"]["policy"].clone()
}

/// The shell script of the step named `name`.
fn step(name: &str) -> String {
    let job = job();
    let steps = job["steps"].as_vec().unwrap();
    let s = steps
        .iter()
        .find(|s| s["name"].as_str() == Some(name))
        .unwrap_or_else(|| panic!("no step `{name}` in docs/ci/policy.yml"));
    s["run"].as_str().unwrap().to_string()
}

/// A checkout like the workflow's: `policy/notice.policy` on `main` (pushed to `origin`), and a
/// pull-request branch where it is replaced by `new`.
struct Checkout {
    _dir: tempfile::TempDir,
    work: PathBuf,
}

impl Checkout {
    fn new(old: &str, new: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let origin = dir.path().join("origin.git");
        let work = dir.path().join("work");
        std::fs::create_dir_all(work.join("policy")).unwrap();
        git(dir.path(), &["init", "-q", "--bare", origin.to_str().unwrap()]);
        git(&work, &["init", "-q", "-b", "main"]);
        git(&work, &["remote", "add", "origin", origin.to_str().unwrap()]);
        std::fs::write(work.join("policy/notice.policy"), old).unwrap();
        // The exemplary policy and the file it includes, for the gate that must pass.
        std::fs::create_dir_all(work.join("policy/shared")).unwrap();
        for file in ["acme.policy", "shared/acme-controller.policy"] {
            std::fs::copy(root().join("examples").join(file), work.join("policy").join(file)).unwrap();
        }
        git(&work, &["add", "."]);
        git(&work, &["commit", "-q", "-m", "the notice"]);
        git(&work, &["push", "-q", "origin", "main"]);
        git(&work, &["checkout", "-q", "-b", "change"]);
        std::fs::write(work.join("policy/notice.policy"), new).unwrap();
        git(&work, &["commit", "-q", "-a", "--allow-empty", "-m", "a change"]);
        Checkout { _dir: dir, work }
    }

    /// Runs a step's script as GitHub's `bash` shell does, with the workflow's variables.
    fn run(&self, script: &str, policy: &str) -> Output {
        self.run_with(script, policy, &[])
    }

    /// [`Checkout::run`] with more variables.
    fn run_with(&self, script: &str, policy: &str, vars: &[(&str, &str)]) -> Output {
        let bin = PathBuf::from(env!("CARGO_BIN_EXE_policyc"));
        let path = format!(
            "{}:{}",
            bin.parent().unwrap().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        Command::new("bash")
            .args(["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script])
            .current_dir(&self.work)
            .env("PATH", path)
            .env("NO_COLOR", "1")
            .env("POLICY", policy)
            .env("BASE_REF", "main")
            .env("APPROVED_LABEL", "privacy-change-approved")
            .env("GITHUB_OUTPUT", self.work.join("github_output"))
            .env("GITHUB_STEP_SUMMARY", self.work.join("step_summary"))
            .envs(vars.iter().copied())
            .output()
            .unwrap()
    }

    /// Commits a new version of `file` on the pull-request branch.
    fn commit(&self, file: &str, content: &str) {
        std::fs::write(self.work.join(file), content).unwrap();
        git(&self.work, &["commit", "-q", "-a", "-m", "another change"]);
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.work.join(file)).unwrap_or_default()
    }
}

fn case(name: &str, file: &str) -> String {
    std::fs::read_to_string(root().join("tests/diff").join(name).join(file)).unwrap()
}

fn code(o: &Output) -> Option<i32> {
    o.status.code()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn the_workflow_runs_on_pushes_and_pull_requests_with_the_permissions_it_needs() {
    let text = std::fs::read_to_string(root().join("docs/ci/policy.yml")).unwrap();
    let doc = &YamlLoader::load_from_str(&text).unwrap()[0];
    assert!(!doc["on"]["push"].is_badvalue() && !doc["on"]["pull_request"].is_badvalue());
    let job = job();
    assert_eq!(job["permissions"]["security-events"].as_str(), Some("write"));
    let uses: Vec<&str> = job["steps"]
        .as_vec()
        .unwrap()
        .iter()
        .filter_map(|s| s["uses"].as_str())
        .collect();
    assert!(uses.iter().any(|u| u.starts_with("github/codeql-action/upload-sarif@")));
    assert!(uses.iter().any(|u| u.starts_with("actions/checkout@")));
}

#[test]
fn findings_do_not_stop_the_sarif_upload_but_a_failure_of_policyc_does() {
    let old = case("purposes", "old.policy");
    let with_findings = old.replace("  phone   \"+49 30 555555\"\n", "");
    let checkout = Checkout::new(&old, &with_findings);
    let o = checkout.run(&step("Check (SARIF)"), "policy/notice.policy");
    assert_eq!(code(&o), Some(0), "{}", text(&o));
    let sarif: serde_json::Value = serde_json::from_str(&checkout.read("policy.sarif")).unwrap();
    assert_eq!(sarif["version"], "2.1.0");

    let o = checkout.run(&step("Check (SARIF)"), "policy/missing.policy");
    assert_eq!(
        code(&o),
        Some(2),
        "a policy that cannot be read stops the job: {}",
        text(&o)
    );
}

#[test]
fn a_material_change_is_summarised_and_needs_approval() {
    let checkout = Checkout::new(&case("purposes", "old.policy"), &case("purposes", "new.policy"));
    let o = checkout.run(&step("Compare with the base branch"), "policy/notice.policy");
    assert_eq!(code(&o), Some(0), "{}", text(&o));
    assert!(checkout.read("github_output").contains("status=1"));
    let summary = checkout.read("step_summary");
    assert!(
        summary.starts_with("<!-- en -->") || summary.contains("## "),
        "{summary}"
    );
    assert_eq!(summary, checkout.read("policy-diff.md"));

    let o = checkout.run(&step("Require approval of a material change"), "policy/notice.policy");
    assert_eq!(code(&o), Some(1));
    assert!(text(&o).contains("::error title=Material change to the privacy notice::"));
    assert!(text(&o).contains("privacy-change-approved"));
}

#[test]
fn a_cosmetic_change_passes() {
    let checkout = Checkout::new(
        &case("rewording_only", "old.policy"),
        &case("rewording_only", "new.policy"),
    );
    let o = checkout.run(&step("Compare with the base branch"), "policy/notice.policy");
    assert_eq!(code(&o), Some(0), "{}", text(&o));
    assert!(checkout.read("github_output").contains("status=0"));
}

#[test]
fn the_annotation_gate_fails_on_errors_and_passes_a_clean_policy() {
    let old = case("purposes", "old.policy");
    let broken = old.replace("  email   \"privacy@shop.example\"\n", "");
    let checkout = Checkout::new(&old, &broken);
    let o = checkout.run(&step("Check (annotations)"), "policy/notice.policy");
    assert_eq!(code(&o), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("::error file=policy/notice.policy,line="),
        "{}",
        text(&o)
    );

    let o = checkout.run(&step("Check (annotations)"), "policy/acme.policy");
    assert_eq!(code(&o), Some(0), "{}", text(&o));
}

/// The first ```yaml block after `heading` in docs/ci.md.
fn ci_doc_yaml(heading: &str) -> String {
    let doc = std::fs::read_to_string(root().join("docs/ci.md")).unwrap();
    fenced_block_after(&doc, heading, "yaml")
}

#[test]
fn the_page_shows_the_workflow_file_as_it_is() {
    let file = std::fs::read_to_string(root().join("docs/ci/policy.yml")).unwrap();
    assert_eq!(
        ci_doc_yaml("## GitHub Actions"),
        file,
        "docs/ci.md must show docs/ci/policy.yml unchanged"
    );
}

#[test]
fn the_gitlab_job_gates_a_material_change_on_the_label() {
    let doc = &YamlLoader::load_from_str(&ci_doc_yaml("## GitLab CI")).unwrap()[0];
    let script: Vec<&str> = doc["policy"]["script"]
        .as_vec()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    let script = script.join("\n").replace("git fetch origin", "git fetch -q origin");
    let old = std::fs::read_to_string(root().join("examples/acme.policy")).unwrap();
    let checkout = Checkout::new(&old, &old);
    checkout.commit(
        "policy/acme.policy",
        &old.replace(
            "retention 30 days after account_closure",
            "retention 90 days after account_closure",
        ),
    );
    let mr = [
        ("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main"),
        ("CI_MERGE_REQUEST_LABELS", "docs"),
    ];
    let o = checkout.run_with(&script, "policy/acme.policy", &mr);
    assert_eq!(code(&o), Some(1), "{}", text(&o));
    assert!(
        text(&o).contains("needs the label privacy-change-approved"),
        "{}",
        text(&o)
    );

    let approved = [
        ("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main"),
        ("CI_MERGE_REQUEST_LABELS", "docs,privacy-change-approved"),
    ];
    let o = checkout.run_with(&script, "policy/acme.policy", &approved);
    assert_eq!(code(&o), Some(0), "{}", text(&o));
    assert!(checkout.read("policy.sarif").contains("\"2.1.0\""));
}
