//! GDPR-27-2-EXEMPT: a controller outside the Union that designates no representative relies on
//! one of the two narrow grounds of Art. 27(2), and the policy's own facts do not contradict it.

use super::Cx;

/// Checks the stated ground against the processing described.
pub(super) fn exemption_ground(cx: &mut Cx<'_>, ground: &str) {
    let p = cx.policy;
    let field = cx.field("policy", &p.id, "representative_exemption");
    let reason = match ground {
        "public_authority" if !p.public_authority => {
            "the policy does not say the controller is a public authority or body (`public_authority true`)".to_string()
        }
        "occasional" => {
            let sensitive = p
                .data
                .iter()
                .find(|d| (d.class == "special" || d.class == "criminal") && !d.used_by.is_empty());
            let monitoring = p.purposes.iter().find(|u| {
                cx.builtins
                    .vocab
                    .purpose_kinds
                    .get(&u.kind.id)
                    .is_some_and(|t| t.monitoring)
            });
            if let Some(d) = sensitive {
                format!(
                    "the policy processes {} data (`{}`), which the ground excludes when large-scale and makes a risk likely",
                    d.class, d.id
                )
            } else if p.large_scale {
                "the policy says processing is on a large scale (`large_scale true`), which is not occasional"
                    .to_string()
            } else if let Some(u) = monitoring {
                format!(
                    "purpose `{}` monitors people's behaviour, a regular activity rather than an occasional one",
                    u.id
                )
            } else {
                return;
            }
        }
        _ => return,
    };
    let d = cx
        .finding(
            "GDPR-27-2-EXEMPT",
            field,
            format!("the exemption from designating a representative (`{ground}`) does not fit the processing described"),
            "Art. 27(2) ground",
        )
        .with_note(reason)
        .with_help("designate a representative in the Union (`representative <id> { … }`), or correct the facts the ground rests on");
    cx.report(cx.policy_target(), d);
}

/// A waiver of GDPR-13-1-a-REP on the controller without an Art. 27(2) ground stated.
pub(super) fn waiver_without_ground(cx: &mut Cx<'_>, controller: &str) {
    let target = format!("controller/{controller}");
    let Some(waiver) = cx
        .policy
        .waivers
        .iter()
        .find(|w| w.target == target && w.code.eq_ignore_ascii_case("GDPR-13-1-a-REP"))
    else {
        return;
    };
    let d = cx
        .finding(
            "GDPR-27-2-EXEMPT",
            waiver.span,
            "the missing representative is waived without an Art. 27(2) ground",
            "waiver without a legal ground",
        )
        .with_note("only occasional, low-risk processing without large-scale Art. 9 or 10 data, or a public authority, is exempt")
        .with_help("replace the waiver with `representative_exemption occasional` (or `public_authority`) in the policy, if one of the grounds really applies");
    cx.report(cx.policy_target(), d);
}
