//! How people act on the notice and what else it promises: rights, cookies, security, the
//! announcement of changes, statements and the version history.

use super::compare::{At, Diff, compare_durations, matched, same};
use super::{Kind, Materiality::Cosmetic, Materiality::Material, Value};
use crate::model::{Cookie, Policy, Revision, Statement};
use std::cmp::Ordering;

pub(super) fn compare(d: &mut Diff<'_>) {
    rights(d);
    cookie_consent(d);
    cookies(d);
    security(d);
    changes(d);
    statements(d);
    revisions(d);
}

/// The id under which a singleton without an id of its own is located: the keyword, unless the
/// author gave one.
fn singleton(decl: &'static str, policies: [&Policy; 2]) -> At {
    let prefix = format!("{decl}/");
    let id = policies
        .iter()
        .rev()
        .find_map(|p| p.locations.decls.keys().find_map(|k| k.strip_prefix(&prefix)))
        .unwrap_or(decl);
    At::new(decl, id)
}

fn rights(d: &mut Diff<'_>) {
    let at = singleton("rights", [d.old, d.new]);
    let (o, n) = (
        d.old.rights.clone().unwrap_or_default(),
        d.new.rights.clone().unwrap_or_default(),
    );
    let ids = |r: &crate::model::Rights| r.listed.iter().map(|t| t.id.clone()).collect::<Vec<_>>();
    let (added, removed) = ((Kind::RightAdded, Cosmetic), (Kind::RightRemoved, Material));
    d.ids(&at, "listed", &ids(&o), &ids(&n), added, removed);
    let contacts = [
        ("email", &o.email, &n.email),
        ("form", &o.form, &n.form),
        ("address", &o.address, &n.address),
        ("phone", &o.phone, &n.phone),
    ];
    for (field, ov, nv) in contacts {
        d.literal(Kind::ContactChanged, Material, &at, field, ov.as_ref(), nv.as_ref());
    }
    d.text(&at, "description", o.description.as_ref(), n.description.as_ref());
    if o.response_time != n.response_time {
        let longer = match (&o.response_time, &n.response_time) {
            (Some(a), Some(b)) => compare_durations(b, a) != Ordering::Less,
            (None, Some(_)) => false,
            _ => true,
        };
        let materiality = if longer { Material } else { Cosmetic };
        let (ov, nv) = (
            o.response_time.map(Value::Duration),
            n.response_time.map(Value::Duration),
        );
        d.push(Kind::DetailChanged, materiality, &at, Some("response_time"), ov, nv);
    }
    d.text(&at, "withdraw", o.withdraw.as_ref(), n.withdraw.as_ref());
    d.text(&at, "object", o.object.as_ref(), n.object.as_ref());
    if o.authority != n.authority {
        let (ov, nv) = (o.authority.clone().map(Value::Id), n.authority.clone().map(Value::Id));
        d.push(Kind::AuthorityChanged, Material, &at, Some("authority"), ov, nv);
    }
    d.flag(Kind::DetailChanged, Material, &at, "fee", o.fee, n.fee);
    d.flag(
        Kind::DetailChanged,
        Material,
        &at,
        "conditional",
        o.conditional,
        n.conditional,
    );
    d.flag(
        Kind::DetailChanged,
        Material,
        &at,
        "complaint",
        o.complaint,
        n.complaint,
    );
}

fn cookie_consent(d: &mut Diff<'_>) {
    let at = singleton("cookies", [d.old, d.new]);
    let (o, n) = (
        d.old.cookie_consent.clone().unwrap_or_default(),
        d.new.cookie_consent.clone().unwrap_or_default(),
    );
    let flags = [
        ("banner", o.banner, n.banner),
        ("reject_button", o.reject_button, n.reject_button),
        ("cookie_wall", o.cookie_wall, n.cookie_wall),
        ("implied_consent", o.implied_consent, n.implied_consent),
        (
            "browser_settings_only",
            o.browser_settings_only,
            n.browser_settings_only,
        ),
    ];
    for (field, ov, nv) in flags {
        d.flag(Kind::DetailChanged, Material, &at, field, ov, nv);
    }
    d.literal(
        Kind::ContactChanged,
        Material,
        &at,
        "manage_url",
        o.manage_url.as_ref(),
        n.manage_url.as_ref(),
    );
    d.text(&at, "description", o.description.as_ref(), n.description.as_ref());
}

