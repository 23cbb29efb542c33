//! The message catalogs: every language has the same messages, plural selection goes through
//! ICU4X, and numbers, dates and durations read right in each language.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use fluent_syntax::ast;
use policyc::i18n::{self, Arg, Catalog};
use policyc::model::{Duration, Unit};

fn duration(amount: u32, unit: Unit) -> Duration {
    Duration::new(amount, unit)
}

/// Every catalog has exactly the English messages, file by file: the notice's and the changelog's
/// of `policyc diff` alike, so every language that publishes a notice can also write its changelog.
#[test]
fn every_catalog_has_exactly_the_messages_of_english() {
    let english_files: Vec<&str> = i18n::sources("en").unwrap().iter().map(|(n, _)| *n).collect();
    assert!(english_files.contains(&"notice") && english_files.contains(&"diff"));
    for lang in i18n::available() {
        let files: Vec<&str> = i18n::sources(lang).unwrap().iter().map(|(n, _)| *n).collect();
        for file in &files {
            assert!(
                english_files.contains(file),
                "locales/{lang}/{file}.ftl has no English original"
            );
        }
        for file in &english_files {
            assert!(files.contains(file), "locales/{lang}/ lacks {file}.ftl");
            let english = i18n::message_ids_in("en", &|n| n == *file);
            let ids = i18n::message_ids_in(lang, &|n| n == *file);
            let missing: Vec<_> = english.iter().filter(|id| !ids.contains(id)).collect();
            let extra: Vec<_> = ids.iter().filter(|id| !english.contains(id)).collect();
            assert!(missing.is_empty(), "locales/{lang}/{file}.ftl lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "locales/{lang}/{file}.ftl has messages English lacks: {extra:?}"
            );
        }
    }
}

#[test]
fn every_catalog_parses_and_loads() {
    for lang in i18n::available() {
        for (name, text) in i18n::sources(lang).unwrap() {
            if let Err((_, errors)) = fluent_bundle::FluentResource::try_new((*text).to_string()) {
                panic!("locales/{lang}/{name}.ftl: {errors:?}");
            }
        }
        Catalog::load(lang).unwrap();
    }
}

/// Fluent's own plural rules are wrong for some languages, so a selector must be `PLURAL($x)`,
/// never a bare variable (which Fluent would match with its own rules).
#[test]
fn plural_selection_goes_through_icu() {
    fn check(lang: &str, id: &str, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element
                && let ast::Expression::Select { selector, variants } = expression
            {
                let through_icu = matches!(selector,
                    ast::InlineExpression::FunctionReference { id, .. } if id.name == "PLURAL");
                // Selecting on a text variable (a kind, a gender) is fine; on a number it is not.
                let on_text = matches!(selector, ast::InlineExpression::VariableReference { .. })
                    && variants.iter().all(|v| {
                        matches!(v.key, ast::VariantKey::Identifier { .. })
                            && !["zero", "one", "two", "few", "many", "other"].contains(&key(&v.key))
                    });
                assert!(
                    through_icu || on_text,
                    "{lang}: `{id}` selects on a bare number; write `PLURAL($n) -> …`"
                );
                for v in variants {
                    check(lang, id, &v.value);
                }
            }
        }
    }
    fn key<'a>(k: &ast::VariantKey<&'a str>) -> &'a str {
        match k {
            ast::VariantKey::Identifier { name } => name,
            ast::VariantKey::NumberLiteral { value } => value,
        }
    }
    for lang in i18n::available() {
        for (_, text) in i18n::sources(lang).unwrap() {
            let resource = fluent_syntax::parser::parse(*text).unwrap();
            for entry in &resource.body {
                if let ast::Entry::Message(m) = entry {
                    if let Some(p) = &m.value {
                        check(lang, m.id.name, p);
                    }
                    for a in &m.attributes {
                        check(lang, m.id.name, &a.value);
                    }
                }
            }
        }
    }
}

#[test]
fn english_durations_are_singular_and_plural() {
    let en = Catalog::load("en").unwrap();
    assert_eq!(en.duration(&duration(1, Unit::Years)), "1 year");
    assert_eq!(en.duration(&duration(2, Unit::Years)), "2 years");
    assert_eq!(en.duration(&duration(30, Unit::Days)), "30 days");
    assert_eq!(en.duration(&duration(1, Unit::Hours)), "1 hour");
    assert!(en.take_errors().is_empty());
}

/// Romanian has three forms, and 101 takes the "few" form: the case Fluent's own rules get wrong.
#[test]
fn romanian_durations_use_icu_plural_categories() {
    let ro = Catalog::load("ro").unwrap();
    assert_eq!(ro.duration(&duration(1, Unit::Days)), "1 zi");
    assert_eq!(ro.duration(&duration(2, Unit::Days)), "2 zile");
    assert_eq!(ro.duration(&duration(20, Unit::Days)), "20 de zile");
    assert_eq!(ro.duration(&duration(101, Unit::Days)), "101 zile");
    assert!(ro.take_errors().is_empty());
}

#[test]
fn numbers_and_dates_follow_the_language() {
    let en = Catalog::load("en").unwrap();
    assert_eq!(en.number(1_234_567.5), "1,234,567.5");
    assert_eq!(en.date("2025-09-05"), "September 5, 2025");
    assert_eq!(en.duration(&duration(1500, Unit::Days)), "1,500 days");
    let ro = Catalog::load("ro").unwrap();
    assert_eq!(ro.number(1_234_567.5), "1.234.567,5");
    assert_eq!(ro.date("2025-09-05"), "5 septembrie 2025");
    assert_eq!(ro.date("2026-04-01"), "1 aprilie 2026");
    // French writes the first of the month as an ordinal, and only the first.
    let fr = Catalog::load("fr").unwrap();
    assert_eq!(fr.date("2026-04-01"), "1er avril 2026");
    assert_eq!(fr.date("2026-04-11"), "11 avril 2026");
    assert_eq!(fr.date("2026-04-21"), "21 avril 2026");
    assert!(en.take_errors().is_empty() && ro.take_errors().is_empty() && fr.take_errors().is_empty());
}

#[test]
fn formatting_problems_are_recorded_not_hidden() {
    let en = Catalog::load("en").unwrap();
    assert_eq!(en.text("no-such-message"), "{no-such-message}");
    assert_eq!(en.date("2025-02-30"), "2025-02-30");
    // A plural message without its number.
    let _ = en.format("duration-days", &[("other", Arg::from("x"))]);
    let errors = en.take_errors();
    assert!(errors[0].contains("no-such-message"), "{errors:?}");
    assert!(errors[1].contains("2025-02-30"), "{errors:?}");
    assert!(
        errors[2..]
            .iter()
            .all(|e| e.contains("duration-days") && e.contains("$n")),
        "{errors:?}"
    );
    assert!(errors.len() > 2, "{errors:?}");
    assert!(en.take_errors().is_empty());
}

#[test]
fn an_unknown_language_has_no_catalog() {
    let err = Catalog::load("tlh").unwrap_err();
    assert!(err.contains("no message catalog"), "{err}");
    assert!(!i18n::complete().contains(&"tlh"));
    assert!(i18n::complete().contains(&"en"));
}

/// Every catalog is complete: no language is left with only part of the messages.
#[test]
fn every_catalog_is_complete() {
    assert_eq!(i18n::complete(), i18n::available());
}
