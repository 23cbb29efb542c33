//! TILT's per-category parts: `dataDisclosed` (purposes, legal bases, legitimate interests,
//! recipients, storage, what happens if the data is not given) and `sources`.

use super::super::text::{join, pick_list};
use super::Cx;
use crate::model::{Basis, DataCategory, Purpose, Retention, Term};
use serde_json::{Map, Value, json};

impl Cx<'_> {
    /// A category's name in TILT: the author's description, else its items, else its id.
    fn category_label(&self, d: &DataCategory) -> String {
        let description = self.text(d.description.as_ref());
        if !description.is_empty() {
            return description;
        }
        let items = pick_list(d.items.as_ref(), self.lang);
        if items.is_empty() {
            d.id.clone()
        } else {
            items.join(", ")
        }
    }

    pub(super) fn disclosed(&self, d: &DataCategory) -> Value {
        let purposes: Vec<&Purpose> = self.policy.purposes.iter().filter(|p| p.data.contains(&d.id)).collect();
        let mut legal_bases = Vec::new();
        let mut interests = Vec::new();
        for p in &purposes {
            for b in &p.bases {
                push_new(
                    &mut legal_bases,
                    json!({ "reference": reference(&b.kind), "description": self.text(b.law.as_ref()) }),
                );
                if b.kind.id == "legitimate_interests" {
                    push_new(&mut interests, self.interest(b));
                }
            }
            if let Some(c) = &p.condition {
                push_new(
                    &mut legal_bases,
                    json!({ "reference": reference(&c.kind), "description": self.text(c.law.as_ref()) }),
                );
            }
        }
        let recipients: Vec<Value> = self
            .policy
            .recipients
            .iter()
            .filter(|r| r.data.contains(&d.id))
            .map(|r| {
                let mut v = Map::new();
                let category = self.text(r.category.as_ref());
                v.insert(
                    "category".into(),
                    json!(if category.is_empty() {
                        r.role.id.clone()
                    } else {
                        category
                    }),
                );
                if let Some(name) = &r.name {
                    v.insert("name".into(), json!(name));
                }
                if let Some(country) = r.locations.first() {
                    v.insert("country".into(), json!(country));
                }
                v.insert("policyc:id".into(), json!(r.id));
                v.insert("policyc:role".into(), json!(r.role.id));
                v.insert("policyc:locations".into(), json!(r.locations));
                Value::Object(v)
            })
            .collect();
        let mut storage: Vec<Value> = purposes
            .iter()
            .filter_map(|p| p.retention.as_ref().map(|r| self.storage(r, Some(p))))
            .collect();
        storage.extend(d.retention.as_ref().map(|r| self.storage(r, None)));
        let required = d.required.as_ref().map_or("", |t| t.id.as_str());
        json!({
            "_id": d.id,
            "category": self.category_label(d),
            "purposes": purposes.iter().map(|p| json!({
                "purpose": p.kind.id,
                "description": self.text(p.description.as_ref()),
                "policyc:id": p.id,
            })).collect::<Vec<_>>(),
            "legalBases": legal_bases,
            "legitimateInterests": interests,
            "recipients": recipients,
            "storage": storage,
            "nonDisclosure": {
                "legalRequirement": required == "statutory",
                "contractualRegulation": matches!(required, "contractual" | "contract_prerequisite"),
                "obligationToProvide": matches!(required, "statutory" | "contract_prerequisite"),
                "consequences": self.text(d.consequence.as_ref()),
            },
            "policyc:kind": d.kind,
            "policyc:class": d.class,
            "policyc:items": pick_list(d.items.as_ref(), self.lang),
        })
    }

    fn interest(&self, b: &Basis) -> Value {
        json!({
            "exists": true,
            "reasoning": join(&[self.text(b.interest.as_ref()), self.text(b.balancing.as_ref())]),
        })
    }

    /// One storage entry: a retention rule, of a purpose or of the category itself.
    fn storage(&self, retention: &Retention, purpose: Option<&Purpose>) -> Value {
        let mut temporal = Vec::new();
        let mut conditions = Vec::new();
        let mut extra = Map::new();
        let kind = match retention {
            Retention::Period {
                period,
                after,
                law,
                note,
            } => {
                let mut t = Map::new();
                t.insert(
                    "description".into(),
                    json!(join(&[self.text(law.as_ref()), self.text(note.as_ref())])),
                );
                t.insert("ttl".into(), json!(String::from(period.iso8601)));
                if let Some(after) = after {
                    t.insert("policyc:after".into(), json!(after.id));
                }
                temporal.push(Value::Object(t));
                "period"
            }
            Retention::Until { event, note } => {
                conditions.push(self.text(note.as_ref()));
                extra.insert("policyc:until".into(), json!(event.id));
                "until"
            }
            Retention::Criteria { criteria, law } => {
                conditions.push(self.text(Some(criteria)));
                conditions.push(self.text(law.as_ref()));
                "criteria"
            }
            Retention::AsLongAsNecessary { note } => {
                conditions.push(self.text(note.as_ref()));
                "as_long_as_necessary"
            }
            Retention::Indefinite { note } => {
                conditions.push(self.text(note.as_ref()));
                "indefinite"
            }
        };
        conditions.retain(|c| !c.is_empty());
        let bases: Vec<String> = purpose
            .map(|p| p.bases.iter().map(|b| reference(&b.kind)).collect())
            .unwrap_or_default();
        let mut v = Map::new();
        v.insert("temporal".into(), json!(temporal));
        v.insert("purposeConditional".into(), json!(conditions));
        v.insert("legalBasisConditional".into(), json!(bases));
        // A category's data is kept as long as the longest of the rules that apply to it.
        v.insert("aggregationFunction".into(), json!("max"));
        v.insert("policyc:retention".into(), json!(kind));
        if let Some(p) = purpose {
            v.insert("policyc:purpose".into(), json!(p.id));
        }
        v.extend(extra);
        Value::Object(v)
    }

    /// TILT's `sources`: the categories not obtained from the person (Art. 14).
    pub(super) fn sources(&self) -> Vec<Value> {
        self.policy
            .data
            .iter()
            .filter_map(|d| d.source.as_ref().filter(|s| s.art14).map(|s| (d, s)))
            .map(|(d, s)| {
                let name = self.text(s.name.as_ref());
                json!({
                    "_id": d.id,
                    "dataCategory": self.category_label(d),
                    "sources": [{
                        "description": if name.is_empty() { s.kind.id.clone() } else { name },
                        "url": "",
                        "publiclyAvailable": s.public.unwrap_or(s.kind.id == "publicly_available"),
                        "policyc:kind": s.kind.id,
                    }],
                })
            })
            .collect()
    }
}

/// TILT's legal reference of a GDPR term: `GDPR-6-1-a` for Art. 6(1)(a); empty when the term has
/// no DPV concept of the GDPR.
fn reference(term: &Term) -> String {
    super::super::gdpr_article(term)
        .and_then(|a| a.strip_prefix('A'))
        .map(|a| format!("GDPR-{a}"))
        .unwrap_or_default()
}

/// Adds `v` unless an equal value is already there.
fn push_new(list: &mut Vec<Value>, v: Value) {
    if !list.contains(&v) {
        list.push(v);
    }
}
