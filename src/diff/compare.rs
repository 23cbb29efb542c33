//! The comparison driver and the comparators every section shares: author texts, literals,
//! flags, sets of ids, retention periods and tracker lifetimes.

use super::{Change, Kind, Materiality, Side, Value};
use crate::model::{Duration, Lifetime, Policy, Retention, Text, TextList, Unit};
use crate::source::Span;
use serde::Serialize;
use std::cmp::Ordering;

use Materiality::{Cosmetic, Material};

/// Every change between `old` and `new`, unsorted.
pub(super) fn compare(old: &Policy, new: &Policy) -> Vec<Change> {
    let (old, renames) = super::rename::apply(old, new);
    let mut diff = Diff {
        old: &old,
        new,
        changes: Vec::new(),
    };
    for (decl, from, to) in renames {
        let at = At::new(decl, &to);
        diff.push(
            Kind::Renamed,
            Cosmetic,
            &at,
            None,
            Some(Value::Id(from)),
            Some(Value::Id(to)),
        );
    }
    super::parties::compare(&mut diff);
    super::processing::compare(&mut diff);
    super::notice::compare(&mut diff);
    diff.changes
}

/// Both versions and the changes found so far.
pub(super) struct Diff<'a> {
    pub(super) old: &'a Policy,
    pub(super) new: &'a Policy,
    pub(super) changes: Vec<Change>,
}

/// A declaration being compared: its keyword and id.
#[derive(Debug, Clone)]
pub(super) struct At {
    pub(super) decl: &'static str,
    pub(super) id: String,
}

impl At {
    pub(super) fn new(decl: &'static str, id: &str) -> At {
        At {
            decl,
            id: id.to_string(),
        }
    }
}

/// Where a declaration (or one of its fields) is written in one version, if it is there.
pub(super) fn span_in(policy: &Policy, at: &At, field: Option<&str>) -> Option<Span> {
    let key = format!("{}/{}", at.decl, at.id);
    let decl = if at.decl == "policy" {
        Some(policy.locations.policy)
    } else {
        policy.locations.decls.get(&key).copied()
    }?;
    let field = field.and_then(|f| policy.locations.fields.get(&format!("{key}/{}", f.replace('.', "/"))));
    Some(field.copied().unwrap_or(decl))
}

