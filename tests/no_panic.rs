//! No input makes the compiler panic: every prefix of every example, and random byte edits of
//! them, go through compilation and model serialisation.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use policyc::project::MemLoader;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn example_sources() -> Vec<(String, Vec<u8>)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["examples", "examples/seeds", "examples/shared"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "policy") {
                out.push((
                    path.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

/// Compiles bytes as a file and serialises whatever model comes out.
fn run(bytes: &[u8]) {
    let mut loader = MemLoader::new();
    loader.insert("p.policy", bytes.to_vec());
    let compilation = policyc::compile(&loader, Path::new("p.policy"), Path::new("")).unwrap();
    let _ = compilation.render_diagnostics();
    if let Some(policy) = &compilation.policy {
        let _ = policyc::policy_json(policy);
    }
}

#[test]
fn every_prefix_of_every_example() {
    // About 100 000 compilations: the files are shared out over the machine's cores.
    let sources = example_sources();
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for worker in 0..workers {
            let sources = &sources;
            scope.spawn(move || {
                for (name, bytes) in sources.iter().skip(worker).step_by(workers) {
                    for end in 0..=bytes.len() {
                        let result = std::panic::catch_unwind(|| run(&bytes[..end]));
                        assert!(result.is_ok(), "{name}: panic on the prefix of {end} bytes");
                    }
                }
            });
        }
    });
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_byte_edits(which in 0usize..64, edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8)) {
        let sources = example_sources();
        let (_, original) = &sources[which % sources.len()];
        let mut bytes = original.clone();
        for (at, byte, op) in edits {
            if bytes.is_empty() { break; }
            let i = at.index(bytes.len());
            match op {
                0 => bytes[i] = byte,
                1 => { bytes.insert(i, byte); }
                _ => { bytes.remove(i); }
            }
        }
        run(&bytes);
    }

    #[test]
    fn random_token_soup(tokens in proptest::collection::vec(prop::sample::select(vec![
        "policy", "data", "purpose", "{", "}", "[", "]", ":", ";", "\n", "\"x\"", "en", "retention", "2", "years",
        "after", "2025-01-01", "allow", "basis", "consent", "include", "\"p.policy\"", "languages", "//c\n", "not_stated",
        "2026/03/01", "0000-01-01", "09/08/2025", "15.5", "\u{201c}x\u{201d}", "\u{a0}", "[DE, DE]", "{ en 42 }",
    ]), 0..200)) {
        run(tokens.join(" ").as_bytes());
    }

    /// Diagnostics on very long lines are rendered as excerpts: labels anywhere on the line,
    /// next to multi-byte characters, at its start and at its end.
    #[test]
    fn long_lines(tokens in proptest::collection::vec(prop::sample::select(vec![
        "x", "é", "\u{1f600}", "\u{201c}", "\"text\"", "DE", "XX", "12", "2026-13-01", "[", "]", "{", "}", ":", "\r\n",
    ]), 0..400), pad in 0usize..600) {
        let body = tokens.join(if pad % 2 == 0 { " " } else { "" });
        let text = format!("policy p {{\n  languages [en]\n  countries [{}, {body}]\n}}\n", "DE, ".repeat(pad));
        run(text.as_bytes());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    /// Links written in texts: any text, however its brackets nest, is read without panicking;
    /// every reference found is a `[…](…)` span of the text, and a text without one is kept as is.
    #[test]
    fn links_in_texts(text in "[\\[\\]()#a-zé :/.@\n-]{0,60}") {
        use policyc::render::doc::Inline;
        use policyc::render::refs;
        let found = refs::references(&text);
        for r in &found {
            let span = &text[r.start..r.end];
            prop_assert!(span.starts_with('[') && span.ends_with(')'), "{span:?}");
        }
        if found.is_empty() {
            prop_assert_eq!(refs::plain(&text), text.clone());
        }
        let mut line = vec![Inline::Text(text.clone())];
        refs::link_line(&mut line, &["a".to_string()].into());
        let shown: String = line
            .iter()
            .map(|i| match i {
                Inline::Text(t) | Inline::Strong(t) => t.clone(),
                Inline::Link { text, .. } => text.clone(),
            })
            .collect();
        // What the page shows reads like the plain text (links to parts become their labels).
        let only_anchors = found.iter().all(|r| matches!(r.target, refs::Target::Anchor(_)));
        if only_anchors {
            prop_assert_eq!(shown, refs::plain(&text));
        }
    }
}
