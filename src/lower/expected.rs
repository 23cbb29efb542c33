//! What a field expects, in the words of its diagnostics: the description used in messages and
//! labels ("expected a date") and the help line that shows how to write it.

/// The kinds of value a field can expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expected {
    /// A string, or one per language.
    Text,
    /// A list of strings, or one list per language.
    TextList,
    /// `YYYY-MM-DD`.
    Date,
    /// `30 days`.
    Duration,
    /// `true` or `false`.
    Bool,
    /// One word.
    Name,
    /// One word or a list of words.
    Names,
    /// One country code.
    Country,
    /// One country code or a list of them.
    Countries,
    /// One language tag or a list of them.
    Languages,
    /// The identifier of a declaration, or a list of them.
    References,
    /// A whole number.
    Number,
    /// Any form of retention.
    Retention,
    /// `first` or `third` (a cookie's party).
    Party,
    /// An age, or `national` for the age of digital consent of the child's country.
    ConsentAge,
}

impl Expected {
    /// Every kind, for the test that shows every help line.
    #[cfg(test)]
    pub(crate) const ALL: &[Expected] = &[
        Expected::Text,
        Expected::TextList,
        Expected::Date,
        Expected::Duration,
        Expected::Bool,
        Expected::Name,
        Expected::Names,
        Expected::Country,
        Expected::Countries,
        Expected::Languages,
        Expected::References,
        Expected::Number,
        Expected::Retention,
        Expected::Party,
        Expected::ConsentAge,
    ];

    /// What is expected, to follow "expected": "a date".
    pub(crate) fn what(self) -> &'static str {
        match self {
            Expected::Text => "a text",
            Expected::TextList => "a list of texts",
            Expected::Date => "a date",
            Expected::Duration => "a duration",
            Expected::Bool => "`true` or `false`",
            Expected::Name => "a name",
            Expected::Names => "a name or a list of names",
            Expected::Country => "a country code",
            Expected::Countries => "a country code or a list of them",
            Expected::Languages => "a language tag or a list of them",
            Expected::References => "an identifier or a list of identifiers",
            Expected::Number => "a whole number",
            Expected::Retention => "a retention period",
            Expected::Party => "`first` or `third`",
            Expected::ConsentAge => "an age or `national`",
        }
    }

    /// How to write it: one sentence, without a final period.
    pub(crate) fn help(self) -> &'static str {
        match self {
            Expected::Text => {
                "write the text in quotes, such as `\"Our services\"`; a policy in several languages gives one per language: `{ en \"…\" it \"…\" }`"
            }
            Expected::TextList => {
                "write the texts in brackets, such as `[\"Name\", \"E-mail address\"]`; a policy in several languages gives one list per language: `{ en [\"…\"] it [\"…\"] }`"
            }
            Expected::Date => "write the date as YYYY-MM-DD, such as `2025-09-05`",
            Expected::Duration => "write a whole number and a unit of time, such as `30 days`, `6 months` or `1 year`",
            Expected::Bool => "write `true` or `false`, or `not_stated` when the notice does not say",
            Expected::Name => "write a name without quotes, made of letters, digits and `_`",
            Expected::Names => "write a name without quotes, or several in brackets: `[first_name, second_name]`",
            Expected::Country => "write a two-letter ISO 3166-1 code without quotes, such as `DE`",
            Expected::Countries => {
                "write a two-letter ISO 3166-1 code without quotes, such as `DE`, or several in brackets: `[DE, FR]`"
            }
            Expected::Languages => "write BCP 47 language tags without quotes, in brackets: `[en]` or `[en, de]`",
            Expected::References => {
                "write the identifier of a declaration without quotes, such as `account_data`, or several in brackets: `[account_data, usage_data]`"
            }
            Expected::Number => "write a whole number without a fraction, such as `16`",
            Expected::Retention => {
                "write a period such as `2 years after contract_end`, an event such as `until consent_withdrawal`, `as_long_as_necessary`, or a block `{ criteria \"…\" }`"
            }
            Expected::Party => {
                "write `first` for a cookie of the site itself or `third` for one set by another company"
            }
            Expected::ConsentAge => {
                "write `national` when a parent consents below the age of digital consent of the child's country, or the age below which a parent consents, such as `16`"
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]
    use super::Expected;

    /// Every label and help line, as a reader sees them, kept as a snapshot to proofread.
    #[test]
    fn every_help_line() {
        let mut out = String::new();
        for e in Expected::ALL {
            out.push_str(&format!("label: expected {}\nhelp:  {}\n\n", e.what(), e.help()));
        }
        insta::with_settings!({
            snapshot_path => "../../snapshots",
            prepend_module_to_snapshot => false,
        }, {
            insta::assert_snapshot!("expected_help_lines", out);
        });
    }

    #[test]
    fn help_lines_are_sentences_without_a_final_period() {
        for e in Expected::ALL {
            let help = e.help();
            assert!(help.starts_with("write "), "{help}");
            assert!(!help.ends_with('.'), "{help}");
            // The old wording repeated itself: "write `true` or `false`, such as `true`".
            assert!(!help.contains("such as a"), "{help}");
        }
    }
}
