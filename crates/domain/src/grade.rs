//! School grades 1–11 and ranges of them («для 5–9 классов»).

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum GradeError {
    #[error("a grade is a whole number from 1 to 11")]
    OutOfRange,
    #[error("the first grade of a range must not exceed the last")]
    Reversed,
}

/// A grade (класс) of general education, 1 to 11.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Grade(u8);

impl Grade {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 11;

    pub fn new(value: i64) -> Result<Self, GradeError> {
        u8::try_from(value)
            .ok()
            .filter(|v| (Self::MIN..=Self::MAX).contains(v))
            .map(Self)
            .ok_or(GradeError::OutOfRange)
    }

    pub fn value(&self) -> u8 {
        self.0
    }
}

impl fmt::Display for Grade {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// An inclusive range of grades, e.g. the grades an organization teaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GradeRange {
    from: Grade,
    to: Grade,
}

impl GradeRange {
    pub fn new(from: Grade, to: Grade) -> Result<Self, GradeError> {
        if from <= to {
            Ok(Self { from, to })
        } else {
            Err(GradeError::Reversed)
        }
    }

    pub fn parse(from: i64, to: i64) -> Result<Self, GradeError> {
        Self::new(Grade::new(from)?, Grade::new(to)?)
    }

    pub fn from(&self) -> Grade {
        self.from
    }

    pub fn to(&self) -> Grade {
        self.to
    }

    pub fn contains(&self, g: Grade) -> bool {
        self.from <= g && g <= self.to
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bounds() {
        assert!(Grade::new(0).is_err());
        assert!(Grade::new(1).is_ok());
        assert!(Grade::new(11).is_ok());
        assert!(Grade::new(12).is_err());
        assert!(Grade::new(-3).is_err());
    }

    #[test]
    fn reversed_range_is_rejected() {
        assert_eq!(GradeRange::parse(9, 5), Err(GradeError::Reversed));
    }

    proptest! {
        #[test]
        fn only_1_to_11_are_grades(v in -100i64..100) {
            prop_assert_eq!(Grade::new(v).is_ok(), (1..=11).contains(&v));
        }

        #[test]
        fn a_range_contains_exactly_its_grades(a in 1i64..=11, b in 1i64..=11, g in 1i64..=11) {
            match GradeRange::parse(a, b) {
                Ok(r) => prop_assert_eq!(r.contains(Grade::new(g).unwrap()), a <= g && g <= b),
                Err(e) => { prop_assert!(a > b); prop_assert_eq!(e, GradeError::Reversed); }
            }
        }
    }
}
