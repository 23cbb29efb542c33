//! The declarations of a policy as resolved model types.

use super::values::{Duration, Term, Text, TextList};
use schemars::JsonSchema;
use serde::Serialize;

/// A person or organisation with contact details: controller, representative, DPO.
#[derive(Debug, Clone, Serialize, JsonSchema, Default)]
pub struct Party {
    /// The declaration's identifier.
    pub id: String,
    /// Legal name (for a DPO, optionally a person's name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Trade or brand name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand: Option<String>,
    /// Postal address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Country of establishment (ISO 3166-1 alpha-2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Company registration or tax number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<String>,
    /// E-mail address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Telephone number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Web address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Web contact form.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_form: Option<String>,
}

/// A joint controller (Art. 26) and the essence of the arrangement.
#[derive(Debug, Clone, Serialize, JsonSchema, Default)]
pub struct JointController {
    /// Who they are.
    #[serde(flatten)]
    pub party: Party,
    /// The essence of the arrangement between the joint controllers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrangement: Option<Text>,
    /// Where the arrangement can be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrangement_url: Option<String>,
    /// The purposes processed jointly.
    pub purposes: Vec<String>,
}

/// Where personal data comes from.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Source {
    /// The kind of source.
    pub kind: Term,
    /// Whether Art. 14 applies (the data was not obtained from the person).
    pub art14: bool,
    /// The named source, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
    /// Whether the source is publicly accessible, if stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public: Option<bool>,
}

/// A category of personal data.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct DataCategory {
    /// The declaration's identifier.
    pub id: String,
    /// The built-in kind it refines.
    pub kind: Term,
    /// `ordinary`, `special` (Art. 9) or `criminal` (Art. 10).
    pub class: String,
    /// A description in the author's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The items, in the author's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<TextList>,
    /// Where the data comes from, if stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    /// Whether providing it is a statutory or contractual requirement (Art. 13(2)(e)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<Term>,
    /// What happens if it is not provided.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consequence: Option<Text>,
    /// Whether the notice calls this data anonymous or non-personal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub called_anonymous: Option<bool>,
    /// How long this category is kept, if stated for the category.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retention: Option<Retention>,
    /// The purposes that use it (computed).
    pub used_by: Vec<String>,
}

/// The legal basis of a purpose and what that basis needs.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Basis {
    /// One of the six Art. 6(1) bases.
    pub kind: Term,
    /// For legitimate interests: the interest pursued (Art. 13(1)(d)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interest: Option<Text>,
    /// For legitimate interests: a summary of the balancing test.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub balancing: Option<Text>,
    /// For legal obligation and public task: the law.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub law: Option<Text>,
    /// For consent: how it is withdrawn.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdraw: Option<Text>,
    /// For consent: how it is asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mechanism: Option<Text>,
    /// For consent: whether it is inferred from use, silence or a pre-ticked box.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub implied: Option<bool>,
    /// For consent: how it is given (a consent channel).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub given_via: Option<Term>,
    /// For consent: how it is withdrawn (a consent channel).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdraw_via: Option<Term>,
    /// For consent: whether it is asked for this purpose separately from other purposes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub separate: Option<bool>,
}

/// How long data is kept.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Retention {
    /// A period, normally with the event that starts it.
    Period {
        /// The length.
        period: Duration,
        /// What starts it, if stated.
        #[serde(skip_serializing_if = "Option::is_none")]
        after: Option<Term>,
        /// The law that sets the period, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        law: Option<Text>,
        /// A remark in the author's words.
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<Text>,
    },
    /// Until an event, such as the withdrawal of consent.
    Until {
        /// The event.
        event: Term,
        /// A remark in the author's words.
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<Text>,
    },
    /// Criteria from which the period can be determined.
    Criteria {
        /// The criteria.
        criteria: Text,
        /// The law that sets them, if any.
        #[serde(skip_serializing_if = "Option::is_none")]
        law: Option<Text>,
    },
    /// "As long as necessary" and nothing more: not a retention period.
    AsLongAsNecessary {
        /// The words the notice uses.
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<Text>,
    },
    /// Kept without an end.
    Indefinite {
        /// The words the notice uses.
        #[serde(skip_serializing_if = "Option::is_none")]
        note: Option<Text>,
    },
}