fn cookies(d: &mut Diff<'_>) {
    let (old, new) = (d.old, d.new);
    let m = matched(&old.cookies, &new.cookies, |c: &Cookie| c.id.as_str());
    let label = |c: &Cookie| Value::Literal(c.name.clone().unwrap_or_else(|| c.id.clone()));
    for c in m.came {
        d.push(
            Kind::CookieAdded,
            Material,
            &At::new("cookie", &c.id),
            None,
            None,
            Some(label(c)),
        );
    }
    for c in m.gone {
        d.push(
            Kind::CookieRemoved,
            Cosmetic,
            &At::new("cookie", &c.id),
            None,
            Some(label(c)),
            None,
        );
    }
    for (o, n) in m.both {
        let at = At::new("cookie", &n.id);
        if o.category != n.category {
            let (ov, nv) = (Value::Id(o.category.id.clone()), Value::Id(n.category.id.clone()));
            d.push(Kind::CookieChanged, Material, &at, Some("category"), Some(ov), Some(nv));
        }
        d.literal(
            Kind::DetailChanged,
            Cosmetic,
            &at,
            "name",
            o.name.as_ref(),
            n.name.as_ref(),
        );
        d.literal(
            Kind::CookieChanged,
            Material,
            &at,
            "provider",
            o.provider.as_ref(),
            n.provider.as_ref(),
        );
        d.literal(
            Kind::CookieChanged,
            Material,
            &at,
            "party",
            o.party.as_ref(),
            n.party.as_ref(),
        );
        d.literal(
            Kind::CookieChanged,
            Material,
            &at,
            "technology",
            o.technology.as_ref(),
            n.technology.as_ref(),
        );
        d.lifetime(&at, o.lifetime.as_ref(), n.lifetime.as_ref());
        d.text(&at, "description", o.description.as_ref(), n.description.as_ref());
        d.flag(Kind::CookieChanged, Material, &at, "consent", o.consent, n.consent);
    }
}

fn security(d: &mut Diff<'_>) {
    let at = singleton("security", [d.old, d.new]);
    let (o, n) = (
        d.old.security.clone().unwrap_or_default(),
        d.new.security.clone().unwrap_or_default(),
    );
    d.text(&at, "description", o.description.as_ref(), n.description.as_ref());
    d.text_list(&at, "measures", o.measures.as_ref(), n.measures.as_ref());
}

fn changes(d: &mut Diff<'_>) {
    let at = singleton("changes", [d.old, d.new]);
    let (o, n) = (
        d.old.changes.clone().unwrap_or_default(),
        d.new.changes.clone().unwrap_or_default(),
    );
    d.text(&at, "description", o.description.as_ref(), n.description.as_ref());
    if o.notice != n.notice {
        let (ov, nv) = (o.notice.map(Value::Duration), n.notice.map(Value::Duration));
        d.push(Kind::DetailChanged, Cosmetic, &at, Some("notice"), ov, nv);
    }
    d.flag(Kind::DetailChanged, Cosmetic, &at, "active", o.active, n.active);
    let (ov, nv) = (o.continued_use_is_acceptance, n.continued_use_is_acceptance);
    d.flag(
        Kind::DetailChanged,
        Material,
        &at,
        "continued_use_is_acceptance",
        ov,
        nv,
    );
}

fn statements(d: &mut Diff<'_>) {
    let (old, new) = (d.old, d.new);
    let m = matched(&old.statements, &new.statements, |s: &Statement| s.id.as_str());
    let value = |s: &Statement| Some(Value::Id(s.kind.id.clone()));
    for s in m.came {
        d.push(
            Kind::StatementAdded,
            Cosmetic,
            &At::new("statement", &s.id),
            None,
            None,
            value(s),
        );
    }
    for s in m.gone {
        d.push(
            Kind::StatementRemoved,
            Material,
            &At::new("statement", &s.id),
            None,
            value(s),
            None,
        );
    }
    for (o, n) in m.both {
        let at = At::new("statement", &n.id);
        if o.kind != n.kind {
            d.push(Kind::StatementChanged, Material, &at, Some("kind"), value(o), value(n));
        }
        d.text(&at, "text", o.text.as_ref(), n.text.as_ref());
    }
}

fn revisions(d: &mut Diff<'_>) {
    let (old, new) = (d.old, d.new);
    let m = matched(&old.revisions, &new.revisions, |r: &Revision| r.id.as_str());
    let value = |r: &Revision| r.version.clone().or_else(|| r.date.clone()).map(Value::Literal);
    for r in m.came {
        d.push(
            Kind::RevisionChanged,
            Cosmetic,
            &At::new("revision", &r.id),
            None,
            None,
            value(r),
        );
    }
    for r in m.gone {
        d.push(
            Kind::RevisionChanged,
            Cosmetic,
            &At::new("revision", &r.id),
            None,
            value(r),
            None,
        );
    }
    for (o, n) in m.both {
        if !same(o, n) {
            d.push(
                Kind::RevisionChanged,
                Cosmetic,
                &At::new("revision", &n.id),
                None,
                value(o),
                value(n),
            );
        }
    }
}
