//! Recipients, transfers, automated decisions, rights, cookies and the rest of a notice.

use super::ctx::Ctx;
use super::values as v;
use super::{Decl, fields};
use crate::model::{
    AutomatedDecision, Changes, Cookie, CookieConsent, Lifetime, Recipient, Revision, Rights, Security, Statement,
    Transfer,
};
use crate::syntax::{Atom, Entry};

/// `recipient <id> : <role> { … }`.
pub(super) fn recipient(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> Option<Recipient> {
    let roles = &ctx.builtins.vocab.recipient_roles;
    let role = decl.kind.and_then(|w| v::term(ctx, roles, w));
    let known = role.is_some();
    let mut f = fields(decl);
    // Every field is read before giving up on an unknown role, so that its mistakes are reported.
    let recipient = Recipient {
        id: decl.id_text(),
        role: role.unwrap_or_else(unknown_term),
        name: f.string(ctx, "name"),
        category: f.text(ctx, "category"),
        description: f.text(ctx, "description"),
        locations: f.countries(ctx, "location"),
        data: f.refs(ctx, "data", "data"),
        purposes: f.refs(ctx, "purpose", "purposes"),
        dpf_certified: f.boolean(ctx, "dpf_certified").unwrap_or(false),
        in_adequacy_scope: f.boolean(ctx, "in_adequacy_scope").unwrap_or(false),
        url: f.url(ctx, "url"),
    };
    f.finish(ctx);
    known.then_some(recipient)
}

/// A placeholder for a kind that was reported as unknown; the declaration it belongs to is
/// dropped from the model once its fields are read.
fn unknown_term() -> crate::model::Term {
    crate::model::Term {
        id: String::new(),
        dpv: None,
        article: None,
    }
}

/// `transfer <id> { to … mechanism … }`.
pub(super) fn transfer(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> Transfer {
    let mut f = fields(decl);
    let mechanisms = &ctx.builtins.vocab.transfer_mechanisms;
    let transfer = Transfer {
        id: decl.id_text(),
        destinations: f.countries(ctx, "to"),
        recipients: f.refs(ctx, "recipient", "recipients"),
        data: f.refs(ctx, "data", "data"),
        mechanisms: f.terms(ctx, mechanisms, "mechanism"),
        reference: f.string(ctx, "reference"),
        approved_by: f.string(ctx, "approved_by"),
        copy_from: f.email_or_url(ctx, "copy_from"),
        description: f.text(ctx, "description"),
        tia_done: f.boolean(ctx, "tia_done"),
        tia_date: f.date(ctx, "tia_date"),
    };
    f.finish(ctx);
    transfer
}

/// `automated_decision <id> { … }` (Art. 22).
pub(super) fn automated_decision(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> AutomatedDecision {
    let mut f = fields(decl);
    let decision = AutomatedDecision {
        id: decl.id_text(),
        description: f.text(ctx, "description"),
        purposes: f.refs(ctx, "purpose", "purposes"),
        profiling: f.boolean(ctx, "profiling").unwrap_or(false),
        solely_automated: f.boolean(ctx, "solely_automated").unwrap_or(false),
        significant_effects: f.boolean(ctx, "significant_effects").unwrap_or(false),
        logic: f.text(ctx, "logic"),
        significance: f.text(ctx, "significance"),
        consequences: f.text(ctx, "consequences"),
        safeguards: f.text(ctx, "safeguards"),
    };
    f.finish(ctx);
    decision
}

/// `rights { … }`.
pub(super) fn rights(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> Rights {
    let mut f = fields(decl);
    let vocab = &ctx.builtins.vocab.rights;
    let authority = f.one_country(ctx, "authority");
    let rights = Rights {
        listed: f.terms(ctx, vocab, "listed"),
        email: f.email(ctx, "email"),
        form: f.url(ctx, "form"),
        address: f.string(ctx, "address"),
        phone: f.string(ctx, "phone"),
        description: f.text(ctx, "description"),
        response_time: f.duration(ctx, "response_time"),
        withdraw: f.text(ctx, "withdraw"),
        object: f.text(ctx, "object"),
        authority,
        fee: f.boolean(ctx, "fee"),
        conditional: f.boolean(ctx, "conditional"),
        complaint: f.boolean(ctx, "complaint"),
        withdraw_via: {
            let channels = &ctx.builtins.vocab.consent_channels;
            f.term(ctx, channels, "withdraw_via")
        },
        court: f.boolean(ctx, "court"),
    };
    f.finish(ctx);
    rights
}

/// `cookies { … }`: how consent to trackers is asked for.
pub(super) fn cookie_consent(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> CookieConsent {
    let mut f = fields(decl);
    let consent = CookieConsent {
        banner: f.boolean(ctx, "banner"),
        reject_button: f.boolean(ctx, "reject_button"),
        cookie_wall: f.boolean(ctx, "cookie_wall"),
        implied_consent: f.boolean(ctx, "implied_consent"),
        browser_settings_only: f.boolean(ctx, "browser_settings_only"),
        pre_ticked: f.boolean(ctx, "pre_ticked"),
        manage_url: f.url(ctx, "manage_url"),
        description: f.text(ctx, "description"),
    };
    f.finish(ctx);
    consent
}

/// `cookie <id> : <category> { … }`.
pub(super) fn cookie(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> Option<Cookie> {
    let categories = &ctx.builtins.vocab.cookie_categories;
    let category = decl.kind.and_then(|w| v::term(ctx, categories, w));
    let known = category.is_some();
    let mut f = fields(decl);
    let technologies = &ctx.builtins.vocab.tracker_technologies;
    let technology = f.term(ctx, technologies, "technology").map(|t| t.id);
    let party = f.take(ctx, "party").and_then(|e| party(ctx, e));
    let cookie = Cookie {
        id: decl.id_text(),
        category: category.unwrap_or_else(unknown_term),
        name: f.string(ctx, "name"),
        provider: f.string(ctx, "provider"),
        party,
        technology,
        lifetime: f.take(ctx, "lifetime").and_then(|e| lifetime(ctx, e)),
        description: f.text(ctx, "description"),
        consent: f.boolean(ctx, "consent"),
        called_anonymous: f.boolean(ctx, "called_anonymous"),
    };
    f.finish(ctx);
    known.then_some(cookie)
}

fn party(ctx: &mut Ctx<'_>, entry: &Entry) -> Option<String> {
    match v::single(ctx, entry, v::Expected::Party)? {
        Atom::Word(w) if w.text == "first" || w.text == "third" => Some(w.text.clone()),
        Atom::Word(w) if w.text == v::NOT_STATED => None,
        other => {
            v::type_error(ctx, "party", v::Expected::Party, other);
            None
        }
    }
}

fn lifetime(ctx: &mut Ctx<'_>, entry: &Entry) -> Option<Lifetime> {
    match entry.atoms.as_slice() {
        [Atom::Word(w)] if w.text == "session" => Some(Lifetime::Session),
        [Atom::Word(w)] if w.text == v::NOT_STATED => None,
        _ => v::duration(ctx, Some(entry)).map(|duration| Lifetime::Duration { duration }),
    }
}

/// `security { … }`.
pub(super) fn security(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> Security {
    let mut f = fields(decl);
    let security = Security {
        description: f.text(ctx, "description"),
        measures: f.text_list(ctx, "measures"),
    };
    f.finish(ctx);
    security
}

/// `changes { … }`.
pub(super) fn changes(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> Changes {
    let mut f = fields(decl);
    let changes = Changes {
        description: f.text(ctx, "description"),
        notice: f.duration(ctx, "notice"),
        active: f.boolean(ctx, "active"),
        continued_use_is_acceptance: f.boolean(ctx, "continued_use_is_acceptance"),
    };
    f.finish(ctx);
    changes
}

/// `statement <id> : <kind> { text … }`.
pub(super) fn statement(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> Option<Statement> {
    let kinds = &ctx.builtins.vocab.statement_kinds;
    let kind = decl.kind.and_then(|w| v::term(ctx, kinds, w));
    let mut f = fields(decl);
    let text = f.text(ctx, "text");
    let refers_to_procedure = f.boolean(ctx, "refers_to_procedure");
    let procedure = f.text(ctx, "procedure");
    f.finish(ctx);
    Some(Statement {
        id: decl.id_text(),
        kind: kind?,
        text,
        refers_to_procedure,
        procedure,
    })
}

/// `revision <id> { version … date … summary … }`.
pub(super) fn revision(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> Revision {
    let mut f = fields(decl);
    let revision = Revision {
        id: decl.id_text(),
        version: f.string(ctx, "version"),
        date: f.date(ctx, "date"),
        summary: f.text(ctx, "summary"),
    };
    f.finish(ctx);
    revision
}
