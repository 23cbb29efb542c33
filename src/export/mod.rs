//! Exports of the model to other machine-readable privacy formats: TILT (Transparency
//! Information Language and Toolkit) and W3C DPV as JSON-LD.
//!
//! Each export reads only the [`Policy`](crate::model::Policy) and returns one document, pretty
//! and deterministic (object keys sorted), ending with a newline. What each format cannot hold is
//! listed in `docs/interop.md`.

mod dpv;
mod text;
mod tilt;

pub use dpv::dpv_jsonld;
pub use tilt::tilt_json;

/// A JSON value as pretty text with a final newline.
fn pretty(value: &serde_json::Value) -> String {
    let mut s = serde_json::to_string_pretty(value).unwrap_or_default();
    s.push('\n');
    s
}

/// The GDPR article of a DPV concept of the GDPR extension, such as `A6-1-a` for
/// `https://w3id.org/dpv/legal/eu/gdpr#A6-1-a`.
fn gdpr_article(term: &crate::model::Term) -> Option<&str> {
    term.dpv
        .as_deref()
        .and_then(|iri| iri.strip_prefix("https://w3id.org/dpv/legal/eu/gdpr#"))
}
