//! `policyc diff`: every pair of versions under `tests/diff/<case>/{old,new}.policy` is compared,
//! and its report (text, JSON, Markdown in English) is pinned by a snapshot. Reordering, comments
//! and rewording must produce no material change; every kind of change must be exercised.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use policyc::diff::{self, Kind, Materiality, Report, Version};
use policyc::i18n::{self, Catalog};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cases() -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(root().join("tests/diff"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

fn compile(path: &Path) -> policyc::Compilation {
    let c = policyc::compile_file(path, Some(&root())).unwrap();
    assert!(
        !diff::has_language_errors(&c),
        "{}:\n{}",
        path.display(),
        c.render_diagnostics()
    );
    c
}

/// The compilations of a case: (old, new).
fn pair(case: &str) -> (policyc::Compilation, policyc::Compilation) {
    let dir = root().join("tests/diff").join(case);
    (compile(&dir.join("old.policy")), compile(&dir.join("new.policy")))
}

fn with_report<T>(case: &str, f: impl FnOnce(&Report, &policyc::model::Policy, &policyc::model::Policy) -> T) -> T {
    let (old, new) = pair(case);
    let (o, n) = (Version::of(&old).unwrap(), Version::of(&new).unwrap());
    let report = Report::new(o, n);
    f(&report, o.policy, n.policy)
}

fn english(report: &Report, old: &policyc::model::Policy, new: &policyc::model::Policy) -> String {
    diff::markdown::render(report, old, new, &["en".to_string()]).unwrap_or_else(|e| panic!("{e:?}"))
}

#[test]
fn reports_snapshots() {
    for case in cases() {
        let doc = with_report(&case, |report, old, new| {
            format!(
                "=== text ===\n{}\n=== json ===\n{}\n=== markdown (en) ===\n{}",
                diff::text::render(report),
                diff::json::render(report),
                english(report, old, new)
            )
        });
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
            description => format!("policyc diff tests/diff/{case}/old.policy tests/diff/{case}/new.policy"),
        }, {
            insta::assert_snapshot!(format!("diff@{case}"), doc);
        });
    }
}

#[test]
fn reordering_comments_and_formatting_change_nothing() {
    for case in ["reorder_only", "comments_only"] {
        with_report(case, |report, _, _| {
            assert!(report.changes.is_empty(), "{case}: {:#?}", report.changes);
        });
    }
}

#[test]
fn rewording_and_renaming_are_cosmetic() {
    for case in ["rewording_only", "renamed"] {
        with_report(case, |report, _, _| {
            assert!(!report.changes.is_empty(), "{case}");
            assert!(!report.is_material(), "{case}: {}", diff::text::render(report));
        });
    }
    with_report("renamed", |report, _, _| {
        let kinds: BTreeSet<_> = report.changes.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, BTreeSet::from([Kind::Renamed]), "{}", diff::text::render(report));
    });
}

#[test]
fn a_version_compared_with_itself_has_no_change() {
    let c = compile(&root().join("examples/acme.policy"));
    let v = Version::of(&c).unwrap();
    assert!(Report::new(v, v).changes.is_empty());
}

#[test]
fn every_kind_of_change_is_exercised_by_a_case() {
    let mut seen = BTreeSet::new();
    let mut both = BTreeSet::new();
    for case in cases() {
        with_report(&case, |report, _, _| {
            for c in &report.changes {
                seen.insert(c.kind);
                both.insert((c.kind, c.materiality));
            }
        });
    }
    let missing: Vec<_> = Kind::ALL.iter().filter(|k| !seen.contains(k)).map(|k| k.id()).collect();
    assert!(missing.is_empty(), "no case exercises {missing:?}");
    assert!(both.contains(&(Kind::DetailChanged, Materiality::Material)));
    assert!(both.contains(&(Kind::DetailChanged, Materiality::Cosmetic)));
}