impl Diff<'_> {
    /// Records a change, located in the new version when the declaration is there.
    pub(super) fn push(
        &mut self,
        kind: Kind,
        materiality: Materiality,
        at: &At,
        field: Option<&'static str>,
        old: Option<Value>,
        new: Option<Value>,
    ) {
        let (side, span) = match span_in(self.new, at, field) {
            Some(span) => (Side::New, span),
            None => (
                Side::Old,
                span_in(self.old, at, field).unwrap_or(self.old.locations.policy),
            ),
        };
        self.changes.push(Change {
            kind,
            materiality,
            decl: at.decl,
            id: at.id.clone(),
            field,
            old,
            new,
            side,
            span,
        });
    }

    /// An author text: any difference is cosmetic rewording.
    pub(super) fn text(&mut self, at: &At, field: &'static str, old: Option<&Text>, new: Option<&Text>) {
        if old != new {
            let (o, n) = (old.cloned().map(Value::Text), new.cloned().map(Value::Text));
            self.push(Kind::TextChanged, Cosmetic, at, Some(field), o, n);
        }
    }

    /// Lists of author words, compared as sets per language; a list that grows in some language
    /// is `data_items_added` (material), any other difference is rewording.
    pub(super) fn text_list(&mut self, at: &At, field: &'static str, old: Option<&TextList>, new: Option<&TextList>) {
        let sets = |l: Option<&TextList>| {
            l.map(|l| {
                l.iter()
                    .map(|(lang, items)| {
                        let mut items = items.clone();
                        items.sort();
                        items.dedup();
                        (lang.clone(), items)
                    })
                    .collect::<TextList>()
            })
        };
        let (o, n) = (sets(old), sets(new));
        if o == n {
            return;
        }
        let grew = match (&o, &n) {
            (Some(o), Some(n)) => n
                .iter()
                .any(|(lang, items)| o.get(lang).is_some_and(|before| items.len() > before.len())),
            _ => false,
        };
        let kind = if grew && at.decl == "data" {
            Kind::DataItemsAdded
        } else {
            Kind::TextChanged
        };
        let materiality = if kind == Kind::DataItemsAdded {
            Material
        } else {
            Cosmetic
        };
        let (o, n) = (old.cloned().map(Value::TextList), new.cloned().map(Value::TextList));
        self.push(kind, materiality, at, Some(field), o, n);
    }

    /// A literal value (a name, address, e-mail, web address, code).
    pub(super) fn literal(
        &mut self,
        kind: Kind,
        materiality: Materiality,
        at: &At,
        field: &'static str,
        old: Option<&String>,
        new: Option<&String>,
    ) {
        if old != new {
            let (o, n) = (old.cloned().map(Value::Literal), new.cloned().map(Value::Literal));
            self.push(kind, materiality, at, Some(field), o, n);
        }
    }

    /// A yes/no fact, `None` meaning not stated.
    pub(super) fn flag(
        &mut self,
        kind: Kind,
        materiality: Materiality,
        at: &At,
        field: &'static str,
        old: Option<bool>,
        new: Option<bool>,
    ) {
        if old != new {
            self.push(
                kind,
                materiality,
                at,
                Some(field),
                old.map(Value::Bool),
                new.map(Value::Bool),
            );
        }
    }

    /// A set of ids or codes: one change for the members added (in `new`) and one for those
    /// removed (in `old`), each with its own kind and materiality.
    pub(super) fn ids(
        &mut self,
        at: &At,
        field: &'static str,
        old: &[String],
        new: &[String],
        added: Effect,
        removed: Effect,
    ) {
        let (gone, came) = set_difference(old, new);
        if !came.is_empty() {
            self.push(added.0, added.1, at, Some(field), None, Some(Value::Ids(came)));
        }
        if !gone.is_empty() {
            self.push(removed.0, removed.1, at, Some(field), Some(Value::Ids(gone)), None);
        }
    }

    /// Retention: longer is material, shorter cosmetic, a change of how it is counted material,
    /// a change only in its remarks cosmetic.
    pub(super) fn retention(&mut self, at: &At, field: &'static str, old: Option<&Retention>, new: Option<&Retention>) {
        if same(&old, &new) {
            return;
        }
        let (kind, materiality) = match (old, new) {
            (Some(o), Some(n)) => match compare_retention(o, n) {
                Some(Ordering::Greater) => (Kind::RetentionLonger, Material),
                Some(Ordering::Less) => (Kind::RetentionShorter, Cosmetic),
                Some(Ordering::Equal) => (Kind::TextChanged, Cosmetic),
                None => (Kind::RetentionChanged, Material),
            },
            _ => (Kind::RetentionChanged, Material),
        };
        let (o, n) = (old.cloned().map(Value::Retention), new.cloned().map(Value::Retention));
        self.push(kind, materiality, at, Some(field), o, n);
    }

    /// A tracker's lifetime: longer is material, shorter cosmetic.
    pub(super) fn lifetime(&mut self, at: &At, old: Option<&Lifetime>, new: Option<&Lifetime>) {
        if same(&old, &new) {
            return;
        }
        let rank = |l: &Lifetime| match l {
            Lifetime::Session => Some(Duration::new(0, Unit::Hours)),
            Lifetime::Duration { duration } => Some(*duration),
        };
        let ordering = match (old.and_then(rank), new.and_then(rank)) {
            (Some(o), Some(n)) => Some(compare_durations(&n, &o)),
            _ => None,
        };
        let (kind, materiality) = match ordering {
            Some(Ordering::Greater) => (Kind::LifetimeLonger, Material),
            Some(Ordering::Less) => (Kind::LifetimeShorter, Cosmetic),
            _ => (Kind::DetailChanged, Material),
        };
        let (o, n) = (old.cloned().map(Value::Lifetime), new.cloned().map(Value::Lifetime));
        self.push(kind, materiality, at, Some("lifetime"), o, n);
    }
}

