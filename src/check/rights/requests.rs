//! The rights of the people concerned and how they use them: which rights are stated, objection,
//! portability, withdrawal of consent, complaints, channels, fees and deadlines (Art. 12, 13(2),
//! 20, 21).

use crate::check::Cx;
use crate::model::Rights;
use crate::source::Span;

/// The waiver target (and key prefix) of the `rights` declaration.
pub(super) const RIGHTS: &str = "rights";

/// The waiver target of the `rights` declaration.
pub(super) fn rights_target() -> String {
    format!("{RIGHTS}/{RIGHTS}")
}

/// The span of a field of the `rights` declaration.
pub(super) fn rights_field(cx: &Cx<'_>, field: &str) -> Span {
    cx.field(RIGHTS, RIGHTS, field)
}

/// Whether the notice lists this right.
pub(super) fn is_listed(rights: &Rights, id: &str) -> bool {
    rights.listed.iter().any(|t| t.id == id)
}

/// GDPR-13-2-b: the notice lists the rights of access, rectification, erasure, restriction,
/// objection and, where consent or contract is used, portability (Art. 13(2)(b), 14(2)(c)).
pub(super) fn rights_declared_and_listed(cx: &mut Cx<'_>) {
    let Some(rights) = &cx.policy.rights else {
        let d = cx
            .finding(
                "GDPR-13-2-b",
                cx.header(),
                "the notice does not say what rights people have or how to exercise them",
                "no `rights` declaration",
            )
            .with_note("without it the notice also lacks the right to object, to complain to a supervisory authority and a way to send requests")
            .with_help("add `rights { email \"…\" authority <country> }`: the rights are then derived from the legal bases");
        cx.report(cx.policy_target(), d);
        return;
    };
    if rights.listed.is_empty() {
        return;
    }
    let mut required = vec!["access", "rectification", "erasure", "restriction"];
    // Objection missing where Art. 21 applies is reported by GDPR-21-2 and GDPR-21-4.
    if !objection_required(cx) {
        required.push("objection");
    }
    if cx.policy.uses_basis("consent") || cx.policy.uses_basis("contract") {
        required.push("portability");
    }
    let missing: Vec<String> = required
        .into_iter()
        .filter(|r| !is_listed(rights, r))
        .map(|r| format!("`{r}`"))
        .collect();
    if missing.is_empty() {
        return;
    }
    let d = cx
        .finding(
            "GDPR-13-2-b",
            rights_field(cx, "listed"),
            format!("the rights listed leave out {}", missing.join(", ")),
            "incomplete list of rights",
        )
        .with_help(format!(
            "add {} to `listed`, or remove `listed` to have the rights derived from the legal bases",
            missing.join(", ")
        ));
    cx.report(rights_target(), d);
}

/// Whether Art. 21 makes the right to object mandatory (direct marketing, legitimate interests
/// or public task).
pub(super) fn objection_required(cx: &Cx<'_>) -> bool {
    cx.policy.purposes.iter().any(|p| p.direct_marketing)
        || cx.policy.uses_basis("legitimate_interests")
        || cx.policy.uses_basis("public_task")
}

/// GDPR-21-2 and GDPR-21-4: where a purpose is direct marketing, or relies on legitimate
/// interests or a public task, the right to object is stated (Art. 21(2)-(4)).
pub(super) fn objection_stated(cx: &mut Cx<'_>) {
    let Some(rights) = &cx.policy.rights else { return };
    if rights.listed.is_empty() || is_listed(rights, "objection") {
        return;
    }
    let listed = rights_field(cx, "listed");
    if let Some(p) = cx.policy.purposes.iter().find(|p| p.direct_marketing) {
        let d = cx
            .finding(
                "GDPR-21-2",
                listed,
                "the notice does not tell people they can object to direct marketing at any time",
                "no `objection` here",
            )
            .with_secondary(cx.decl("purpose", &p.id), format!("`{}` is direct marketing", p.id))
            .with_help("add `objection` to `listed` and say how to object in `object { … }`: the right is unconditional for direct marketing");
        cx.report(rights_target(), d);
    } else if let Some(p) = cx.policy.purpose_with_basis(&["legitimate_interests", "public_task"]) {
        let d = cx
            .finding(
                "GDPR-21-4",
                listed,
                "the notice does not state the right to object, though a purpose relies on legitimate interests or a public task",
                "no `objection` here",
            )
            .with_secondary(cx.field("purpose", &p.id, "basis"), format!("`{}` relies on this basis", p.id))
            .with_help("add `objection` to `listed`: the right must be brought to people's attention explicitly and separately");
        cx.report(rights_target(), d);
    }
}

