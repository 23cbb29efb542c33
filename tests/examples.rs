//! Every example compiles without language errors, its `policy.json` is pinned by a snapshot,
//! validates against `policyc schema`, and is byte-identical across runs.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::examples;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn compile(path: &Path) -> policyc::Compilation {
    policyc::compile_file(path, Some(&root())).unwrap()
}

#[test]
fn examples_have_no_language_errors() {
    assert!(examples().len() >= 6, "the exemplary policy and five seeds");
    for path in examples() {
        let c = compile(&path);
        let language_errors: Vec<_> = c
            .diagnostics
            .iter()
            .filter(|d| policyc::codes::lookup(d.code).is_some())
            .collect();
        assert!(
            language_errors.is_empty(),
            "{}:\n{}",
            path.display(),
            c.render_diagnostics()
        );
    }
}

#[test]
fn policy_json_snapshots() {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::glob!("../examples", "{*.policy,seeds/*.policy}", |path| {
            let policy = compile(path).policy.unwrap();
            insta::assert_snapshot!(policyc::policy_json(&policy));
        });
    });
}

#[test]
fn policy_json_validates_against_the_schema() {
    let schema: serde_json::Value = serde_json::from_str(&policyc::policy_schema()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for path in examples() {
        let json: serde_json::Value =
            serde_json::from_str(&policyc::policy_json(&compile(&path).policy.unwrap())).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&json)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
    }
}

#[test]
fn schema_rejects_a_wrong_document() {
    let schema: serde_json::Value = serde_json::from_str(&policyc::policy_schema()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let path = root().join("examples/acme.policy");
    let mut json: serde_json::Value =
        serde_json::from_str(&policyc::policy_json(&compile(&path).policy.unwrap())).unwrap();
    json["purposes"][0]["bases"] = serde_json::json!("contract");
    assert!(!validator.is_valid(&json));
}

#[test]
fn output_is_deterministic() {
    for path in examples() {
        let a = policyc::policy_json(&compile(&path).policy.unwrap());
        let b = policyc::policy_json(&compile(&path).policy.unwrap());
        assert_eq!(a, b, "{}", path.display());
    }
}

#[test]
fn include_merges_the_shared_controller() {
    let policy = compile(&root().join("examples/acme.policy")).policy.unwrap();
    let controller = policy.controller.unwrap();
    assert_eq!(controller.name.as_deref(), Some("ACME Cloud GmbH"));
    assert_eq!(policy.joint_controllers[0].purposes, ["webinars"]);
}

/// The findings of every example, rendered as `policyc check` prints them: the exemplary policy
/// is clean, and each seed shows its real gaps.
#[test]
fn check_report_snapshots() {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::glob!("../examples", "{*.policy,seeds/*.policy}", |path| {
            let c = compile(path);
            let rendered = policyc::diagnostics::render_plain(&c.sources, &c.diagnostics);
            let summary = policyc::diagnostics::summary(&c.diagnostics);
            insta::assert_snapshot!(format!("{rendered}\n{summary}\n"));
        });
    });
}
