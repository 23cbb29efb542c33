//! What is processed, why, on what basis, for how long, and who receives it: data categories,
//! purposes, recipients, transfers and automated decisions.

use super::compare::{At, Diff, Effect, matched, same};
use super::{Kind, Materiality::Cosmetic, Materiality::Material, Value};
use crate::model::{AutomatedDecision, Basis, DataCategory, Purpose, Recipient, Term, Transfer};

pub(super) fn compare(d: &mut Diff<'_>) {
    data(d);
    purposes(d);
    recipients(d);
    transfers(d);
    decisions(d);
}

const LINKED: Effect = (Kind::DataLinked, Material);
const UNLINKED: Effect = (Kind::DataUnlinked, Cosmetic);

fn id(t: &Term) -> Value {
    Value::Id(t.id.clone())
}

fn data(d: &mut Diff<'_>) {
    let (old, new) = (d.old, d.new);
    let m = matched(&old.data, &new.data, |c: &DataCategory| c.id.as_str());
    for c in m.came {
        d.push(
            Kind::DataAdded,
            Material,
            &At::new("data", &c.id),
            None,
            None,
            Some(id(&c.kind)),
        );
    }
    for c in m.gone {
        d.push(
            Kind::DataRemoved,
            Cosmetic,
            &At::new("data", &c.id),
            None,
            Some(id(&c.kind)),
            None,
        );
    }
    for (o, n) in m.both {
        let at = At::new("data", &n.id);
        if o.kind != n.kind || o.class != n.class {
            d.push(
                Kind::DataKindChanged,
                Material,
                &at,
                Some("kind"),
                Some(id(&o.kind)),
                Some(id(&n.kind)),
            );
        }
        d.text(&at, "description", o.description.as_ref(), n.description.as_ref());
        d.text_list(&at, "items", o.items.as_ref(), n.items.as_ref());
        let (os, ns) = (o.source.as_ref(), n.source.as_ref());
        if os.map(|s| (&s.kind, s.public)) != ns.map(|s| (&s.kind, s.public)) {
            let value = |s: Option<&crate::model::Source>| s.map(|s| id(&s.kind));
            d.push(Kind::SourceChanged, Material, &at, Some("source"), value(os), value(ns));
        }
        d.text(
            &at,
            "source.name",
            os.and_then(|s| s.name.as_ref()),
            ns.and_then(|s| s.name.as_ref()),
        );
        if o.required != n.required {
            let (ov, nv) = (o.required.as_ref().map(id), n.required.as_ref().map(id));
            d.push(Kind::DetailChanged, Material, &at, Some("required"), ov, nv);
        }
        d.text(&at, "consequence", o.consequence.as_ref(), n.consequence.as_ref());
        d.flag(
            Kind::DetailChanged,
            Material,
            &at,
            "called_anonymous",
            o.called_anonymous,
            n.called_anonymous,
        );
        d.retention(&at, "retention", o.retention.as_ref(), n.retention.as_ref());
    }
}

fn purposes(d: &mut Diff<'_>) {
    let (old, new) = (d.old, d.new);
    let m = matched(&old.purposes, &new.purposes, |p: &Purpose| p.id.as_str());
    for p in m.came {
        d.push(
            Kind::PurposeAdded,
            Material,
            &At::new("purpose", &p.id),
            None,
            None,
            Some(id(&p.kind)),
        );
    }
    for p in m.gone {
        d.push(
            Kind::PurposeRemoved,
            Material,
            &At::new("purpose", &p.id),
            None,
            Some(id(&p.kind)),
            None,
        );
    }
    for (o, n) in m.both {
        let at = At::new("purpose", &n.id);
        if o.kind != n.kind {
            d.push(
                Kind::PurposeKindChanged,
                Material,
                &at,
                Some("kind"),
                Some(id(&o.kind)),
                Some(id(&n.kind)),
            );
        }
        d.flag(
            Kind::DetailChanged,
            Material,
            &at,
            "further_processing",
            Some(o.further_processing),
            Some(n.further_processing),
        );
        d.flag(
            Kind::DetailChanged,
            Material,
            &at,
            "necessary",
            o.necessary,
            n.necessary,
        );
        d.text(&at, "description", o.description.as_ref(), n.description.as_ref());
        d.ids(&at, "data", &o.data, &n.data, LINKED, UNLINKED);
        bases(d, &at, &o.bases, &n.bases);
        let (oc, nc) = (o.condition.as_ref(), n.condition.as_ref());
        if oc.map(|c| &c.kind) != nc.map(|c| &c.kind) {
            let (ov, nv) = (oc.map(|c| id(&c.kind)), nc.map(|c| id(&c.kind)));
            d.push(Kind::ConditionChanged, Material, &at, Some("condition"), ov, nv);
        }
        d.text(
            &at,
            "condition.law",
            oc.and_then(|c| c.law.as_ref()),
            nc.and_then(|c| c.law.as_ref()),
        );
        d.text(
            &at,
            "criminal_grounds",
            o.criminal_grounds.as_ref(),
            n.criminal_grounds.as_ref(),
        );
        d.retention(&at, "retention", o.retention.as_ref(), n.retention.as_ref());
    }
}

