//! TILT export: one document in the policy's default language (its first), built with
//! `serde_json` values. Fields TILT requires but the policy does not state get the emptiest value
//! the TILT schema accepts (`""`, `false`, `[]`; `ZZ` for an unknown country and `0000` for an
//! unknown date, where the schema's patterns rule out `""`). Facts TILT has no field for are kept
//! under `policyc:` keys, which the schema allows; the rest is listed in `docs/interop.md`.

mod disclosed;

use super::pretty;
use super::text::{join, pick};
use crate::model::{Party, Policy, Text};
use serde_json::{Map, Value, json};
use sha2::{Digest, Sha256};

/// The country code written when the policy names none (the user-assigned ISO 3166-1 code that
/// CLDR uses for "unknown region").
const UNKNOWN_COUNTRY: &str = "ZZ";
/// The date written when the policy states none: the shortest value TILT's date pattern accepts.
const UNKNOWN_DATE: &str = "0000";

/// The policy as a TILT document (`tilt.json`).
pub fn tilt_json(policy: &Policy) -> String {
    let cx = Cx {
        policy,
        lang: policy.languages.first().map_or("en", String::as_str),
        rights: policy.rights_given(),
    };
    let mut doc = json!({
        "meta": cx.meta(),
        "controller": cx.controller(),
        "dataProtectionOfficer": cx.dpo(),
        "dataDisclosed": policy.data.iter().map(|d| cx.disclosed(d)).collect::<Vec<_>>(),
        "thirdCountryTransfers": cx.transfers(),
        "sources": cx.sources(),
        "accessAndDataPortability": cx.right(&["access"], None),
        "rightToInformation": cx.right(&["access"], None),
        "rightToRectificationOrDeletion": cx.right(&["rectification", "erasure"], None),
        "rightToDataPortability": cx.right(&["portability"], None),
        "rightToWithdrawConsent": cx.right(
            &["withdraw_consent"],
            policy.rights.as_ref().and_then(|r| r.withdraw.as_ref()),
        ),
        "rightToComplain": cx.complain(),
        "automatedDecisionMaking": cx.automated(),
        "changesOfPurpose": cx.changes_of_purpose(),
    });
    // The hash covers the whole document as compact JSON, written before the hash itself.
    let digest = Sha256::digest(serde_json::to_string(&doc).unwrap_or_default().as_bytes());
    let hash: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    if let Some(meta) = doc.get_mut("meta").and_then(Value::as_object_mut) {
        meta.insert("_hash".into(), Value::String(hash));
    }
    pretty(&doc)
}

/// What every part of the export needs.
struct Cx<'a> {
    policy: &'a Policy,
    /// The language of the document.
    lang: &'a str,
    /// The rights the notice gives.
    rights: Vec<&'static str>,
}

