//! Why processing is lawful: a legal basis per purpose and what each basis needs, consent
//! quality, special-category and criminal data, further processing, and data used by nothing.

use super::Cx;
use crate::model::{Basis, Purpose};

/// Runs the bases rules.
pub(super) fn run(cx: &mut Cx<'_>) {
    missing_bases(cx);
    let purposes = &cx.policy.purposes;
    for purpose in purposes {
        alternative_bases(cx, purpose);
        for basis in &purpose.bases {
            public_authority_interests(cx, purpose, basis);
            legal_obligation_law(cx, purpose, basis);
            public_task_law(cx, purpose, basis);
            interest_stated(cx, purpose, basis);
            balancing(cx, purpose, basis);
            contract_necessity(cx, purpose, basis);
            bundled_consent(cx, purpose, basis);
            affirmative_consent(cx, purpose, basis);
        }
        special_condition(cx, purpose);
        explicit_consent(cx, purpose);
        criminal_grounds(cx, purpose);
        further_processing(cx, purpose);
    }
    sensitive_claim(cx);
    unused_data(cx);
}

fn target(purpose: &Purpose) -> String {
    format!("purpose/{}", purpose.id)
}

/// The span of one basis: its name inside the `basis` field (a single basis or a list).
fn basis_span(cx: &Cx<'_>, purpose: &Purpose, basis: &Basis) -> crate::source::Span {
    let field = cx.field("purpose", &purpose.id, "basis");
    cx.find_phrase(field, &basis.kind.id).unwrap_or(field)
}

/// GDPR-13-1-c: every purpose has a legal basis (Art. 13(1)(c), 14(1)(c)). A notice that
/// lists bases only globally gets one finding on that list, naming the purposes left without.
fn missing_bases(cx: &mut Cx<'_>) {
    let p = cx.policy;
    let without: Vec<&Purpose> = p.purposes.iter().filter(|u| u.bases.is_empty()).collect();
    if without.is_empty() {
        return;
    }
    if !p.unmapped_bases.is_empty() {
        let listed: Vec<String> = p.unmapped_bases.iter().map(|b| format!("`{}`", b.id)).collect();
        let ids: Vec<String> = without.iter().map(|u| format!("`{}`", u.id)).collect();
        let d = cx
            .finding(
                "GDPR-13-1-c",
                cx.field("policy", &p.id, "bases"),
                "the notice lists legal bases without saying which purpose each one serves",
                "bases not tied to purposes",
            )
            .with_note(format!("listed: {}", listed.join(", ")))
            .with_note(format!("purposes without a basis: {}", ids.join(", ")))
            .with_help("give each purpose its own `basis`, and drop the global `bases` list");
        cx.report(cx.policy_target(), d);
        return;
    }
    for purpose in without {
        let d = cx
            .finding(
                "GDPR-13-1-c",
                cx.field("purpose", &purpose.id, "basis"),
                format!("purpose `{}` has no legal basis", purpose.id),
                "no legal basis",
            )
            .with_help(
                "add `basis <consent | contract | legal_obligation | vital_interests | public_task | legitimate_interests>`",
            );
        cx.report(target(purpose), d);
    }
}

/// GDPR-13-1-c-ALT: a purpose with several alternative bases (Art. 13(1)(c)).
fn alternative_bases(cx: &mut Cx<'_>, purpose: &Purpose) {
    if purpose.bases.len() < 2 {
        return;
    }
    let listed: Vec<String> = purpose.bases.iter().map(|b| format!("`{}`", b.kind.id)).collect();
    let d = cx
        .finding(
            "GDPR-13-1-c-ALT",
            cx.field("purpose", &purpose.id, "basis"),
            format!(
                "purpose `{}` names {} alternative legal bases",
                purpose.id,
                purpose.bases.len()
            ),
            "which one applies when?",
        )
        .with_note(format!("bases: {}", listed.join(", ")))
        .with_help("split the purpose into narrower purposes, each with the one basis that applies to it");
    cx.report(target(purpose), d);
}

