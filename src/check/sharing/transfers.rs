//! How personal data leaves the EU/EEA: every transfer with its destination, its ground and
//! where to read the safeguards (Art. 13(1)(f), Art. 44–49).

use crate::builtin::Adequacy;
use crate::check::{Cx, find_words};
use crate::diagnostics::Severity;
use crate::model::{Recipient, Transfer};

/// Whether the controller is established outside the EU/EEA, and where.
pub(super) fn controller_outside_eea<'a>(cx: &Cx<'a>) -> Option<&'a str> {
    let country = cx.policy.controller.as_ref()?.country.as_deref()?;
    (!cx.builtins.countries.in_eea(country)).then_some(country)
}

/// Whether some transfer covers recipient `r` located in `country`.
pub(super) fn transfer_covers(transfers: &[Transfer], r: &Recipient, country: &str) -> bool {
    transfers.iter().any(|t| {
        t.recipients.contains(&r.id)
            || t.destinations.iter().any(|d| d == country)
            || (t.recipients.is_empty() && t.destinations.is_empty())
    })
}

/// GDPR-13-1-f-INTENT: a recipient outside the EU/EEA is covered by a transfer (Art. 13(1)(f)).
pub(super) fn transfer_intent(cx: &mut Cx<'_>) {
    if controller_outside_eea(cx).is_some() {
        // Not a transfer from the EU: see GDPR-3-2-DIRECT.
        return;
    }
    let policy = cx.policy;
    for r in &policy.recipients {
        let outside: Vec<&str> = r
            .locations
            .iter()
            .map(String::as_str)
            .filter(|c| !cx.builtins.countries.in_eea(c) && !transfer_covers(&policy.transfers, r, c))
            .collect();
        let Some(first) = outside.first() else { continue };
        let list = outside.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ");
        let d = cx
            .finding(
                "GDPR-13-1-f-INTENT",
                cx.field("recipient", &r.id, "location"),
                format!("recipient `{}` is outside the EU/EEA but no transfer is declared", r.id),
                format!("{list} is outside the EU/EEA"),
            )
            .with_note("the notice must say that data goes to a third country, and on what ground")
            .with_help(format!(
                "declare `transfer to_{} {{ to {} recipients [{}] mechanism … }}`",
                first.to_lowercase(),
                outside.join(", "),
                r.id
            ));
        cx.report(format!("recipient/{}", r.id), d);
    }
}

/// GDPR-3-2-DIRECT: a controller outside the EU/EEA collecting directly (Art. 3(2)).
pub(super) fn direct_collection(cx: &mut Cx<'_>) {
    let Some(country) = controller_outside_eea(cx) else {
        return;
    };
    let Some(controller) = &cx.policy.controller else {
        return;
    };
    let direct = cx.policy.data.is_empty()
        || cx
            .policy
            .data
            .iter()
            .any(|d| d.source.as_ref().is_none_or(|s| !s.art14));
    if !direct {
        return;
    }
    let d = cx
        .finding(
            "GDPR-3-2-DIRECT",
            cx.field("controller", &controller.id, "country"),
            format!("the controller is established outside the EU/EEA, in `{country}`, and collects data directly"),
            "established outside the EU/EEA",
        )
        .with_note(
            "collecting directly from people in the EU is not itself a transfer under Chapter V, so no `transfer` is needed for it",
        )
        .with_help(
            "make sure the notice says plainly where the controller is, and declare as `transfer` every onward disclosure to another third country",
        );
    cx.report(format!("controller/{}", controller.id), d);
}

/// The vocabulary group of a transfer mechanism: `adequacy`, `safeguard` or `derogation`.
pub(super) fn group<'a>(cx: &Cx<'a>, mechanism: &str) -> Option<&'a str> {
    cx.builtins.vocab.transfer_mechanisms.get(mechanism)?.group.as_deref()
}

/// Whether the transfer relies on an Art. 46/47 safeguard or an Art. 49 derogation.
pub(super) fn has_safeguard(cx: &Cx<'_>, t: &Transfer) -> bool {
    t.mechanisms
        .iter()
        .any(|m| matches!(group(cx, &m.id), Some("safeguard" | "derogation")))
}

/// The span of mechanism `id` in the transfer's `mechanism` field.
pub(super) fn mechanism_span(cx: &Cx<'_>, t: &Transfer, id: &str) -> crate::source::Span {
    let span = cx.field("transfer", &t.id, "mechanism");
    cx.find_phrase(span, id).unwrap_or(span)
}

