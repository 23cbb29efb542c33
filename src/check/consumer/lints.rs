//! Statements and artefacts that mislead readers: acceptance by use, changes, anonymity claims,
//! legacy references, disclaimers, placeholders, open item lists.

use super::texts::*;
use crate::builtin::Placeholders;
use crate::check::{Cx, find_words, word_occurrences};
use crate::source::Span;

/// The span of a statement: its text when written, else its header.
pub(super) fn statement_span(cx: &Cx<'_>, id: &str) -> Span {
    cx.field("statement", id, "text")
}

/// What a rule says about every statement of one kind.
struct StatementRule {
    kind: &'static str,
    code: &'static str,
    message: &'static str,
    label: &'static str,
    note: &'static str,
    help: &'static str,
}

/// Reports each statement of `rule.kind` with the rule's wording.
fn statement_rule(cx: &mut Cx<'_>, rule: &StatementRule) {
    for s in cx.policy.statements_of(rule.kind) {
        let d = cx
            .finding(rule.code, statement_span(cx, &s.id), rule.message, rule.label)
            .with_note(rule.note)
            .with_help(rule.help);
        cx.report(format!("statement/{}", s.id), d);
    }
}

/// WP260-SEPARATE: the notice informs; it is not a contract people accept by using the service
/// (Art. 12(1), WP260 rev.01).
pub(super) fn acceptance_by_use(cx: &mut Cx<'_>) {
    statement_rule(
        cx,
        &StatementRule {
            kind: "acceptance_by_use",
            code: "WP260-SEPARATE",
            message: "the notice presents itself as terms people accept by using the service",
            label: "acceptance by use",
            note: "a privacy notice only informs; agreeing to it gives no consent and no basis for processing",
            help: "remove the statement; ask for consent separately where a purpose relies on it",
        },
    );
}

/// WP260-CHANGES: changes to the notice are announced, and continued use is not acceptance
/// (Art. 12(1), WP260 rev.01, Recital 32). A notice without a `changes` declaration gets an
/// info finding.
pub(super) fn changes(cx: &mut Cx<'_>) {
    match &cx.policy.changes {
        None => {
            let mut d = cx
                .finding(
                    "WP260-CHANGES",
                    cx.header(),
                    "the notice does not say how changes to it are announced",
                    "no `changes` declaration",
                )
                .with_help("add `changes { description \"…\" notice 30 days active true }` saying how people are told before a change applies");
            d.severity = crate::diagnostics::Severity::Info;
            cx.report(cx.policy_target(), d);
        }
        Some(c) if c.continued_use_is_acceptance == Some(true) => {
            let d = cx
                .finding(
                    "WP260-CHANGES",
                    cx.field("changes", "changes", "continued_use_is_acceptance"),
                    "continued use is treated as acceptance of changes to the notice",
                    "silence is not acceptance",
                )
                .with_note("people must be told of material changes actively; using the service is not agreeing to them")
                .with_help("tell people about changes actively (`active true`, with a `notice` period), and write `continued_use_is_acceptance false`");
            cx.report("changes/changes", d);
        }
        Some(_) => {}
    }
}

/// Whether a data kind is an online identifier in the sense of Recital 30.
fn online_identifier(cx: &Cx<'_>, kind: &str) -> bool {
    cx.builtins
        .vocab
        .data_kinds
        .get(kind)
        .is_some_and(|t| t.online_identifier)
}

/// LINT-NONPERSONAL: IP addresses, device and cookie identifiers are personal data, not
/// anonymous (Art. 4(1), Recital 30).
pub(super) fn non_personal(cx: &mut Cx<'_>) {
    let p = cx.policy;
    for d in &p.data {
        if online_identifier(cx, &d.kind.id) && d.called_anonymous == Some(true) {
            let f = cx
                .finding(
                    "LINT-NONPERSONAL",
                    cx.field("data", &d.id, "called_anonymous"),
                    format!(
                        "the notice calls the {} in `{}` anonymous",
                        d.kind.id.replace('_', " "),
                        d.id
                    ),
                    "identifiers are personal data",
                )
                .with_note("online identifiers such as IP addresses, device IDs and cookie IDs single a person out")
                .with_help("treat this data as personal data and remove `called_anonymous true`");
            cx.report(format!("data/{}", d.id), f);
        }
    }
    let Some(identifiers) = p
        .data
        .iter()
        .find(|d| online_identifier(cx, &d.kind.id) && d.called_anonymous != Some(true))
    else {
        return;
    };
    for s in cx.policy.statements_of("anonymised_use") {
        let f = cx
            .finding(
                "LINT-NONPERSONAL",
                statement_span(cx, &s.id),
                "the notice says it uses anonymised data while it collects online identifiers",
                "anonymised?",
            )
            .with_secondary(
                cx.decl("data", &identifiers.id),
                "online identifiers are collected here",
            )
            .with_note("data still linked to an IP address, a device or a cookie ID is pseudonymous, not anonymous")
            .with_help(
                "say which data is aggregated and how, and do not call data anonymous while it carries identifiers",
            );
        cx.report(format!("statement/{}", s.id), f);
    }
}

