//! Date periods: closed intervals of days, possibly open-ended.

use chrono::NaiveDate;

/// From `from` to `to` inclusive; `to = None` means "until further notice".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    from: NaiveDate,
    to: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a period must not end before it starts")]
pub struct PeriodError;

impl Period {
    pub fn new(from: NaiveDate, to: Option<NaiveDate>) -> Result<Self, PeriodError> {
        match to {
            Some(t) if t < from => Err(PeriodError),
            _ => Ok(Self { from, to }),
        }
    }

    pub fn from(&self) -> NaiveDate {
        self.from
    }

    pub fn to(&self) -> Option<NaiveDate> {
        self.to
    }

    /// An open-ended period closed at `end` (when `end` does not come before its start):
    /// an open-ended membership ends with its network.
    pub fn ending_with(&self, end: Option<NaiveDate>) -> Period {
        match (self.to, end) {
            (None, Some(e)) if self.from <= e => Period {
                from: self.from,
                to: Some(e),
            },
            _ => *self,
        }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.from <= d && self.to.is_none_or(|t| d <= t)
    }

    /// Whether `other` lies entirely inside this period.
    pub fn includes(&self, other: &Period) -> bool {
        self.from <= other.from
            && match (self.to, other.to) {
                (None, _) => true,
                (Some(_), None) => false,
                (Some(a), Some(b)) => b <= a,
            }
    }

    pub fn overlaps(&self, other: &Period) -> bool {
        self.to.is_none_or(|t| other.from <= t) && other.to.is_none_or(|t| self.from <= t)
    }

    /// The days both periods share.
    pub fn intersection(&self, other: &Period) -> Option<Period> {
        if !self.overlaps(other) {
            return None;
        }
        let from = self.from.max(other.from);
        let to = match (self.to, other.to) {
            (None, x) | (x, None) => x,
            (Some(a), Some(b)) => Some(a.min(b)),
        };
        Some(Period { from, to })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn basics() {
        let year = Period::new(d(2021, 9, 1), Some(d(2022, 8, 31))).unwrap();
        assert!(year.contains(d(2022, 1, 10)));
        assert!(!year.contains(d(2022, 9, 1)));
        assert!(Period::new(d(2022, 1, 1), Some(d(2021, 1, 1))).is_err());
        let open = Period::new(d(2021, 1, 1), None).unwrap();
        assert!(open.includes(&year));
        assert!(!year.includes(&open));
        assert_eq!(year.intersection(&open), Some(year));
    }

    fn period() -> impl Strategy<Value = Period> {
        (0i64..400, proptest::option::of(0i64..400)).prop_map(|(a, len)| {
            let from = d(2021, 1, 1) + chrono::Duration::days(a);
            Period::new(from, len.map(|l| from + chrono::Duration::days(l))).unwrap()
        })
    }

    proptest! {
        #[test]
        fn overlap_is_symmetric_and_matches_intersection(a in period(), b in period()) {
            prop_assert_eq!(a.overlaps(&b), b.overlaps(&a));
            prop_assert_eq!(a.overlaps(&b), a.intersection(&b).is_some());
            if let Some(i) = a.intersection(&b) {
                prop_assert!(a.includes(&i) && b.includes(&i));
            }
        }
    }
}
