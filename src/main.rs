//! The `policyc` command: a thin layer that wires the library's phases to files and exit codes.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run().into()
}
