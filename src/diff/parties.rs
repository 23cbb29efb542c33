//! The policy header and the parties: who is responsible and how to reach them.

use super::Value;
use super::compare::{At, Diff, matched, set_difference};
use super::{Kind, Materiality::Cosmetic, Materiality::Material};
use crate::model::{ParentalConsentUntil, Party, Term};

pub(super) fn compare(d: &mut Diff<'_>) {
    let (old, new) = (d.old, d.new);
    header(d);
    party(d, "controller", old.controller.as_ref(), new.controller.as_ref());
    party(
        d,
        "representative",
        old.representative.as_ref(),
        new.representative.as_ref(),
    );
    party(d, "dpo", old.dpo.as_ref(), new.dpo.as_ref());
    joint_controllers(d);
}

fn terms(t: &[Term]) -> Vec<String> {
    t.iter().map(|t| t.id.clone()).collect()
}

fn header(d: &mut Diff<'_>) {
    let (o, n) = (d.old, d.new);
    let at = At::new("policy", &n.id);
    d.literal(Kind::DetailChanged, Cosmetic, &at, "id", Some(&o.id), Some(&n.id));
    d.text(&at, "title", o.title.as_ref(), n.title.as_ref());
    d.literal(
        Kind::VersionChanged,
        Cosmetic,
        &at,
        "version",
        o.version.as_ref(),
        n.version.as_ref(),
    );
    d.literal(
        Kind::VersionChanged,
        Cosmetic,
        &at,
        "effective",
        o.effective.as_ref(),
        n.effective.as_ref(),
    );
    let (removed, added) = set_difference(&o.languages, &n.languages);
    if !added.is_empty() {
        d.push(
            Kind::LanguageAdded,
            Cosmetic,
            &at,
            Some("languages"),
            None,
            Some(Value::Ids(added)),
        );
    }
    if !removed.is_empty() {
        d.push(
            Kind::LanguageRemoved,
            Material,
            &at,
            Some("languages"),
            Some(Value::Ids(removed)),
            None,
        );
    }
    let both = (Kind::DetailChanged, Material);
    d.ids(&at, "audience", &terms(&o.audience), &terms(&n.audience), both, both);
    let cosmetic = (Kind::DetailChanged, Cosmetic);
    d.ids(&at, "countries", &o.countries, &n.countries, cosmetic, cosmetic);
    if o.min_age != n.min_age {
        let (old, new) = (o.min_age.map(Value::Number), n.min_age.map(Value::Number));
        d.push(Kind::MinAgeChanged, Material, &at, Some("min_age"), old, new);
    }
    d.text(&at, "scope", o.scope.as_ref(), n.scope.as_ref());
    d.text(&at, "intro", o.intro.as_ref(), n.intro.as_ref());
    d.literal(
        Kind::DetailChanged,
        Cosmetic,
        &at,
        "url",
        o.url.as_ref(),
        n.url.as_ref(),
    );
    d.text(
        &at,
        "parental_consent",
        o.parental_consent.as_ref(),
        n.parental_consent.as_ref(),
    );
    if o.parental_consent_until != n.parental_consent_until {
        let value = |u: Option<ParentalConsentUntil>| {
            u.map(|u| match u {
                ParentalConsentUntil::National => Value::Literal("national".into()),
                ParentalConsentUntil::Age { age } => Value::Number(age),
            })
        };
        d.push(
            Kind::DetailChanged,
            Material,
            &at,
            Some("parental_consent_until"),
            value(o.parental_consent_until),
            value(n.parental_consent_until),
        );
    }
    let flags = [
        ("public_authority", o.public_authority, n.public_authority),
        ("large_scale", o.large_scale, n.large_scale),
    ];
    for (field, old, new) in flags {
        d.flag(Kind::DetailChanged, Cosmetic, &at, field, Some(old), Some(new));
    }
    d.text(&at, "notice_timing", o.notice_timing.as_ref(), n.notice_timing.as_ref());
    d.text(
        &at,
        "art14_exemption",
        o.art14_exemption.as_ref(),
        n.art14_exemption.as_ref(),
    );
    if o.staff_processing != n.staff_processing {
        let (old, new) = (
            o.staff_processing.map(Value::Number),
            n.staff_processing.map(Value::Number),
        );
        d.push(Kind::DetailChanged, Cosmetic, &at, Some("staff_processing"), old, new);
    }
    let bases = (Kind::BasisChanged, Material);
    d.ids(
        &at,
        "bases",
        &terms(&o.unmapped_bases),
        &terms(&n.unmapped_bases),
        bases,
        bases,
    );
}

