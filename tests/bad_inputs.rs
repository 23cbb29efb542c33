//! The corpus of bad inputs: every file in `tests/bad/` must be rejected with a registered
//! error code, and its rendered diagnostics are kept as snapshots in `snapshots/`. Inputs that
//! are impractical as files (huge, binary, generated) are built here and checked with asserts.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

use policyc::Compilation;
use policyc::project::MemLoader;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// `tests/bad`, the project root every bad file is compiled against.
fn bad_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("bad")
}

/// The input followed by its rendered diagnostics.
fn report(source: &str, compilation: &Compilation) -> String {
    let rendered = compilation.render_diagnostics();
    format!("{source}\n---- diagnostics ----\n{rendered}")
}

/// Problems that make a bad input useless as a test: no error, or an unregistered code.
fn problems(name: &str, compilation: &Compilation) -> Vec<String> {
    let mut out = Vec::new();
    if !compilation.has_errors() {
        out.push(format!("{name}: no error reported"));
    }
    for d in &compilation.diagnostics {
        if !policyc::codes::CODES.iter().any(|c| c.code == d.code) {
            out.push(format!("{name}: code `{}` is not in policyc::codes::CODES", d.code));
        }
    }
    out
}

/// Compiles a bad file from disk with `root` as the project directory.
fn compile_bad(path: &Path, root: &Path) -> Compilation {
    policyc::compile_file(path, Some(root)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

#[test]
fn bad_inputs() {
    let root = bad_dir();
    let mut failures = Vec::new();
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
    }, {
        insta::glob!("bad", "*.policy", |path| {
            let source = std::fs::read_to_string(path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            // `empty_file.policy` is the one case that cannot say what is wrong with it.
            if !source.is_empty() && !source.starts_with("//") {
                failures.push(format!("{name}: must start with a `//` line saying what is wrong"));
            }
            let compilation = compile_bad(path, &root);
            failures.extend(problems(&name, &compilation));
            let rendered = report(&source, &compilation);
            if rendered.contains(root.to_string_lossy().as_ref()) {
                failures.push(format!("{name}: the diagnostics show an absolute path"));
            }
            insta::assert_snapshot!(rendered);
        });
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Compiles an include case: `main` inside `dir`, with `root` as the project directory. The
/// snapshot shows every file of the case, then the diagnostics.
fn include_case(snapshot: &str, dir: &str, main: &str, root: &str) {
    let dir = bad_dir().join(dir);
    let root = dir.join(root);
    let compilation = compile_bad(&dir.join(main), &root);
    let failures = problems(snapshot, &compilation);
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    let mut files: Vec<PathBuf> = Vec::new();
    let mut stack = vec![dir.clone()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(p);
            }
        }
    }
    files.sort();
    let mut sources = String::new();
    for f in &files {
        let rel = f.strip_prefix(&dir).unwrap().to_string_lossy().replace('\\', "/");
        sources.push_str(&format!("==== {rel} ====\n{}\n", std::fs::read_to_string(f).unwrap()));
    }
    // The project directory is an absolute path that differs between machines.
    let canonical_root = std::fs::canonicalize(&root).unwrap();
    let rendered = report(&sources, &compilation).replace(canonical_root.to_string_lossy().as_ref(), "<project>");
    assert!(
        !rendered.contains(bad_dir().to_string_lossy().as_ref()),
        "{snapshot}: the diagnostics show an absolute path"
    );
    settings().bind(|| insta::assert_snapshot!(snapshot, rendered));
}

#[test]
fn include_cycle() {
    include_case("bad_include_cycle", "include_cycle", "main.policy", ".");
}

#[test]
fn include_escape() {
    include_case("bad_include_escape", "include_escape", "project/main.policy", "project");
}

#[test]
fn include_syntax_error() {
    include_case("bad_include_syntax_error", "include_syntax_error", "main.policy", ".");
}

#[test]
fn include_missing() {
    include_case("bad_include_missing", "include_missing", "main.policy", ".");
}

// ---------------------------------------------------------------- generated inputs

/// Compiles bytes held in memory as `name`.
fn compile_bytes(name: &str, bytes: Vec<u8>) -> Compilation {
    let mut loader = MemLoader::new();
    loader.insert(name, bytes);
    policyc::compile(&loader, Path::new(name), Path::new("")).unwrap()
}

/// Asserts that `code` is the only finding: a file that cannot be decoded or parsed must not
/// also be reported as lacking a `policy` declaration (E0105) or anything else.
fn assert_reports(compilation: &Compilation, code: &str) {
    assert_eq!(code_counts(compilation), format!("{code} ×1"));
}

fn codes(compilation: &Compilation) -> Vec<&'static str> {
    compilation.diagnostics.iter().map(|d| d.code).collect()
}

/// The language diagnostics (registered in `CODES`), leaving out the findings of the GDPR
/// checker, which runs on inputs without language errors.
fn language_codes(compilation: &Compilation) -> Vec<&'static str> {
    codes(compilation)
        .into_iter()
        .filter(|c| policyc::codes::CODES.iter().any(|info| info.code == *c))
        .collect()
}

