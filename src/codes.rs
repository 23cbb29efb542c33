//! The registry of diagnostic codes, each with a one-line summary and a long explanation.
//!
//! Explanations are Markdown files in `data/explain/`, embedded at build time, each saying
//! what the code means, why it matters, a wrong example and a right one. A test checks that
//! every code is explained, emitted by some input and used in the sources.

include!(concat!(env!("OUT_DIR"), "/explanations.rs"));

/// One registered language code.
#[derive(Debug, Clone, Copy)]
pub struct CodeInfo {
    /// The code, such as `E0102`.
    pub code: &'static str,
    /// One line.
    pub summary: &'static str,
}

macro_rules! codes {
    ($($code:literal => $summary:literal,)*) => {
        /// Every language diagnostic code.
        pub const CODES: &[CodeInfo] = &[$(CodeInfo { code: $code, summary: $summary },)*];
    };
}

codes! {
    "E0000" => "internal error",
    "E0001" => "syntax error",
    "E0002" => "unclosed string, block or list",
    "E0003" => "mismatched or unexpected closing bracket",
    "E0004" => "unknown escape in a text",
    "E0005" => "nesting too deep",
    "E0006" => "file is not valid UTF-8",
    "E0007" => "file too large",
    "E0008" => "included file cannot be read",
    "E0009" => "include cycle",
    "E0010" => "include outside the project directory",
    "E0100" => "unknown declaration",
    "E0101" => "malformed declaration",
    "E0102" => "unknown field",
    "E0103" => "field given twice",
    "E0104" => "declaration given twice",
    "E0105" => "no policy declaration",
    "E0106" => "no languages",
    "E0200" => "reference to an undeclared name",
    "E0201" => "unknown vocabulary term",
    "E0300" => "wrong kind of value",
    "E0301" => "invalid date",
    "E0302" => "invalid duration",
    "E0303" => "unknown country code",
    "E0304" => "invalid language tag",
    "E0305" => "invalid e-mail address",
    "E0306" => "invalid web address",
    "E0307" => "number out of range",
    "E0308" => "text missing a language",
    "E0309" => "text in a language the policy does not publish",
    "E0310" => "text without languages in a multilingual policy",
    "E0311" => "empty text",
    "E0312" => "conflicting or empty retention",
    "E0313" => "listed twice",
    "E0400" => "malformed waiver",
    "E0401" => "waiver of an unknown rule",
    "E0402" => "waiver that waives nothing",
}

/// The registered language code, if any (case-insensitive).
pub fn lookup(code: &str) -> Option<&'static CodeInfo> {
    CODES.iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

/// The long explanation of any code, language or rule (case-insensitive).
pub fn explanation(code: &str) -> Option<&'static str> {
    EXPLANATIONS
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .map(|(_, text)| *text)
}