/// LINT-LEGACY: no references to pre-GDPR instruments (Safe Harbor, Privacy Shield, national
/// file registers), which mislead about the current safeguards (Art. 12(1)).
pub(super) fn legacy(cx: &mut Cx<'_>, texts: &[AuthorText<'_>]) {
    let builtins = cx.builtins;
    let legacy_phrases = &builtins.reference.wording.legacy_phrases;
    let legacy_statements = cx.policy.statements_of("legacy_reference");
    for s in &legacy_statements {
        let d = cx
            .finding(
                "LINT-LEGACY",
                statement_span(cx, &s.id),
                "the notice refers to a pre-GDPR instrument",
                "outdated reference",
            )
            .with_note(
                "Safe Harbor and the Privacy Shield were annulled, and data-file registers were abolished by the GDPR",
            )
            .with_help("remove the reference, and name the safeguard actually relied on today");
        cx.report(format!("statement/{}", s.id), d);
    }
    for t in texts {
        if t.kind == "statement" && legacy_statements.iter().any(|s| s.id == t.id) {
            continue;
        }
        let hit = t.languages().into_iter().find_map(|(_, values)| {
            values.into_iter().find_map(|v| {
                legacy_phrases
                    .iter()
                    .find(|ph| find_words(v, ph).is_some())
                    .map(|ph| (v, ph.as_str()))
            })
        });
        let Some((value, phrase)) = hit else { continue };
        let span = locate(cx, cx.field(t.kind, &t.id, &t.field), value, phrase);
        let d = cx
            .finding(
                "LINT-LEGACY",
                span,
                format!(
                    "the `{}` of {} `{}` refers to a pre-GDPR instrument",
                    t.field, t.kind, t.id
                ),
                "outdated reference",
            )
            .with_note(
                "Safe Harbor and the Privacy Shield were annulled, and data-file registers were abolished by the GDPR",
            )
            .with_help("remove the reference, and name the safeguard actually relied on today");
        cx.report(t.target.clone(), d);
    }
    for tr in &cx.policy.transfers {
        let Some(reference) = &tr.reference else { continue };
        let Some(phrase) = legacy_phrases.iter().find(|ph| find_words(reference, ph).is_some()) else {
            continue;
        };
        let field = cx.field("transfer", &tr.id, "reference");
        let d = cx
            .finding(
                "LINT-LEGACY",
                cx.find_phrase(field, phrase).unwrap_or(field),
                format!("the transfer `{}` relies on a pre-GDPR instrument", tr.id),
                "no longer valid",
            )
            .with_help("rely on the EU-US Data Privacy Framework for certified recipients, or on the 2021 standard contractual clauses");
        cx.report(format!("transfer/{}", tr.id), d);
    }
}

/// LINT-RISK-DISCLAIMER: the controller cannot shift the risk of its processing onto people
/// (Art. 82, with Art. 5(1)(f) and 32).
pub(super) fn risk_disclaimer(cx: &mut Cx<'_>) {
    statement_rule(
        cx,
        &StatementRule {
            kind: "own_risk",
            code: "LINT-RISK-DISCLAIMER",
            message: "the notice says people provide data at their own risk",
            label: "liability cannot be waived",
            note: "the controller must secure the data and answers for damage caused by an infringement",
            help: "remove the disclaimer and describe your security measures instead",
        },
    );
}

/// LINT-OWNERSHIP: the controller does not own people's personal data (Art. 12(1)).
pub(super) fn ownership(cx: &mut Cx<'_>) {
    statement_rule(
        cx,
        &StatementRule {
            kind: "data_ownership",
            code: "LINT-OWNERSHIP",
            message: "the notice claims to own the information it collects",
            label: "ownership claim",
            note: "personal data stays the person's: they keep their rights over it whatever the notice says",
            help: "remove the claim, or say instead who is responsible for the data (the controller)",
        },
    );
}