#[test]
fn material_changes_are_the_expected_ones() {
    let material = |case: &str| {
        with_report(case, |report, _, _| {
            report
                .changes
                .iter()
                .filter(|c| c.materiality == Materiality::Material)
                .map(|c| format!("{} {}/{}", c.kind.id(), c.decl, c.id))
                .collect::<BTreeSet<_>>()
        })
    };
    let retention = material("retention");
    assert!(retention.contains("retention_longer purpose/delivery"), "{retention:?}");
    assert!(retention.contains("retention_longer data/orders"), "{retention:?}");
    assert!(
        retention.contains("retention_changed purpose/newsletter"),
        "{retention:?}"
    );
    assert!(
        !retention.iter().any(|c| c.contains("purpose/statistics")),
        "shorter is cosmetic: {retention:?}"
    );
    assert!(
        !retention.iter().any(|c| c.contains("data/usage")),
        "1 year = 12 months: {retention:?}"
    );
    let purposes = material("purposes");
    assert!(purposes.contains("purpose_added purpose/ads"), "{purposes:?}");
    assert!(purposes.contains("purpose_removed purpose/newsletter"), "{purposes:?}");
    assert!(
        purposes.contains("purpose_kind_changed purpose/statistics"),
        "{purposes:?}"
    );
    let parental = material("parental_age");
    assert!(parental.contains("detail_changed policy/shop"), "{parental:?}");
    let recipients = material("recipients");
    assert!(
        !recipients.iter().any(|c| c.contains("recipient/auditors")),
        "removal is cosmetic: {recipients:?}"
    );
}

#[test]
fn markdown_escapes_the_authors_words() {
    let md = with_report("markdown_escaping", english);
    assert!(!md.contains("<script>"), "{md}");
    assert!(md.contains(r"\<script\>"), "{md}");
    assert!(md.contains(r"\*\*bold\*\*"), "{md}");
    // A link written in a text keeps its label and its address, escaped, never as a link.
    assert!(md.contains(r"link \(https://evil.example\)"), "{md}");
    assert!(md.contains(r"Evil\_Corp\* \`code\` \| pipe"), "{md}");
}

/// Countries, languages and vocabulary terms appear by their names, as on the page; only what
/// has no name in the catalogs (cookie names, kinds of statement) is shown as code.
#[test]
fn markdown_names_countries_languages_and_terms() {
    let transfers = with_report("transfers", english);
    assert!(transfers.contains("to: India."), "{transfers}");
    assert!(transfers.contains("“Binding corporate rules”"), "{transfers}");
    let recipients = with_report("recipients", english);
    assert!(
        recipients.contains("“Controller (independent)” (before: “Processor”)"),
        "{recipients}"
    );
    let languages = with_report("languages", english);
    assert!(languages.contains("published in: Deutsch."), "{languages}");
    for case in cases() {
        let md = with_report(&case, english);
        // A code span starts with a backtick the author's words cannot produce (theirs are escaped).
        for line in md.lines().filter(|l| l.replace("\\`", "").contains('`')) {
            assert!(
                line.starts_with("- Cookie `")
                    || line.contains("cookie or similar technology: `")
                    || line.starts_with("- The cookie `")
                    || line.starts_with("- The statement "),
                "{case}: a code where the catalogs have a name: {line}"
            );
        }
    }
}

#[test]
fn markdown_has_one_entry_per_published_language() {
    with_report("acme", |report, old, new| {
        assert_eq!(new.languages, ["en", "de"]);
        // Every catalog is complete, German's changelog messages included.
        let md = diff::markdown::render(report, old, new, &new.languages).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(md.matches("<!-- policyc diff: ").count(), 2, "{md}");
        assert!(md.contains("<!-- policyc diff: de -->"), "{md}");
        assert!(!md.contains("{diff-"), "{md}");
    });
}

const EN_RO: &str = r#"
policy p {
  title { en "Notice" ro "Notă" }
  version "2"
  effective 2026-05-01
  languages [en, ro]
}
purpose a : analytics {
  description { en "Counting visits" ro "Numărarea vizitelor" }
  basis consent
  retention 1 year after collection
}
"#;

#[test]
fn the_changelog_is_written_only_in_published_languages() {
    let old = policyc::compile_source("old.policy", &EN_RO.replace("1 year", "6 months"));
    let new = policyc::compile_source("new.policy", EN_RO);
    let report = Report::new(Version::of(&old).unwrap(), Version::of(&new).unwrap());
    let (o, n) = (old.policy.as_ref().unwrap(), new.policy.as_ref().unwrap());
    let en = diff::markdown::render(&report, o, n, &["en".to_string()]).unwrap();
    // Storage periods in the notice's own words (`retention-after-*` of notice.ftl), quoted.
    assert!(en.contains("- We keep the data for Counting visits longer: “1 year after the data is collected” instead of “6 months after the data is collected”."), "{en}");
    let md = diff::markdown::render(&report, o, n, &n.languages).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(md.contains("Numărarea vizitelor"), "{md}");
    let errors = diff::markdown::render(&report, o, n, &["fr".to_string()]).unwrap_err();
    assert_eq!(errors, ["the new policy is not published in `fr`"]);
}

