//! School calendars and their comparison.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use domain::calendar::compare::{
    Comparison, DayMismatch, DayOf, LessonDifference, LessonOf, SchoolDays, TermDifference, TermOf,
};
pub use domain::calendar::{
    BellSchedule, CalendarContent, DayKind, Holiday, Lesson, Term, WeekKind,
};

/// A school's calendar for one academic year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchoolCalendar {
    pub organization_id: Uuid,
    /// `2021/2022`.
    pub year: String,
    #[serde(flatten)]
    pub content: CalendarContent,
    /// School days in the year (terms, minus holidays and days off).
    pub school_days: u32,
    pub version: i32,
    pub updated_at: DateTime<Utc>,
}

/// A calendar in a school's list of years.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarSummary {
    pub year: String,
    pub week: WeekKind,
    pub terms: usize,
    pub school_days: u32,
    pub version: i32,
}

/// A school named in a comparison.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ComparedSchool {
    pub id: Uuid,
    pub short_name: String,
    /// Whether it has a calendar for the year (schools without one are not compared).
    pub has_calendar: bool,
}

/// The comparison with the schools' names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CalendarComparison {
    pub schools: Vec<ComparedSchool>,
    #[serde(flatten)]
    pub comparison: Comparison,
}

/// `?year=2021-2022` (a network's comparison), with `&organization_ids=<id>,<id>,…` for
/// any set of schools.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct ComparisonQuery {
    /// `2021-2022` or `2021/2022`.
    pub year: String,
    /// Comma-separated organization ids (at most 200).
    #[cfg_attr(
        feature = "openapi",
        param(
            pattern = r"^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(,[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}){0,199})?$"
        )
    )]
    pub organization_ids: Option<String>,
}
