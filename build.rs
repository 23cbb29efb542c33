//! Embeds data into the binary so that adding to it is a data change, not a code change:
//! every explanation in `data/explain/*.md` (a table from code to Markdown) and every message
//! catalog in `locales/<lang>/*.ftl` (a table from language to files).

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    explanations();
    locales();
}

/// Files in `dir` with extension `ext`, as (stem, absolute path), sorted.
fn files(dir: &Path, ext: &str) -> Vec<(String, String)> {
    let mut entries: Vec<(String, String)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .filter_map(|p| Some((p.file_stem()?.to_str()?.to_string(), p.to_str()?.to_string())))
        .collect();
    entries.sort();
    entries
}

/// The package directory, read when the script runs: `env!` would bake in the directory the
/// script was compiled in, which is wrong for a `target/` copied from another checkout.
fn manifest_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()))
}

fn write_out(name: &str, contents: &str) {
    let target = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join(name);
    if let Err(e) = std::fs::write(&target, contents) {
        println!("cargo:warning=cannot write {}: {e}", target.display());
        std::process::exit(1);
    }
}

fn locales() {
    let root = manifest_dir().join("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut langs: Vec<(String, std::path::PathBuf)> = std::fs::read_dir(&root)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .filter_map(|p| Some((p.file_name()?.to_str()?.to_string(), p.clone())))
        .collect();
    langs.sort();
    let mut out = String::from(
        "/// Every message catalog: language tag to its `.ftl` files (name, contents), sorted.\n\
         pub static LOCALES: &[(&str, &[(&str, &str)])] = &[\n",
    );
    for (lang, dir) in langs {
        println!("cargo:rerun-if-changed={}", dir.display());
        let _ = writeln!(out, "    ({lang:?}, &[");
        for (stem, path) in files(&dir, "ftl") {
            let _ = writeln!(out, "        ({stem:?}, include_str!({path:?})),");
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    write_out("locales.rs", &out);
}

fn explanations() {
    let dir = manifest_dir().join("data/explain");
    println!("cargo:rerun-if-changed=data/explain");
    let entries = files(&dir, "md");
    let mut out =
        String::from("/// Every explanation, by code, sorted.\npub const EXPLANATIONS: &[(&str, &str)] = &[\n");
    for (code, path) in entries {
        let _ = writeln!(out, "    ({code:?}, include_str!({path:?})),");
    }
    out.push_str("];\n");
    write_out("explanations.rs", &out);
}
