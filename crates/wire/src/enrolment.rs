//! Enrolments of students in network groups: requests, the rule preview, the steps, and
//! the home curriculum's weekly hours the load rule starts from.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

pub use domain::enrolment::{EnrolmentStatus, LoadSummary, Rule, Transition};

use crate::student::TeachingStudent;

/// A request of the home school to enrol one of its students in a group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrolmentRequest {
    pub student_id: Uuid,
    /// Home hours a week the course stands in for (a module that is the student's
    /// «Технология» lessons replaces them and adds nothing to the load).
    #[serde(default)]
    #[validate(range(min = 0.0, max = 40.0))]
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 40))]
    pub replaces_hours: f64,
    /// Why, for the history (the parents' application, say).
    #[serde(default)]
    #[validate(length(max = 1000))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::optional::<1000>))]
    pub reason: Option<String>,
}

/// One rule's outcome in a preview or a refusal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RuleOutcome {
    pub rule: Rule,
    /// The rule's short title in the request's language.
    pub title: String,
    pub passed: bool,
    /// The error code a failing rule is refused with.
    pub code: Option<String>,
    /// Why it fails, naming the numbers.
    pub message: Option<String>,
}

/// What the approval rules say of a request before it is sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrolmentPreview {
    pub checks: Vec<RuleOutcome>,
    /// The student's week with the course.
    pub load: LoadSummary,
    /// Whether the request may be sent: every rule but the free seat passes (a full
    /// group puts the request on the waitlist).
    pub can_request: bool,
}

/// One step of an enrolment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EnrolmentStep {
    pub at: DateTime<Utc>,
    pub actor_name: String,
    /// `request`, `approve`, `waitlist`, `reject`, `withdraw`, `complete`, `offer` (a
    /// freed seat offered to the first of the waitlist).
    pub action: String,
    pub from_status: Option<EnrolmentStatus>,
    pub to_status: EnrolmentStatus,
    pub reason: Option<String>,
}

/// An enrolment as both schools see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Enrolment {
    pub id: Uuid,
    pub group_id: Uuid,
    pub group_name: String,
    pub programme_id: Uuid,
    pub programme_title: String,
    pub provider_id: Uuid,
    pub provider_name: String,
    pub student: TeachingStudent,
    /// `approved` reads as `active` from the group's first date.
    pub status: EnrolmentStatus,
    pub replaces_hours: f64,
    pub requested_at: DateTime<Utc>,
    /// Place in the group's waitlist (1 = next to be offered a seat).
    pub waitlist_position: Option<u32>,
    pub history: Vec<EnrolmentStep>,
    pub version: i32,
}

/// The reason of a step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StepInput {
    #[serde(default)]
    #[validate(length(max = 1000))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::optional::<1000>))]
    pub reason: Option<String>,
}

/// Filters of enrolment lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct EnrolmentQuery {
    /// Only enrolments shown in this status (`active` included).
    pub status: Option<EnrolmentStatus>,
}

/// Which of a school's enrolments: of its own students, or in the groups it provides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EnrolmentSide {
    /// The school's students in other schools' groups (and its own).
    #[default]
    Home,
    /// Visiting and own students in the groups the school provides.
    Provider,
}

/// Filters of a school's enrolments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct OrgEnrolmentQuery {
    /// `home` (default) or `provider`.
    pub side: Option<EnrolmentSide>,
    /// Only enrolments shown in this status (`active` included).
    pub status: Option<EnrolmentStatus>,
}

/// The weekly hours of one grade of the home curriculum.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GradeLoad {
    #[validate(range(min = 1, max = 11))]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 11))]
    pub grade: u8,
    #[validate(range(min = 0.0, max = 40.0))]
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 40))]
    pub hours_per_week: f64,
}

/// A school's curriculum hours for a year, grade by grade.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HomeLoads {
    #[validate(length(max = 11), nested)]
    #[cfg_attr(feature = "openapi", schema(max_items = 11))]
    pub grades: Vec<GradeLoad>,
}
