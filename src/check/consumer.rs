//! What the person sees and agrees to: children's consent (Art. 8), cookies and similar trackers
//! (ePrivacy Art. 5(3)), plain and specific wording (Art. 12(1), WP260), and lints for artefacts
//! that mislead readers (placeholders, legacy references, disclaimers).

use super::{Cx, find_words, word_occurrences};
use crate::model::{Retention, Text, TextList};
use crate::source::Span;

/// Runs the consumer rules.
pub(super) fn run(cx: &mut Cx<'_>) {
    let texts = author_texts(cx);
    children_consent(cx);
    age_mismatch(cx);
    cookie_consent(cx);
    cookie_wall(cx);
    implied_cookie_consent(cx);
    cookie_information(cx);
    third_party_cookies(cx);
    reject_button(cx);
    placeholders(cx, &texts);
    vague_wording(cx, &texts);
    vague_purposes(cx);
    languages(cx);
    acceptance_by_use(cx);
    changes(cx);
    non_personal(cx);
    legacy(cx, &texts);
    risk_disclaimer(cx);
    ownership(cx);
    open_lists(cx, &texts);
}

// ---------------------------------------------------------------------------------------------
// Author texts

/// The value of an author text: one text, or one list of items, per language.
enum Value<'p> {
    Text(&'p Text),
    List(&'p TextList),
}

/// One author text of the model and where it is.
struct AuthorText<'p> {
    /// The waiver target, `kind/id`.
    target: String,
    kind: &'static str,
    id: String,
    /// The field path, such as `description` or `basis/interest`.
    field: String,
    value: Value<'p>,
}

impl AuthorText<'_> {
    /// Each language with its texts (one for a text, the items for a list).
    fn languages(&self) -> Vec<(&str, Vec<&str>)> {
        match self.value {
            Value::Text(t) => t.iter().map(|(l, s)| (l.as_str(), vec![s.as_str()])).collect(),
            Value::List(t) => t
                .iter()
                .map(|(l, items)| (l.as_str(), items.iter().map(String::as_str).collect()))
                .collect(),
        }
    }

    fn is_list(&self) -> bool {
        matches!(self.value, Value::List(_))
    }
}

/// Every author text of the policy with its location key.
fn author_texts<'p>(cx: &Cx<'p>) -> Vec<AuthorText<'p>> {
    let p = cx.policy;
    let mut out: Vec<AuthorText<'p>> = Vec::new();
    let mut push = |kind: &'static str, id: &str, field: &str, value: Option<Value<'p>>| {
        if let Some(value) = value {
            out.push(AuthorText {
                target: format!("{kind}/{id}"),
                kind,
                id: id.to_string(),
                field: field.to_string(),
                value,
            });
        }
    };
    let t = |v: &'p Option<Text>| v.as_ref().map(Value::Text);
    let l = |v: &'p Option<TextList>| v.as_ref().map(Value::List);
    push("policy", &p.id, "title", t(&p.title));
    push("policy", &p.id, "scope", t(&p.scope));
    push("policy", &p.id, "intro", t(&p.intro));
    push("policy", &p.id, "parental_consent", t(&p.parental_consent));
    push("policy", &p.id, "notice_timing", t(&p.notice_timing));
    push("policy", &p.id, "art14_exemption", t(&p.art14_exemption));
    for j in &p.joint_controllers {
        push("joint_controller", &j.party.id, "arrangement", t(&j.arrangement));
    }
    for d in &p.data {
        push("data", &d.id, "description", t(&d.description));
        push("data", &d.id, "items", l(&d.items));
        push("data", &d.id, "consequence", t(&d.consequence));
        if let Some(source) = &d.source {
            push("data", &d.id, "source/name", t(&source.name));
        }
        if let Some(r) = &d.retention {
            for (field, text) in retention_texts(r) {
                push("data", &d.id, field, Some(Value::Text(text)));
            }
        }
    }
    for pu in &p.purposes {
        push("purpose", &pu.id, "description", t(&pu.description));
        for b in &pu.bases {
            push("purpose", &pu.id, "basis/interest", t(&b.interest));
            push("purpose", &pu.id, "basis/balancing", t(&b.balancing));
            push("purpose", &pu.id, "basis/law", t(&b.law));
            push("purpose", &pu.id, "basis/withdraw", t(&b.withdraw));
            push("purpose", &pu.id, "basis/mechanism", t(&b.mechanism));
        }
        if let Some(c) = &pu.condition {
            push("purpose", &pu.id, "condition/law", t(&c.law));
        }
        push("purpose", &pu.id, "criminal_grounds", t(&pu.criminal_grounds));
        if let Some(r) = &pu.retention {
            for (field, text) in retention_texts(r) {
                push("purpose", &pu.id, field, Some(Value::Text(text)));
            }
        }
    }
    for r in &p.recipients {
        push("recipient", &r.id, "category", t(&r.category));
        push("recipient", &r.id, "description", t(&r.description));
    }
    for tr in &p.transfers {
        push("transfer", &tr.id, "description", t(&tr.description));
    }
    for a in &p.automated_decisions {
        push("automated_decision", &a.id, "description", t(&a.description));
        push("automated_decision", &a.id, "logic", t(&a.logic));
        push("automated_decision", &a.id, "significance", t(&a.significance));
        push("automated_decision", &a.id, "consequences", t(&a.consequences));
        push("automated_decision", &a.id, "safeguards", t(&a.safeguards));
    }
    if let Some(r) = &p.rights {
        push("rights", "rights", "description", t(&r.description));
        push("rights", "rights", "withdraw", t(&r.withdraw));
        push("rights", "rights", "object", t(&r.object));
    }
    if let Some(c) = &p.cookie_consent {
        push("cookies", "cookies", "description", t(&c.description));
    }
    for c in &p.cookies {
        push("cookie", &c.id, "description", t(&c.description));
    }
    if let Some(s) = &p.security {
        push("security", "security", "description", t(&s.description));
        push("security", "security", "measures", l(&s.measures));
    }
    if let Some(c) = &p.changes {
        push("changes", "changes", "description", t(&c.description));
    }
    for s in &p.statements {
        push("statement", &s.id, "text", t(&s.text));
    }
    for r in &p.revisions {
        push("revision", &r.id, "summary", t(&r.summary));
    }
    out
}

