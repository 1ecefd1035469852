//! School calendars (календарный учебный график и режим занятий): per organization and
//! academic year, a 5- or 6-day week, terms, holidays and bell schedules. Schools differ,
//! and seed 002 names the mismatch as a main difficulty of network teaching, so a
//! calendar is data checked here, never a constant.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::academic_year::AcademicYear;

pub mod compare;

/// How many days a week the school teaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum WeekKind {
    /// Monday to Friday.
    FiveDay,
    /// Monday to Saturday.
    SixDay,
}

impl WeekKind {
    pub fn teaches_on(&self, day: Weekday) -> bool {
        match day {
            Weekday::Sun => false,
            Weekday::Sat => *self == WeekKind::SixDay,
            _ => true,
        }
    }
}

/// A quarter, trimester or semester.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Term {
    /// «1 четверть», «II триместр», «1 полугодие».
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// Days without lessons: vacations (каникулы) and public holidays.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Holiday {
    /// «Осенние каникулы», «День народного единства».
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// One lesson of a bell schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Lesson {
    #[cfg_attr(feature = "openapi", schema(maximum = 255))]
    pub number: u8,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "08:30", pattern = r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"))]
    #[serde(with = "hhmm")]
    pub start: NaiveTime,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "09:15", pattern = r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"))]
    #[serde(with = "hhmm")]
    pub end: NaiveTime,
}

/// A bell schedule (расписание звонков); a school may have several, e.g. per shift.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BellSchedule {
    /// «1 смена», «Основное».
    pub name: String,
    pub lessons: Vec<Lesson>,
}

/// What a school enters for a year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarContent {
    pub week: WeekKind,
    /// At least one.
    #[cfg_attr(feature = "openapi", schema(min_items = 1))]
    pub terms: Vec<Term>,
    #[serde(default)]
    pub holidays: Vec<Holiday>,
    #[serde(default)]
    pub bell_schedules: Vec<BellSchedule>,
}

/// Why a calendar is refused; each names the field (as in the request) it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarProblem {
    NoTerms,
    /// `terms[i]`: ends before it starts.
    TermReversed(usize),
    /// `terms[i]`: not inside the academic year.
    TermOutsideYear(usize),
    /// `terms[j]` begins before `terms[i]` ends.
    TermsOverlap(usize, usize),
    HolidayReversed(usize),
    HolidayOutsideYear(usize),
    /// A term, holiday or schedule without a name (or with control characters).
    Name(String),
    /// `bell_schedules[i]`: lesson `n` ends before it starts.
    LessonReversed {
        schedule: usize,
        number: u8,
    },
    /// `bell_schedules[i]`: lessons are not in order or overlap.
    LessonsOverlap {
        schedule: usize,
        number: u8,
    },
    /// `bell_schedules[i]`: a lesson number twice.
    LessonNumberTwice {
        schedule: usize,
        number: u8,
    },
    ScheduleNameTwice(usize),
    TooMany(&'static str),
}

impl CalendarProblem {
    /// The request field, e.g. `terms[2].to`.
    pub fn field(&self) -> String {
        match self {
            Self::NoTerms | Self::TooMany("terms") => "terms".into(),
            Self::TermReversed(i) => format!("terms[{i}].to"),
            Self::TermOutsideYear(i) => format!("terms[{i}]"),
            Self::TermsOverlap(_, j) => format!("terms[{j}].from"),
            Self::HolidayReversed(i) => format!("holidays[{i}].to"),
            Self::HolidayOutsideYear(i) => format!("holidays[{i}]"),
            Self::Name(f) => f.clone(),
            Self::LessonReversed { schedule, .. }
            | Self::LessonsOverlap { schedule, .. }
            | Self::LessonNumberTwice { schedule, .. } => {
                format!("bell_schedules[{schedule}].lessons")
            }
            Self::ScheduleNameTwice(i) => format!("bell_schedules[{i}].name"),
            Self::TooMany(f) => (*f).into(),
        }
    }
}

/// A checked calendar of one academic year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    year: AcademicYear,
    content: CalendarContent,
}

