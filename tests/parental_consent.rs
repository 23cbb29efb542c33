//! `parental_consent_until`: below which age a parent consents for a child (Art. 8(1)). The
//! value is read strictly, GDPR-8-AGE-MISMATCH trusts it when it covers every state's age and
//! names the states it leaves out, and the page states the age (or each country's age).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use policyc::Compilation;
use policyc::i18n::Catalog;
use policyc::model::{ParentalConsentUntil, Policy};
use policyc::render::{html, markdown, site};

/// A consent-based service in `countries`, open from `min_age` (if any), with a parental-consent
/// text and `until` (if any).
fn notice(countries: &str, min_age: Option<u32>, until: Option<&str>) -> String {
    let min_age = min_age.map(|a| format!("min_age {a}\n")).unwrap_or_default();
    let until = until
        .map(|u| format!("parental_consent_until {u}\n"))
        .unwrap_or_default();
    let countries = if countries.is_empty() {
        String::new()
    } else {
        format!("countries [{countries}]")
    };
    format!(
        r#"policy notice {{
  languages [en]
  audience  [consumers, children]
  {countries}
  {min_age}  parental_consent "A parent confirms a child's sign-up by e-mail."
  {until}}}

purpose newsletter : marketing {{
  description "Sending our weekly game tips by e-mail"
  basis consent
}}
"#
    )
}

fn compile(text: &str) -> Compilation {
    policyc::compile_source("notice.policy", text)
}

fn codes(c: &Compilation, code: &str) -> Vec<String> {
    c.diagnostics
        .iter()
        .filter(|d| d.code == code)
        .map(|d| d.message.clone())
        .collect()
}

fn mismatch(countries: &str, min_age: Option<u32>, until: Option<&str>) -> Vec<String> {
    let c = compile(&notice(countries, min_age, until));
    let language: Vec<_> = c.diagnostics.iter().filter(|d| d.code.starts_with('E')).collect();
    assert!(language.is_empty(), "{}", c.render_diagnostics());
    codes(&c, "GDPR-8-AGE-MISMATCH")
}

#[test]
fn the_value_is_national_an_age_or_not_stated() {
    let read = |until: &str| {
        compile(&notice("PL", Some(13), Some(until)))
            .policy
            .unwrap()
            .parental_consent_until
    };
    assert_eq!(read("national"), Some(ParentalConsentUntil::National));
    assert_eq!(read("16"), Some(ParentalConsentUntil::Age { age: 16 }));
    assert_eq!(read("not_stated"), None);
    assert_eq!(
        compile(&notice("PL", Some(13), None))
            .policy
            .unwrap()
            .parental_consent_until,
        None
    );
}

#[test]
fn a_bad_value_is_reported_at_the_value_with_help() {
    for (value, code) in [
        ("nationl", "E0300"),
        ("\"up to 16\"", "E0300"),
        ("[national]", "E0300"),
        ("25", "E0307"),
        ("0", "E0307"),
        ("15.5", "E0307"),
    ] {
        let c = compile(&notice("PL", Some(13), Some(value)));
        let d = c
            .diagnostics
            .iter()
            .find(|d| d.code.starts_with('E'))
            .unwrap_or_else(|| panic!("{value}: no error"));
        assert_eq!(d.code, code, "{value}");
        assert_eq!(c.sources.snippet(d.primary.span), value, "{value}");
        assert!(d.message.contains("parental_consent_until"), "{value}: {}", d.message);
        let help = d.help.as_deref().unwrap_or_default();
        assert!(help.contains("`national`") && help.contains("`16`"), "{value}: {help}");
    }
    let c = compile(&notice("PL", Some(13), Some("national 16")));
    assert!(
        c.diagnostics
            .iter()
            .any(|d| d.code == "E0300" && d.message.contains("takes one value"))
    );
    assert_eq!(c.policy.and_then(|p| p.parental_consent_until), None);
}

#[test]
fn national_or_an_age_that_reaches_every_state_is_trusted() {
    for until in ["national", "16", "18"] {
        assert_eq!(
            mismatch("ES, IE, PL, MT", Some(13), Some(until)),
            Vec::<String>::new(),
            "{until}"
        );
    }
    // The minimum age covers what the parental consent does not.
    assert!(mismatch("ES, PL", Some(16), Some("14")).is_empty());
    // Outside the EEA and without an age on file, a state sets no age to reach.
    assert!(mismatch("ES, US", Some(13), Some("14")).is_empty());
}

