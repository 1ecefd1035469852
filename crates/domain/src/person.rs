//! People's names, user names and passwords.

use crate::text::{TextError, clean_name, clean_optional};

pub const NAME_PART_MAX: usize = 100;
pub const POSITION_MAX: usize = 200;

/// A person's name in Russian order: фамилия, имя, отчество (optional).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    pub last: String,
    pub first: String,
    pub patronymic: Option<String>,
}

impl PersonName {
    /// Checks the three parts; errors come back per field.
    pub fn parse(
        last: &str,
        first: &str,
        patronymic: Option<&str>,
    ) -> Result<Self, Vec<(&'static str, TextError)>> {
        let mut errors = Vec::new();
        let last = clean_name(last, NAME_PART_MAX).map_err(|e| errors.push(("last_name", e)));
        let first = clean_name(first, NAME_PART_MAX).map_err(|e| errors.push(("first_name", e)));
        let patronymic =
            clean_optional(patronymic, NAME_PART_MAX).map_err(|e| errors.push(("patronymic", e)));
        match (last, first, patronymic) {
            (Ok(last), Ok(first), Ok(patronymic)) => Ok(Self {
                last,
                first,
                patronymic,
            }),
            _ => Err(errors),
        }
    }

    /// «Шеховцова А. А.» — the form used in Russian documents.
    pub fn short(&self) -> String {
        let initial = |s: &str| {
            s.chars()
                .next()
                .map(|c| format!("{c}."))
                .unwrap_or_default()
        };
        match &self.patronymic {
            Some(p) => format!("{} {} {}", self.last, initial(&self.first), initial(p)),
            None => format!("{} {}", self.last, initial(&self.first)),
        }
    }

    /// «Шеховцова Анна Андреевна».
    pub fn full(&self) -> String {
        match &self.patronymic {
            Some(p) => format!("{} {} {}", self.last, self.first, p),
            None => format!("{} {}", self.last, self.first),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UsernameError {
    #[error("a user name has 3 to 64 characters")]
    Length,
    #[error("a user name may contain lower-case Latin letters, digits and . _ - only")]
    Characters,
}

/// Checks a login name: lower-case ASCII so that it is typed the same way on any keyboard.
pub fn parse_username(raw: &str) -> Result<String, UsernameError> {
    let s = raw.trim();
    if !(3..=64).contains(&s.len()) {
        return Err(UsernameError::Length);
    }
    if !s
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
    {
        return Err(UsernameError::Characters);
    }
    Ok(s.to_owned())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("a password has at least 10 characters")]
    TooShort,
    #[error("a password has at most 256 characters")]
    TooLong,
    #[error("a password must not be the user name")]
    SameAsUsername,
}

pub const PASSWORD_MIN: usize = 10;

/// The password policy for accounts made by people (the demo accounts are exempt).
pub fn check_password(password: &str, username: &str) -> Result<(), PasswordError> {
    let n = password.chars().count();
    if n < PASSWORD_MIN {
        Err(PasswordError::TooShort)
    } else if n > 256 {
        Err(PasswordError::TooLong)
    } else if password.eq_ignore_ascii_case(username) {
        Err(PasswordError::SameAsUsername)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let n = PersonName::parse("Шеховцова", " Анна ", Some("Андреевна")).unwrap();
        assert_eq!(n.short(), "Шеховцова А. А.");
        assert_eq!(n.full(), "Шеховцова Анна Андреевна");
        let errs = PersonName::parse("", "Анна", None).unwrap_err();
        assert_eq!(errs, vec![("last_name", TextError::Empty)]);
    }

    #[test]
    fn usernames() {
        assert_eq!(parse_username("sosh25.admin").unwrap(), "sosh25.admin");
        assert_eq!(parse_username("Admin"), Err(UsernameError::Characters));
        assert_eq!(parse_username("ab"), Err(UsernameError::Length));
    }

    #[test]
    fn passwords() {
        assert_eq!(check_password("short", "u"), Err(PasswordError::TooShort));
        assert_eq!(
            check_password("longenough1", "longenough1"),
            Err(PasswordError::SameAsUsername)
        );
        assert!(check_password("correct horse", "u").is_ok());
    }
}
