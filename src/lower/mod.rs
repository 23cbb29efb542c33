//! Lowering: syntax trees of every file of a policy into the resolved [`Policy`] model.
//!
//! Declarations are read in two passes. The `policy` declaration comes first, because its
//! `languages` decide how every localized text is read; then every other declaration, in
//! source order; then references between declarations are resolved.

mod ctx;
mod dates;
mod decls;
mod expected;
mod notice;
mod parties;
mod processing;
mod resolve;
mod split;
mod values;

use crate::builtin::Builtins;
use crate::diagnostics::Diagnostic;
use crate::model::{FORMAT, Locations, Policy};
use crate::source::{FileId, Span};
use crate::syntax::{Atom, Block, Entry, SyntaxFile, Word};
use ctx::{Ctx, Fields};

/// The keywords that start a top-level entry.
pub const DECLARATIONS: &[&str] = &[
    "include",
    "policy",
    "controller",
    "joint_controller",
    "representative",
    "dpo",
    "data",
    "purpose",
    "recipient",
    "transfer",
    "automated_decision",
    "rights",
    "cookies",
    "cookie",
    "security",
    "changes",
    "statement",
    "revision",
];

/// The smallest `policy` declaration, shown when a policy has none (a test compiles it).
const POLICY_EXAMPLE: &str = "policy my_notice { title \"Privacy notice\"; languages [en] }";

/// Declarations a policy has at most one of.
const SINGLETONS: &[&str] = &[
    "controller",
    "representative",
    "dpo",
    "rights",
    "cookies",
    "security",
    "changes",
];

/// A declaration's header: `keyword [id] [: kind] { … }`.
pub(crate) struct Decl<'e> {
    pub(crate) keyword: &'e Word,
    pub(crate) id: Option<&'e Word>,
    pub(crate) kind: Option<&'e Word>,
    pub(crate) block: Option<&'e Block>,
    /// From the keyword to the kind (the line a reader recognises).
    pub(crate) header: Span,
}

impl Decl<'_> {
    /// The id, or the keyword for singletons written without one.
    pub(crate) fn id_text(&self) -> String {
        self.id.map_or_else(|| self.keyword.text.clone(), |w| w.text.clone())
    }
}

/// What a declaration's header must contain.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Required,
    Optional,
    Forbidden,
}