/// A purpose of processing.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Purpose {
    /// The declaration's identifier.
    pub id: String,
    /// The built-in kind it refines.
    pub kind: Term,
    /// Whether the purpose is direct marketing (from its kind).
    pub direct_marketing: bool,
    /// Whether this is a new purpose beyond the one the data was collected for (Art. 13(3)).
    pub further_processing: bool,
    /// Whether the purpose is necessary to provide the service, if stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub necessary: Option<bool>,
    /// The purpose in the author's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The data categories it uses (ids).
    pub data: Vec<String>,
    /// Its legal bases: exactly one is lawful and complete; none means not stated.
    pub bases: Vec<Basis>,
    /// The Art. 9(2) condition, for special categories.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// The Art. 10 grounds, for criminal-offence data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub criminal_grounds: Option<Text>,
    /// How long its data is kept, if stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retention: Option<Retention>,
    /// The channels its messages use, for marketing (e-mail, SMS, …); empty when not stated.
    pub channels: Vec<Term>,
    /// Marketing to existing customers about similar products, without prior consent
    /// (ePrivacy Art. 13(2)).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub soft_opt_in: Option<bool>,
    /// Every message offers a free, simple way to opt out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unsubscribe: Option<bool>,
    /// Its messages contain pixels or links that report when they are opened.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub open_tracking: Option<bool>,
    /// The purpose involves accessing people's devices remotely (remote support).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remote_access: Option<bool>,
    /// The recipients that receive data for it (computed).
    pub recipients: Vec<String>,
}

/// An Art. 9(2) condition.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Condition {
    /// Which condition.
    pub kind: Term,
    /// The law it relies on, where the condition needs one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub law: Option<Text>,
}

/// A recipient or category of recipients.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Recipient {
    /// The declaration's identifier.
    pub id: String,
    /// Its role.
    pub role: Term,
    /// The recipient's name, when named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The category, when not named.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<Text>,
    /// What they do, in the author's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Where they are (ISO 3166-1 alpha-2).
    pub locations: Vec<String>,
    /// The data they receive (ids).
    pub data: Vec<String>,
    /// The purposes they receive it for (ids).
    pub purposes: Vec<String>,
    /// Self-certified under the EU-US Data Privacy Framework.
    pub dpf_certified: bool,
    /// Within the scope of its country's partial adequacy decision (PIPEDA, APPI, PIPA).
    pub in_adequacy_scope: bool,
    /// Their own privacy notice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A transfer of personal data outside the EU/EEA.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Transfer {
    /// The declaration's identifier.
    pub id: String,
    /// The destinations (ISO 3166-1 alpha-2); empty when the notice does not name them.
    pub destinations: Vec<String>,
    /// The recipients concerned (ids).
    pub recipients: Vec<String>,
    /// The data concerned (ids).
    pub data: Vec<String>,
    /// The mechanisms relied on (Art. 45–49).
    pub mechanisms: Vec<Term>,
    /// The instrument relied on, e.g. `Decision (EU) 2021/914, module 2`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// For binding corporate rules: the authority that approved them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<String>,
    /// Where to obtain a copy of the safeguards (e-mail or URL).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub copy_from: Option<String>,
    /// A remark in the author's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Whether a transfer impact assessment was made (CJEU C-311/18 Schrems II).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tia_done: Option<bool>,
    /// When the transfer impact assessment was made or last reviewed (ISO 8601).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tia_date: Option<String>,
}

/// Automated decision-making or profiling (Art. 22).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AutomatedDecision {
    /// The declaration's identifier.
    pub id: String,
    /// What is decided, in the author's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The purposes concerned (ids).
    pub purposes: Vec<String>,
    /// Whether it involves profiling.
    pub profiling: bool,
    /// Whether the decision is based solely on automated processing.
    pub solely_automated: bool,
    /// Whether it produces legal or similarly significant effects.
    pub significant_effects: bool,
    /// Meaningful information about the logic involved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logic: Option<Text>,
    /// Its significance for the person.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub significance: Option<Text>,
    /// Its envisaged consequences.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consequences: Option<Text>,
    /// Safeguards such as human review.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub safeguards: Option<Text>,
}