/// Legal bases and rights have lower-case forms of their own for the changelog's sentences;
/// retention events are worded by the notice's messages, which the changelog shares.
#[test]
fn every_basis_right_and_retention_event_has_a_name() {
    let en = Catalog::load("en").unwrap();
    let vocab = &policyc::builtin::builtins().unwrap().vocab;
    for (prefix, v) in [
        ("diff-basis", &vocab.legal_bases),
        ("diff-right", &vocab.rights),
        ("retention-after", &vocab.retention_triggers),
        ("retention-until", &vocab.retention_triggers),
    ] {
        for id in v.ids() {
            assert!(en.has(&format!("{prefix}-{id}")), "locales/en lacks `{prefix}-{id}`");
        }
    }
    let diff = i18n::message_ids_in("en", &|file| file == "diff");
    let shared: Vec<_> = diff
        .iter()
        .filter(|id| {
            id.starts_with("diff-trigger-")
                || id.starts_with("diff-retention-") && !id.ends_with("-longer") && !id.ends_with("-changed")
        })
        .collect();
    assert!(
        shared.is_empty(),
        "diff.ftl repeats the notice's retention wording: {shared:?}"
    );
}

#[test]
fn json_is_versioned_and_ordered() {
    with_report("purposes", |report, _, _| {
        let json: serde_json::Value = serde_json::from_str(&diff::json::render(report)).unwrap();
        assert_eq!(json["format"], "policyc-diff/1");
        assert_eq!(json["material"], true);
        let changes = json["changes"].as_array().unwrap();
        let first_cosmetic = changes.iter().position(|c| c["materiality"] == "cosmetic").unwrap();
        assert!(changes[first_cosmetic..].iter().all(|c| c["materiality"] == "cosmetic"));
        assert_eq!(json["summary"]["material"].as_u64().unwrap() as usize, first_cosmetic);
    });
}

/// The changelog in a second language, Romanian, next to English: the same changes, in the
/// words of each catalog (retention longer, a purpose added).
#[test]
fn changelog_in_english_and_romanian() {
    let old = policyc::compile_source("old.policy", &EN_RO.replace("1 year", "6 months"));
    let new_text = format!(
        "{EN_RO}\npurpose b : service_provision {{\n  description {{ en \"Answering your questions\" ro \"Răspunsul la întrebările dumneavoastră\" }}\n  basis contract\n}}\n"
    );
    let new = policyc::compile_source("new.policy", &new_text);
    let report = Report::new(Version::of(&old).unwrap(), Version::of(&new).unwrap());
    let (o, n) = (old.policy.as_ref().unwrap(), new.policy.as_ref().unwrap());
    let md = diff::markdown::render(&report, o, n, &n.languages).unwrap();
    assert!(md.contains("<!-- policyc diff: ro -->"), "{md}");
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!("diff_markdown@en_ro", md);
    });
}

/// The changelog in Polish, from a pair published in Polish: durations reach the plural forms
/// `few` and `many` ("2 lata", "5 lat", "22 miesiące", "25 miesięcy") inside the notice's own
/// wording of storage periods, and countries and terms are named in Polish.
#[test]
fn changelog_in_polish() {
    let md = with_report("polish", |report, old, new| {
        assert!(new.languages.contains(&"pl".to_string()));
        diff::markdown::render(report, old, new, &["pl".to_string()]).unwrap_or_else(|e| panic!("{e:?}"))
    });
    assert!(
        md.contains("„5 lat od zakończenia umowy” zamiast „2 lata od zakończenia umowy”"),
        "{md}"
    );
    assert!(
        md.contains("„25 miesięcy od zebrania danych” zamiast „22 miesiące od zebrania danych”"),
        "{md}"
    );
    assert!(md.contains("do: Stany Zjednoczone."), "{md}");
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
        description => "policyc diff tests/diff/polish/old.policy tests/diff/polish/new.policy --format md --lang pl",
    }, {
        insta::assert_snapshot!("diff_markdown@pl", md);
    });
}

/// Every changelog message of every catalog formats without a Fluent error, with every variable
/// the messages use.
#[test]
fn every_diff_message_of_every_catalog_formats() {
    let args: Vec<(&str, policyc::i18n::Arg)> = ["what", "old", "new", "field", "version", "date", "words"]
        .into_iter()
        .map(|k| (k, policyc::i18n::Arg::from("x")))
        .collect();
    for lang in i18n::available() {
        let catalog = Catalog::load(lang).unwrap();
        for id in i18n::message_ids_in(lang, &|file| file == "diff") {
            assert!(!catalog.format(&id, &args).trim().is_empty(), "{lang}: {id}");
        }
        assert_eq!(catalog.take_errors(), Vec::<String>::new(), "{lang}");
    }
}
