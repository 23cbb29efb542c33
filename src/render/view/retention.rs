//! Storage periods in words (Art. 13(2)(a)).

use crate::i18n::{Arg, Catalog};
use crate::model::{Retention, Text};
use crate::render::doc::{Line, text};
use crate::render::tr::Tr;

/// The storage period in the notice's words, without the law that sets it and the author's
/// remark; `criteria` gives the author's criteria in the output's language and form. The
/// changelog of `policyc diff` words periods with it too, so that both say the same.
pub fn period(catalog: &Catalog, retention: &Retention, criteria: impl FnOnce(&Text) -> String) -> String {
    match retention {
        Retention::Period { period, after, .. } => {
            let duration = Arg::from(catalog.duration(period));
            match after {
                Some(event) => catalog.format(&format!("retention-after-{}", event.id), &[("duration", duration)]),
                None => catalog.format("retention-period", &[("duration", duration)]),
            }
        }
        Retention::Until { event, .. } => catalog.text(&format!("retention-until-{}", event.id)),
        Retention::Criteria { criteria: c, .. } => {
            catalog.format("retention-criteria", &[("criteria", Arg::from(criteria(c)))])
        }
        Retention::AsLongAsNecessary { .. } => catalog.text("retention-as-long-as-necessary"),
        Retention::Indefinite { .. } => catalog.text("retention-indefinite"),
    }
}

/// The storage period as lines: the period itself, then the law that sets it and the author's remark.
pub fn lines(tr: &Tr, retention: &Retention) -> Vec<Line> {
    let (law, note) = match retention {
        Retention::Period { law, note, .. } => (law.as_ref(), note.as_ref()),
        Retention::Criteria { law, .. } => (law.as_ref(), None),
        Retention::Until { note, .. } | Retention::AsLongAsNecessary { note } | Retention::Indefinite { note } => {
            (None, note.as_ref())
        }
    };
    let mut out = vec![text(period(tr.catalog, retention, |c| tr.text(c)))];
    if let Some(law) = tr.opt(law) {
        out.push(text(tr.f("retention-law", &[("law", Arg::from(law))])));
    }
    if let Some(note) = tr.opt(note) {
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
