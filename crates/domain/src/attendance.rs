//! Attendance of network sessions (PRODUCT.md §3.6): the marks, the 48-hour window after
//! which a correction needs a reason, and the absence threshold of the home school's
//! report.

use chrono::{Duration, NaiveDateTime};
use serde::{Deserialize, Serialize};

/// A student's mark in one session's register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    Present,
    Late,
    /// Absent for a good reason (illness, a school event).
    AbsentExcused,
    AbsentUnexcused,
}

impl Mark {
    pub const ALL: [Mark; 4] = [
        Mark::Present,
        Mark::Late,
        Mark::AbsentExcused,
        Mark::AbsentUnexcused,
    ];

    pub fn is_absence(self) -> bool {
        matches!(self, Mark::AbsentExcused | Mark::AbsentUnexcused)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mark::Present => "present",
            Mark::Late => "late",
            Mark::AbsentExcused => "absent_excused",
            Mark::AbsentUnexcused => "absent_unexcused",
        }
    }

    /// A stored mark; unknown text is `None` (the caller reports corrupt data).
    pub fn parse(raw: &str) -> Option<Mark> {
        Mark::ALL.into_iter().find(|m| m.as_str() == raw)
    }
}

/// How long after a session its register may be corrected without a reason.
pub const CORRECTION_WINDOW_HOURS: i64 = 48;

/// Whether a change of a taken register, at `now`, comes later than 48 hours after the
/// session ended — both in the school's local time — and so needs a reason.
pub fn correction_needs_reason(session_end: NaiveDateTime, now: NaiveDateTime) -> bool {
    now > session_end + Duration::hours(CORRECTION_WINDOW_HOURS)
}

/// The counts of one student's marks over a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Tally {
    pub present: u32,
    pub late: u32,
    pub absent_excused: u32,
    pub absent_unexcused: u32,
}

impl Tally {
    pub fn add(&mut self, m: Mark) {
        match m {
            Mark::Present => self.present += 1,
            Mark::Late => self.late += 1,
            Mark::AbsentExcused => self.absent_excused += 1,
            Mark::AbsentUnexcused => self.absent_unexcused += 1,
        }
    }

    /// Sessions with a mark.
    pub fn marked(&self) -> u32 {
        self.present + self.late + self.absent_excused + self.absent_unexcused
    }

    pub fn absences(&self) -> u32 {
        self.absent_excused + self.absent_unexcused
    }

    /// Absences per hundred marked sessions, to a tenth (0 without marks).
    pub fn absence_share_tenths(&self) -> u32 {
        match self.marked() {
            0 => 0,
            n => (self.absences() * 1000 + n / 2) / n,
        }
    }
}

/// When a student's absences count as too many for the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Threshold {
    /// More than this percentage of the marked sessions (seed 002's «20 %»).
    Share(u32),
    /// More than this many absences.
    Count(u32),
}

impl Threshold {
    pub fn exceeded_by(&self, t: &Tally) -> bool {
        match *self {
            Threshold::Share(pct) => t.marked() > 0 && t.absence_share_tenths() > pct * 10,
            Threshold::Count(n) => t.absences() > n,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn at(d: u32, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 10, d)
            .and_then(|d| d.and_hms_opt(h, m, 0))
            .expect("a time")
    }

    #[test]
    fn the_correction_window_is_forty_eight_hours_after_the_session() {
        let end = at(14, 15, 10);
        assert!(!correction_needs_reason(end, at(16, 15, 10)));
        assert!(correction_needs_reason(end, at(16, 15, 11)));
        assert!(!correction_needs_reason(end, at(14, 16, 0)));
    }

    #[test]
    fn marks_round_trip_through_their_text() {
        for m in Mark::ALL {
            assert_eq!(Mark::parse(m.as_str()), Some(m));
        }
        assert_eq!(Mark::parse("absent"), None);
    }

    #[test]
    fn thresholds_count_only_absences() {
        let mut t = Tally::default();
        for m in [Mark::Present; 7] {
            t.add(m);
        }
        t.add(Mark::Late);
        t.add(Mark::AbsentExcused);
        t.add(Mark::AbsentUnexcused);
        assert_eq!((t.marked(), t.absences()), (10, 2));
        assert_eq!(t.absence_share_tenths(), 200);
        assert!(
            !Threshold::Share(20).exceeded_by(&t),
            "20 % is not above 20 %"
        );
        assert!(Threshold::Share(19).exceeded_by(&t));
        assert!(Threshold::Count(1).exceeded_by(&t));
        assert!(!Threshold::Count(2).exceeded_by(&t));
        assert!(!Threshold::Share(0).exceeded_by(&Tally::default()));
    }

    proptest! {
        #[test]
        fn one_more_absence_never_lowers_the_share(p in 0u32..50, a in 0u32..50) {
            let t = Tally { present: p, absent_unexcused: a, ..Tally::default() };
            let mut more = t;
            more.add(Mark::AbsentUnexcused);
            prop_assert!(more.absence_share_tenths() >= t.absence_share_tenths());
        }
    }
}
