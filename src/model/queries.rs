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

    /// Whether the purpose relies on consent: an Art. 6(1)(a) basis or, for special-category
    /// data, the Art. 9(2)(a) condition of explicit consent. Either can be withdrawn (Art. 7(3)).
    pub fn consent_based(&self) -> bool {
        self.uses_basis("consent") || self.condition.as_ref().is_some_and(|c| c.kind.id == "explicit_consent")
    }

    /// Whether people can object under Art. 21(1): the purpose relies on legitimate interests
    /// or a public task and is not direct marketing (which Art. 21(2) covers).
    pub fn objectable(&self) -> bool {
        !self.direct_marketing && (self.uses_basis("legitimate_interests") || self.uses_basis("public_task"))
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

    /// The rights (ids of [`RIGHTS_IN_ORDER`], in that order) the notice gives people: every
    /// right the law attaches to the processing described, plus any the policy lists itself.
    ///
    /// Access, rectification, erasure, restriction and the complaint to a supervisory authority
    /// always apply; portability where consent or a contract is the basis (Art. 20(1)); the right
    /// to object where legitimate interests or a public task is the basis, or for direct
    /// marketing (Art. 21); the Art. 22 rights where a decision is based solely on automated
    /// processing with legal or similarly significant effects; withdrawal wherever consent is
    /// relied on (Art. 7(3)). The page and every export list exactly these.
    pub fn rights_given(&self) -> Vec<&'static str> {
        let listed = |id: &str| {
            self.rights
                .as_ref()
                .is_some_and(|r| r.listed.iter().any(|t| t.id == id))
        };
        RIGHTS_IN_ORDER
            .into_iter()
            .filter(|id| {
                listed(id)
                    || match *id {
                        "portability" => self.uses_basis("consent") || self.uses_basis("contract"),
                        "objection" => self.purposes.iter().any(|p| p.objectable() || p.direct_marketing),
                        "automated_decisions" => self
                            .automated_decisions
                            .iter()
                            .any(|d| d.solely_automated && d.significant_effects),
                        "withdraw_consent" => self.purposes.iter().any(Purpose::consent_based),
                        _ => true,
                    }
            })
            .collect()
    }

    /// The statements of a kind (a statement-kind id such as `no_sale`).
    pub fn statements_of(&self, kind: &str) -> Vec<&Statement> {
        self.statements.iter().filter(|s| s.kind.id == kind).collect()
    }
}
