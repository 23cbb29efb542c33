//! `policyc explain CODE`: print the long explanation of a diagnostic code.

use super::Exit;
use policyc::codes;

#[derive(clap::Args)]
pub(super) struct Args {
    /// The code, such as `E0102`.
    code: String,
}

pub(super) fn run(args: &Args) -> Exit {
    if let Some(c) = policyc::check::covered_entry(&args.code) {
        print!("{}", covered(c));
        return Exit::Clean;
    }
    match codes::explanation(&args.code) {
        Some(text) => {
            print!("{text}");
            Exit::Clean
        }
        None => {
            let known = codes::EXPLANATIONS
                .iter()
                .map(|(c, _)| *c)
                .chain(policyc::check::covered().iter().map(|c| c.code.as_str()));
            let hint = policyc::suggest::did_you_mean(&args.code, known)
                .map(|h| format!("; {h}"))
                .unwrap_or_default();
            super::fail(format!("no diagnostic code `{}`{hint}", args.code))
        }
    }
}

/// The explanation of a catalogue entry that another check enforces.
fn covered(c: &policyc::check::Covered) -> String {
    let by = if c.by.iter().any(|b| b == "renderer") {
        "the renderer: every page policyc builds has this property".to_string()
    } else {
        let codes: Vec<String> = c.by.iter().map(|b| format!("`{b}`")).collect();
        format!(
            "{} (run `policyc explain {}` for the details)",
            codes.join(", "),
            c.by.first().map_or("", String::as_str)
        )
    };
    format!(
        "# {}: not a rule of its own\n\n{} is enforced by {by}.\n\n{}\n",
        c.code, c.article, c.how
    )
}
