//! The TILT and W3C DPV exports of every example: TILT documents validate against the TILT
//! schema, DPV documents are parsed by a real RDF library (Python rdflib, installed into
//! `target/interop-venv` on first use) and hold the expected triples; both are pinned by
//! snapshots; `build --format` writes exactly the files asked for.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every example, at least the exemplary policy and the five seeds.
fn examples() -> Vec<PathBuf> {
    let out = common::examples();
    assert!(out.len() >= 6, "the exemplary policy and five seeds");
    out
}

/// The model of an example. Seeds have GDPR errors; their model is exported all the same.
fn policy(path: &Path) -> policyc::model::Policy {
    policyc::compile_file(path, Some(&root())).unwrap().policy.unwrap()
}

fn json(path: &str) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(root().join(path)).unwrap()).unwrap()
}

// ---------------------------------------------------------------------------------------------
// TILT

/// The TILT schema (draft-07), with its formats asserted. A required e-mail the policy does not
/// state is written as `""`, so `email` accepts the empty string or a valid address.
fn tilt_validator() -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft7)
        .should_validate_formats(true)
        .with_format("email", |s: &str| {
            s.is_empty() || email_address::EmailAddress::is_valid(s)
        })
        .build(&json("tests/interop/tilt-schema.json"))
        .unwrap()
}

fn errors(validator: &jsonschema::Validator, doc: &serde_json::Value) -> Vec<String> {
    validator
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn tilt_schema_rejects_the_upstream_invalid_example_and_accepts_the_valid_one() {
    let v = tilt_validator();
    let bad = errors(&v, &json("tests/interop/tilt-NOT-valid.json"));
    assert!(bad.len() >= 5, "{bad:#?}");
    assert!(bad.iter().any(|e| e.contains("representative")), "{bad:#?}");
    assert_eq!(errors(&v, &json("tests/interop/tilt-valid.json")), Vec::<String>::new());
}

#[test]
fn tilt_of_every_example_validates() {
    let v = tilt_validator();
    for path in examples() {
        let mut p = policy(&path);
        for draft in [false, true] {
            p.draft = draft;
            let doc: serde_json::Value = serde_json::from_str(&policyc::export::tilt_json(&p)).unwrap();
            let errs = errors(&v, &doc);
            assert!(errs.is_empty(), "{} (draft {draft}):\n{errs:#?}", path.display());
        }
    }
}

#[test]
fn tilt_of_acme_carries_the_policy() {
    let p = policy(&root().join("examples/acme.policy"));
    let doc: serde_json::Value = serde_json::from_str(&policyc::export::tilt_json(&p)).unwrap();
    assert_eq!(doc["meta"]["language"], "en");
    assert_eq!(doc["meta"]["status"], "active");
    assert_eq!(doc["meta"]["created"], "2026-01-10");
    assert_eq!(doc["meta"]["modified"], "2026-03-01");
    assert_eq!(doc["meta"]["_hash"].as_str().unwrap().len(), 64);
    assert_eq!(doc["controller"]["country"], "DE");
    assert_eq!(doc["dataProtectionOfficer"]["email"], "dpo@acme-cloud.example.eu");
    let billing = doc["dataDisclosed"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["_id"] == "billing_data")
        .unwrap();
    assert_eq!(billing["legalBases"][0]["reference"], "GDPR-6-1-c");
    assert_eq!(billing["storage"][0]["temporal"][0]["ttl"], "P10Y");
    assert_eq!(billing["nonDisclosure"]["legalRequirement"], true);
    let security = doc["dataDisclosed"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["_id"] == "access_logs")
        .unwrap();
    assert_eq!(security["legitimateInterests"][0]["exists"], true);
    assert!(
        security["legitimateInterests"][0]["reasoning"]
            .as_str()
            .unwrap()
            .starts_with("Keeping your account")
    );
    let us = &doc["thirdCountryTransfers"][0];
    assert_eq!(
        (us["country"].as_str(), us["adequacyDecision"]["available"].as_bool()),
        (Some("US"), Some(true))
    );
    assert_eq!(doc["rightToDataPortability"]["available"], true);
    assert_eq!(doc["rightToComplain"]["supervisoryAuthority"]["country"], "DE");
    assert_eq!(doc["automatedDecisionMaking"]["inUse"], true);
}

#[test]
fn a_draft_is_marked_in_both_exports() {
    let mut p = policy(&root().join("examples/acme.policy"));
    p.draft = true;
    let tilt: serde_json::Value = serde_json::from_str(&policyc::export::tilt_json(&p)).unwrap();
    assert_eq!(tilt["meta"]["status"], "inactive");
    assert_eq!(tilt["meta"]["policyc:draft"], true);
    let triples = Triples::of(&policyc::export::dpv_jsonld(&p));
    let notice = triples.notice();
    let comments = triples.objects(&notice, &format!("<{RDFS}comment>"));
    assert_eq!(
        comments,
        vec!["\"Draft: built from a policy that has errors\"@en".to_string()]
    );
    p.draft = false;
    let triples = Triples::of(&policyc::export::dpv_jsonld(&p));
    assert!(triples.objects(&notice, &format!("<{RDFS}comment>")).is_empty());
}

// ---------------------------------------------------------------------------------------------
// DPV

const DPV: &str = "https://w3id.org/dpv#";
const PD: &str = "https://w3id.org/dpv/pd#";
const GDPR: &str = "https://w3id.org/dpv/legal/eu/gdpr#";
const LOC: &str = "https://w3id.org/dpv/loc#";
const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
const XSD: &str = "http://www.w3.org/2001/XMLSchema#";

/// Python with rdflib, from a virtual environment under `target/` that is made on first use.
/// A machine without Python fails this test: the DPV export is then untested, not fine.
fn python() -> &'static Path {
    static PYTHON: OnceLock<PathBuf> = OnceLock::new();
    PYTHON.get_or_init(|| {
        let venv = root().join("target/interop-venv");
        let python = venv.join("bin/python");
        let has_rdflib = |py: &Path| {
            Command::new(py)
                .args(["-c", "import rdflib"])
                .status()
                .is_ok_and(|s| s.success())
        };
        if !has_rdflib(&python) {
            let made = Command::new("python3")
                .args(["-m", "venv"])
                .arg(&venv)
                .status()
                .unwrap_or_else(|e| panic!("python3 is needed to test the DPV export with rdflib: {e}"));
            assert!(made.success(), "python3 -m venv {} failed", venv.display());
            let installed = Command::new(venv.join("bin/pip"))
                .args(["install", "--quiet", "rdflib>=7,<8"])
                .status()
                .unwrap();
            assert!(installed.success(), "pip install rdflib failed");
        }
        assert!(
            has_rdflib(&python),
            "rdflib is not importable from {}",
            python.display()
        );
        python
    })
}