/// GDPR-6-1-f-PUBLIC: public authorities cannot rely on legitimate interests for their tasks
/// (Art. 6(1), second subparagraph).
fn public_authority_interests(cx: &mut Cx<'_>, purpose: &Purpose, basis: &Basis) {
    if !cx.policy.public_authority || basis.kind.id != "legitimate_interests" {
        return;
    }
    let d = cx
        .finding(
            "GDPR-6-1-f-PUBLIC",
            basis_span(cx, purpose, basis),
            format!("a public authority relies on legitimate interests for purpose `{}`", purpose.id),
            "not available to a public authority",
        )
        .with_note("the policy declares `public_authority true`")
        .with_help("use `public_task` with the law that gives the task, or waive this finding if the purpose is outside the authority's tasks");
    cx.report(target(purpose), d);
}

/// GDPR-6-1-c-LAW: a legal obligation names the law (Art. 6(3)).
fn legal_obligation_law(cx: &mut Cx<'_>, purpose: &Purpose, basis: &Basis) {
    if basis.kind.id != "legal_obligation" || basis.law.is_some() {
        return;
    }
    let d = cx
        .finding(
            "GDPR-6-1-c-LAW",
            basis_span(cx, purpose, basis),
            format!(
                "purpose `{}` relies on a legal obligation without naming the law",
                purpose.id
            ),
            "which law?",
        )
        .with_help("write `basis legal_obligation { law \"…\" }` with the EU or member-state law that imposes it");
    cx.report(target(purpose), d);
}

/// GDPR-6-1-e-LAW: a public task names the law that confers it, and is not claimed by a
/// private company (Art. 6(3)).
fn public_task_law(cx: &mut Cx<'_>, purpose: &Purpose, basis: &Basis) {
    if basis.kind.id != "public_task" {
        return;
    }
    let span = basis_span(cx, purpose, basis);
    let d = if basis.law.is_none() {
        cx.finding(
            "GDPR-6-1-e-LAW",
            span,
            format!(
                "purpose `{}` relies on a public task without naming the law",
                purpose.id
            ),
            "which law?",
        )
        .with_help("write `basis public_task { law \"…\" }` with the law that gives the controller this task")
    } else if !cx.policy.public_authority {
        cx.finding(
            "GDPR-6-1-e-LAW",
            span,
            format!("purpose `{}` relies on a public task, but the controller is not a public body", purpose.id),
            "public task claimed by a private controller",
        )
        .with_help("a private company can rely on it only when a law entrusts it with the task; otherwise choose another basis, or set `public_authority true` if the controller is a public body")
    } else {
        return;
    };
    cx.report(target(purpose), d);
}

/// GDPR-13-1-d: legitimate interests state the interest itself (Art. 13(1)(d), 14(2)(b)).
fn interest_stated(cx: &mut Cx<'_>, purpose: &Purpose, basis: &Basis) {
    if basis.kind.id != "legitimate_interests" || basis.interest.is_some() {
        return;
    }
    let d = cx
        .finding(
            "GDPR-13-1-d",
            basis_span(cx, purpose, basis),
            format!(
                "purpose `{}` relies on legitimate interests without saying which",
                purpose.id
            ),
            "what interest?",
        )
        .with_help("write `basis legitimate_interests { interest \"…\" }` with the specific interest pursued");
    cx.report(target(purpose), d);
}

/// WP260-LI-BALANCE: a summary of the balancing test for legitimate interests (Art. 13(1)(d),
/// WP260 annex).
fn balancing(cx: &mut Cx<'_>, purpose: &Purpose, basis: &Basis) {
    if basis.kind.id != "legitimate_interests" || basis.interest.is_none() || basis.balancing.is_some() {
        return;
    }
    let d = cx
        .finding(
            "WP260-LI-BALANCE",
            cx.field("purpose", &purpose.id, "basis/interest"),
            format!("purpose `{}` does not summarise the balancing test", purpose.id),
            "interest stated, balance not explained",
        )
        .with_help("add `balancing \"…\"` inside the basis: why people's interests do not override this one");
    cx.report(target(purpose), d);
}