/// The texts inside a retention, with their field paths.
fn retention_texts(r: &Retention) -> Vec<(&'static str, &Text)> {
    let mut out = Vec::new();
    match r {
        Retention::Period { law, note, .. } => {
            out.extend(law.as_ref().map(|t| ("retention/law", t)));
            out.extend(note.as_ref().map(|t| ("retention/note", t)));
        }
        Retention::Until { note, .. } | Retention::AsLongAsNecessary { note } | Retention::Indefinite { note } => {
            out.extend(note.as_ref().map(|t| ("retention/note", t)));
        }
        Retention::Criteria { criteria, law } => {
            out.push(("retention/criteria", criteria));
            out.extend(law.as_ref().map(|t| ("retention/law", t)));
        }
    }
    out
}

/// The primary language subtag: `en` for `en-GB`.
fn primary(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

/// The span of `phrase` inside the written `value`, inside the field's span; as precise as the
/// source allows (the value's own span, or the whole field when the value is escaped).
fn locate(cx: &Cx<'_>, field: Span, value: &str, phrase: &str) -> Span {
    let snippet = cx.snippet(field);
    let within = snippet.find(value).map_or(field, |offset| Span {
        file: field.file,
        start: field.start + offset,
        end: field.start + offset + value.len(),
    });
    cx.find_phrase(within, phrase)
        .or_else(|| cx.find_phrase(field, phrase))
        .unwrap_or(within)
}

/// The word before byte `start` and the word after byte `end`, lowercase.
fn neighbours(text: &str, start: usize, end: usize) -> (String, String) {
    let before = text
        .get(..start)
        .and_then(|s| s.split(|c: char| !c.is_alphanumeric()).rfind(|w| !w.is_empty()))
        .unwrap_or("")
        .to_lowercase();
    let after = text
        .get(end..)
        .and_then(|s| s.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()))
        .unwrap_or("")
        .to_lowercase();
    (before, after)
}

// ---------------------------------------------------------------------------------------------
// Art. 8: children

/// Whether any purpose relies on consent; the first such purpose.
fn consent_purpose<'p>(cx: &Cx<'p>) -> Option<&'p str> {
    cx.policy.purpose_with_basis(&["consent"]).map(|p| p.id.as_str())
}

/// The Art. 8(1) age of each state the notice addresses (EEA states and states with an age on
/// file), highest first.
fn consent_ages(cx: &Cx<'_>) -> Vec<(String, u32)> {
    let ages = &cx.builtins.reference.ages;
    let mut out: Vec<(String, u32)> = cx
        .policy
        .countries
        .iter()
        .filter(|c| cx.builtins.countries.in_eea(c) || ages.list.iter().any(|a| &a.country == *c))
        .map(|c| (c.clone(), ages.age(c)))
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.1));
    out
}

/// GDPR-8-1: a consent-based service open to children below the digital-consent age must say
/// how parental consent is obtained (Art. 8(1)).
///
/// The rule applies when a purpose uses consent and the service is open to children: the
/// audience includes `children`, or `min_age` is below 18. The age to reach is the highest
/// Art. 8(1) age among the notice's `countries` (16 when none is stated).
fn children_consent(cx: &mut Cx<'_>) {
    let p = cx.policy;
    let Some(purpose) = consent_purpose(cx) else { return };
    let children = p.audience.iter().any(|a| a.id == "children");
    let open_to_minors = children || p.min_age.is_some_and(|a| a < 18);
    if !open_to_minors || p.parental_consent.is_some() {
        return;
    }
    let ages = consent_ages(cx);
    let (state, required) = ages
        .first()
        .map_or((None, cx.builtins.reference.ages.meta.default), |(c, a)| {
            (Some(c.clone()), *a)
        });
    let min_age = p.min_age.unwrap_or(0);
    if min_age >= required {
        return;
    }
    let (span, label) = match p.min_age {
        Some(a) => (
            cx.field("policy", &p.id, "min_age"),
            format!("people from {a} can use the service"),
        ),
        None => (
            cx.field("policy", &p.id, "audience"),
            "addressed to children, with no minimum age".to_string(),
        ),
    };
    let where_ = state.as_ref().map_or_else(
        || "the Art. 8(1) default".to_string(),
        |s| format!("the highest age of digital consent among the notice's countries (`{s}`)"),
    );
    let mut d = cx
        .finding(
            "GDPR-8-1",
            span,
            format!("children under {required} can use a service that relies on consent, but the notice does not say how a parent consents for them"),
            label,
        )
        .with_note(format!("{required} is {where_}; below it, consent must be given or authorised by a parent"))
        .with_secondary(cx.field("purpose", purpose, "basis"), "consent is used here")
        .with_help(format!(
            "raise `min_age` to {required}, or describe in `parental_consent` how a parent gives or authorises consent and how you check it"
        ));
    if let Some(s) = state {
        d = d.with_secondary(
            cx.find_phrase(cx.field("policy", &p.id, "countries"), &s)
                .unwrap_or_else(|| cx.field("policy", &p.id, "countries")),
            format!("the age of digital consent in `{s}` is {required}"),
        );
    }
    cx.report(cx.policy_target(), d);
}