/// A note from reference data, as a lowercase fragment without final period.
pub(super) fn fragment(text: &str) -> String {
    let text = text.trim().trim_end_matches('.');
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

pub(super) fn has_mechanism(t: &Transfer, id: &str) -> bool {
    t.mechanisms.iter().any(|m| m.id == id)
}

/// The destinations of a transfer that are third countries (EEA states are not).
pub(super) fn third_countries<'a>(cx: &Cx<'_>, t: &'a Transfer) -> Vec<&'a str> {
    t.destinations
        .iter()
        .map(String::as_str)
        .filter(|c| !cx.builtins.countries.in_eea(c))
        .collect()
}

pub(super) fn adequacy<'a>(cx: &Cx<'a>, country: &str) -> Option<&'a Adequacy> {
    cx.builtins.reference.adequacy.get(country)
}

pub(super) fn backticked(items: &[&str]) -> String {
    items.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
}

/// GDPR-13-1-f-ADEQ and GDPR-13-1-f-MECH: a transfer states its ground (Art. 13(1)(f)).
pub(super) fn transfer_ground(cx: &mut Cx<'_>, t: &Transfer) {
    if !t.mechanisms.is_empty() {
        return;
    }
    let span = cx.field("transfer", &t.id, "mechanism");
    let dest = third_countries(cx, t);
    let not_adequate: Vec<&str> = dest.iter().copied().filter(|c| adequacy(cx, c).is_none()).collect();
    let d = if not_adequate.is_empty() {
        let message = if dest.is_empty() {
            format!(
                "transfer `{}` does not say whether an adequacy decision covers it",
                t.id
            )
        } else {
            format!(
                "transfer `{}` does not say whether {} has an adequacy decision",
                t.id,
                backticked(&dest)
            )
        };
        cx.finding("GDPR-13-1-f-ADEQ", span, message, "no transfer mechanism given")
            .with_help(
                "state the ground: `mechanism adequacy` where the Commission has found the destination adequate, otherwise the Art. 46/47 safeguard or Art. 49 derogation relied on",
            )
    } else {
        cx.finding(
            "GDPR-13-1-f-MECH",
            span,
            format!(
                "transfer `{}` to {} names no safeguard",
                t.id,
                backticked(&not_adequate)
            ),
            "no transfer mechanism given",
        )
        .with_note(format!(
            "{} {} no adequacy decision, so an Art. 46 or 47 safeguard or an Art. 49 derogation is needed",
            backticked(&not_adequate),
            if not_adequate.len() == 1 { "has" } else { "have" }
        ))
        .with_help("name the mechanism, e.g. `mechanism standard_contractual_clauses` with `reference` and `copy_from`")
    };
    cx.report(format!("transfer/{}", t.id), d);
}

/// WP260-TRANSFER-COUNTRY: a transfer names its destination countries (Art. 13(1)(f)).
pub(super) fn transfer_country(cx: &mut Cx<'_>, t: &Transfer) {
    if !t.destinations.is_empty() {
        return;
    }
    let d = cx
        .finding(
            "WP260-TRANSFER-COUNTRY",
            cx.field("transfer", &t.id, "to"),
            format!("transfer `{}` does not name the countries the data goes to", t.id),
            "no destination",
        )
        .with_note("without the countries, people cannot judge the risk of the transfer or check an adequacy decision")
        .with_help("list the destinations by country code, e.g. `to [US, IN]`");
    cx.report(format!("transfer/{}", t.id), d);
}

