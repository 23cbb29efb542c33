//! Who receives personal data and how it leaves the EU/EEA: recipients (Art. 13(1)(e)) and
//! international transfers (Art. 13(1)(f), Art. 44–49).

mod disclosure;
mod recipients;
mod safeguards;
mod transfers;

use super::Cx;

/// Runs the sharing rules.
pub(super) fn run(cx: &mut Cx<'_>) {
    recipients::recipients_declared(cx);
    recipients::purposes_needing_recipients(cx);
    disclosure::sell_share(cx);
    disclosure::remote_access(cx);
    transfers::transfer_intent(cx);
    transfers::direct_collection(cx);
    for i in 0..cx.policy.transfers.len() {
        if let Some(t) = cx.policy.transfers.get(i) {
            transfers::transfer_ground(cx, t);
            transfers::transfer_country(cx, t);
            transfers::adequacy_listed(cx, t);
            transfers::us_data_privacy_framework(cx, t);
            transfers::adequacy_scope(cx, t);
            transfers::adequacy_dated(cx, t);
            transfers::safeguard_copy(cx, t);
            transfers::scc_version(cx, t);
            transfers::bcr_approval(cx, t);
            transfers::derogation(cx, t);
            safeguards::impact_assessment(cx, t);
        }
    }
    for i in 0..cx.policy.recipients.len() {
        if let Some(r) = cx.policy.recipients.get(i) {
            recipients::recipient_category(cx, r);
            recipients::recipient_role(cx, r);
        }
    }
}
