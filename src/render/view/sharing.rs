//! Recipients (Art. 13(1)(e)) and transfers outside the EU/EEA (Art. 13(1)(f), 44–49).

use super::{anchor, names};
use crate::i18n::Arg;
use crate::model::{Policy, Recipient, Transfer};
use crate::render::doc::{Block, Line, Row, Section, Sub, Table, push_fact, text};
use crate::render::links;
use crate::render::tr::Tr;

fn recipient_row(tr: &Tr, policy: &Policy, r: &Recipient) -> Row {
    let mut who = vec![text(names::recipient(tr, r))];
    if r.name.is_some() {
        who.extend(tr.opt(r.category.as_ref()).map(text));
    }
    who.extend(tr.opt(r.description.as_ref()).map(text));
    if r.dpf_certified {
        who.push(text(tr.t("recipient-dpf")));
    }
    if r.in_adequacy_scope {
        who.push(text(tr.t("recipient-adequacy-scope")));
    }
    if let Some(url) = &r.url {
        who.push(vec![links::web(&tr.t("recipient-privacy-link"), url)]);
    }
    let locations: Vec<Line> = r.locations.iter().map(|c| text(tr.country(c))).collect();
    let or_not_stated = |lines: Vec<Line>| {
        if lines.is_empty() {
            vec![text(tr.t("value-not-stated"))]
        } else {
            lines
        }
    };
    let cells = vec![
        who,
        vec![text(tr.term("role", &r.role.id))],
        or_not_stated(locations),
        or_not_stated(names::data_links(tr, policy, &r.data)),
        or_not_stated(names::purpose_links(tr, policy, &r.purposes)),
    ];
    Row::with_id(anchor("recipient", &r.id), cells)
}

/// The section on recipients.
pub fn recipients(tr: &Tr, policy: &Policy) -> Section {
    let mut s = Section::new("recipients", tr.t("section-recipients"));
    if policy.recipients.is_empty() {
        s.blocks.push(Block::Para(text(tr.t("recipients-none"))));
        return s;
    }
    s.blocks.push(Block::Para(text(tr.t("recipients-intro"))));
    s.blocks.push(Block::Table(Table {
        caption: tr.t("recipients-caption"),
        headers: ["col-recipient", "col-role", "col-location", "col-data", "col-purposes"]
            .iter()
            .map(|id| tr.t(id))
            .collect(),
        rows: policy.recipients.iter().map(|r| recipient_row(tr, policy, r)).collect(),
    }));
    s
}

fn transfer_sub(tr: &Tr, policy: &Policy, t: &Transfer) -> Sub {
    let destinations: Vec<String> = t.destinations.iter().map(|c| tr.country(c)).collect();
    let heading = if destinations.is_empty() {
        tr.t("destination-not-stated")
    } else {
        destinations.join(" · ")
    };
    let mut facts = Vec::new();
    let dest_lines: Vec<Line> = if destinations.is_empty() {
        vec![text(tr.t("destination-not-stated"))]
    } else {
        destinations.into_iter().map(text).collect()
    };
    push_fact(&mut facts, tr.t("label-destination"), dest_lines);
    let mechanisms: Vec<Line> = if t.mechanisms.is_empty() {
        vec![text(tr.t("value-not-stated"))]
    } else {
        t.mechanisms
            .iter()
            .flat_map(|m| {
                [
                    text(tr.term_cited("mechanism", &m.id)),
                    text(tr.attr(&format!("vocab-mechanism-{}", m.id), "description")),
                ]
            })
            .collect()
    };
    push_fact(&mut facts, tr.t("label-mechanism"), mechanisms);
    push_fact(
        &mut facts,
        tr.t("label-instrument"),
        t.reference.iter().map(|r| text(r.clone())).collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-approved-by"),
        t.approved_by.iter().map(|a| text(a.clone())).collect(),
    );
    let assessed = match (&t.tia_date, t.tia_done) {
        (Some(d), _) => Some(tr.f("transfer-tia-date", &[("date", Arg::from(tr.date(d)))])),
        (None, Some(true)) => Some(tr.t("transfer-tia-done")),
        _ => None,
    };
    push_fact(&mut facts, tr.t("label-tia"), assessed.map(text).into_iter().collect());
    push_fact(
        &mut facts,
        tr.t("label-copy"),
        t.copy_from.iter().map(|c| vec![links::contact(c)]).collect(),
    );
    let recipients: Vec<Line> = t
        .recipients
        .iter()
        .filter_map(|id| policy.recipients.iter().find(|r| &r.id == id))
        .map(|r| vec![links::anchor(names::recipient(tr, r), &anchor("recipient", &r.id))])
        .collect();
    push_fact(&mut facts, tr.t("label-transfer-recipients"), recipients);
    push_fact(
        &mut facts,
        tr.t("label-transfer-data"),
        names::data_links(tr, policy, &t.data),
    );
    let mut blocks = vec![Block::Facts(facts)];
    blocks.extend(tr.opt(t.description.as_ref()).map(|d| Block::Para(text(d))));
    Sub::new(anchor("transfer", &t.id), heading, blocks)
}

/// The section on transfers outside the EU/EEA.
pub fn transfers(tr: &Tr, policy: &Policy) -> Section {
    let mut s = Section::new("transfers", tr.t("section-transfers"));
    if policy.transfers.is_empty() {
        s.blocks.push(Block::Para(text(tr.t("transfers-none"))));
        return s;
    }
    s.blocks.push(Block::Para(text(tr.t("transfers-intro"))));
    s.subs = policy.transfers.iter().map(|t| transfer_sub(tr, policy, t)).collect();
    s
}
