//! The weekly load of a student against the СанПиН 1.2.3685-21 limit (table 6.6): home
//! hours − the home hours network courses stand in for + network hours.

use std::fmt;
use std::iter::Sum;
use std::ops::{Add, AddAssign, Sub};

use serde::{Deserialize, Serialize};

use super::Lang;
use super::rules::RuleFailure;
use crate::calendar::WeekKind;
use crate::grade::Grade;
use crate::ids::GroupId;

/// Academic hours to a tenth (programmes have 0.5 h a week): a number of hours on the
/// wire, tenths inside.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(into = "f64", try_from = "f64")]
#[cfg_attr(
    feature = "openapi",
    derive(utoipa::ToSchema),
    schema(value_type = f64, minimum = 0, example = 34.5)
)]
pub struct Hours(u32);

/// Why a number is not a count of hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("hours must be a finite number")]
    NotANumber,
    #[error("hours must not be negative")]
    Negative,
    #[error("too many hours")]
    TooLarge,
}

impl Hours {
    pub const ZERO: Hours = Hours(0);

    /// Whole hours.
    pub const fn whole(hours: u32) -> Self {
        Self(hours.saturating_mul(10))
    }

    pub const fn from_tenths(tenths: u32) -> Self {
        Self(tenths)
    }

    pub const fn tenths(self) -> u32 {
        self.0
    }

    /// Hours rounded to a tenth; negative, NaN and infinite numbers are refused.
    pub fn from_f64(hours: f64) -> Result<Self, HoursError> {
        if !hours.is_finite() {
            return Err(HoursError::NotANumber);
        }
        if hours < 0.0 {
            return Err(HoursError::Negative);
        }
        let tenths = (hours * 10.0).round();
        if tenths > f64::from(u32::MAX) {
            return Err(HoursError::TooLarge);
        }
        // In range and whole after the checks above.
        Ok(Self(tenths as u32))
    }

    pub fn to_f64(self) -> f64 {
        f64::from(self.0) / 10.0
    }

    /// «34,5» in Russian, "34.5" in English; whole hours without a fraction.
    pub fn format(self, lang: Lang) -> String {
        let (whole, tenth) = (self.0 / 10, self.0 % 10);
        match (tenth, lang) {
            (0, _) => whole.to_string(),
            (_, Lang::Ru) => format!("{whole},{tenth}"),
            (_, Lang::En) => format!("{whole}.{tenth}"),
        }
    }
}

impl fmt::Display for Hours {
    /// Russian style: «33», «34,5».
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(Lang::Ru))
    }
}

impl Add for Hours {
    type Output = Hours;
    fn add(self, rhs: Hours) -> Hours {
        Hours(self.0.saturating_add(rhs.0))
    }
}

impl AddAssign for Hours {
    fn add_assign(&mut self, rhs: Hours) {
        *self = *self + rhs;
    }
}

impl Sub for Hours {
    type Output = Hours;
    /// Never below zero.
    fn sub(self, rhs: Hours) -> Hours {
        Hours(self.0.saturating_sub(rhs.0))
    }
}

impl Sum for Hours {
    fn sum<I: Iterator<Item = Hours>>(iter: I) -> Hours {
        iter.fold(Hours::ZERO, Add::add)
    }
}

impl From<Hours> for f64 {
    fn from(h: Hours) -> f64 {
        h.to_f64()
    }
}

impl TryFrom<f64> for Hours {
    type Error = HoursError;
    fn try_from(h: f64) -> Result<Self, HoursError> {
        Self::from_f64(h)
    }
}

/// The most academic hours a week for a grade (СанПиН 1.2.3685-21, table 6.6), or
/// `None` where the week is not allowed (a six-day week in grade 1).
pub fn load_limit(grade: Grade, week: WeekKind) -> Option<Hours> {
    let (five, six) = match grade.value() {
        1 => (21, None),
        2..=4 => (23, Some(26)),
        5 => (29, Some(32)),
        6 => (30, Some(33)),
        7 => (32, Some(35)),
        8 | 9 => (33, Some(36)),
        _ => (34, Some(37)),
    };
    match week {
        WeekKind::FiveDay => Some(Hours::whole(five)),
        WeekKind::SixDay => six.map(Hours::whole),
    }
}

/// One network course of the student.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CourseLoad {
    pub group: GroupId,
    pub hours_per_week: Hours,
    /// Home hours the course stands in for: a module that *is* the student's «Технология»
    /// lessons replaces all its hours and adds nothing.
    pub replaces: Hours,
}

impl CourseLoad {
    /// The home hours it stands in for, at most its own hours: a course cannot lighten
    /// the week by more than it takes.
    pub fn replaced(&self) -> Hours {
        self.replaces.min(self.hours_per_week)
    }
}

/// What the load of a student with one more course depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadQuery {
    pub grade: Grade,
    /// The home school's week.
    pub week: WeekKind,
    /// Hours a week of the home curriculum for the student; `None` while the home school
    /// has not entered them for the grade (the load cannot be checked, so it fails).
    pub home_hours: Option<Hours>,
    /// The student's other approved or active courses; an entry for `course.group` (or
    /// a repeated group) counts once.
    pub others: Vec<CourseLoad>,
    /// The course being checked.
    pub course: CourseLoad,
}

/// The student's week, in hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoadSummary {
    pub home: Hours,
    /// Home hours the network courses stand in for (at most `home`).
    pub replaced: Hours,
    /// Hours a week of all network courses, this one included.
    pub network: Hours,
    /// `home − replaced + network`.
    pub total: Hours,
    /// `None` where the week is not allowed for the grade.
    pub limit: Option<Hours>,
}

/// The weekly load with the course, and the limit for the grade and week.
pub fn weekly_load(q: &LoadQuery) -> LoadSummary {
    let mut seen = vec![q.course.group];
    let mut courses = vec![q.course];
    for c in &q.others {
        if !seen.contains(&c.group) {
            seen.push(c.group);
            courses.push(*c);
        }
    }
    let home = q.home_hours.unwrap_or(Hours::ZERO);
    let network: Hours = courses.iter().map(|c| c.hours_per_week).sum();
    let replaced = courses
        .iter()
        .map(CourseLoad::replaced)
        .sum::<Hours>()
        .min(home);
    LoadSummary {
        home,
        replaced,
        network,
        total: home - replaced + network,
        limit: load_limit(q.grade, q.week),
    }
}

/// The weekly load when it stays within the limit.
pub fn check_load(q: &LoadQuery) -> Result<LoadSummary, RuleFailure> {
    if q.home_hours.is_none() {
        return Err(RuleFailure::HomeLoadMissing { grade: q.grade });
    }
    let s = weekly_load(q);
    match s.limit {
        None => Err(RuleFailure::SixDayWeekNotAllowed { grade: q.grade }),
        Some(limit) if s.total > limit => Err(RuleFailure::LoadExceeded {
            total: s.total,
            limit,
            grade: q.grade,
            week: q.week,
        }),
        Some(_) => Ok(s),
    }
}
