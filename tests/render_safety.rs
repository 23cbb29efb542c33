//! Author text is inert in every output: HTML, Markdown and its YAML front matter.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use policyc::i18n::Catalog;
use policyc::model::Policy;
use policyc::render::escape::{markdown as md_escape, yaml};
use policyc::render::{html, markdown, site};

const SCRIPT: &str = "<script>alert(1)</script>";
/// Written with the policy language's `\"` escape: the author's text is `"><img …>`.
const IMG: &str = "\\\"><img src=x onerror=alert(1)>";

/// A policy whose author texts try to break out of every format.
fn hostile() -> Policy {
    let src = format!(
        r##"
policy hostile {{
  title     "Notice ---\ntitle: pwned\n--- {SCRIPT}"
  version   "1\" injected: true"
  effective 2026-01-01
  languages [en]
  url       "javascript:alert(1)"
  intro     "# Not a heading [click](javascript:alert(1)) <b>bold</b> *star* _under_ | pipe {{{{ liquid }}}} $math$"
}}

controller evil {{
  name    "{IMG}"
  address "1. Not a list\n- not an item"
  country DE
  email   "privacy@example.com"
  url     "javascript:alert(document.cookie)"
  contact_form "data:text/html,<script>alert(1)</script>"
}}

data d : contact {{
  description "{SCRIPT}"
  items ["<img src=x onerror=alert(1)>", "---", "| a | b |"]
  source data_subject
}}

purpose p : marketing {{
  description "[x](javascript:alert(1)) ![i](http://e.example/i.png)"
  data  [d]
  basis legitimate_interests {{
    interest "<iframe src=javascript:alert(1)>"
  }}
  retention 1 year after collection
}}

recipient r : processor {{
  name "`code` ~~strike~~ &amp; <!-- comment -->"
  location DE
  data [d]
  purposes [p]
  url "javascript:alert(1)"
}}

rights {{
  email "privacy@example.com"
  authority DE
}}
"##
    );
    let c = policyc::compile_source("hostile.policy", &src);
    let draft = c.has_errors();
    let diagnostics = c.render_diagnostics();
    let mut p = c.policy.unwrap_or_else(|| panic!("{diagnostics}"));
    p.draft = draft;
    // The language already rejects addresses that are not http(s) (E0306); the renderer must not
    // rely on it, so the model is given such addresses directly.
    assert!(diagnostics.contains("E0306"), "{diagnostics}");
    p.url = Some("javascript:alert(1)".into());
    let controller = p.controller.as_mut().unwrap();
    controller.url = Some("javascript:alert(document.cookie)".into());
    controller.contact_form = Some("data:text/html,<script>alert(1)</script>".into());
    p.recipients[0].url = Some("javascript:alert(2)".into());
    p.rights.as_mut().unwrap().form = Some("JavaScript:alert(3)".into());
    p
}

/// Whether `needle` occurs in `text` without a backslash before it.
fn unescaped(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(i, _)| !text[..i].ends_with('\\'))
}

fn view() -> policyc::render::view::View {
    let catalog = Catalog::load("en").unwrap();
    let p = hostile();
    site::view(&catalog, &p, &[("en".into(), "English".into())])
}

#[test]
fn the_hostile_policy_keeps_its_texts() {
    let p = hostile();
    assert!(p.title.as_ref().unwrap()["en"].contains("<script>"));
    assert!(
        p.controller
            .as_ref()
            .unwrap()
            .name
            .as_ref()
            .unwrap()
            .contains("onerror")
    );
    assert!(p.url.as_deref() == Some("javascript:alert(1)"));
}

#[test]
fn html_escapes_author_text() {
    let v = view();
    for page in [html::page(&v).unwrap(), html::fragment(&v).unwrap()] {
        assert!(!page.contains("<script>"), "{page}");
        assert!(!page.contains("<img"), "{page}");
        assert!(!page.contains("<iframe"), "{page}");
        assert!(!page.contains("<!-- comment"), "{page}");
        assert!(!page.contains("<b>bold"), "{page}");
        assert!(
            page.contains("&#60;script&#62;") || page.contains("&lt;script&gt;"),
            "{page}"
        );
    }
}