/// Limits that keep a calendar a calendar (and a request small).
const MAX_TERMS: usize = 6;
const MAX_HOLIDAYS: usize = 60;
const MAX_SCHEDULES: usize = 6;
const MAX_LESSONS: usize = 12;

fn named(name: &str, field: String, out: &mut Vec<CalendarProblem>) {
    let t = name.trim();
    if t.is_empty() || t.chars().count() > 100 || t.chars().any(char::is_control) {
        out.push(CalendarProblem::Name(field));
    }
}

/// The first and last day of an academic year.
pub fn year_bounds(year: AcademicYear) -> (NaiveDate, NaiveDate) {
    let (y, m, d) = year.first_day();
    let (y2, m2, d2) = year.last_day();
    (
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN),
        NaiveDate::from_ymd_opt(y2, m2, d2).unwrap_or(NaiveDate::MAX),
    )
}

/// The academic year a day belongs to.
pub fn year_of(day: NaiveDate) -> Option<AcademicYear> {
    AcademicYear::containing(day.year(), day.month())
}

impl Calendar {
    /// Checks terms (inside the year, in order, not overlapping), holidays (inside the
    /// year) and bell schedules (lessons numbered once, in order, not overlapping).
    /// Terms and holidays are kept sorted by their first day.
    pub fn new(
        year: AcademicYear,
        mut content: CalendarContent,
    ) -> Result<Self, Vec<CalendarProblem>> {
        let mut out = Vec::new();
        let (first, last) = year_bounds(year);
        let inside = |a: NaiveDate, b: NaiveDate| first <= a && b <= last;
        if content.terms.is_empty() {
            out.push(CalendarProblem::NoTerms);
        }
        for (what, n, max) in [
            ("terms", content.terms.len(), MAX_TERMS),
            ("holidays", content.holidays.len(), MAX_HOLIDAYS),
            (
                "bell_schedules",
                content.bell_schedules.len(),
                MAX_SCHEDULES,
            ),
        ] {
            if n > max {
                out.push(CalendarProblem::TooMany(what));
            }
        }
        content.terms.sort_by_key(|t| (t.from, t.to));
        content.holidays.sort_by_key(|h| (h.from, h.to));
        for (i, t) in content.terms.iter().enumerate() {
            named(&t.name, format!("terms[{i}].name"), &mut out);
            if t.to < t.from {
                out.push(CalendarProblem::TermReversed(i));
            } else if !inside(t.from, t.to) {
                out.push(CalendarProblem::TermOutsideYear(i));
            }
            if i > 0 && t.from <= content.terms[i - 1].to {
                out.push(CalendarProblem::TermsOverlap(i - 1, i));
            }
        }
        for (i, h) in content.holidays.iter().enumerate() {
            named(&h.name, format!("holidays[{i}].name"), &mut out);
            if h.to < h.from {
                out.push(CalendarProblem::HolidayReversed(i));
            } else if !inside(h.from, h.to) {
                out.push(CalendarProblem::HolidayOutsideYear(i));
            }
        }
        for (s, b) in content.bell_schedules.iter_mut().enumerate() {
            b.lessons.sort_by_key(|l| (l.start, l.number));
            if b.lessons.len() > MAX_LESSONS {
                out.push(CalendarProblem::TooMany("bell_schedules"));
            }
            let mut numbers: Vec<u8> = b.lessons.iter().map(|l| l.number).collect();
            numbers.sort_unstable();
            if let Some(w) = numbers.windows(2).find(|w| w[0] == w[1]) {
                out.push(CalendarProblem::LessonNumberTwice {
                    schedule: s,
                    number: w[0],
                });
            }
            for (i, l) in b.lessons.iter().enumerate() {
                if l.end <= l.start {
                    out.push(CalendarProblem::LessonReversed {
                        schedule: s,
                        number: l.number,
                    });
                } else if i > 0 {
                    let prev = b.lessons[i - 1];
                    if l.start < prev.end || l.number < prev.number {
                        out.push(CalendarProblem::LessonsOverlap {
                            schedule: s,
                            number: l.number,
                        });
                    }
                }
            }
        }
        for (s, b) in content.bell_schedules.iter().enumerate() {
            named(&b.name, format!("bell_schedules[{s}].name"), &mut out);
            if content.bell_schedules[..s]
                .iter()
                .any(|o| o.name.trim() == b.name.trim())
            {
                out.push(CalendarProblem::ScheduleNameTwice(s));
            }
        }
        if out.is_empty() {
            Ok(Self { year, content })
        } else {
            Err(out)
        }
    }

