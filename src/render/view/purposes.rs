//! Purposes and their legal bases (Art. 13(1)(c), (d), 13(3)), and the summary table of them.

use super::{anchor, marketing, names, retention};
use crate::model::{Basis, Policy, Purpose};
use crate::render::doc::{Block, Fact, Line, Row, Section, Sub, Table, push_fact, text};
use crate::render::links;
use crate::render::tr::Tr;

/// The legal bases of a purpose, each with its citation, or "not stated".
pub fn bases(tr: &Tr, p: &Purpose) -> Vec<Line> {
    if p.bases.is_empty() {
        return vec![text(tr.t("basis-not-stated"))];
    }
    p.bases
        .iter()
        .map(|b| text(tr.term_cited("basis", &b.kind.id)))
        .collect()
}

fn basis_facts(tr: &Tr, facts: &mut Vec<Fact>, b: &Basis) {
    let id = format!("vocab-basis-{}", b.kind.id);
    push_fact(
        facts,
        tr.t("label-basis"),
        vec![
            text(tr.term_cited("basis", &b.kind.id)),
            text(tr.attr(&id, "explanation")),
        ],
    );
    let mut add =
        |label: &str, value: Option<String>| push_fact(facts, tr.t(label), value.map(text).into_iter().collect());
    add("label-interest", tr.opt(b.interest.as_ref()));
    add("label-balancing", tr.opt(b.balancing.as_ref()));
    add("label-law", tr.opt(b.law.as_ref()));
    push_fact(facts, tr.t("label-consent-mechanism"), marketing::asked(tr, b));
    push_fact(
        facts,
        tr.t("label-withdraw"),
        marketing::withdrawn(tr, b.withdraw_via.as_ref(), tr.opt(b.withdraw.as_ref())),
    );
}

fn purpose_sub(tr: &Tr, policy: &Policy, p: &Purpose) -> Sub {
    let mut facts = Vec::new();
    push_fact(
        &mut facts,
        tr.t("label-purpose-kind"),
        vec![text(tr.term("purpose", &p.kind.id))],
    );
    push_fact(
        &mut facts,
        tr.t("label-data-used"),
        names::data_links(tr, policy, &p.data),
    );
    if p.bases.is_empty() {
        push_fact(&mut facts, tr.t("label-basis"), vec![text(tr.t("basis-not-stated"))]);
    }
    for b in &p.bases {
        basis_facts(tr, &mut facts, b);
    }
    if let Some(c) = &p.condition {
        let mut values = vec![text(tr.term_cited("condition", &c.kind.id))];
        values.extend(tr.opt(c.law.as_ref()).map(text));
        push_fact(&mut facts, tr.t("label-condition"), values);
    }
    push_fact(
        &mut facts,
        tr.t("label-criminal-grounds"),
        tr.opt(p.criminal_grounds.as_ref()).map(text).into_iter().collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-retention"),
        retention::or_not_stated(tr, p.retention.as_ref()),
    );
    let recipients: Vec<Line> = p
        .recipients
        .iter()
        .filter_map(|id| policy.recipients.iter().find(|r| &r.id == id))
        .map(|r| vec![links::anchor(names::recipient(tr, r), &anchor("recipient", &r.id))])
        .collect();
    push_fact(&mut facts, tr.t("label-recipients"), recipients);
    if let Some(n) = p.necessary {
        let answer = if n {
            "purpose-necessary-yes"
        } else {
            "purpose-necessary-no"
        };
        push_fact(&mut facts, tr.t("label-necessary"), vec![text(tr.t(answer))]);
    }
    marketing::facts(tr, &mut facts, p);
    let mut blocks = Vec::new();
    if p.further_processing {
        blocks.push(Block::Para(text(tr.t("purpose-further"))));
    }
    if p.remote_access == Some(true) {
        blocks.push(Block::Para(text(tr.t("purpose-remote-access"))));
    }
    blocks.push(Block::Facts(facts));
    Sub::new(anchor("purpose", &p.id), names::purpose(tr, p), blocks)
}

/// The section on purposes and legal bases.
pub fn section(tr: &Tr, policy: &Policy) -> Section {
    let mut s = Section::new("purposes", tr.t("section-purposes"));
    s.blocks.push(Block::Para(text(tr.t("purposes-intro"))));
    if !policy.unmapped_bases.is_empty() {
        s.blocks.push(Block::Para(text(tr.t("unmapped-bases"))));
        s.blocks.push(Block::List(
            policy
                .unmapped_bases
                .iter()
                .map(|b| text(tr.term_cited("basis", &b.id)))
                .collect(),
        ));
    }
    s.subs = policy.purposes.iter().map(|p| purpose_sub(tr, policy, p)).collect();
    s
}

/// The summary table: purpose, legal basis, storage period.
pub fn summary_table(tr: &Tr, policy: &Policy) -> Table {
    Table {
        caption: tr.t("summary-purposes"),
        headers: vec![tr.t("col-purpose"), tr.t("col-basis"), tr.t("col-retention")],
        rows: policy
            .purposes
            .iter()
            .map(|p| {
                Row::new(vec![
                    vec![vec![links::anchor(names::purpose(tr, p), &anchor("purpose", &p.id))]],
                    bases(tr, p),
                    retention::or_not_stated(tr, p.retention.as_ref()),
                ])
            })
            .collect(),
    }
}

/// The section on storage periods: one row per purpose (periods set per data category are shown
/// with the category).
pub fn retention_section(tr: &Tr, policy: &Policy) -> Section {
    let mut s = Section::new("retention", tr.t("section-retention"));
    s.blocks.push(Block::Para(text(tr.t("retention-intro"))));
    let rows: Vec<Row> = policy
        .purposes
        .iter()
        .map(|p| {
            Row::new(vec![
                vec![vec![links::anchor(names::purpose(tr, p), &anchor("purpose", &p.id))]],
                retention::or_not_stated(tr, p.retention.as_ref()),
            ])
        })
        .collect();
    if !rows.is_empty() {
        s.blocks.push(Block::Table(Table {
            caption: tr.t("retention-caption"),
            headers: vec![tr.t("col-purpose"), tr.t("col-retention")],
            rows,
        }));
    }
    s
}
