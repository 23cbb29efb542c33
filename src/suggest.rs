//! "Did you mean …?": the closest candidate to a misspelt word.

/// The candidate closest to `word`, if one is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    let mut best: Option<(&str, f64)> = None;
    for candidate in candidates {
        if candidate == word {
            continue;
        }
        let c = candidate.to_lowercase();
        if c == lower {
            return Some(candidate);
        }
        let distance = strsim::levenshtein(&lower, &c);
        let similarity = strsim::jaro_winkler(&lower, &c);
        let close = distance <= (c.chars().count() / 3).max(1) || similarity >= 0.9;
        if close && best.is_none_or(|(_, s)| similarity > s) {
            best = Some((candidate, similarity));
        }
    }
    best.map(|(c, _)| c)
}

/// "did you mean `x`?" for the closest candidate.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    closest(word, candidates).map(|c| format!("did you mean `{c}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_typos_and_ignores_unrelated_words() {
        let fields = ["retention", "recipients", "basis", "data"];
        assert_eq!(closest("retension", fields), Some("retention"));
        assert_eq!(closest("bases", fields), Some("basis"));
        assert_eq!(closest("Data", fields), Some("data"));
        assert_eq!(closest("controller", fields), None);
    }
}
