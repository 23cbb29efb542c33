//! The notice people read: HTML and Markdown of every example, pinned by snapshots, in each of
//! its languages that has a complete catalog; rendering records no catalog problem; the site has
//! the documented layout.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use common::examples;
use policyc::i18n::{self, Catalog};
use policyc::model::Policy;
use policyc::render::{self, Format, Options, html, markdown, site};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// An example's model; seeds have GDPR errors and are built as drafts, like `--allow-errors`.
fn policy(path: &Path) -> Policy {
    let c = policyc::compile_file(path, Some(&root())).unwrap();
    let mut p = c.policy.unwrap();
    p.draft = c
        .diagnostics
        .iter()
        .any(|d| d.severity == policyc::diagnostics::Severity::Error);
    p
}

/// The languages of a policy that can be rendered today.
fn renderable(p: &Policy) -> Vec<String> {
    let complete = i18n::complete();
    p.languages
        .iter()
        .filter(|l| complete.contains(&l.as_str()))
        .cloned()
        .collect()
}

#[test]
fn html_and_markdown_snapshots() {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::glob!("../examples", "{*.policy,seeds/*.policy}", |path| {
            let p = policy(path);
            let langs = renderable(&p);
            assert!(!langs.is_empty() || p.languages.iter().all(|l| l != "en"), "{}", path.display());
            let alternates: Vec<(String, String)> = langs
                .iter()
                .map(|l| (l.clone(), Catalog::load(l).unwrap().text("language-name")))
                .collect();
            for lang in &langs {
                let catalog = Catalog::load(lang).unwrap();
                let v = site::view(&catalog, &p, &alternates);
                insta::assert_snapshot!(format!("html_{lang}"), html::page(&v).unwrap());
                insta::assert_snapshot!(format!("md_{lang}"), markdown::render(&v).unwrap());
                assert_eq!(catalog.take_errors(), Vec::<String>::new(), "{} in {lang}", path.display());
            }
        });
    });
}

#[test]
fn rendering_every_example_records_no_catalog_error() {
    for path in examples() {
        let p = policy(&path);
        let langs = renderable(&p);
        let options = Options {
            langs: Some(langs.clone()),
            formats: vec![Format::Html, Format::Md, Format::Json],
            fragment: true,
        };
        if langs.is_empty() {
            continue;
        }
        // `render` fails on any catalog problem (RenderError::Catalog).
        let files = render::render(&p, &options).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(files.len() >= 2 + 3 * langs.len(), "{}", path.display());
    }
}

#[test]
fn the_site_has_the_documented_layout() {
    let p = policy(&root().join("examples/acme.policy"));
    let en = Options {
        langs: Some(vec!["en".into()]),
        formats: vec![Format::Html, Format::Md, Format::Json],
        fragment: true,
    };
    let files = render::render(&p, &en).unwrap();
    let paths: Vec<String> = files.iter().map(|f| f.path.display().to_string()).collect();
    assert_eq!(
        paths,
        [
            "policy.json",
            "en/index.html",
            "en/fragment.html",
            "en/policy.md",
            "index.html"
        ]
    );
    let only_md = Options {
        formats: vec![Format::Md],
        fragment: false,
        ..en.clone()
    };
    let files = render::render(&p, &only_md).unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].path, Path::new("en/policy.md"));
}

#[test]
fn a_language_that_cannot_be_built_is_an_error_only_when_asked_for() {
    let p = policy(&root().join("examples/acme.policy"));
    let err = site::languages(&p, Some(&["it".to_string()])).unwrap_err();
    assert!(err.to_string().contains("not published in `it`"), "{err}");
    let complete = i18n::complete();
    for l in &p.languages {
        let asked = site::languages(&p, Some(std::slice::from_ref(l)));
        if complete.contains(&l.as_str()) {
            assert_eq!(asked.unwrap(), std::slice::from_ref(l));
        } else {
            assert!(asked.unwrap_err().to_string().contains("no complete message catalog"));
        }
    }
    // Not asked for: the languages with a complete catalog, and the others are named.
    let all = site::languages(&p, None).unwrap();
    let skipped = site::skipped(&p);
    assert_eq!(all.len() + skipped.len(), p.languages.len());
    assert!(all.iter().all(|l| complete.contains(&l.as_str())));
}

fn page(p: &Policy, lang: &str) -> String {
    let catalog = Catalog::load(lang).unwrap();
    let v = site::view(&catalog, p, &[(lang.to_string(), catalog.text("language-name"))]);
    html::page(&v).unwrap()
}

