//! The remaining sections: about the notice, automated decisions, cookies, security, further
//! statements, changes and version history.

use super::{anchor, names};
use crate::i18n::Arg;
use crate::model::{Lifetime, ParentalConsentUntil, Policy};
use crate::render::doc::{Block, Line, Row, Section, Sub, Table, push_fact, text};
use crate::render::links;
use crate::render::tr::Tr;

/// About this notice: scope, audience, countries, minimum age, Art. 14 timing and exemption.
pub fn about(tr: &Tr, policy: &Policy) -> Option<Section> {
    let mut facts = Vec::new();
    push_fact(
        &mut facts,
        tr.t("label-scope"),
        tr.opt(policy.scope.as_ref()).map(text).into_iter().collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-audience"),
        policy
            .audience
            .iter()
            .map(|a| text(tr.term("audience", &a.id)))
            .collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-countries"),
        policy.countries.iter().map(|c| text(tr.country(c))).collect(),
    );
    push_fact(
        &mut facts,
        tr.t("label-min-age"),
        policy
            .min_age
            .iter()
            .map(|a| text(tr.f("min-age-text", &[("age", Arg::from(*a))])))
            .collect(),
    );
    let mut parental = parental_ages(tr, policy);
    parental.extend(tr.opt(policy.parental_consent.as_ref()).map(text));
    push_fact(&mut facts, tr.t("label-parental-consent"), parental);
    let mut add =
        |label: &str, value: Option<String>| push_fact(&mut facts, tr.t(label), value.map(text).into_iter().collect());
    add("label-notice-timing", tr.opt(policy.notice_timing.as_ref()));
    add("label-art14-exemption", tr.opt(policy.art14_exemption.as_ref()));
    if facts.is_empty() {
        return None;
    }
    let mut s = Section::new("about", tr.t("section-about"));
    s.blocks.push(Block::Facts(facts));
    Some(s)
}