/// The triples of a JSON-LD document as rdflib reads it, as N-Triples terms.
struct Triples(Vec<(String, String, String)>);

impl Triples {
    fn of(jsonld: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("policy.dpv.jsonld");
        std::fs::write(&file, jsonld).unwrap();
        let out = Command::new(python())
            .arg(root().join("tests/interop/dpv_triples.py"))
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "rdflib: {}", String::from_utf8_lossy(&out.stderr));
        let triples = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|line| {
                let line = line.strip_suffix(" .").unwrap();
                let (s, rest) = line.split_once(' ').unwrap();
                let (p, o) = rest.split_once(' ').unwrap();
                (s.to_string(), p.to_string(), o.to_string())
            })
            .collect();
        Triples(triples)
    }

    fn objects(&self, s: &str, p: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .0
            .iter()
            .filter(|t| t.0 == s && t.1 == p)
            .map(|t| t.2.clone())
            .collect();
        out.sort();
        out
    }

    fn subjects_of_type(&self, class: &str) -> Vec<String> {
        let ty = format!("<{RDF}type>");
        self.0
            .iter()
            .filter(|t| t.1 == ty && t.2 == class)
            .map(|t| t.0.clone())
            .collect()
    }

    /// The one privacy notice.
    fn notice(&self) -> String {
        let notices = self.subjects_of_type(&format!("<{DPV}PrivacyNotice>"));
        assert_eq!(notices.len(), 1, "{notices:?}");
        notices[0].clone()
    }

    fn has(&self, s: &str, p: &str, o: &str) -> bool {
        self.0.iter().any(|t| t.0 == s && t.1 == p && t.2 == o)
    }
}

