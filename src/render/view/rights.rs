//! The rights section, computed from the legal bases used (DESIGN.md): portability only for
//! consent and contract; the right to object, shown apart and prominently, for legitimate
//! interests, public task and direct marketing; withdrawal of consent wherever consent is used;
//! Art. 22 rights where a decision is based solely on automated processing with significant
//! effects. Rights the policy lists itself are added to those derived; `Policy::rights_given`
//! decides, for the exports as well.

use super::{anchor, marketing, names, parties};
use crate::i18n::Arg;
use crate::model::{Policy, Purpose};
use crate::render::doc::{Block, Line, Section, Sub, push_fact, text};
use crate::render::links;
use crate::render::tr::Tr;

/// Purposes where the right to object of Art. 21(1) applies.
pub fn objectable(policy: &Policy) -> Vec<&Purpose> {
    policy.purposes.iter().filter(|p| p.objectable()).collect()
}

/// Purposes that are direct marketing (Art. 21(2)).
pub fn marketing(policy: &Policy) -> Vec<&Purpose> {
    policy.purposes.iter().filter(|p| p.direct_marketing).collect()
}

fn purpose_list(tr: &Tr, purposes: &[&Purpose]) -> Block {
    Block::List(
        purposes
            .iter()
            .map(|p| vec![links::anchor(names::purpose(tr, p), &anchor("purpose", &p.id))])
            .collect(),
    )
}

fn object_sub(tr: &Tr, policy: &Policy) -> Option<Sub> {
    let general = objectable(policy);
    let direct = marketing(policy);
    if general.is_empty() && direct.is_empty() {
        return None;
    }
    let mut blocks = Vec::new();
    if !general.is_empty() {
        blocks.push(Block::Para(text(tr.t("object-general"))));
        blocks.push(Block::Para(text(tr.t("object-purposes"))));
        blocks.push(purpose_list(tr, &general));
    }
    if !direct.is_empty() {
        blocks.push(Block::Para(text(tr.t("object-marketing"))));
        blocks.push(Block::Para(text(tr.t("object-purposes"))));
        blocks.push(purpose_list(tr, &direct));
    }
    if let Some(how) = policy.rights.as_ref().and_then(|r| tr.opt(r.object.as_ref())) {
        let mut facts = Vec::new();
        push_fact(&mut facts, tr.t("label-object-how"), vec![text(how)]);
        blocks.push(Block::Facts(facts));
    }
    let mut sub = Sub::new("object".into(), tr.t("object-heading"), blocks);
    sub.prominent = true;
    Some(sub)
}

fn exercise_sub(tr: &Tr, policy: &Policy) -> Sub {
    let mut blocks = vec![Block::Para(text(tr.t("rights-exercise-intro")))];
    let mut facts = Vec::new();
    if let Some(r) = &policy.rights {
        push_fact(
            &mut facts,
            tr.t("label-email"),
            r.email.iter().map(|e| vec![links::email(e)]).collect(),
        );
        push_fact(
            &mut facts,
            tr.t("label-contact-form"),
            r.form.iter().map(|u| vec![links::web_self(u)]).collect(),
        );
        push_fact(
            &mut facts,
            tr.t("label-address"),
            r.address.iter().map(|a| text(a.clone())).collect(),
        );
        push_fact(
            &mut facts,
            tr.t("label-phone"),
            r.phone.iter().map(|p| text(p.clone())).collect(),
        );
    }
    if facts.is_empty()
        && let Some(c) = &policy.controller
    {
        facts = parties::contact_facts(tr, c, parties::Named::Organisation)
            .into_iter()
            .filter(|f| f.label == tr.t("label-email") || f.label == tr.t("label-contact-form"))
            .collect();
    }
    if !facts.is_empty() {
        blocks.push(Block::Facts(facts));
    }
    let rights = policy.rights.as_ref();
    blocks.extend(
        rights
            .and_then(|r| tr.opt(r.description.as_ref()))
            .map(|d| Block::Para(text(d))),
    );
    blocks.push(Block::Para(text(match rights.and_then(|r| r.response_time.as_ref()) {
        Some(d) => tr.f("rights-response-time", &[("duration", Arg::from(tr.duration(d)))]),
        None => tr.t("rights-response-default"),
    })));
    let fee = if rights.and_then(|r| r.fee) == Some(true) {
        "rights-fee"
    } else {
        "rights-free"
    };
    blocks.push(Block::Para(text(tr.t(fee))));
    Sub::new("exercise-rights".into(), tr.t("rights-exercise-heading"), blocks)
}

/// The supervisory authority the policy names, as a linked name.
pub fn authority(tr: &Tr, policy: &Policy) -> Option<Line> {
    let (name, url) = authority_of(tr, policy)?;
    Some(vec![links::web(&name, &url)])
}

/// The name and web address of the supervisory authority the policy names. The name is the
/// official one in the authority's own language, or its English name on English pages.
pub fn authority_of(tr: &Tr, policy: &Policy) -> Option<(String, String)> {
    let country = policy.rights.as_ref()?.authority.as_ref()?;
    let builtins = crate::builtin::builtins().ok()?;
    let a = builtins.reference.authorities.national(country)?;
    let name = if tr.lang() == "en" { &a.name_en } else { &a.name };
    Some((name.clone(), a.url.clone()))
}

fn complaint_sub(tr: &Tr, policy: &Policy) -> Sub {
    let mut blocks = vec![Block::Para(text(tr.t("complaint-text")))];
    if let Some(a) = authority(tr, policy) {
        blocks.push(Block::Para(text(tr.t("complaint-authority"))));
        blocks.push(Block::Para(a));
    }
    if policy.rights.as_ref().and_then(|r| r.court) == Some(true) {
        blocks.push(Block::Para(text(tr.t("court-text"))));
    }
    Sub::new("complaint".into(), tr.t("complaint-heading"), blocks)
}

/// The rights section.
pub fn section(tr: &Tr, policy: &Policy) -> Section {
    let mut s = Section::new("rights", tr.t("section-rights"));
    s.blocks.push(Block::Para(text(tr.t("rights-intro"))));
    let mut facts = Vec::new();
    for id in policy.rights_given() {
        let message = format!("vocab-right-{id}");
        push_fact(
            &mut facts,
            tr.term_cited("right", id),
            vec![text(tr.attr(&message, "description"))],
        );
    }
    s.blocks.push(Block::Facts(facts));
    s.subs.extend(object_sub(tr, policy));
    if policy.purposes.iter().any(Purpose::consent_based) {
        let mut blocks = vec![Block::Para(text(tr.t("withdraw-text")))];
        let rights = policy.rights.as_ref();
        let how = marketing::withdrawn(
            tr,
            rights.and_then(|r| r.withdraw_via.as_ref()),
            rights.and_then(|r| tr.opt(r.withdraw.as_ref())),
        );
        if !how.is_empty() {
            let mut facts = Vec::new();
            push_fact(&mut facts, tr.t("label-withdraw"), how);
            blocks.push(Block::Facts(facts));
        }
        s.subs
            .push(Sub::new("withdraw-consent".into(), tr.t("withdraw-heading"), blocks));
    }
    s.subs.push(complaint_sub(tr, policy));
    s.subs.push(exercise_sub(tr, policy));
    s
}
