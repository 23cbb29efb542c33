//! The notice people read: HTML pages, Markdown and the site around them.
//!
//! [`view`] computes, for one language, everything the notice says — the at-a-glance summary,
//! then the sections in the order of Art. 13/14, the rights derived from the legal bases — as a
//! small document ([`doc`]) of localized strings: catalog messages ([`crate::i18n`]) and the
//! author's texts. The askama templates in `templates/` lay that document out as HTML
//! ([`html`]) or Markdown ([`markdown`]); both escape every value ([`escape`]). [`site`] decides
//! which files a build writes.

pub mod doc;
pub mod escape;
pub mod html;
pub mod links;
pub mod markdown;
pub mod refs;
pub mod site;
pub mod tr;
pub mod view;

/// An output format of `policyc build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One HTML page per language and the language chooser.
    Html,
    /// One Markdown file per language.
    Md,
    /// `policy.json`.
    Json,
}

/// What to build.
#[derive(Debug, Clone)]
pub struct Options {
    /// The languages, or `None` for every language of the policy.
    pub langs: Option<Vec<String>>,
    /// The formats.
    pub formats: Vec<Format>,
    /// Also write `<lang>/fragment.html` (the notice without `<html>`/`<head>`).
    pub fragment: bool,
}

/// Why a site could not be rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RenderError {
    /// A language was asked for that cannot be built (not published, or no complete catalog).
    Language(String),
    /// A catalog message was missing or could not be formatted: nothing is published.
    Catalog(Vec<String>),
    /// A template or catalog failed to load or render: a bug of ours.
    Internal(String),
}

impl RenderError {
    fn template(e: askama::Error) -> Self {
        RenderError::Internal(format!("template: {e}"))
    }
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::Language(m) => write!(f, "{m}"),
            RenderError::Catalog(errors) => write!(f, "message catalog problems: {}", errors.join("; ")),
            RenderError::Internal(m) => write!(f, "internal error: {m}"),
        }
    }
}

impl std::error::Error for RenderError {}

/// Every output file of a build of `policy`.
pub fn render(policy: &crate::model::Policy, options: &Options) -> Result<Vec<crate::output::OutputFile>, RenderError> {
    site::files(policy, options)
}
