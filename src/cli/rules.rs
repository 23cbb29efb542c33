//! `policyc rules`: list every GDPR rule (code, article, severities, summary).

use super::Exit;
use clap::ValueEnum;

#[derive(clap::Args)]
pub(super) struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Aligned columns for people.
    Table,
    /// A JSON array for machines.
    Json,
}

pub(super) fn run(args: &Args) -> Exit {
    let rules = policyc::check::rules();
    match args.format {
        Format::Json => match serde_json::to_string_pretty(rules) {
            Ok(s) => println!("{s}"),
            Err(e) => return super::fail(e),
        },
        Format::Table => {
            let width = |f: fn(&policyc::check::RuleInfo) -> usize| rules.iter().map(f).max().unwrap_or(0);
            let (wc, wa) = (width(|r| r.code.len()), width(|r| r.article.chars().count()));
            let severities =
                |r: &policyc::check::RuleInfo| r.severities.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("/");
            let ws = rules.iter().map(|r| severities(r).len()).max().unwrap_or(0).max(8);
            println!("{:wc$}  {:wa$}  {:ws$}  summary", "code", "article", "severity");
            for r in rules {
                let article = format!(
                    "{}{}",
                    r.article,
                    " ".repeat(wa.saturating_sub(r.article.chars().count()))
                );
                println!("{:wc$}  {article}  {:ws$}  {}", r.code, severities(r), r.summary);
            }
        }
    }
    Exit::Clean
}