/// GDPR-6-1-b-NEC: contract used for processing that is not necessary for it (Art. 6(1)(b)).
fn contract_necessity(cx: &mut Cx<'_>, purpose: &Purpose, basis: &Basis) {
    let rarely_contractual = cx
        .builtins
        .vocab
        .purpose_kinds
        .get(&purpose.kind.id)
        .is_some_and(|t| t.rarely_contractual);
    if basis.kind.id != "contract" || !rarely_contractual {
        return;
    }
    let d = cx
        .finding(
            "GDPR-6-1-b-NEC",
            basis_span(cx, purpose, basis),
            format!(
                "`contract` is an unlikely basis for `{}` purpose `{}`",
                purpose.kind.id, purpose.id
            ),
            "is this necessary to perform the contract?",
        )
        .with_note("only processing objectively necessary to deliver what the person signed up for falls under Art. 6(1)(b)")
        .with_help("use `consent` or `legitimate_interests` (with the interest) instead, or waive this finding and say why the contract cannot be performed without it");
    cx.report(target(purpose), d);
}

/// GDPR-7-4-BUNDLE: consent is not the basis of a purpose necessary for the service (Art. 7(4)).
fn bundled_consent(cx: &mut Cx<'_>, purpose: &Purpose, basis: &Basis) {
    if basis.kind.id != "consent" {
        return;
    }
    let necessary =
        purpose.necessary == Some(true) || (purpose.kind.id == "service_provision" && purpose.necessary != Some(false));
    if !necessary {
        return;
    }
    let why = if purpose.necessary == Some(true) {
        "the purpose is declared `necessary true`"
    } else {
        "the purpose provides the service itself (`service_provision`)"
    };
    let d = cx
        .finding(
            "GDPR-7-4-BUNDLE",
            basis_span(cx, purpose, basis),
            format!(
                "purpose `{}` is needed for the service but relies on consent",
                purpose.id
            ),
            "consent cannot be freely given here",
        )
        .with_note(format!("{why}: refusing consent would mean going without the service"))
        .with_help("rely on `contract` for what the service needs, and ask consent only for what people can refuse");
    cx.report(target(purpose), d);
}

/// GDPR-4-11-AFFIRM: consent is a clear affirmative act, not inferred (Art. 4(11)).
fn affirmative_consent(cx: &mut Cx<'_>, purpose: &Purpose, basis: &Basis) {
    if basis.kind.id != "consent" || basis.implied != Some(true) {
        return;
    }
    let d = cx
        .finding(
            "GDPR-4-11-AFFIRM",
            cx.field("purpose", &purpose.id, "basis/implied"),
            format!("consent for purpose `{}` is inferred, not given", purpose.id),
            "implied consent",
        )
        .with_note("using a service, scrolling, silence or a pre-ticked box is not consent")
        .with_help("ask for consent with an unticked box or a button people actively press, or choose another basis");
    cx.report(target(purpose), d);
}

/// The ids of the data a purpose uses whose class is `class`.
fn data_of_class<'p>(cx: &Cx<'p>, purpose: &'p Purpose, class: &str) -> Vec<&'p str> {
    purpose
        .data
        .iter()
        .filter(|id| cx.policy.data.iter().any(|d| &d.id == *id && d.class == class))
        .map(String::as_str)
        .collect()
}

/// The span of `id` inside the purpose's `data` list, or of the list.
fn data_item_span(cx: &Cx<'_>, purpose: &Purpose, id: &str) -> crate::source::Span {
    let list = cx.field("purpose", &purpose.id, "data");
    cx.find_phrase(list, id).unwrap_or(list)
}

/// GDPR-9-1: special-category data used without an Art. 9(2) condition (Art. 9(1)-(2)).
fn special_condition(cx: &mut Cx<'_>, purpose: &Purpose) {
    if purpose.condition.is_some() {
        return;
    }
    let special = data_of_class(cx, purpose, "special");
    let Some(first) = special.first() else { return };
    let list: Vec<String> = special.iter().map(|s| format!("`{s}`")).collect();
    let d = cx
        .finding(
            "GDPR-9-1",
            data_item_span(cx, purpose, first),
            format!(
                "purpose `{}` uses special-category data without an Art. 9(2) condition",
                purpose.id
            ),
            "special-category data",
        )
        .with_note(format!("special categories used: {}", list.join(", ")))
        .with_help("add `condition <explicit_consent | health_care | …>` to the purpose, besides its `basis`");
    cx.report(target(purpose), d);
}