/// GDPR-8-AGE-MISMATCH: the stated minimum age is below the digital-consent age of an audience
/// state while consent is used (Art. 8(1) and national law). Without a parental-consent
/// mechanism this is GDPR-8-1 and not reported again.
fn age_mismatch(cx: &mut Cx<'_>) {
    let p = cx.policy;
    let (Some(min_age), Some(purpose)) = (p.min_age, consent_purpose(cx)) else {
        return;
    };
    if p.parental_consent.is_none() {
        return;
    }
    let above: Vec<(String, u32)> = consent_ages(cx).into_iter().filter(|(_, a)| *a > min_age).collect();
    let Some((first, age)) = above.first() else { return };
    let states = above
        .iter()
        .map(|(c, a)| format!("`{c}` ({a})"))
        .collect::<Vec<_>>()
        .join(", ");
    let names = above
        .iter()
        .map(|(c, _)| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let countries = cx.field("policy", &p.id, "countries");
    let d = cx
        .finding(
            "GDPR-8-AGE-MISMATCH",
            cx.field("policy", &p.id, "min_age"),
            format!("the minimum age {min_age} is below the age of digital consent in {states}"),
            format!("people from {min_age} can use the service"),
        )
        .with_secondary(
            cx.find_phrase(countries, first).unwrap_or(countries),
            format!("in `{first}` a child under {age} needs a parent's consent"),
        )
        .with_secondary(cx.field("purpose", purpose, "basis"), "consent is used here")
        .with_note("the law of the child's state sets the age, so a service offered in several states must meet the highest one")
        .with_help(format!(
            "make `parental_consent` say that it applies up to {age} in {names}, or raise `min_age` to {age}"
        ));
    cx.report(cx.policy_target(), d);
}

// ---------------------------------------------------------------------------------------------
// ePrivacy Art. 5(3): cookies

fn banner(cx: &Cx<'_>) -> bool {
    cx.policy.cookie_consent.as_ref().and_then(|c| c.banner) == Some(true)
}

/// EPD-5-3-CONSENT: every tracker that is not strictly necessary is set only after consent, and
/// the browser's settings are not the only control (ePrivacy Art. 5(3)).
fn cookie_consent(cx: &mut Cx<'_>) {
    let banner = banner(cx);
    for c in &cx.policy.cookies {
        if c.category.id == "strictly_necessary" {
            continue;
        }
        // Without a `consent` field, a declared consent banner is taken to cover the tracker.
        let (span, label) = match c.consent {
            Some(true) => continue,
            Some(false) => (cx.field("cookie", &c.id, "consent"), "set without consent"),
            None if banner => continue,
            None => (cx.decl("cookie", &c.id), "no consent stated"),
        };
        let d = cx
            .finding(
                "EPD-5-3-CONSENT",
                span,
                format!("the {} tracker `{}` is set without prior consent", c.category.id, c.id),
                label,
            )
            .with_note("only trackers strictly necessary for a service the user asked for are exempt from consent")
            .with_help("set it only after the user agrees, and write `consent true`; or, if it really is essential, declare it `strictly_necessary`");
        cx.report(format!("cookie/{}", c.id), d);
    }
    let Some(cc) = &cx.policy.cookie_consent else { return };
    let non_essential =
        cx.policy.cookies.is_empty() || cx.policy.cookies.iter().any(|c| c.category.id != "strictly_necessary");
    if cc.browser_settings_only == Some(true) && !banner && non_essential {
        let d = cx
            .finding(
                "EPD-5-3-CONSENT",
                cx.field("cookies", "cookies", "browser_settings_only"),
                "the browser's settings are the only control offered over trackers",
                "browser settings are not consent",
            )
            .with_note("blocking cookies in the browser is an opt-out; Art. 5(3) needs an opt-in before the tracker is set")
            .with_help("ask for consent with a banner or consent tool before any non-essential tracker is set, and write `banner true`");
        cx.report("cookies/cookies", d);
    }
}

/// EPD-5-3-WALL: access is not refused to people who decline non-essential trackers
/// (ePrivacy Art. 5(3), EDPB Guidelines 05/2020).
fn cookie_wall(cx: &mut Cx<'_>) {
    let Some(cc) = &cx.policy.cookie_consent else { return };
    if cc.cookie_wall != Some(true) {
        return;
    }
    let d = cx
        .finding(
            "EPD-5-3-WALL",
            cx.field("cookies", "cookies", "cookie_wall"),
            "access to the service depends on accepting non-essential trackers",
            "cookie wall",
        )
        .with_note("consent that is the price of entry is not freely given")
        .with_help("let people use the service after rejecting non-essential trackers, and write `cookie_wall false`");
    cx.report("cookies/cookies", d);
}

/// EPD-5-3-SCROLL: browsing on or scrolling never counts as consent (ePrivacy Art. 5(3),
/// EDPB Guidelines 05/2020).
fn implied_cookie_consent(cx: &mut Cx<'_>) {
    let Some(cc) = &cx.policy.cookie_consent else { return };
    if cc.implied_consent != Some(true) {
        return;
    }
    let d = cx
        .finding(
            "EPD-5-3-SCROLL",
            cx.field("cookies", "cookies", "implied_consent"),
            "continuing to browse is treated as consent to trackers",
            "consent inferred from use",
        )
        .with_note("consent needs a clear affirmative act; scrolling, browsing on or closing the banner is not one")
        .with_help(
            "set non-essential trackers only after a click on an accept button, and write `implied_consent false`",
        );
    cx.report("cookies/cookies", d);
}

/// EPD-5-3-INFO: each tracker says who sets it, whether first or third party, and how long it
/// lives (ePrivacy Art. 5(3), CJEU C-673/17 Planet49).
fn cookie_information(cx: &mut Cx<'_>) {
    for c in &cx.policy.cookies {
        let mut missing = Vec::new();
        if c.provider.is_none() {
            missing.push("who sets it (`provider`)");
        }
        if c.party.is_none() {
            missing.push("whether it is first or third party (`party`)");
        }
        if c.lifetime.is_none() {
            missing.push("how long it lives (`lifetime`)");
        }
        if missing.is_empty() {
            continue;
        }
        let d = cx
            .finding(
                "EPD-5-3-INFO",
                cx.decl("cookie", &c.id),
                format!("the tracker `{}` is not fully described", c.id),
                "incomplete tracker information",
            )
            .with_note(format!("missing: {}", missing.join(", ")))
            .with_help("people can only consent to a tracker they can identify: give its provider, party and lifetime");
        cx.report(format!("cookie/{}", c.id), d);
    }
}

/// EPD-5-3-THIRDPARTY: a site that embeds a third party's non-essential tracker is a (joint)
/// controller of the collection (ePrivacy Art. 5(3), CJEU C-40/17 Fashion ID). Silent when the
/// provider is declared as a joint controller or as a recipient acting as controller.
fn third_party_cookies(cx: &mut Cx<'_>) {
    let p = cx.policy;
    for c in &p.cookies {
        if c.party.as_deref() != Some("third") || c.category.id == "strictly_necessary" {
            continue;
        }
        let provider = c.provider.as_deref().unwrap_or("");
        let named = |name: &str| {
            !provider.is_empty() && {
                let (a, b) = (name.to_lowercase(), provider.to_lowercase());
                a.contains(&b) || b.contains(&a)
            }
        };
        let declared = p
            .joint_controllers
            .iter()
            .any(|j| j.party.name.as_deref().is_some_and(named))
            || p.recipients.iter().any(|r| {
                matches!(r.role.id.as_str(), "controller" | "joint_controller") && r.name.as_deref().is_some_and(named)
            });
        if declared {
            continue;
        }
        let who = if provider.is_empty() {
            "its provider".to_string()
        } else {
            format!("`{provider}`")
        };
        let d = cx
            .finding(
                "EPD-5-3-THIRDPARTY",
                cx.field("cookie", &c.id, "party"),
                format!("the third-party tracker `{}` makes you a (joint) controller of what {who} collects", c.id),
                "embedded third-party tracker",
            )
            .with_note("by embedding the tracker the site decides that the data is collected, even if it never sees it")
            .with_help(format!(
                "declare {who} as a `joint_controller` (with the essence of the arrangement) or as a `recipient` acting as controller"
            ));
        cx.report(format!("cookie/{}", c.id), d);
    }
}

/// EPD-5-3-REJECT: the consent banner offers a reject button as prominent as the accept one
/// (ePrivacy Art. 5(3), EDPB Cookie Banner Taskforce report).
fn reject_button(cx: &mut Cx<'_>) {
    let Some(cc) = &cx.policy.cookie_consent else { return };
    if cc.banner != Some(true) || cc.reject_button == Some(true) {
        return;
    }
    let (span, label) = if cc.reject_button == Some(false) {
        (cx.field("cookies", "cookies", "reject_button"), "no reject button")
    } else {
        (
            cx.field("cookies", "cookies", "banner"),
            "the banner's reject option is not stated",
        )
    };
    let d = cx
        .finding(
            "EPD-5-3-REJECT",
            span,
            "the cookie banner does not offer rejecting as easily as accepting",
            label,
        )
        .with_help(
            "put a \"reject all\" button next to \"accept all\" on the first layer, and write `reject_button true`",
        );
    cx.report("cookies/cookies", d);
}

// ---------------------------------------------------------------------------------------------
// Art. 12(1): wording

/// Words that negate a hedge right after it ("können wir keine").
const NEGATION_AFTER: &[&str] = &[
    "not", "kein", "keine", "keinen", "keinem", "keiner", "nicht", "niet", "geen", "pas",
];
/// Words that negate a hedge right before it ("non possiamo").
const NEGATION_BEFORE: &[&str] = &["not", "cannot", "non", "no", "nu", "nie", "ne", "niet"];
/// English modal verbs: vague when we say what we might do ("we may share") or in the passive
/// ("may be shared"), not when they grant a permission ("you may ask", "under 16 may use").
const EN_MODALS: &[&str] = &["may", "might", "could"];

/// Whether the hit of `phrase` at `start` in `text` is a real hedge.
fn is_hedge(lang: &str, text: &str, phrase: &str, start: usize) -> bool {
    let (before, after) = neighbours(text, start, start + phrase.len());
    if NEGATION_AFTER.contains(&after.as_str()) || NEGATION_BEFORE.contains(&before.as_str()) {
        return false;
    }
    if lang == "en" && EN_MODALS.contains(&phrase) {
        // "May 2025", "1 May": the month.
        if phrase == "may"
            && (after.starts_with(|c: char| c.is_ascii_digit()) || before.starts_with(|c: char| c.is_ascii_digit()))
        {
            return false;
        }
        return before == "we" || after == "be";
    }
    true
}

/// The vague phrases (qualifiers and open-list markers) in one text of language `lang`, with
/// their byte offsets, earliest first.
fn vague_hits<'b>(cx: &Cx<'b>, lang: &str, text: &str, open_lists: bool) -> Vec<(usize, &'b str)> {
    let lang = primary(lang);
    let mut hits: Vec<(usize, &'b str)> = Vec::new();
    for e in &cx.builtins.reference.vague.entries {
        if e.lang != lang || !(e.kind == "qualifier" || (open_lists && e.kind == "open_list")) {
            continue;
        }
        if let Some(start) = word_occurrences(text, &e.phrase)
            .into_iter()
            .find(|s| is_hedge(lang, text, &e.phrase, *s))
        {
            hits.push((start, e.phrase.as_str()));
        }
    }
    hits.sort_by_key(|h| h.0);
    hits
}

/// WP260-VAGUE: author texts say what is done, without hedges ("may", "some") or open lists
/// ("such as", "etc.") (Art. 12(1), WP260 rev.01). One finding per text field, at the first
/// vague phrase, naming the others in a note.
fn vague_wording(cx: &mut Cx<'_>, texts: &[AuthorText<'_>]) {
    for t in texts {
        // A list ending in "etc." is LINT-ETC's finding.
        let etc_list = t.is_list() && !open_list_ends(cx, t).is_empty();
        // Open lists matter where the notice enumerates what is processed, why, for whom and
        // how; elsewhere ("for example by e-mail") they only illustrate.
        let open_lists = matches!(
            t.kind,
            "data" | "purpose" | "recipient" | "transfer" | "cookie" | "cookies" | "security"
        ) && !t.field.starts_with("retention/");
        let mut first: Option<(String, String, &str)> = None;
        let mut others: Vec<String> = Vec::new();
        for (lang, values) in t.languages() {
            for value in values {
                for (_, phrase) in vague_hits(cx, lang, value, open_lists) {
                    let is_open = cx
                        .builtins
                        .reference
                        .vague
                        .entries
                        .iter()
                        .any(|e| e.phrase == phrase && e.kind == "open_list");
                    if etc_list && is_open {
                        continue;
                    }
                    if first.is_none() {
                        first = Some((lang.to_string(), value.to_string(), phrase));
                    } else {
                        let quoted = format!("`{phrase}`");
                        if !others.contains(&quoted) && first.as_ref().is_none_or(|f| f.2 != phrase) {
                            others.push(quoted);
                        }
                    }
                }
            }
        }
        let Some((lang, value, phrase)) = first else { continue };
        let field_span = cx.field(t.kind, &t.id, &t.field);
        let span = locate(cx, field_span, &value, phrase);
        let suggestion = cx
            .builtins
            .reference
            .vague
            .entries
            .iter()
            .find(|e| e.phrase == phrase && e.lang == primary(&lang))
            .map_or("say exactly what you do", |e| e.suggestion.as_str());
        let mut d = cx
            .finding(
                "WP260-VAGUE",
                span,
                format!("vague wording `{phrase}` in the `{}` of {} `{}`", t.field, t.kind, t.id),
                "vague",
            )
            .with_help(suggestion.to_string());
        if !others.is_empty() {
            d = d.with_note(format!("the same text also uses {}", others.join(", ")));
        }
        cx.report(t.target.clone(), d);
    }
}