/// Lowers the files of one policy. `files` are in load order; the first is the root.
pub fn lower(builtins: &Builtins, files: &[(FileId, SyntaxFile)]) -> (Option<Policy>, Vec<Diagnostic>) {
    let mut ctx = Ctx {
        builtins,
        languages: Vec::new(),
        diagnostics: Vec::new(),
        locations: Locations::default(),
        waivers: Vec::new(),
        refs: Vec::new(),
        declared: std::collections::BTreeMap::new(),
    };
    let mut split_errors = Vec::new();
    let owned: Vec<std::borrow::Cow<'_, Entry>> = files
        .iter()
        .flat_map(|(_, f)| f.entries.iter())
        .flat_map(|e| split::declarations(e, &mut split_errors))
        .collect();
    ctx.diagnostics.extend(split_errors);
    let entries: Vec<&Entry> = owned.iter().map(AsRef::as_ref).collect();
    for entry in &entries {
        if !DECLARATIONS.contains(&entry.name.text.as_str()) {
            let help =
                crate::suggest::did_you_mean(&entry.name.text, DECLARATIONS.iter().copied()).unwrap_or_else(|| {
                    format!(
                        "a policy is made of these declarations: {}",
                        ctx::list(DECLARATIONS.iter().copied())
                    )
                });
            ctx.push(
                Diagnostic::error(
                    "E0100",
                    format!("unknown declaration `{}`", entry.name.text),
                    entry.name.span,
                    "not a declaration",
                )
                .with_help(help),
            );
        }
    }

    let policy_entries: Vec<&&Entry> = entries.iter().filter(|e| e.name.text == "policy").collect();
    let Some(first) = policy_entries.first() else {
        let file = files.first().map(|(id, _)| *id).unwrap_or_default();
        ctx.push(
            Diagnostic::error(
                "E0105",
                "no `policy` declaration",
                Span::new(file, 0..0),
                "expected a `policy { … }` declaration in this file or the files it includes",
            )
            .with_help(format!("start the file with `{POLICY_EXAMPLE}`")),
        );
        return (None, ctx.diagnostics);
    };
    for extra in policy_entries.iter().skip(1) {
        ctx.push(
            Diagnostic::error("E0104", "a second `policy` declaration", extra.name.span, "declared again here")
                .with_secondary(first.name.span, "the policy is declared here")
                .with_help("a compilation describes one policy; share common parts through `include` files without a `policy` declaration"),
        );
    }
    let mut policy = Policy {
        format: FORMAT.to_string(),
        ..Policy::default()
    };
    // Even a faulty header is read: the `languages` inside decide how every text is read.
    let decl = header(&mut ctx, first, Part::Required, Part::Forbidden);
    ctx.locations.policy = decl.header;
    parties::policy(&mut ctx, &decl, &mut policy);

    let mut seen: std::collections::BTreeMap<String, Span> = std::collections::BTreeMap::new();
    for entry in entries
        .iter()
        .filter(|e| e.name.text != "policy" && e.name.text != "include")
    {
        if !DECLARATIONS.contains(&entry.name.text.as_str()) {
            continue;
        }
        let decl = decls::header_for(&mut ctx, entry);
        if decls::needs_id(&decl) {
            // Without an identifier the declaration cannot be part of the model or named by
            // references, but its body is read, so that the mistakes in it are reported.
            decls::lower_body(&mut ctx, &decl, &mut Policy::default());
            continue;
        }
        {
            let key = format!("{}/{}", decl.keyword.text, decl.id_text());
            let singleton = SINGLETONS.contains(&decl.keyword.text.as_str());
            let dedup = if singleton {
                decl.keyword.text.clone()
            } else {
                key.clone()
            };
            let at = decl.id.map_or(decl.keyword.span, |w| w.span);
            if let Some(previous) = seen.get(&dedup) {
                let what = match decl.id {
                    Some(id) if !singleton => format!("`{} {}` is declared twice", decl.keyword.text, id.text),
                    _ => format!("a second `{}` declaration", decl.keyword.text),
                };
                ctx.push(
                    Diagnostic::error("E0104", what, at, "declared again here")
                        .with_secondary(*previous, "first declared here")
                        .with_help(if singleton {
                            "a policy has only one of these: merge the two declarations"
                        } else {
                            "give each declaration its own identifier, or merge the two"
                        }),
                );
            } else {
                seen.insert(dedup, at);
                if let Some(id) = decl.id {
                    ctx.declare(&decl.keyword.text, &id.text);
                }
                ctx.locations.decls.insert(key, decl.header);
                decls::lower_body(&mut ctx, &decl, &mut policy);
            }
        }
    }

    resolve::resolve(&mut ctx, &mut policy);
    policy.waivers = std::mem::take(&mut ctx.waivers);
    policy.locations = std::mem::take(&mut ctx.locations);
    (Some(policy), ctx.diagnostics)
}

