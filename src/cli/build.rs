//! `policyc build`: check, then write the outputs; a policy with errors builds nothing unless
//! `--allow-errors` asks for a draft.

use super::{Exit, Input, compile};
use codespan_reporting::term::termcolor::StandardStream;
use policyc::diagnostics;
use policyc::output::{OutputFile, write_all};
use std::path::PathBuf;

#[derive(clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    input: Input,
    /// The output directory.
    #[arg(long)]
    out: PathBuf,
    /// Build even when the policy has errors; every output then says it is a draft.
    #[arg(long)]
    allow_errors: bool,
    /// What to write: comma-separated, and the flag may be repeated.
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [Format::Json])]
    format: Vec<Format>,
}

/// An output format of `build`, and the file it writes.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub(super) enum Format {
    /// `policy.json`: the model.
    Json,
    /// `tilt.json`: a TILT document.
    Tilt,
    /// `policy.dpv.jsonld`: W3C DPV as JSON-LD.
    Dpv,
}

impl Format {
    /// The files this format writes for `policy`.
    fn files(self, policy: &policyc::model::Policy) -> Vec<OutputFile> {
        let (path, contents) = match self {
            Format::Json => ("policy.json", policyc::policy_json(policy)),
            Format::Tilt => ("tilt.json", policyc::export::tilt_json(policy)),
            Format::Dpv => ("policy.dpv.jsonld", policyc::export::dpv_jsonld(policy)),
        };
        vec![OutputFile {
            path: path.into(),
            contents: contents.into_bytes(),
        }]
    }
}

pub(super) fn run(args: &Args, stderr: &mut StandardStream) -> Exit {
    let compilation = match compile(&args.input) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    if let Err(e) = diagnostics::render_to(stderr, &compilation.sources, &compilation.diagnostics) {
        return super::fail(e);
    }
    let has_errors = compilation.has_errors();
    let Some(mut policy) = compilation.policy else {
        eprintln!(
            "{}: {}; nothing was built",
            args.input.file.display(),
            diagnostics::summary(&compilation.diagnostics)
        );
        return Exit::PolicyErrors;
    };
    if has_errors && !args.allow_errors {
        eprintln!(
            "{}: {}; nothing was built (use --allow-errors to build a draft)",
            args.input.file.display(),
            diagnostics::summary(&compilation.diagnostics)
        );
        return Exit::PolicyErrors;
    }
    policy.draft = has_errors;
    let mut formats = args.format.clone();
    formats.sort_unstable();
    formats.dedup();
    let files: Vec<OutputFile> = formats.iter().flat_map(|f| f.files(&policy)).collect();
    if let Err(e) = write_all(&args.out, &files) {
        return super::fail(e);
    }
    let draft = if has_errors {
        " (draft: the policy has errors)"
    } else {
        ""
    };
    eprintln!("wrote {} file(s) to {}{draft}", files.len(), args.out.display());
    if has_errors { Exit::PolicyErrors } else { Exit::Clean }
}
