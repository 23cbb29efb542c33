//! The built-in vocabularies: data kinds, purposes, legal bases and the rest, each term with a
//! stable id and, where one exists, its W3C DPV concept.

use super::{Meta, parse};
use crate::model::Term;
use serde::Deserialize;

/// One term of a vocabulary, as written in `data/vocab/*.toml`.
#[derive(Debug, Clone, Deserialize)]
pub struct VocabTerm {
    /// Stable id.
    pub id: String,
    /// Short English label.
    pub label: String,
    /// One-line English description.
    #[serde(default)]
    pub description: String,
    /// W3C DPV concept IRI.
    pub dpv: Option<String>,
    /// GDPR article, like `Art. 6(1)(a)`.
    pub article: Option<String>,
    /// Data kinds: `ordinary`, `special` or `criminal`.
    pub class: Option<String>,
    /// Purposes: whether it is direct marketing.
    #[serde(default)]
    pub direct_marketing: bool,
    /// Transfer mechanisms: `adequacy`, `safeguard` or `derogation`.
    pub group: Option<String>,
    /// Transfer mechanisms: whether Art. 13(1)(f) requires saying how to get a copy.
    #[serde(default)]
    pub copy_required: bool,
    /// Retention triggers: how the event reads in English.
    pub phrase: Option<String>,
    /// Cookie categories: whether prior consent is needed.
    #[serde(default)]
    pub consent_required: bool,
    /// Sources: whether Art. 14 applies.
    #[serde(default)]
    pub art14: bool,
    /// Purposes: rarely necessary to perform a contract (EDPB Guidelines 2/2019).
    #[serde(default)]
    pub rarely_contractual: bool,
    /// Purposes: watching people's behaviour (Art. 37(1)(b)).
    #[serde(default)]
    pub monitoring: bool,
    /// Purposes: why they cannot be carried out without a recipient, if they cannot.
    pub needs_recipients: Option<String>,
    /// Data kinds: an online identifier (Recital 30).
    #[serde(default)]
    pub online_identifier: bool,
    /// Data kinds: often reveals special-category data incidentally.
    #[serde(default)]
    pub may_reveal_special: bool,
    /// Data kinds: member states may keep or add conditions (Art. 9(4)).
    #[serde(default)]
    pub national_conditions: bool,
    /// Art. 9(2) conditions: rest on Union or member-state law.
    #[serde(default)]
    pub needs_law: bool,
    /// Consent channels: how much it takes (1 a click, 2 an e-mail or call, 3 a letter or visit).
    pub effort: Option<u32>,
    /// Consent channels: accepting terms that also cover other matters (Art. 7(2)).
    #[serde(default)]
    pub terms: bool,
    /// Marketing channels: electronic mail, SMS, automated calls or fax (ePrivacy Art. 13(1)).
    #[serde(default)]
    pub electronic: bool,
}

impl VocabTerm {
    /// The model term for this vocabulary term.
    pub fn term(&self) -> Term {
        Term {
            id: self.id.clone(),
            dpv: self.dpv.clone(),
            article: self.article.clone(),
        }
    }
}

/// One vocabulary.
#[derive(Debug, Clone, Deserialize)]
pub struct Vocabulary {
    /// Source and date.
    pub meta: Meta,
    /// The terms, in file order.
    #[serde(rename = "term")]
    pub terms: Vec<VocabTerm>,
    /// What a term of this vocabulary is called in messages ("data kind").
    #[serde(skip)]
    pub what: &'static str,
}

impl Vocabulary {
    /// The term with this id.
    pub fn get(&self, id: &str) -> Option<&VocabTerm> {
        self.terms.iter().find(|t| t.id == id)
    }

    /// All ids.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().map(|t| t.id.as_str())
    }
}

macro_rules! vocabularies {
    ($($field:ident: $file:literal, $what:literal;)*) => {
        /// All built-in vocabularies.
        #[derive(Debug)]
        pub struct Vocabularies {
            $(#[doc = concat!("`data/vocab/", $file, "`: ", $what, "s.")] pub $field: Vocabulary,)*
        }

        impl Vocabularies {
            pub(super) fn load() -> Result<Self, String> {
                Ok(Vocabularies {
                    $($field: {
                        let mut v: Vocabulary = parse($file, include_str!(concat!("../../data/vocab/", $file)))?;
                        v.what = $what;
                        v
                    },)*
                })
            }

            /// Every vocabulary, for lookups across all of them.
            pub fn all(&self) -> Vec<&Vocabulary> {
                vec![$(&self.$field,)*]
            }
        }
    };
}

vocabularies! {
    data_kinds: "data_kinds.toml", "data kind";
    purpose_kinds: "purpose_kinds.toml", "purpose kind";
    legal_bases: "legal_bases.toml", "legal basis";
    special_conditions: "special_conditions.toml", "Art. 9(2) condition";
    recipient_roles: "recipient_roles.toml", "recipient role";
    transfer_mechanisms: "transfer_mechanisms.toml", "transfer mechanism";
    retention_triggers: "retention_triggers.toml", "retention trigger";
    cookie_categories: "cookie_categories.toml", "cookie category";
    tracker_technologies: "tracker_technologies.toml", "tracker technology";
    sources: "sources.toml", "data source";
    requirements: "requirements.toml", "requirement";
    rights: "rights.toml", "right";
    audiences: "audiences.toml", "audience";
    statement_kinds: "statement_kinds.toml", "statement kind";
    consent_channels: "consent_channels.toml", "consent channel";
    marketing_channels: "marketing_channels.toml", "marketing channel";
    representative_exemptions: "representative_exemptions.toml", "Art. 27(2) ground";
}