/// The first sign of an unfilled template in `text`, if any.
pub(super) fn placeholder_in<'w>(words: &'w Placeholders, text: &str) -> Option<&'w str> {
    words
        .text
        .iter()
        .map(String::as_str)
        .find(|ph| find_words(text, ph).is_some())
        .or_else(|| {
            words.upper_text.iter().map(String::as_str).find(|ph| {
                word_occurrences(text, ph)
                    .into_iter()
                    .any(|at| text.get(at..at + ph.len()) == Some(*ph))
            })
        })
}

/// LINT-PLACEHOLDER: no template placeholders left in texts or in the names and addresses of
/// the parties (Art. 12(1)). Placeholder e-mails and web addresses are GDPR-13-1-a-CONTACT.
pub(super) fn placeholders(cx: &mut Cx<'_>, texts: &[AuthorText<'_>]) {
    let builtins = cx.builtins;
    let words = &builtins.reference.placeholders;
    for t in texts {
        let hit = t.languages().into_iter().find_map(|(_, values)| {
            values
                .into_iter()
                .find_map(|v| placeholder_in(words, v).map(|ph| (v.to_string(), ph)))
        });
        let Some((value, phrase)) = hit else { continue };
        let span = locate(cx, cx.field(t.kind, &t.id, &t.field), &value, phrase);
        let d = cx
            .finding(
                "LINT-PLACEHOLDER",
                span,
                format!(
                    "the `{}` of {} `{}` still contains a template placeholder",
                    t.field, t.kind, t.id
                ),
                "placeholder",
            )
            .with_help("replace the placeholder with the real text before publishing");
        cx.report(t.target.clone(), d);
    }
    let p = cx.policy;
    let mut parties: Vec<(&str, &crate::model::Party)> = Vec::new();
    parties.extend(p.controller.iter().map(|c| ("controller", c)));
    parties.extend(p.representative.iter().map(|c| ("representative", c)));
    parties.extend(p.dpo.iter().map(|c| ("dpo", c)));
    parties.extend(p.joint_controllers.iter().map(|j| ("joint_controller", &j.party)));
    for (kind, party) in parties {
        let fields = [
            ("name", &party.name),
            ("brand", &party.brand),
            ("address", &party.address),
            ("registration", &party.registration),
            ("phone", &party.phone),
        ];
        for (field, value) in fields {
            let Some(value) = value else { continue };
            let Some(phrase) = placeholder_in(words, value) else {
                continue;
            };
            let span = cx.field(kind, &party.id, field);
            let d = cx
                .finding(
                    "LINT-PLACEHOLDER",
                    cx.find_phrase(span, phrase).unwrap_or(span),
                    format!(
                        "the `{field}` of the {} still contains a template placeholder",
                        kind.replace('_', " ")
                    ),
                    "placeholder",
                )
                .with_help("replace the placeholder with the real details before publishing");
            cx.report(format!("{kind}/{}", party.id), d);
        }
    }
}

/// The languages of a list field whose last item leaves the list open, with that item.
pub(super) fn open_list_ends<'t, 'b>(cx: &Cx<'b>, t: &'t AuthorText<'_>) -> Vec<(&'t str, &'t str, &'b str)> {
    let mut out = Vec::new();
    for (lang, values) in t.languages() {
        let Some(last) = values.last() else { continue };
        let lower = last.trim().to_lowercase();
        let ending = cx
            .builtins
            .reference
            .wording
            .open_endings
            .iter()
            .map(String::as_str)
            .find(|e| lower == *e || (lower.ends_with(e) && find_words(&lower, e).is_some()));
        if let Some(e) = ending {
            out.push((lang, *last, e));
        }
    }
    out
}

/// LINT-ETC: lists of data items or measures are closed: they do not end in "etc." or an
/// equivalent (Art. 12(1)).
pub(super) fn open_lists(cx: &mut Cx<'_>, texts: &[AuthorText<'_>]) {
    for t in texts.iter().filter(|t| t.is_list()) {
        let ends = open_list_ends(cx, t);
        let Some((_, last, ending)) = ends.first() else {
            continue;
        };
        let span = locate(cx, cx.field(t.kind, &t.id, &t.field), last, ending);
        let d = cx
            .finding(
                "LINT-ETC",
                span,
                format!("the `{}` of {} `{}` ends in `{ending}`", t.field, t.kind, t.id),
                "open list",
            )
            .with_note("a list left open does not tell people what is actually processed")
            .with_help("list every item, and drop the open ending");
        cx.report(t.target.clone(), d);
    }
}