/// GDPR-9-2-a-EXPLICIT: the explicit-consent condition goes with a consent basis (Art. 9(2)(a)).
fn explicit_consent(cx: &mut Cx<'_>, purpose: &Purpose) {
    let Some(condition) = &purpose.condition else { return };
    if condition.kind.id != "explicit_consent" || purpose.bases.is_empty() {
        return;
    }
    if purpose.uses_basis("consent") {
        return;
    }
    let bases: Vec<String> = purpose.bases.iter().map(|b| format!("`{}`", b.kind.id)).collect();
    let d = cx
        .finding(
            "GDPR-9-2-a-EXPLICIT",
            cx.field("purpose", &purpose.id, "condition"),
            format!("purpose `{}` claims explicit consent but its basis is not consent", purpose.id),
            "explicit consent claimed here",
        )
        .with_secondary(cx.field("purpose", &purpose.id, "basis"), format!("basis {}", bases.join(", ")))
        .with_help("ask for explicit consent and make `consent` the basis, or choose the Art. 9(2) condition that really applies");
    cx.report(target(purpose), d);
}

/// GDPR-10: criminal-offence data needs official authority or a law that allows it (Art. 10).
fn criminal_grounds(cx: &mut Cx<'_>, purpose: &Purpose) {
    if purpose.criminal_grounds.is_some() {
        return;
    }
    let criminal = data_of_class(cx, purpose, "criminal");
    let Some(first) = criminal.first() else { return };
    let d = cx
        .finding(
            "GDPR-10",
            data_item_span(cx, purpose, first),
            format!("purpose `{}` uses criminal-offence data without saying what allows it", purpose.id),
            "criminal-offence data",
        )
        .with_help("add `criminal_grounds \"…\"` naming the EU or member-state law (or the official authority) that permits it");
    cx.report(target(purpose), d);
}

/// GDPR-13-3: people are told about a new purpose before the further processing (Art. 13(3)).
fn further_processing(cx: &mut Cx<'_>, purpose: &Purpose) {
    if !purpose.further_processing {
        return;
    }
    let d = cx
        .finding(
            "GDPR-13-3",
            cx.field("purpose", &purpose.id, "further_processing"),
            format!("purpose `{}` reuses data collected for another purpose", purpose.id),
            "further processing",
        )
        .with_note("people must get this information before the new processing starts, not after")
        .with_help("tell people about the new purpose (for example by e-mail) before it begins, then waive this finding with `allow GDPR-13-3 \"…\"` saying how");
    cx.report(target(purpose), d);
}

/// LINT-SENSITIVE-CLAIM: "we process no sensitive data" next to data that can contain it
/// (Art. 9(1)).
fn sensitive_claim(cx: &mut Cx<'_>) {
    let p = cx.policy;
    let risky: Vec<&str> = p
        .data
        .iter()
        .filter(|d| {
            cx.builtins
                .vocab
                .data_kinds
                .get(&d.kind.id)
                .is_some_and(|t| t.may_reveal_special)
        })
        .map(|d| d.id.as_str())
        .collect();
    let Some(first) = risky.first() else { return };
    for statement in p.statements_of("no_special_categories") {
        let list: Vec<String> = risky.iter().map(|s| format!("`{s}`")).collect();
        let d = cx
            .finding(
                "LINT-SENSITIVE-CLAIM",
                cx.decl("statement", &statement.id),
                "the notice says it processes no special-category data, but collects data that can contain it",
                "claim of no sensitive data",
            )
            .with_secondary(
                cx.decl("data", first),
                format!("`{first}` can reveal health, beliefs or other special categories"),
            )
            .with_note(format!("data that may contain special categories: {}", list.join(", ")))
            .with_help(
                "say what happens when such data turns up (and under which Art. 9(2) condition), instead of denying it",
            );
        cx.report(format!("statement/{}", statement.id), d);
    }
}

/// LINT-UNUSED-DATA: a data category that no purpose uses (Art. 5(1)(c)).
fn unused_data(cx: &mut Cx<'_>) {
    let p = cx.policy;
    for data in p.data.iter().filter(|d| d.used_by.is_empty()) {
        let d = cx
            .finding(
                "LINT-UNUSED-DATA",
                cx.decl("data", &data.id),
                format!("data `{}` is used by no purpose", data.id),
                "not used",
            )
            .with_help(format!(
                "add `{}` to the `data` of the purposes that use it, or remove it if it is not collected",
                data.id
            ));
        cx.report(format!("data/{}", data.id), d);
    }
}
