//! Who is responsible and how to reach them: controller, joint controllers, representative, DPO.

use super::Cx;

/// Runs the identity rules.
pub(super) fn run(cx: &mut Cx<'_>) {
    controller_identity(cx);
}

/// GDPR-13-1-a: the controller's identity and contact details (Art. 13(1)(a), 14(1)(a)).
fn controller_identity(cx: &mut Cx<'_>) {
    let Some(controller) = &cx.policy.controller else {
        let d = cx
            .finding(
                "GDPR-13-1-a",
                cx.header(),
                "the notice does not say who the controller is",
                "no `controller` declaration",
            )
            .with_help(
                "add `controller <id> { name \"…\" address \"…\" email \"…\" }` with the legal entity responsible",
            );
        cx.report(cx.policy_target(), d);
        return;
    };
    let target = format!("controller/{}", controller.id);
    let span = cx.decl("controller", &controller.id);
    let mut missing = Vec::new();
    if controller.name.is_none() {
        missing.push("its legal name (`name`)");
    }
    if controller.address.is_none() {
        missing.push("a postal address (`address`)");
    }
    if controller.email.is_none() && controller.phone.is_none() && controller.contact_form.is_none() {
        missing.push("a direct contact (`email`, `phone` or `contact_form`)");
    }
    if !missing.is_empty() {
        let d = cx
            .finding(
                "GDPR-13-1-a",
                span,
                "the controller's identity or contact details are incomplete",
                "missing details",
            )
            .with_note(format!("missing: {}", missing.join(", ")))
            .with_help("people must be able to tell who is responsible and reach them directly");
        cx.report(target, d);
    }
}
