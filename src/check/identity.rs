//! Who is responsible and how to reach them: controller, joint controllers, representative, DPO.

use super::Cx;
use crate::builtin::Placeholders;
use crate::model::Party;

/// Runs the identity rules.
pub(super) fn run(cx: &mut Cx<'_>) {
    controller_identity(cx);
    placeholder_contacts(cx);
    joint_controllers(cx);
    representative(cx);
    super::dpo::run(cx);
}

/// GDPR-13-1-a: the controller's identity and contact details (Art. 13(1)(a), 14(1)(a)).
fn controller_identity(cx: &mut Cx<'_>) {
    let Some(controller) = &cx.policy.controller else {
        let d = cx
            .finding(
                "GDPR-13-1-a",
                cx.header(),
                "the notice does not say who the controller is",
                "no `controller` declaration",
            )
            .with_help(
                "add `controller <id> { name \"…\" address \"…\" email \"…\" }` with the legal entity responsible",
            );
        cx.report(cx.policy_target(), d);
        return;
    };
    let target = format!("controller/{}", controller.id);
    let span = cx.decl("controller", &controller.id);
    let mut missing = Vec::new();
    if controller.name.is_none() {
        missing.push("its legal name (`name`)");
    }
    if controller.address.is_none() {
        missing.push("a postal address (`address`)");
    }
    if controller.email.is_none() && controller.phone.is_none() && controller.contact_form.is_none() {
        missing.push("a direct contact (`email`, `phone` or `contact_form`)");
    }
    if !missing.is_empty() {
        let d = cx
            .finding(
                "GDPR-13-1-a",
                span,
                "the controller's identity or contact details are incomplete",
                "missing details",
            )
            .with_note(format!("missing: {}", missing.join(", ")))
            .with_help("people must be able to tell who is responsible and reach them directly");
        cx.report(target, d);
    }
}

/// Whether a host name is a documentation or template placeholder.
fn placeholder_host(words: &Placeholders, host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').collect();
    let tld = labels.last().copied().unwrap_or_default();
    if words.reserved_tlds.iter().any(|t| t == tld) {
        return true;
    }
    if words
        .reserved_domains
        .iter()
        .any(|r| host == *r || host.ends_with(&format!(".{r}")))
    {
        return true;
    }
    let inner = labels.len().saturating_sub(1);
    labels
        .iter()
        .take(inner)
        .any(|l| words.host_labels.iter().any(|p| p == l))
        || words.template_domains.contains(&host)
}

/// Whether an e-mail address is a placeholder (`name@yourcompany.com`, `xxx@shop.eu`).
fn placeholder_email(words: &Placeholders, email: &str) -> bool {
    let Some((local, host)) = email.rsplit_once('@') else {
        return false;
    };
    let local = local.to_ascii_lowercase();
    placeholder_host(words, host) || words.email_locals.contains(&local)
}

/// Whether a web address is a placeholder.
fn placeholder_url(words: &Placeholders, url: &str) -> bool {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(|h| placeholder_host(words, h)))
        .unwrap_or(false)
}

/// Whether a telephone number is a placeholder (`+00 000 000`, `xxx-xxxx`, `123456789`).
fn placeholder_phone(_words: &Placeholders, phone: &str) -> bool {
    let lower = phone.to_ascii_lowercase();
    if lower.contains("xx") {
        return true;
    }
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 5 {
        return false;
    }
    let first = digits.chars().next();
    digits.chars().all(|c| Some(c) == first) || "01234567890".contains(&digits) || "9876543210".contains(&digits)
}

