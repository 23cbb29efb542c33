//! Value types of the model: localized texts, vocabulary terms, durations, source locations.

use crate::source::Span;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeMap;

/// A text with one value per published language (BCP 47 tag to text).
pub type Text = BTreeMap<String, String>;

/// A list of short texts per published language.
pub type TextList = BTreeMap<String, Vec<String>>;

/// A built-in vocabulary term, expanded to its stable id and its W3C DPV concept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Term {
    /// Stable id, unique within its vocabulary.
    pub id: String,
    /// The W3C DPV 2.x concept IRI, where one exists.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpv: Option<String>,
    /// The article of the GDPR the term stands for, where one does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
}

/// A time unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// Hours.
    Hours,
    /// Days.
    Days,
    /// Weeks.
    Weeks,
    /// Months.
    Months,
    /// Years.
    Years,
}

/// An amount of time such as `30 days`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Duration {
    /// How many units.
    pub amount: u32,
    /// The unit.
    pub unit: Unit,
    /// The same duration in ISO 8601 (`P30D`, `PT12H`).
    pub iso8601: IsoDuration,
}

/// ISO 8601 duration text, kept as a separate type so its format is documented in the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(into = "String")]
#[schemars(with = "String")]
pub struct IsoDuration {
    amount: u32,
    unit: Unit,
}

impl From<IsoDuration> for String {
    fn from(d: IsoDuration) -> String {
        match d.unit {
            Unit::Hours => format!("PT{}H", d.amount),
            Unit::Days => format!("P{}D", d.amount),
            Unit::Weeks => format!("P{}W", d.amount),
            Unit::Months => format!("P{}M", d.amount),
            Unit::Years => format!("P{}Y", d.amount),
        }
    }
}

impl Duration {
    /// A duration of `amount` `unit`s.
    pub fn new(amount: u32, unit: Unit) -> Self {
        Duration {
            amount,
            unit,
            iso8601: IsoDuration { amount, unit },
        }
    }

    /// An approximate length in days, for comparing durations.
    pub fn approx_days(&self) -> u64 {
        let a = u64::from(self.amount);
        match self.unit {
            Unit::Hours => a / 24,
            Unit::Days => a,
            Unit::Weeks => a * 7,
            Unit::Months => a * 30,
            Unit::Years => a * 365,
        }
    }
}

/// Where the declarations of a policy are, for diagnostics about the model.
#[derive(Debug, Clone, Default)]
pub struct Locations {
    /// The `policy` declaration's header.
    pub policy: Span,
    /// Each declaration by `kind/id` (e.g. `purpose/support`) to its header span.
    pub decls: BTreeMap<String, Span>,
    /// Each field by `kind/id/field` (e.g. `purpose/support/basis`) to the span of its value.
    pub fields: BTreeMap<String, Span>,
}

impl Locations {
    /// The span of a declaration, or of the policy header when unknown.
    pub fn decl(&self, kind: &str, id: &str) -> Span {
        self.decls.get(&format!("{kind}/{id}")).copied().unwrap_or(self.policy)
    }

    /// The span of a field's value, or of its declaration when the field is absent.
    pub fn field(&self, kind: &str, id: &str, field: &str) -> Span {
        self.fields
            .get(&format!("{kind}/{id}/{field}"))
            .copied()
            .unwrap_or_else(|| self.decl(kind, id))
    }
}
