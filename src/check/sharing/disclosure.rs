//! Disclosures that a notice's own claims play down: "we do not sell" next to data handed to
//! others for their own marketing, and remote access to devices that hold other people's data.

use crate::check::Cx;

/// LINT-SELL-SHARE: a notice that says it does not sell personal data, but gives it to
/// independent controllers for marketing.
pub(super) fn sell_share(cx: &mut Cx<'_>) {
    let p = cx.policy;
    let Some(claim) = p.statements_of("no_sale").into_iter().next() else {
        return;
    };
    for r in &p.recipients {
        if !matches!(r.role.id.as_str(), "controller" | "joint_controller") {
            continue;
        }
        let marketing: Vec<&str> = r
            .purposes
            .iter()
            .filter(|id| {
                p.purposes
                    .iter()
                    .any(|u| &u.id == *id && (u.direct_marketing || u.kind.id == "advertising"))
            })
            .map(String::as_str)
            .collect();
        let Some(first) = marketing.first() else { continue };
        let span = cx.field("recipient", &r.id, "purposes");
        let d = cx
            .finding(
                "LINT-SELL-SHARE",
                cx.find_phrase(span, first).unwrap_or(span),
                format!("the notice says it does not sell data, but gives it to `{}` for marketing", r.id),
                "shared for marketing",
            )
            .with_secondary(cx.field("statement", &claim.id, "text"), "the no-sale claim")
            .with_note("handing data to another controller for its own promotions is a disclosure people should see plainly, whatever it is called")
            .with_help("say plainly who receives the data for marketing and for what, and qualify or remove the no-sale claim");
        cx.report(format!("recipient/{}", r.id), d);
    }
}

/// LINT-THIRDPARTY-DATA: remote access to people's devices reaches other people's data too
/// (Art. 14, 28).
pub(super) fn remote_access(cx: &mut Cx<'_>) {
    let p = cx.policy;
    for u in &p.purposes {
        if u.remote_access != Some(true) {
            continue;
        }
        let covered = u.data.iter().any(|id| {
            p.data
                .iter()
                .any(|d| &d.id == id && d.source.as_ref().is_some_and(|s| s.art14))
        });
        if covered {
            continue;
        }
        let d = cx
            .finding(
                "LINT-THIRDPARTY-DATA",
                cx.field("purpose", &u.id, "remote_access"),
                format!("purpose `{}` accesses devices that hold other people's data", u.id),
                "remote access",
            )
            .with_note("files, contacts and messages on a device are often about people other than its owner; for them the data is not obtained from the person (Art. 14)")
            .with_help("declare the data of others seen during remote sessions (with `source third_party`) and say what you do with it, or that you act as the customer's processor");
        cx.report(format!("purpose/{}", u.id), d);
    }
}
