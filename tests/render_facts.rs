//! The page shows every fact the policy states for the finer rules (docs/site.md, "What the page
//! shows"), in HTML and Markdown alike, and leaves out the facts that only record what an old
//! notice claimed.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use policyc::i18n::Catalog;
use policyc::model::Policy;
use policyc::render::{html, markdown, site};

const POLICY: &str = r#"
policy facts {
  title     "Facts"
  languages [en]
  child_summary "We keep your drawings safe."
  representative_exemption occasional
}

controller c {
  name    "Faraway Inc."
  country US
  email   "privacy@faraway.example"
}

data d : contact {
  items ["E-mail address"]
  source data_subject
  called_anonymous true
}

purpose offers : marketing {
  description "Offers for customers"
  data  [d]
  basis legitimate_interests {
    interest "Telling customers about similar products"
  }
  channels    [email, sms]
  soft_opt_in true
  unsubscribe true
  open_tracking true
  retention until consent_withdrawal
}

purpose news : marketing {
  description "Our newsletter"
  data  [d]
  basis consent {
    given_via    online
    withdraw_via email
    separate     true
    implied      true
  }
  open_tracking false
  retention until consent_withdrawal
}

purpose help : customer_support {
  description "Remote help"
  data  [d]
  basis contract
  remote_access true
  retention 1 year after request_resolved
}

recipient maple : processor {
  name "Maple Mail Ltd"
  location CA
  in_adequacy_scope true
  data [d]
  purposes [offers]
}

transfer to_ca {
  to CA
  recipients [maple]
  data [d]
  mechanism standard_contractual_clauses
  tia_date 2026-01-20
}

rights {
  email        "privacy@faraway.example"
  court        true
  withdraw_via online
}

cookies {
  banner      true
  pre_ticked  false
  cookie_wall false
}

statement no_sale : no_sale {
}
"#;

fn facts() -> Policy {
    let c = policyc::compile_source("facts.policy", POLICY);
    let errors: Vec<_> = c
        .diagnostics
        .iter()
        .filter(|d| d.code.starts_with("E0"))
        .map(|d| d.message.clone())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    c.policy.unwrap()
}

/// The English page of the policy as HTML and as Markdown.
fn outputs(p: &Policy) -> [String; 2] {
    let catalog = Catalog::load("en").unwrap();
    let v = site::view(&catalog, p, &[("en".into(), "English".into())]);
    let out = [html::page(&v).unwrap(), markdown::render(&v).unwrap()];
    assert_eq!(catalog.take_errors(), Vec::<String>::new());
    out
}

/// Every sentence a fact adds, as the English catalog words it (`'` as HTML escapes it aside).
const SHOWN: &[&str] = &[
    "In short, for children and young people",
    "We keep your drawings safe.",
    "have not designated a representative there",
    "Occasional processing (Art. 27(2)(a) GDPR)",
    "How we send these messages",
    "Text messages (SMS)",
    "As you are our customer, we send you these messages",
    "Every message includes a free and simple way to unsubscribe.",
    "Our messages contain an invisible image or links that tell us whether and when you open them.",
    "Our messages do not tell us whether or when you open them.",
    "On our website or in our app",
    "By e-mail",
    "We ask for this consent on its own",
    "We treat your use of the service, your silence or a box ticked in advance as your consent.",
    "For this purpose we may access your device remotely",
    "Covered by the adequacy decision of the European Commission for its country.",
    "Assessment of the destination country",
    "Last assessment: January 20, 2026.",
    "You also have the right to an effective judicial remedy",
    "No box is ticked in advance",
    "You can use the website without accepting trackers that are not strictly necessary.",
    "We do not sell your personal data.",
];

#[test]
fn every_fact_is_shown_in_html_and_markdown() {
    let p = facts();
    for (format, out) in ["html", "md"].iter().zip(outputs(&p)) {
        for s in SHOWN {
            assert!(out.contains(s), "{format}: missing {s:?}");
        }
        assert!(
            !out.contains("anonymous"),
            "{format}: `called_anonymous` must not be published"
        );
    }
}

#[test]
fn the_summary_for_children_comes_first() {
    let [html, md] = outputs(&facts());
    let children = html.find(r#"<section id="children""#).unwrap();
    let summary = html.find(r#"<section id="summary""#).unwrap();
    assert!(children < summary);
    assert!(md.find(r#"<a id="children">"#).unwrap() < md.find(r#"<a id="summary">"#).unwrap());
}

#[test]
fn consent_channels_come_before_the_authors_words() {
    let mut p = facts();
    let rights = p.rights.as_mut().unwrap();
    rights.withdraw = Some([("en".to_string(), "Use your settings.".to_string())].into());
    let [html, _] = outputs(&p);
    let withdraw = &html[html.find(r#"id="withdraw-consent""#).unwrap()..];
    let channel = withdraw.find("On our website or in our app").unwrap();
    let words = withdraw.find("Use your settings.").unwrap();
    assert!(channel < words);
}

#[test]
fn facts_left_unsaid_add_nothing() {
    let mut p = facts();
    p.child_summary = None;
    p.representative_exemption = None;
    for t in &mut p.transfers {
        t.tia_date = None;
        t.tia_done = Some(false);
    }
    if let Some(r) = p.rights.as_mut() {
        r.court = Some(false);
    }
    let [html, md] = outputs(&p);
    for out in [html, md] {
        for s in [
            "In short, for children",
            "have not designated a representative",
            "Assessment of the destination country",
            "judicial remedy",
        ] {
            assert!(!out.contains(s), "unexpected {s:?}");
        }
    }
}
