//! Flags, subcommands and exit codes. Every subcommand lives in its own file and only does I/O
//! around library calls.

mod build;
mod check;
mod diff;
mod explain;
mod languages;
mod rules;
mod schema;

use clap::{Parser, Subcommand, ValueEnum};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use std::path::PathBuf;

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: clean (warnings allowed unless denied).
    Clean,
    /// 1: the policy has errors (or denied warnings).
    PolicyErrors,
    /// 2: the tool could not do its job.
    ToolFailure,
    /// 1 (from `diff`): a material change between the two versions.
    MaterialChange,
}

impl From<Exit> for std::process::ExitCode {
    fn from(e: Exit) -> Self {
        std::process::ExitCode::from(match e {
            Exit::Clean => 0,
            Exit::PolicyErrors | Exit::MaterialChange => 1,
            Exit::ToolFailure => 2,
        })
    }
}

#[derive(Parser)]
#[command(
    name = "policyc",
    version,
    about = "Compile privacy policies written as code: check them against the GDPR and build the notices"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// When to use colours in diagnostics.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Subcommand)]
enum Command {
    /// Check a policy and report every finding.
    Check(check::Args),
    /// Check a policy and write its outputs.
    Build(build::Args),
    /// Print the JSON Schema of `policy.json`.
    Schema,
    /// Explain a diagnostic code or a rule.
    Explain(explain::Args),
    /// List every GDPR rule.
    Rules(rules::Args),
    /// List the languages whose message catalogs are complete.
    Languages(languages::Args),
    /// Report what materially changed between two versions of a policy.
    Diff(diff::Args),
}

/// Colour choice.
#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// Options shared by the subcommands that read a policy.
#[derive(clap::Args)]
struct Input {
    /// The policy file.
    file: PathBuf,
    /// The project directory: includes may not leave it. Default: the nearest ancestor with
    /// `policyc.toml` or `.git`, else the file's directory.
    #[arg(long)]
    root: Option<PathBuf>,
}

/// Parses the command line and runs the subcommand.
pub fn run() -> Exit {
    let cli = Cli::parse();
    let color = match cli.color {
        Color::Auto if std::io::IsTerminal::is_terminal(&std::io::stderr()) => ColorChoice::Auto,
        Color::Auto | Color::Never => ColorChoice::Never,
        Color::Always => ColorChoice::Always,
    };
    let mut stderr = StandardStream::stderr(color);
    match cli.command {
        Command::Check(args) => check::run(&args, &mut stderr),
        Command::Build(args) => build::run(&args, &mut stderr),
        Command::Schema => schema::run(),
        Command::Explain(args) => explain::run(&args),
        Command::Rules(args) => rules::run(&args),
        Command::Languages(args) => languages::run(&args),
        Command::Diff(args) => diff::run(&args, &mut stderr),
    }
}

/// Prints a tool failure.
fn fail(message: impl std::fmt::Display) -> Exit {
    eprintln!("error: {message}");
    Exit::ToolFailure
}

/// Compiles the input, or reports why it could not be read.
fn compile(input: &Input) -> Result<policyc::Compilation, Exit> {
    policyc::compile_file(&input.file, input.root.as_deref()).map_err(fail)
}
