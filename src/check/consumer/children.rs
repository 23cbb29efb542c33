//! Children's consent to information-society services (Art. 8).

use crate::check::Cx;
use crate::model::ParentalConsentUntil;

/// Whether any purpose relies on consent; the first such purpose.
pub(super) fn consent_purpose<'p>(cx: &Cx<'p>) -> Option<&'p str> {
    cx.policy.purpose_with_basis(&["consent"]).map(|p| p.id.as_str())
}

/// The Art. 8(1) age of each state the notice addresses (EEA states and states with an age on
/// file), highest first.
pub(super) fn consent_ages(cx: &Cx<'_>) -> Vec<(String, u32)> {
    let mut out = cx.builtins.consent_ages(&cx.policy.countries);
    out.sort_by_key(|b| std::cmp::Reverse(b.1));
    out
}

/// GDPR-8-1: a consent-based service open to children below the digital-consent age must say
/// how parental consent is obtained (Art. 8(1)).
///
/// The rule applies when a purpose uses consent and the service is open to children: the
/// audience includes `children`, or `min_age` is below 18. The age to reach is the highest
/// Art. 8(1) age among the notice's `countries` (16 when none is stated).
pub(super) fn children_consent(cx: &mut Cx<'_>) {
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

/// GDPR-8-AGE-MISMATCH: parental consent does not reach the digital-consent age of every audience
/// state while consent is used (Art. 8(1) and national law). Without a parental-consent
/// mechanism this is GDPR-8-1 and not reported again.
///
/// With `parental_consent_until national` every state's age is covered. With an age, the states
/// whose age is above both that age and `min_age` are left uncovered. Without the fact, the
/// author's text cannot be read, so the minimum age alone is compared.
pub(super) fn age_mismatch(cx: &mut Cx<'_>) {
    let p = cx.policy;
    let Some(purpose) = consent_purpose(cx) else { return };
    if p.parental_consent.is_none() {
        return;
    }
    match p.parental_consent_until {
        Some(ParentalConsentUntil::National) => {}
        Some(ParentalConsentUntil::Age { age }) => until_too_low(cx, purpose, age),
        None => {
            if let Some(min_age) = p.min_age {
                min_age_too_low(cx, purpose, min_age);
            }
        }
    }
}

/// The states whose age of digital consent is not reached, highest first.
struct Uncovered {
    /// The first state and its age.
    first: (String, u32),
    /// "`PL` (16), `ES` (14)".
    states: String,
    /// "`PL`, `ES`".
    names: String,
}

/// The states among `ages` (highest first) whose age is above `floor`.
fn uncovered(ages: &[(String, u32)], floor: u32) -> Option<Uncovered> {
    let above: Vec<&(String, u32)> = ages.iter().filter(|(_, a)| *a > floor).collect();
    let first = (*above.first()?).clone();
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
    Some(Uncovered { first, states, names })
}

/// `min_age` below a state's age, with parental consent described only in words.
fn min_age_too_low(cx: &mut Cx<'_>, purpose: &str, min_age: u32) {
    let p = cx.policy;
    let ages = consent_ages(cx);
    let Some(Uncovered {
        first: (first, age),
        states,
        ..
    }) = uncovered(&ages, min_age)
    else {
        return;
    };
    let countries = cx.field("policy", &p.id, "countries");
    let d = cx
        .finding(
            "GDPR-8-AGE-MISMATCH",
            cx.field("policy", &p.id, "min_age"),
            format!("the minimum age {min_age} is below the age of digital consent in {states}"),
            format!("people from {min_age} can use the service"),
        )
        .with_secondary(
            cx.find_phrase(countries, &first).unwrap_or(countries),
            format!("in `{first}` a child under {age} needs a parent's consent"),
        )
        .with_secondary(cx.field("purpose", purpose, "basis"), "consent is used here")
        .with_note("the law of the child's state sets the age, so a service offered in several states must meet the highest one")
        .with_help(format!(
            "say below which age a parent consents: `parental_consent_until national` (the age of each child's country) or `parental_consent_until {age}`; or raise `min_age` to {age}"
        ));
    cx.report(cx.policy_target(), d);
}

/// `parental_consent_until` an age below the age of digital consent of a state, where people
/// below that state's age may use the service.
fn until_too_low(cx: &mut Cx<'_>, purpose: &str, until: u32) {
    let p = cx.policy;
    let children = p.audience.iter().any(|a| a.id == "children");
    if !(children || p.min_age.is_some_and(|a| a < 18)) {
        return;
    }
    let floor = p.min_age.unwrap_or(0).max(until);
    let ages = consent_ages(cx);
    let Some(Uncovered {
        first: (first, age),
        states,
        names,
    }) = uncovered(&ages, floor)
    else {
        return;
    };
    let countries = cx.field("policy", &p.id, "countries");
    let mut d = cx
        .finding(
            "GDPR-8-AGE-MISMATCH",
            cx.field("policy", &p.id, "parental_consent_until"),
            format!("a parent consents only below {until}, but the age of digital consent is higher in {states}"),
            format!("a parent consents only below {until}"),
        )
        .with_secondary(
            cx.find_phrase(countries, &first).unwrap_or(countries),
            format!("in `{first}` a child under {age} needs a parent's consent"),
        );
    if let Some(min_age) = p.min_age.filter(|a| *a > until) {
        d = d.with_secondary(
            cx.field("policy", &p.id, "min_age"),
            format!("people from {min_age} can use the service"),
        );
    }
    let d = d
        .with_secondary(cx.field("purpose", purpose, "basis"), "consent is used here")
        .with_note(format!(
            "the law of the child's state sets the age: in {names}, a child aged {floor} would consent alone while still under that state's age"
        ))
        .with_help(format!(
            "write `parental_consent_until national` to follow each child's country, or `parental_consent_until {age}`, or raise `min_age` to {age}"
        ));
    cx.report(cx.policy_target(), d);
}

/// LINT-AGE-INCONSISTENT: a notice closed to minors (`min_age` 18 or more) that still speaks
/// to children: a parental-consent procedure, `children` in the audience, or a summary for
/// children. Either minors may use the service, and the minimum age is wrong, or they may not,
/// and the rest misleads (Art. 12(1), Art. 8).
pub(super) fn age_inconsistent(cx: &mut Cx<'_>) {
    let p = cx.policy;
    let Some(min_age) = p.min_age.filter(|a| *a >= 18) else {
        return;
    };
    let pid = p.id.as_str();
    let audience = cx.field("policy", pid, "audience");
    let mut found = Vec::new();
    // The field's name, not its (often long) text.
    let key = |field: &str| {
        let span = cx.field("policy", pid, field);
        cx.find_phrase(span, field).unwrap_or(span)
    };
    if p.parental_consent.is_some() {
        found.push((
            key("parental_consent"),
            "the notice says how a parent consents for a minor",
            "`parental_consent`",
        ));
    }
    if p.parental_consent_until.is_some() {
        found.push((
            key("parental_consent_until"),
            "the notice says below which age a parent consents",
            "`parental_consent_until`",
        ));
    }
    if p.audience.iter().any(|a| a.id == "children") {
        found.push((
            cx.find_phrase(audience, "children").unwrap_or(audience),
            "the notice addresses children",
            "`children` in the audience",
        ));
    }
    if p.child_summary.is_some() {
        found.push((
            key("child_summary"),
            "the notice has a summary written for children",
            "`child_summary`",
        ));
    }
    for (span, what, field) in found {
        let d = cx
            .finding(
                "LINT-AGE-INCONSISTENT",
                span,
                format!("{what}, but only people aged {min_age} or more may use the service"),
                "speaks to minors",
            )
            .with_secondary(
                cx.field("policy", pid, "min_age"),
                format!("nobody under {min_age} may use the service"),
            )
            .with_note("readers cannot tell whether minors may use the service with a parent's consent or not at all")
            .with_help(format!(
                "if minors may use the service, lower `min_age` to the youngest age allowed; if not, remove {field}"
            ));
        cx.report(cx.policy_target(), d);
    }
}
