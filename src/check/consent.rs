//! The quality of consent beyond its basis: one consent per purpose (Art. 7, Recital 43),
//! requests distinguishable from other matters (Art. 7(2)), withdrawal as easy as giving
//! (Art. 7(3)); and the Art. 9 conditions shown with their law (Art. 9(2), 9(4)).

use super::Cx;
use crate::model::{Basis, Purpose};

/// Runs the consent and Art. 9 disclosure rules.
pub(super) fn run(cx: &mut Cx<'_>) {
    let purposes = &cx.policy.purposes;
    for purpose in purposes {
        for basis in purpose.bases.iter().filter(|b| b.kind.id == "consent") {
            granular(cx, purpose, basis);
            distinct(cx, purpose, basis);
            ease(cx, purpose, basis);
        }
        condition_law(cx, purpose);
    }
    national_conditions(cx);
}

fn target(purpose: &Purpose) -> String {
    format!("purpose/{}", purpose.id)
}

/// GDPR-7-GRANULAR: consent is asked for each purpose separately, and never for purposes left
/// unspecified (Art. 7(2), Recital 43, EDPB Guidelines 05/2020 on granularity).
fn granular(cx: &mut Cx<'_>, purpose: &Purpose, basis: &Basis) {
    let (span, message, label) = if basis.separate == Some(false) {
        (
            cx.field("purpose", &purpose.id, "basis/separate"),
            format!(
                "consent for purpose `{}` is asked together with consent for other purposes",
                purpose.id
            ),
            "one consent for several purposes",
        )
    } else if purpose.kind.id == "unspecified" {
        (
            cx.decl("purpose", &purpose.id),
            format!("consent is asked for purpose `{}`, which is not specified", purpose.id),
            "consent to an unspecified purpose",
        )
    } else {
        return;
    };
    let d = cx
        .finding("GDPR-7-GRANULAR", span, message, label)
        .with_note("consent is specific only if people can agree to each purpose on its own")
        .with_help("ask for consent purpose by purpose (a separate box or switch each), and write `separate true`");
    cx.report(target(purpose), d);
}

/// GDPR-7-2-DISTINCT: consent asked by accepting terms that also cover other matters must be
/// clearly distinguishable from them (Art. 7(2)).
fn distinct(cx: &mut Cx<'_>, purpose: &Purpose, basis: &Basis) {
    let Some(given) = &basis.given_via else { return };
    let terms = cx
        .builtins
        .vocab
        .consent_channels
        .get(&given.id)
        .is_some_and(|t| t.terms);
    if !terms {
        return;
    }
    let d = cx
        .finding(
            "GDPR-7-2-DISTINCT",
            cx.field("purpose", &purpose.id, "basis/given_via"),
            format!("consent for purpose `{}` is given by accepting the terms", purpose.id),
            "consent mixed with the terms",
        )
        .with_note("a consent request inside a document about other matters must stand out from them, or the consent does not bind")
        .with_help("ask for this consent with its own box or button, apart from the terms, and write `given_via online`");
    cx.report(target(purpose), d);
}

/// GDPR-7-3-EASE: withdrawing consent is as easy as giving it (Art. 7(3)).
fn ease(cx: &mut Cx<'_>, purpose: &Purpose, basis: &Basis) {
    let channels = &cx.builtins.vocab.consent_channels;
    let Some(given) = &basis.given_via else { return };
    let rights_channel = cx.policy.rights.as_ref().and_then(|r| r.withdraw_via.as_ref());
    let (withdraw, field) = match (&basis.withdraw_via, rights_channel) {
        (Some(w), _) => (w, cx.field("purpose", &purpose.id, "basis/withdraw_via")),
        (None, Some(w)) => (w, cx.field("rights", "rights", "withdraw_via")),
        (None, None) => return,
    };
    let effort = |id: &str| channels.get(id).and_then(|t| t.effort).unwrap_or(0);
    if effort(&withdraw.id) <= effort(&given.id) {
        return;
    }
    let d = cx
        .finding(
            "GDPR-7-3-EASE",
            field,
            format!(
                "consent for purpose `{}` is given `{}` but withdrawn only `{}`",
                purpose.id, given.id, withdraw.id
            ),
            "harder to withdraw than to give",
        )
        .with_secondary(
            cx.field("purpose", &purpose.id, "basis/given_via"),
            "consent is given here",
        )
        .with_note("it must be as easy to withdraw consent as to give it, through the same kind of channel")
        .with_help(format!(
            "let people withdraw `{}` too (a switch or link where they agreed), and say so in `withdraw_via`",
            given.id
        ));
    cx.report(target(purpose), d);
}

/// GDPR-9-DISCLOSE: an Art. 9(2) condition that rests on Union or member-state law names that
/// law next to the purpose's basis (Art. 9(2)(b), (g), (i), (j); WP260 rev.01).
fn condition_law(cx: &mut Cx<'_>, purpose: &Purpose) {
    let Some(condition) = &purpose.condition else { return };
    let needs_law = cx
        .builtins
        .vocab
        .special_conditions
        .get(&condition.kind.id)
        .is_some_and(|t| t.needs_law);
    if !needs_law || condition.law.is_some() {
        return;
    }
    let d = cx
        .finding(
            "GDPR-9-DISCLOSE",
            cx.field("purpose", &purpose.id, "condition"),
            format!(
                "purpose `{}` relies on `{}` without naming the law behind it",
                purpose.id, condition.kind.id
            ),
            "which law?",
        )
        .with_note("this Art. 9(2) condition applies only where Union or member-state law provides for the processing")
        .with_help(format!(
            "write `condition {} {{ law \"…\" }}` with the provision relied on",
            condition.kind.id
        ));
    cx.report(target(purpose), d);
}

/// NAT-9-4: genetic, biometric and health data may be subject to further conditions of the
/// member states where the service is offered (Art. 9(4)). Silent when the purposes that use
/// the data name the law they rely on.
fn national_conditions(cx: &mut Cx<'_>) {
    let p = cx.policy;
    for d in &p.data {
        let flagged = cx
            .builtins
            .vocab
            .data_kinds
            .get(&d.kind.id)
            .is_some_and(|t| t.national_conditions);
        if !flagged || d.used_by.is_empty() {
            continue;
        }
        let all_with_law = d.used_by.iter().all(|id| {
            p.purposes
                .iter()
                .find(|u| &u.id == id)
                .and_then(|u| u.condition.as_ref())
                .is_some_and(|c| c.law.is_some())
        });
        if all_with_law {
            continue;
        }
        let states = if p.countries.is_empty() {
            "the member states where the service is offered".to_string()
        } else {
            p.countries
                .iter()
                .map(|c| format!("`{c}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let f = cx
            .finding(
                "NAT-9-4",
                cx.decl("data", &d.id),
                format!("`{}` is {} data, for which national law may set further conditions", d.id, d.kind.id),
                "Art. 9(4) data",
            )
            .with_note(format!("check the rules of {states} (for example on biometric access control at work or on health records)"))
            .with_help("name the national provision relied on in `condition … { law \"…\" }` of each purpose that uses this data");
        cx.report(format!("data/{}", d.id), f);
    }
}
