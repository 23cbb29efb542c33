//! Every GDPR rule has a failing and a passing policy under `tests/rules/<CODE>/`: the failing
//! one must produce the rule's finding (its rendering is pinned by a snapshot), the passing one
//! must not. And the catalogue is complete: every rule is implemented, explained and tested.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use std::path::{Path, PathBuf};

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/rules")
}

/// The rule cases; `POLICYC_RULES=GDPR-13-2` restricts the first two tests to codes starting
/// with that prefix while working on a family of rules.
fn case_codes() -> Vec<String> {
    let filter = std::env::var("POLICYC_RULES").unwrap_or_default();
    let mut codes: Vec<String> = std::fs::read_dir(cases_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|c| c.starts_with(&filter))
        .collect();
    codes.sort();
    codes
}

/// Compiles `tests/rules/<code>/<file>`, which must have no language diagnostic: rule cases
/// test rules, not the language.
fn compile(code: &str, file: &str) -> policyc::Compilation {
    let dir = cases_dir().join(code);
    let c = policyc::compile_file(&dir.join(file), Some(&dir)).unwrap();
    let language = c.diagnostics.iter().any(|d| policyc::codes::lookup(d.code).is_some());
    assert!(
        !language,
        "{code}/{file} has language errors:\n{}",
        c.render_diagnostics()
    );
    c
}

#[test]
fn failing_policies_produce_their_finding() {
    for code in case_codes() {
        let c = compile(&code, "fail.policy");
        let findings: Vec<_> = c.diagnostics.iter().filter(|d| d.code == code).cloned().collect();
        assert!(
            !findings.is_empty(),
            "{code}/fail.policy does not produce {code}; it gives:\n{}",
            c.render_diagnostics()
        );
        let source = c.sources.iter().next().map(|(_, s)| s.text().to_string()).unwrap();
        let rendered = policyc::diagnostics::render_plain(&c.sources, &findings);
        insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(format!("rule@{code}"), format!("{source}\n---- {code} ----\n{rendered}"));
        });
    }
}

#[test]
fn passing_policies_do_not() {
    for code in case_codes() {
        let c = compile(&code, "pass.policy");
        assert!(
            !c.diagnostics.iter().any(|d| d.code == code),
            "{code}/pass.policy still produces it:\n{}",
            c.render_diagnostics()
        );
    }
}

/// The text of every file under `dir`.
fn read_tree(dir: &Path) -> String {
    let mut out = String::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.push_str(&read_tree(&path));
        } else {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
    out
}

#[test]
fn every_rule_is_implemented_explained_and_tested() {
    let n = policyc::check::validate_catalogue().unwrap();
    let rules = policyc::check::rules();
    assert_eq!(rules.len(), n, "every catalogue entry loads");
    let sources = read_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/check"));
    let cases = case_codes();
    let mut seen = std::collections::BTreeSet::new();
    for r in rules {
        assert!(seen.insert(r.code.clone()), "{} is in the catalogue twice", r.code);
        assert!(
            sources.contains(&format!("\"{}\"", r.code)),
            "{} has no implementation in src/check",
            r.code
        );
        let explanation = policyc::codes::explanation(&r.code)
            .unwrap_or_else(|| panic!("{} has no data/explain/{}.md", r.code, r.code));
        assert!(
            explanation.starts_with(&format!("# {}", r.code)),
            "{}: the explanation starts with its code",
            r.code
        );
        assert!(
            explanation.contains("```policy"),
            "{}: the explanation has policy examples",
            r.code
        );
        assert!(cases.contains(&r.code), "{} has no tests/rules/{}/", r.code, r.code);
        assert!(
            r.article.starts_with("Art. ") || r.article.starts_with("ePrivacy Art. "),
            "{}: article `{}`",
            r.code,
            r.article
        );
    }
    for case in &cases {
        assert!(
            policyc::check::rule(case).is_some(),
            "tests/rules/{case} tests no catalogue rule"
        );
    }
}

