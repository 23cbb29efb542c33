//! Data categories and purposes, with their legal bases, conditions and retention.

use super::ctx::{Ctx, Fields};
use super::values::{self as v, NOT_STATED};
use super::{Decl, fields};
use crate::diagnostics::Diagnostic;
use crate::model::{Basis, Condition, DataCategory, Purpose, Retention, Source};
use crate::syntax::{Atom, Block, Entry, Word};

/// `data <id> : <kind> { … }`.
pub(super) fn data(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> Option<DataCategory> {
    let kinds = &ctx.builtins.vocab.data_kinds;
    // A missing or unknown kind was reported; the fields are still read, so that their mistakes
    // are reported too, and the declaration stays known to references (see `resolve`).
    let vocab_term = decl.kind.and_then(|w| kinds.get(&w.text));
    let kind = decl.kind.and_then(|w| v::term(ctx, kinds, w));
    let class = vocab_term
        .and_then(|t| t.class.clone())
        .unwrap_or_else(|| "ordinary".to_string());
    let mut f = fields(decl);
    let description = f.text(ctx, "description");
    let items = f.text_list(ctx, "items");
    let source_entry = f.take(ctx, "source");
    let source = source(ctx, &f.key, source_entry);
    let requirements = &ctx.builtins.vocab.requirements;
    let required = f.term(ctx, requirements, "required");
    let consequence = f.text(ctx, "consequence");
    let called_anonymous = f.boolean(ctx, "called_anonymous");
    let retention_entry = f.take(ctx, "retention");
    let retention = retention(ctx, &f.key, retention_entry);
    f.finish(ctx);
    Some(DataCategory {
        id: decl.id_text(),
        kind: kind?,
        class,
        description,
        items,
        source,
        required,
        consequence,
        called_anonymous,
        retention,
        used_by: Vec::new(),
    })
}

/// `source data_subject` or `source third_party { name … public … }`.
fn source(ctx: &mut Ctx<'_>, key: &str, entry: Option<&Entry>) -> Option<Source> {
    let entry = entry?;
    let (word, block) = word_and_block(ctx, entry)?;
    if word.text == NOT_STATED {
        return None;
    }
    let sources = &ctx.builtins.vocab.sources;
    let art14 = sources.get(&word.text).is_some_and(|t| t.art14);
    let kind = v::term(ctx, sources, word);
    let mut f = Fields::new(block, format!("{key}/source"), "the `source`".to_string());
    let name = f.text(ctx, "name");
    let public = f.boolean(ctx, "public");
    f.finish(ctx);
    Some(Source {
        kind: kind?,
        art14,
        name,
        public,
    })
}

/// `name` or `name { … }`, the shape of a term with details.
fn word_and_block<'e>(ctx: &mut Ctx<'_>, entry: &'e Entry) -> Option<(&'e Word, Option<&'e Block>)> {
    match entry.atoms.as_slice() {
        [Atom::Word(w)] => Some((w, None)),
        [Atom::Word(w), Atom::Block(b)] => Some((w, Some(b))),
        _ => {
            let field = &entry.name.text;
            let span = super::ctx::value_span(entry);
            ctx.push(
                Diagnostic::error(
                    "E0300",
                    format!("expected a name, optionally followed by `{{ … }}`, for `{field}`"),
                    span,
                    "unexpected value",
                )
                .with_help(format!("write `{field} <name>` or `{field} <name> {{ … }}`")),
            );
            None
        }
    }
}

