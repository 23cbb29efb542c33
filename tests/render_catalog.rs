//! The English catalog and the renderer agree: every message is used by the render code (or
//! names a vocabulary term, a country or a retention trigger), every message the render code
//! names exists, and every vocabulary term shown in a notice has its name.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use policyc::builtin::{Vocabulary, builtins};
use policyc::i18n::{self, Catalog};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Anchors (not messages) written as literals in the render code.
const ANCHORS: &[&str] = &[
    "joint-controllers",
    "exercise-rights",
    "withdraw-consent",
    "automated-decisions",
];

/// Message ids built from data rather than written as literals.
const DYNAMIC: &[&str] = &[
    "vocab-",
    "country-",
    "retention-after-",
    "retention-until-",
    "duration-",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every string literal of the form `word-word…` in the render code and templates.
fn literals() -> BTreeSet<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/render"), &mut files);
    for entry in std::fs::read_dir(root.join("templates")).unwrap() {
        files.push(entry.unwrap().path());
    }
    let mut out = BTreeSet::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, piece) in text.split('"').enumerate() {
            let is_id = !piece.is_empty()
                && piece.contains('-')
                && piece.starts_with(|c: char| c.is_ascii_lowercase())
                && piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if i % 2 == 1 && is_id {
                out.insert(piece.to_string());
            }
        }
    }
    out
}

fn is_message_literal(s: &str) -> bool {
    !ANCHORS.contains(&s) && !matches!(s, "x-default" | "policyc-notice" | "utf-8")
}

#[test]
fn every_message_is_used_and_every_used_message_exists() {
    let english: BTreeSet<String> = notice_ids().into_iter().collect();
    let used: BTreeSet<String> = literals().into_iter().filter(|s| is_message_literal(s)).collect();
    let missing: Vec<_> = used.iter().filter(|id| !english.contains(*id)).collect();
    assert!(
        missing.is_empty(),
        "the render code names messages the catalog lacks: {missing:?}"
    );
    let unused: Vec<_> = english
        .iter()
        .filter(|id| !used.contains(*id) && !DYNAMIC.iter().any(|p| id.starts_with(p)))
        .collect();
    assert!(
        unused.is_empty(),
        "messages no template or render code uses: {unused:?}"
    );
    // The literal-scanning heuristics above must find the bulk of the catalog.
    assert!(used.len() > 150, "{}", used.len());
}

/// (message family, vocabulary, attributes every term's message has)
fn families() -> Vec<(&'static str, &'static Vocabulary, &'static [&'static str])> {
    let v = &builtins().unwrap().vocab;
    vec![
        ("audience", &v.audiences, &[]),
        ("data", &v.data_kinds, &[]),
        ("purpose", &v.purpose_kinds, &[]),
        ("basis", &v.legal_bases, &["explanation", "article"]),
        ("condition", &v.special_conditions, &["article"]),
        ("role", &v.recipient_roles, &[]),
        ("requirement", &v.requirements, &[]),
        ("source", &v.sources, &[]),
        ("right", &v.rights, &["description", "article"]),
        ("mechanism", &v.transfer_mechanisms, &["description", "article"]),
        ("cookie", &v.cookie_categories, &[]),
        ("technology", &v.tracker_technologies, &[]),
        ("consent_channel", &v.consent_channels, &[]),
        ("channel", &v.marketing_channels, &[]),
        ("exemption", &v.representative_exemptions, &["description", "article"]),
    ]
}

#[test]
fn every_vocabulary_term_has_its_messages_and_no_more() {
    let en = Catalog::load("en").unwrap();
    let english = notice_ids();
    let mut expected = BTreeSet::new();
    for (family, vocab, attributes) in families() {
        for term in &vocab.terms {
            let id = format!("vocab-{family}-{}", term.id);
            assert!(en.has(&id), "no message `{id}`");
            for a in attributes {
                let text = en.attribute(&id, a, &[]);
                assert!(!text.is_empty() && !text.starts_with('{'), "`{id}.{a}`: {text}");
            }
            expected.insert(id);
        }
    }
    for trigger in &builtins().unwrap().vocab.retention_triggers.terms {
        for kind in ["after", "until"] {
            expected.insert(format!("retention-{kind}-{}", trigger.id));
        }
    }
    for country in &builtins().unwrap().countries.list {
        expected.insert(format!("country-{}", country.code));
    }
    let dynamic: BTreeSet<String> = english
        .into_iter()
        .filter(|id| DYNAMIC.iter().any(|p| id.starts_with(p)) && !id.starts_with("duration-"))
        .collect();
    let missing: Vec<_> = expected.difference(&dynamic).collect();
    let extra: Vec<_> = dynamic.difference(&expected).collect();
    assert!(missing.is_empty(), "missing: {missing:?}");
    assert!(extra.is_empty(), "messages for terms that do not exist: {extra:?}");
    assert!(en.take_errors().is_empty());
}

/// Every notice message of every catalog formats without a Fluent error, with sample arguments
/// and several plural counts (so that every plural variant a language has is reached).
#[test]
fn every_message_of_every_catalog_formats_with_sample_arguments() {
    for lang in i18n::complete() {
        for n in [0_u32, 1, 2, 5, 22, 101, 1_000_000] {
            formats_with_sample_arguments(lang, n);
        }
    }
}

fn formats_with_sample_arguments(lang: &str, n: u32) {
    use policyc::i18n::Arg;
    let en = Catalog::load(lang).unwrap();
    let args = [
        ("duration", Arg::from("2 years")),
        ("date", Arg::from("1 March 2026")),
        ("version", Arg::from("2026.1")),
        ("url", Arg::from("https://example.com")),
        ("brand", Arg::from("ACME")),
        ("authority", Arg::from("Datenschutzbehörde")),
        ("law", Arg::from("a law")),
        ("criteria", Arg::from("criteria")),
        ("name", Arg::from("Consent")),
        ("article", Arg::from("Art. 6(1)(a) GDPR")),
        ("age", Arg::from(n)),
        ("n", Arg::from(n)),
        ("country", Arg::from("Poland")),
        ("ages", Arg::from("Spain 14, Poland 16")),
    ];
    for id in notice_ids() {
        let text = en.format(&id, &args);
        assert!(!text.trim().is_empty(), "{lang}: {id}");
    }
    assert_eq!(en.take_errors(), Vec::<String>::new(), "{lang}, n = {n}");
}

/// The English notice messages: everything but the changelog messages of `policyc diff`,
/// which `tests/diff.rs` covers.
fn notice_ids() -> Vec<String> {
    i18n::message_ids_in("en", &|file| file != "diff")
}