/// Purpose descriptions that are only a generic label, per language (normalised: lowercase,
/// no leading "to"/"for", no final period).
const GENERIC_PURPOSES: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "improve our services",
            "improving our services",
            "improve our service",
            "improve the service",
            "service improvement",
            "improvement of our services",
            "develop new services",
            "developing new services",
            "business purposes",
            "legitimate business purposes",
            "internal business purposes",
            "internal purposes",
            "commercial purposes",
            "administrative purposes",
            "marketing",
            "marketing purposes",
            "research",
            "research purposes",
            "research and development",
            "statistics",
            "statistical purposes",
            "analytics",
            "analytical purposes",
            "personalisation",
            "personalization",
            "offer personalised services",
            "offer personalized services",
            "other purposes",
            "various purposes",
        ],
    ),
    (
        "de",
        &[
            "marketing",
            "marketingzwecke",
            "werbung",
            "werbezwecke",
            "geschäftszwecke",
            "forschung",
            "forschungszwecke",
            "statistische zwecke",
            "statistik",
            "verbesserung unserer dienste",
            "verbesserung unserer dienstleistungen",
            "verbesserung unseres angebots",
        ],
    ),
    (
        "it",
        &[
            "marketing",
            "finalità di marketing",
            "finalità commerciali",
            "finalità statistiche",
            "finalità di ricerca",
            "ricerca",
            "migliorare i nostri servizi",
            "miglioramento dei servizi",
            "finalità amministrative",
        ],
    ),
    (
        "fr",
        &[
            "marketing",
            "fins commerciales",
            "fins de marketing",
            "fins statistiques",
            "recherche",
            "améliorer nos services",
            "amélioration de nos services",
        ],
    ),
    (
        "es",
        &[
            "marketing",
            "fines comerciales",
            "fines de marketing",
            "fines estadísticos",
            "investigación",
            "mejorar nuestros servicios",
        ],
    ),
    (
        "ro",
        &[
            "marketing",
            "scopuri de marketing",
            "scopuri comerciale",
            "scopuri statistice",
            "cercetare",
            "îmbunătățirea serviciilor noastre",
            "îmbunătățirea serviciilor",
        ],
    ),
    (
        "nl",
        &[
            "marketing",
            "marketingdoeleinden",
            "commerciële doeleinden",
            "onderzoek",
            "verbetering van onze diensten",
        ],
    ),
    (
        "pt",
        &[
            "marketing",
            "fins comerciais",
            "fins de marketing",
            "investigação",
            "melhorar os nossos serviços",
        ],
    ),
    (
        "pl",
        &[
            "marketing",
            "cele marketingowe",
            "cele handlowe",
            "badania",
            "poprawa naszych usług",
        ],
    ),
];

