//! Categories of personal data, their sources and whether they must be provided
//! (Art. 13(2)(e), 14(1)(d), 14(2)(f)).

use super::{anchor, names, retention};
use crate::model::{DataCategory, Policy};
use crate::render::doc::{Block, Line, Section, Sub, push_fact, text};
use crate::render::tr::Tr;

fn data_sub(tr: &Tr, policy: &Policy, d: &DataCategory) -> Sub {
    let mut blocks = Vec::new();
    match d.class.as_str() {
        "special" => blocks.push(Block::Para(text(tr.t("data-special-note")))),
        "criminal" => blocks.push(Block::Para(text(tr.t("data-criminal-note")))),
        _ => {}
    }
    let mut facts = Vec::new();
    push_fact(
        &mut facts,
        tr.t("label-data-kind"),
        vec![text(tr.term("data", &d.kind.id))],
    );
    let items: Vec<Line> = d
        .items
        .as_ref()
        .map(|l| tr.list(l))
        .unwrap_or_default()
        .into_iter()
        .map(text)
        .collect();
    push_fact(&mut facts, tr.t("label-items"), items);
    if let Some(src) = &d.source {
        let mut values = vec![text(tr.term("source", &src.kind.id))];
        match src.public {
            Some(true) => values.push(text(tr.t("source-public-yes"))),
            Some(false) => values.push(text(tr.t("source-public-no"))),
            None => {}
        }
        push_fact(&mut facts, tr.t("label-source"), values);
        push_fact(
            &mut facts,
            tr.t("label-source-name"),
            tr.opt(src.name.as_ref()).map(text).into_iter().collect(),
        );
    }
    push_fact(
        &mut facts,
        tr.t("label-requirement"),
        d.required.iter().map(|r| text(tr.term("requirement", &r.id))).collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-consequence"),
        tr.opt(d.consequence.as_ref()).map(text).into_iter().collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-used-for"),
        names::purpose_links(tr, policy, &d.used_by),
    );
    if let Some(r) = &d.retention {
        push_fact(&mut facts, tr.t("label-data-retention"), retention::lines(tr, r));
    }
    blocks.push(Block::Facts(facts));
    Sub::new(anchor("data", &d.id), names::data(tr, d), blocks)
}

/// The section on categories of personal data.
pub fn section(tr: &Tr, policy: &Policy) -> Section {
    let mut s = Section::new("data", tr.t("section-data"));
    s.blocks.push(Block::Para(text(tr.t("data-intro"))));
    s.subs = policy.data.iter().map(|d| data_sub(tr, policy, d)).collect();
    s
}
