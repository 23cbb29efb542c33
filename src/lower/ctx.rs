//! The lowering context and the field reader every declaration uses.

use super::values;
use crate::builtin::{Builtins, Vocabulary};
use crate::diagnostics::Diagnostic;
use crate::model::{Duration, Locations, Term, Text, TextList, Waiver};
use crate::source::Span;
use crate::suggest;
use crate::syntax::{Atom, Block, Entry, Word};
use std::collections::{BTreeMap, BTreeSet};

/// State shared by every lowering function.
pub(crate) struct Ctx<'b> {
    pub(crate) builtins: &'b Builtins,
    pub(crate) languages: Vec<String>,
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) locations: Locations,
    pub(crate) waivers: Vec<Waiver>,
    /// References to other declarations, checked once everything is declared.
    pub(crate) refs: Vec<PendingRef>,
    /// The identifiers declared, by keyword (`data`, `purpose`, …), whether or not the
    /// declaration made it into the model: one with an unknown kind is reported once, for its
    /// kind, and references to it still resolve.
    pub(crate) declared: BTreeMap<String, BTreeSet<String>>,
}

/// A reference from one declaration to another, to resolve after lowering.
pub(crate) struct PendingRef {
    /// The keyword of the declarations it may name (`data`, `purpose`, `recipient`).
    pub(crate) target: &'static str,
    /// The word written.
    pub(crate) word: Word,
}

impl Ctx<'_> {
    pub(crate) fn push(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    /// Remembers that `keyword id` is declared.
    pub(crate) fn declare(&mut self, keyword: &str, id: &str) {
        self.declared
            .entry(keyword.to_string())
            .or_default()
            .insert(id.to_string());
    }

    /// The ids named by a reference field, remembered for resolution.
    pub(crate) fn refs(&mut self, target: &'static str, entry: Option<&Entry>) -> Vec<String> {
        let words = super::values::words(self, entry, super::expected::Expected::References);
        words
            .into_iter()
            .map(|w| {
                self.refs.push(PendingRef {
                    target,
                    word: w.clone(),
                });
                w.text.clone()
            })
            .collect()
    }
}

/// Reads the fields of one declaration's block. Every field read is remembered, so that
/// [`Fields::finish`] can report the unknown ones with a suggestion among the known ones.
pub(crate) struct Fields<'e> {
    entries: Vec<&'e Entry>,
    used: Vec<bool>,
    known: Vec<&'static str>,
    /// `kind/id`, the key of the declaration in [`Locations`].
    pub(crate) key: String,
    /// How the declaration is named in messages: "purpose `support`".
    pub(crate) owner: String,
}

impl<'e> Fields<'e> {
    pub(crate) fn new(block: Option<&'e Block>, key: String, owner: String) -> Self {
        let entries: Vec<&Entry> = block.map(|b| b.entries.iter().collect()).unwrap_or_default();
        let used = vec![false; entries.len()];
        Fields {
            entries,
            used,
            known: Vec::new(),
            key,
            owner,
        }
    }

