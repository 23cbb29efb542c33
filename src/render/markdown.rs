//! The Markdown output with a YAML front matter, for static-site generators (Hugo, Jekyll,
//! Docusaurus, Astro). Values are escaped by [`super::escape::Markdown`]; front-matter values are
//! quoted by [`super::escape::yaml`].

use super::doc::{Block, Inline};
use super::escape::yaml;
use super::view::View;
use askama::Template;

/// Front-matter values, already quoted for YAML.
struct Front {
    title: String,
    lang: String,
    version: Option<String>,
    effective: Option<String>,
    key: String,
}

#[derive(Template)]
#[template(path = "policy.md")]
struct Markdown<'a> {
    v: &'a View,
    front: Front,
}

/// The notice as Markdown.
pub fn render(v: &View) -> Result<String, askama::Error> {
    let front = Front {
        title: yaml(&v.title),
        lang: yaml(&v.lang),
        version: v.version.as_deref().map(yaml),
        effective: v.effective.as_deref().map(yaml),
        key: yaml(&v.key),
    };
    let mut s = Markdown { v, front }.render()?;
    if !s.ends_with('\n') {
        s.push('\n');
    }
    Ok(s)
}
