//! ISO 3166-1 alpha-2 countries and their EU/EEA membership.

use super::{Meta, parse};
use serde::Deserialize;

/// One country.
#[derive(Debug, Clone, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: String,
    /// English short name.
    pub name: String,
    /// Member of the European Union.
    pub eu: bool,
    /// Member of the European Economic Area (EU plus Iceland, Liechtenstein, Norway).
    pub eea: bool,
}

/// The country list.
#[derive(Debug, Clone, Deserialize)]
pub struct Countries {
    /// Source and date.
    pub meta: Meta,
    /// Every officially assigned code.
    #[serde(rename = "country")]
    pub list: Vec<Country>,
}

impl Countries {
    pub(super) fn load() -> Result<Self, String> {
        parse("countries.toml", include_str!("../../data/reference/countries.toml"))
    }

    /// The country with this code.
    pub fn get(&self, code: &str) -> Option<&Country> {
        self.list.iter().find(|c| c.code == code)
    }

    /// Whether the code is an EU/EEA state.
    pub fn in_eea(&self, code: &str) -> bool {
        self.get(code).is_some_and(|c| c.eea)
    }

    /// The country whose English name matches `name`, ignoring case.
    pub fn by_name(&self, name: &str) -> Option<&Country> {
        let wanted = name.replace(['_', '-'], " ").to_lowercase();
        self.list.iter().find(|c| c.name.to_lowercase() == wanted)
    }
}
