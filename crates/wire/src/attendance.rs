//! Attendance: a session's register, a group's students × sessions table, the home
//! school's absence report and the registers not taken.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

pub use domain::attendance::{Mark, Tally};

use crate::student::TeachingStudent;

/// One student's mark in a register being taken.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MarkInput {
    pub student_id: Uuid,
    pub mark: Mark,
}

/// A whole register, every student of the group at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterInput {
    #[validate(length(max = 500))]
    #[cfg_attr(feature = "openapi", schema(max_items = 500))]
    pub marks: Vec<MarkInput>,
    /// Required to correct a register more than 48 hours after the session.
    #[serde(default)]
    #[validate(length(max = 1000))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::optional::<1000>))]
    pub reason: Option<String>,
}

/// A student of the register, marked or not yet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RegisterLine {
    pub student: TeachingStudent,
    pub mark: Option<Mark>,
}

/// A session's register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Register {
    pub session_id: Uuid,
    pub group_id: Uuid,
    pub date: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "14:30"))]
    #[serde(with = "domain::calendar::hhmm")]
    pub start: NaiveTime,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "15:10"))]
    #[serde(with = "domain::calendar::hhmm")]
    pub end: NaiveTime,
    pub taken: bool,
    pub taken_at: Option<DateTime<Utc>>,
    pub taken_by_name: Option<String>,
    pub updated_at: Option<DateTime<Utc>>,
    pub updated_by_name: Option<String>,
    /// From this moment a correction needs a reason.
    pub reason_required_after: DateTime<Utc>,
    pub lines: Vec<RegisterLine>,
    /// 0 while the register is not taken.
    pub version: i32,
}

/// A session as a column of the attendance table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttendanceSession {
    pub session_id: Uuid,
    pub date: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "14:30"))]
    #[serde(with = "domain::calendar::hhmm")]
    pub start: NaiveTime,
    pub cancelled: bool,
    pub taken: bool,
}

/// A student's row: one mark (or none) per session, in the order of `sessions`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AttendanceRow {
    pub student: TeachingStudent,
    /// A mark per session, in the order of `sessions`.
    pub marks: Vec<Option<Mark>>,
    /// Per session, whether the pupil was on its register: held the seat that day (from
    /// the day of approval to the day of withdrawal).
    pub on_register: Vec<bool>,
    pub tally: Tally,
}

/// A group's attendance: students × sessions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupAttendance {
    pub group_id: Uuid,
    pub sessions: Vec<AttendanceSession>,
    pub rows: Vec<AttendanceRow>,
}

/// The period and threshold of an absence report: a share of marked sessions in percent,
/// or a number of absences (give one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct AbsenceQuery {
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// More than this percentage of the marked sessions absent (default 20).
    #[cfg_attr(feature = "openapi", param(minimum = 0, maximum = 100))]
    pub share: Option<u32>,
    /// More than this many absences (instead of `share`).
    #[cfg_attr(feature = "openapi", param(minimum = 0, maximum = 1000))]
    pub count: Option<u32>,
}

/// A student above the threshold, with the groups counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AbsenceLine {
    pub student: TeachingStudent,
    pub tally: Tally,
    /// Absences per hundred marked sessions.
    pub absence_share: f64,
    pub groups: Vec<String>,
}

/// A session whose register is not taken though it has ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UntakenRegister {
    pub session_id: Uuid,
    pub group_id: Uuid,
    pub group_name: String,
    pub provider_id: Uuid,
    pub provider_name: String,
    pub date: NaiveDate,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "14:30"))]
    #[serde(with = "domain::calendar::hhmm")]
    pub start: NaiveTime,
}

/// `?provider_id=` narrows the list to one provider's groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct UntakenQuery {
    pub provider_id: Option<Uuid>,
}