/// `purpose <id> : <kind> { … }`.
pub(super) fn purpose(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> Option<Purpose> {
    let kinds = &ctx.builtins.vocab.purpose_kinds;
    let direct_marketing = decl
        .kind
        .and_then(|w| kinds.get(&w.text))
        .is_some_and(|t| t.direct_marketing);
    let kind = decl.kind.and_then(|w| v::term(ctx, kinds, w));
    let mut f = fields(decl);
    let description = f.text(ctx, "description");
    let data = f.refs(ctx, "data", "data");
    let bases_entry = f.take(ctx, "basis");
    let bases = bases(ctx, &f.key, bases_entry);
    let condition_entry = f.take(ctx, "condition");
    let condition = condition(ctx, &f.key, condition_entry);
    let criminal_grounds = f.text(ctx, "criminal_grounds");
    let retention_entry = f.take(ctx, "retention");
    let retention = retention(ctx, &f.key, retention_entry);
    let necessary = f.boolean(ctx, "necessary");
    let further_processing = f.boolean(ctx, "further_processing").unwrap_or(false);
    let marketing_channels = &ctx.builtins.vocab.marketing_channels;
    let channels = f.terms(ctx, marketing_channels, "channels");
    let soft_opt_in = f.boolean(ctx, "soft_opt_in");
    let unsubscribe = f.boolean(ctx, "unsubscribe");
    let open_tracking = f.boolean(ctx, "open_tracking");
    let remote_access = f.boolean(ctx, "remote_access");
    f.finish(ctx);
    Some(Purpose {
        id: decl.id_text(),
        kind: kind?,
        direct_marketing,
        further_processing,
        necessary,
        description,
        data,
        bases,
        condition,
        criminal_grounds,
        retention,
        channels,
        soft_opt_in,
        unsubscribe,
        open_tracking,
        remote_access,
        recipients: Vec::new(),
    })
}

/// `basis contract`, `basis legitimate_interests { interest … }` or `basis [a, b]`.
fn bases(ctx: &mut Ctx<'_>, key: &str, entry: Option<&Entry>) -> Vec<Basis> {
    let Some(entry) = entry else { return Vec::new() };
    if matches!(entry.atoms.as_slice(), [Atom::List(_)]) {
        let vocab = &ctx.builtins.vocab.legal_bases;
        return v::terms(ctx, vocab, Some(entry)).into_iter().map(bare_basis).collect();
    }
    let Some((word, block)) = word_and_block(ctx, entry) else {
        return Vec::new();
    };
    if word.text == NOT_STATED {
        return Vec::new();
    }
    let vocab = &ctx.builtins.vocab.legal_bases;
    let kind = v::term(ctx, vocab, word);
    let mut f = Fields::new(block, format!("{key}/basis"), format!("the `{}` basis", word.text));
    let id = kind.as_ref().map(|k| k.id.clone());
    // With an unknown basis (reported) every detail any basis takes is still read and checked.
    let any = id.is_none();
    let is = |names: &[&str]| any || id.as_deref().is_some_and(|i| names.contains(&i));
    let (mut interest, mut balancing, mut law) = (None, None, None);
    let (mut withdraw, mut mechanism, mut implied) = (None, None, None);
    let (mut given_via, mut withdraw_via, mut separate) = (None, None, None);
    if is(&["legitimate_interests"]) {
        interest = f.text(ctx, "interest");
        balancing = f.text(ctx, "balancing");
    }
    if is(&["legal_obligation", "public_task"]) {
        law = f.text(ctx, "law");
    }
    if is(&["consent"]) {
        withdraw = f.text(ctx, "withdraw");
        mechanism = f.text(ctx, "mechanism");
        implied = f.boolean(ctx, "implied");
        let channels = &ctx.builtins.vocab.consent_channels;
        given_via = f.term(ctx, channels, "given_via");
        withdraw_via = f.term(ctx, channels, "withdraw_via");
        separate = f.boolean(ctx, "separate");
    }
    f.finish(ctx);
    kind.map(|kind| Basis {
        kind,
        interest,
        balancing,
        law,
        withdraw,
        mechanism,
        implied,
        given_via,
        withdraw_via,
        separate,
    })
    .into_iter()
    .collect()
}

fn bare_basis(kind: crate::model::Term) -> Basis {
    Basis {
        kind,
        interest: None,
        balancing: None,
        law: None,
        withdraw: None,
        mechanism: None,
        implied: None,
        given_via: None,
        withdraw_via: None,
        separate: None,
    }
}

/// `condition explicit_consent` or `condition substantial_public_interest { law … }` (Art. 9(2)).
fn condition(ctx: &mut Ctx<'_>, key: &str, entry: Option<&Entry>) -> Option<Condition> {
    let (word, block) = word_and_block(ctx, entry?)?;
    if word.text == NOT_STATED {
        return None;
    }
    let vocab = &ctx.builtins.vocab.special_conditions;
    let kind = v::term(ctx, vocab, word);
    let mut f = Fields::new(block, format!("{key}/condition"), "the `condition`".to_string());
    let law = f.text(ctx, "law");
    f.finish(ctx);
    Some(Condition { kind: kind?, law })
}

/// Every form of retention:
/// `2 years after contract_end`, `until consent_withdrawal`, `as_long_as_necessary`,
/// `indefinite`, each optionally followed by `{ law … note … }`, or a block
/// `{ period … after … until … criteria … law … note … }`.
pub(super) fn retention(ctx: &mut Ctx<'_>, key: &str, entry: Option<&Entry>) -> Option<Retention> {
    let entry = entry?;
    let key = format!("{key}/retention");
    let (atoms, block) = match entry.atoms.as_slice() {
        [Atom::Block(b)] => return retention_block(ctx, &key, b),
        [rest @ .., Atom::Block(b)] => (rest, Some(b)),
        all => (all, None),
    };
    let mut f = Fields::new(block, key, "the `retention`".to_string());
    let result = match atoms {
        [] => {
            v::single(ctx, entry, v::Expected::Retention);
            None
        }
        [Atom::Word(w)] if w.text == NOT_STATED => None,
        [Atom::Word(w)] if w.text == "as_long_as_necessary" => Some(Retention::AsLongAsNecessary {
            note: f.text(ctx, "note"),
        }),
        [Atom::Word(w)] if w.text == "indefinite" => Some(Retention::Indefinite {
            note: f.text(ctx, "note"),
        }),
        [Atom::Word(w), Atom::Word(event)] if w.text == "until" => {
            let vocab = &ctx.builtins.vocab.retention_triggers;
            let event = v::term(ctx, vocab, event);
            let note = f.text(ctx, "note");
            event.map(|event| Retention::Until { event, note })
        }
        [Atom::Number { .. }, ..] => period_form(ctx, &mut f, atoms),
        [first, ..] => {
            v::type_error(ctx, "retention", v::Expected::Retention, first);
            // The details are still checked, whatever form was meant.
            f.text(ctx, "law");
            f.text(ctx, "note");
            None
        }
    };
    f.finish(ctx);
    result
}

fn period_form(ctx: &mut Ctx<'_>, f: &mut Fields<'_>, atoms: &[Atom]) -> Option<Retention> {
    // Read before the period, so that a mistake in the period does not leave them unread.
    let law = f.text(ctx, "law");
    let note = f.text(ctx, "note");
    let (period, rest) = v::duration_prefix(ctx, "retention", atoms)?;
    let after = match rest {
        [] => None,
        [Atom::Word(a), Atom::Word(event)] if a.text == "after" => {
            let vocab = &ctx.builtins.vocab.retention_triggers;
            Some(v::term(ctx, vocab, event)?)
        }
        [Atom::Word(a)] if a.text == "after" => {
            ctx.push(
                Diagnostic::error(
                    "E0300",
                    "`after` needs the event that starts the period",
                    a.span,
                    "after what?",
                )
                .with_help("write `after contract_end`, `after collection`, …"),
            );
            return None;
        }
        other => {
            v::trailing(ctx, "retention", other);
            return None;
        }
    };
    Some(Retention::Period {
        period,
        after,
        law,
        note,
    })
}

fn retention_block(ctx: &mut Ctx<'_>, key: &str, block: &Block) -> Option<Retention> {
    let mut f = Fields::new(Some(block), key.to_string(), "the `retention`".to_string());
    let period = f.duration(ctx, "period");
    let triggers = &ctx.builtins.vocab.retention_triggers;
    let after = f.term(ctx, triggers, "after");
    let until_entry = f.take(ctx, "until");
    let until = v::term_field(ctx, triggers, until_entry);
    let criteria = f.text(ctx, "criteria");
    let law = f.text(ctx, "law");
    let note = f.text(ctx, "note");
    f.finish(ctx);
    let conflict = |ctx: &mut Ctx<'_>, what: &str| {
        ctx.push(
            Diagnostic::error(
                "E0312",
                format!("a retention cannot have both {what}"),
                block.span,
                "conflicting retention",
            )
            .with_help("give a `period` (with `after`), an `until` event, or `criteria`: one of the three"),
        );
    };
    match (period, until, criteria) {
        (Some(period), None, None) => Some(Retention::Period {
            period,
            after,
            law,
            note,
        }),
        (None, Some(event), None) => Some(Retention::Until { event, note }),
        (None, None, Some(criteria)) => Some(Retention::Criteria { criteria, law }),
        (None, None, None) => {
            if until_entry.is_none() {
                ctx.push(
                    Diagnostic::error("E0312", "this retention gives no period, event or criteria", block.span, "empty retention")
                        .with_help("add `period 2 years` with `after <event>`, or `until <event>`, or `criteria { … }`; write `retention as_long_as_necessary` for a notice that says only that"),
                );
            }
            None
        }
        (Some(_), Some(_), _) => {
            conflict(ctx, "a `period` and an `until` event");
            None
        }
        (_, _, Some(_)) => {
            conflict(ctx, "`criteria` and a `period` or `until` event");
            None
        }
    }
}
