//! How declarations are named in the notice: the author's words first, the built-in term second.

use crate::model::{DataCategory, Party, Policy, Purpose, Recipient};
use crate::render::tr::Tr;

/// A purpose: its description, or the name of its kind.
pub fn purpose(tr: &Tr, p: &Purpose) -> String {
    tr.opt(p.description.as_ref())
        .unwrap_or_else(|| tr.term("purpose", &p.kind.id))
}

/// A data category: its description, or the name of its kind.
pub fn data(tr: &Tr, d: &DataCategory) -> String {
    tr.opt(d.description.as_ref())
        .unwrap_or_else(|| tr.term("data", &d.kind.id))
}

/// A recipient: its name, its category, or its role.
pub fn recipient(tr: &Tr, r: &Recipient) -> String {
    r.name
        .clone()
        .or_else(|| tr.opt(r.category.as_ref()))
        .unwrap_or_else(|| tr.term("role", &r.role.id))
}

/// A party: its name, its brand, or its id.
pub fn party(p: &Party) -> String {
    p.name
        .clone()
        .or_else(|| p.brand.clone())
        .unwrap_or_else(|| p.id.clone())
}

/// The purposes with these ids, each linked to its subsection.
pub fn purpose_links(tr: &Tr, policy: &Policy, ids: &[String]) -> Vec<crate::render::doc::Line> {
    ids.iter()
        .filter_map(|id| policy.purposes.iter().find(|p| &p.id == id))
        .map(|p| {
            vec![crate::render::links::anchor(
                purpose(tr, p),
                &super::anchor("purpose", &p.id),
            )]
        })
        .collect()
}

/// The data categories with these ids, each linked to its subsection.
pub fn data_links(tr: &Tr, policy: &Policy, ids: &[String]) -> Vec<crate::render::doc::Line> {
    ids.iter()
        .filter_map(|id| policy.data_category(id))
        .map(|d| vec![crate::render::links::anchor(data(tr, d), &super::anchor("data", &d.id))])
        .collect()
}