fn iri(s: &str) -> String {
    format!("<{s}>")
}

#[test]
fn dpv_of_acme_has_the_expected_triples() {
    let p = policy(&root().join("examples/acme.policy"));
    let t = Triples::of(&policyc::export::dpv_jsonld(&p));
    let node = |kind: &str| iri(&format!("https://acme-cloud.example.eu/privacy#{kind}"));
    let dpv = |term: &str| iri(&format!("{DPV}{term}"));
    let notice = t.notice();
    assert_eq!(notice, node("notice"));
    assert!(t.has(&notice, &dpv("hasDataController"), &node("controller-acme")));
    assert!(t.has(&node("controller-acme"), &dpv("hasName"), "\"ACME Cloud GmbH\""));
    assert!(t.has(&notice, &dpv("hasDataProtectionOfficer"), &node("dpo-dpo")));
    assert!(t.has(
        &notice,
        "<http://purl.org/dc/terms/title>",
        "\"Privacy notice for ACME Cloud\"@en"
    ));
    assert!(t.has(
        &notice,
        "<http://purl.org/dc/terms/title>",
        "\"Datenschutzhinweise für ACME Cloud\"@de"
    ));

    let processes = t.objects(&notice, &dpv("hasProcess"));
    let expected: Vec<String> = [
        "purpose-account_security",
        "purpose-invoicing",
        "purpose-newsletter",
        "purpose-storage",
        "purpose-usage_statistics",
        "purpose-webinars",
        "transfer-to_uk",
        "transfer-to_us",
    ]
    .iter()
    .map(|n| node(n))
    .collect();
    assert_eq!(processes, expected);

    // Legal bases: the GDPR extension's Art. 6(1) concepts.
    for (purpose, basis) in [
        ("storage", "A6-1-b"),
        ("invoicing", "A6-1-c"),
        ("account_security", "A6-1-f"),
        ("newsletter", "A6-1-a"),
        ("usage_statistics", "A6-1-a"),
        ("webinars", "A6-1-b"),
    ] {
        let subject = node(&format!("purpose-{purpose}"));
        assert_eq!(
            t.objects(&subject, &dpv("hasLegalBasis")),
            vec![iri(&format!("{GDPR}{basis}"))],
            "{purpose}"
        );
    }
    // Purposes and personal data categories.
    let security = node("purpose-account_security");
    assert_eq!(t.objects(&security, &dpv("hasPurpose")), vec![dpv("EnforceSecurity")]);
    assert_eq!(
        t.objects(&security, &dpv("hasPersonalData")),
        vec![iri(&format!("{PD}Identifier"))]
    );
    let invoicing = node("purpose-invoicing");
    assert_eq!(
        t.objects(&invoicing, &dpv("hasPurpose")),
        vec![dpv("PaymentManagement")]
    );
    assert!(t.has(
        &invoicing,
        &dpv("hasPersonalData"),
        &iri(&format!("{PD}FinancialAccount"))
    ));
    let storage_purpose = node("purpose-storage");
    assert!(t.has(
        &storage_purpose,
        &dpv("hasPersonalData"),
        &iri(&format!("{PD}Professional"))
    ));
    assert!(t.has(
        &node("purpose-webinars"),
        &dpv("hasPersonalData"),
        &iri(&format!("{PD}Contact"))
    ));

    // Recipients.
    let newsletter = node("purpose-newsletter");
    assert_eq!(
        t.objects(&newsletter, &dpv("hasRecipient")),
        vec![node("recipient-mailer")]
    );
    let mailer = node("recipient-mailer");
    assert!(t.has(&mailer, &format!("<{RDF}type>"), &dpv("DataProcessor")));
    assert!(t.has(&mailer, &format!("<{RDF}type>"), &dpv("Recipient")));
    assert!(t.has(&mailer, &dpv("hasName"), "\"Postmark Mail Inc.\""));
    assert!(t.has(&mailer, &dpv("hasLocation"), &iri(&format!("{LOC}US"))));
    assert!(t.has(
        &node("recipient-payments"),
        &format!("<{RDF}type>"),
        &dpv("DataController")
    ));

    // Storage durations: 30 days, and until consent is withdrawn.
    let duration_of = |purpose: &str| {
        let conditions = t.objects(&node(&format!("purpose-{purpose}")), &dpv("hasStorageCondition"));
        assert_eq!(conditions.len(), 1, "{purpose}");
        assert!(t.has(&conditions[0], &format!("<{RDF}type>"), &dpv("StorageDuration")));
        let durations = t.objects(&conditions[0], &dpv("hasDuration"));
        assert_eq!(durations.len(), 1, "{purpose}");
        durations[0].clone()
    };
    let storage = duration_of("storage");
    assert!(t.has(&storage, &format!("<{RDF}type>"), &dpv("TemporalDuration")));
    assert_eq!(
        t.objects(&storage, &format!("<{RDF}value>")),
        vec![format!("\"P30D\"^^<{XSD}duration>")]
    );
    let until = duration_of("newsletter");
    assert!(t.has(&until, &format!("<{RDF}type>"), &dpv("UntilEventDuration")));

    // Transfers: the mechanism as a legal basis, the destination as a location.
    let to_us = node("transfer-to_us");
    assert_eq!(
        t.objects(&to_us, &dpv("hasLegalBasis")),
        vec![iri(&format!("{GDPR}A45-3"))]
    );
    assert_eq!(t.objects(&to_us, &dpv("hasLocation")), vec![iri(&format!("{LOC}US"))]);

    // Rights: derived from the legal bases (consent, contract, legitimate interests).
    let rights = t.objects(&notice, &dpv("hasRight"));
    let expected: Vec<String> = ["A15", "A16", "A17", "A18", "A20", "A21", "A7-3", "A77"]
        .iter()
        .map(|r| iri(&format!("{GDPR}{r}")))
        .collect();
    assert_eq!(rights, expected);
}

