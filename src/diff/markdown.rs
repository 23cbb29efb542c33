//! The changelog entry for the notice's "changes" section: one Markdown entry per published
//! language, a heading with the new version and date, and one plain sentence per material change.
//!
//! Every fixed word comes from the message catalog (`locales/<lang>/diff.ftl`); the author's words
//! come from the policy in the same language and are escaped, so a policy cannot inject markup.
//! A catalog that lacks a message fails the whole output rather than printing a placeholder.

mod values;

use super::{Change, Kind, Materiality, Report};
use crate::i18n::{Arg, Catalog};
use crate::model::{Policy, Text};
use std::fmt::Write as _;

/// The entries for `languages` (each must be published by the new policy), separated by a blank
/// line and each introduced by an HTML comment naming its language; or every catalog problem.
pub fn render(report: &Report, old: &Policy, new: &Policy, languages: &[String]) -> Result<String, Vec<String>> {
    let mut out = String::new();
    let mut errors = Vec::new();
    for lang in languages {
        if !new.languages.contains(lang) {
            errors.push(format!("the new policy is not published in `{lang}`"));
            continue;
        }
        let catalog = match Catalog::load(lang) {
            Ok(c) => c,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let entry = Entry {
            catalog: &catalog,
            lang,
            old,
            new,
        }
        .render(report);
        errors.extend(catalog.take_errors());
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&entry);
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

/// Backslash-escapes what Markdown (CommonMark) would read as markup, and keeps the text on one line.
pub fn escape(text: &str) -> String {
    escape_at(text, true)
}

/// [`escape`], for text that may (`line_start`) or cannot begin a line, where `1.` or `-` would
/// start a list.
fn escape_at(text: &str, line_start: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        // `1.` or `1)` at the start would begin an ordered list; `-`, `+`, `=` a list or heading.
        let list_marker = match c {
            '.' | ')' => line_start && !out.is_empty() && out.chars().all(|p| p.is_ascii_digit()),
            '-' | '=' => line_start && i == 0,
            _ => false,
        };
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '(' | ')' | '#' | '+' | '!' | '|' | '~'
            | '&' => {
                out.push('\\');
                out.push(c);
            }
            _ if list_marker => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// An author's sentence used inside one of ours: without its final full stop.
fn clause(text: &str) -> String {
    author(text.trim_end().trim_end_matches('.'))
}

/// An author's words, escaped, with links written in them (`[label](#rights)`) reduced to their
/// labels: a changelog entry is read outside the notice, where the anchors do not exist.
fn author(text: &str) -> String {
    escape(&crate::render::refs::plain(text))
}

fn code(id: &str) -> String {
    format!("`{}`", id.replace('`', "'"))
}

#[derive(Clone, Copy)]
struct Entry<'a> {
    catalog: &'a Catalog,
    lang: &'a str,
    old: &'a Policy,
    new: &'a Policy,
}

impl Entry<'_> {
    fn render(&self, report: &Report) -> String {
        let c = self.catalog;
        let (version, date) = &report.new_version;
        let heading = match (version, date) {
            (Some(v), Some(d)) => c.format(
                "diff-heading",
                &[("version", escape_at(v, false).into()), ("date", c.date(d).into())],
            ),
            (Some(v), None) => c.format("diff-heading-version", &[("version", escape_at(v, false).into())]),
            (None, Some(d)) => c.format("diff-heading-date", &[("date", c.date(d).into())]),
            (None, None) => c.text("diff-heading-plain"),
        };
        let mut out = format!("<!-- policyc diff: {} -->\n## {heading}\n\n", self.lang);
        let material: Vec<&Change> = report
            .changes
            .iter()
            .filter(|ch| ch.materiality == Materiality::Material)
            .collect();
        if material.is_empty() {
            let _ = writeln!(out, "- {}", c.text("diff-none"));
        }
        for change in material {
            let _ = writeln!(out, "- {}", self.sentence(change));
        }
        out
    }

    fn sentence(&self, change: &Change) -> String {
        // New places are named after the places the data went to before.
        let named_by = if change.kind == Kind::DestinationAdded {
            Entry {
                old: self.new,
                new: self.old,
                ..*self
            }
        } else {
            *self
        };
        let mut args: Vec<(&str, Arg)> = vec![
            ("what", named_by.what(change.decl, &change.id).into()),
            (
                "old",
                self.value(change, change.old.as_ref(), change.old.as_ref()).into(),
            ),
            (
                "new",
                self.value(change, change.new.as_ref(), change.old.as_ref()).into(),
            ),
        ];
        let uses_field = matches!(
            change.kind,
            Kind::ControllerChanged
                | Kind::ContactChanged
                | Kind::RepresentativeChanged
                | Kind::DpoChanged
                | Kind::JointControllerChanged
                | Kind::AutomatedDecisionChanged
                | Kind::CookieChanged
                | Kind::DetailChanged
        ) || (change.kind == Kind::MechanismChanged && change.field != Some("mechanism"));
        if let Some(field) = change.field.filter(|_| uses_field) {
            args.push(("field", self.catalog.text(&format!("diff-field-{field}")).into()));
        }
        let sentence = self.catalog.format(&message_id(change), &args);
        // A name ending with a full stop ("Example Inc.") ends the sentence with it.
        match sentence.strip_suffix("..") {
            Some(s) => format!("{s}."),
            None => sentence,
        }
    }

    /// What the change is about, in the reader's language.
    fn what(&self, decl: &str, id: &str) -> String {
        let c = self.catalog;
        match decl {
            "rights" | "cookies" | "changes" | "controller" | "policy" | "dpo" | "representative" => {
                Some(c.text(&format!("diff-what-{decl}")))
            }
            "transfer" => self.find(|p| {
                let t = p.transfers.iter().find(|x| x.id == id)?;
                (!t.destinations.is_empty()).then(|| {
                    t.destinations
                        .iter()
                        .map(|d| self.country(d))
                        .collect::<Vec<_>>()
                        .join(&c.text("diff-list-separator"))
                })
            }),
            "purpose" => self.find(|p| {
                p.purposes
                    .iter()
                    .find(|x| x.id == id)
                    .and_then(|x| self.text(x.description.as_ref()))
            }),
            "data" => self.find(|p| {
                let d = p.data.iter().find(|x| x.id == id)?;
                self.text(d.description.as_ref()).or_else(|| {
                    let items = d.items.as_ref()?;
                    let items = items.get(self.lang).or_else(|| items.values().next())?;
                    Some(
                        items
                            .iter()
                            .map(|s| author(s))
                            .collect::<Vec<_>>()
                            .join(&c.text("diff-list-separator")),
                    )
                })
            }),
            "recipient" => self.find(|p| {
                let r = p.recipients.iter().find(|x| x.id == id)?;
                r.name.as_deref().map(escape).or_else(|| self.text(r.category.as_ref()))
            }),
            "automated_decision" => self.find(|p| {
                p.automated_decisions
                    .iter()
                    .find(|x| x.id == id)
                    .and_then(|x| self.text(x.description.as_ref()))
            }),
            "statement" => self.find(|p| {
                p.statements
                    .iter()
                    .find(|x| x.id == id)
                    .and_then(|x| self.text(x.text.as_ref()))
            }),
            "joint_controller" => self.find(|p| {
                p.joint_controllers
                    .iter()
                    .find(|x| x.party.id == id)
                    .and_then(|x| x.party.name.as_deref().map(escape))
            }),
            "cookie" => self.find(|p| {
                p.cookies
                    .iter()
                    .find(|x| x.id == id)
                    .and_then(|x| x.name.as_deref().map(code))
            }),
            _ => None,
        }
        .unwrap_or_else(|| code(id))
    }

    /// The first answer from the new policy, else from the old one.
    fn find(&self, f: impl Fn(&Policy) -> Option<String>) -> Option<String> {
        f(self.new).or_else(|| f(self.old))
    }

    /// An author text in the reader's language (else the first one there is), escaped.
    fn text(&self, t: Option<&Text>) -> Option<String> {
        let t = t?;
        t.get(self.lang).or_else(|| t.values().next()).map(|s| clause(s))
    }
}

/// The catalog message for a change: one per kind, with a few variants by field.
fn message_id(change: &Change) -> String {
    let base = format!("diff-{}", change.kind.id().replace('_', "-"));
    let variant = match (change.kind, change.field) {
        (Kind::ControllerChanged, None) => Some("party"),
        (Kind::DetailChanged, Some("audience")) => Some(if change.old.is_none() {
            "audience-added"
        } else {
            "audience-removed"
        }),
        (Kind::BasisChanged, Some("bases")) => Some(if change.old.is_none() {
            "bases-added"
        } else {
            "bases-removed"
        }),
        (Kind::JointControllerChanged | Kind::AutomatedDecisionChanged, Some("purposes")) => Some("purposes"),
        (Kind::BasisChanged, Some("basis.implied")) => Some("basis-implied"),
        (Kind::RecipientChanged, Some("purposes")) => Some("purposes"),
        (Kind::RecipientChanged, Some("recipients")) => Some("recipients"),
        (Kind::MechanismChanged, Some(f)) if f != "mechanism" => Some("field"),
        _ => None,
    };
    match variant {
        Some(v) => format!("{base}-{v}"),
        None => base,
    }
}
