//! Storage periods in words (Art. 13(2)(a)).

use crate::i18n::Arg;
use crate::model::Retention;
use crate::render::doc::{Line, text};
use crate::render::tr::Tr;

/// The storage period as lines: the period itself, then the law that sets it and the author's remark.
pub fn lines(tr: &Tr, retention: &Retention) -> Vec<Line> {
    let mut out = Vec::new();
    let mut law = None;
    let mut note = None;
    match retention {
        Retention::Period {
            period,
            after,
            law: l,
            note: n,
        } => {
            let duration = Arg::from(tr.duration(period));
            out.push(text(match after {
                Some(event) => tr.f(&format!("retention-after-{}", event.id), &[("duration", duration)]),
                None => tr.f("retention-period", &[("duration", duration)]),
            }));
            law = tr.opt(l.as_ref());
            note = tr.opt(n.as_ref());
        }
        Retention::Until { event, note: n } => {
            out.push(text(tr.t(&format!("retention-until-{}", event.id))));
            note = tr.opt(n.as_ref());
        }
        Retention::Criteria { criteria, law: l } => {
            out.push(text(
                tr.f("retention-criteria", &[("criteria", Arg::from(tr.text(criteria)))]),
            ));
            law = tr.opt(l.as_ref());
        }
        Retention::AsLongAsNecessary { note: n } => {
            out.push(text(tr.t("retention-as-long-as-necessary")));
            note = tr.opt(n.as_ref());
        }
        Retention::Indefinite { note: n } => {
            out.push(text(tr.t("retention-indefinite")));
            note = tr.opt(n.as_ref());
        }
    }
    if let Some(law) = law {
        out.push(text(tr.f("retention-law", &[("law", Arg::from(law))])));
    }
    if let Some(note) = note {
        out.push(text(note));
    }
    out
}

/// The storage period, or "Not stated".
pub fn or_not_stated(tr: &Tr, retention: Option<&Retention>) -> Vec<Line> {
    match retention {
        Some(r) => lines(tr, r),
        None => vec![text(tr.t("value-not-stated"))],
    }
}
