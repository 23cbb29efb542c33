//! Legal reference data: adequacy decisions, supervisory authorities, Art. 8 ages, the vague
//! wording lexicon and the DPO triggers. Each file names its source and its check date.

use super::{Meta, parse};
use serde::Deserialize;

/// An adequacy decision (Art. 45(3)).
#[derive(Debug, Clone, Deserialize)]
pub struct Adequacy {
    /// ISO country code.
    pub country: String,
    /// Country name.
    pub name: String,
    /// The decision's number.
    pub decision: String,
    /// When it was adopted (ISO 8601).
    pub adopted: String,
    /// `full` or `partial`.
    pub scope: String,
    /// What a partial decision covers.
    #[serde(default)]
    pub scope_note: String,
    /// When it expires, if it does.
    pub expires: Option<String>,
    /// The recipient attribute a partial decision needs (`dpf_certified`, `pipeda`, …).
    pub requires: Option<String>,
}

/// Adequacy decisions in force.
#[derive(Debug, Clone, Deserialize)]
pub struct AdequacyList {
    /// Source and date.
    pub meta: Meta,
    /// The decisions.
    #[serde(rename = "decision")]
    pub decisions: Vec<Adequacy>,
}

impl AdequacyList {
    /// The decision for a country.
    pub fn get(&self, country: &str) -> Option<&Adequacy> {
        self.decisions.iter().find(|d| d.country == country)
    }
}

/// A supervisory authority.
#[derive(Debug, Clone, Deserialize)]
pub struct Authority {
    /// ISO country code.
    pub country: String,
    /// For federal states, the region it covers.
    pub region: Option<String>,
    /// Official name.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// Web address.
    pub url: String,
    /// Whether the country is in the EEA.
    #[serde(default)]
    pub eea: bool,
}

/// Supervisory authorities.
#[derive(Debug, Clone, Deserialize)]
pub struct Authorities {
    /// Source and date.
    pub meta: Meta,
    /// The authorities.
    #[serde(rename = "authority")]
    pub list: Vec<Authority>,
}

impl Authorities {
    /// The national authority of a country (not a regional one).
    pub fn national(&self, country: &str) -> Option<&Authority> {
        self.list.iter().find(|a| a.country == country && a.region.is_none())
    }
}

/// The Art. 8(1) age of one state.
#[derive(Debug, Clone, Deserialize)]
pub struct ConsentAge {
    /// ISO country code.
    pub country: String,
    /// The age.
    pub age: u32,
}

/// Meta of the ages file, with the default age.
#[derive(Debug, Clone, Deserialize)]
pub struct AgesMeta {
    /// Source.
    pub source: String,
    /// Check date.
    pub checked: String,
    /// The age when a state sets none (16).
    pub default: u32,
}

/// Ages of digital consent.
#[derive(Debug, Clone, Deserialize)]
pub struct ConsentAges {
    /// Source, date and default.
    pub meta: AgesMeta,
    /// The ages.
    #[serde(rename = "age")]
    pub list: Vec<ConsentAge>,
}

impl ConsentAges {
    /// The age in a state, or the default.
    pub fn age(&self, country: &str) -> u32 {
        self.list
            .iter()
            .find(|a| a.country == country)
            .map_or(self.meta.default, |a| a.age)
    }
}

/// One vague phrase.
#[derive(Debug, Clone, Deserialize)]
pub struct VaguePhrase {
    /// Language tag.
    pub lang: String,
    /// `qualifier`, `retention` or `open_list`.
    pub kind: String,
    /// The phrase, lowercase.
    pub phrase: String,
    /// A help line.
    pub suggestion: String,
}

/// The vague-wording lexicon.
#[derive(Debug, Clone, Deserialize)]
pub struct VagueWords {
    /// Source and date.
    pub meta: Meta,
    /// The phrases.
    #[serde(rename = "entry")]
    pub entries: Vec<VaguePhrase>,
}

/// The main languages of one state.
#[derive(Debug, Clone, Deserialize)]
pub struct StateLanguages {
    /// ISO country code.
    pub code: String,
    /// Primary language subtags, most used first.
    pub languages: Vec<String>,
}

/// Languages and states.
#[derive(Debug, Clone, Deserialize)]
pub struct Languages {
    /// Source and date.
    pub meta: Meta,
    /// Primary subtags of languages spoken mostly inside the EU/EEA.
    pub eea_languages: Vec<String>,
    /// Main languages per state.
    #[serde(rename = "country")]
    pub states: Vec<StateLanguages>,
}

impl Languages {
    /// The main languages of a state, if on file.
    pub fn main_languages(&self, country: &str) -> Option<&[String]> {
        self.states
            .iter()
            .find(|s| s.code == country)
            .map(|s| s.languages.as_slice())
    }

