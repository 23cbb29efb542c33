//! Waivers: `allow CODE "reason"` on a declaration silences that rule's findings about it.
//! A waiver of an unknown rule is an error; a waiver that silences nothing is a warning.

use super::rule;
use crate::diagnostics::Diagnostic;
use crate::model::Policy;

/// Drops waived findings and reports waivers that are wrong or unused.
pub(super) fn apply(policy: &Policy, findings: Vec<(String, Diagnostic)>) -> Vec<Diagnostic> {
    let mut used = vec![false; policy.waivers.len()];
    let mut out = Vec::new();
    for (target, diagnostic) in findings {
        let waiver = policy
            .waivers
            .iter()
            .position(|w| w.target == target && w.code.eq_ignore_ascii_case(diagnostic.code));
        match waiver {
            Some(i) => {
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
            }
            None => out.push(diagnostic),
        }
    }
    for (waiver, used) in policy.waivers.iter().zip(used) {
        if rule(&waiver.code).is_none() {
            let help = crate::suggest::did_you_mean(&waiver.code, super::rules().iter().map(|r| r.code.as_str()))
                .unwrap_or_else(|| "`policyc rules` lists every rule".to_string());
            out.push(
                Diagnostic::error(
                    "E0401",
                    format!("no rule `{}` to waive", waiver.code),
                    waiver.span,
                    "unknown rule",
                )
                .with_help(help),
            );
        } else if !used {
            out.push(
                Diagnostic::warning(
                    "E0402",
                    format!("this waiver of `{}` waives nothing", waiver.code),
                    waiver.span,
                    "no such finding here",
                )
                .with_help("remove it: the rule finds nothing to report about this declaration"),
            );
        }
    }
    out
}
