//! Message catalogs: every fixed sentence of every human output, per language.
//!
//! Sentences live in Project Fluent files, `locales/<lang>/*.ftl`, embedded at build time. Fluent
//! interpolates and selects variants; plural categories, numbers and dates come from ICU4X
//! ([`icu`]), because Fluent's own plural rules are wrong for Romanian, Lithuanian and Latvian.
//! Translators select plural forms with the `PLURAL` function:
//!
//! ```ftl
//! duration-days = { PLURAL($n) ->
//!     [one] { $n } day
//!    *[other] { $n } days
//! }
//! ```
//!
//! Numbers given to a message are formatted for the language (`1.234` in German); dates are
//! formatted by [`Catalog::date`] and passed as text.
//!
//! A formatting problem (a missing message, a missing argument) never panics and never disappears:
//! the text shows `{id}` and the problem is recorded, so that the renderer can refuse to publish
//! ([`Catalog::take_errors`]), and the completeness tests find it first.

mod icu;

use crate::model::{Duration, Unit};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::Mutex;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// An argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, inserted as it is (escaping is the output format's job).
    Text(String),
    /// A number: formatted for the language, and usable by `PLURAL`.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Number(f64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        // Counts in a notice are small; precision above 2^53 does not matter here.
        #[allow(clippy::cast_precision_loss)]
        Arg::Number(n as f64)
    }
}

/// The message catalog of one language.
pub struct Catalog {
    lang: String,
    bundle: FluentBundle<FluentResource>,
    dates: icu::Dates,
    errors: Mutex<Vec<String>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

/// Every language that has a catalog, complete or not, sorted.
pub fn available() -> Vec<&'static str> {
    LOCALES.iter().map(|(lang, _)| *lang).collect()
}

/// The `.ftl` files of a language: (file stem, contents).
pub fn sources(lang: &str) -> Option<&'static [(&'static str, &'static str)]> {
    LOCALES.iter().find(|(l, _)| *l == lang).map(|(_, files)| *files)
}

/// The message ids of a catalog, sorted (terms, which start with `-`, excluded).
pub fn message_ids(lang: &str) -> Vec<String> {
    message_ids_in(lang, &|_| true)
}

/// The message ids of the files of a catalog that `part` selects (by file stem), sorted.
pub fn message_ids_in(lang: &str, part: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut ids: Vec<String> = sources(lang)
        .into_iter()
        .flatten()
        .filter(|(name, _)| part(name))
        .flat_map(|(_, text)| {
            let resource = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
            resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// The languages whose catalog has every message of the English one, sorted: those that can
/// publish the notice and write the changelog of `policyc diff`.
pub fn complete() -> Vec<&'static str> {
    let reference = message_ids("en");
    available()
        .into_iter()
        .filter(|lang| {
            let ids = message_ids(lang);
            reference.iter().all(|id| ids.binary_search(id).is_ok())
        })
        .collect()
}

impl Catalog {
    /// Loads the catalog of `lang` (a BCP 47 tag with a directory under `locales/`).
    pub fn load(lang: &str) -> Result<Catalog, String> {
        let files = sources(lang).ok_or_else(|| format!("no message catalog for language `{lang}`"))?;
        let langid: unic_langid::LanguageIdentifier = lang
            .parse()
            .map_err(|e| format!("`{lang}` is not a language tag: {e}"))?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(icu::format_number));
        let plurals = icu::Plurals::new(lang)?;
        bundle
            .add_function("PLURAL", move |positional, _named| match positional.first() {
                Some(FluentValue::Number(n)) => FluentValue::from(plurals.category(n.value)),
                _ => FluentValue::Error,
            })
            .map_err(|e| format!("{lang}: {e:?}"))?;
        for (name, text) in files {
            let resource = FluentResource::try_new((*text).to_string())
                .map_err(|(_, errors)| format!("locales/{lang}/{name}.ftl: {errors:?}"))?;
            bundle
                .add_resource(resource)
                .map_err(|errors| format!("locales/{lang}/{name}.ftl: {errors:?}"))?;
        }
        Ok(Catalog {
            lang: lang.to_string(),
            bundle,
            dates: icu::Dates::new(lang)?,
            errors: Mutex::new(Vec::new()),
        })
    }

    /// The language tag.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether the catalog has a message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// A message with arguments.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.pattern(id, None, args)
    }

    /// An attribute of a message (`id.attr` in Fluent syntax).
    pub fn attribute(&self, id: &str, attribute: &str, args: &[(&str, Arg)]) -> String {
        self.pattern(id, Some(attribute), args)
    }

    fn pattern(&self, id: &str, attribute: Option<&str>, args: &[(&str, Arg)]) -> String {
        let name = match attribute {
            Some(a) => format!("{id}.{a}"),
            None => id.to_string(),
        };
        let message = self.bundle.get_message(id);
        let pattern = match (message, attribute) {
            (Some(m), None) => m.value(),
            (Some(m), Some(a)) => m.get_attribute(a).map(|a| a.value()),
            (None, _) => None,
        };
        let Some(pattern) = pattern else {
            self.record(format!("{}: no message `{name}`", self.lang));
            return format!("{{{name}}}");
        };
        let mut fluent_args = FluentArgs::new();
        for (key, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*key, FluentValue::from(s.as_str())),
                Arg::Number(n) => fluent_args.set(*key, FluentValue::from(*n)),
            }
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        for e in errors {
            self.record(format!("{}: `{name}`: {e}", self.lang));
        }
        text.into_owned()
    }

    fn record(&self, error: String) {
        if let Ok(mut errors) = self.errors.lock() {
            errors.push(error);
        }
    }

    /// Takes the formatting problems recorded so far.
    pub fn take_errors(&self) -> Vec<String> {
        self.errors
            .lock()
            .map(|mut e| std::mem::take(&mut *e))
            .unwrap_or_default()
    }

    /// A number formatted for the language.
    pub fn number(&self, n: f64) -> String {
        icu::format_decimal(&self.lang, n)
    }

    /// An ISO date (`2025-09-05`) as a long date of the language (`5 settembre 2025`); text that is
    /// not a valid date is returned as it is and recorded as a problem.
    pub fn date(&self, iso: &str) -> String {
        match self.dates.long(iso) {
            Some(s) => s,
            None => {
                self.record(format!("{}: `{iso}` is not a date", self.lang));
                iso.to_string()
            }
        }
    }

    /// A duration in words (`1 year`, `6 mesi`), from the messages `duration-hours` …
    /// `duration-years`.
    pub fn duration(&self, d: &Duration) -> String {
        let id = match d.unit {
            Unit::Hours => "duration-hours",
            Unit::Days => "duration-days",
            Unit::Weeks => "duration-weeks",
            Unit::Months => "duration-months",
            Unit::Years => "duration-years",
        };
        self.format(id, &[("n", Arg::from(d.amount))])
    }
}