    pub fn year(&self) -> AcademicYear {
        self.year
    }

    pub fn content(&self) -> &CalendarContent {
        &self.content
    }

    pub fn week(&self) -> WeekKind {
        self.content.week
    }

    /// What kind of day it is for this school.
    pub fn day(&self, d: NaiveDate) -> DayKind {
        if let Some(h) = self
            .content
            .holidays
            .iter()
            .find(|h| h.from <= d && d <= h.to)
        {
            return DayKind::Holiday(h.name.clone());
        }
        if !self.content.terms.iter().any(|t| t.from <= d && d <= t.to) {
            return DayKind::OutsideTerms;
        }
        if !self.content.week.teaches_on(d.weekday()) {
            return DayKind::DayOff;
        }
        DayKind::School
    }

    pub fn is_school_day(&self, d: NaiveDate) -> bool {
        self.day(d) == DayKind::School
    }

    /// The lessons of a schedule by name, or of the first (main) schedule.
    pub fn lessons(&self, schedule: Option<&str>) -> &[Lesson] {
        let found = match schedule {
            Some(name) => self
                .content
                .bell_schedules
                .iter()
                .find(|b| b.name.trim() == name.trim()),
            None => None,
        };
        found
            .or_else(|| self.content.bell_schedules.first())
            .map(|b| b.lessons.as_slice())
            .unwrap_or(&[])
    }

    /// The same calendar a year later, for the school to adjust: every date moves to the
    /// same day and month of the next year (29 February to the 28th).
    pub fn for_next_year(&self) -> Option<(AcademicYear, CalendarContent)> {
        let next = self.year.next()?;
        let shift = |d: NaiveDate| {
            d.with_year(d.year() + 1)
                .or_else(|| NaiveDate::from_ymd_opt(d.year() + 1, d.month(), 28))
                .unwrap_or(d)
        };
        let mut c = self.content.clone();
        for t in &mut c.terms {
            (t.from, t.to) = (shift(t.from), shift(t.to));
        }
        for h in &mut c.holidays {
            (h.from, h.to) = (shift(h.from), shift(h.to));
        }
        Some((next, c))
    }
}

/// A day as one school sees it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "kind", content = "name")]
pub enum DayKind {
    School,
    /// Saturday in a 5-day week, Sunday always.
    DayOff,
    /// In a holiday or vacation (its name).
    Holiday(String),
    /// Between terms or outside the year's terms.
    OutsideTerms,
}

/// `HH:MM` times on the wire.
pub mod hhmm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.format("%H:%M").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let raw = String::deserialize(d)?;
        parse(&raw).ok_or_else(|| serde::de::Error::custom("a time is written as HH:MM"))
    }

    /// The times [`parse`] reads, for the OpenAPI document.
    pub const PATTERN: &str = r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$";

    /// `8:30`, `08:30` or `08:30:00`: exactly what [`PATTERN`] matches.
    pub fn parse(raw: &str) -> Option<NaiveTime> {
        let mut parts = raw.split(':');
        let (h, m, sec) = (parts.next()?, parts.next()?, parts.next());
        if parts.next().is_some() {
            return None;
        }
        let number = |p: &str, widths: &[usize], max: u32| {
            (widths.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse::<u32>().ok())
                .flatten()
                .filter(|n| *n <= max)
        };
        NaiveTime::from_hms_opt(
            number(h, &[1, 2], 23)?,
            number(m, &[2], 59)?,
            match sec {
                Some(s) => number(s, &[2], 59)?,
                None => 0,
            },
        )
    }
}

#[cfg(test)]
pub(crate) mod tests;