#[test]
fn the_page_meets_the_structural_accessibility_requirements() {
    let p = policy(&root().join("examples/acme.policy"));
    let html = page(&p, "en");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert_eq!(html.matches("<h1").count(), 1);
    for landmark in [
        "<main",
        "<nav class=\"toc\"",
        "<footer",
        "class=\"skip-link\" href=\"#notice\"",
    ] {
        assert!(html.contains(landmark), "{landmark}");
    }
    assert!(html.contains("hreflang=\"x-default\""));
    assert!(html.contains("@media print"));
    assert!(!html.contains("<script"), "no JavaScript");
    assert!(!html.contains("src=\"http"), "no external requests");
    // Every table has a caption and header cells with a scope.
    assert_eq!(html.matches("<table>").count(), html.matches("<caption>").count());
    assert!(html.contains("<th scope=\"col\">") && html.contains("<th scope=\"row\""));
    // Headings never skip a level: h1, then h2, then h3.
    let mut last = 1;
    for (i, _) in html.match_indices("<h") {
        let level = html[i + 2..].chars().next().unwrap();
        if let Some(level) = level.to_digit(10) {
            assert!(level <= last + 1, "h{level} after h{last}");
            last = level;
        }
    }
    // Every in-page link points at an element of the page.
    for (i, _) in html.match_indices("href=\"#") {
        let rest = &html[i + 7..];
        let id = &rest[..rest.find('"').unwrap()];
        assert!(html.contains(&format!("id=\"{id}\"")), "#{id} has no target");
    }
}

#[test]
fn anchors_come_from_declaration_ids() {
    let p = policy(&root().join("examples/acme.policy"));
    let html = page(&p, "en");
    for id in [
        "purpose-newsletter",
        "data-account_data",
        "recipient-mailer",
        "transfer-to_us",
        "object",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
    }
}

#[test]
fn a_draft_shows_a_banner() {
    let mut p = policy(&root().join("examples/acme.policy"));
    let catalog = Catalog::load("en").unwrap();
    assert!(!page(&p, "en").contains(&catalog.text("draft-banner-title")));
    p.draft = true;
    assert!(page(&p, "en").contains(&catalog.text("draft-banner-title")));
    let v = site::view(&catalog, &p, &[]);
    let md = markdown::render(&v).unwrap();
    assert!(md.contains("\ndraft: true\n"));
}

/// Every example's views, one per renderable language.
fn every_view() -> Vec<(String, policyc::render::view::View)> {
    let mut out = Vec::new();
    for path in examples() {
        let p = policy(&path);
        for lang in renderable(&p) {
            let catalog = Catalog::load(&lang).unwrap();
            out.push((format!("{} ({lang})", path.display()), site::view(&catalog, &p, &[])));
        }
    }
    out
}

#[test]
fn every_anchor_is_a_fixed_part_or_a_declaration() {
    use policyc::render::view::{DECLARATION_ANCHORS, FIXED_ANCHORS};
    for (name, v) in every_view() {
        for a in render::refs::anchors(&v) {
            let declaration = DECLARATION_ANCHORS
                .iter()
                .any(|k| a.strip_prefix(k).is_some_and(|rest| rest.starts_with('-')));
            assert!(
                FIXED_ANCHORS.contains(&a.as_str()) || declaration,
                "{name}: anchor `{a}` is missing from FIXED_ANCHORS (the checker's LINT-TOC needs it)"
            );
        }
    }
}

#[test]
fn every_link_in_the_markdown_has_a_target() {
    for (name, v) in every_view() {
        let md = markdown::render(&v).unwrap();
        for (i, _) in md.match_indices("](<#") {
            let rest = &md[i + 4..];
            let id = &rest[..rest.find('>').unwrap()];
            assert!(
                md.contains(&format!("<a id=\"{id}\"></a>")),
                "{name}: #{id} has no target"
            );
        }
    }
}

#[test]
fn links_written_in_author_texts_become_links_only_to_parts_that_exist() {
    let mut p = policy(&root().join("examples/acme.policy"));
    let intro = p.intro.as_mut().unwrap();
    intro.insert(
        "en".into(),
        "Read [your rights](#rights), [the newsletter](#purpose-newsletter), [our blog](https://acme.example/blog), [nothing](#purpose-nope) and [a script](javascript:alert(1)) [sic]."
            .into(),
    );
    let html = page(&p, "en");
    assert!(html.contains(r##"<a href="#rights">your rights</a>"##));
    assert!(html.contains(r##"<a href="#purpose-newsletter">the newsletter</a>"##));
    assert!(html.contains(r#"<a href="https://acme.example/blog">our blog</a>"#));
    assert!(
        html.contains(" nothing and [a script](javascript:alert(1)) [sic]."),
        "{html}"
    );
    let catalog = Catalog::load("en").unwrap();
    let md = markdown::render(&site::view(&catalog, &p, &[])).unwrap();
    assert!(md.contains("[your rights](<#rights>)"), "{md}");
    assert!(md.contains(r"\[a script\](javascript:alert(1)) \[sic\]."), "{md}");
}