/// GDPR-45-LIST: `adequacy` only for destinations with a decision (Art. 45(3)).
pub(super) fn adequacy_listed(cx: &mut Cx<'_>, t: &Transfer) {
    if !has_mechanism(t, "adequacy") {
        return;
    }
    let missing: Vec<&str> = third_countries(cx, t)
        .into_iter()
        .filter(|c| adequacy(cx, c).is_none())
        .collect();
    if missing.is_empty() {
        return;
    }
    let names: Vec<String> = missing
        .iter()
        .map(|c| {
            cx.builtins
                .countries
                .get(c)
                .map_or_else(|| format!("`{c}`"), |k| format!("`{c}` ({})", k.name))
        })
        .collect();
    let d = cx
        .finding(
            "GDPR-45-LIST",
            mechanism_span(cx, t, "adequacy"),
            format!(
                "transfer `{}` relies on adequacy, but {} has no adequacy decision",
                t.id,
                backticked(&missing)
            ),
            "no adequacy decision for this destination",
        )
        .with_secondary(
            missing
                .first()
                .and_then(|c| cx.find_phrase(cx.field("transfer", &t.id, "to"), c))
                .unwrap_or_else(|| cx.field("transfer", &t.id, "to")),
            "destination without adequacy",
        )
        .with_note(format!("no adequacy decision is in force for {}", names.join(", ")))
        .with_help(
            "rely on an Art. 46 safeguard instead, e.g. `mechanism standard_contractual_clauses`, and say how to get a copy",
        );
    cx.report(format!("transfer/{}", t.id), d);
}

/// The recipients of a transfer, resolved.
pub(super) fn recipients_of<'a>(cx: &Cx<'a>, t: &Transfer) -> Vec<&'a Recipient> {
    cx.policy
        .recipients
        .iter()
        .filter(|r| t.recipients.contains(&r.id))
        .collect()
}

/// GDPR-45-US-DPF: the Data Privacy Framework covers only certified US organisations (Art. 45(3)).
pub(super) fn us_data_privacy_framework(cx: &mut Cx<'_>, t: &Transfer) {
    let dpf = has_mechanism(t, "data_privacy_framework");
    let dest = third_countries(cx, t);
    let target = format!("transfer/{}", t.id);
    let span = mechanism_span(cx, t, if dpf { "data_privacy_framework" } else { "adequacy" });
    let elsewhere: Vec<&str> = dest.iter().copied().filter(|c| *c != "US").collect();
    if dpf && !elsewhere.is_empty() {
        let d = cx
            .finding(
                "GDPR-45-US-DPF",
                span,
                format!(
                    "transfer `{}` relies on the EU-US Data Privacy Framework for {}",
                    t.id,
                    backticked(&elsewhere)
                ),
                "the Data Privacy Framework covers only the United States",
            )
            .with_secondary(cx.field("transfer", &t.id, "to"), "destination")
            .with_help("declare a separate transfer for the other countries, with their own mechanism");
        cx.report(target.clone(), d);
    }
    if !(dpf || has_mechanism(t, "adequacy")) || !dest.contains(&"US") || has_safeguard(cx, t) {
        return;
    }
    let d = if t.recipients.is_empty() {
        cx.finding(
            "GDPR-45-US-DPF",
            span,
            format!(
                "transfer `{}` relies on US adequacy without naming the US recipients",
                t.id
            ),
            "adequacy for the US covers only certified organisations",
        )
        .with_note(
            "Decision (EU) 2023/1795 covers only organisations self-certified under the EU-US Data Privacy Framework",
        )
        .with_help("list the recipients in `recipients [...]` and mark each certified one `dpf_certified true`")
    } else {
        let uncertified: Vec<&str> = recipients_of(cx, t)
            .into_iter()
            .filter(|r| !r.dpf_certified)
            .map(|r| r.id.as_str())
            .collect();
        if uncertified.is_empty() {
            return;
        }
        cx.finding(
            "GDPR-45-US-DPF",
            span,
            format!(
                "transfer `{}` relies on US adequacy, but {} {} not certified under the Data Privacy Framework",
                t.id,
                backticked(&uncertified),
                if uncertified.len() == 1 { "is" } else { "are" }
            ),
            "adequacy for the US covers only certified organisations",
        )
        .with_note("Decision (EU) 2023/1795 covers only organisations self-certified under the EU-US Data Privacy Framework")
        .with_help(
            "mark a recipient `dpf_certified true` if it is on the DPF List; otherwise add `standard_contractual_clauses` or another Art. 46 safeguard",
        )
    };
    cx.report(target, d);
}

