//! Claims a notice makes that its own content contradicts: a procedure it says it sets out, and
//! tracking it calls anonymous.

use super::lints::statement_span;
use crate::check::Cx;

/// LINT-BREACH-REF: a statement that refers to a procedure "set out in this notice" that the
/// notice does not give (Art. 12(1), 34).
pub(super) fn missing_procedure(cx: &mut Cx<'_>) {
    for s in &cx.policy.statements {
        if s.refers_to_procedure != Some(true) || s.procedure.is_some() {
            continue;
        }
        let d = cx
            .finding(
                "LINT-BREACH-REF",
                cx.field("statement", &s.id, "refers_to_procedure"),
                format!(
                    "the statement `{}` refers to a procedure the notice does not give",
                    s.id
                ),
                "procedure referred to",
            )
            .with_secondary(statement_span(cx, &s.id), "the statement")
            .with_note("people are sent to a part of the notice that does not exist")
            .with_help(
                "describe the procedure in `procedure { … }` (who is told, how and when), or remove the reference",
            );
        cx.report(format!("statement/{}", s.id), d);
    }
}

/// LINT-ANON-TRACKING: analytics and advertising trackers are not anonymous: they single out a
/// browser or device (Art. 4(1), Recital 30).
pub(super) fn anonymous_tracking(cx: &mut Cx<'_>) {
    for c in &cx.policy.cookies {
        if c.called_anonymous != Some(true) || c.category.id == "strictly_necessary" {
            continue;
        }
        let who = c.provider.as_ref().map(|p| format!(" set by {p}")).unwrap_or_default();
        let d = cx
            .finding(
                "LINT-ANON-TRACKING",
                cx.field("cookie", &c.id, "called_anonymous"),
                format!("the notice calls the {} tracker `{}`{who} anonymous", c.category.id, c.id),
                "tracking is not anonymous",
            )
            .with_note("a tracker recognises a browser or device across visits through an identifier: that is personal data, even without a name")
            .with_help("describe what the tracker collects and who receives it, and remove `called_anonymous true`");
        cx.report(format!("cookie/{}", c.id), d);
    }
}