/// GDPR-20-SCOPE: portability applies only to data processed on consent or contract
/// (Art. 20(1)); listing it elsewhere is harmless but says more than the law gives.
pub(super) fn portability_scope(cx: &mut Cx<'_>) {
    let Some(rights) = &cx.policy.rights else { return };
    if !is_listed(rights, "portability")
        || cx.policy.purposes.is_empty()
        || cx.policy.uses_basis("consent")
        || cx.policy.uses_basis("contract")
    {
        return;
    }
    let span = cx
        .find_phrase(rights_field(cx, "listed"), "portability")
        .unwrap_or_else(|| rights_field(cx, "listed"));
    let d = cx
        .finding(
            "GDPR-20-SCOPE",
            span,
            "data portability is listed, but no purpose relies on consent or a contract",
            "does not apply to any purpose",
        )
        .with_note(
            "the right to data portability covers only data processed on consent or a contract, by automated means",
        )
        .with_help("keep it if you grant it voluntarily, or remove it so the list matches the law");
    cx.report(rights_target(), d);
}

/// GDPR-13-2-c: where consent is relied on, the notice says it can be withdrawn at any time
/// and how (Art. 13(2)(c), 14(2)(d), 7(3)).
pub(super) fn consent_withdrawal(cx: &mut Cx<'_>) {
    if cx.policy.rights.as_ref().is_some_and(|r| r.withdraw.is_some()) {
        return;
    }
    for purpose in &cx.policy.purposes {
        let basis_consent = purpose.bases.iter().find(|b| b.kind.id == "consent");
        let explicit = purpose
            .condition
            .as_ref()
            .is_some_and(|c| c.kind.id == "explicit_consent");
        let covered = basis_consent.is_some_and(|b| b.withdraw.is_some());
        if (basis_consent.is_none() && !explicit) || covered {
            continue;
        }
        let field = if basis_consent.is_some() { "basis" } else { "condition" };
        let listed = cx
            .policy
            .rights
            .as_ref()
            .is_some_and(|r| is_listed(r, "withdraw_consent"));
        let mut d = cx
            .finding(
                "GDPR-13-2-c",
                cx.field("purpose", &purpose.id, field),
                format!("the notice does not say how to withdraw consent to `{}`", purpose.id),
                "consent without a way to withdraw it",
            )
            .with_help("add `withdraw { … }` to this consent basis, or to `rights`, saying that consent can be withdrawn at any time and how");
        if listed {
            d = d.with_note("the rights list the right to withdraw consent, but not how to use it");
        }
        cx.report(format!("purpose/{}", purpose.id), d);
    }
}

/// GDPR-13-2-d: the notice mentions the right to complain to a supervisory authority
/// (Art. 13(2)(d), 14(2)(e), 77).
pub(super) fn complaint(cx: &mut Cx<'_>) {
    let Some(rights) = &cx.policy.rights else { return };
    if !complaint_missing(rights) {
        return;
    }
    let span = if rights.complaint.is_some() {
        rights_field(cx, "complaint")
    } else {
        rights_field(cx, "listed")
    };
    let d = cx
        .finding(
            "GDPR-13-2-d",
            span,
            "the notice does not mention the right to complain to a supervisory authority",
            if rights.complaint == Some(false) {
                "the complaint right is left out"
            } else {
                "no `complaint` among these rights"
            },
        )
        .with_help(
            "add `complaint` to `listed` (or `complaint true`) and name the authority with `authority <country>`",
        );
    cx.report(rights_target(), d);
}

/// Whether the notice leaves out the complaint right: said so, or a list of rights without it.
/// With no list, the generated notice derives the rights and always includes the complaint.
pub(super) fn complaint_missing(rights: &Rights) -> bool {
    match rights.complaint {
        Some(stated) => !stated,
        None => !rights.listed.is_empty() && !is_listed(rights, "complaint"),
    }
}