/// Lowercases and strips a leading preposition and final punctuation.
fn normalise_label(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let collapsed = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    let trimmed = collapsed.trim_end_matches(['.', '!', ';', ':']);
    let mut s = trimmed;
    for prefix in [
        "to ", "for ", "zu ", "für ", "per ", "pour ", "para ", "pentru ", "voor ", "do ",
    ] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest;
            break;
        }
    }
    s.to_string()
}

/// WP260-VAGUE-PURPOSE: a purpose is described by what is done and why, not by a generic label
/// such as "marketing" or "improve our services" (Art. 5(1)(b), WP260 rev.01).
fn vague_purposes(cx: &mut Cx<'_>) {
    for p in &cx.policy.purposes {
        let Some(description) = &p.description else { continue };
        let generic = description.iter().find(|(lang, text)| {
            let label = normalise_label(text);
            GENERIC_PURPOSES
                .iter()
                .any(|(l, labels)| *l == primary(lang) && labels.contains(&label.as_str()))
        });
        let Some((_, text)) = generic else { continue };
        let d = cx
            .finding(
                "WP260-VAGUE-PURPOSE",
                cx.field("purpose", &p.id, "description"),
                format!("the purpose `{}` is described only as `{}`", p.id, text.trim()),
                "generic label",
            )
            .with_note("a reader cannot tell from a label what is done with their data")
            .with_help("say what you do, with which data and to what end, e.g. \"sending our monthly newsletter about new products to customers who signed up\"");
        cx.report(format!("purpose/{}", p.id), d);
    }
}