#[test]
fn javascript_and_data_urls_are_never_links() {
    let v = view();
    let page = html::page(&v).unwrap();
    let md = markdown::render(&v).unwrap();
    for out in [&page, &md] {
        assert!(!out.contains("href=\"javascript"), "{out}");
        assert!(!out.contains("href=\"data:"), "{out}");
        assert!(!out.contains("(<javascript"), "{out}");
        assert!(!out.contains("(<data:"), "{out}");
        assert!(!out.contains("(<JavaScript"), "{out}");
        assert!(!out.contains("href=\"JavaScript"), "{out}");
    }
    // The addresses are still shown, as text.
    assert!(page.contains("javascript:alert(document.cookie)"));
    // Safe addresses stay links.
    assert!(page.contains("href=\"mailto:privacy@example.com\""));
}

#[test]
fn markdown_escapes_control_characters() {
    let v = view();
    let md = markdown::render(&v).unwrap();
    let body = md.splitn(3, "---\n").nth(2).unwrap();
    for needle in [
        "<script", "<img", "<iframe", "<b>", "<!--", "[click]", "[x]", "![i]", "*star*", "_under_", "`code`",
        "~~strike", "&amp;", "{{", "$math",
    ] {
        assert!(!unescaped(body, needle), "unescaped `{needle}` in:\n{body}");
    }
    assert!(body.contains("\\<script\\>"), "{body}");
    assert!(body.contains("\\[click\\](javascript:alert(1))"), "{body}");
    assert!(body.contains("\\{\\{ liquid \\}\\}"), "{body}");
    // A value never starts a block: heading, list, thematic break, table row.
    assert!(
        !body.contains("\n# Not a heading") && body.contains("\\# Not a heading"),
        "{body}"
    );
    assert!(
        !body.lines().any(|l| l.trim() == "---" || l.starts_with("1. Not")),
        "{body}"
    );
    assert!(body.contains("1\\. Not a list - not an item"), "{body}");
    assert!(body.contains("\\| a \\| b \\|"), "{body}");
}

#[test]
fn front_matter_cannot_be_broken() {
    let v = view();
    let md = markdown::render(&v).unwrap();
    let mut parts = md.splitn(3, "---\n");
    assert_eq!(parts.next(), Some(""));
    let front = parts.next().unwrap();
    let lines: Vec<&str> = front.lines().collect();
    // Exactly the documented keys, one per line, each value a quoted scalar.
    let keys: Vec<&str> = lines.iter().map(|l| l.split(':').next().unwrap()).collect();
    assert_eq!(
        keys,
        [
            "title",
            "lang",
            "version",
            "date",
            "effective",
            "translationKey",
            "draft"
        ],
        "{front}"
    );
    assert!(
        lines[0].starts_with("title: \"Notice ---\\u000Atitle: pwned\\u000A--- <script>"),
        "{front}"
    );
    assert_eq!(lines[2], "version: \"1\\\" injected: true\"");
    assert!(!front.contains("\ninjected"));
}

#[test]
fn the_escapers_on_their_own() {
    assert_eq!(md_escape("a*b"), "a\\*b");
    assert_eq!(md_escape("- item"), "\\- item");
    assert_eq!(md_escape("12. x"), "12\\. x");
    assert_eq!(md_escape("line\nbreak"), "line break");
    assert_eq!(md_escape("<a href=x>"), "\\<a href=x\\>");
    assert_eq!(
        md_escape("plain text, with: punctuation."),
        "plain text, with: punctuation."
    );
    assert_eq!(yaml("a\"b\\c"), "\"a\\\"b\\\\c\"");
    assert_eq!(yaml("x\ny"), "\"x\\u000Ay\"");
    assert_eq!(yaml("---"), "\"---\"");
}
