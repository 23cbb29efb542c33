//! The data protection officer: contact details when there is one, a warning when the processing
//! described makes one mandatory, and a mailbox that suggests one when there is none.

use super::Cx;

/// Runs the DPO rules.
pub(super) fn run(cx: &mut Cx<'_>) {
    dpo_contact(cx);
    if !dpo_suggested(cx) {
        german_dpo(cx);
    }
    dpo_mailbox(cx);
}

/// GDPR-13-1-b: a declared DPO comes with contact details (Art. 13(1)(b), 14(1)(b)).
fn dpo_contact(cx: &mut Cx<'_>) {
    let Some(dpo) = &cx.policy.dpo else { return };
    if dpo.email.is_some()
        || dpo.phone.is_some()
        || dpo.contact_form.is_some()
        || dpo.address.is_some()
        || dpo.url.is_some()
    {
        return;
    }
    let id = dpo.id.clone();
    let d = cx
        .finding(
            "GDPR-13-1-b",
            cx.decl("dpo", &id),
            "the data protection officer has no contact details",
            "no `email`, `phone`, `contact_form` or `address`",
        )
        .with_note("a name is optional; a way to reach the DPO is not")
        .with_help("add `email \"dpo@…\"` or another direct contact of the DPO");
    cx.report(format!("dpo/{id}"), d);
}

/// GDPR-37-1: the model suggests a mandatory DPO but none is declared (Art. 37(1)).
/// Returns whether it reported.
fn dpo_suggested(cx: &mut Cx<'_>) -> bool {
    let p = cx.policy;
    if p.dpo.is_some() {
        return false;
    }
    let pid = p.id.clone();
    let (span, reason) = if p.public_authority {
        (
            cx.field("policy", &pid, "public_authority"),
            "the controller is a public authority or body (Art. 37(1)(a))".to_string(),
        )
    } else if p.large_scale {
        let sensitive: Vec<&str> = p
            .data
            .iter()
            .filter(|d| (d.class == "special" || d.class == "criminal") && !d.used_by.is_empty())
            .map(|d| d.id.as_str())
            .collect();
        let mut monitoring: Vec<String> = p
            .purposes
            .iter()
            .filter(|u| {
                cx.builtins
                    .vocab
                    .purpose_kinds
                    .get(&u.kind.id)
                    .is_some_and(|t| t.monitoring)
            })
            .map(|u| format!("purpose `{}`", u.id))
            .collect();
        monitoring.extend(
            p.automated_decisions
                .iter()
                .filter(|a| a.profiling)
                .map(|a| format!("profiling `{}`", a.id)),
        );
        monitoring.extend(
            p.cookies
                .iter()
                .filter(|c| c.category.id == "marketing")
                .map(|c| format!("tracker `{}`", c.id)),
        );
        let span = cx.field("policy", &pid, "large_scale");
        if !sensitive.is_empty() {
            let list = sensitive
                .iter()
                .map(|s| format!("`{s}`"))
                .collect::<Vec<_>>()
                .join(", ");
            (
                span,
                format!("special-category or criminal data ({list}) is processed on a large scale (Art. 37(1)(c))"),
            )
        } else if !monitoring.is_empty() {
            (
                span,
                format!(
                    "people are monitored on a large scale ({}) (Art. 37(1)(b))",
                    monitoring.join(", ")
                ),
            )
        } else {
            return false;
        }
    } else {
        return false;
    };
    let d = cx
        .finding(
            "GDPR-37-1",
            span,
            "a data protection officer is probably mandatory, but none is declared",
            "this makes a DPO mandatory",
        )
        .with_note(reason)
        .with_help("designate a DPO and add `dpo <id> { email \"…\" }`, or waive this finding with the reason it does not apply");
    cx.report(cx.policy_target(), d);
    true
}

/// NAT-DE-38-BDSG: a German controller with at least 20 people constantly processing personal
/// data automatically needs a DPO (Art. 37(4), §38 BDSG).
fn german_dpo(cx: &mut Cx<'_>) {
    let p = cx.policy;
    if p.dpo.is_some() {
        return;
    }
    let Some(controller) = &p.controller else { return };
    if controller.country.as_deref() != Some("DE") {
        return;
    }
    let Some(staff) = p.staff_processing.filter(|n| *n >= 20) else {
        return;
    };
    let d = cx
        .finding(
            "NAT-DE-38-BDSG",
            cx.field("policy", &p.id, "staff_processing"),
            "a German controller with this many staff processing personal data needs a data protection officer",
            format!("{staff} people constantly processing personal data"),
        )
        .with_note("§38 BDSG requires a DPO from 20 persons constantly engaged in automated processing")
        .with_help("designate a DPO and add `dpo <id> { email \"…\" }`");
    cx.report(cx.policy_target(), d);
}