/// WP260-SA-NAMED: the supervisory authority is named with its address (Art. 13(2)(d)).
pub(super) fn authority_named(cx: &mut Cx<'_>) {
    let Some(rights) = &cx.policy.rights else { return };
    if rights.authority.is_some() || complaint_missing(rights) {
        return;
    }
    let country = cx
        .policy
        .controller
        .as_ref()
        .and_then(|c| c.country.clone())
        .or_else(|| cx.policy.countries.first().cloned());
    let help = match country
        .as_deref()
        .and_then(|c| cx.builtins.reference.authorities.national(c))
    {
        Some(a) if a.name == a.name_en => format!("add `authority {}`: the {}, {}", a.country, a.name, a.url),
        Some(a) => format!(
            "add `authority {}`: the {} ({}), {}",
            a.country, a.name_en, a.name, a.url
        ),
        None => "add `authority <country>` with the country of the authority competent for you".to_string(),
    };
    let d = cx
        .finding(
            "WP260-SA-NAMED",
            cx.decl(RIGHTS, RIGHTS),
            "the notice does not name the supervisory authority people can complain to",
            "no `authority`",
        )
        .with_help(help);
    cx.report(rights_target(), d);
}

/// WP260-RIGHTS-HOW: the notice says where to send requests (Art. 12(2), 13(2)(b)).
pub(super) fn rights_how(cx: &mut Cx<'_>) {
    let Some(rights) = &cx.policy.rights else { return };
    if rights.email.is_some() || rights.form.is_some() || rights.address.is_some() || rights.phone.is_some() {
        return;
    }
    let d = cx
        .finding(
            "WP260-RIGHTS-HOW",
            cx.decl(RIGHTS, RIGHTS),
            "the notice does not say where to send requests to exercise these rights",
            "no e-mail, form, address or phone",
        )
        .with_help("add `email`, `form`, `address` or `phone` to `rights`");
    cx.report(rights_target(), d);
}

/// WP260-RIGHTS-COND: rights are not made to depend on where people live (Art. 12(1)).
pub(super) fn rights_conditional(cx: &mut Cx<'_>) {
    let Some(rights) = &cx.policy.rights else { return };
    if rights.conditional != Some(true) {
        return;
    }
    let d = cx
        .finding(
            "WP260-RIGHTS-COND",
            rights_field(cx, "conditional"),
            "the notice makes people's rights depend on where they live",
            "conditional rights",
        )
        .with_help("state the GDPR rights plainly for people in the EU/EEA; describe other jurisdictions separately");
    cx.report(rights_target(), d);
}

/// GDPR-12-5-FREE: information and requests are free of charge (Art. 12(5)).
pub(super) fn fee(cx: &mut Cx<'_>) {
    if cx.policy.rights.as_ref().and_then(|r| r.fee) != Some(true) {
        return;
    }
    let d = cx
        .finding(
            "GDPR-12-5-FREE",
            rights_field(cx, "fee"),
            "the notice charges a fee for requests",
            "a fee is charged",
        )
        .with_note(
            "a fee is allowed only for requests that are manifestly unfounded or excessive, or for further copies",
        )
        .with_help("remove the fee, or describe the narrow cases where one is charged in `description`");
    cx.report(rights_target(), d);
}

/// GDPR-12-3-DEADLINE: requests are answered within one month (Art. 12(3)).
pub(super) fn deadline(cx: &mut Cx<'_>) {
    let Some(time) = cx.policy.rights.as_ref().and_then(|r| r.response_time) else {
        return;
    };
    if time.approx_days() <= 31 {
        return;
    }
    let d = cx
        .finding(
            "GDPR-12-3-DEADLINE",
            rights_field(cx, "response_time"),
            "the notice gives more than one month to answer requests",
            "longer than one month",
        )
        .with_note("the deadline is one month; it may be extended by two further months only for complex or numerous requests, telling the person why within the first month")
        .with_help("write `response_time 1 month` (or `30 days`)");
    cx.report(rights_target(), d);
}
