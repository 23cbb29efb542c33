//! The view of one language of a notice: every string localized, every section in the order of
//! Art. 13/14, computed from [`Policy`]. Templates only lay it out.

mod data;
mod marketing;
mod names;
mod other;
mod parties;
mod purposes;
pub mod retention;
pub mod rights;
mod sharing;
mod summary;

use super::doc::{Line, Section, text};
use super::tr::Tr;
use crate::i18n::Arg;
use crate::model::Policy;

/// A link to the same notice in another language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternate {
    /// The language tag.
    pub lang: String,
    /// The language's name in itself.
    pub name: String,
    /// The page's address relative to the current page.
    pub href: String,
    /// Whether this is the current page.
    pub current: bool,
}

/// An entry of the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocEntry {
    /// The anchor.
    pub id: String,
    /// The heading.
    pub heading: String,
    /// The subsections.
    pub children: Vec<TocEntry>,
}

/// The fixed texts around the notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// "Skip to the notice".
    pub skip_link: String,
    /// "Contents".
    pub toc_heading: String,
    /// Label of the language switcher.
    pub languages_label: String,
    /// Draft banner title and text.
    pub draft_title: String,
    /// Draft banner text.
    pub draft_text: String,
    /// Link text to `policy.json`.
    pub machine_readable: String,
    /// "Published at …", when the policy has an address.
    pub published_at: Option<String>,
}

/// One language of a notice, ready for the templates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    /// The language tag.
    pub lang: String,
    /// The title.
    pub title: String,
    /// Whether the notice is a draft.
    pub draft: bool,
    /// Version and effective date lines.
    pub meta: Vec<String>,
    /// The author's introduction (it may link to parts of the notice).
    pub intro: Option<Line>,
    /// The sections, in order.
    pub sections: Vec<Section>,
    /// The table of contents.
    pub toc: Vec<TocEntry>,
    /// The notice in every language, this one included.
    pub alternates: Vec<Alternate>,
    /// Fixed texts of the page.
    pub frame: Frame,
    /// The policy's id (the translation key of the Markdown front matter).
    pub key: String,
    /// The version label.
    pub version: Option<String>,
    /// The effective date (ISO 8601).
    pub effective: Option<String>,
    /// The canonical address of the notice.
    pub url: Option<String>,
}

/// The anchors of the parts of a notice that do not stand for a declaration: sections, in page
/// order, and fixed subsections. A notice has only those it has content for.
pub const FIXED_ANCHORS: [&str; 22] = [
    "children",
    "summary",
    "about",
    "controller",
    "joint-controllers",
    "dpo",
    "purposes",
    "data",
    "recipients",
    "transfers",
    "retention",
    "rights",
    "exercise-rights",
    "object",
    "withdraw-consent",
    "complaint",
    "automated-decisions",
    "cookies",
    "security",
    "statements",
    "changes",
    "history",
];

/// The kinds of declaration with an anchor of their own, `<kind>-<id>` (see [`anchor`]).
pub const DECLARATION_ANCHORS: [&str; 8] = [
    "purpose",
    "data",
    "recipient",
    "transfer",
    "decision",
    "cookie",
    "revision",
    "representative",
];

/// An anchor for a declaration: `<kind>-<id>`, stable across versions and languages.
pub fn anchor(kind: &str, id: &str) -> String {
    let id: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{kind}-{id}")
}

/// The notice's title in the page's language, or the catalog's default title.
pub fn title(tr: &Tr, policy: &Policy) -> String {
    tr.opt(policy.title.as_ref())
        .unwrap_or_else(|| tr.t("notice-title-default"))
}

/// Computes the view of `policy` in the language of `tr`; `alternates` are the languages the site
/// is built in, each with its name in itself.
pub fn build(tr: &Tr, policy: &Policy, alternates: &[(String, String)]) -> View {
    let mut sections: Vec<Section> = summary::children(tr, policy).into_iter().collect();
    sections.push(summary::section(tr, policy));
    sections.extend(other::about(tr, policy));
    sections.push(parties::controller(tr, policy));
    sections.extend(parties::dpo(tr, policy));
    sections.push(purposes::section(tr, policy));
    sections.push(data::section(tr, policy));
    sections.push(sharing::recipients(tr, policy));
    sections.push(sharing::transfers(tr, policy));
    sections.push(purposes::retention_section(tr, policy));
    sections.push(rights::section(tr, policy));
    sections.extend(other::automated(tr, policy));
    sections.extend(other::cookies(tr, policy));
    sections.extend(other::security(tr, policy));
    sections.extend(other::statements(tr, policy));
    sections.extend(other::changes(tr, policy));
    let toc = sections
        .iter()
        .map(|s| TocEntry {
            id: s.id.clone(),
            heading: s.heading.clone(),
            children: s
                .subs
                .iter()
                .map(|sub| TocEntry {
                    id: sub.id.clone(),
                    heading: sub.heading.clone(),
                    children: Vec::new(),
                })
                .collect(),
        })
        .collect();
    let mut meta = Vec::new();
    if let Some(v) = &policy.version {
        meta.push(tr.f("meta-version", &[("version", Arg::from(v))]));
    }
    if let Some(d) = &policy.effective {
        meta.push(tr.f("meta-effective", &[("date", Arg::from(tr.date(d)))]));
    }
    let lang = tr.lang().to_string();
    let mut view = View {
        lang: lang.clone(),
        title: title(tr, policy),
        draft: policy.draft,
        meta,
        intro: tr.opt(policy.intro.as_ref()).map(text),
        sections,
        toc,
        alternates: alternates
            .iter()
            .map(|(l, name)| Alternate {
                lang: l.clone(),
                name: name.clone(),
                href: format!("../{l}/index.html"),
                current: *l == lang,
            })
            .collect(),
        frame: Frame {
            skip_link: tr.t("skip-link"),
            toc_heading: tr.t("toc-heading"),
            languages_label: tr.t("languages-nav-label"),
            draft_title: tr.t("draft-banner-title"),
            draft_text: tr.t("draft-banner-text"),
            machine_readable: tr.t("footer-machine-readable"),
            published_at: policy
                .url
                .as_ref()
                .map(|u| tr.f("footer-published-at", &[("url", Arg::from(u))])),
        },
        key: policy.id.clone(),
        version: policy.version.clone(),
        effective: policy.effective.clone(),
        url: policy.url.clone(),
    };
    super::refs::link(&mut view);
    view
}

/// Every anchor the notice of `policy` has, in any language (anchors come from ids, not words).
pub fn anchors(policy: &Policy) -> std::collections::BTreeSet<String> {
    let lang = policy.languages.first().map_or("en", String::as_str);
    let catalog = crate::i18n::Catalog::load(lang).or_else(|_| crate::i18n::Catalog::load("en"));
    match catalog {
        Ok(c) => super::refs::anchors(&build(&Tr::new(&c, policy), policy, &[])),
        Err(_) => std::collections::BTreeSet::new(),
    }
}