/// The kind and materiality of one direction of a set change.
pub(super) type Effect = (Kind, Materiality);

/// Whether two model values are the same (model types compare through their JSON form, which
/// holds every field that matters and no source location).
pub(super) fn same<T: Serialize>(a: &T, b: &T) -> bool {
    serde_json::to_value(a).ok() == serde_json::to_value(b).ok()
}

/// The members only in `old` and only in `new`, each sorted and without repeats.
pub(super) fn set_difference(old: &[String], new: &[String]) -> (Vec<String>, Vec<String>) {
    let set = |v: &[String]| v.iter().cloned().collect::<std::collections::BTreeSet<String>>();
    let (o, n) = (set(old), set(new));
    (o.difference(&n).cloned().collect(), n.difference(&o).cloned().collect())
}

/// Matches declarations by id: (only in old, only in new, in both), each sorted by id.
pub(super) fn matched<'x, T>(old: &'x [T], new: &'x [T], id: fn(&T) -> &str) -> Matched<'x, T> {
    let mut gone: Vec<&T> = old.iter().filter(|o| !new.iter().any(|n| id(n) == id(o))).collect();
    let mut came: Vec<&T> = new.iter().filter(|n| !old.iter().any(|o| id(n) == id(o))).collect();
    let mut both: Vec<(&T, &T)> = old
        .iter()
        .filter_map(|o| new.iter().find(|n| id(n) == id(o)).map(|n| (o, n)))
        .collect();
    gone.sort_by(|a, b| id(a).cmp(id(b)));
    came.sort_by(|a, b| id(a).cmp(id(b)));
    both.sort_by(|a, b| id(a.0).cmp(id(b.0)));
    Matched { gone, came, both }
}

/// Declarations matched by id.
pub(super) struct Matched<'x, T> {
    /// Only in the old version.
    pub(super) gone: Vec<&'x T>,
    /// Only in the new version.
    pub(super) came: Vec<&'x T>,
    /// In both: (old, new).
    pub(super) both: Vec<(&'x T, &'x T)>,
}

/// How `new` compares with `old` in length; `None` when they cannot be compared (a different
/// starting event, or a different form).
fn compare_retention(old: &Retention, new: &Retention) -> Option<Ordering> {
    use Retention as R;
    match (old, new) {
        (R::Indefinite { .. }, R::Indefinite { .. }) => Some(Ordering::Equal),
        (_, R::Indefinite { .. }) => Some(Ordering::Greater),
        (R::Indefinite { .. }, _) => Some(Ordering::Less),
        (
            R::Period {
                period: p, after: a, ..
            },
            R::Period {
                period: q, after: b, ..
            },
        ) if a == b => Some(compare_durations(q, p)),
        (R::Until { event: a, .. }, R::Until { event: b, .. }) if a == b => Some(Ordering::Equal),
        (R::Criteria { .. }, R::Criteria { .. }) | (R::AsLongAsNecessary { .. }, R::AsLongAsNecessary { .. }) => {
            Some(Ordering::Equal)
        }
        _ => None,
    }
}

/// Compares durations exactly where the units convert exactly (years and months; weeks, days
/// and hours), else by their approximate length in days.
pub(super) fn compare_durations(a: &Duration, b: &Duration) -> Ordering {
    fn months(d: &Duration) -> Option<u64> {
        match d.unit {
            Unit::Years => Some(u64::from(d.amount) * 12),
            Unit::Months => Some(u64::from(d.amount)),
            _ => None,
        }
    }
    fn hours(d: &Duration) -> Option<u64> {
        match d.unit {
            Unit::Weeks => Some(u64::from(d.amount) * 7 * 24),
            Unit::Days => Some(u64::from(d.amount) * 24),
            Unit::Hours => Some(u64::from(d.amount)),
            _ => None,
        }
    }
    match (months(a), months(b), hours(a), hours(b)) {
        (Some(x), Some(y), _, _) | (_, _, Some(x), Some(y)) => x.cmp(&y),
        _ => a.approx_days().cmp(&b.approx_days()),
    }
}
