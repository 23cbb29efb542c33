//! Compile speed: the exemplary policy, and a large generated policy (hundreds of purposes);
//! rendering speed: thousands of errors on one very long line.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    missing_docs
)]

use std::path::Path;

fn main() {
    divan::main();
}

#[divan::bench]
fn acme(bencher: divan::Bencher) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = root.join("examples/acme.policy");
    bencher.bench(|| policyc::compile_file(&file, Some(root)).unwrap());
}

#[divan::bench(args = [100, 1000])]
fn generated(bencher: divan::Bencher, purposes: usize) {
    let mut text = String::from("policy big {\n  languages [en]\n}\ndata d : contact { source data_subject }\n");
    for i in 0..purposes {
        text.push_str(&format!(
            "purpose p{i} : analytics {{\n  description \"Counting visits number {i}\"\n  data [d]\n  basis consent\n  retention {i} days after collection\n}}\n",
            i = i + 1
        ));
    }
    bencher.bench(|| policyc::compile_source("big.policy", &text));
}

/// 5000 unknown references on one line of about a megabyte, rendered for people (capped, with
/// excerpts of the line) and as JSON (all of them).
#[divan::bench(args = ["human", "json"])]
fn render_many_errors(bencher: divan::Bencher, format: &str) {
    let items: Vec<String> = (0..5000).map(|i| format!("unknown_data_category_{i:0>180}")).collect();
    let text = format!(
        "policy p {{\n  languages [en]\n}}\npurpose s : security {{\n  basis contract\n  data [{}]\n}}\n",
        items.join(", ")
    );
    let c = policyc::compile_source("long.policy", &text);
    assert_eq!(c.diagnostics.len(), 5000);
    bencher.bench(|| match format {
        "human" => c.render_diagnostics().len(),
        _ => serde_json::to_string(&policyc::diagnostics::json_report(&c.sources, &c.diagnostics))
            .unwrap()
            .len(),
    });
}
