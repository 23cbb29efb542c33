//! Resolution: every reference names a declaration of the right kind; inverse links computed.

use super::ctx::Ctx;
use crate::diagnostics::Diagnostic;
use crate::model::Policy;
use crate::suggest;

/// Checks every pending reference and fills the computed links of the model.
pub(super) fn resolve(ctx: &mut Ctx<'_>, policy: &mut Policy) {
    // Declared names, not the model's: a declaration dropped for an unknown kind was reported
    // for its kind, and naming it elsewhere is no second mistake.
    let declared = std::mem::take(&mut ctx.declared);
    let ids_of = |keyword: &str| -> Vec<&str> {
        declared
            .get(keyword)
            .map(|ids| ids.iter().map(String::as_str).collect())
            .unwrap_or_default()
    };
    let data = ids_of("data");
    let purposes = ids_of("purpose");
    let recipients = ids_of("recipient");
    let refs = std::mem::take(&mut ctx.refs);
    for r in &refs {
        let ids = match r.target {
            "data" => &data,
            "purpose" => &purposes,
            _ => &recipients,
        };
        if declared.get(r.target).is_some_and(|set| set.contains(&r.word.text)) {
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
