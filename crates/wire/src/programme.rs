use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

use domain::programme::{AssessmentForm, DeliveryMode, EducationLevel, ProgrammeStatus};

/// A network programme, course or module (PRODUCT.md §3.4).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Programme {
    pub id: Uuid,
    pub network_id: Uuid,
    pub code: String,
    /// «Технология».
    pub title: String,
    /// «Технология», «Естественные науки».
    pub subject_area: String,
    /// «Робототехника».
    pub module: Option<String>,
    pub level: EducationLevel,
    pub grade_from: i32,
    pub grade_to: i32,
    pub total_hours: i32,
    pub hours_per_week: f64,
    pub delivery_mode: DeliveryMode,
    pub assessment_form: AssessmentForm,
    /// Members of the network that teach it.
    pub provider_ids: Vec<Uuid>,
    pub status: ProgrammeStatus,
    pub external_id: Option<String>,
    pub version: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProgrammeInput {
    #[validate(length(min = 1, max = 50))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<50>))]
    pub code: String,
    #[validate(length(min = 1, max = 300))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<300>))]
    pub title: String,
    #[validate(length(min = 1, max = 200))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<200>))]
    pub subject_area: String,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::optional::<200>))]
    pub module: Option<String>,
    pub level: EducationLevel,
    pub grade_from: i32,
    pub grade_to: i32,
    pub total_hours: i32,
    pub hours_per_week: f64,
    pub delivery_mode: DeliveryMode,
    pub assessment_form: AssessmentForm,
    #[validate(length(min = 1, max = 20))]
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 20))]
    pub provider_ids: Vec<Uuid>,
    #[serde(default = "draft")]
    pub status: ProgrammeStatus,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::external_id))]
    pub external_id: Option<String>,
}

fn draft() -> ProgrammeStatus {
    ProgrammeStatus::Draft
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct ProgrammeQuery {
    /// Text search in code, title, subject area and module.
    pub q: Option<String>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}