/// Catalogue entries that are not rules of their own name what enforces them, and that exists.
#[test]
fn covered_entries_name_checks_that_exist() {
    assert!(!policyc::check::covered().is_empty(), "data/rules/covered.toml parses");
    for c in policyc::check::covered() {
        assert!(
            policyc::check::rule(&c.code).is_none(),
            "{} is both a rule and covered",
            c.code
        );
        assert!(c.article.starts_with("Art. "), "{}: article `{}`", c.code, c.article);
        assert!(!c.by.is_empty(), "{}: `by` is empty", c.code);
        for by in &c.by {
            let exists = by == "renderer" || policyc::check::rule(by).is_some() || policyc::codes::lookup(by).is_some();
            assert!(exists, "{}: `{by}` is no rule, language code or `renderer`", c.code);
        }
    }
}

#[test]
fn rule_codes_do_not_collide_with_language_codes() {
    for r in policyc::check::rules() {
        assert!(policyc::codes::lookup(&r.code).is_none(), "{}", r.code);
    }
}

/// Every finding of every rule case and example has a severity its catalogue entry lists.
#[test]
fn findings_have_a_severity_their_rule_lists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<(PathBuf, PathBuf)> = Vec::new();
    // Every policy of every case: besides fail.policy and pass.policy, a case may hold more
    // failing policies (`fail_<what>.policy`) for findings of another severity.
    for code in case_codes() {
        for entry in std::fs::read_dir(cases_dir().join(&code)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "policy") {
                files.push((path, cases_dir().join(&code)));
            }
        }
    }
    for dir in ["examples", "examples/seeds"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "policy") {
                files.push((path, root.to_path_buf()));
            }
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for (path, dir) in files {
        let c = policyc::compile_file(&path, Some(&dir)).unwrap();
        for d in &c.diagnostics {
            let Some(rule) = policyc::check::rule(d.code) else {
                continue;
            };
            assert!(
                rule.severities.contains(&d.severity),
                "{}: {} reports a {} finding, but its catalogue entry lists only {:?}",
                path.display(),
                d.code,
                d.severity.as_str(),
                rule.severities
            );
            seen.insert((d.code.to_string(), d.severity));
        }
    }
    // Every severity a rule lists is one it really reports somewhere in the cases and examples.
    let mut unseen = Vec::new();
    for rule in policyc::check::rules() {
        for severity in &rule.severities {
            if !seen.contains(&(rule.code.clone(), *severity)) {
                unseen.push(format!("{} {}", rule.code, severity.as_str()));
            }
        }
    }
    assert!(
        unseen.is_empty(),
        "listed severities no case or example produces: {unseen:?}"
    );
}

/// LINT-AGE-INCONSISTENT reports each part of an adults-only notice that speaks to minors,
/// not only `parental_consent` (which its rule case covers).
#[test]
fn an_adults_only_notice_is_reported_for_each_part_addressed_to_minors() {
    let source = r#"policy notice {
  languages [en]
  min_age   18
  audience  [consumers, children]
  child_summary "We keep your name so you can sign in."
  parental_consent_until 16
}

controller shop {
  name    "Example Shop Ltd"
  address "1 Main Street, Dublin 2, Ireland"
  country IE
  email   "privacy@shop.example.ie"
}
"#;
    let c = policyc::compile_source("adults.policy", source);
    let language = c.diagnostics.iter().any(|d| policyc::codes::lookup(d.code).is_some());
    assert!(!language, "{}", c.render_diagnostics());
    let found: Vec<String> = c
        .diagnostics
        .iter()
        .filter(|d| d.code == "LINT-AGE-INCONSISTENT")
        .map(|d| d.message.clone())
        .collect();
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found.iter().any(|m| m.contains("addresses children")), "{found:#?}");
    assert!(
        found.iter().any(|m| m.contains("summary written for children")),
        "{found:#?}"
    );
}