    /// The entry named `name`, if present. A second entry of the same name is reported.
    pub(crate) fn take(&mut self, ctx: &mut Ctx<'_>, name: &'static str) -> Option<&'e Entry> {
        self.known.push(name);
        let mut found: Option<&'e Entry> = None;
        for (i, entry) in self.entries.iter().enumerate() {
            if entry.name.text != name {
                continue;
            }
            if let Some(used) = self.used.get_mut(i) {
                *used = true;
            }
            match found {
                None => {
                    found = Some(entry);
                    let span = entry.atoms.first().map_or(entry.span, |a| a.span().to(entry.span));
                    ctx.locations.fields.insert(format!("{}/{name}", self.key), span);
                }
                Some(first) => ctx.push(
                    Diagnostic::error(
                        "E0103",
                        format!("`{name}` is given twice in {}", self.owner),
                        entry.name.span,
                        "given again here",
                    )
                    .with_secondary(first.name.span, "first given here")
                    .with_help(format!(
                        "keep one `{name}`; to give several values, use a list: `{name} [a, b]`"
                    )),
                ),
            }
        }
        found
    }

    /// Reads every `allow CODE "reason"` entry as a waiver of this declaration.
    fn waivers(&mut self, ctx: &mut Ctx<'_>) {
        for (i, entry) in self.entries.iter().enumerate() {
            if entry.name.text != "allow" {
                continue;
            }
            if let Some(used) = self.used.get_mut(i) {
                *used = true;
            }
            match entry.atoms.as_slice() {
                [Atom::Word(code), Atom::Str { value, span }] => {
                    if value.trim().is_empty() {
                        ctx.push(
                            Diagnostic::error("E0400", "a waiver needs a reason", *span, "empty reason")
                                .with_help("say why the finding does not apply, for the auditors who will read it"),
                        );
                    } else {
                        ctx.waivers.push(Waiver {
                            code: code.text.clone(),
                            reason: value.clone(),
                            target: self.key.clone(),
                            span: entry.span,
                        });
                    }
                }
                _ => ctx.push(
                    Diagnostic::error(
                        "E0400",
                        "malformed waiver",
                        entry.span,
                        "expected a rule code and a reason",
                    )
                    .with_help("write `allow GDPR-13-1-a-REP \"why this finding does not apply\"`"),
                ),
            }
        }
    }

    /// Reports waivers and every entry no reader asked for.
    pub(crate) fn finish(mut self, ctx: &mut Ctx<'_>) {
        self.waivers(ctx);
        for (entry, used) in self.entries.iter().zip(&self.used) {
            if *used {
                continue;
            }
            let known = self.known.iter().copied();
            let help = suggest::did_you_mean(&entry.name.text, known.clone()).unwrap_or_else(|| {
                if self.known.is_empty() {
                    format!("{} takes no fields here", self.owner)
                } else {
                    format!("the fields of {} are: {}", self.owner_kind(), list(known))
                }
            });
            ctx.push(
                Diagnostic::error(
                    "E0102",
                    format!("unknown field `{}` in {}", entry.name.text, self.owner),
                    entry.name.span,
                    "unknown field",
                )
                .with_help(help),
            );
        }
    }

    /// Reads a reference field and remembers the names for resolution.
    pub(crate) fn refs(&mut self, ctx: &mut Ctx<'_>, target: &'static str, name: &'static str) -> Vec<String> {
        let entry = self.take(ctx, name);
        ctx.refs(target, entry)
    }

    /// Reads a whole number field within `range`.
    pub(crate) fn integer(
        &mut self,
        ctx: &mut Ctx<'_>,
        name: &'static str,
        range: std::ops::RangeInclusive<u32>,
    ) -> Option<u32> {
        let entry = self.take(ctx, name);
        values::integer(ctx, entry, range)
    }

    /// Reads a field holding one vocabulary term.
    pub(crate) fn term(&mut self, ctx: &mut Ctx<'_>, vocab: &Vocabulary, name: &'static str) -> Option<Term> {
        let entry = self.take(ctx, name);
        values::term_field(ctx, vocab, entry)
    }

    /// Reads a field holding one term or a list of terms.
    pub(crate) fn terms(&mut self, ctx: &mut Ctx<'_>, vocab: &Vocabulary, name: &'static str) -> Vec<Term> {
        let entry = self.take(ctx, name);
        values::terms(ctx, vocab, entry)
    }

    /// "purpose" for "purpose `support`"; nested owners such as "the `source`" stay whole.
    fn owner_kind(&self) -> &str {
        if self.owner.starts_with("the ") {
            &self.owner
        } else {
            self.owner.split(' ').next().unwrap_or("")
        }
    }
}

macro_rules! readers {
    ($($name:ident -> $ty:ty;)*) => {
        impl Fields<'_> {
            $(
                #[doc = concat!("Reads a field with [`values::", stringify!($name), "`].")]
                pub(crate) fn $name(&mut self, ctx: &mut Ctx<'_>, name: &'static str) -> $ty {
                    let entry = self.take(ctx, name);
                    values::$name(ctx, entry)
                }
            )*
        }
    };
}

readers! {
    string -> Option<String>;
    text -> Option<Text>;
    text_list -> Option<TextList>;
    date -> Option<String>;
    duration -> Option<Duration>;
    boolean -> Option<bool>;
    email -> Option<String>;
    url -> Option<String>;
    email_or_url -> Option<String>;
    countries -> Vec<String>;
    one_country -> Option<String>;
}

/// `a`, `b` and `c` as a backticked, comma-separated list.
pub(crate) fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items
        .into_iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The span of an entry's value, or of its name when it has none.
pub(crate) fn value_span(entry: &Entry) -> Span {
    match (entry.atoms.first(), entry.atoms.last()) {
        (Some(a), Some(b)) => a.span().to(b.span()),
        _ => entry.name.span,
    }
}
