//! The site: which files a build writes, for which languages and formats.
//!
//! ```text
//! OUT/index.html            language chooser (when HTML is built)
//! OUT/policy.json           the model (when JSON is built)
//! OUT/<lang>/index.html     the notice page
//! OUT/<lang>/fragment.html  the notice without <html>/<head>, for a CMS (with --fragment)
//! OUT/<lang>/policy.md      the notice as Markdown with YAML front matter
//! ```

use super::tr::Tr;
use super::view::{self, View};
use super::{Format, Options, RenderError, html, markdown};
use crate::i18n::{self, Catalog};
use crate::model::Policy;
use crate::output::OutputFile;

/// The languages to build. Asked for (`--lang`): each must be a language of the policy with a
/// complete catalog, or it is an error. Not asked for: every language of the policy that has a
/// complete catalog ([`skipped`] names the others), possibly none.
pub fn languages(policy: &Policy, asked: Option<&[String]>) -> Result<Vec<String>, RenderError> {
    let complete = i18n::complete();
    let Some(asked) = asked else {
        return Ok(policy
            .languages
            .iter()
            .filter(|l| complete.contains(&l.as_str()))
            .cloned()
            .collect());
    };
    let mut langs: Vec<String> = Vec::new();
    for l in asked {
        if !policy.languages.contains(l) {
            return Err(RenderError::Language(format!(
                "the policy is not published in `{l}` (its languages: {})",
                policy.languages.join(", ")
            )));
        }
        if !complete.contains(&l.as_str()) {
            return Err(RenderError::Language(format!(
                "there is no complete message catalog for `{l}` (complete: {}; see `policyc languages`)",
                complete.join(", ")
            )));
        }
        if !langs.contains(l) {
            langs.push(l.clone());
        }
    }
    Ok(langs)
}

/// The languages of the policy that cannot be built because their catalog is not complete.
pub fn skipped(policy: &Policy) -> Vec<String> {
    let complete = i18n::complete();
    policy
        .languages
        .iter()
        .filter(|l| !complete.contains(&l.as_str()))
        .cloned()
        .collect()
}

fn file(path: String, contents: String) -> OutputFile {
    OutputFile {
        path: path.into(),
        contents: contents.into_bytes(),
    }
}

fn check(catalog: &Catalog) -> Result<(), RenderError> {
    let errors = catalog.take_errors();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(RenderError::Catalog(errors))
    }
}

/// The view of `policy` in the catalog's language; `alternates` are (tag, name in itself).
pub fn view(catalog: &Catalog, policy: &Policy, alternates: &[(String, String)]) -> View {
    view::build(&Tr::new(catalog, policy), policy, alternates)
}

/// Every output file of a build.
pub fn files(policy: &Policy, options: &Options) -> Result<Vec<OutputFile>, RenderError> {
    let mut out = Vec::new();
    if options.formats.contains(&Format::Json) {
        out.push(file("policy.json".into(), crate::policy_json(policy)));
    }
    let wants_html = options.formats.contains(&Format::Html);
    let wants_md = options.formats.contains(&Format::Md);
    if !wants_html && !wants_md {
        return Ok(out);
    }
    let langs = languages(policy, options.langs.as_deref())?;
    if langs.is_empty() {
        return Ok(out);
    }
    let catalogs: Vec<Catalog> = langs
        .iter()
        .map(|l| Catalog::load(l).map_err(RenderError::Internal))
        .collect::<Result<_, _>>()?;
    let alternates: Vec<(String, String)> = catalogs
        .iter()
        .map(|c| (c.lang().to_string(), c.text("language-name")))
        .collect();
    let mut choices = Vec::new();
    for catalog in &catalogs {
        let lang = catalog.lang();
        let v = view(catalog, policy, &alternates);
        if wants_html {
            out.push(file(
                format!("{lang}/index.html"),
                html::page(&v).map_err(RenderError::template)?,
            ));
            if options.fragment {
                out.push(file(
                    format!("{lang}/fragment.html"),
                    html::fragment(&v).map_err(RenderError::template)?,
                ));
            }
        }
        if wants_md {
            out.push(file(
                format!("{lang}/policy.md"),
                markdown::render(&v).map_err(RenderError::template)?,
            ));
        }
        choices.push(html::Choice {
            lang: lang.to_string(),
            name: catalog.text("language-name"),
            title: v.title.clone(),
            href: format!("{lang}/index.html"),
        });
        check(catalog)?;
    }
    if wants_html && let Some(first) = catalogs.first() {
        let title = view::title(&Tr::new(first, policy), policy);
        let page = html::chooser(
            first.lang(),
            &title,
            &first.text("chooser-heading"),
            &first.text("chooser-intro"),
            &choices,
        )
        .map_err(RenderError::template)?;
        check(first)?;
        out.push(file("index.html".into(), page));
    }
    Ok(out)
}