/// GDPR-12-1-LANG: the notice is published in a main language of each state it addresses
/// (Art. 12(1), WP260 rev.01).
fn languages(cx: &mut Cx<'_>) {
    let p = cx.policy;
    let published: Vec<&str> = p.languages.iter().map(|l| primary(l)).collect();
    let field = cx.field("policy", &p.id, "countries");
    for country in &p.countries {
        let Some(main) = cx.builtins.reference.languages.main_languages(country) else {
            continue;
        };
        if main.iter().any(|m| published.contains(&m.as_str())) {
            continue;
        }
        let wanted = main.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(" or ");
        let d = cx
            .finding(
                "GDPR-12-1-LANG",
                cx.find_phrase(field, country).unwrap_or(field),
                format!("the notice addresses `{country}` but is not published in {wanted}"),
                format!("main language {wanted}"),
            )
            .with_secondary(cx.field("policy", &p.id, "languages"), "published languages")
            .with_help(format!(
                "add {wanted} to `languages` and translate every text, or remove `{country}` from `countries`"
            ));
        cx.report(cx.policy_target(), d);
    }
}

/// The span of a statement: its text when written, else its header.
fn statement_span(cx: &Cx<'_>, id: &str) -> Span {
    cx.field("statement", id, "text")
}

/// WP260-SEPARATE: the notice informs; it is not a contract people accept by using the service
/// (Art. 12(1), WP260 rev.01).
fn acceptance_by_use(cx: &mut Cx<'_>) {
    for s in cx.policy.statements_of("acceptance_by_use") {
        let d = cx
            .finding(
                "WP260-SEPARATE",
                statement_span(cx, &s.id),
                "the notice presents itself as terms people accept by using the service",
                "acceptance by use",
            )
            .with_note("a privacy notice only informs; agreeing to it gives no consent and no basis for processing")
            .with_help("remove the statement; ask for consent separately where a purpose relies on it");
        cx.report(format!("statement/{}", s.id), d);
    }
}

/// WP260-CHANGES: changes to the notice are announced, and continued use is not acceptance
/// (Art. 12(1), WP260 rev.01, Recital 32). A notice without a `changes` declaration gets an
/// info finding.
fn changes(cx: &mut Cx<'_>) {
    match &cx.policy.changes {
        None => {
            let mut d = cx
                .finding(
                    "WP260-CHANGES",
                    cx.header(),
                    "the notice does not say how changes to it are announced",
                    "no `changes` declaration",
                )
                .with_help("add `changes { description \"…\" notice 30 days active true }` saying how people are told before a change applies");
            d.severity = crate::diagnostics::Severity::Info;
            cx.report(cx.policy_target(), d);
        }
        Some(c) if c.continued_use_is_acceptance == Some(true) => {
            let d = cx
                .finding(
                    "WP260-CHANGES",
                    cx.field("changes", "changes", "continued_use_is_acceptance"),
                    "continued use is treated as acceptance of changes to the notice",
                    "silence is not acceptance",
                )
                .with_note("people must be told of material changes actively; using the service is not agreeing to them")
                .with_help("tell people about changes actively (`active true`, with a `notice` period), and write `continued_use_is_acceptance false`");
            cx.report("changes/changes", d);
        }
        Some(_) => {}
    }
}

/// Data kinds that are online identifiers in the sense of Recital 30.
const IDENTIFIER_KINDS: &[&str] = &["online_identifiers", "device", "identifiers"];