/// Reads `keyword [id] [: kind] { … }`, reporting a header that does not fit `id`/`kind`.
///
/// A faulty header is reported and read as far as it goes: the declaration keeps its id and its
/// body, so that the mistakes inside the body are reported too and references to it resolve.
pub(crate) fn header<'e>(ctx: &mut Ctx<'_>, entry: &'e Entry, id: Part, kind: Part) -> Decl<'e> {
    let keyword = &entry.name;
    let mut atoms = entry.atoms.iter().peekable();
    let mut decl = Decl {
        keyword,
        id: None,
        kind: None,
        block: None,
        header: keyword.span,
    };
    if let Some(Atom::Word(w)) = atoms.peek() {
        decl.id = Some(w);
        decl.header = decl.header.to(w.span);
        atoms.next();
    }
    let mut kind_reported = false;
    if let Some(Atom::Colon(colon)) = atoms.peek() {
        let colon = *colon;
        atoms.next();
        if let Some(Atom::Word(w)) = atoms.peek() {
            decl.kind = Some(w);
            decl.header = decl.header.to(w.span);
            atoms.next();
        } else {
            ctx.push(malformed(keyword, colon, "expected a kind after `:`", kind));
            kind_reported = true;
        }
    }
    // Anything between the header and the body is reported once; the body is still read.
    let mut unexpected: Vec<&Atom> = Vec::new();
    for atom in atoms.by_ref() {
        match atom {
            Atom::Block(b) => {
                decl.block = Some(b);
                break;
            }
            other => unexpected.push(other),
        }
    }
    if let (Some(first), Some(last)) = (unexpected.first(), unexpected.last()) {
        let label = match unexpected.as_slice() {
            [one] => format!("{} does not belong here", one.describe()),
            _ => "these do not belong here".to_string(),
        };
        ctx.push(malformed(keyword, first.span().to(last.span()), &label, kind));
    }
    if decl.block.is_none() && unexpected.is_empty() {
        ctx.push(malformed(
            keyword,
            decl.header,
            &format!("`{}` has no body", keyword.text),
            kind,
        ));
    }
    if let Some(extra) = atoms.next() {
        let rest = entry
            .atoms
            .last()
            .map_or(extra.span(), |last| extra.span().to(last.span()));
        ctx.push(malformed(keyword, rest, "unexpected after the closing `}`", kind));
    }
    match (id, decl.id) {
        (Part::Required, None) => ctx.push(malformed(
            keyword,
            keyword.span,
            &format!("`{}` needs an identifier", keyword.text),
            kind,
        )),
        (Part::Forbidden, Some(w)) => ctx.push(malformed(
            keyword,
            w.span,
            &format!("`{}` takes no identifier", keyword.text),
            kind,
        )),
        _ => {}
    }
    match (kind, decl.kind) {
        (Part::Required, None) if !kind_reported => ctx.push(malformed(
            keyword,
            decl.header,
            &format!("`{}` needs a kind after `:`", keyword.text),
            kind,
        )),
        (Part::Forbidden, Some(w)) => ctx.push(malformed(
            keyword,
            w.span,
            &format!("`{}` takes no kind", keyword.text),
            kind,
        )),
        _ => {}
    }
    decl
}

fn malformed(keyword: &Word, span: Span, label: &str, kind: Part) -> Diagnostic {
    let k = &keyword.text;
    let shape = match kind {
        Part::Required => format!("`{k} <id> : <kind> {{ … }}`"),
        Part::Optional => format!("`{k} <id> {{ … }}`"),
        Part::Forbidden if matches!(k.as_str(), "rights" | "cookies" | "security" | "changes") => {
            format!("`{k} {{ … }}`")
        }
        Part::Forbidden => format!("`{k} <id> {{ … }}`"),
    };
    Diagnostic::error("E0101", format!("malformed `{k}` declaration"), span, label).with_help(format!("write {shape}"))
}

/// Starts reading a declaration's fields.
pub(crate) fn fields<'e>(decl: &Decl<'e>) -> Fields<'e> {
    let id = decl.id_text();
    let owner = match decl.id {
        Some(w) => format!("{} `{}`", decl.keyword.text, w.text),
        None => format!("{} declaration", decl.keyword.text),
    };
    Fields::new(decl.block, format!("{}/{id}", decl.keyword.text), owner)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

    #[test]
    fn the_policy_example_compiles_as_written() {
        let c = crate::compile_source("example.policy", super::POLICY_EXAMPLE);
        let language: Vec<_> = c.diagnostics.iter().filter(|d| d.code.starts_with('E')).collect();
        assert!(language.is_empty(), "{}", c.render_diagnostics());
        assert_eq!(c.policy.unwrap().id, "my_notice");
    }

    #[test]
    fn the_help_without_a_policy_shows_the_example() {
        let c = crate::compile_source("none.policy", "data d : contact {\n}\n");
        let d = c.diagnostics.iter().find(|d| d.code == "E0105").unwrap();
        assert!(d.help.as_deref().unwrap().contains(super::POLICY_EXAMPLE));
    }
}