/// The bases of a purpose: a different set of bases is material; within a basis that stays,
/// the author's explanations are rewording, but consent becoming implied is material.
fn bases(d: &mut Diff<'_>, at: &At, old: &[Basis], new: &[Basis]) {
    let kinds = |b: &[Basis]| {
        let mut k: Vec<String> = b.iter().map(|b| b.kind.id.clone()).collect();
        k.sort();
        k.dedup();
        k
    };
    let (ok, nk) = (kinds(old), kinds(new));
    if ok != nk {
        let value = |k: Vec<String>| (!k.is_empty()).then_some(Value::Ids(k));
        d.push(Kind::BasisChanged, Material, at, Some("basis"), value(ok), value(nk));
        return;
    }
    for n in new {
        let Some(o) = old.iter().find(|o| o.kind == n.kind) else {
            continue;
        };
        if same(o, n) {
            continue;
        }
        d.flag(Kind::BasisChanged, Material, at, "basis.implied", o.implied, n.implied);
        let texts = [
            ("basis.interest", &o.interest, &n.interest),
            ("basis.balancing", &o.balancing, &n.balancing),
            ("basis.law", &o.law, &n.law),
            ("basis.withdraw", &o.withdraw, &n.withdraw),
            ("basis.mechanism", &o.mechanism, &n.mechanism),
        ];
        for (field, ot, nt) in texts {
            d.text(at, field, ot.as_ref(), nt.as_ref());
        }
    }
}

/// What a recipient is called: its name, else its category in the first language, else its id.
fn recipient_label(r: &Recipient) -> Value {
    match (&r.name, &r.category) {
        (Some(name), _) => Value::Literal(name.clone()),
        (None, Some(category)) => Value::Text(category.clone()),
        (None, None) => Value::Id(r.id.clone()),
    }
}

fn recipients(d: &mut Diff<'_>) {
    let (old, new) = (d.old, d.new);
    let m = matched(&old.recipients, &new.recipients, |r: &Recipient| r.id.as_str());
    for r in m.came {
        let value = Some(recipient_label(r));
        d.push(
            Kind::RecipientAdded,
            Material,
            &At::new("recipient", &r.id),
            None,
            None,
            value,
        );
    }
    for r in m.gone {
        let value = Some(recipient_label(r));
        d.push(
            Kind::RecipientRemoved,
            Cosmetic,
            &At::new("recipient", &r.id),
            None,
            value,
            None,
        );
    }
    for (o, n) in m.both {
        let at = At::new("recipient", &n.id);
        if o.role != n.role {
            d.push(
                Kind::RecipientRoleChanged,
                Material,
                &at,
                Some("role"),
                Some(id(&o.role)),
                Some(id(&n.role)),
            );
        }
        d.literal(
            Kind::RecipientChanged,
            Material,
            &at,
            "name",
            o.name.as_ref(),
            n.name.as_ref(),
        );
        d.text(&at, "category", o.category.as_ref(), n.category.as_ref());
        d.text(&at, "description", o.description.as_ref(), n.description.as_ref());
        let places = ((Kind::DestinationAdded, Material), (Kind::DestinationRemoved, Cosmetic));
        d.ids(&at, "location", &o.locations, &n.locations, places.0, places.1);
        d.ids(&at, "data", &o.data, &n.data, LINKED, UNLINKED);
        let purposes = ((Kind::RecipientChanged, Material), (Kind::RecipientChanged, Cosmetic));
        d.ids(&at, "purposes", &o.purposes, &n.purposes, purposes.0, purposes.1);
        d.flag(
            Kind::MechanismChanged,
            Material,
            &at,
            "dpf_certified",
            Some(o.dpf_certified),
            Some(n.dpf_certified),
        );
        d.flag(
            Kind::MechanismChanged,
            Material,
            &at,
            "in_adequacy_scope",
            Some(o.in_adequacy_scope),
            Some(n.in_adequacy_scope),
        );
        d.literal(
            Kind::DetailChanged,
            Cosmetic,
            &at,
            "url",
            o.url.as_ref(),
            n.url.as_ref(),
        );
    }
}

