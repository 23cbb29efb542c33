//! Remedies beyond the supervisory authority: the right to go to court (Art. 79).

use super::requests::{rights_field, rights_target};
use crate::check::Cx;

/// GDPR-79-INFO: the notice mentions the right to an effective judicial remedy (Art. 79). Not an
/// Art. 13 item, so only advice.
pub(super) fn judicial_remedy(cx: &mut Cx<'_>) {
    let Some(rights) = &cx.policy.rights else { return };
    if rights.court == Some(true) {
        return;
    }
    let span = if rights.court == Some(false) {
        rights_field(cx, "court")
    } else {
        cx.decl("rights", "rights")
    };
    let d = cx
        .finding(
            "GDPR-79-INFO",
            span,
            "the notice does not mention the right to go to court",
            "no judicial remedy mentioned",
        )
        .with_note("people may take a controller to court in the member state where it is established or where they live, besides complaining to an authority")
        .with_help("say so in the notice, and write `court true` in `rights`");
    cx.report(rights_target(), d);
}