    /// Whether a language (primary subtag) is spoken mostly inside the EU/EEA.
    pub fn mostly_eea(&self, language: &str) -> bool {
        self.eea_languages.iter().any(|l| l == language)
    }
}

/// Signs of an unfilled template (`data/reference/placeholders.toml`).
#[derive(Debug, Clone, Deserialize)]
pub struct Placeholders {
    /// Source and date.
    pub meta: Meta,
    /// Phrases in texts, matched case-insensitively on word boundaries.
    pub text: Vec<String>,
    /// Phrases that count only in capitals.
    pub upper_text: Vec<String>,
    /// Host-name labels of templates.
    pub host_labels: Vec<String>,
    /// Top-level domains reserved for documentation and tests.
    pub reserved_tlds: Vec<String>,
    /// Second-level domains reserved for documentation.
    pub reserved_domains: Vec<String>,
    /// Whole domains that templates use.
    pub template_domains: Vec<String>,
    /// Local parts of template e-mail addresses.
    pub email_locals: Vec<String>,
}

/// Word lists of the wording lints (`data/reference/wording.toml`).
#[derive(Debug, Clone, Deserialize)]
pub struct Wording {
    /// Source and date.
    pub meta: Meta,
    /// Pre-GDPR instruments.
    pub legacy_phrases: Vec<String>,
    /// Last items that leave a list open.
    pub open_endings: Vec<String>,
    /// Words after a hedge that negate it.
    pub negation_after: Vec<String>,
    /// Words before a hedge that negate it.
    pub negation_before: Vec<String>,
    /// Languages whose word order puts the negation at the end of the clause ("kunnen we de
    /// herstelling niet inplannen"): there a `negation_after` word anywhere later in the same
    /// clause negates the hedge.
    pub clause_negation: Vec<String>,
    /// English modal verbs, vague only in "we may" or "may be".
    pub en_modals: Vec<String>,
    /// Prepositions stripped before comparing purpose labels.
    pub label_prefixes: Vec<String>,
    /// Repealed standard contractual clauses.
    pub repealed_scc: Vec<String>,
    /// E-mail local parts that name a data protection officer.
    pub dpo_mailboxes: Vec<String>,
}

/// Legalistic words of one language with a plain-language hint.
#[derive(Debug, Clone, Deserialize)]
pub struct Legalese {
    /// Language tag.
    pub lang: String,
    /// The words and phrases, lowercase.
    pub phrases: Vec<String>,
    /// A help line.
    pub plain: String,
}

/// Plain-language limits and lists (`data/reference/plain_language.toml`).
#[derive(Debug, Clone, Deserialize)]
pub struct PlainLanguage {
    /// Source and date.
    pub meta: Meta,
    /// Sentences longer than this many words are reported.
    pub sentence_words: usize,
    /// The limit for text addressed to children.
    pub child_sentence_words: usize,
    /// Legalistic words per language.
    pub legalese: Vec<Legalese>,
}

/// All legal reference data.
#[derive(Debug)]
pub struct Reference {
    /// Adequacy decisions.
    pub adequacy: AdequacyList,
    /// Supervisory authorities.
    pub authorities: Authorities,
    /// Ages of digital consent.
    pub ages: ConsentAges,
    /// Vague wording.
    pub vague: VagueWords,
    /// Languages and states.
    pub languages: Languages,
    /// Signs of an unfilled template.
    pub placeholders: Placeholders,
    /// Word lists of the wording lints.
    pub wording: Wording,
    /// Plain-language limits and legalistic words.
    pub plain: PlainLanguage,
}

impl Reference {
    pub(super) fn load() -> Result<Self, String> {
        Ok(Reference {
            languages: parse("languages.toml", include_str!("../../data/reference/languages.toml"))?,
            placeholders: parse(
                "placeholders.toml",
                include_str!("../../data/reference/placeholders.toml"),
            )?,
            wording: parse("wording.toml", include_str!("../../data/reference/wording.toml"))?,
            plain: parse(
                "plain_language.toml",
                include_str!("../../data/reference/plain_language.toml"),
            )?,
            adequacy: parse("adequacy.toml", include_str!("../../data/reference/adequacy.toml"))?,
            authorities: parse(
                "authorities.toml",
                include_str!("../../data/reference/authorities.toml"),
            )?,
            ages: parse(
                "digital_consent_ages.toml",
                include_str!("../../data/reference/digital_consent_ages.toml"),
            )?,
            vague: parse(
                "vague_words.toml",
                include_str!("../../data/reference/vague_words.toml"),
            )?,
        })
    }
}
