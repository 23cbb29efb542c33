//! `policyc diff`: what materially changed between two versions of a policy; exit 0 (no
//! material change), 1 (a material change) or 2 (the tool failed, or a version cannot be read).

use super::Exit;
use clap::ValueEnum;
use codespan_reporting::term::termcolor::StandardStream;
use policyc::Compilation;
use policyc::diff::{self, Report, Version};
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub(super) struct Args {
    /// `OLD NEW`: two policy files; with `--git`, one policy file of the work tree.
    #[arg(required = true, num_args = 1..=2, value_name = "FILE")]
    files: Vec<PathBuf>,
    /// Compare the file at this git revision with the work tree, or `REV1..REV2` for two revisions.
    #[arg(long, value_name = "REV")]
    git: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// With `--format md`: the languages to write (default: every language of the new policy).
    #[arg(long, value_name = "LANG")]
    lang: Vec<String>,
    /// The project directory of the files (see `check --root`); not used with `--git`.
    #[arg(long)]
    root: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// For people, material changes first.
    Text,
    /// A changelog entry in every published language.
    Md,
    /// One JSON document (`policyc-diff/1`).
    Json,
}

pub(super) fn run(args: &Args, stderr: &mut StandardStream) -> Exit {
    let (old, new) = match load(args) {
        Ok(pair) => pair,
        Err(message) => return super::fail(message),
    };
    let (Some(old_version), Some(new_version)) = (version(&old, "old", stderr), version(&new, "new", stderr)) else {
        return Exit::ToolFailure;
    };
    let report = Report::new(old_version, new_version);
    let output = match args.format {
        Format::Text => diff::text::render(&report),
        Format::Json => diff::json::render(&report),
        Format::Md => {
            let languages = if args.lang.is_empty() {
                new_version.policy.languages.clone()
            } else {
                args.lang.clone()
            };
            match diff::markdown::render(&report, old_version.policy, new_version.policy, &languages) {
                Ok(s) => s,
                Err(errors) => {
                    for e in &errors {
                        eprintln!("error: {e}");
                    }
                    return super::fail("cannot write the changelog: the message catalog is incomplete");
                }
            }
        }
    };
    print!("{output}");
    if report.is_material() {
        Exit::MaterialChange
    } else {
        Exit::Clean
    }
}

/// The two compilations: two files, or one file at a revision and in the work tree (or at two
/// revisions).
fn load(args: &Args) -> Result<(Compilation, Compilation), String> {
    let compile = |file: &Path| policyc::compile_file(file, args.root.as_deref()).map_err(|e| e.to_string());
    match (&args.git, args.files.as_slice()) {
        (None, [old, new]) => Ok((compile(old)?, compile(new)?)),
        (None, _) => Err("give two policy files, `OLD NEW`, or one file with `--git REV`".to_string()),
        (Some(rev), [file]) => {
            let at = |rev: &str| diff::git::compile_at(rev, file).map_err(|e| e.to_string());
            match rev.split_once("..") {
                Some((from, to)) if !from.is_empty() && !to.is_empty() => Ok((at(from)?, at(to)?)),
                Some(_) => Err(format!("`{rev}` is not a range: write `REV1..REV2`")),
                None => Ok((at(rev)?, compile(file)?)),
            }
        }
        (Some(_), _) => Err("with `--git REV`, give one policy file".to_string()),
    }
}

/// The version a compilation holds, or `None` after showing why it cannot be compared.
fn version<'a>(c: &'a Compilation, which: &str, stderr: &mut StandardStream) -> Option<Version<'a>> {
    let v = Version::of(c);
    if v.is_none() {
        let errors: Vec<_> = c
            .diagnostics
            .iter()
            .filter(|d| d.severity == policyc::diagnostics::Severity::Error)
            .cloned()
            .collect();
        let _ = policyc::diagnostics::render_to(stderr, &c.sources, &errors);
        eprintln!("error: the {which} version has language errors and cannot be compared");
    }
    v
}