impl Cx<'_> {
    /// An author's text in the document's language.
    fn text(&self, text: Option<&Text>) -> String {
        pick(text, self.lang)
    }

    fn meta(&self) -> Value {
        let p = self.policy;
        let mut dates: Vec<&str> = p.revisions.iter().filter_map(|r| r.date.as_deref()).collect();
        dates.extend(p.effective.as_deref());
        dates.sort_unstable();
        let title = self.text(p.title.as_ref());
        let mut meta = json!({
            "_id": p.id,
            "name": if title.is_empty() { p.id.clone() } else { title },
            "created": dates.first().copied().unwrap_or(UNKNOWN_DATE),
            "modified": p.effective.as_deref().or(dates.last().copied()).unwrap_or(UNKNOWN_DATE),
            "version": p.revisions.len().max(1),
            // TILT knows ISO 639-1 codes only: the primary subtag of the BCP 47 tag.
            "language": self.lang.split('-').next().unwrap_or(self.lang),
            "status": if p.draft { "inactive" } else { "active" },
            "url": p.url.clone().unwrap_or_default(),
            "policyc:languages": p.languages,
        });
        if let Some(m) = meta.as_object_mut() {
            if let Some(version) = &p.version {
                m.insert("policyc:version".into(), json!(version));
            }
            if p.draft {
                m.insert("policyc:draft".into(), Value::Bool(true));
            }
        }
        meta
    }

    fn controller(&self) -> Value {
        let c = self.policy.controller.as_ref();
        json!({
            "name": c.and_then(|c| c.name.clone().or_else(|| c.brand.clone())).unwrap_or_default(),
            "address": c.and_then(|c| c.address.clone()).unwrap_or_default(),
            "country": country(c),
            "representative": contact(self.policy.representative.as_ref()),
        })
    }

    fn dpo(&self) -> Value {
        let d = self.policy.dpo.as_ref();
        let mut v = contact(d);
        if let Some(m) = v.as_object_mut() {
            m.insert(
                "address".into(),
                json!(d.and_then(|d| d.address.clone()).unwrap_or_default()),
            );
            m.insert("country".into(), json!(country(d)));
        }
        v
    }

    /// One of TILT's rights objects, available when the notice gives any of `ids`.
    fn right(&self, ids: &[&str], description: Option<&Text>) -> Value {
        let rights = self.policy.rights.as_ref();
        let mut v = Map::new();
        v.insert("available".into(), json!(ids.iter().any(|id| self.rights.contains(id))));
        let general = rights.and_then(|r| r.description.as_ref());
        v.insert("description".into(), json!(self.text(description.or(general))));
        if let Some(email) = rights.and_then(|r| r.email.clone()) {
            v.insert("email".into(), json!(email));
        }
        if let Some(form) = rights.and_then(|r| r.form.clone()) {
            v.insert("url".into(), json!(form));
        }
        Value::Object(v)
    }

    fn complain(&self) -> Value {
        let mut v = self.right(&["complaint"], None);
        let country = self.policy.rights.as_ref().and_then(|r| r.authority.clone());
        let authority = country.as_deref().and_then(|c| {
            crate::builtin::builtins()
                .ok()
                .and_then(|b| b.reference.authorities.national(c))
        });
        if let Some(m) = v.as_object_mut() {
            let mut sa = Map::new();
            sa.insert(
                "name".into(),
                json!(authority.map(|a| a.name.clone()).unwrap_or_default()),
            );
            if let Some(c) = country {
                sa.insert("country".into(), json!(c));
            }
            if let Some(a) = authority {
                sa.insert("policyc:url".into(), json!(a.url));
            }
            m.insert("supervisoryAuthority".into(), Value::Object(sa));
        }
        v
    }

    fn transfers(&self) -> Vec<Value> {
        let mut out = Vec::new();
        for t in &self.policy.transfers {
            let has = |article: &str| {
                t.mechanisms
                    .iter()
                    .any(|m| super::gdpr_article(m).is_some_and(|a| a.starts_with(article)))
            };
            let scc = t
                .mechanisms
                .iter()
                .any(|m| m.id == "standard_contractual_clauses" || m.id == "supervisory_authority_clauses");
            let description = join(&[
                t.reference.clone().unwrap_or_default(),
                self.text(t.description.as_ref()),
            ]);
            // The description explains the mechanisms relied on, so only those get it.
            let guarantee = |available: bool| {
                let text = if available { description.as_str() } else { "" };
                json!({ "available": available, "description": text })
            };
            let mut entry = json!({
                "adequacyDecision": guarantee(has("A45")),
                "appropriateGuarantees": guarantee(has("A46")),
                "standardDataProtectionClause": guarantee(scc),
                "policyc:id": t.id,
                "policyc:mechanisms": t.mechanisms.iter().map(|m| m.id.clone()).collect::<Vec<_>>(),
                "policyc:recipients": t.recipients,
            });
            if let Some(copy) = &t.copy_from
                && let Some(m) = entry.as_object_mut()
            {
                m.insert("policyc:copyFrom".into(), json!(copy));
            }
            if t.destinations.is_empty() {
                out.push(entry.clone());
            }
            for country in &t.destinations {
                let mut e = entry.clone();
                if let Some(m) = e.as_object_mut() {
                    m.insert("country".into(), json!(country));
                }
                out.push(e);
            }
        }
        out
    }

    fn automated(&self) -> Value {
        let adm = &self.policy.automated_decisions;
        let logic: Vec<String> = adm.iter().map(|a| self.text(a.logic.as_ref())).collect();
        let effects: Vec<String> = adm
            .iter()
            .flat_map(|a| [self.text(a.significance.as_ref()), self.text(a.consequences.as_ref())])
            .collect();
        json!({
            "inUse": !adm.is_empty(),
            "logicInvolved": join(&logic),
            "scopeAndIntendedEffects": join(&effects),
        })
    }

    fn changes_of_purpose(&self) -> Vec<Value> {
        self.policy
            .purposes
            .iter()
            .filter(|p| p.further_processing)
            .map(|p| {
                json!({
                    "description": self.text(p.description.as_ref()),
                    "affectedDataCategories": p.data,
                    "policyc:purpose": p.id,
                })
            })
            .collect()
    }
}

/// A party's country, or [`UNKNOWN_COUNTRY`].
fn country(party: Option<&Party>) -> String {
    party
        .and_then(|p| p.country.clone())
        .unwrap_or_else(|| UNKNOWN_COUNTRY.to_string())
}

/// TILT's `{ name, email, phone }` contact of a party; empty strings when unknown.
fn contact(party: Option<&Party>) -> Value {
    let mut v = Map::new();
    v.insert(
        "name".into(),
        json!(party.and_then(|p| p.name.clone()).unwrap_or_default()),
    );
    v.insert(
        "email".into(),
        json!(party.and_then(|p| p.email.clone()).unwrap_or_default()),
    );
    if let Some(phone) = party.and_then(|p| p.phone.as_deref()).filter(|p| tilt_phone(p)) {
        v.insert("phone".into(), json!(phone));
    }
    Value::Object(v)
}

/// Whether TILT's phone pattern `^[+]*[(]{0,1}[0-9]{1,4}[)]{0,1}[-\s\./0-9]*$` accepts `s`.
fn tilt_phone(s: &str) -> bool {
    let rest = s.trim_start_matches('+');
    let rest = rest.strip_prefix('(').unwrap_or(rest);
    let digits = rest.chars().take_while(char::is_ascii_digit).count().min(4);
    if digits == 0 {
        return false;
    }
    let rest = rest.get(digits..).unwrap_or("");
    let rest = rest.strip_prefix(')').unwrap_or(rest);
    rest.chars()
        .all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '.' | '/'))
}

#[cfg(test)]
mod tests {
    use super::tilt_phone;

    #[test]
    fn phone_numbers_follow_tilts_pattern() {
        assert!(tilt_phone("+49 30 1234567"));
        assert!(tilt_phone("(030) 123-45"));
        assert!(tilt_phone("0049 151 1234 5678"));
        assert!(!tilt_phone("+49 (30) 123"));
        assert!(!tilt_phone("call us"));
        assert!(!tilt_phone(""));
    }
}
