//! A student's individual study plan (ИУП) for a school year: the home curriculum's
//! hours, the network courses with their hours, provider and teachers, and the total
//! against the СанПиН limit.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub use domain::calendar::WeekKind;
pub use domain::enrolment::{EnrolmentStatus, LoadSummary};

use crate::student::Student;

/// A network course of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StudyPlanCourse {
    pub enrolment_id: Uuid,
    pub group_id: Uuid,
    pub group_name: String,
    /// «Технология — Робототехника».
    pub programme_title: String,
    pub provider_id: Uuid,
    pub provider_name: String,
    /// «Мельников А. В.», …
    pub teachers: Vec<String>,
    pub hours_per_week: f64,
    /// Home hours the course stands in for.
    pub replaces_hours: f64,
    pub status: EnrolmentStatus,
}

/// The plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StudyPlan {
    pub student: Student,
    pub home_organization_name: String,
    /// The home school's full name, for the printed heading.
    pub home_organization_full_name: String,
    /// `2026/2027`.
    pub academic_year: String,
    pub week: WeekKind,
    /// Hours a week of the home curriculum for the grade; `None` while not entered.
    pub home_hours: Option<f64>,
    /// Courses holding a seat (approved, active, completed) in the year.
    pub courses: Vec<StudyPlanCourse>,
    pub load: LoadSummary,
    /// Whether the total stays within the limit (false also when no limit applies).
    pub within_limit: bool,
    /// The home school's director as the staff list names them, for the signature.
    pub director: Option<String>,
}
