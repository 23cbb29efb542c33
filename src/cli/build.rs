//! `policyc build`: check, then write the outputs; a policy with errors builds nothing unless
//! `--allow-errors` asks for a draft.
//!
//! A language asked for with `--lang` that cannot be built (not published by the policy, or
//! without a complete message catalog) is a usage error: exit 2, nothing written. Without
//! `--lang`, the languages without a complete catalog are skipped with a warning.

use super::{Exit, Input, compile};
use clap::ValueEnum;
use codespan_reporting::term::termcolor::StandardStream;
use policyc::diagnostics;
use policyc::output::{OutputFile, write_all};
use policyc::render::{self, Options, RenderError};
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
    /// The formats to write (comma-separated or repeated). Default: html, md and json; `tilt`
    /// and `dpv` only when asked for.
    #[arg(long, value_enum, value_delimiter = ',')]
    format: Vec<Format>,
    /// Build only these languages of the policy (comma-separated or repeated). Default: all.
    #[arg(long, value_delimiter = ',')]
    lang: Vec<String>,
    /// Also write `<lang>/fragment.html`: the notice without `<html>`/`<head>`, for a CMS.
    #[arg(long)]
    fragment: bool,
}

/// An output format.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// `<lang>/index.html` per language and the language chooser `index.html`.
    Html,
    /// `<lang>/policy.md` per language, with YAML front matter.
    Md,
    /// `policy.json`, the machine-readable model.
    Json,
    /// `tilt.json`: a TILT document (Transparency Information Language and Toolkit).
    Tilt,
    /// `policy.dpv.jsonld`: the policy in W3C DPV terms, as JSON-LD.
    Dpv,
}

impl Format {
    /// The machine-readable exports that the renderer does not write: (file, contents).
    fn export(self, policy: &policyc::model::Policy) -> Option<(&'static str, String)> {
        match self {
            Format::Tilt => Some(("tilt.json", policyc::export::tilt_json(policy))),
            Format::Dpv => Some(("policy.dpv.jsonld", policyc::export::dpv_jsonld(policy))),
            Format::Html | Format::Md | Format::Json => None,
        }
    }
}

impl Args {
    fn options(&self) -> Options {
        let formats = if self.format.is_empty() {
            vec![Format::Html, Format::Md, Format::Json]
        } else {
            self.format.clone()
        };
        Options {
            langs: (!self.lang.is_empty()).then(|| self.lang.clone()),
            formats: formats
                .into_iter()
                .filter_map(|f| match f {
                    Format::Html => Some(render::Format::Html),
                    Format::Md => Some(render::Format::Md),
                    Format::Json => Some(render::Format::Json),
                    Format::Tilt | Format::Dpv => None,
                })
                .collect(),
            fragment: self.fragment,
        }
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
    let options = args.options();
    if options.langs.is_none() && options.formats.iter().any(|f| *f != render::Format::Json) {
        for lang in render::site::skipped(&policy) {
            eprintln!(
                "warning: no complete message catalog for `{lang}`: its pages were not built (see `policyc languages`)"
            );
        }
    }
    let mut files = match render::render(&policy, &options) {
        Ok(files) => files,
        Err(e @ RenderError::Language(_)) => return super::fail(e),
        Err(e) => return super::fail(format!("{e}; nothing was built")),
    };
    let mut exports: Vec<Format> = args.format.clone();
    exports.dedup();
    for (path, contents) in exports.iter().filter_map(|f| f.export(&policy)) {
        if !files.iter().any(|f| f.path.as_path() == std::path::Path::new(path)) {
            files.push(OutputFile {
                path: path.into(),
                contents: contents.into_bytes(),
            });
        }
    }
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
