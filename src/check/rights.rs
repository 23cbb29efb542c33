//! Retention, the rights of the people concerned and how they use them, consent withdrawal,
//! complaints, whether data must be provided, automated decisions, and data obtained from
//! others (Art. 5(1)(e), 12(3), 12(5), 13(2), 14, 20, 21).

use super::Cx;
use crate::model::{DataCategory, Retention, Rights};
use crate::source::Span;

/// The waiver target (and key prefix) of the `rights` declaration.
const RIGHTS: &str = "rights";

/// Runs the rights rules.
pub(super) fn run(cx: &mut Cx<'_>) {
    retention_given(cx);
    retention_vague(cx);
    retention_indefinite(cx);
    retention_per_category(cx);
    rights_declared_and_listed(cx);
    objection_stated(cx);
    portability_scope(cx);
    consent_withdrawal(cx);
    complaint(cx);
    authority_named(cx);
    rights_how(cx);
    rights_conditional(cx);
    fee(cx);
    deadline(cx);
    requirement(cx);
    automated_decisions(cx);
    no_automated_decisions_statement(cx);
    art14_categories(cx);
    art14_source(cx);
    art14_timing(cx);
    art14_exemption(cx);
}

fn rights_target() -> String {
    format!("{RIGHTS}/{RIGHTS}")
}

fn rights_field(cx: &Cx<'_>, field: &str) -> Span {
    cx.field(RIGHTS, RIGHTS, field)
}

/// Whether any purpose relies on a legal basis of this kind.
fn is_listed(rights: &Rights, id: &str) -> bool {
    rights.listed.iter().any(|t| t.id == id)
}

/// The retention phrases of the vague-wording lexicon.
fn retention_phrases<'b>(cx: &Cx<'b>) -> impl Iterator<Item = &'b str> {
    cx.builtins
        .reference
        .vague
        .entries
        .iter()
        .filter(|e| e.kind == "retention")
        .map(|e| e.phrase.as_str())
}

/// The first retention phrase inside `span`.
fn vague_phrase_in(cx: &Cx<'_>, span: Span) -> Option<Span> {
    retention_phrases(cx).find_map(|phrase| cx.find_phrase(span, phrase))
}

/// Every stated retention: `(kind, id, retention)` for purposes and data categories.
fn retentions<'p>(cx: &Cx<'p>) -> Vec<(&'static str, &'p str, &'p Retention)> {
    let purposes = cx
        .policy
        .purposes
        .iter()
        .filter_map(|p| p.retention.as_ref().map(|r| ("purpose", p.id.as_str(), r)));
    let data = cx
        .policy
        .data
        .iter()
        .filter_map(|d| d.retention.as_ref().map(|r| ("data", d.id.as_str(), r)));
    purposes.chain(data).collect()
}

/// GDPR-13-2-a: every purpose says how long its data is kept, or each of its data categories
/// does; a period says what starts it (Art. 13(2)(a)).
fn retention_given(cx: &mut Cx<'_>) {
    for (kind, id, retention) in retentions(cx) {
        if let Retention::Period {
            period, after: None, ..
        } = retention
        {
            let d = cx
                .finding(
                    "GDPR-13-2-a",
                    cx.field(kind, id, "retention"),
                    format!("the retention of `{id}` does not say when its period starts"),
                    "a period, but after what?",
                )
                .with_help(format!(
                    "name the event that starts the period, e.g. `retention {} {} after contract_end`",
                    period.amount,
                    format!("{:?}", period.unit).to_lowercase()
                ));
            cx.report(format!("{kind}/{id}"), d);
        }
    }
    for purpose in &cx.policy.purposes {
        if purpose.retention.is_some() {
            continue;
        }
        let uncovered: Vec<&str> = purpose
            .data
            .iter()
            .filter(|d| cx.policy.data_category(d).is_none_or(|c| c.retention.is_none()))
            .map(String::as_str)
            .collect();
        if !purpose.data.is_empty() && uncovered.is_empty() {
            continue;
        }
        let span = if cx.has_field("purpose", &purpose.id, "retention") {
            cx.field("purpose", &purpose.id, "retention")
        } else {
            cx.decl("purpose", &purpose.id)
        };
        let mut d = cx.finding(
            "GDPR-13-2-a",
            span,
            format!(
                "the notice does not say how long the data of purpose `{}` is kept",
                purpose.id
            ),
            "no retention period",
        );
        if !purpose.data.is_empty() && uncovered.len() < purpose.data.len() {
            let list: Vec<String> = uncovered.iter().map(|d| format!("`{d}`")).collect();
            d = d.with_note(format!("no retention is given for its data {}", list.join(", ")));
        }
        let d = d.with_help(
            "add `retention <period> after <event>` (e.g. `2 years after contract_end`), `until <event>`, or `retention { criteria … }` when no fixed period is possible",
        );
        cx.report(format!("purpose/{}", purpose.id), d);
    }
}