#[test]
fn an_age_too_low_names_every_state_it_leaves_out() {
    let found = mismatch("ES, IE, PL, MT", Some(13), Some("14"));
    assert_eq!(found.len(), 1, "{found:?}");
    let m = &found[0];
    assert!(m.contains("below 14"), "{m}");
    assert!(m.contains("`IE` (16)") && m.contains("`PL` (16)"), "{m}");
    assert!(!m.contains("`ES`") && !m.contains("`MT`"), "{m}");
    // The finding points at the fact, not at the minimum age.
    let c = compile(&notice("ES, IE, PL, MT", Some(13), Some("14")));
    let d = c.diagnostics.iter().find(|d| d.code == "GDPR-8-AGE-MISMATCH").unwrap();
    assert_eq!(c.sources.snippet(d.primary.span), "parental_consent_until 14");
    assert!(d.help.as_deref().unwrap().contains("parental_consent_until national"));
}

#[test]
fn an_age_too_low_is_reported_without_a_minimum_age_too() {
    let found = mismatch("PL", None, Some("13"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("`PL` (16)"), "{}", found[0]);
}

#[test]
fn without_the_fact_the_minimum_age_is_compared_as_before() {
    let found = mismatch("MT, IE", Some(13), None);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("minimum age 13") && found[0].contains("`IE` (16)"),
        "{}",
        found[0]
    );
    let c = compile(&notice("MT, IE", Some(13), None));
    let d = c.diagnostics.iter().find(|d| d.code == "GDPR-8-AGE-MISMATCH").unwrap();
    assert!(d.help.as_deref().unwrap().contains("parental_consent_until national"));
}

#[test]
fn the_fact_does_not_replace_saying_how_a_parent_consents() {
    let text = notice("PL", Some(13), Some("national")).replace(
        "  parental_consent \"A parent confirms a child's sign-up by e-mail.\"\n",
        "",
    );
    let c = compile(&text);
    assert_eq!(codes(&c, "GDPR-8-1").len(), 1, "{}", c.render_diagnostics());
    assert!(codes(&c, "GDPR-8-AGE-MISMATCH").is_empty());
}

#[test]
fn a_notice_closed_to_minors_that_sets_the_age_is_inconsistent() {
    let c = compile(&notice("PL", Some(18), Some("16")));
    let found = codes(&c, "LINT-AGE-INCONSISTENT");
    assert!(
        found.iter().any(|m| m.contains("below which age a parent consents")),
        "{found:?}"
    );
}

#[test]
fn the_json_model_keeps_the_fact() {
    let json = |until: &str| {
        let p = compile(&notice("PL", Some(13), Some(until))).policy.unwrap();
        serde_json::to_value(&p).unwrap()["parental_consent_until"].clone()
    };
    assert_eq!(json("national"), serde_json::json!({ "type": "national" }));
    assert_eq!(json("16"), serde_json::json!({ "type": "age", "age": 16 }));
}

/// The page in `lang`, HTML and Markdown.
fn pages(p: &Policy, lang: &str) -> [String; 2] {
    let catalog = Catalog::load(lang).unwrap();
    let v = site::view(&catalog, p, &[(lang.into(), lang.into())]);
    let out = [html::page(&v).unwrap(), markdown::render(&v).unwrap()];
    assert_eq!(catalog.take_errors(), Vec::<String>::new());
    out
}

#[test]
fn the_page_states_the_age_below_which_a_parent_consents() {
    let p = compile(&notice("ES, PT, PL", Some(6), Some("16"))).policy.unwrap();
    for out in pages(&p, "en") {
        assert!(
            out.contains(
                "For children under 16, consent must be given or authorised by the holder of parental responsibility."
            ),
            "{out}"
        );
        assert!(!out.contains("Age of digital consent"));
    }
    for out in pages(&p, "pl") {
        assert!(out.contains("poniżej 16 lat"), "{out}");
    }
}

#[test]
fn for_national_the_page_gives_each_countrys_age() {
    let p = compile(&notice("ES, PT, PL, US", Some(6), Some("national")))
        .policy
        .unwrap();
    for out in pages(&p, "en") {
        assert!(
            out.contains("under the age of digital consent of their country"),
            "{out}"
        );
        // The notice's order; the United States sets no age under the GDPR.
        assert!(
            out.contains("Age of digital consent: Spain 14, Portugal 13, Poland 16."),
            "{out}"
        );
        // The fact comes before the author's words.
        let fact = out.find("Age of digital consent").unwrap();
        let words = out.find("A parent confirms").unwrap();
        assert!(fact < words);
    }
    for out in pages(&p, "es") {
        assert!(
            out.contains("Edad de consentimiento digital: España 14, Portugal 13, Polonia 16."),
            "{out}"
        );
    }
    // Without countries there is no list, only the rule.
    let p = compile(&notice("", Some(6), Some("national"))).policy.unwrap();
    let [html, _] = pages(&p, "en");
    assert!(html.contains("under the age of digital consent of their country"));
    assert!(!html.contains("Age of digital consent:"));
}
