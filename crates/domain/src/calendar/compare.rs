//! Comparing the calendars of several schools over one academic year: the days that are
//! school days for some and not for others, term boundaries that differ, and lesson
//! times that do not line up — «несовпадение календарного графика и режима занятий».

use chrono::{Duration, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::{Calendar, DayKind, year_bounds};
use crate::academic_year::AcademicYear;
use crate::ids::OrganizationId;

/// One school's calendar in a comparison.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub organization: OrganizationId,
    pub calendar: &'a Calendar,
}

/// What a school's day is, in a mismatch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DayOf {
    pub organization_id: uuid::Uuid,
    pub day: DayKind,
}

/// Consecutive days on which the schools split the same way: some teach, some do not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DayMismatch {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Schools that teach on these days.
    pub teaching: Vec<uuid::Uuid>,
    /// Schools that do not, and why (a holiday by name, a day off, between terms).
    pub not_teaching: Vec<DayOf>,
}

/// One school's term at a position (first, second …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TermOf {
    pub organization_id: uuid::Uuid,
    pub name: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// The n-th term (from 1) where the schools disagree on its dates or on how many terms
/// there are (a school with fewer terms has none at that position).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TermDifference {
    pub position: usize,
    pub terms: Vec<TermOf>,
    pub without: Vec<uuid::Uuid>,
}

/// One school's lesson time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LessonOf {
    pub organization_id: uuid::Uuid,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    #[serde(with = "super::hhmm")]
    pub start: NaiveTime,
    #[cfg_attr(feature = "openapi", schema(value_type = String))]
    #[serde(with = "super::hhmm")]
    pub end: NaiveTime,
}

/// A lesson number whose times differ between the schools' main bell schedules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LessonDifference {
    pub number: u8,
    pub lessons: Vec<LessonOf>,
    pub without: Vec<uuid::Uuid>,
}

/// How many school days a school has in the year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolDays {
    pub organization_id: uuid::Uuid,
    pub days: u32,
}

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Comparison {
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "2021/2022"))]
    pub year: String,
    /// Schools compared (those with a calendar for the year).
    pub organizations: Vec<uuid::Uuid>,
    pub day_mismatches: Vec<DayMismatch>,
    /// School days in the year by school, as the schools count them.
    pub school_days: Vec<SchoolDays>,
    pub term_differences: Vec<TermDifference>,
    pub lesson_differences: Vec<LessonDifference>,
}

/// Compares calendars of one year. Order of the result follows the order of `entries`.
pub fn compare(year: AcademicYear, entries: &[Entry<'_>]) -> Comparison {
    let ids: Vec<uuid::Uuid> = entries.iter().map(|e| e.organization.as_uuid()).collect();
    Comparison {
        year: year.to_string(),
        organizations: ids.clone(),
        day_mismatches: day_mismatches(year, entries),
        school_days: entries
            .iter()
            .map(|e| SchoolDays {
                organization_id: e.organization.as_uuid(),
                days: school_days(year, e.calendar),
            })
            .collect(),
        term_differences: term_differences(entries),
        lesson_differences: lesson_differences(entries),
    }
}

fn days(year: AcademicYear) -> impl Iterator<Item = NaiveDate> {
    let (first, last) = year_bounds(year);
    std::iter::successors(Some(first), move |d| {
        let next = *d + Duration::days(1);
        (next <= last).then_some(next)
    })
}

fn school_days(year: AcademicYear, c: &Calendar) -> u32 {
    days(year).filter(|d| c.is_school_day(*d)).count() as u32
}

fn day_mismatches(year: AcademicYear, entries: &[Entry<'_>]) -> Vec<DayMismatch> {
    let mut out: Vec<DayMismatch> = Vec::new();
    if entries.len() < 2 {
        return out;
    }
    for d in days(year) {
        let kinds: Vec<DayKind> = entries.iter().map(|e| e.calendar.day(d)).collect();
        let teaching: Vec<uuid::Uuid> = entries
            .iter()
            .zip(&kinds)
            .filter(|(_, k)| **k == DayKind::School)
            .map(|(e, _)| e.organization.as_uuid())
            .collect();
        if teaching.is_empty() || teaching.len() == entries.len() {
            continue;
        }
        let not_teaching: Vec<DayOf> = entries
            .iter()
            .zip(kinds)
            .filter(|(_, k)| *k != DayKind::School)
            .map(|(e, day)| DayOf {
                organization_id: e.organization.as_uuid(),
                day,
            })
            .collect();
        // Extend yesterday's range when the split is the same (a Sunday in between
        // belongs to nobody and does not break a range).
        if let Some(last) = out.last_mut()
            && last.teaching == teaching
            && last.not_teaching == not_teaching
            && (d - last.to).num_days() <= 2
            && days_between_are_off(entries, last.to, d)
        {
            last.to = d;
            continue;
        }
        out.push(DayMismatch {
            from: d,
            to: d,
            teaching,
            not_teaching,
        });
    }
    out
}

/// Whether every day strictly between `a` and `b` is a day nobody teaches.
fn days_between_are_off(entries: &[Entry<'_>], a: NaiveDate, b: NaiveDate) -> bool {
    let mut d = a + Duration::days(1);
    while d < b {
        if entries.iter().any(|e| e.calendar.is_school_day(d)) {
            return false;
        }
        d += Duration::days(1);
    }
    true
}

fn term_differences(entries: &[Entry<'_>]) -> Vec<TermDifference> {
    let most = entries
        .iter()
        .map(|e| e.calendar.content.terms.len())
        .max()
        .unwrap_or(0);
    let mut out = Vec::new();
    for i in 0..most {
        let mut terms = Vec::new();
        let mut without = Vec::new();
        for e in entries {
            match e.calendar.content.terms.get(i) {
                Some(t) => terms.push(TermOf {
                    organization_id: e.organization.as_uuid(),
                    name: t.name.clone(),
                    from: t.from,
                    to: t.to,
                }),
                None => without.push(e.organization.as_uuid()),
            }
        }
        let same = terms
            .windows(2)
            .all(|w| (w[0].from, w[0].to) == (w[1].from, w[1].to));
        if !same || !without.is_empty() {
            out.push(TermDifference {
                position: i + 1,
                terms,
                without,
            });
        }
    }
    out
}

fn lesson_differences(entries: &[Entry<'_>]) -> Vec<LessonDifference> {
    let mut numbers: Vec<u8> = entries
        .iter()
        .flat_map(|e| e.calendar.lessons(None).iter().map(|l| l.number))
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    let with_schedule: Vec<&Entry<'_>> = entries
        .iter()
        .filter(|e| !e.calendar.lessons(None).is_empty())
        .collect();
    let mut out = Vec::new();
    for n in numbers {
        let mut lessons = Vec::new();
        let mut without = Vec::new();
        for e in &with_schedule {
            match e.calendar.lessons(None).iter().find(|l| l.number == n) {
                Some(l) => lessons.push(LessonOf {
                    organization_id: e.organization.as_uuid(),
                    start: l.start,
                    end: l.end,
                }),
                None => without.push(e.organization.as_uuid()),
            }
        }
        let same = lessons
            .windows(2)
            .all(|w| (w[0].start, w[0].end) == (w[1].start, w[1].end));
        if !same || !without.is_empty() {
            out.push(LessonDifference {
                number: n,
                lessons,
                without,
            });
        }
    }
    out
}
