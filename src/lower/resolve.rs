//! Resolution: every reference names a declaration of the right kind; inverse links computed.

use super::ctx::Ctx;
use crate::diagnostics::Diagnostic;
use crate::model::Policy;
use crate::suggest;

/// Checks every pending reference and fills the computed links of the model.
pub(super) fn resolve(ctx: &mut Ctx<'_>, policy: &mut Policy) {
    let data: Vec<&str> = policy.data.iter().map(|d| d.id.as_str()).collect();
    let purposes: Vec<&str> = policy.purposes.iter().map(|p| p.id.as_str()).collect();
    let recipients: Vec<&str> = policy.recipients.iter().map(|r| r.id.as_str()).collect();
    let refs = std::mem::take(&mut ctx.refs);
    for r in &refs {
        let ids = match r.target {
            "data" => &data,
            "purpose" => &purposes,
            _ => &recipients,
        };
        if ids.contains(&r.word.text.as_str()) {
            continue;
        }
        let what = if r.target == "data" { "data category" } else { r.target };
        let mut d = Diagnostic::error(
            "E0200",
            format!("no {what} named `{}`", r.word.text),
            r.word.span,
            format!("not a declared {what}"),
        );
        d = match suggest::did_you_mean(&r.word.text, ids.iter().copied()) {
            Some(help) => d.with_help(help),
            None if r.target == "data" && ctx.builtins.vocab.data_kinds.get(&r.word.text).is_some() => {
                d.with_help(format!(
                    "`{0}` is a built-in data kind; declare the category first: `data {0} : {0} {{ … }}`",
                    r.word.text
                ))
            }
            None => d.with_help(format!(
                "declare it with `{} {} … {{ … }}`, or use one of the declared ones",
                r.target, r.word.text
            )),
        };
        ctx.push(d);
    }

    for data in &mut policy.data {
        data.used_by = policy
            .purposes
            .iter()
            .filter(|p| p.data.contains(&data.id))
            .map(|p| p.id.clone())
            .collect();
    }
    for purpose in &mut policy.purposes {
        purpose.recipients = policy
            .recipients
            .iter()
            .filter(|r| r.purposes.contains(&purpose.id))
            .map(|r| r.id.clone())
            .collect();
    }
}