/// GDPR-13-1-a-CONTACT: contact details that are template placeholders (Art. 13(1)(a)).
fn placeholder_contacts(cx: &mut Cx<'_>) {
    let mut parties: Vec<(&'static str, &Party)> = Vec::new();
    if let Some(p) = &cx.policy.controller {
        parties.push(("controller", p));
    }
    if let Some(p) = &cx.policy.representative {
        parties.push(("representative", p));
    }
    if let Some(p) = &cx.policy.dpo {
        parties.push(("dpo", p));
    }
    for j in &cx.policy.joint_controllers {
        parties.push(("joint_controller", &j.party));
    }
    let builtins = cx.builtins;
    let words = &builtins.reference.placeholders;
    let mut found = Vec::new();
    for (kind, party) in parties {
        let fields = [
            (
                "email",
                party.email.as_deref(),
                placeholder_email as fn(&Placeholders, &str) -> bool,
            ),
            ("url", party.url.as_deref(), placeholder_url),
            ("contact_form", party.contact_form.as_deref(), placeholder_url),
            ("phone", party.phone.as_deref(), placeholder_phone),
        ];
        for (field, value, is_placeholder) in fields {
            if let Some(value) = value.filter(|v| is_placeholder(words, v)) {
                found.push((kind, party.id.clone(), field, value.to_string()));
            }
        }
    }
    for (kind, id, field, value) in found {
        let d = cx
            .finding(
                "GDPR-13-1-a-CONTACT",
                cx.field(kind, &id, field),
                format!("`{value}` looks like a template placeholder, not a real contact"),
                "placeholder contact",
            )
            .with_note("addresses such as `example.com`, `yourcompany.com` or `.test` reach nobody")
            .with_help(format!("replace `{field}` with the contact people can really use"));
        cx.report(format!("{kind}/{id}"), d);
    }
}

/// GDPR-13-1-a-JOINT: each joint controller identified, with the essence of the arrangement
/// (Art. 26(2)).
fn joint_controllers(cx: &mut Cx<'_>) {
    let mut found = Vec::new();
    for j in &cx.policy.joint_controllers {
        let p = &j.party;
        let mut missing = Vec::new();
        if p.name.is_none() {
            missing.push("its legal name (`name`)");
        }
        if p.email.is_none() && p.phone.is_none() && p.contact_form.is_none() && p.address.is_none() && p.url.is_none()
        {
            missing.push("a way to contact it (`email`, `phone`, `contact_form`, `address` or `url`)");
        }
        if j.arrangement.is_none() && j.arrangement_url.is_none() {
            missing.push("the essence of the arrangement (`arrangement` or `arrangement_url`)");
        }
        if !missing.is_empty() {
            found.push((p.id.clone(), missing));
        }
    }
    for (id, missing) in found {
        let d = cx
            .finding(
                "GDPR-13-1-a-JOINT",
                cx.decl("joint_controller", &id),
                format!("joint controller `{id}` is not fully identified"),
                "incomplete joint controller",
            )
            .with_note(format!("missing: {}", missing.join(", ")))
            .with_help(
                "name each joint controller, say how to reach it, and summarise who does what under the arrangement",
            );
        cx.report(format!("joint_controller/{id}"), d);
    }
}

/// What shows that the notice addresses people in the EU/EEA (Art. 3(2)), if anything.
fn eea_targeting(cx: &Cx<'_>) -> Option<String> {
    let countries = &cx.builtins.countries;
    let eea: Vec<&str> = cx
        .policy
        .countries
        .iter()
        .map(String::as_str)
        .filter(|c| countries.in_eea(c))
        .collect();
    if !eea.is_empty() {
        return Some(format!("the service is offered in {}", eea.join(", ")));
    }
    let langs: Vec<&str> = cx
        .policy
        .languages
        .iter()
        .map(String::as_str)
        .filter(|l| {
            let primary = l.split('-').next().unwrap_or_default();
            cx.builtins.reference.languages.mostly_eea(primary)
        })
        .collect();
    (!langs.is_empty()).then(|| format!("the notice is published in {}", langs.join(", ")))
}

/// GDPR-13-1-a-REP and GDPR-27-3-LOC: a controller outside the EU/EEA that addresses people
/// there names a representative in the Union (Art. 13(1)(a), 27(1)), established in one of the
/// member states where those people are (Art. 27(3)).
fn representative(cx: &mut Cx<'_>) {
    let Some(controller) = &cx.policy.controller else {
        return;
    };
    let Some(country) = controller.country.clone() else {
        return;
    };
    if cx.builtins.countries.in_eea(&country) {
        return;
    }
    let Some(why) = eea_targeting(cx) else { return };
    let controller_id = controller.id.clone();
    let Some(rep) = &cx.policy.representative else {
        if let Some(ground) = cx.policy.representative_exemption.clone() {
            super::exemption::exemption_ground(cx, &ground.id);
            return;
        }
        super::exemption::waiver_without_ground(cx, &controller_id);
        let d = cx
            .finding(
                "GDPR-13-1-a-REP",
                cx.field("controller", &controller_id, "country"),
                "the controller is outside the EU/EEA but names no representative in the Union",
                format!("controller established in `{country}`"),
            )
            .with_note(format!("{why}, so Art. 3(2) brings the processing under the GDPR"))
            .with_help("add `representative <id> { name \"…\" address \"…\" country <EEA code> email \"…\" }`");
        cx.report(format!("controller/{controller_id}"), d);
        return;
    };
    let rep_id = rep.id.clone();
    let mut missing = Vec::new();
    if rep.name.is_none() {
        missing.push("its name (`name`)");
    }
    if rep.address.is_none() {
        missing.push("its address in the Union (`address`)");
    }
    if rep.email.is_none() && rep.phone.is_none() && rep.contact_form.is_none() {
        missing.push("a direct contact (`email`, `phone` or `contact_form`)");
    }
    if rep.country.is_none() {
        missing.push("the member state it is established in (`country`)");
    }
    if !missing.is_empty() {
        let d = cx
            .finding(
                "GDPR-13-1-a-REP",
                cx.decl("representative", &rep_id),
                "the representative's identity or contact details are incomplete",
                "missing details",
            )
            .with_note(format!("missing: {}", missing.join(", ")))
            .with_help("people and authorities must be able to reach the representative instead of the controller");
        cx.report(format!("representative/{rep_id}"), d);
    }
    match rep.country.clone() {
        Some(rc) if !cx.builtins.countries.in_eea(&rc) => {
            let d = cx
                .finding(
                    "GDPR-13-1-a-REP",
                    cx.field("representative", &rep_id, "country"),
                    format!("the representative is established in `{rc}`, outside the EU/EEA"),
                    "not in the Union",
                )
                .with_help("the representative must be established in a member state where the people concerned are");
            cx.report(format!("representative/{rep_id}"), d);
        }
        Some(rc) => {
            let eea: Vec<&str> = cx
                .policy
                .countries
                .iter()
                .map(String::as_str)
                .filter(|c| cx.builtins.countries.in_eea(c))
                .collect();
            if !eea.is_empty() && !eea.contains(&rc.as_str()) {
                let d = cx
                    .finding(
                        "GDPR-27-3-LOC",
                        cx.field("representative", &rep_id, "country"),
                        format!("the representative is in `{rc}`, where the service is not offered"),
                        "representative's country",
                    )
                    .with_note(format!("the policy lists these EU/EEA countries: {}", eea.join(", ")))
                    .with_help(
                        "designate the representative in one of the member states where the people concerned are",
                    );
                cx.report(format!("representative/{rep_id}"), d);
            }
        }
        None => {}
    }
}
