//! Every author text of the policy with where it is written, and how to point at a phrase in it.

use crate::check::Cx;
use crate::model::{Retention, Text, TextList};
use crate::source::Span;

/// The value of an author text: one text, or one list of items, per language.
pub(super) enum Value<'p> {
    Text(&'p Text),
    List(&'p TextList),
}

/// One author text of the model and where it is.
pub(super) struct AuthorText<'p> {
    /// The waiver target, `kind/id`.
    pub(super) target: String,
    /// The declaration keyword.
    pub(super) kind: &'static str,
    /// The declaration id.
    pub(super) id: String,
    /// The field path, such as `description` or `basis/interest`.
    pub(super) field: String,
    /// The text or list.
    pub(super) value: Value<'p>,
}

impl AuthorText<'_> {
    /// Each language with its texts (one for a text, the items for a list).
    pub(super) fn languages(&self) -> Vec<(&str, Vec<&str>)> {
        match self.value {
            Value::Text(t) => t.iter().map(|(l, s)| (l.as_str(), vec![s.as_str()])).collect(),
            Value::List(t) => t
                .iter()
                .map(|(l, items)| (l.as_str(), items.iter().map(String::as_str).collect()))
                .collect(),
        }
    }

    /// Whether the value is a list of items.
    pub(super) fn is_list(&self) -> bool {
        matches!(self.value, Value::List(_))
    }
}

/// Every author text of the policy with its location key.
pub(super) fn author_texts<'p>(cx: &Cx<'p>) -> Vec<AuthorText<'p>> {
    let p = cx.policy;
    let mut out: Vec<AuthorText<'p>> = Vec::new();
    let mut push = |kind: &'static str, id: &str, field: &str, value: Option<Value<'p>>| {
        if let Some(value) = value {
            out.push(AuthorText {
                target: format!("{kind}/{id}"),
                kind,
                id: id.to_string(),
                field: field.to_string(),
                value,
            });
        }
    };
    let t = |v: &'p Option<Text>| v.as_ref().map(Value::Text);
    let l = |v: &'p Option<TextList>| v.as_ref().map(Value::List);
    push("policy", &p.id, "title", t(&p.title));
    push("policy", &p.id, "scope", t(&p.scope));
    push("policy", &p.id, "intro", t(&p.intro));
    push("policy", &p.id, "parental_consent", t(&p.parental_consent));
    push("policy", &p.id, "notice_timing", t(&p.notice_timing));
    push("policy", &p.id, "art14_exemption", t(&p.art14_exemption));
    push("policy", &p.id, "child_summary", t(&p.child_summary));
    for j in &p.joint_controllers {
        push("joint_controller", &j.party.id, "arrangement", t(&j.arrangement));
    }
    for d in &p.data {
        push("data", &d.id, "description", t(&d.description));
        push("data", &d.id, "items", l(&d.items));
        push("data", &d.id, "consequence", t(&d.consequence));
        if let Some(source) = &d.source {
            push("data", &d.id, "source/name", t(&source.name));
        }
        if let Some(r) = &d.retention {
            for (field, text) in retention_texts(r) {
                push("data", &d.id, field, Some(Value::Text(text)));
            }
        }
    }
    for pu in &p.purposes {
        push("purpose", &pu.id, "description", t(&pu.description));
        for b in &pu.bases {
            push("purpose", &pu.id, "basis/interest", t(&b.interest));
            push("purpose", &pu.id, "basis/balancing", t(&b.balancing));
            push("purpose", &pu.id, "basis/law", t(&b.law));
            push("purpose", &pu.id, "basis/withdraw", t(&b.withdraw));
            push("purpose", &pu.id, "basis/mechanism", t(&b.mechanism));
        }
        if let Some(c) = &pu.condition {
            push("purpose", &pu.id, "condition/law", t(&c.law));
        }
        push("purpose", &pu.id, "criminal_grounds", t(&pu.criminal_grounds));
        if let Some(r) = &pu.retention {
            for (field, text) in retention_texts(r) {
                push("purpose", &pu.id, field, Some(Value::Text(text)));
            }
        }
    }
    for r in &p.recipients {
        push("recipient", &r.id, "category", t(&r.category));
        push("recipient", &r.id, "description", t(&r.description));
    }
    for tr in &p.transfers {
        push("transfer", &tr.id, "description", t(&tr.description));
    }
    for a in &p.automated_decisions {
        push("automated_decision", &a.id, "description", t(&a.description));
        push("automated_decision", &a.id, "logic", t(&a.logic));
        push("automated_decision", &a.id, "significance", t(&a.significance));
        push("automated_decision", &a.id, "consequences", t(&a.consequences));
        push("automated_decision", &a.id, "safeguards", t(&a.safeguards));
    }
    if let Some(r) = &p.rights {
        push("rights", "rights", "description", t(&r.description));
        push("rights", "rights", "withdraw", t(&r.withdraw));
        push("rights", "rights", "object", t(&r.object));
    }
    if let Some(c) = &p.cookie_consent {
        push("cookies", "cookies", "description", t(&c.description));
    }
    for c in &p.cookies {
        push("cookie", &c.id, "description", t(&c.description));
    }
    if let Some(s) = &p.security {
        push("security", "security", "description", t(&s.description));
        push("security", "security", "measures", l(&s.measures));
    }
    if let Some(c) = &p.changes {
        push("changes", "changes", "description", t(&c.description));
    }
    for s in &p.statements {
        push("statement", &s.id, "text", t(&s.text));
        push("statement", &s.id, "procedure", t(&s.procedure));
    }
    for r in &p.revisions {
        push("revision", &r.id, "summary", t(&r.summary));
    }
    out
}

/// The texts inside a retention, with their field paths.
pub(super) fn retention_texts(r: &Retention) -> Vec<(&'static str, &Text)> {
    let mut out = Vec::new();
    match r {
        Retention::Period { law, note, .. } => {
            out.extend(law.as_ref().map(|t| ("retention/law", t)));
            out.extend(note.as_ref().map(|t| ("retention/note", t)));
        }
        Retention::Until { note, .. } | Retention::AsLongAsNecessary { note } | Retention::Indefinite { note } => {
            out.extend(note.as_ref().map(|t| ("retention/note", t)));
        }
        Retention::Criteria { criteria, law } => {
            out.push(("retention/criteria", criteria));
            out.extend(law.as_ref().map(|t| ("retention/law", t)));
        }
    }
    out
}

/// The primary language subtag: `en` for `en-GB`.
pub(super) fn primary(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

/// The span of `phrase` inside the written `value`, inside the field's span; as precise as the
/// source allows (the value's own span, or the whole field when the value is escaped).
pub(super) fn locate(cx: &Cx<'_>, field: Span, value: &str, phrase: &str) -> Span {
    let snippet = cx.snippet(field);
    let within = snippet.find(value).map_or(field, |offset| Span {
        file: field.file,
        start: field.start + offset,
        end: field.start + offset + value.len(),
    });
    cx.find_phrase(within, phrase)
        .or_else(|| cx.find_phrase(field, phrase))
        .unwrap_or(within)
}

/// The word before byte `start` and the word after byte `end`, lowercase.
pub(super) fn neighbours(text: &str, start: usize, end: usize) -> (String, String) {
    let before = text
        .get(..start)
        .and_then(|s| s.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty()))
        .unwrap_or("")
        .to_lowercase();
    let after = text
        .get(end..)
        .and_then(|s| s.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()))
        .unwrap_or("")
        .to_lowercase();
    (before, after)
}