/// The kinds of change for one party: (added, removed, identity changed).
fn kinds(decl: &str) -> (Kind, Kind, Kind) {
    match decl {
        "representative" => (
            Kind::RepresentativeAdded,
            Kind::RepresentativeRemoved,
            Kind::RepresentativeChanged,
        ),
        "dpo" => (Kind::DpoAdded, Kind::DpoRemoved, Kind::DpoChanged),
        "joint_controller" => (
            Kind::JointControllerAdded,
            Kind::JointControllerRemoved,
            Kind::JointControllerChanged,
        ),
        _ => (
            Kind::ControllerChanged,
            Kind::ControllerChanged,
            Kind::ControllerChanged,
        ),
    }
}

/// The id under which a singleton party is located: its own id, which is the keyword when the
/// declaration has none.
fn at(decl: &'static str, old: Option<&Party>, new: Option<&Party>) -> At {
    let id = new.or(old).map_or(decl, |p| p.id.as_str());
    At::new(decl, id)
}

/// A controller, representative or DPO: named or dropped, identity, contacts, brand.
fn party(d: &mut Diff<'_>, decl: &'static str, old: Option<&Party>, new: Option<&Party>) {
    let (added, removed, changed) = kinds(decl);
    let here = at(decl, old, new);
    match (old, new) {
        (None, None) => {}
        (None, Some(n)) => d.push(added, Material, &here, None, None, Some(Value::Literal(label(n)))),
        (Some(o), None) => d.push(removed, Material, &here, None, Some(Value::Literal(label(o))), None),
        (Some(o), Some(n)) => party_fields(d, &here, changed, o, n),
    }
}

/// What a party is called in a report: its name, else its id.
fn label(p: &Party) -> String {
    p.name.clone().unwrap_or_else(|| p.id.clone())
}

fn party_fields(d: &mut Diff<'_>, at: &At, changed: Kind, o: &Party, n: &Party) {
    let identity = [
        ("name", &o.name, &n.name),
        ("address", &o.address, &n.address),
        ("country", &o.country, &n.country),
        ("registration", &o.registration, &n.registration),
    ];
    for (field, old, new) in identity {
        d.literal(changed, Material, at, field, old.as_ref(), new.as_ref());
    }
    let contacts = [
        ("email", &o.email, &n.email),
        ("phone", &o.phone, &n.phone),
        ("url", &o.url, &n.url),
        ("contact_form", &o.contact_form, &n.contact_form),
    ];
    for (field, old, new) in contacts {
        d.literal(Kind::ContactChanged, Material, at, field, old.as_ref(), new.as_ref());
    }
    d.literal(
        Kind::BrandChanged,
        Cosmetic,
        at,
        "brand",
        o.brand.as_ref(),
        n.brand.as_ref(),
    );
}

fn joint_controllers(d: &mut Diff<'_>) {
    let (old, new) = (d.old, d.new);
    let m = matched(&old.joint_controllers, &new.joint_controllers, |j| j.party.id.as_str());
    for j in m.came {
        let here = At::new("joint_controller", &j.party.id);
        let value = Some(Value::Literal(label(&j.party)));
        d.push(Kind::JointControllerAdded, Material, &here, None, None, value);
    }
    for j in m.gone {
        let here = At::new("joint_controller", &j.party.id);
        let value = Some(Value::Literal(label(&j.party)));
        d.push(Kind::JointControllerRemoved, Material, &here, None, value, None);
    }
    for (o, n) in m.both {
        let here = At::new("joint_controller", &n.party.id);
        party_fields(d, &here, Kind::JointControllerChanged, &o.party, &n.party);
        let shared = (Kind::JointControllerChanged, Material);
        d.ids(&here, "purposes", &o.purposes, &n.purposes, shared, shared);
        d.text(&here, "arrangement", o.arrangement.as_ref(), n.arrangement.as_ref());
        let (old_url, new_url) = (o.arrangement_url.as_ref(), n.arrangement_url.as_ref());
        d.literal(
            Kind::DetailChanged,
            Cosmetic,
            &here,
            "arrangement_url",
            old_url,
            new_url,
        );
    }
}
