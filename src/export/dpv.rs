//! W3C DPV export: the policy as JSON-LD with DPV 2.x concepts (`dpv:`, `pd:`, and the GDPR
//! extension `eu-gdpr:`), one document for every language: author texts are arrays of
//! `@language` value objects.
//!
//! The notice is a `dpv:PrivacyNotice` with one `dpv:Process` per purpose and per transfer;
//! recipients are nodes of their own in the `@graph`, referred to by id. Node ids hang off the
//! policy's `url` (`…/privacy#purpose-storage`), or `urn:policyc:<policy id>:` without one.

use super::text::literals;
use crate::model::{Party, Policy, Purpose, Recipient, Retention, Term, Text, Transfer};
use serde_json::{Map, Value, json};

const DPV: &str = "https://w3id.org/dpv#";
const LOC: &str = "https://w3id.org/dpv/loc#";

/// The policy as W3C DPV JSON-LD (`policy.dpv.jsonld`).
pub fn dpv_jsonld(policy: &Policy) -> String {
    let base = match &policy.url {
        Some(url) => format!("{}#", url.split('#').next().unwrap_or(url)),
        None => format!("urn:policyc:{}:", policy.id),
    };
    let cx = Cx { policy, base };
    let mut graph = vec![cx.notice()];
    graph.extend(policy.recipients.iter().map(|r| cx.recipient(r)));
    super::pretty(&json!({
        "@context": {
            "dpv": DPV,
            "pd": "https://w3id.org/dpv/pd#",
            "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
            "legal-eu": "https://w3id.org/dpv/legal/eu#",
            "loc": LOC,
            "dct": "http://purl.org/dc/terms/",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@graph": graph,
    }))
}

struct Cx<'a> {
    policy: &'a Policy,
    /// The prefix of every node id.
    base: String,
}

/// Inserts `value` under `key` unless it is an empty array.
fn put(node: &mut Map<String, Value>, key: &str, value: Value) {
    if value.as_array().is_some_and(Vec::is_empty) {
        return;
    }
    node.insert(key.into(), value);
}

/// Inserts a text's translations under `key`, when there is a text.
fn put_text(node: &mut Map<String, Value>, key: &str, text: Option<&Text>) {
    if let Some(t) = text {
        put(node, key, literals(t));
    }
}

/// A reference to a node or concept.
fn id(iri: impl Into<String>) -> Value {
    json!({ "@id": iri.into() })
}

/// References to the DPV concepts of terms, in order, without repeats; `fallback` (a `dpv:`
/// concept name) for a term that has none.
fn concepts<'t>(terms: impl IntoIterator<Item = &'t Term>, fallback: &str) -> Value {
    let mut iris: Vec<String> = Vec::new();
    for t in terms {
        let iri = t.dpv.clone().unwrap_or_else(|| format!("{DPV}{fallback}"));
        if !iris.contains(&iri) {
            iris.push(iri);
        }
    }
    Value::Array(iris.into_iter().map(id).collect())
}

/// `dpv:hasLocation` values of country codes.
fn locations(codes: &[String]) -> Value {
    Value::Array(codes.iter().map(|c| id(format!("{LOC}{c}"))).collect())
}

/// An English phrase from the built-in vocabularies (retention triggers).
fn trigger_phrase(t: &Term) -> Option<String> {
    crate::builtin::builtins()
        .ok()
        .and_then(|b| b.vocab.retention_triggers.get(&t.id))
        .and_then(|v| v.phrase.clone())
}