/// GDPR-45-SCOPE: partial adequacy decisions cover only some recipients (Art. 45(3)).
pub(super) fn adequacy_scope(cx: &mut Cx<'_>, t: &Transfer) {
    if !has_mechanism(t, "adequacy") || has_safeguard(cx, t) {
        return;
    }
    for country in third_countries(cx, t) {
        let Some(decision) = adequacy(cx, country) else {
            continue;
        };
        // The US is GDPR-45-US-DPF.
        if decision.scope != "partial" || decision.requires.as_deref() == Some("dpf_certified") {
            continue;
        }
        let outside: Vec<&str> = recipients_of(cx, t)
            .into_iter()
            .filter(|r| !r.in_adequacy_scope)
            .map(|r| r.id.as_str())
            .collect();
        let message = if t.recipients.is_empty() {
            format!(
                "transfer `{}` relies on the partial adequacy decision for `{country}` without naming the recipients",
                t.id
            )
        } else if outside.is_empty() {
            continue;
        } else {
            format!(
                "transfer `{}` relies on the partial adequacy decision for `{country}`, but {} {} not said to be within its scope",
                t.id,
                backticked(&outside),
                if outside.len() == 1 { "is" } else { "are" }
            )
        };
        let d = cx
            .finding(
                "GDPR-45-SCOPE",
                mechanism_span(cx, t, "adequacy"),
                message,
                format!("decision {} covers only part of `{country}`", decision.decision),
            )
            .with_note(format!("the decision for {}: {}", decision.name, fragment(&decision.scope_note)))
            .with_help(
                "mark each recipient covered by the decision `in_adequacy_scope true`; for the others use an Art. 46 safeguard",
            );
        cx.report(format!("transfer/{}", t.id), d);
    }
}

/// GDPR-45-DATED: an adequacy decision relied on has an end date (Art. 45(3)).
pub(super) fn adequacy_dated(cx: &mut Cx<'_>, t: &Transfer) {
    if !(has_mechanism(t, "adequacy") || has_mechanism(t, "data_privacy_framework")) {
        return;
    }
    for country in third_countries(cx, t) {
        let Some(decision) = adequacy(cx, country) else {
            continue;
        };
        let Some(expires) = &decision.expires else { continue };
        let to = cx.field("transfer", &t.id, "to");
        let d = cx
            .finding(
                "GDPR-45-DATED",
                cx.find_phrase(to, country).unwrap_or(to),
                format!(
                    "transfer `{}` relies on the adequacy decision for `{country}`, which expires on {expires}",
                    t.id
                ),
                format!("adequacy for `{country}` ends on {expires}"),
            )
            .with_note(format!("adequacy decision {} ({})", decision.decision, decision.name))
            .with_help(
                "check before that date whether the decision was renewed; if not, this transfer needs an Art. 46 safeguard",
            );
        cx.report(format!("transfer/{}", t.id), d);
    }
}

/// GDPR-13-1-f-COPY: Art. 46/47 safeguards say where to get a copy (Art. 13(1)(f)).
pub(super) fn safeguard_copy(cx: &mut Cx<'_>, t: &Transfer) {
    if t.copy_from.is_some() {
        return;
    }
    // The compelling-interests derogation is GDPR-49-DEROG.
    let needing: Vec<&str> = t
        .mechanisms
        .iter()
        .filter(|m| {
            group(cx, &m.id) == Some("safeguard")
                && cx
                    .builtins
                    .vocab
                    .transfer_mechanisms
                    .get(&m.id)
                    .is_some_and(|v| v.copy_required)
        })
        .map(|m| m.id.as_str())
        .collect();
    if needing.is_empty() {
        return;
    }
    let d = cx
        .finding(
            "GDPR-13-1-f-COPY",
            needing.first().map_or_else(|| cx.field("transfer", &t.id, "mechanism"), |m| mechanism_span(cx, t, m)),
            format!("transfer `{}` does not say how to get a copy of its safeguards", t.id),
            format!("{} without `copy_from`", backticked(&needing)),
        )
        .with_help(
            "add `copy_from` with the e-mail address or web page where people can obtain the safeguards, e.g. `copy_from \"privacy@example.com\"`",
        );
    cx.report(format!("transfer/{}", t.id), d);
}

