//! The old and new values of a change in the reader's words: countries and languages by their
//! names, vocabulary terms and storage periods in the notice's own words (quoted, as the page
//! writes them), legal bases and rights by their official names. Only what has no name in the
//! catalogs (an author's id, a kind of statement) stays as code.

use super::{Entry, author, code, escape};
use crate::diff::{Change, Kind, Value};
use crate::i18n::Catalog;
use crate::model::{Lifetime, Retention};
use crate::render::view::retention;

/// How the ids of a field are named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Name {
    /// A legal basis, in the lower-case form of `diff-basis-*`.
    Basis,
    /// A right, in the lower-case form of `diff-right-*`.
    Right,
    /// A declaration of the policy, by its label (`purpose`, `data`, `recipient`).
    Decl(&'static str),
    /// An ISO country code, by the country's name.
    Country,
    /// A language tag, by the language's name in itself.
    Language,
    /// A vocabulary term of a family (`vocab-<family>-<id>`), quoted.
    Term(&'static str),
    /// First or third party, in the words of the cookie table.
    Party,
    /// A changelog message `<prefix>-<id>` (such as `diff-parental-consent-national`).
    Message(&'static str),
    /// No name: shown as code.
    Code,
}

/// How the ids or literals of a change are named, by its declaration, field and kind.
fn name(change: &Change) -> Name {
    match (change.decl, change.field, change.kind) {
        (_, _, Kind::Renamed) => Name::Code,
        (_, Some("basis" | "bases"), _) => Name::Basis,
        (_, Some("listed"), _) => Name::Right,
        (_, Some("data"), _) => Name::Decl("data"),
        (_, Some("purposes"), _) => Name::Decl("purpose"),
        (_, Some("recipients"), _) => Name::Decl("recipient"),
        (_, Some("location" | "to" | "countries" | "authority" | "country"), _) => Name::Country,
        (_, None, Kind::TransferAdded | Kind::TransferRemoved) => Name::Country,
        (_, Some("languages"), _) => Name::Language,
        (_, Some("parental_consent_until"), _) => Name::Message("diff-parental-consent"),
        (_, Some("audience"), _) => Name::Term("audience"),
        (_, Some("mechanism"), _) => Name::Term("mechanism"),
        (_, Some("role"), _) => Name::Term("role"),
        (_, Some("condition"), _) => Name::Term("condition"),
        (_, Some("source"), _) => Name::Term("source"),
        (_, Some("required"), _) => Name::Term("requirement"),
        ("cookie", Some("category"), _) => Name::Term("cookie"),
        ("cookie", Some("technology"), _) => Name::Term("technology"),
        ("cookie", Some("party"), _) => Name::Party,
        ("data", Some("kind") | None, _) => Name::Term("data"),
        ("purpose", Some("kind") | None, _) => Name::Term("purpose"),
        _ => Name::Code,
    }
}

impl Entry<'_> {
    /// A value in the reader's language; `before` is the old value, to show only what was added
    /// to a list of items.
    pub(super) fn value(&self, change: &Change, value: Option<&Value>, before: Option<&Value>) -> String {
        let c = self.catalog;
        let Some(value) = value else {
            return c.text("diff-not-stated");
        };
        let separator = c.text("diff-list-separator");
        match value {
            Value::Text(t) => self.text(Some(t)).unwrap_or_default(),
            Value::TextList(t) => {
                let items = |v: Option<&Value>| match v {
                    Some(Value::TextList(t)) => t
                        .get(self.lang)
                        .or_else(|| t.values().next())
                        .cloned()
                        .unwrap_or_default(),
                    _ => Vec::new(),
                };
                let old = if change.kind == Kind::DataItemsAdded {
                    items(before)
                } else {
                    Vec::new()
                };
                let new: Vec<String> = items(Some(&Value::TextList(t.clone())))
                    .into_iter()
                    .filter(|i| !old.contains(i))
                    .map(|i| author(&i))
                    .collect();
                new.join(&separator)
            }
            Value::Id(id) => self.id(name(change), id),
            Value::Ids(ids) => ids
                .iter()
                .map(|id| self.id(name(change), id))
                .collect::<Vec<_>>()
                .join(&separator),
            Value::Literal(s) => match name(change) {
                Name::Code | Name::Decl(_) => escape(s),
                n => self.id(n, s),
            },
            Value::Bool(true) => c.text("diff-yes"),
            Value::Bool(false) => c.text("diff-no"),
            Value::Number(n) => c.number(f64::from(*n)),
            Value::Duration(d) => c.duration(d),
            Value::Lifetime(Lifetime::Session) => c.text("diff-session"),
            Value::Lifetime(Lifetime::Duration { duration }) => c.duration(duration),
            Value::Retention(r) => self.retention(r),
        }
    }

    /// An id or code by its name in the reader's language.
    fn id(&self, name: Name, id: &str) -> String {
        let c = self.catalog;
        match name {
            Name::Basis => c.text(&format!("diff-basis-{id}")),
            Name::Right => c.text(&format!("diff-right-{id}")),
            Name::Decl(decl) => self.what(decl, id),
            Name::Country => self.country(id),
            Name::Language => language_name(id).unwrap_or_else(|| code(id)),
            Name::Term(family) => self.named(&format!("vocab-{family}-{id}"), id),
            Name::Party => self.named(&format!("party-{id}"), id),
            Name::Message(prefix) => c.text(&format!("{prefix}-{id}")),
            Name::Code => code(id),
        }
    }

    /// A country by its name; a code the catalog does not name stays a code.
    pub(super) fn country(&self, code_: &str) -> String {
        let id = format!("country-{code_}");
        if self.catalog.has(&id) {
            self.catalog.text(&id)
        } else {
            code(code_)
        }
    }

    /// A message of the notice quoted inside a sentence (without a final full stop), or the id as
    /// code when there is no such message.
    fn named(&self, message: &str, id: &str) -> String {
        if self.catalog.has(message) {
            self.quoted(&self.catalog.text(message))
        } else {
            code(id)
        }
    }

    /// The notice's own words inside a changelog sentence: in quotation marks, as written on the
    /// page (capital letter included) but without a final full stop.
    fn quoted(&self, words: &str) -> String {
        let words = words.trim_end().trim_end_matches('.');
        self.catalog.format("diff-quoted", &[("words", words.into())])
    }

    /// A storage period in the words of the notice.
    fn retention(&self, r: &Retention) -> String {
        let period = retention::period(self.catalog, r, |criteria| {
            self.text(Some(criteria)).unwrap_or_default()
        });
        self.quoted(&period)
    }
}

/// A language's name in itself, from its own catalog (as the page's language switcher shows it).
fn language_name(tag: &str) -> Option<String> {
    let catalog = Catalog::load(tag).ok()?;
    catalog.has("language-name").then(|| catalog.text("language-name"))
}
