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
}