#[test]
fn dpv_of_every_example_parses_and_matches_its_model() {
    for path in examples() {
        let p = policy(&path);
        let t = Triples::of(&policyc::export::dpv_jsonld(&p));
        let notice = t.notice();
        let name = path.display();
        let has_process = iri(&format!("{DPV}hasProcess"));
        let processes = t.objects(&notice, &has_process);
        assert_eq!(processes.len(), p.purposes.len() + p.transfers.len(), "{name}");
        for q in &p.purposes {
            let subject = processes
                .iter()
                .find(|s| s.ends_with(&format!("purpose-{}>", q.id)))
                .unwrap_or_else(|| panic!("{name}: no process for purpose `{}`", q.id));
            for b in &q.bases {
                let basis = iri(b.kind.dpv.as_deref().unwrap());
                assert!(basis.starts_with(&format!("<{GDPR}A6-1-")), "{name}: {basis}");
                assert!(
                    t.has(subject, &iri(&format!("{DPV}hasLegalBasis")), &basis),
                    "{name}: {}",
                    q.id
                );
            }
            let purposes = t.objects(subject, &iri(&format!("{DPV}hasPurpose")));
            assert_eq!(purposes.len(), 1, "{name}: {}", q.id);
            assert!(purposes[0].starts_with(&format!("<{DPV}")), "{name}: {purposes:?}");
            for d in t.objects(subject, &iri(&format!("{DPV}hasPersonalData"))) {
                assert!(
                    d.starts_with(&format!("<{PD}")) || d == iri(&format!("{DPV}PersonalData")),
                    "{name}: {d}"
                );
            }
            let storage = t.objects(subject, &iri(&format!("{DPV}hasStorageCondition")));
            assert_eq!(storage.len(), usize::from(q.retention.is_some()), "{name}: {}", q.id);
            for r in &q.recipients {
                assert!(
                    t.objects(subject, &iri(&format!("{DPV}hasRecipient")))
                        .iter()
                        .any(|o| o.ends_with(&format!("#recipient-{r}>")) || o.ends_with(&format!(":recipient-{r}>"))),
                    "{name}: {} -> {r}",
                    q.id
                );
            }
        }
        for right in t.objects(&notice, &iri(&format!("{DPV}hasRight"))) {
            assert!(right.starts_with(&format!("<{GDPR}A")), "{name}: {right}");
        }
        assert_eq!(
            p.rights.is_some(),
            !t.objects(&notice, &iri(&format!("{DPV}hasRight"))).is_empty(),
            "{name}"
        );
        assert_eq!(
            t.subjects_of_type(&iri(&format!("{DPV}Recipient"))).len(),
            p.recipients.len(),
            "{name}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Snapshots and the command line

#[test]
fn tilt_snapshots() {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::glob!("../examples", "{*.policy,seeds/*.policy}", |path| {
            insta::assert_snapshot!(policyc::export::tilt_json(&policy(path)));
        });
    });
}

#[test]
fn dpv_snapshots() {
    insta::with_settings!({ snapshot_path => "../snapshots", prepend_module_to_snapshot => false }, {
        insta::glob!("../examples", "{*.policy,seeds/*.policy}", |path| {
            insta::assert_snapshot!(policyc::export::dpv_jsonld(&policy(path)));
        });
    });
}

fn files_in(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

fn build(out: &Path, formats: &[&str]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_policyc"));
    cmd.arg("build")
        .arg(root().join("examples/acme.policy"))
        .arg("--out")
        .arg(out)
        .env("NO_COLOR", "1");
    for f in formats {
        cmd.args(["--format", f]);
    }
    cmd.output().unwrap()
}

#[test]
fn build_writes_exactly_the_formats_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("a");
    let o = build(&out, &["tilt,dpv"]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let expected: BTreeSet<String> = ["policy.dpv.jsonld", "tilt.json"].map(String::from).into();
    assert_eq!(files_in(&out), expected);
    let p = policy(&root().join("examples/acme.policy"));
    assert_eq!(
        std::fs::read_to_string(out.join("tilt.json")).unwrap(),
        policyc::export::tilt_json(&p)
    );
    assert_eq!(
        std::fs::read_to_string(out.join("policy.dpv.jsonld")).unwrap(),
        policyc::export::dpv_jsonld(&p)
    );

    let out = dir.path().join("b");
    let o = build(&out, &["json", "dpv", "json"]);
    assert_eq!(o.status.code(), Some(0));
    let expected: BTreeSet<String> = ["policy.dpv.jsonld", "policy.json"].map(String::from).into();
    assert_eq!(files_in(&out), expected);

    // The default is the published site: pages, Markdown and the model, but no exports.
    let out = dir.path().join("c");
    assert_eq!(build(&out, &[]).status.code(), Some(0));
    let mut expected: BTreeSet<String> = ["index.html", "policy.json"].map(String::from).into();
    expected.extend(p.languages.iter().cloned());
    assert_eq!(files_in(&out), expected);
    for lang in &p.languages {
        assert!(out.join(lang).join("index.html").is_file() && out.join(lang).join("policy.md").is_file());
    }

    let o = build(&dir.path().join("d"), &["pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("pdf"));
}

#[test]
fn links_in_author_texts_reach_the_exports_as_their_labels() {
    let mut p = policy(&root().join("examples/acme.policy"));
    let purpose = p.purposes.iter_mut().find(|x| x.id == "newsletter").unwrap();
    let description = purpose.description.as_mut().unwrap();
    description.insert(
        "en".into(),
        "Sending our newsletter (see [your rights](#rights))".into(),
    );
    description.insert(
        "de".into(),
        "Versand unseres Newsletters (siehe [Ihre Rechte](#rights))".into(),
    );
    let tilt = policyc::export::tilt_json(&p);
    let dpv = policyc::export::dpv_jsonld(&p);
    assert!(tilt.contains("Sending our newsletter (see your rights)"), "{tilt}");
    assert!(dpv.contains("Versand unseres Newsletters (siehe Ihre Rechte)"), "{dpv}");
    assert!(!tilt.contains("](#") && !dpv.contains("](#"));
}
