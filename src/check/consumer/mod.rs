//! What the person sees and agrees to: children's consent (Art. 8), cookies and similar trackers
//! (ePrivacy Art. 5(3)), plain and specific wording (Art. 12(1), WP260), and lints for artefacts
//! that mislead readers (placeholders, legacy references, disclaimers).

mod children;
mod claims;
mod cookies;
mod lints;
mod marketing;
mod plain;
mod references;
mod texts;
mod wording;

use super::Cx;

/// Runs the consumer rules.
pub(super) fn run(cx: &mut Cx<'_>) {
    let texts = texts::author_texts(cx);
    children::children_consent(cx);
    children::age_mismatch(cx);
    children::age_inconsistent(cx);
    cookies::cookie_consent(cx);
    cookies::cookie_wall(cx);
    cookies::implied_cookie_consent(cx);
    cookies::cookie_information(cx);
    cookies::third_party_cookies(cx);
    cookies::reject_button(cx);
    lints::placeholders(cx, &texts);
    wording::vague_wording(cx, &texts);
    wording::vague_purposes(cx);
    wording::languages(cx);
    lints::acceptance_by_use(cx);
    lints::changes(cx);
    lints::non_personal(cx);
    lints::legacy(cx, &texts);
    lints::risk_disclaimer(cx);
    lints::ownership(cx);
    lints::open_lists(cx, &texts);
    plain::plain_language(cx, &texts);
    plain::child_language(cx);
    marketing::electronic_marketing(cx);
    marketing::pixels(cx);
    marketing::pre_ticked(cx);
    claims::missing_procedure(cx);
    claims::anonymous_tracking(cx);
    references::dangling_references(cx, &texts);
}
