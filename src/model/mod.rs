//! The resolved, typed policy: the single source for every output and every rule.
//!
//! Its JSON form (`policy.json`) is a public, versioned format: [`FORMAT`] names the version and
//! `policyc schema` prints its JSON Schema, derived from these types so the two cannot drift.
//! Source locations are kept for diagnostics but never serialised.

mod parts;
mod queries;
pub use queries::RIGHTS_IN_ORDER;
mod values;

pub use parts::*;
pub use values::*;

use schemars::JsonSchema;

use serde::Serialize;

/// The format identifier written into every `policy.json`.
pub const FORMAT: &str = "policyc/1";

/// A whole policy, every include merged and every reference resolved.
#[derive(Debug, Clone, Serialize, JsonSchema, Default)]
pub struct Policy {
    /// Always [`FORMAT`].
    pub format: String,
    /// The policy's identifier.
    pub id: String,
    /// The notice's title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// The author's version label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// The date from which the notice applies (ISO 8601).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective: Option<String>,
    /// The languages the notice is published in (BCP 47); the first is the default.
    pub languages: Vec<String>,
    /// Who the notice addresses.
    pub audience: Vec<Term>,
    /// Where the service is offered (ISO 3166-1 alpha-2).
    pub countries: Vec<String>,
    /// The minimum age of users, if stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u32>,
    /// What the notice covers (services, sites, apps, channels).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Text>,
    /// An introduction in the author's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intro: Option<Text>,
    /// The canonical address where the notice is published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// How parental consent is obtained for children, if stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parental_consent: Option<Text>,
    /// Below which age a parent gives or authorises a child's consent, if stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parental_consent_until: Option<ParentalConsentUntil>,
    /// Whether the controller is a public authority or body.
    pub public_authority: bool,
    /// Whether processing is on a large scale (for Art. 37).
    pub large_scale: bool,
    /// When people are told about data not obtained from them (Art. 14(3)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice_timing: Option<Text>,
    /// An Art. 14(5) exemption from informing people, with its grounds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub art14_exemption: Option<Text>,
    /// How many people are constantly busy with automated processing (national DPO thresholds).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff_processing: Option<u32>,
    /// The information addressed to children, in words a child understands (Art. 12(1)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child_summary: Option<Text>,
    /// The Art. 27(2) ground on which a controller outside the Union has no representative.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub representative_exemption: Option<Term>,
    /// Legal bases the notice lists without saying which purpose each serves.
    pub unmapped_bases: Vec<Term>,
    /// The controller.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub controller: Option<Party>,
    /// Joint controllers (Art. 26).
    pub joint_controllers: Vec<JointController>,
    /// The EU/EEA representative (Art. 27).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub representative: Option<Party>,
    /// The data protection officer (Art. 37–39).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpo: Option<Party>,
    /// Categories of personal data.
    pub data: Vec<DataCategory>,
    /// Purposes of processing.
    pub purposes: Vec<Purpose>,
    /// Recipients and categories of recipients.
    pub recipients: Vec<Recipient>,
    /// Transfers outside the EU/EEA.
    pub transfers: Vec<Transfer>,
    /// Automated decision-making and profiling (Art. 22).
    pub automated_decisions: Vec<AutomatedDecision>,
    /// How people exercise their rights.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rights: Option<Rights>,
    /// How cookies and similar trackers are handled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cookie_consent: Option<CookieConsent>,
    /// Cookies and similar trackers.
    pub cookies: Vec<Cookie>,
    /// Security measures in summary (Art. 32).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub security: Option<Security>,
    /// How changes to the notice are announced.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Changes>,
    /// Statements such as "we do not sell personal data".
    pub statements: Vec<Statement>,
    /// The notice's own version history.
    pub revisions: Vec<Revision>,
    /// Every waived finding, with its reason, for auditors.
    pub waivers: Vec<Waiver>,
    /// Whether this build was made from a policy with errors (`--allow-errors`).
    pub draft: bool,
    /// Where each declaration is in the sources (not serialised).
    #[serde(skip)]
    #[schemars(skip)]
    pub locations: Locations,
}
