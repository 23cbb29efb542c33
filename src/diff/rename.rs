//! Renamed declarations: a declaration that disappears under one id while one with identical
//! content appears under another is the same declaration with a new name.
//!
//! The rule: content is compared without the id and without computed links (`used_by`,
//! `recipients` of purposes), after the renames already found have been applied to the
//! references; a pair counts only when it is the one and only match both ways. Kinds are
//! matched in the order of their references (data before the purposes that use it, purposes
//! before the recipients that serve them), so a chain of renames is found whole.

use crate::model::Policy;
use serde::Serialize;

/// A renamed declaration: (keyword, old id, new id).
pub(super) type Rename = (&'static str, String, String);

/// The old policy with every rename applied (ids and references), and the renames, sorted.
pub(super) fn apply(old: &Policy, new: &Policy) -> (Policy, Vec<Rename>) {
    let mut old = old.clone();
    let mut found = Vec::new();
    macro_rules! kind {
        ($decl:literal, $field:ident, |$x:ident| $id:expr) => {{
            let pairs = pairs(&old.$field, &new.$field, |$x| $id);
            for (from, to) in pairs {
                rewrite(&mut old, $decl, &from, &to);
                found.push(($decl, from, to));
            }
        }};
    }
    kind!("data", data, |x| x.id.as_str());
    kind!("purpose", purposes, |x| x.id.as_str());
    kind!("recipient", recipients, |x| x.id.as_str());
    kind!("transfer", transfers, |x| x.id.as_str());
    kind!("automated_decision", automated_decisions, |x| x.id.as_str());
    kind!("joint_controller", joint_controllers, |x| x.party.id.as_str());
    kind!("cookie", cookies, |x| x.id.as_str());
    kind!("statement", statements, |x| x.id.as_str());
    kind!("revision", revisions, |x| x.id.as_str());
    found.sort();
    (old, found)
}

/// The content of a declaration that decides whether two are the same.
fn content<T: Serialize>(item: &T) -> Option<serde_json::Value> {
    let mut value = serde_json::to_value(item).ok()?;
    if let Some(map) = value.as_object_mut() {
        for computed in ["id", "used_by", "recipients"] {
            // Transfers name their recipients themselves: that is content, not a computed link.
            if computed == "recipients" && map.contains_key("destinations") {
                continue;
            }
            map.remove(computed);
        }
    }
    Some(value)
}

/// The (old id, new id) pairs of `T`s that vanished and reappeared with identical content.
fn pairs<T: Serialize>(old: &[T], new: &[T], id: fn(&T) -> &str) -> Vec<(String, String)> {
    let gone: Vec<&T> = old.iter().filter(|o| !new.iter().any(|n| id(n) == id(o))).collect();
    let came: Vec<&T> = new.iter().filter(|n| !old.iter().any(|o| id(n) == id(o))).collect();
    let gone: Vec<(&str, Option<serde_json::Value>)> = gone.into_iter().map(|g| (id(g), content(g))).collect();
    let came: Vec<(&str, Option<serde_json::Value>)> = came.into_iter().map(|c| (id(c), content(c))).collect();
    let mut out = Vec::new();
    for (from, key) in &gone {
        let Some(key) = key else { continue };
        let matches_new: Vec<&str> = came
            .iter()
            .filter(|(_, k)| k.as_ref() == Some(key))
            .map(|(i, _)| *i)
            .collect();
        let matches_old = gone.iter().filter(|(_, k)| k.as_ref() == Some(key)).count();
        if let ([to], 1) = (matches_new.as_slice(), matches_old) {
            out.push(((*from).to_string(), (*to).to_string()));
        }
    }
    out
}

/// Renames `from` to `to` in the declarations of kind `decl` and in every reference to them.
fn rewrite(p: &mut Policy, decl: &str, from: &str, to: &str) {
    let swap = |ids: &mut Vec<String>| {
        for id in ids.iter_mut().filter(|i| i.as_str() == from) {
            *id = to.to_string();
        }
    };
    let set = |id: &mut String| {
        if id == from {
            *id = to.to_string();
        }
    };
    match decl {
        "data" => {
            p.data.iter_mut().for_each(|x| set(&mut x.id));
            p.purposes.iter_mut().for_each(|x| swap(&mut x.data));
            p.recipients.iter_mut().for_each(|x| swap(&mut x.data));
            p.transfers.iter_mut().for_each(|x| swap(&mut x.data));
        }
        "purpose" => {
            p.purposes.iter_mut().for_each(|x| set(&mut x.id));
            p.data.iter_mut().for_each(|x| swap(&mut x.used_by));
            p.recipients.iter_mut().for_each(|x| swap(&mut x.purposes));
            p.automated_decisions.iter_mut().for_each(|x| swap(&mut x.purposes));
            p.joint_controllers.iter_mut().for_each(|x| swap(&mut x.purposes));
        }
        "recipient" => {
            p.recipients.iter_mut().for_each(|x| set(&mut x.id));
            p.purposes.iter_mut().for_each(|x| swap(&mut x.recipients));
            p.transfers.iter_mut().for_each(|x| swap(&mut x.recipients));
        }
        "transfer" => p.transfers.iter_mut().for_each(|x| set(&mut x.id)),
        "automated_decision" => p.automated_decisions.iter_mut().for_each(|x| set(&mut x.id)),
        "joint_controller" => p.joint_controllers.iter_mut().for_each(|x| set(&mut x.party.id)),
        "cookie" => p.cookies.iter_mut().for_each(|x| set(&mut x.id)),
        "statement" => p.statements.iter_mut().for_each(|x| set(&mut x.id)),
        "revision" => p.revisions.iter_mut().for_each(|x| set(&mut x.id)),
        _ => {}
    }
}