/// Below which age a parent consents for a child (`parental_consent_until`): a fixed age, or the
/// age of digital consent of each of the notice's countries that has one.
fn parental_ages(tr: &Tr, policy: &Policy) -> Vec<Line> {
    match policy.parental_consent_until {
        None => Vec::new(),
        Some(ParentalConsentUntil::Age { age }) => {
            vec![text(tr.f("parental-consent-until-age", &[("age", Arg::from(age))]))]
        }
        Some(ParentalConsentUntil::National) => {
            let mut lines = vec![text(tr.t("parental-consent-until-national"))];
            let ages = crate::builtin::builtins()
                .map(|b| b.consent_ages(&policy.countries))
                .unwrap_or_default();
            if !ages.is_empty() {
                let list = ages
                    .iter()
                    .map(|(c, a)| {
                        tr.f(
                            "parental-consent-country-age",
                            &[("country", Arg::from(tr.country(c))), ("age", Arg::from(*a))],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ");
                lines.push(text(
                    tr.f("parental-consent-national-ages", &[("ages", Arg::from(list))]),
                ));
            }
            lines
        }
    }
}

/// Automated decisions and profiling, when the policy declares any.
pub fn automated(tr: &Tr, policy: &Policy) -> Option<Section> {
    if policy.automated_decisions.is_empty() {
        return None;
    }
    let mut s = Section::new("automated-decisions", tr.t("section-automated"));
    for d in &policy.automated_decisions {
        let mut blocks = Vec::new();
        let mut points: Vec<Line> = Vec::new();
        if d.profiling {
            points.push(text(tr.t("automated-profiling")));
        }
        points.push(text(tr.t(if d.solely_automated {
            "automated-solely-yes"
        } else {
            "automated-solely-no"
        })));
        points.push(text(tr.t(if d.significant_effects {
            "automated-effects-yes"
        } else {
            "automated-effects-no"
        })));
        blocks.push(Block::List(points));
        let mut facts = Vec::new();
        let mut add = |label: &str, value: Option<String>| {
            push_fact(&mut facts, tr.t(label), value.map(text).into_iter().collect())
        };
        add("label-logic", tr.opt(d.logic.as_ref()));
        add("label-significance", tr.opt(d.significance.as_ref()));
        add("label-consequences", tr.opt(d.consequences.as_ref()));
        add("label-safeguards", tr.opt(d.safeguards.as_ref()));
        push_fact(
            &mut facts,
            tr.t("label-purposes"),
            names::purpose_links(tr, policy, &d.purposes),
        );
        blocks.push(Block::Facts(facts));
        if d.solely_automated && d.significant_effects {
            blocks.push(Block::Para(text(tr.t("automated-rights"))));
        }
        let heading = tr
            .opt(d.description.as_ref())
            .unwrap_or_else(|| tr.t("section-automated"));
        s.subs.push(Sub::new(anchor("decision", &d.id), heading, blocks));
    }
    Some(s)
}

/// Cookies and similar technologies, when the policy says anything about them.
pub fn cookies(tr: &Tr, policy: &Policy) -> Option<Section> {
    if policy.cookies.is_empty() && policy.cookie_consent.is_none() {
        return None;
    }
    let mut s = Section::new("cookies", tr.t("section-cookies"));
    if let Some(c) = &policy.cookie_consent {
        let mut points: Vec<Line> = Vec::new();
        // (the flag, what it says when true, what it says when false): a `false` is shown only
        // where it tells the reader something worth knowing.
        let flags = [
            (c.banner, Some("cookies-banner"), None),
            (c.reject_button, Some("cookies-reject"), None),
            (c.pre_ticked, Some("cookies-pre-ticked"), Some("cookies-not-pre-ticked")),
            (c.cookie_wall, Some("cookies-wall"), Some("cookies-no-wall")),
            (c.implied_consent, Some("cookies-implied"), None),
            (c.browser_settings_only, Some("cookies-browser-only"), None),
        ];
        for (flag, yes, no) in flags {
            let id = match flag {
                Some(true) => yes,
                Some(false) => no,
                None => None,
            };
            points.extend(id.map(|id| text(tr.t(id))));
        }
        points.extend(tr.opt(c.description.as_ref()).map(text));
        if let Some(url) = &c.manage_url {
            points.push(vec![links::web(&tr.t("cookies-manage-link"), url)]);
        }
        if !points.is_empty() {
            s.blocks.push(Block::List(points));
        }
    }
    if !policy.cookies.is_empty() {
        s.blocks.push(Block::Para(text(tr.t("cookies-intro"))));
        let yes_no = |b: Option<bool>| match b {
            Some(true) => text(tr.t("value-yes")),
            Some(false) => text(tr.t("value-no")),
            None => text(tr.t("value-not-stated")),
        };
        let rows = policy
            .cookies
            .iter()
            .map(|c| {
                let name = c.name.clone().unwrap_or_else(|| c.id.clone());
                let party = match c.party.as_deref() {
                    Some("first") => tr.t("party-first"),
                    Some("third") => tr.t("party-third"),
                    _ => tr.t("value-not-stated"),
                };
                let provider = vec![text(c.provider.clone().unwrap_or_else(|| tr.t("value-not-stated")))];
                let lifetime = match &c.lifetime {
                    Some(Lifetime::Session) => tr.t("lifetime-session"),
                    Some(Lifetime::Duration { duration }) => tr.duration(duration),
                    None => tr.t("value-not-stated"),
                };
                let technology = c
                    .technology
                    .as_deref()
                    .map_or_else(|| tr.t("value-not-stated"), |t| tr.term("technology", t));
                let cells = vec![
                    vec![text(name)],
                    vec![text(tr.term("cookie", &c.category.id))],
                    provider,
                    vec![text(party)],
                    vec![text(technology)],
                    vec![text(lifetime)],
                    vec![yes_no(c.consent)],
                    tr.opt(c.description.as_ref()).map(text).into_iter().collect(),
                ];
                Row::with_id(anchor("cookie", &c.id), cells)
            })
            .collect();
        s.blocks.push(Block::Table(Table {
            caption: tr.t("cookies-caption"),
            headers: [
                "col-name",
                "col-category",
                "col-provider",
                "col-party",
                "col-technology",
                "col-lifetime",
                "col-consent",
                "col-description",
            ]
            .iter()
            .map(|id| tr.t(id))
            .collect(),
            rows,
        }));
    }
    Some(s)
}

/// Security measures, when stated.
pub fn security(tr: &Tr, policy: &Policy) -> Option<Section> {
    let sec = policy.security.as_ref()?;
    let mut s = Section::new("security", tr.t("section-security"));
    s.blocks
        .extend(tr.opt(sec.description.as_ref()).map(|d| Block::Para(text(d))));
    let measures = sec.measures.as_ref().map(|m| tr.list(m)).unwrap_or_default();
    if !measures.is_empty() {
        s.blocks.push(Block::Para(text(tr.t("security-measures"))));
        s.blocks.push(Block::List(measures.into_iter().map(text).collect()));
    }
    (!s.blocks.is_empty()).then_some(s)
}

/// What a statement of a kind that promises something says when the author gives no words.
fn default_statement(tr: &Tr, kind: &str) -> Option<String> {
    let id = match kind {
        "no_sale" => "statement-no-sale",
        "no_automated_decisions" => "statement-no-automated-decisions",
        "no_special_categories" => "statement-no-special-categories",
        _ => return None,
    };
    Some(tr.t(id))
}

/// Statements in the author's words (or, for a promise stated without words, the catalog's
/// sentence for its kind), each followed by the procedure it refers to, if given.
pub fn statements(tr: &Tr, policy: &Policy) -> Option<Section> {
    let texts: Vec<String> = policy
        .statements
        .iter()
        .flat_map(|st| {
            let said = tr.opt(st.text.as_ref()).or_else(|| default_statement(tr, &st.kind.id));
            [said, tr.opt(st.procedure.as_ref())]
        })
        .flatten()
        .collect();
    if texts.is_empty() {
        return None;
    }
    let mut s = Section::new("statements", tr.t("section-statements"));
    s.blocks = texts.into_iter().map(|t| Block::Para(text(t))).collect();
    Some(s)
}

/// Changes to the notice and its version history.
pub fn changes(tr: &Tr, policy: &Policy) -> Option<Section> {
    if policy.changes.is_none() && policy.revisions.is_empty() {
        return None;
    }
    let mut s = Section::new("changes", tr.t("section-changes"));
    if let Some(c) = &policy.changes {
        s.blocks
            .extend(tr.opt(c.description.as_ref()).map(|d| Block::Para(text(d))));
        if let Some(d) = &c.notice {
            s.blocks.push(Block::Para(text(
                tr.f("changes-notice", &[("duration", Arg::from(tr.duration(d)))]),
            )));
        }
        match c.active {
            Some(true) => s.blocks.push(Block::Para(text(tr.t("changes-active")))),
            Some(false) => s.blocks.push(Block::Para(text(tr.t("changes-passive")))),
            None => {}
        }
        if c.continued_use_is_acceptance == Some(true) {
            s.blocks.push(Block::Para(text(tr.t("changes-continued-use"))));
        }
    }
    if !policy.revisions.is_empty() {
        let rows = policy
            .revisions
            .iter()
            .map(|r| {
                let cells = vec![
                    vec![text(r.version.clone().unwrap_or_else(|| r.id.clone()))],
                    vec![text(
                        r.date
                            .as_deref()
                            .map_or_else(|| tr.t("value-not-stated"), |d| tr.date(d)),
                    )],
                    tr.opt(r.summary.as_ref()).map(text).into_iter().collect(),
                ];
                Row::with_id(anchor("revision", &r.id), cells)
            })
            .collect();
        s.subs.push(Sub::new(
            "history".into(),
            tr.t("history-heading"),
            vec![Block::Table(Table {
                caption: tr.t("history-caption"),
                headers: vec![tr.t("col-version"), tr.t("col-date"), tr.t("col-changes")],
                rows,
            })],
        ));
    }
    Some(s)
}
