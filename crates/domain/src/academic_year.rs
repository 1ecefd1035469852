//! The academic year: `2021/2022` runs from 1 September 2021 to 31 August 2022.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AcademicYearError {
    #[error("an academic year is written as 2021/2022")]
    Format,
    #[error("the second year must follow the first")]
    NotConsecutive,
    #[error("the year is out of the supported range 2000–2100")]
    OutOfRange,
}

/// An academic year, identified by the calendar year in which it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AcademicYear(u16);

impl AcademicYear {
    pub const MIN_START: u16 = 2000;
    pub const MAX_START: u16 = 2100;

    pub fn starting(year: u16) -> Result<Self, AcademicYearError> {
        if (Self::MIN_START..=Self::MAX_START).contains(&year) {
            Ok(Self(year))
        } else {
            Err(AcademicYearError::OutOfRange)
        }
    }

    /// Parses `2021/2022`; `2021-2022` is accepted too because it is safe in URLs.
    /// Exactly the strings [`AcademicYear::pattern`] matches.
    pub fn parse(raw: &str) -> Result<Self, AcademicYearError> {
        let s = raw;
        if s.len() != 9
            || !s
                .bytes()
                .enumerate()
                .all(|(i, b)| i == 4 || b.is_ascii_digit())
        {
            return Err(AcademicYearError::Format);
        }
        let (a, b) = s
            .split_once('/')
            .or_else(|| s.split_once('-'))
            .ok_or(AcademicYearError::Format)?;
        let a: u16 = a.parse().map_err(|_| AcademicYearError::Format)?;
        let b: u16 = b.parse().map_err(|_| AcademicYearError::Format)?;
        if b != a.wrapping_add(1) {
            return Err(AcademicYearError::NotConsecutive);
        }
        Self::starting(a)
    }

    pub fn start_year(&self) -> u16 {
        self.0
    }

    /// (year, month, day) of 1 September.
    pub fn first_day(&self) -> (i32, u32, u32) {
        (i32::from(self.0), 9, 1)
    }

    /// (year, month, day) of 31 August of the next year.
    pub fn last_day(&self) -> (i32, u32, u32) {
        (i32::from(self.0) + 1, 8, 31)
    }

    /// The academic year that contains a date given as (year, month).
    pub fn containing(year: i32, month: u32) -> Option<Self> {
        let start = if month >= 9 { year } else { year - 1 };
        u16::try_from(start)
            .ok()
            .and_then(|y| Self::starting(y).ok())
    }

    pub fn next(&self) -> Option<Self> {
        Self::starting(self.0 + 1).ok()
    }
}

impl AcademicYear {
    /// A regular expression (ECMA-262, as JSON Schema uses) of exactly the years
    /// [`AcademicYear::parse`] accepts: each supported year, written with `/` or `-`.
    pub fn pattern() -> String {
        let years: Vec<String> = (Self::MIN_START..=Self::MAX_START)
            .map(|y| format!("{y}[-/]{}", y + 1))
            .collect();
        format!("^({})$", years.join("|"))
    }
}

impl fmt::Display for AcademicYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.0, self.0 + 1)
    }
}

impl FromStr for AcademicYear {
    type Err = AcademicYearError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_the_seed_year() {
        let y = AcademicYear::parse("2021/2022").unwrap();
        assert_eq!(y.first_day(), (2021, 9, 1));
        assert_eq!(y.last_day(), (2022, 8, 31));
        assert_eq!(y.to_string(), "2021/2022");
        assert_eq!(AcademicYear::parse("2021-2022"), Ok(y));
    }

    #[test]
    fn rejects_non_consecutive_and_garbage() {
        assert_eq!(
            AcademicYear::parse("2021/2023"),
            Err(AcademicYearError::NotConsecutive)
        );
        assert_eq!(AcademicYear::parse("2021"), Err(AcademicYearError::Format));
        assert_eq!(
            AcademicYear::parse("abcd/efgh"),
            Err(AcademicYearError::Format)
        );
        assert_eq!(
            AcademicYear::parse("1990/1991"),
            Err(AcademicYearError::OutOfRange)
        );
    }

    #[test]
    fn august_belongs_to_the_previous_year() {
        assert_eq!(
            AcademicYear::containing(2022, 8),
            AcademicYear::parse("2021/2022").ok()
        );
        assert_eq!(
            AcademicYear::containing(2022, 9),
            AcademicYear::parse("2022/2023").ok()
        );
    }

    #[test]
    fn is_strict() {
        for bad in [
            " 2021/2022",
            "2021/2022 ",
            "2021 2022",
            "+021/2022",
            "2021/+022",
        ] {
            assert_eq!(
                AcademicYear::parse(bad),
                Err(AcademicYearError::Format),
                "{bad}"
            );
        }
        let p = AcademicYear::pattern();
        assert!(p.starts_with("^(2000[-/]2001|2001[-/]2002|") && p.ends_with("|2100[-/]2101)$"));
    }

    proptest! {
        #[test]
        fn display_round_trips(y in 2000u16..=2100) {
            let year = AcademicYear::starting(y).unwrap();
            prop_assert_eq!(AcademicYear::parse(&year.to_string()), Ok(year));
        }
    }
}
