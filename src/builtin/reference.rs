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
}

impl Reference {
    pub(super) fn load() -> Result<Self, String> {
        Ok(Reference {
            languages: parse("languages.toml", include_str!("../../data/reference/languages.toml"))?,
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