/// LINT-NONPERSONAL: IP addresses, device and cookie identifiers are personal data, not
/// anonymous (Art. 4(1), Recital 30).
fn non_personal(cx: &mut Cx<'_>) {
    let p = cx.policy;
    for d in &p.data {
        if IDENTIFIER_KINDS.contains(&d.kind.id.as_str()) && d.called_anonymous == Some(true) {
            let f = cx
                .finding(
                    "LINT-NONPERSONAL",
                    cx.field("data", &d.id, "called_anonymous"),
                    format!(
                        "the notice calls the {} in `{}` anonymous",
                        d.kind.id.replace('_', " "),
                        d.id
                    ),
                    "identifiers are personal data",
                )
                .with_note("online identifiers such as IP addresses, device IDs and cookie IDs single a person out")
                .with_help("treat this data as personal data and remove `called_anonymous true`");
            cx.report(format!("data/{}", d.id), f);
        }
    }
    let Some(identifiers) = p
        .data
        .iter()
        .find(|d| IDENTIFIER_KINDS.contains(&d.kind.id.as_str()) && d.called_anonymous != Some(true))
    else {
        return;
    };
    for s in cx.policy.statements_of("anonymised_use") {
        let f = cx
            .finding(
                "LINT-NONPERSONAL",
                statement_span(cx, &s.id),
                "the notice says it uses anonymised data while it collects online identifiers",
                "anonymised?",
            )
            .with_secondary(
                cx.decl("data", &identifiers.id),
                "online identifiers are collected here",
            )
            .with_note("data still linked to an IP address, a device or a cookie ID is pseudonymous, not anonymous")
            .with_help(
                "say which data is aggregated and how, and do not call data anonymous while it carries identifiers",
            );
        cx.report(format!("statement/{}", s.id), f);
    }
}

/// Phrases of pre-GDPR instruments.
const LEGACY_PHRASES: &[&str] = &[
    "safe harbor",
    "safe harbour",
    "privacy shield",
    "general register of data protection",
    "registro general de protección de datos",
    "directive 95/46",
    "95/46/ec",
];

/// LINT-LEGACY: no references to pre-GDPR instruments (Safe Harbor, Privacy Shield, national
/// file registers), which mislead about the current safeguards (Art. 12(1)).
fn legacy(cx: &mut Cx<'_>, texts: &[AuthorText<'_>]) {
    let legacy_statements = cx.policy.statements_of("legacy_reference");
    for s in &legacy_statements {
        let d = cx
            .finding(
                "LINT-LEGACY",
                statement_span(cx, &s.id),
                "the notice refers to a pre-GDPR instrument",
                "outdated reference",
            )
            .with_note(
                "Safe Harbor and the Privacy Shield were annulled, and data-file registers were abolished by the GDPR",
            )
            .with_help("remove the reference, and name the safeguard actually relied on today");
        cx.report(format!("statement/{}", s.id), d);
    }
    for t in texts {
        if t.kind == "statement" && legacy_statements.iter().any(|s| s.id == t.id) {
            continue;
        }
        let hit = t.languages().into_iter().find_map(|(_, values)| {
            values.into_iter().find_map(|v| {
                LEGACY_PHRASES
                    .iter()
                    .find(|ph| find_words(v, ph).is_some())
                    .map(|ph| (v, *ph))
            })
        });
        let Some((value, phrase)) = hit else { continue };
        let span = locate(cx, cx.field(t.kind, &t.id, &t.field), value, phrase);
        let d = cx
            .finding(
                "LINT-LEGACY",
                span,
                format!(
                    "the `{}` of {} `{}` refers to a pre-GDPR instrument",
                    t.field, t.kind, t.id
                ),
                "outdated reference",
            )
            .with_note(
                "Safe Harbor and the Privacy Shield were annulled, and data-file registers were abolished by the GDPR",
            )
            .with_help("remove the reference, and name the safeguard actually relied on today");
        cx.report(t.target.clone(), d);
    }
    for tr in &cx.policy.transfers {
        let Some(reference) = &tr.reference else { continue };
        let Some(phrase) = LEGACY_PHRASES.iter().find(|ph| find_words(reference, ph).is_some()) else {
            continue;
        };
        let field = cx.field("transfer", &tr.id, "reference");
        let d = cx
            .finding(
                "LINT-LEGACY",
                cx.find_phrase(field, phrase).unwrap_or(field),
                format!("the transfer `{}` relies on a pre-GDPR instrument", tr.id),
                "no longer valid",
            )
            .with_help("rely on the EU-US Data Privacy Framework for certified recipients, or on the 2021 standard contractual clauses");
        cx.report(format!("transfer/{}", tr.id), d);
    }
}

/// LINT-RISK-DISCLAIMER: the controller cannot shift the risk of its processing onto people
/// (Art. 82, with Art. 5(1)(f) and 32).
fn risk_disclaimer(cx: &mut Cx<'_>) {
    for s in cx.policy.statements_of("own_risk") {
        let d = cx
            .finding(
                "LINT-RISK-DISCLAIMER",
                statement_span(cx, &s.id),
                "the notice says people provide data at their own risk",
                "liability cannot be waived",
            )
            .with_note("the controller must secure the data and answers for damage caused by an infringement")
            .with_help("remove the disclaimer and describe your security measures instead");
        cx.report(format!("statement/{}", s.id), d);
    }
}

