//! The policy header and the parties: controller, joint controllers, representative, DPO.

use super::ctx::Ctx;
use super::values as v;
use super::{Decl, fields};
use crate::diagnostics::Diagnostic;
use crate::model::{JointController, ParentalConsentUntil, Party, Policy};
use crate::syntax::{Atom, Entry};

/// `policy <id> { … }`.
pub(super) fn policy(ctx: &mut Ctx<'_>, decl: &Decl<'_>, policy: &mut Policy) {
    let mut f = fields(decl);
    policy.id = decl.id_text();
    let languages_entry = f.take(ctx, "languages");
    languages(ctx, decl, languages_entry);
    policy.languages = ctx.languages.clone();
    policy.title = f.text(ctx, "title");
    policy.version = f.string(ctx, "version");
    policy.effective = f.date(ctx, "effective");
    let audience = &ctx.builtins.vocab.audiences;
    policy.audience = f.terms(ctx, audience, "audience");
    policy.countries = f.countries(ctx, "countries");
    policy.min_age = f.integer(ctx, "min_age", 0..=21);
    policy.scope = f.text(ctx, "scope");
    policy.intro = f.text(ctx, "intro");
    policy.url = f.url(ctx, "url");
    policy.parental_consent = f.text(ctx, "parental_consent");
    let until = f.take(ctx, "parental_consent_until");
    policy.parental_consent_until = parental_consent_until(ctx, until);
    policy.public_authority = f.boolean(ctx, "public_authority").unwrap_or(false);
    policy.large_scale = f.boolean(ctx, "large_scale").unwrap_or(false);
    policy.notice_timing = f.text(ctx, "notice_timing");
    policy.art14_exemption = f.text(ctx, "art14_exemption");
    policy.staff_processing = f.integer(ctx, "staff_processing", 0..=10_000_000);
    let bases = &ctx.builtins.vocab.legal_bases;
    policy.unmapped_bases = f.terms(ctx, bases, "bases");
    policy.child_summary = f.text(ctx, "child_summary");
    let exemptions = &ctx.builtins.vocab.representative_exemptions;
    policy.representative_exemption = f.term(ctx, exemptions, "representative_exemption");
    f.finish(ctx);
}

/// The ages `parental_consent_until` accepts: a child of any age may need a parent, and some
/// states set the age of majority at 21.
const PARENTAL_AGES: std::ops::RangeInclusive<u32> = 1..=21;

/// `parental_consent_until national` (the age of digital consent of the child's country) or
/// `parental_consent_until 16`.
fn parental_consent_until(ctx: &mut Ctx<'_>, entry: Option<&Entry>) -> Option<ParentalConsentUntil> {
    let entry = entry?;
    let field = "parental_consent_until";
    let expected = v::Expected::ConsentAge;
    let atom = v::single(ctx, entry, expected)?;
    if entry.atoms.len() > 1 {
        return None;
    }
    match atom {
        Atom::Word(w) if w.text == v::NOT_STATED => None,
        Atom::Word(w) if w.text == "national" => Some(ParentalConsentUntil::National),
        Atom::Number { text, span } => match text.parse::<u32>() {
            Ok(age) if PARENTAL_AGES.contains(&age) => Some(ParentalConsentUntil::Age { age }),
            _ => {
                let label = if text.contains('.') {
                    "not a whole number"
                } else {
                    "out of range"
                };
                ctx.push(
                    Diagnostic::error(
                        "E0307",
                        format!(
                            "`{field}` must be `national` or a whole number from {} to {}",
                            PARENTAL_AGES.start(),
                            PARENTAL_AGES.end()
                        ),
                        *span,
                        label,
                    )
                    .with_help(expected.help()),
                );
                None
            }
        },
        other => {
            v::type_error(ctx, field, expected, other);
            None
        }
    }
}

/// `languages [en, it]`: required, because every text is read against it.
fn languages(ctx: &mut Ctx<'_>, decl: &Decl<'_>, entry: Option<&crate::syntax::Entry>) {
    let Some(entry) = entry else {
        ctx.push(
            Diagnostic::error(
                "E0106",
                "the policy does not say which languages it is published in",
                decl.header,
                "no `languages` field",
            )
            .with_help("add `languages [en]` (BCP 47 tags; the first is the default language)"),
        );
        return;
    };
    if let [Atom::Word(w)] = entry.atoms.as_slice()
        && w.text == v::NOT_STATED
    {
        ctx.push(
            Diagnostic::error(
                "E0106",
                "a policy must say which languages it is published in",
                w.span,
                "`not_stated` is not a language",
            )
            .with_help("list the languages the notice is published in: `languages [en]` (BCP 47 tags; the first is the default)"),
        );
        return;
    }
    // `words` reports a tag listed twice; only canonical tags are accepted, so no two spellings
    // of one language get through.
    for w in v::words(ctx, Some(entry), v::Expected::Languages) {
        if let Some(tag) = v::language(ctx, w) {
            ctx.languages.push(tag);
        }
    }
    if ctx.languages.is_empty() && matches!(entry.atoms.as_slice(), [Atom::List(l)] if l.items.is_empty()) {
        ctx.push(
            Diagnostic::error(
                "E0106",
                "the policy lists no language",
                super::ctx::value_span(entry),
                "empty list",
            )
            .with_help("list at least one BCP 47 tag: `languages [en]`"),
        );
    }
}

/// Fields shared by every party.
fn party_fields(ctx: &mut Ctx<'_>, f: &mut super::ctx::Fields<'_>, id: String) -> Party {
    Party {
        id,
        name: f.string(ctx, "name"),
        brand: f.string(ctx, "brand"),
        address: f.string(ctx, "address"),
        country: f.one_country(ctx, "country"),
        registration: f.string(ctx, "registration"),
        email: f.email(ctx, "email"),
        phone: f.string(ctx, "phone"),
        url: f.url(ctx, "url"),
        contact_form: f.url(ctx, "contact_form"),
    }
}

/// `controller`, `representative` and `dpo`.
pub(super) fn party(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> Party {
    let mut f = fields(decl);
    let party = party_fields(ctx, &mut f, decl.id_text());
    f.finish(ctx);
    party
}

/// `joint_controller <id> { … arrangement … }` (Art. 26).
pub(super) fn joint_controller(ctx: &mut Ctx<'_>, decl: &Decl<'_>) -> JointController {
    let mut f = fields(decl);
    let party = party_fields(ctx, &mut f, decl.id_text());
    let joint = JointController {
        party,
        arrangement: f.text(ctx, "arrangement"),
        arrangement_url: f.url(ctx, "arrangement_url"),
        purposes: f.refs(ctx, "purpose", "purposes"),
    };
    f.finish(ctx);
    joint
}