/// GDPR-13-2-a-VAGUE: "as long as necessary" is not a retention period (Art. 13(2)(a)).
fn retention_vague(cx: &mut Cx<'_>) {
    for (kind, id, retention) in retentions(cx) {
        let field = cx.field(kind, id, "retention");
        let span = match retention {
            Retention::AsLongAsNecessary { note } => {
                let in_note = note
                    .as_ref()
                    .and_then(|_| vague_phrase_in(cx, cx.field(kind, id, "retention/note")));
                in_note.unwrap_or(field)
            }
            Retention::Criteria { criteria, .. } => {
                let within = cx.field(kind, id, "retention/criteria");
                let Some(phrase) = vague_phrase_in(cx, within) else {
                    continue;
                };
                // Criteria that give a number or name a law say more than "as long as necessary".
                let concrete = criteria.values().any(|t| t.chars().any(|c| c.is_ascii_digit()));
                if concrete || matches!(retention, Retention::Criteria { law: Some(_), .. }) {
                    continue;
                }
                phrase
            }
            _ => continue,
        };
        let d = cx
            .finding(
                "GDPR-13-2-a-VAGUE",
                span,
                format!("the retention of `{id}` says only that data is kept as long as necessary"),
                "not a retention period",
            )
            .with_help(
                "give a period and the event that starts it (`2 years after contract_end`), or the concrete criteria that fix it and the law that sets them",
            );
        cx.report(format!("{kind}/{id}"), d);
    }
}

/// GDPR-5-1-e-INDEF: data is not kept without an end (Art. 5(1)(e)).
fn retention_indefinite(cx: &mut Cx<'_>) {
    for (kind, id, retention) in retentions(cx) {
        if matches!(retention, Retention::Indefinite { .. }) {
            let d = cx
                .finding(
                    "GDPR-5-1-e-INDEF",
                    cx.field(kind, id, "retention"),
                    format!("the data of `{id}` is kept without an end"),
                    "kept indefinitely",
                )
                .with_help("data may be kept only as long as the purpose needs it: set a period after an event, or anonymise the data when the purpose ends");
            cx.report(format!("{kind}/{id}"), d);
        }
    }
}

/// WP260-RET-PERCAT: one blanket retention copied onto every purpose hides the real periods
/// of the different categories (Art. 13(2)(a)).
fn retention_per_category(cx: &mut Cx<'_>) {
    let purposes = &cx.policy.purposes;
    if purposes.len() < 3 || cx.policy.data.iter().any(|d| d.retention.is_some()) {
        return;
    }
    let mut keys = purposes.iter().map(|p| match &p.retention {
        // Vague and indefinite retention have their own findings.
        Some(Retention::AsLongAsNecessary { .. } | Retention::Indefinite { .. }) | None => None,
        Some(r) => serde_json::to_string(r).ok(),
    });
    let Some(Some(first)) = keys.next() else { return };
    if !keys.all(|k| k.as_deref() == Some(first.as_str())) {
        return;
    }
    let Some(p0) = purposes.first() else { return };
    let mut d = cx
        .finding(
            "WP260-RET-PERCAT",
            cx.field("purpose", &p0.id, "retention"),
            format!("all {} purposes give the same retention", purposes.len()),
            "one retention for every purpose",
        )
        .with_note("a single period for everything rarely matches what is really done: account data, invoices and logs are usually kept for different times")
        .with_help("state the retention of each purpose or data category, including any archiving period required by law");
    for p in purposes.iter().skip(1).take(3) {
        d = d.with_secondary(cx.field("purpose", &p.id, "retention"), "the same retention");
    }
    cx.report(cx.policy_target(), d);
}

