//! Which data-subject rights a notice gives, the same way for every export.

use crate::model::Policy;
use crate::model::RIGHTS_IN_ORDER;

/// The ids of the rights (vocabulary `rights`) the notice gives people: those it lists, or,
/// when it lists none, those its legal bases and processing bring. Empty without a `rights`
/// declaration: the exports then claim no right the notice does not state.
pub(super) fn given(policy: &Policy) -> Vec<&'static str> {
    let Some(rights) = &policy.rights else {
        return Vec::new();
    };
    if !rights.listed.is_empty() {
        let mentions_complaint = rights.complaint == Some(true);
        return RIGHTS_IN_ORDER
            .into_iter()
            .filter(|id| rights.listed.iter().any(|t| t.id == *id) || (*id == "complaint" && mentions_complaint))
            .collect();
    }
    let uses = |basis: &str| policy.uses_basis(basis);
    RIGHTS_IN_ORDER
        .into_iter()
        .filter(|id| match *id {
            "portability" => uses("consent") || uses("contract"),
            "objection" => {
                uses("legitimate_interests")
                    || uses("public_task")
                    || policy.purposes.iter().any(|p| p.direct_marketing)
            }
            "automated_decisions" => policy.automated_decisions.iter().any(|a| a.solely_automated),
            "withdraw_consent" => uses("consent"),
            "complaint" => rights.complaint != Some(false),
            _ => true,
        })
        .collect()
}
