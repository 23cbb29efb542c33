//! `policyc languages`: the languages whose message catalogs are complete for the notice, each
//! named in itself, and whether the changelog messages of `policyc diff` are there too.

use super::Exit;
use clap::ValueEnum;
use policyc::i18n::{self, Catalog};

#[derive(clap::Args)]
pub(super) struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// One language per line: tag, then its name.
    Table,
    /// A JSON array of `{ "tag", "name", "changelog" }`.
    Json,
}

pub(super) fn run(args: &Args) -> Exit {
    let mut langs = Vec::new();
    let changelog = i18n::complete();
    for tag in i18n::complete_for_notice() {
        match Catalog::load(tag) {
            Ok(c) => langs.push(serde_json::json!({
                "tag": tag,
                "name": c.text("language-name"),
                "changelog": changelog.contains(&tag),
            })),
            Err(e) => return super::fail(e),
        }
    }
    match args.format {
        Format::Json => match serde_json::to_string_pretty(&langs) {
            Ok(s) => println!("{s}"),
            Err(e) => return super::fail(e),
        },
        Format::Table => {
            for l in &langs {
                let changelog = if l["changelog"].as_bool().unwrap_or_default() {
                    ""
                } else {
                    "  (no changelog messages for `policyc diff --format md` yet)"
                };
                println!(
                    "{:8}  {}{changelog}",
                    l["tag"].as_str().unwrap_or_default(),
                    l["name"].as_str().unwrap_or_default()
                );
            }
        }
    }
    Exit::Clean
}
