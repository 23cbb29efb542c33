//! Which rights a notice gives (`Policy::rights_given`), the one rule the page, TILT and DPV
//! share: derived from the processing, plus those the policy lists.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

const HEADER: &str = r#"
policy notice { languages [en] }
controller shop {
  name    "Example Shop Ltd"
  address "1 Main Street, Dublin 2, Ireland"
  country IE
  email   "privacy@shop.example.ie"
}
data contact_details : contact {
  items  ["Name", "E-mail address"]
  source data_subject
}
"#;

fn rights(body: &str) -> Vec<&'static str> {
    let c = policyc::compile_source("rights.policy", &format!("{HEADER}{body}"));
    let language = c.diagnostics.iter().any(|d| policyc::codes::lookup(d.code).is_some());
    let Some(policy) = c.policy.as_ref().filter(|_| !language) else {
        panic!("does not compile:\n{}", c.render_diagnostics());
    };
    policy.rights_given()
}

/// A purpose on a legal obligation.
const INVOICES: &str = r#"
purpose invoices : record_keeping {
  description "Keeping invoices"
  data        [contact_details]
  basis       legal_obligation { law "Tax code" }
  retention   10 years after transaction
}"#;

/// A purpose on legitimate interests.
const SECURITY: &str = r#"
purpose security : security {
  description "Keeping accounts safe"
  data        [contact_details]
  basis       legitimate_interests { interest "Preventing fraud" }
  retention   90 days after collection
}"#;

const ALWAYS: [&str; 5] = ["access", "rectification", "erasure", "restriction", "complaint"];

#[test]
fn a_legal_obligation_brings_only_the_rights_that_always_apply() {
    let r = rights(INVOICES);
    assert_eq!(r, ALWAYS);
}

#[test]
fn consent_brings_portability_and_withdrawal() {
    let r = rights(
        r#"purpose news : communications {
  description "Sending the newsletter"
  data        [contact_details]
  basis       consent {
    mechanism "A box you tick"
    withdraw  "A link in every e-mail"
  }
  retention   until consent_withdrawal
}"#,
    );
    assert_eq!(
        r,
        [
            "access",
            "rectification",
            "erasure",
            "restriction",
            "portability",
            "withdraw_consent",
            "complaint"
        ]
    );
}

#[test]
fn legitimate_interests_bring_the_right_to_object() {
    let r = rights(SECURITY);
    assert!(r.contains(&"objection") && !r.contains(&"portability"), "{r:?}");
}

#[test]
fn only_decisions_solely_automated_with_significant_effects_bring_art_22() {
    let purpose = SECURITY;
    let decision = |solely: bool, significant: bool| {
        format!(
            r#"automated_decision score {{
  description         "A score of how likely a payment is fraudulent"
  purposes            [security]
  profiling           true
  solely_automated    {solely}
  significant_effects {significant}
  logic               "Compares the payment with known fraud patterns"
  significance        "A payment can be refused"
  consequences        "You pay another way"
}}"#
        )
    };
    assert!(!rights(&format!("{purpose}\n{}", decision(true, false))).contains(&"automated_decisions"));
    assert!(!rights(&format!("{purpose}\n{}", decision(false, true))).contains(&"automated_decisions"));
    assert!(rights(&format!("{purpose}\n{}", decision(true, true))).contains(&"automated_decisions"));
}

#[test]
fn listed_rights_are_added_never_removed() {
    let r = rights(&format!(
        r#"{INVOICES}
rights {{
  listed [access, portability]
  email  "privacy@shop.example.ie"
}}"#
    ));
    assert_eq!(
        r,
        [
            "access",
            "rectification",
            "erasure",
            "restriction",
            "portability",
            "complaint"
        ]
    );
}
