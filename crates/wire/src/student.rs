//! Students of home schools: the whole record for the home school and the authority, and
//! the teaching view for the schools, coordinators and teachers who teach them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

/// The record of the parents' consent to network learning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Consent {
    pub date: NaiveDate,
    /// The number of the consent document («№ 17 от 28.08.2026» keeps only «№ 17»).
    pub document: String,
    /// The account that recorded it.
    pub recorded_by: Option<Uuid>,
}

/// A student's whole record, as the home school keeps it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Student {
    pub id: Uuid,
    /// The home organization.
    pub organization_id: Uuid,
    pub last_name: String,
    pub first_name: String,
    pub patronymic: Option<String>,
    pub birth_date: NaiveDate,
    /// 1–11.
    pub grade: u8,
    /// «А», «Б», … (upper case).
    pub class_letter: String,
    pub external_id: Option<String>,
    pub consent: Option<Consent>,
    pub active: bool,
    /// Weekly home hours of the student's individual curriculum (ИУП), overriding the
    /// school's hours for the grade in the load rule and the study plan; absent when the
    /// school's hours apply.
    pub home_hours_per_week: Option<f64>,
    pub version: i32,
}

/// What teaching a visiting student needs — and nothing more: no date of birth, no
/// external id, no consent record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TeachingStudent {
    pub id: Uuid,
    pub last_name: String,
    pub first_name: String,
    pub patronymic: Option<String>,
    pub grade: u8,
    pub class_letter: String,
    pub home_organization_id: Uuid,
    /// The home school's short name.
    pub home_organization_name: String,
}

/// One student as the caller may see it: `view` says which.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "view", rename_all = "snake_case")]
pub enum StudentRecord {
    Full(Student),
    Teaching(TeachingStudent),
}

/// A student as entered by the home school.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StudentInput {
    #[validate(length(min = 1, max = 100))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<100>))]
    pub last_name: String,
    #[validate(length(min = 1, max = 100))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<100>))]
    pub first_name: String,
    #[serde(default)]
    #[validate(length(max = 100))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::optional::<100>))]
    pub patronymic: Option<String>,
    /// The student must be 5 to 21 years old today.
    pub birth_date: NaiveDate,
    #[validate(range(min = 1, max = 11))]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 11))]
    pub grade: i64,
    /// One to three letters or digits.
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::class_letter))]
    pub class_letter: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::external_id))]
    pub external_id: Option<String>,
    /// The date of the parents' written consent to network learning (not after today);
    /// given together with `consent_document`.
    #[serde(default)]
    pub consent_date: Option<NaiveDate>,
    #[serde(default)]
    #[validate(length(max = 100))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::optional::<100>))]
    pub consent_document: Option<String>,
    #[serde(default = "active")]
    pub active: bool,
    /// Weekly home hours of an individual curriculum (ИУП), to a tenth of an hour;
    /// absent or `null` keeps the school's hours for the grade.
    #[serde(default)]
    #[validate(range(min = 0.0, max = 40.0))]
    #[cfg_attr(feature = "openapi", schema(minimum = 0, maximum = 40))]
    pub home_hours_per_week: Option<f64>,
}

fn active() -> bool {
    true
}

/// Filters and paging of a school's students.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct StudentQuery {
    /// Text search in names (ё = е, any case).
    pub q: Option<String>,
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 11))]
    pub grade: Option<u8>,
    pub class_letter: Option<String>,
    /// Only students whose parents' consent is on file (`true`) or is not (`false`).
    pub consent: Option<bool>,
    pub active: Option<bool>,
    /// Only students with (`true`) or without (`false`) an open enrolment in a network
    /// group (requested, waitlisted, approved or active).
    pub enrolled: Option<bool>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}