/// How people exercise their rights, and where they complain.
#[derive(Debug, Clone, Serialize, JsonSchema, Default)]
pub struct Rights {
    /// The rights the notice itself lists; empty means "derive them from the legal bases".
    pub listed: Vec<Term>,
    /// E-mail for requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Web form for requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
    /// Postal address for requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Telephone for requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// How requests are handled, in the author's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// How long an answer takes at most.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_time: Option<Duration>,
    /// How consent is withdrawn (for every consent-based purpose).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdraw: Option<Text>,
    /// How to object.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<Text>,
    /// The supervisory authority named for complaints (ISO country of the authority).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority: Option<String>,
    /// Whether a fee is charged for requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee: Option<bool>,
    /// Whether the notice makes rights depend on where people live ("depending on your location").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub conditional: Option<bool>,
    /// Whether the notice mentions the right to complain to a supervisory authority; absent when not said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complaint: Option<bool>,
    /// How consent is withdrawn, for every consent-based purpose (a consent channel).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub withdraw_via: Option<Term>,
    /// Whether the notice mentions the right to an effective remedy before a court (Art. 79).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub court: Option<bool>,
}

/// How consent to cookies and similar trackers is handled.
#[derive(Debug, Clone, Serialize, JsonSchema, Default)]
pub struct CookieConsent {
    /// A consent banner or tool asks before non-essential trackers are set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub banner: Option<bool>,
    /// Rejecting is as easy as accepting on the first layer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reject_button: Option<bool>,
    /// Access is refused unless non-essential trackers are accepted ("cookie wall").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cookie_wall: Option<bool>,
    /// Continuing to browse is treated as consent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub implied_consent: Option<bool>,
    /// The only control offered is the browser's settings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub browser_settings_only: Option<bool>,
    /// The boxes of non-essential trackers are ticked in advance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pre_ticked: Option<bool>,
    /// Where people change their choices.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manage_url: Option<String>,
    /// A remark in the author's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
}

/// Below which age a parent gives or authorises a child's consent (Art. 8(1)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ParentalConsentUntil {
    /// Below the age of digital consent of the child's country (Art. 8(1) and national law).
    National,
    /// Below a fixed age, whatever the child's country.
    Age {
        /// The age in years.
        age: u32,
    },
}

/// How long a tracker lives.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Lifetime {
    /// Until the browser session ends.
    Session,
    /// A fixed time.
    Duration {
        /// The length.
        duration: Duration,
    },
}

/// A cookie or similar tracker.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Cookie {
    /// The declaration's identifier.
    pub id: String,
    /// Its category.
    pub category: Term,
    /// The technical name (e.g. `_ga`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Who sets it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// `first` or `third` party.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// The technology (cookie, local storage, pixel, SDK, fingerprinting), if stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub technology: Option<String>,
    /// How long it lives.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lifetime: Option<Lifetime>,
    /// What it is for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// Whether it is set only after consent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub consent: Option<bool>,
    /// Whether the notice calls what it collects anonymous.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub called_anonymous: Option<bool>,
}

/// Security measures in summary (Art. 32).
#[derive(Debug, Clone, Serialize, JsonSchema, Default)]
pub struct Security {
    /// A summary.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// The measures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measures: Option<TextList>,
}

/// How changes to the notice are made known.
#[derive(Debug, Clone, Serialize, JsonSchema, Default)]
pub struct Changes {
    /// How people are told, in the author's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<Text>,
    /// How long before a change takes effect people are told.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notice: Option<Duration>,
    /// Whether people are told actively (e-mail, in-app) rather than only on the page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Whether the notice treats continued use as acceptance of changes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub continued_use_is_acceptance: Option<bool>,
}

/// A statement of the notice, of a built-in kind.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Statement {
    /// The declaration's identifier.
    pub id: String,
    /// What kind of statement it is.
    pub kind: Term,
    /// The statement in the author's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    /// Whether the statement says a procedure is set out in the notice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refers_to_procedure: Option<bool>,
    /// That procedure, in the author's words, if the notice gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub procedure: Option<Text>,
}

/// One entry of the notice's version history.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Revision {
    /// The declaration's identifier.
    pub id: String,
    /// The version label.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// When it took effect (ISO 8601).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// What changed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
}

/// A finding waived inside the policy, with the author's reason.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Waiver {
    /// The rule code waived.
    pub code: String,
    /// Why.
    pub reason: String,
    /// The declaration it is attached to, as `kind/id` (or `policy/<id>`).
    pub target: String,
    /// Where the waiver is written (not serialised).
    #[serde(skip)]
    #[schemars(skip)]
    pub span: crate::source::Span,
}
