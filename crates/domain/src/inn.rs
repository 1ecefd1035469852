//! ИНН (taxpayer number) of an organization or a person, with its check digits.

use std::fmt;

/// Why a string is not a valid ИНН.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InnError {
    #[error("an INN has 10 digits (organization) or 12 digits (person)")]
    Length,
    #[error("an INN consists of digits only")]
    NotDigits,
    #[error("the INN check digit does not match")]
    Checksum,
}

/// A ИНН whose length and check digits are correct.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Inn(String);

const W10: [u32; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11: [u32; 10] = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12: [u32; 11] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

fn check_digit(digits: &[u32], weights: &[u32]) -> u32 {
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    sum % 11 % 10
}

impl Inn {
    /// Parses an INN, ignoring surrounding whitespace.
    pub fn parse(raw: &str) -> Result<Self, InnError> {
        let s = raw.trim();
        if !s.chars().all(|c| c.is_ascii_digit()) {
            return Err(InnError::NotDigits);
        }
        let d: Vec<u32> = s.bytes().map(|b| u32::from(b - b'0')).collect();
        let ok = match d.len() {
            10 => check_digit(&d[..9], &W10) == d[9],
            12 => check_digit(&d[..10], &W11) == d[10] && check_digit(&d[..11], &W12) == d[11],
            _ => return Err(InnError::Length),
        };
        if ok {
            Ok(Self(s.to_owned()))
        } else {
            Err(InnError::Checksum)
        }
    }

    /// Completes nine digits of an organization's INN with its check digit (used by the
    /// demo data and tests to make valid numbers).
    pub fn complete_organization(first_nine: [u8; 9]) -> Self {
        let d: Vec<u32> = first_nine.iter().map(|&x| u32::from(x % 10)).collect();
        let c = check_digit(&d, &W10);
        let mut s: String = d.iter().map(|x| char::from(b'0' + *x as u8)).collect();
        s.push(char::from(b'0' + c as u8));
        Self(s)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Inn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn accepts_real_organization_inn() {
        // ИНН of a real legal entity (ПАО Сбербанк).
        assert!(Inn::parse("7707083893").is_ok());
    }

    #[test]
    fn accepts_real_person_inn() {
        assert!(Inn::parse("500100732259").is_ok());
    }

    #[test]
    fn rejects_wrong_check_digit() {
        assert_eq!(Inn::parse("7707083894"), Err(InnError::Checksum));
        assert_eq!(Inn::parse("500100732258"), Err(InnError::Checksum));
    }

    #[test]
    fn rejects_wrong_length_and_letters() {
        assert_eq!(Inn::parse("770708389"), Err(InnError::Length));
        assert_eq!(Inn::parse(""), Err(InnError::Length));
        assert_eq!(Inn::parse("77070838a3"), Err(InnError::NotDigits));
    }

    proptest! {
        #[test]
        fn completed_numbers_parse(d in proptest::array::uniform9(0u8..10)) {
            let inn = Inn::complete_organization(d);
            prop_assert_eq!(Inn::parse(inn.as_str()), Ok(inn.clone()));
        }

        #[test]
        fn changing_one_digit_breaks_the_checksum(d in proptest::array::uniform9(0u8..10), pos in 0usize..9, delta in 1u8..10) {
            let inn = Inn::complete_organization(d);
            // Sums ≡ 0 and ≡ 10 (mod 11) share the check digit 0, so only a non-zero
            // check digit guarantees detection.
            prop_assume!(!inn.as_str().ends_with('0'));
            let mut bytes = inn.as_str().as_bytes().to_vec();
            bytes[pos] = b'0' + (bytes[pos] - b'0' + delta) % 10;
            let changed = String::from_utf8(bytes).unwrap();
            prop_assert_eq!(Inn::parse(&changed), Err(InnError::Checksum));
        }
    }
}
