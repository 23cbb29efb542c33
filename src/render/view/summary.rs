//! The at-a-glance layer (EDPB transparency guidelines): who, what, why and on what basis, who
//! receives it, transfers, how long, your rights and how to complain — each pointing to the detail.

use super::{names, purposes, rights};
use crate::model::Policy;
use crate::render::doc::{Block, Fact, Line, Section, push_fact, text};
use crate::render::links;
use crate::render::tr::Tr;

fn contact_lines(policy: &Policy) -> Vec<Line> {
    let mut lines = Vec::new();
    let rights = policy.rights.as_ref();
    let email = rights
        .and_then(|r| r.email.as_ref())
        .or_else(|| policy.controller.as_ref().and_then(|c| c.email.as_ref()));
    lines.extend(email.map(|e| vec![links::email(e)]));
    let form = rights
        .and_then(|r| r.form.as_ref())
        .or_else(|| policy.controller.as_ref().and_then(|c| c.contact_form.as_ref()));
    lines.extend(form.map(|u| vec![links::web_self(u)]));
    let phone = policy.controller.as_ref().and_then(|c| c.phone.as_ref());
    lines.extend(phone.map(|p| text(p.clone())));
    lines
}

fn data_kinds(tr: &Tr, policy: &Policy) -> Vec<Line> {
    let mut seen: Vec<&str> = Vec::new();
    for d in &policy.data {
        if !seen.contains(&d.kind.id.as_str()) {
            seen.push(&d.kind.id);
        }
    }
    seen.into_iter()
        .map(|k| vec![links::anchor(tr.term("data", k), "data")])
        .collect()
}

/// The summary written for children (Art. 12(1)), when the policy has one: a section of its own
/// before the summary, so that a young reader meets it first.
pub fn children(tr: &Tr, policy: &Policy) -> Option<Section> {
    let summary = tr.opt(policy.child_summary.as_ref())?;
    let mut s = Section::new("children", tr.t("children-heading"));
    s.blocks.push(Block::Para(text(summary)));
    Some(s)
}

/// The summary section.
pub fn section(tr: &Tr, policy: &Policy) -> Section {
    let mut s = Section::new("summary", tr.t("summary-heading"));
    s.blocks.push(Block::Para(text(tr.t("summary-intro"))));
    let mut facts: Vec<Fact> = Vec::new();
    let controller: Vec<Line> = policy
        .controller
        .iter()
        .flat_map(|c| {
            let mut lines = vec![vec![links::anchor(names::party(c), "controller")]];
            lines.extend(c.address.iter().map(|a| text(a.clone())));
            lines
        })
        .collect();
    push_fact(&mut facts, tr.t("summary-controller"), controller);
    push_fact(&mut facts, tr.t("summary-contact"), contact_lines(policy));
    push_fact(
        &mut facts,
        tr.t("summary-dpo"),
        policy
            .dpo
            .iter()
            .map(|d| match &d.email {
                Some(e) => vec![links::email(e)],
                None => vec![links::anchor(names::party(d), "dpo")],
            })
            .collect(),
    );
    push_fact(&mut facts, tr.t("summary-data"), data_kinds(tr, policy));
    let recipients: Vec<Line> = if policy.recipients.is_empty() {
        vec![text(tr.t("summary-recipients-none"))]
    } else {
        policy
            .recipients
            .iter()
            .map(|r| {
                vec![links::anchor(
                    names::recipient(tr, r),
                    &super::anchor("recipient", &r.id),
                )]
            })
            .collect()
    };
    push_fact(&mut facts, tr.t("summary-recipients"), recipients);
    let mut countries: Vec<&str> = Vec::new();
    for t in &policy.transfers {
        for c in &t.destinations {
            if !countries.contains(&c.as_str()) {
                countries.push(c);
            }
        }
    }
    let transfers: Vec<Line> = if policy.transfers.is_empty() {
        vec![text(tr.t("summary-transfers-none"))]
    } else if countries.is_empty() {
        vec![vec![links::anchor(tr.t("destination-not-stated"), "transfers")]]
    } else {
        countries
            .into_iter()
            .map(|c| vec![links::anchor(tr.country(c), "transfers")])
            .collect()
    };
    push_fact(&mut facts, tr.t("summary-transfers"), transfers);
    push_fact(
        &mut facts,
        tr.t("summary-rights"),
        policy
            .rights_given()
            .into_iter()
            .map(|id| vec![links::anchor(tr.term("right", id), "rights")])
            .collect(),
    );
    let complaint = match rights::authority_of(tr, policy) {
        Some((name, url)) => {
            let sentence = tr.f(
                "summary-complaint-authority",
                &[("authority", crate::i18n::Arg::from(name))],
            );
            vec![text(sentence), vec![links::web_self(&url)]]
        }
        None => vec![text(tr.t("summary-complaint-any"))],
    };
    push_fact(&mut facts, tr.t("summary-complaint"), complaint);
    s.blocks.push(Block::Facts(facts));
    if !rights::objectable(policy).is_empty() || !rights::marketing(policy).is_empty() {
        s.blocks
            .push(Block::Important(vec![links::anchor(tr.t("summary-object"), "object")]));
    }
    if !policy.purposes.is_empty() {
        s.blocks.push(Block::Table(purposes::summary_table(tr, policy)));
    }
    s
}