/// A short summary of the codes reported (`E0200 ×3, GDPR-13-1-a ×1`), for failure messages
/// about inputs whose rendered diagnostics would be huge.
fn code_counts(compilation: &Compilation) -> String {
    let mut counts = std::collections::BTreeMap::new();
    for c in codes(compilation) {
        *counts.entry(c).or_insert(0usize) += 1;
    }
    counts
        .iter()
        .map(|(c, n)| format!("{c} ×{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Runs `f`, failing when it takes longer than `limit` (debug build, shared machine: generous).
fn timed<T>(what: &str, limit: Duration, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    assert!(took < limit, "{what} took {took:?} (limit {limit:?})");
    out
}

const SMALL: &str = r#"// A small policy in the style of examples/acme.policy.
policy small {
  title     { en "Privacy notice" de "Datenschutzhinweise" }
  version   "1"
  effective 2026-03-01
  languages [en, de]
  intro {
    en "We store your files.
Nothing else."
    de "Wir speichern Ihre Dateien."
  }
}

controller acme {
  name    "ACME GmbH"
  address "Torstraße 120, 10119 Berlin, Germany"
  country DE
  email   "privacy@acme.example.eu"
}

data account_data : account {
  items  { en ["Name", "E-mail address"] de ["Name", "E-Mail-Adresse"] }
  source   data_subject
  required contract_prerequisite
  consequence { en "No account without them." de "Ohne sie kein Konto." }
}

purpose storage : service_provision {
  description { en "Storing your files" de "Speichern Ihrer Dateien" }
  data      [account_data]
  basis     contract
  retention 30 days after account_closure
}

rights {
  email         "privacy@acme.example.eu"
  response_time 1 month
  authority     DE
}

changes {
  description { en "We e-mail you first." de "Wir schreiben Ihnen vorher." }
  notice 30 days
  active true
}

statement no_adm : no_automated_decisions {
  text { en "We make no automated decisions." de "Wir treffen keine automatisierten Entscheidungen." }
}
"#;

#[test]
fn small_policy_has_no_errors() {
    let c = policyc::compile_source("small.policy", SMALL);
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    assert!(c.policy.is_some());
}

#[test]
fn byte_order_mark_is_accepted() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(SMALL.as_bytes());
    let c = compile_bytes("small.policy", bytes);
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    let plain = policyc::compile_source("small.policy", SMALL);
    assert_eq!(
        policyc::policy_json(c.policy.as_ref().unwrap()),
        policyc::policy_json(plain.policy.as_ref().unwrap())
    );
    assert_eq!(c.render_diagnostics(), plain.render_diagnostics());
}

#[test]
fn crlf_line_endings_give_the_same_model() {
    let crlf = SMALL.replace('\n', "\r\n");
    let lf = policyc::compile_source("small.policy", SMALL);
    let c = policyc::compile_source("small.policy", &crlf);
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    assert_eq!(
        policyc::policy_json(c.policy.as_ref().unwrap()),
        policyc::policy_json(lf.policy.as_ref().unwrap())
    );
    assert_eq!(codes(&c), codes(&lf));
}

#[test]
fn crlf_line_endings_give_the_same_diagnostics() {
    // Several kinds of error, so that spans on later lines are compared too.
    let bad = SMALL
        .replace("country DE", "country UK")
        .replace("basis     contract", "basis     concent")
        .replace("1 month", "1 mnth");
    let lf = policyc::compile_source("small.policy", &bad);
    let crlf = policyc::compile_source("small.policy", &bad.replace('\n', "\r\n"));
    assert_eq!(
        codes(&lf),
        vec!["E0303", "E0201", "E0302"],
        "{}",
        lf.render_diagnostics()
    );
    let located = |c: &Compilation| -> Vec<(String, usize, usize)> {
        c.diagnostics
            .iter()
            .map(|d| {
                let at = policyc::diagnostics::json_location(&c.sources, d.primary.span);
                (d.message.clone(), at.line, at.column)
            })
            .collect()
    };
    assert_eq!(located(&crlf), located(&lf));
    assert_eq!(crlf.render_diagnostics(), lf.render_diagnostics());
}

#[test]
fn invalid_utf8_is_reported() {
    let mut bytes = b"policy p {\n  title \"Caf".to_vec();
    bytes.push(0xe9); // Latin-1 `é`
    bytes.extend_from_slice(b"\"\n  languages [en]\n}\n");
    let c = compile_bytes("latin1.policy", bytes);
    assert_reports(&c, "E0006");
    let d = c.diagnostics.iter().find(|d| d.code == "E0006").unwrap();
    let at = policyc::diagnostics::json_location(&c.sources, d.primary.span);
    assert_eq!((at.line, at.column), (2, 13));
    assert!(c.render_diagnostics().contains("invalid byte here"));
}

#[test]
fn invalid_utf8_at_the_end_is_reported() {
    let mut bytes = b"policy p {\n  title \"x\"\n  languages [en]\n}\n".to_vec();
    bytes.extend_from_slice(&[0xe2, 0x82]); // a truncated `€`
    let c = compile_bytes("truncated.policy", bytes);
    assert_reports(&c, "E0006");
}

#[test]
fn ten_megabyte_file_is_refused_quickly() {
    let line = "// padding padding padding padding padding padding padding padding\n";
    let text = line.repeat(10 * 1024 * 1024 / line.len() + 1);
    assert!(text.len() > 10 * 1024 * 1024);
    let c = timed("a 10 MB file", Duration::from_secs(2), || {
        compile_bytes("huge.policy", text.into_bytes())
    });
    assert_reports(&c, "E0007");
    assert!(c.render_diagnostics().contains("too large"));
}

#[test]
fn ten_thousand_nested_brackets_are_refused() {
    let text = format!(
        "policy p {{\n  title \"x\"\n  languages [en]\n  deep {}{}\n}}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let c = timed("10 000 nested lists", Duration::from_secs(5), || {
        policyc::compile_source("deep.policy", &text)
    });
    assert_reports(&c, "E0005");
}

#[test]
fn ten_thousand_nested_blocks_are_refused() {
    let text = format!(
        "policy p {{\n  title \"x\"\n  languages [en]\n}}\n{}{}\n",
        "a {\n".repeat(10_000),
        "}\n".repeat(10_000)
    );
    let c = timed("10 000 nested blocks", Duration::from_secs(5), || {
        policyc::compile_source("deep.policy", &text)
    });
    assert_reports(&c, "E0005");
}

#[test]
fn ten_thousand_unclosed_brackets_are_refused() {
    let text = format!("policy p {{\n  title \"x\"\n  languages {}\n}}\n", "[".repeat(10_000));
    let c = policyc::compile_source("deep.policy", &text);
    assert_reports(&c, "E0005");
}

#[test]
fn nesting_at_the_limit_parses() {
    let depth = policyc::syntax::MAX_DEPTH - 1; // the policy block is one level
    let text = format!(
        "policy p {{\n  title \"x\"\n  languages [en]\n  deep {}{}\n}}\n",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let c = policyc::compile_source("deep.policy", &text);
    // Only the unknown field is wrong; the nesting itself is accepted.
    assert_eq!(codes(&c), vec!["E0102"], "{}", c.render_diagnostics());
}

#[test]
fn a_list_of_100_000_items_completes() {
    let items: Vec<String> = (0..100_000).map(|i| format!("\"item {i}\"")).collect();
    let text = format!(
        "policy p {{\n  title \"x\"\n  languages [en]\n}}\ndata d : contact {{\n  items [{}]\n}}\n",
        items.join(", ")
    );
    let c = timed("a list of 100 000 items", Duration::from_secs(60), || {
        policyc::compile_source("long.policy", &text)
    });
    assert_eq!(language_codes(&c), Vec::<&str>::new(), "{}", code_counts(&c));
    let policy = c.policy.unwrap();
    assert_eq!(policy.data[0].items.as_ref().unwrap()["en"].len(), 100_000);
}

#[test]
fn a_list_of_100_000_duplicates_completes() {
    // Duplicates are found with a map, not by comparing every pair.
    let items = vec!["DE"; 100_000].join(", ");
    let text = format!("policy p {{\n  title \"x\"\n  languages [en]\n  countries [{items}]\n}}\n");
    let c = timed("a list of 100 000 duplicates", Duration::from_secs(60), || {
        policyc::compile_source("long.policy", &text)
    });
    assert_eq!(code_counts(&c), "E0313 ×99999");
    assert_eq!(c.policy.unwrap().countries, vec!["DE"]);
}

#[test]
fn a_list_of_100_000_bad_references_completes() {
    // One reference per line: every diagnostic renders its line, so 100 000 diagnostics on a
    // single 700 kB line would print tens of gigabytes.
    let items: Vec<String> = (0..100_000).map(|i| format!("d{i}")).collect();
    let text = format!(
        "policy p {{\n  title \"x\"\n  languages [en]\n}}\npurpose s : security {{\n  basis contract\n  data [\n{}\n  ]\n}}\n",
        items.join(",\n")
    );
    let (c, rendered) = timed("100 000 unknown references", Duration::from_secs(120), || {
        let c = policyc::compile_source("long.policy", &text);
        let rendered = c.render_diagnostics();
        (c, rendered)
    });
    assert_eq!(code_counts(&c), "E0200 ×100000");
    assert!(rendered.contains("no data category named `d0`"));
    assert!(rendered.contains("99900 more errors in `long.policy` not shown"));
}

/// 5000 errors on one line of about a megabyte.
fn many_errors_on_one_long_line() -> String {
    let items: Vec<String> = (0..5000).map(|i| format!("unknown_data_category_{i:0>180}")).collect();
    let line = items.join(", ");
    assert!(line.len() > 900_000);
    format!(
        "policy p {{\n  title \"x\"\n  languages [en]\n}}\npurpose s : security {{\n  basis contract\n  data [{line}]\n}}\n"
    )
}

#[test]
fn many_errors_are_capped_for_people_and_complete_in_json() {
    let text = many_errors_on_one_long_line();
    let c = policyc::compile_source("long.policy", &text);
    assert_eq!(code_counts(&c), "E0200 ×5000");
    let rendered = c.render_diagnostics();
    let shown = rendered.matches("error[E0200]").count();
    assert_eq!(shown, policyc::diagnostics::MAX_SHOWN_PER_FILE);
    assert!(
        rendered
            .ends_with("note: 4900 more errors in `long.policy` not shown; use `--format json` to see all of them\n"),
        "{}",
        &rendered[rendered.len().saturating_sub(300)..]
    );
    // Each snippet shows an excerpt of the long line, not the whole megabyte.
    assert!(rendered.len() < 200 * 1024, "{} bytes rendered", rendered.len());
    // The excerpt keeps the file's own line and column numbers.
    let third = &c.diagnostics[2];
    let at = policyc::diagnostics::json_location(&c.sources, third.primary.span);
    assert!(rendered.contains(&format!("long.policy:{}:{}", at.line, at.column)));
    assert!(
        rendered.contains("unknown_data_category_000"),
        "the label's text is shown"
    );
    let json = policyc::diagnostics::json_report(&c.sources, &c.diagnostics);
    assert_eq!(json.diagnostics.len(), 5000);
    assert_eq!(json.summary.errors, 5000);
}

#[test]
fn a_long_line_is_shown_as_an_excerpt_around_the_label() {
    let padding = "x".repeat(5000);
    let text = format!("policy p {{\n  title \"{padding}\"; languages [en]; version 12\n}}\n");
    let c = policyc::compile_source("long.policy", &text);
    let rendered = c.render_diagnostics();
    assert!(rendered.contains("long.policy:2:"), "{rendered}");
    assert!(rendered.contains("…xxxx"), "{rendered}");
    assert!(rendered.contains("version 12"), "{rendered}");
    assert!(rendered.len() < 2000, "{rendered}");
    let d = c.diagnostics.iter().find(|d| d.code == "E0300").unwrap();
    let at = policyc::diagnostics::json_location(&c.sources, d.primary.span);
    assert!(rendered.contains(&format!("long.policy:2:{}", at.column)), "{rendered}");
    // The caret sits under the value, `12`.
    let caret_line = rendered.lines().find(|l| l.contains('^')).unwrap();
    let code_line = rendered.lines().find(|l| l.contains("version 12")).unwrap();
    let caret = caret_line.chars().position(|ch| ch == '^').unwrap();
    let under: String = code_line.chars().skip(caret).take(2).collect();
    assert_eq!(under, "12", "{rendered}");
}

#[test]
fn a_one_megabyte_string_completes() {
    let long = "All work and no play makes Jack a dull boy. ".repeat(1024 * 1024 / 44 + 1);
    let text = format!("policy p {{\n  title \"x\"\n  languages [en]\n  intro \"{long}\"\n}}\n");
    assert!(text.len() > 1024 * 1024);
    let c = timed("a 1 MB string", Duration::from_secs(30), || {
        policyc::compile_source("long.policy", &text)
    });
    assert_eq!(language_codes(&c), Vec::<&str>::new(), "{}", code_counts(&c));
    let intro = c.policy.unwrap().intro.unwrap();
    assert_eq!(intro["en"], long);
}