impl Cx<'_> {
    fn node_id(&self, kind: &str, id: &str) -> String {
        format!("{}{kind}-{id}", self.base)
    }

    fn notice(&self) -> Value {
        let p = self.policy;
        let mut n = Map::new();
        n.insert("@id".into(), json!(format!("{}notice", self.base)));
        n.insert("@type".into(), json!("dpv:PrivacyNotice"));
        n.insert("dct:identifier".into(), json!(p.id));
        put_text(&mut n, "dct:title", p.title.as_ref());
        put_text(&mut n, "dct:description", p.intro.as_ref());
        if let Some(v) = &p.version {
            n.insert("dct:hasVersion".into(), json!(v));
        }
        if let Some(date) = &p.effective {
            n.insert("dct:valid".into(), json!({ "@value": date, "@type": "xsd:date" }));
        }
        if let Some(url) = &p.url {
            n.insert("dct:source".into(), id(url.clone()));
        }
        put(&mut n, "dct:language", json!(p.languages));
        n.insert("dpv:hasApplicableLaw".into(), id("legal-eu:law-GDPR"));
        if let Some(c) = &p.controller {
            n.insert(
                "dpv:hasDataController".into(),
                self.party(c, "controller", "dpv:DataController"),
            );
        }
        let joint: Vec<Value> = p
            .joint_controllers
            .iter()
            .map(|j| self.party(&j.party, "controller", "dpv:DataController"))
            .collect();
        put(&mut n, "dpv:hasJointDataControllers", json!(joint));
        if let Some(r) = &p.representative {
            n.insert(
                "dpv:hasRepresentative".into(),
                self.party(r, "representative", "dpv:Representative"),
            );
        }
        if let Some(d) = &p.dpo {
            n.insert(
                "dpv:hasDataProtectionOfficer".into(),
                self.party(d, "dpo", "dpv:DataProtectionOfficer"),
            );
        }
        let mut processes: Vec<Value> = p.purposes.iter().map(|q| self.process(q)).collect();
        processes.extend(p.transfers.iter().map(|t| self.transfer(t)));
        put(&mut n, "dpv:hasProcess", json!(processes));
        put(&mut n, "dpv:hasRight", self.rights());
        if p.draft {
            n.insert(
                "rdfs:comment".into(),
                json!({ "@value": "Draft: built from a policy that has errors", "@language": "en" }),
            );
        }
        Value::Object(n)
    }

    fn party(&self, party: &Party, kind: &str, class: &str) -> Value {
        let mut n = Map::new();
        n.insert("@id".into(), json!(self.node_id(kind, &party.id)));
        n.insert("@type".into(), json!(class));
        if let Some(name) = party.name.as_ref().or(party.brand.as_ref()) {
            n.insert("dpv:hasName".into(), json!(name));
        }
        if let Some(address) = &party.address {
            n.insert("dpv:hasAddress".into(), json!(address));
        }
        if let Some(country) = &party.country {
            n.insert("dpv:hasLocation".into(), id(format!("{LOC}{country}")));
        }
        let contacts: Vec<&String> = [&party.email, &party.phone, &party.url, &party.contact_form]
            .into_iter()
            .flatten()
            .collect();
        put(&mut n, "dpv:hasContact", json!(contacts));
        Value::Object(n)
    }

    /// The personal-data concepts of data category ids.
    fn data_concepts(&self, ids: &[String]) -> Value {
        concepts(
            ids.iter().filter_map(|i| self.policy.data_category(i)).map(|d| &d.kind),
            "PersonalData",
        )
    }

    fn recipient_refs(&self, ids: &[String]) -> Value {
        Value::Array(ids.iter().map(|r| id(self.node_id("recipient", r))).collect())
    }

    fn process(&self, q: &Purpose) -> Value {
        let mut n = Map::new();
        n.insert("@id".into(), json!(self.node_id("purpose", &q.id)));
        n.insert("@type".into(), json!("dpv:Process"));
        n.insert("dct:identifier".into(), json!(q.id));
        put_text(&mut n, "dct:description", q.description.as_ref());
        put(&mut n, "dpv:hasPurpose", concepts([&q.kind], "Purpose"));
        put(&mut n, "dpv:hasPersonalData", self.data_concepts(&q.data));
        let bases = q
            .bases
            .iter()
            .map(|b| &b.kind)
            .chain(q.condition.as_ref().map(|c| &c.kind));
        put(&mut n, "dpv:hasLegalBasis", concepts(bases, "LegalBasis"));
        put(&mut n, "dpv:hasRecipient", self.recipient_refs(&q.recipients));
        if let Some(r) = &q.retention {
            n.insert("dpv:hasStorageCondition".into(), storage(r));
        }
        Value::Object(n)
    }

    fn transfer(&self, t: &Transfer) -> Value {
        let mut n = Map::new();
        n.insert("@id".into(), json!(self.node_id("transfer", &t.id)));
        n.insert("@type".into(), json!("dpv:Process"));
        n.insert("dct:identifier".into(), json!(t.id));
        put_text(&mut n, "dct:description", t.description.as_ref());
        n.insert("dpv:hasProcessing".into(), id("dpv:Transfer"));
        put(&mut n, "dpv:hasPersonalData", self.data_concepts(&t.data));
        put(
            &mut n,
            "dpv:hasLegalBasis",
            concepts(&t.mechanisms, "DataTransferLegalBasis"),
        );
        put(&mut n, "dpv:hasRecipient", self.recipient_refs(&t.recipients));
        put(&mut n, "dpv:hasLocation", locations(&t.destinations));
        Value::Object(n)
    }

    fn recipient(&self, r: &Recipient) -> Value {
        let mut n = Map::new();
        n.insert("@id".into(), json!(self.node_id("recipient", &r.id)));
        let mut types = vec![json!("dpv:Recipient")];
        types.extend(r.role.dpv.clone().map(Value::String));
        n.insert("@type".into(), json!(types));
        n.insert("dct:identifier".into(), json!(r.id));
        if let Some(name) = &r.name {
            n.insert("dpv:hasName".into(), json!(name));
        }
        put_text(
            &mut n,
            "dct:description",
            r.category.as_ref().or(r.description.as_ref()),
        );
        put(&mut n, "dpv:hasLocation", locations(&r.locations));
        Value::Object(n)
    }

    /// The rights the notice gives, as concepts of the GDPR extension.
    fn rights(&self) -> Value {
        let Ok(b) = crate::builtin::builtins() else {
            return json!([]);
        };
        Value::Array(
            self.policy
                .rights_given()
                .into_iter()
                .filter_map(|r| b.vocab.rights.get(r).and_then(|t| t.dpv.clone()))
                .map(id)
                .collect(),
        )
    }
}