/// LINT-DPO-MAILBOX: a contact address named after a data protection officer (`dpo@…`,
/// `rpd@…`) while the policy declares none. Readers take it for the DPO's address (Art. 13(1)(b)).
fn dpo_mailbox(cx: &mut Cx<'_>) {
    let p = cx.policy;
    if p.dpo.is_some() {
        return;
    }
    let mut contacts: Vec<(&'static str, &str, &str)> = Vec::new();
    if let Some(c) = &p.controller {
        contacts.extend(c.email.as_deref().map(|e| ("controller", c.id.as_str(), e)));
    }
    for j in &p.joint_controllers {
        contacts.extend(
            j.party
                .email
                .as_deref()
                .map(|e| ("joint_controller", j.party.id.as_str(), e)),
        );
    }
    if let Some(r) = &p.representative {
        contacts.extend(r.email.as_deref().map(|e| ("representative", r.id.as_str(), e)));
    }
    if let Some(r) = &p.rights {
        contacts.extend(r.email.as_deref().map(|e| ("rights", "rights", e)));
    }
    let names = &cx.builtins.reference.wording.dpo_mailboxes;
    let mut seen: Vec<String> = Vec::new();
    for (kind, id, email) in contacts {
        let Some(local) = dpo_local_part(names, email) else {
            continue;
        };
        let key = email.to_lowercase();
        if seen.contains(&key) {
            continue;
        }
        seen.push(key);
        let field = cx.field(kind, id, "email");
        let d = cx
            .finding(
                "LINT-DPO-MAILBOX",
                cx.find_phrase(field, email).unwrap_or(field),
                format!("the address `{email}` looks like a data protection officer's, but the policy declares no DPO"),
                format!("`{local}` names a data protection officer"),
            )
            .with_note("readers take it for the DPO's address; if a DPO was designated, Art. 13(1)(b) requires the DPO's contact details to be given as such")
            .with_help("if you have a DPO, declare it: `dpo <id> { email \"…\" }`; if not, use an address that does not suggest one");
        cx.report(format!("{kind}/{id}"), d);
    }
}

/// The part of `email`'s local part that names a DPO, if any: the whole local part or one of
/// its parts separated by `.`, `-`, `_` or `+`, compared case-insensitively.
fn dpo_local_part(names: &[String], email: &str) -> Option<String> {
    let (local, _) = email.trim().rsplit_once('@')?;
    let local = local.to_lowercase();
    if names.contains(&local) {
        return Some(local);
    }
    local
        .split(['.', '-', '_', '+'])
        .find(|part| names.iter().any(|n| n == part))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::dpo_local_part;

    fn names() -> Vec<String> {
        ["dpo", "rpd", "data-protection-officer"].map(String::from).to_vec()
    }

    #[test]
    fn mailboxes_named_after_a_dpo() {
        let n = names();
        assert_eq!(dpo_local_part(&n, "dpo@example.org").as_deref(), Some("dpo"));
        assert_eq!(dpo_local_part(&n, "DPO@Example.org").as_deref(), Some("dpo"));
        assert_eq!(dpo_local_part(&n, "gdpr.dpo@x.eu").as_deref(), Some("dpo"));
        assert_eq!(dpo_local_part(&n, "rpd-team@x.it").as_deref(), Some("rpd"));
        assert_eq!(
            dpo_local_part(&n, "data-protection-officer@x.eu").as_deref(),
            Some("data-protection-officer")
        );
    }

    #[test]
    fn other_mailboxes() {
        let n = names();
        assert_eq!(dpo_local_part(&n, "privacy@x.eu"), None);
        assert_eq!(dpo_local_part(&n, "dpostmaster@x.eu"), None);
        assert_eq!(dpo_local_part(&n, "info@dpo.eu"), None);
        assert_eq!(dpo_local_part(&n, "no-at-sign"), None);
    }
}
