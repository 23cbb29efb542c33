//! Vague wording is caught in French, Dutch, Spanish, Portuguese and Polish author texts, and
//! firm statements in those languages are not reported: `tests/wording/<lang>.policy` has one
//! purpose per case, `vague_*` ones must get WP260-VAGUE and `firm_*` ones must not.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::Path;

fn check(lang: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wording");
    let c = policyc::compile_file(&dir.join(format!("{lang}.policy")), Some(&dir)).unwrap();
    let policy = c.policy.as_ref().expect("the case compiles");
    let vague: Vec<&str> = c
        .diagnostics
        .iter()
        .filter(|d| d.code == "WP260-VAGUE")
        .map(|d| d.message.as_str())
        .collect();
    let mut cases = 0;
    for p in &policy.purposes {
        let reported = vague.iter().any(|m| m.ends_with(&format!("of purpose `{}`", p.id)));
        if p.id.starts_with("vague_") {
            assert!(reported, "{lang}: `{}` is not reported; findings: {vague:#?}", p.id);
        } else {
            assert!(
                p.id.starts_with("firm_"),
                "{lang}: case `{}` is neither vague_ nor firm_",
                p.id
            );
            assert!(!reported, "{lang}: firm statement `{}` is reported: {vague:#?}", p.id);
        }
        cases += 1;
    }
    assert!(cases >= 5, "{lang}: only {cases} cases");
}

#[test]
fn french() {
    check("fr");
}

#[test]
fn dutch() {
    check("nl");
}

#[test]
fn spanish() {
    check("es");
}

#[test]
fn portuguese() {
    check("pt");
}

#[test]
fn polish() {
    check("pl");
}
