//! `policyc languages`: the languages whose message catalogs are complete, each named in itself.
//! A complete catalog has the notice's messages and the changelog messages of `policyc diff`.

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
    /// A JSON array of `{ "tag", "name", "changelog" }`; `changelog` is always true (a complete
    /// catalog has the changelog messages) and stays for the scripts that read it.
    Json,
}

pub(super) fn run(args: &Args) -> Exit {
    let mut langs = Vec::new();
    for tag in i18n::complete() {
        match Catalog::load(tag) {
            Ok(c) => langs.push(serde_json::json!({
                "tag": tag,
                "name": c.text("language-name"),
                // Completeness covers diff.ftl: every language listed writes the changelog.
                "changelog": true,
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
                println!(
                    "{:8}  {}",
                    l["tag"].as_str().unwrap_or_default(),
                    l["name"].as_str().unwrap_or_default()
                );
            }
        }
    }
    Exit::Clean
}
