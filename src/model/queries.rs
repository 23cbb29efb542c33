//! Questions every consumer of the model asks: which bases are used, which statements are made.
//! Rules and renderers call these instead of walking the model each in their own way.

use super::{DataCategory, Policy, Purpose, Statement};

/// Every data-subject right (ids of `data/vocab/rights.toml`), in the order of the GDPR: the
/// order in which every output lists them.
pub const RIGHTS_IN_ORDER: [&str; 9] = [
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "automated_decisions",
    "withdraw_consent",
    "complaint",
];

impl Purpose {
    /// Whether one of the purpose's bases is `kind` (a legal-basis id such as `consent`).
    pub fn uses_basis(&self, kind: &str) -> bool {
        self.bases.iter().any(|b| b.kind.id == kind)
    }
}

impl Policy {
    /// Whether any purpose relies on the legal basis `kind`.
    pub fn uses_basis(&self, kind: &str) -> bool {
        self.purposes.iter().any(|p| p.uses_basis(kind))
    }

    /// The first purpose relying on one of the bases `kinds`.
    pub fn purpose_with_basis(&self, kinds: &[&str]) -> Option<&Purpose> {
        self.purposes.iter().find(|p| kinds.iter().any(|k| p.uses_basis(k)))
    }

    /// The data category with this id.
    pub fn data_category(&self, id: &str) -> Option<&DataCategory> {
        self.data.iter().find(|d| d.id == id)
    }

    /// The statements of a kind (a statement-kind id such as `no_sale`).
    pub fn statements_of(&self, kind: &str) -> Vec<&Statement> {
        self.statements.iter().filter(|s| s.kind.id == kind).collect()
    }
}
