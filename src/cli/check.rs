//! `policyc check`: report every finding; exit 0, 1 or 2.

use super::{Exit, Input, compile};
use clap::ValueEnum;
use codespan_reporting::term::termcolor::StandardStream;
use policyc::diagnostics::{self, Severity};
use policyc::output::{OutputFile, write_all};
use policyc::report::{self, Base};
use std::path::{Path, PathBuf};

#[derive(clap::Args)]
pub(super) struct Args {
    #[command(flatten)]
    input: Input,
    /// Output format of the findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Write the report to this file (replaced atomically) instead of the terminal.
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
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
    /// A SARIF 2.1.0 log for code scanning (on standard output), paths relative to the current
    /// directory.
    Sarif,
    /// GitHub Actions workflow commands, one annotation per finding (on standard output).
    Github,
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
    let summary = format!(
        "{}: {}",
        args.input.file.display(),
        diagnostics::summary(&compilation.diagnostics)
    );
    let (sources, found) = (&compilation.sources, &compilation.diagnostics);
    let report = match args.format {
        Format::Human if args.output.is_none() => {
            if let Err(e) = diagnostics::render_to(stderr, sources, found) {
                return super::fail(e);
            }
            eprintln!("{summary}");
            None
        }
        Format::Human => Some(format!("{}{summary}\n", diagnostics::render_plain(sources, found))),
        Format::Json => match serde_json::to_string_pretty(&diagnostics::json_report(sources, found)) {
            Ok(s) => Some(s + "\n"),
            Err(e) => return super::fail(e),
        },
        Format::Sarif => match report::sarif::render(sources, found, &base()) {
            Ok(s) => Some(s),
            Err(e) => return super::fail(e),
        },
        Format::Github => Some(report::github::render(sources, found, &base())),
    };
    if let Some(report) = report {
        let written = match &args.output {
            Some(path) => write_file(path, report),
            None => {
                print!("{report}");
                Ok(())
            }
        };
        if let Err(e) = written {
            return super::fail(e);
        }
        if args.output.is_some() && !matches!(args.format, Format::Human) {
            eprintln!("{summary}");
        }
    }
    let warnings_fail = args.deny.is_some() && compilation.count(Severity::Warning) > 0;
    if compilation.has_errors() || warnings_fail {
        Exit::PolicyErrors
    } else {
        Exit::Clean
    }
}

/// Report paths are relative to the current directory: in CI, the checkout.
fn base() -> Base {
    Base::new(std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")))
}

/// Writes `report` to `path` through a temporary file beside it and a rename.
fn write_file(path: &Path, report: String) -> Result<(), policyc::Error> {
    let Some(name) = path.file_name().map(PathBuf::from) else {
        return Err(policyc::Error::Write {
            path: path.to_path_buf(),
            message: "this is not a file name".into(),
        });
    };
    let dir = path.parent().unwrap_or(Path::new(""));
    write_all(
        dir,
        &[OutputFile {
            path: name,
            contents: report.into_bytes(),
        }],
    )
}
