//! The translator of one page: catalog messages and the author's texts in the page's language.

use crate::i18n::{Arg, Catalog};
use crate::model::{Duration, Policy, Text, TextList};

/// Messages and author texts for one language of one policy.
#[derive(Debug)]
pub struct Tr<'a> {
    /// The catalog of the page's language.
    pub catalog: &'a Catalog,
    /// The policy's languages, the first being the default (for drafts that lack a text).
    pub fallback: Vec<String>,
}

impl<'a> Tr<'a> {
    /// A translator for `policy` in the catalog's language.
    pub fn new(catalog: &'a Catalog, policy: &Policy) -> Self {
        Tr {
            catalog,
            fallback: policy.languages.clone(),
        }
    }

    /// The page's language.
    pub fn lang(&self) -> &str {
        self.catalog.lang()
    }

    /// A message.
    pub fn t(&self, id: &str) -> String {
        self.catalog.text(id)
    }

    /// A message with arguments.
    pub fn f(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.catalog.format(id, args)
    }

    /// An attribute of a message.
    pub fn attr(&self, id: &str, attribute: &str) -> String {
        self.catalog.attribute(id, attribute, &[])
    }

    /// The name of a vocabulary term: `vocab-<family>-<id>`.
    pub fn term(&self, family: &str, id: &str) -> String {
        self.t(&format!("vocab-{family}-{id}"))
    }

    /// A vocabulary term with its legal citation: "Consent (Art. 6(1)(a) GDPR)".
    pub fn term_cited(&self, family: &str, id: &str) -> String {
        let message = format!("vocab-{family}-{id}");
        self.f(
            "term-with-article",
            &[
                ("name", Arg::from(self.t(&message))),
                ("article", Arg::from(self.attr(&message, "article"))),
            ],
        )
    }

    /// A country name.
    pub fn country(&self, code: &str) -> String {
        self.t(&format!("country-{code}"))
    }

    /// A duration in words.
    pub fn duration(&self, d: &Duration) -> String {
        self.catalog.duration(d)
    }

    /// A long date.
    pub fn date(&self, iso: &str) -> String {
        self.catalog.date(iso)
    }

    /// The author's text in the page's language; for a draft that lacks it, the text of the
    /// policy's first language that has one.
    pub fn text(&self, text: &Text) -> String {
        std::iter::once(self.lang())
            .chain(self.fallback.iter().map(String::as_str))
            .find_map(|l| text.get(l))
            .or_else(|| text.values().next())
            .cloned()
            .unwrap_or_default()
    }

    /// An optional author text.
    pub fn opt(&self, text: Option<&Text>) -> Option<String> {
        text.map(|t| self.text(t)).filter(|s| !s.trim().is_empty())
    }

    /// The author's list in the page's language (same fallback as [`Tr::text`]).
    pub fn list(&self, list: &TextList) -> Vec<String> {
        std::iter::once(self.lang())
            .chain(self.fallback.iter().map(String::as_str))
            .find_map(|l| list.get(l))
            .or_else(|| list.values().next())
            .cloned()
            .unwrap_or_default()
    }
}