fn transfers(d: &mut Diff<'_>) {
    let (old, new) = (d.old, d.new);
    let m = matched(&old.transfers, &new.transfers, |t: &Transfer| t.id.as_str());
    for t in m.came {
        let value = Some(Value::Ids(t.destinations.clone()));
        d.push(
            Kind::TransferAdded,
            Material,
            &At::new("transfer", &t.id),
            None,
            None,
            value,
        );
    }
    for t in m.gone {
        let value = Some(Value::Ids(t.destinations.clone()));
        d.push(
            Kind::TransferRemoved,
            Cosmetic,
            &At::new("transfer", &t.id),
            None,
            value,
            None,
        );
    }
    for (o, n) in m.both {
        let at = At::new("transfer", &n.id);
        let places = ((Kind::DestinationAdded, Material), (Kind::DestinationRemoved, Cosmetic));
        d.ids(&at, "to", &o.destinations, &n.destinations, places.0, places.1);
        let who = ((Kind::RecipientChanged, Material), (Kind::RecipientChanged, Cosmetic));
        d.ids(&at, "recipients", &o.recipients, &n.recipients, who.0, who.1);
        d.ids(&at, "data", &o.data, &n.data, LINKED, UNLINKED);
        let terms = |t: &[Term]| {
            let mut ids: Vec<String> = t.iter().map(|t| t.id.clone()).collect();
            ids.sort();
            ids.dedup();
            ids
        };
        let (om, nm) = (terms(&o.mechanisms), terms(&n.mechanisms));
        if om != nm {
            let value = |k: Vec<String>| (!k.is_empty()).then_some(Value::Ids(k));
            d.push(
                Kind::MechanismChanged,
                Material,
                &at,
                Some("mechanism"),
                value(om),
                value(nm),
            );
        }
        d.literal(
            Kind::DetailChanged,
            Cosmetic,
            &at,
            "reference",
            o.reference.as_ref(),
            n.reference.as_ref(),
        );
        d.literal(
            Kind::DetailChanged,
            Cosmetic,
            &at,
            "approved_by",
            o.approved_by.as_ref(),
            n.approved_by.as_ref(),
        );
        d.literal(
            Kind::ContactChanged,
            Material,
            &at,
            "copy_from",
            o.copy_from.as_ref(),
            n.copy_from.as_ref(),
        );
        d.text(&at, "description", o.description.as_ref(), n.description.as_ref());
    }
}

fn decisions(d: &mut Diff<'_>) {
    let (old, new) = (d.old, d.new);
    let m = matched(
        &old.automated_decisions,
        &new.automated_decisions,
        |a: &AutomatedDecision| a.id.as_str(),
    );
    for a in m.came {
        let value = a.description.clone().map(Value::Text);
        d.push(
            Kind::AutomatedDecisionAdded,
            Material,
            &At::new("automated_decision", &a.id),
            None,
            None,
            value,
        );
    }
    for a in m.gone {
        let value = a.description.clone().map(Value::Text);
        d.push(
            Kind::AutomatedDecisionRemoved,
            Cosmetic,
            &At::new("automated_decision", &a.id),
            None,
            value,
            None,
        );
    }
    for (o, n) in m.both {
        let at = At::new("automated_decision", &n.id);
        let flags = [
            ("profiling", o.profiling, n.profiling),
            ("solely_automated", o.solely_automated, n.solely_automated),
            ("significant_effects", o.significant_effects, n.significant_effects),
        ];
        for (field, ov, nv) in flags {
            d.flag(Kind::AutomatedDecisionChanged, Material, &at, field, Some(ov), Some(nv));
        }
        let purposes = (
            (Kind::AutomatedDecisionChanged, Material),
            (Kind::AutomatedDecisionChanged, Cosmetic),
        );
        d.ids(&at, "purposes", &o.purposes, &n.purposes, purposes.0, purposes.1);
        let texts = [
            ("description", &o.description, &n.description),
            ("logic", &o.logic, &n.logic),
            ("significance", &o.significance, &n.significance),
            ("consequences", &o.consequences, &n.consequences),
            ("safeguards", &o.safeguards, &n.safeguards),
        ];
        for (field, ot, nt) in texts {
            d.text(&at, field, ot.as_ref(), nt.as_ref());
        }
    }
}
