//! Calendars: from the wire to the checked domain calendar, problems to field errors,
//! rows to wire views.

use domain::AcademicYear;
use domain::calendar::{Calendar, CalendarContent, CalendarProblem, year_bounds};
use store::entities::school_calendar::Model;
use wire::calendar::{CalendarSummary, SchoolCalendar};

use crate::error::{OpError, OpResult};
use crate::i18n::{FieldIssue, Issue};

pub fn parse_year(raw: &str) -> OpResult<AcademicYear> {
    AcademicYear::parse(raw).map_err(|_| OpError::field("year", Issue::AcademicYear))
}

fn issue_of(p: &CalendarProblem) -> Issue {
    match p {
        CalendarProblem::NoTerms => Issue::Required,
        CalendarProblem::TermReversed(_) | CalendarProblem::HolidayReversed(_) => {
            Issue::EndsBeforeStart
        }
        CalendarProblem::LessonReversed { .. } => Issue::EndsBeforeStart,
        CalendarProblem::TermOutsideYear(_) | CalendarProblem::HolidayOutsideYear(_) => {
            Issue::OutsideYear
        }
        CalendarProblem::TermsOverlap(..) | CalendarProblem::LessonsOverlap { .. } => {
            Issue::Overlaps
        }
        CalendarProblem::LessonNumberTwice { .. } | CalendarProblem::ScheduleNameTwice(_) => {
            Issue::Twice
        }
        CalendarProblem::Name(_) => Issue::Empty,
        CalendarProblem::TooMany(_) => Issue::TooMany { max: 60 },
    }
}

/// Checks a calendar for a year, reporting every problem at its field.
pub fn check(year: AcademicYear, content: CalendarContent) -> OpResult<Calendar> {
    Calendar::new(year, content).map_err(|problems| {
        let mut issues: Vec<FieldIssue> = Vec::new();
        for p in &problems {
            let field = p.field();
            if !issues.iter().any(|i| i.field == field) {
                issues.push(FieldIssue::new(&field, issue_of(p)));
            }
        }
        OpError::Validation(issues)
    })
}

fn school_days(c: &Calendar) -> u32 {
    let (first, last) = year_bounds(c.year());
    first
        .iter_days()
        .take_while(|d| *d <= last)
        .filter(|d| c.is_school_day(*d))
        .count() as u32
}

pub fn to_wire(m: &Model) -> OpResult<SchoolCalendar> {
    let c = store::calendars::calendar_of(m)?;
    Ok(SchoolCalendar {
        organization_id: m.organization_id,
        year: c.year().to_string(),
        school_days: school_days(&c),
        content: c.content().clone(),
        version: m.version,
        updated_at: m.updated_at,
    })
}

pub fn summary(m: &Model) -> OpResult<CalendarSummary> {
    let c = store::calendars::calendar_of(m)?;
    Ok(CalendarSummary {
        year: c.year().to_string(),
        week: c.week(),
        terms: c.content().terms.len(),
        school_days: school_days(&c),
        version: m.version,
    })
}
