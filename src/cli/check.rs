//! `policyc check`: report every finding; exit 0, 1 or 2.

use super::{Exit, Input, compile};
use clap::ValueEnum;
use codespan_reporting::term::termcolor::StandardStream;
use policyc::diagnostics::{self, Severity};

#[derive(clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    input: Input,
    /// Output format of the findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Make warnings fail the check (`--deny warnings`).
    #[arg(long, value_enum)]
    deny: Option<Deny>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Source snippets, like rustc (on standard error).
    Human,
    /// One JSON document (on standard output).
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Deny {
    Warnings,
}

pub(super) fn run(args: &Args, stderr: &mut StandardStream) -> Exit {
    let compilation = match compile(&args.input) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    match args.format {
        Format::Human => {
            if let Err(e) = diagnostics::render_to(stderr, &compilation.sources, &compilation.diagnostics) {
                return super::fail(e);
            }
            eprintln!(
                "{}: {}",
                args.input.file.display(),
                diagnostics::summary(&compilation.diagnostics)
            );
        }
        Format::Json => {
            let report = diagnostics::json_report(&compilation.sources, &compilation.diagnostics);
            match serde_json::to_string_pretty(&report) {
                Ok(s) => println!("{s}"),
                Err(e) => return super::fail(e),
            }
        }
    }
    let warnings_fail = args.deny.is_some() && compilation.count(Severity::Warning) > 0;
    if compilation.has_errors() || warnings_fail {
        Exit::PolicyErrors
    } else {
        Exit::Clean
    }
}
