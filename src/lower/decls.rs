//! Dispatch from a declaration keyword to its header shape and its lowering function.

use super::ctx::Ctx;
use super::{Decl, Part, header, notice, parties, processing};
use crate::model::Policy;
use crate::syntax::Entry;

/// The header shape of each declaration: whether it takes an identifier and a kind.
fn shape(keyword: &str) -> (Part, Part) {
    use Part::{Forbidden, Optional, Required};
    match keyword {
        "controller" | "representative" | "dpo" => (Optional, Forbidden),
        "data" | "purpose" | "recipient" | "cookie" | "statement" => (Required, Required),
        "rights" | "cookies" | "security" | "changes" => (Forbidden, Forbidden),
        // joint_controller, transfer, automated_decision, revision
        _ => (Required, Forbidden),
    }
}

/// Reads the header of a (known) declaration.
pub(super) fn header_for<'e>(ctx: &mut Ctx<'_>, entry: &'e Entry) -> Decl<'e> {
    let (id, kind) = shape(&entry.name.text);
    header(ctx, entry, id, kind)
}

/// Whether a declaration lacks the identifier its header requires (reported by `header`).
pub(super) fn needs_id(decl: &Decl<'_>) -> bool {
    decl.id.is_none() && shape(&decl.keyword.text).0 == Part::Required
}

/// Lowers a declaration's body into the policy.
pub(super) fn lower_body(ctx: &mut Ctx<'_>, decl: &Decl<'_>, policy: &mut Policy) {
    match decl.keyword.text.as_str() {
        "controller" => policy.controller = Some(parties::party(ctx, decl)),
        "representative" => policy.representative = Some(parties::party(ctx, decl)),
        "dpo" => policy.dpo = Some(parties::party(ctx, decl)),
        "joint_controller" => policy.joint_controllers.push(parties::joint_controller(ctx, decl)),
        "data" => policy.data.extend(processing::data(ctx, decl)),
        "purpose" => policy.purposes.extend(processing::purpose(ctx, decl)),
        "recipient" => policy.recipients.extend(notice::recipient(ctx, decl)),
        "transfer" => policy.transfers.push(notice::transfer(ctx, decl)),
        "automated_decision" => policy.automated_decisions.push(notice::automated_decision(ctx, decl)),
        "rights" => policy.rights = Some(notice::rights(ctx, decl)),
        "cookies" => policy.cookie_consent = Some(notice::cookie_consent(ctx, decl)),
        "cookie" => policy.cookies.extend(notice::cookie(ctx, decl)),
        "security" => policy.security = Some(notice::security(ctx, decl)),
        "changes" => policy.changes = Some(notice::changes(ctx, decl)),
        "statement" => policy.statements.extend(notice::statement(ctx, decl)),
        "revision" => policy.revisions.push(notice::revision(ctx, decl)),
        // `policy` and `include` are handled before, unknown keywords reported before.
        _ => {}
    }
}
