//! How long data is kept: a period with what starts it, or concrete criteria; never "as long as
//! necessary" alone, never without end (Art. 5(1)(e), 13(2)(a)).

use crate::check::Cx;
use crate::model::Retention;
use crate::source::Span;

/// The retention phrases of the vague-wording lexicon.
pub(super) fn retention_phrases<'b>(cx: &Cx<'b>) -> impl Iterator<Item = &'b str> {
    cx.builtins
        .reference
        .vague
        .entries
        .iter()
        .filter(|e| e.kind == "retention")
        .map(|e| e.phrase.as_str())
}

/// The first retention phrase inside `span`.
pub(super) fn vague_phrase_in(cx: &Cx<'_>, span: Span) -> Option<Span> {
    retention_phrases(cx).find_map(|phrase| cx.find_phrase(span, phrase))
}

/// Every stated retention: `(kind, id, retention)` for purposes and data categories.
pub(super) fn retentions<'p>(cx: &Cx<'p>) -> Vec<(&'static str, &'p str, &'p Retention)> {
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
pub(super) fn retention_given(cx: &mut Cx<'_>) {
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
pub(super) fn retention_vague(cx: &mut Cx<'_>) {
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
pub(super) fn retention_indefinite(cx: &mut Cx<'_>) {
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
pub(super) fn retention_per_category(cx: &mut Cx<'_>) {
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
