//! Embeds every explanation in `data/explain/*.md` into the binary, as a table from code to
//! Markdown, so that adding a rule's explanation is a data change.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/explain");
    println!("cargo:rerun-if-changed=data/explain");
    let mut entries: Vec<(String, String)> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .filter_map(|p| Some((p.file_stem()?.to_str()?.to_string(), p.to_str()?.to_string())))
        .collect();
    entries.sort();
    let mut out =
        String::from("/// Every explanation, by code, sorted.\npub const EXPLANATIONS: &[(&str, &str)] = &[\n");
    for (code, path) in entries {
        let _ = writeln!(out, "    ({code:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("explanations.rs");
    if let Err(e) = std::fs::write(&target, out) {
        println!("cargo:warning=cannot write {}: {e}", target.display());
        std::process::exit(1);
    }
}
