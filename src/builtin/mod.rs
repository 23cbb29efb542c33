//! Built-in reference data: vocabularies and countries, embedded from `data/` at build time.
//!
//! The files are data, reviewed like code: each names its source and the date it was checked.
//! They are parsed once, on first use. A file that fails to parse is a bug of ours, reported as
//! an internal error rather than a panic (and caught by the tests long before a release).

mod countries;
mod reference;
mod vocab;

pub use countries::{Countries, Country};
pub use reference::{
    Adequacy, AdequacyList, Authorities, Authority, ConsentAges, Languages, Legalese, Placeholders, PlainLanguage,
    Reference, StateLanguages, VaguePhrase, VagueWords, Wording,
};
pub use vocab::{VocabTerm, Vocabularies, Vocabulary};

use std::sync::OnceLock;

/// Everything built in.
#[derive(Debug)]
pub struct Builtins {
    /// The vocabularies.
    pub vocab: Vocabularies,
    /// ISO 3166-1 countries with EU/EEA membership.
    pub countries: Countries,
    /// Adequacy decisions, authorities, ages, vague wording.
    pub reference: Reference,
}

impl Builtins {
    /// The Art. 8(1) age of digital consent of each of `countries` that has one (EEA states,
    /// which fall back to the Art. 8(1) default, and other states with an age on file), in the
    /// order given.
    pub fn consent_ages(&self, countries: &[String]) -> Vec<(String, u32)> {
        let ages = &self.reference.ages;
        countries
            .iter()
            .filter(|c| self.countries.in_eea(c) || ages.list.iter().any(|a| &a.country == *c))
            .map(|c| (c.clone(), ages.age(c)))
            .collect()
    }
}

/// The built-in data, parsed on first use.
pub fn builtins() -> Result<&'static Builtins, String> {
    static CELL: OnceLock<Result<Builtins, String>> = OnceLock::new();
    CELL.get_or_init(|| {
        Ok(Builtins {
            vocab: Vocabularies::load()?,
            countries: Countries::load()?,
            reference: Reference::load()?,
        })
    })
    .as_ref()
    .map_err(Clone::clone)
}

/// Parses one embedded TOML file, naming it in the error.
fn parse<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, String> {
    toml::from_str(text).map_err(|e| format!("built-in data file `{name}` is invalid: {e}"))
}

/// The `[meta]` table every data file starts with.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Meta {
    /// Where the facts come from.
    pub source: String,
    /// When they were last checked (ISO 8601).
    pub checked: String,
}