/// LINT-OWNERSHIP: the controller does not own people's personal data (Art. 12(1)).
fn ownership(cx: &mut Cx<'_>) {
    for s in cx.policy.statements_of("data_ownership") {
        let d = cx
            .finding(
                "LINT-OWNERSHIP",
                statement_span(cx, &s.id),
                "the notice claims to own the information it collects",
                "ownership claim",
            )
            .with_note("personal data stays the person's: they keep their rights over it whatever the notice says")
            .with_help("remove the claim, or say instead who is responsible for the data (the controller)");
        cx.report(format!("statement/{}", s.id), d);
    }
}

/// Words that show a template was not filled in.
const PLACEHOLDERS: &[&str] = &[
    "lorem",
    "xyz",
    "[company]",
    "[company name]",
    "[name]",
    "[address]",
    "[email]",
    "[e-mail]",
    "[date]",
    "[country]",
    "[website]",
    "[insert",
    "[your",
];

/// Placeholders that only count in capitals ("todo" is Spanish for "all").
const UPPER_PLACEHOLDERS: &[&str] = &["TODO", "TBD", "XXX"];

fn placeholder_in(text: &str) -> Option<&'static str> {
    PLACEHOLDERS
        .iter()
        .copied()
        .find(|ph| find_words(text, ph).is_some())
        .or_else(|| {
            UPPER_PLACEHOLDERS.iter().copied().find(|ph| {
                word_occurrences(text, ph)
                    .into_iter()
                    .any(|at| text.get(at..at + ph.len()) == Some(*ph))
            })
        })
}

/// LINT-PLACEHOLDER: no template placeholders left in texts or in the names and addresses of
/// the parties (Art. 12(1)). Placeholder e-mails and web addresses are GDPR-13-1-a-CONTACT.
fn placeholders(cx: &mut Cx<'_>, texts: &[AuthorText<'_>]) {
    for t in texts {
        let hit = t.languages().into_iter().find_map(|(_, values)| {
            values
                .into_iter()
                .find_map(|v| placeholder_in(v).map(|ph| (v.to_string(), ph)))
        });
        let Some((value, phrase)) = hit else { continue };
        let span = locate(cx, cx.field(t.kind, &t.id, &t.field), &value, phrase);
        let d = cx
            .finding(
                "LINT-PLACEHOLDER",
                span,
                format!(
                    "the `{}` of {} `{}` still contains a template placeholder",
                    t.field, t.kind, t.id
                ),
                "placeholder",
            )
            .with_help("replace the placeholder with the real text before publishing");
        cx.report(t.target.clone(), d);
    }
    let p = cx.policy;
    let mut parties: Vec<(&str, &crate::model::Party)> = Vec::new();
    parties.extend(p.controller.iter().map(|c| ("controller", c)));
    parties.extend(p.representative.iter().map(|c| ("representative", c)));
    parties.extend(p.dpo.iter().map(|c| ("dpo", c)));
    parties.extend(p.joint_controllers.iter().map(|j| ("joint_controller", &j.party)));
    for (kind, party) in parties {
        let fields = [
            ("name", &party.name),
            ("brand", &party.brand),
            ("address", &party.address),
            ("registration", &party.registration),
            ("phone", &party.phone),
        ];
        for (field, value) in fields {
            let Some(value) = value else { continue };
            let Some(phrase) = placeholder_in(value) else { continue };
            let span = cx.field(kind, &party.id, field);
            let d = cx
                .finding(
                    "LINT-PLACEHOLDER",
                    cx.find_phrase(span, phrase).unwrap_or(span),
                    format!(
                        "the `{field}` of the {} still contains a template placeholder",
                        kind.replace('_', " ")
                    ),
                    "placeholder",
                )
                .with_help("replace the placeholder with the real details before publishing");
            cx.report(format!("{kind}/{}", party.id), d);
        }
    }
}

/// Endings that leave an item list open.
const OPEN_ENDINGS: &[&str] = &[
    "etc.",
    "etc",
    "and more",
    "and so on",
    "and others",
    "among others",
    "including but not limited to",
    "...",
    "…",
    "ecc.",
    "usw.",
    "u. a.",
    "enz.",
    "itp.",
    "itd.",
    "entre otros",
    "entre outros",
    "și altele",
];

/// The languages of a list field whose last item leaves the list open, with that item.
fn open_list_ends<'t>(_cx: &Cx<'_>, t: &'t AuthorText<'_>) -> Vec<(&'t str, &'t str, &'static str)> {
    let mut out = Vec::new();
    for (lang, values) in t.languages() {
        let Some(last) = values.last() else { continue };
        let lower = last.trim().to_lowercase();
        let ending = OPEN_ENDINGS
            .iter()
            .copied()
            .find(|e| lower == *e || (lower.ends_with(e) && find_words(&lower, e).is_some()));
        if let Some(e) = ending {
            out.push((lang, *last, e));
        }
    }
    out
}

/// LINT-ETC: lists of data items or measures are closed: they do not end in "etc." or an
/// equivalent (Art. 12(1)).
fn open_lists(cx: &mut Cx<'_>, texts: &[AuthorText<'_>]) {
    for t in texts.iter().filter(|t| t.is_list()) {
        let ends = open_list_ends(cx, t);
        let Some((_, last, ending)) = ends.first() else {
            continue;
        };
        let span = locate(cx, cx.field(t.kind, &t.id, &t.field), last, ending);
        let d = cx
            .finding(
                "LINT-ETC",
                span,
                format!("the `{}` of {} `{}` ends in `{ending}`", t.field, t.kind, t.id),
                "open list",
            )
            .with_note("a list left open does not tell people what is actually processed")
            .with_help("list every item, and drop the open ending");
        cx.report(t.target.clone(), d);
    }
}