/// GDPR-13-2-b: the notice lists the rights of access, rectification, erasure, restriction,
/// objection and, where consent or contract is used, portability (Art. 13(2)(b), 14(2)(c)).
fn rights_declared_and_listed(cx: &mut Cx<'_>) {
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
fn objection_required(cx: &Cx<'_>) -> bool {
    cx.policy.purposes.iter().any(|p| p.direct_marketing)
        || cx.policy.uses_basis("legitimate_interests")
        || cx.policy.uses_basis("public_task")
}

/// GDPR-21-2 and GDPR-21-4: where a purpose is direct marketing, or relies on legitimate
/// interests or a public task, the right to object is stated (Art. 21(2)-(4)).
fn objection_stated(cx: &mut Cx<'_>) {
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
fn portability_scope(cx: &mut Cx<'_>) {
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
fn consent_withdrawal(cx: &mut Cx<'_>) {
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
fn complaint(cx: &mut Cx<'_>) {
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
fn complaint_missing(rights: &Rights) -> bool {
    match rights.complaint {
        Some(stated) => !stated,
        None => !rights.listed.is_empty() && !is_listed(rights, "complaint"),
    }
}

/// WP260-SA-NAMED: the supervisory authority is named with its address (Art. 13(2)(d)).
fn authority_named(cx: &mut Cx<'_>) {
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
fn rights_how(cx: &mut Cx<'_>) {
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
fn rights_conditional(cx: &mut Cx<'_>) {
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
fn fee(cx: &mut Cx<'_>) {
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
fn deadline(cx: &mut Cx<'_>) {
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

/// GDPR-13-2-e: for data collected from the person, whether providing it is required and
/// what happens if it is not (Art. 13(2)(e)).
fn requirement(cx: &mut Cx<'_>) {
    for data in &cx.policy.data {
        if data.source.as_ref().is_none_or(|s| s.kind.id != "data_subject") {
            continue;
        }
        let (span, message, label) = match &data.required {
            None => (
                cx.decl("data", &data.id),
                format!("the notice does not say whether people must provide `{}`", data.id),
                "no `required`",
            ),
            Some(r) if r.id != "voluntary" && data.consequence.is_none() => (
                cx.field("data", &data.id, "required"),
                format!(
                    "the notice does not say what happens if people do not provide `{}`",
                    data.id
                ),
                "required, but no `consequence`",
            ),
            Some(_) => continue,
        };
        let d = cx
            .finding("GDPR-13-2-e", span, message, label)
            .with_help("add `required statutory|contractual|contract_prerequisite|voluntary` and `consequence { … }` saying what follows if it is not given");
        cx.report(format!("data/{}", data.id), d);
    }
}

/// GDPR-13-2-f: solely automated decisions with significant effects come with the logic,
/// their significance and consequences (Art. 13(2)(f), 14(2)(g), 22).
fn automated_decisions(cx: &mut Cx<'_>) {
    for adm in &cx.policy.automated_decisions {
        if !(adm.solely_automated && adm.significant_effects) {
            continue;
        }
        let mut missing = Vec::new();
        if adm.logic.is_none() {
            missing.push("`logic`");
        }
        if adm.significance.is_none() {
            missing.push("`significance`");
        }
        if adm.consequences.is_none() {
            missing.push("`consequences`");
        }
        if missing.is_empty() {
            continue;
        }
        let d = cx
            .finding(
                "GDPR-13-2-f",
                cx.decl("automated_decision", &adm.id),
                format!("the automated decision `{}` is not explained", adm.id),
                format!("missing {}", missing.join(", ")),
            )
            .with_note("a decision made solely by a machine with legal or similarly significant effects needs an intelligible account of how it works and what it means for the person")
            .with_help("describe the logic in plain words (which factors count and how), its significance and the consequences people can expect");
        cx.report(format!("automated_decision/{}", adm.id), d);
    }
}

/// WP-ADM-NONE: a notice without automated decisions says so (Art. 13(2)(f)).
fn no_automated_decisions_statement(cx: &mut Cx<'_>) {
    if !cx.policy.automated_decisions.is_empty() || !cx.policy.statements_of("no_automated_decisions").is_empty() {
        return;
    }
    let d = cx
        .finding(
            "WP-ADM-NONE",
            cx.header(),
            "the notice does not say whether decisions are made solely by automated means",
            "no automated decisions declared",
        )
        .with_help("add `statement no_adm : no_automated_decisions { text { … } }` if none are made");
    cx.report(cx.policy_target(), d);
}

/// The data categories not obtained from the person (Art. 14).
fn art14_data<'p>(cx: &Cx<'p>) -> impl Iterator<Item = &'p DataCategory> {
    cx.policy
        .data
        .iter()
        .filter(|d| d.source.as_ref().is_some_and(|s| s.art14))
}

/// GDPR-14-1-d: data obtained from others says what it consists of (Art. 14(1)(d)).
fn art14_categories(cx: &mut Cx<'_>) {
    let gaps: Vec<&DataCategory> = art14_data(cx)
        .filter(|d| d.items.is_none() && d.description.is_none())
        .collect();
    for data in gaps {
        let d = cx
            .finding(
                "GDPR-14-1-d",
                cx.decl("data", &data.id),
                format!(
                    "the notice does not say what data `{}` obtained from others consists of",
                    data.id
                ),
                "no `items` or `description`",
            )
            .with_help("list the items in `items { … }` or describe them in `description { … }`");
        cx.report(format!("data/{}", data.id), d);
    }
}

/// GDPR-14-2-f: data obtained from others names its source (Art. 14(2)(f)).
fn art14_source(cx: &mut Cx<'_>) {
    let gaps: Vec<&DataCategory> = art14_data(cx)
        .filter(|d| d.source.as_ref().is_some_and(|s| s.name.is_none()))
        .collect();
    for data in gaps {
        let d = cx
            .finding(
                "GDPR-14-2-f",
                cx.field("data", &data.id, "source"),
                format!("the notice does not say where `{}` comes from", data.id),
                "source not named",
            )
            .with_help("add `name { … }` to the source (or, if it cannot be named, the kind of organisation) and `public true|false`");
        cx.report(format!("data/{}", data.id), d);
    }
}

/// GDPR-14-3: people are told within a month about data obtained from others (Art. 14(3)).
fn art14_timing(cx: &mut Cx<'_>) {
    if cx.policy.notice_timing.is_some() || cx.policy.art14_exemption.is_some() {
        return;
    }
    let Some(first) = art14_data(cx).next() else { return };
    let d = cx
        .finding(
            "GDPR-14-3",
            cx.header(),
            "the notice does not say when people are told about data obtained from others",
            "no `notice_timing`",
        )
        .with_secondary(cx.decl("data", &first.id), format!("`{}` comes from others", first.id))
        .with_help("add `notice_timing { … }`: within a reasonable period and at the latest within one month, or at the first contact or disclosure");
    cx.report(cx.policy_target(), d);
}

/// GDPR-14-5: an exemption from informing people is justified and fits the data
/// (Art. 14(5)).
fn art14_exemption(cx: &mut Cx<'_>) {
    if cx.policy.art14_exemption.is_none() {
        return;
    }
    let span = cx.field("policy", &cx.policy.id, "art14_exemption");
    let d = if art14_data(cx).next().is_none() {
        cx.finding(
            "GDPR-14-5",
            span,
            "the notice claims an exemption from informing people, but all its data comes from them",
            "no data is obtained from others",
        )
        .with_note("the exemptions of Art. 14(5) apply only to data not obtained from the person; for data collected from them, Art. 13 applies in full")
        .with_help("remove `art14_exemption`, or declare the `source` of the data obtained from others")
    } else {
        cx.finding(
            "GDPR-14-5",
            span,
            "the notice relies on an exemption from informing people",
            "exemption claimed",
        )
        .with_note("the exemptions are narrow: the person already has the information, informing is impossible or disproportionate (with measures such as publishing the notice), a law provides for obtaining the data, or professional secrecy")
        .with_help("check the grounds against Art. 14(5) and waive this finding with `allow GDPR-14-5 \"…\"` giving them")
    };
    cx.report(cx.policy_target(), d);
}
