//! Compile speed: the exemplary policy, and a large generated policy (hundreds of purposes).
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
