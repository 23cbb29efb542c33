//! What people are told about the data itself: whether they must provide it, automated
//! decisions, and data obtained from others (Art. 13(2)(e)-(f), 14).

use crate::check::Cx;
use crate::model::DataCategory;

/// GDPR-13-2-e: for data collected from the person, whether providing it is required and
/// what happens if it is not (Art. 13(2)(e)).
pub(super) fn requirement(cx: &mut Cx<'_>) {
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
pub(super) fn automated_decisions(cx: &mut Cx<'_>) {
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
pub(super) fn no_automated_decisions_statement(cx: &mut Cx<'_>) {
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
pub(super) fn art14_data<'p>(cx: &Cx<'p>) -> impl Iterator<Item = &'p DataCategory> {
    cx.policy
        .data
        .iter()
        .filter(|d| d.source.as_ref().is_some_and(|s| s.art14))
}

/// GDPR-14-1-d: data obtained from others says what it consists of (Art. 14(1)(d)).
pub(super) fn art14_categories(cx: &mut Cx<'_>) {
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
pub(super) fn art14_source(cx: &mut Cx<'_>) {
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
pub(super) fn art14_timing(cx: &mut Cx<'_>) {
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
pub(super) fn art14_exemption(cx: &mut Cx<'_>) {
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
