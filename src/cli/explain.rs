//! `policyc explain CODE`: print the long explanation of a diagnostic code.

use super::Exit;
use policyc::codes;

#[derive(clap::Args)]
pub(super) struct Args {
    /// The code, such as `E0102`.
    code: String,
}

pub(super) fn run(args: &Args) -> Exit {
    match codes::explanation(&args.code) {
        Some(text) => {
            print!("{text}");
            Exit::Clean
        }
        None => {
            let hint = policyc::suggest::did_you_mean(&args.code, codes::EXPLANATIONS.iter().map(|(c, _)| *c))
                .map(|h| format!("; {h}"))
                .unwrap_or_default();
            super::fail(format!("no diagnostic code `{}`{hint}", args.code))
        }
    }
}
