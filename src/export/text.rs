//! Choosing the words of the author's texts: one language for TILT, every language for DPV.
//! Links written in texts (`[label](#rights)`) keep only their label: a machine reader has no
//! page to follow them in.

use crate::model::{Text, TextList};
use crate::render::refs::plain;
use serde_json::{Value, json};

/// The text in `lang`, else in the first language it has; empty when there is none.
pub(super) fn pick(text: Option<&Text>, lang: &str) -> String {
    text.and_then(|t| t.get(lang).or_else(|| t.values().next()))
        .map(|t| plain(t))
        .unwrap_or_default()
}

/// The list in `lang`, else in the first language it has.
pub(super) fn pick_list(list: Option<&TextList>, lang: &str) -> Vec<String> {
    list.and_then(|l| l.get(lang).or_else(|| l.values().next()))
        .map(|items| items.iter().map(|i| plain(i)).collect())
        .unwrap_or_default()
}

/// Texts joined by a blank line, leaving out empty ones.
pub(super) fn join(parts: &[String]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Every translation as a JSON-LD value object with its `@language`.
pub(super) fn literals(text: &Text) -> Value {
    Value::Array(
        text.iter()
            .map(|(lang, value)| json!({ "@value": plain(value), "@language": lang }))
            .collect(),
    )
}