/// A retention rule as a `dpv:StorageDuration` with its `dpv:hasDuration`.
fn storage(r: &Retention) -> Value {
    let mut duration = Map::new();
    let mut condition = Map::new();
    condition.insert("@type".into(), json!("dpv:StorageDuration"));
    match r {
        Retention::Period {
            period,
            after,
            law,
            note,
        } => {
            duration.insert("@type".into(), json!("dpv:TemporalDuration"));
            duration.insert(
                "rdf:value".into(),
                json!({ "@value": String::from(period.iso8601), "@type": "xsd:duration" }),
            );
            if let Some(phrase) = after.as_ref().and_then(trigger_phrase) {
                duration.insert(
                    "dct:description".into(),
                    json!({ "@value": format!("after {phrase}"), "@language": "en" }),
                );
            }
            put_text(&mut condition, "dct:description", note.as_ref());
            put_text(&mut condition, "dct:source", law.as_ref());
        }
        Retention::Until { event, note } => {
            duration.insert("@type".into(), json!("dpv:UntilEventDuration"));
            if let Some(phrase) = trigger_phrase(event) {
                duration.insert(
                    "dct:description".into(),
                    json!({ "@value": format!("until {phrase}"), "@language": "en" }),
                );
            }
            put_text(&mut condition, "dct:description", note.as_ref());
        }
        Retention::Criteria { criteria, law } => {
            duration.insert("@type".into(), json!("dpv:Duration"));
            put_text(&mut duration, "dct:description", Some(criteria));
            put_text(&mut condition, "dct:source", law.as_ref());
        }
        Retention::AsLongAsNecessary { note } => {
            duration.insert("@type".into(), json!("dpv:IndeterminateDuration"));
            put_text(&mut condition, "dct:description", note.as_ref());
        }
        Retention::Indefinite { note } => {
            duration.insert("@type".into(), json!("dpv:EndlessDuration"));
            put_text(&mut condition, "dct:description", note.as_ref());
        }
    }
    condition.insert("dpv:hasDuration".into(), Value::Object(duration));
    Value::Object(condition)
}
