//! Text rules shared by every name-like field.

/// Why a piece of text was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("must not be empty")]
    Empty,
    #[error("is longer than {max} characters")]
    TooLong { max: usize },
    #[error("contains control characters")]
    ControlCharacters,
}

/// Trims, collapses inner whitespace and checks the length of a human-entered name
/// («МБОУ  "Лицей №24" » → «МБОУ "Лицей №24"»).
pub fn clean_name(raw: &str, max: usize) -> Result<String, TextError> {
    if raw
        .chars()
        .any(|c| c.is_control() && c != '\t' && c != '\n' && c != '\r')
    {
        return Err(TextError::ControlCharacters);
    }
    let cleaned = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if cleaned.is_empty() {
        return Err(TextError::Empty);
    }
    if cleaned.chars().count() > max {
        return Err(TextError::TooLong { max });
    }
    Ok(cleaned)
}

/// Like [`clean_name`] but an empty value means "not given".
pub fn clean_optional(raw: Option<&str>, max: usize) -> Result<Option<String>, TextError> {
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(s) => clean_name(s, max).map(Some),
    }
}

/// The form of a text used for case-insensitive search: lower case, `ё` as `е`, single
/// spaces, typographic quotes dropped. Databases fold only ASCII case, so search columns
/// store this form and queries use it too.
pub fn search_key(raw: &str) -> String {
    let lowered: String = raw
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .filter(|c| !matches!(c, '«' | '»' | '"' | '„' | '“' | '”'))
        .collect();
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_are_tidied() {
        assert_eq!(clean_name("  Лицей   №24 ", 50).unwrap(), "Лицей №24");
        assert_eq!(clean_name("   ", 50), Err(TextError::Empty));
        assert_eq!(clean_name("abc", 2), Err(TextError::TooLong { max: 2 }));
        assert_eq!(clean_name("a\u{0}b", 5), Err(TextError::ControlCharacters));
    }

    #[test]
    fn search_key_folds_cyrillic_case_and_yo() {
        assert_eq!(search_key("МБОУ «Лицей №24»"), "мбоу лицей №24");
        assert_eq!(search_key("Ёлкинская  СОШ"), "елкинская сош");
    }

    proptest! {
        #[test]
        fn search_key_is_idempotent(s in "\\PC{0,40}") {
            let once = search_key(&s);
            prop_assert_eq!(search_key(&once), once);
        }

        #[test]
        fn clean_names_have_no_edge_spaces(s in "[ а-яА-Я0-9№]{0,30}") {
            if let Ok(n) = clean_name(&s, 100) {
                prop_assert_eq!(n.trim(), n.as_str());
                prop_assert!(!n.contains("  "));
            }
        }
    }
}