/// GDPR-46-SCC-VER: standard contractual clauses are the 2021 ones (Art. 46(2)(c)).
pub(super) fn scc_version(cx: &mut Cx<'_>, t: &Transfer) {
    if !has_mechanism(t, "standard_contractual_clauses") {
        return;
    }
    let target = format!("transfer/{}", t.id);
    let Some(reference) = &t.reference else {
        let mut d = cx
            .finding(
                "GDPR-46-SCC-VER",
                mechanism_span(cx, t, "standard_contractual_clauses"),
                format!("transfer `{}` does not say which standard contractual clauses it uses", t.id),
                "no `reference`",
            )
            .with_help(
                "add `reference \"Decision (EU) 2021/914, module 2 (controller to processor)\"`, naming the module used",
            );
        d.severity = Severity::Info;
        cx.report(target, d);
        return;
    };
    let span = cx.field("transfer", &t.id, "reference");
    let builtins = cx.builtins;
    let repealed = &builtins.reference.wording.repealed_scc;
    if let Some(old) = repealed.iter().find(|o| reference.contains(o.as_str())) {
        let d = cx
            .finding(
                "GDPR-46-SCC-VER",
                cx.find_phrase(span, old).unwrap_or(span),
                format!(
                    "transfer `{}` relies on repealed standard contractual clauses (`{old}`)",
                    t.id
                ),
                "repealed clauses",
            )
            .with_note("the clauses adopted before 2021 could no longer be relied on after 27 December 2022")
            .with_help("sign the clauses of Decision (EU) 2021/914 and give the module used in `reference`");
        cx.report(target, d);
    } else if reference.contains("2021/914") && find_words(reference, "module").is_none() {
        let mut d = cx
            .finding(
                "GDPR-46-SCC-VER",
                span,
                format!("transfer `{}` does not say which module of the 2021 clauses it uses", t.id),
                "no module",
            )
            .with_help(
                "name the module: 1 controller to controller, 2 controller to processor, 3 processor to processor, 4 processor to controller",
            );
        d.severity = Severity::Info;
        cx.report(target, d);
    }
}

/// GDPR-47-BCR: binding corporate rules name the authority that approved them (Art. 47).
pub(super) fn bcr_approval(cx: &mut Cx<'_>, t: &Transfer) {
    if !has_mechanism(t, "binding_corporate_rules") || t.approved_by.is_some() {
        return;
    }
    let d = cx
        .finding(
            "GDPR-47-BCR",
            mechanism_span(cx, t, "binding_corporate_rules"),
            format!(
                "transfer `{}` relies on binding corporate rules without saying who approved them",
                t.id
            ),
            "no `approved_by`",
        )
        .with_note("binding corporate rules are valid only once the competent supervisory authority has approved them")
        .with_help(
            "add `approved_by \"…\"` with the approving supervisory authority and, if there is one, its reference",
        );
    cx.report(format!("transfer/{}", t.id), d);
}

/// GDPR-49-DEROG: derogations are for occasional transfers (Art. 49(1)).
pub(super) fn derogation(cx: &mut Cx<'_>, t: &Transfer) {
    let used: Vec<&str> = t
        .mechanisms
        .iter()
        .filter(|m| group(cx, &m.id) == Some("derogation"))
        .map(|m| m.id.as_str())
        .collect();
    let Some(first) = used.first() else { return };
    let span = cx.field("transfer", &t.id, "mechanism");
    let span = cx.find_phrase(span, first).unwrap_or(span);
    let compelling = used.contains(&"compelling_interests_derogation");
    let mut missing = Vec::new();
    if compelling && t.description.is_none() {
        missing.push("the compelling legitimate interests pursued (`description`)");
    }
    if compelling && t.copy_from.is_none() {
        missing.push("where to obtain the safeguards (`copy_from`)");
    }
    let d = if missing.is_empty() {
        let mut d = cx
            .finding(
                "GDPR-49-DEROG",
                span,
                format!("transfer `{}` relies on a derogation ({})", t.id, backticked(&used)),
                "Art. 49 derogation",
            )
            .with_note("derogations are exceptions for occasional transfers, not for regular or systematic ones")
            .with_help(
                "for regular transfers rely on adequacy or an Art. 46 safeguard such as standard contractual clauses",
            );
        if used.contains(&"explicit_consent_derogation") && t.description.is_none() {
            d = d.with_note(
                "explicit consent is valid only if people are told the risks of a transfer without adequacy or safeguards; say so in `description`",
            );
        }
        d
    } else {
        let mut d = cx
            .finding(
                "GDPR-49-DEROG",
                span,
                format!("transfer `{}` relies on compelling legitimate interests without saying enough", t.id),
                "compelling legitimate interests",
            )
            .with_note(format!("missing: {}", missing.join(", ")))
            .with_help(
                "people must be told of the transfer, the compelling interests pursued and the safeguards; give `description` and `copy_from`",
            );
        d.severity = Severity::Error;
        d
    };
    cx.report(format!("transfer/{}", t.id), d);
}
