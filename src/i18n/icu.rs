//! ICU4X behind the catalogs: plural categories, numbers and long dates, with the baked CLDR data
//! of the `icu_*` crates (no data files at run time).

use fixed_decimal::Decimal;
use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};
use std::str::FromStr;

fn locale(lang: &str) -> Result<Locale, String> {
    Locale::try_from_str(lang).map_err(|e| format!("`{lang}` is not a locale: {e}"))
}

/// A number as ICU's decimal; `None` for NaN and infinities, which no message should get.
fn decimal(n: f64) -> Option<Decimal> {
    if !n.is_finite() {
        return None;
    }
    // Shortest round-trip text, then ICU's exact parse: no binary noise such as 0.30000000000000004.
    Decimal::from_str(&n.to_string()).ok()
}

/// Cardinal plural rules of a language.
pub(super) struct Plurals(PluralRules);

impl Plurals {
    pub(super) fn new(lang: &str) -> Result<Plurals, String> {
        let locale = locale(lang)?;
        PluralRules::try_new_cardinal((&locale).into())
            .map(Plurals)
            .map_err(|e| format!("no plural rules for `{lang}`: {e}"))
    }

    /// The CLDR category of `n`, as Fluent variant keys spell it.
    pub(super) fn category(&self, n: f64) -> &'static str {
        let Some(d) = decimal(n) else { return "other" };
        match self.0.category_for(&d) {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

/// A number formatted with the grouping and decimal separator of `lang`.
pub(super) fn format_decimal(lang: &str, n: f64) -> String {
    let formatted = locale(lang)
        .ok()
        .and_then(|l| DecimalFormatter::try_new((&l).into(), Default::default()).ok());
    match (formatted, decimal(n)) {
        (Some(f), Some(d)) => f.format(&d).to_string(),
        _ => n.to_string(),
    }
}

/// A memoized decimal formatter, so that Fluent formats number arguments for the bundle's language.
struct Numbers(DecimalFormatter);

impl intl_memoizer::Memoizable for Numbers {
    type Args = ();
    type Error = String;
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, String> {
        let l = locale(&lang.to_string())?;
        DecimalFormatter::try_new((&l).into(), Default::default())
            .map(Numbers)
            .map_err(|e| e.to_string())
    }
}

/// The bundle's formatter for values: numbers through ICU, everything else left to Fluent.
pub(super) fn format_number<M: MemoizerKind>(value: &FluentValue, memoizer: &M) -> Option<String> {
    let FluentValue::Number(n) = value else { return None };
    let d = decimal(n.value)?;
    memoizer
        .with_try_get_threadsafe::<Numbers, _, _>((), |f| f.0.format(&d).to_string())
        .ok()
}

/// Long dates in a language (`5 September 2025`, `5 settembre 2025`).
pub(super) struct Dates {
    formatter: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    /// French writes the first day of a month as an ordinal, `1er avril` (CLDR has no pattern
    /// for it).
    ordinal_first: bool,
}

impl Dates {
    pub(super) fn new(lang: &str) -> Result<Dates, String> {
        let l = locale(lang)?;
        let formatter = FixedCalendarDateTimeFormatter::try_new((&l).into(), YMD::long())
            .map_err(|e| format!("no date formats for `{lang}`: {e}"))?;
        let primary = lang.split(['-', '_']).next().unwrap_or(lang);
        Ok(Dates {
            formatter,
            ordinal_first: primary.eq_ignore_ascii_case("fr"),
        })
    }

    /// `YYYY-MM-DD` as a long date; `None` if it is not a valid date.
    pub(super) fn long(&self, iso: &str) -> Option<String> {
        let mut parts = iso.splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.parse().ok()?;
        let date = Date::try_new_gregorian(year, month, day).ok()?;
        let text = self.formatter.format(&date).to_string();
        match text.strip_prefix("1 ") {
            Some(rest) if self.ordinal_first && day == 1 => Some(format!("1er {rest}")),
            _ => Some(text),
        }
    }
}
