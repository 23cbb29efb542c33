//! Who is responsible: controller, joint controllers, representative (Art. 13(1)(a), 26, 27) and
//! the data protection officer (Art. 13(1)(b)).

use super::{anchor, names};
use crate::i18n::Arg;
use crate::model::{Party, Policy};
use crate::render::doc::{Block, Fact, Line, Section, Sub, push_fact, text};
use crate::render::links;
use crate::render::tr::Tr;

/// Whether a party's name is a person's or an organisation's: the two take different labels in
/// some languages (Polish "Imię i nazwisko" and "Nazwa").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    /// A company, association or public body.
    Organisation,
    /// A natural person.
    Person,
}

/// The contact details of a party as facts.
pub fn contact_facts(tr: &Tr, p: &Party, named: Named) -> Vec<Fact> {
    let mut facts = Vec::new();
    let mut name: Vec<Line> = p.name.iter().map(|n| text(n.clone())).collect();
    if let Some(brand) = &p.brand {
        name.push(text(tr.f("controller-brand", &[("brand", Arg::from(brand))])));
    }
    let label = match named {
        Named::Organisation => "label-name",
        Named::Person => "label-person-name",
    };
    push_fact(&mut facts, tr.t(label), name);
    push_fact(
        &mut facts,
        tr.t("label-address"),
        p.address.iter().map(|a| text(a.clone())).collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-country"),
        p.country.iter().map(|c| text(tr.country(c))).collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-email"),
        p.email.iter().map(|e| vec![links::email(e)]).collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-phone"),
        p.phone.iter().map(|t| text(t.clone())).collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-contact-form"),
        p.contact_form.iter().map(|u| vec![links::web_self(u)]).collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-website"),
        p.url.iter().map(|u| vec![links::web_self(u)]).collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-registration"),
        p.registration.iter().map(|r| text(r.clone())).collect(),
    );
    facts
}

/// The controller section, with joint controllers and the representative as subsections.
pub fn controller(tr: &Tr, policy: &Policy) -> Section {
    let mut s = Section::new("controller", tr.t("section-controller"));
    match &policy.controller {
        Some(c) => {
            s.blocks.push(Block::Para(text(tr.t("controller-intro"))));
            s.blocks.push(Block::Facts(contact_facts(tr, c, Named::Organisation)));
        }
        None => s.blocks.push(Block::Para(text(tr.t("controller-none")))),
    }
    if !policy.joint_controllers.is_empty() {
        let mut blocks = vec![Block::Para(text(tr.t("joint-intro")))];
        for j in &policy.joint_controllers {
            let mut facts = contact_facts(tr, &j.party, Named::Organisation);
            let mut arrangement: Vec<Line> = tr.opt(j.arrangement.as_ref()).map(text).into_iter().collect();
            arrangement.extend(
                j.arrangement_url
                    .iter()
                    .map(|u| vec![links::web(&tr.t("arrangement-link"), u)]),
            );
            push_fact(&mut facts, tr.t("label-arrangement"), arrangement);
            push_fact(
                &mut facts,
                tr.t("label-joint-purposes"),
                names::purpose_links(tr, policy, &j.purposes),
            );
            blocks.push(Block::Facts(facts));
        }
        s.subs
            .push(Sub::new("joint-controllers".into(), tr.t("joint-heading"), blocks));
    }
    if let Some(r) = &policy.representative {
        let blocks = vec![
            Block::Para(text(tr.t("representative-intro"))),
            Block::Facts(contact_facts(tr, r, Named::Organisation)),
        ];
        s.subs.push(Sub::new(
            anchor("representative", &r.id),
            tr.t("representative-heading"),
            blocks,
        ));
    } else if let Some(ground) = &policy.representative_exemption {
        s.subs.push(representative_exemption(tr, &ground.id));
    }
    s
}

/// Why a controller outside the Union has no representative there (Art. 27(2)): said so that
/// readers do not look for one in vain.
fn representative_exemption(tr: &Tr, ground: &str) -> Sub {
    let message = format!("vocab-exemption-{ground}");
    let mut facts = Vec::new();
    push_fact(
        &mut facts,
        tr.term_cited("exemption", ground),
        vec![text(tr.attr(&message, "description"))],
    );
    Sub::new(
        "representative".into(),
        tr.t("representative-heading"),
        vec![Block::Para(text(tr.t("representative-exempt"))), Block::Facts(facts)],
    )
}

/// The data protection officer's section, when there is one.
pub fn dpo(tr: &Tr, policy: &Policy) -> Option<Section> {
    let d = policy.dpo.as_ref()?;
    let mut s = Section::new("dpo", tr.t("section-dpo"));
    s.blocks.push(Block::Para(text(tr.t("dpo-intro"))));
    // The officer is designated for their professional qualities (Art. 37(5)) and is named as a
    // person, even when the tasks are carried out under a service contract.
    s.blocks.push(Block::Facts(contact_facts(tr, d, Named::Person)));
    Some(s)
}
