//! The HTML outputs: the notice body (also the `--fragment`), the whole page and the language
//! chooser. Askama escapes every value for HTML.

use super::doc::{Block, Inline};
use super::view::View;
use askama::Template;

/// The stylesheet inlined into every page (no external requests).
pub const CSS: &str = include_str!("../../templates/style.css");

#[derive(Template)]
#[template(path = "notice.html")]
struct Notice<'a> {
    v: &'a View,
}

#[derive(Template)]
#[template(path = "page.html")]
struct Page<'a> {
    v: &'a View,
    body: &'a str,
    css: &'a str,
}

/// One language in the chooser.
#[derive(Debug, Clone)]
pub struct Choice {
    /// The language tag.
    pub lang: String,
    /// The language's name in itself.
    pub name: String,
    /// The notice's title in that language.
    pub title: String,
    /// The page's address relative to the chooser.
    pub href: String,
}

#[derive(Template)]
#[template(path = "index.html")]
struct Chooser<'a> {
    lang: &'a str,
    title: &'a str,
    heading: &'a str,
    intro: &'a str,
    choices: &'a [Choice],
    css: &'a str,
}

/// The notice as an HTML fragment (an `<article>`), for embedding.
pub fn fragment(v: &View) -> Result<String, askama::Error> {
    let mut s = Notice { v }.render()?;
    s.push('\n');
    Ok(s)
}

/// The notice as a self-contained page.
pub fn page(v: &View) -> Result<String, askama::Error> {
    let body = Notice { v }.render()?;
    let mut s = Page {
        v,
        body: &body,
        css: CSS,
    }
    .render()?;
    s.push('\n');
    Ok(s)
}

/// The language chooser: `lang` is the default language, whose texts frame the page.
pub fn chooser(
    lang: &str,
    title: &str,
    heading: &str,
    intro: &str,
    choices: &[Choice],
) -> Result<String, askama::Error> {
    let mut s = Chooser {
        lang,
        title,
        heading,
        intro,
        choices,
        css: CSS,
    }
    .render()?;
    s.push('\n');
    Ok(s)
}
