use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

/// A staff member of an organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Staff {
    pub id: Uuid,
    pub organization_id: Uuid,
    pub last_name: String,
    pub first_name: String,
    pub patronymic: Option<String>,
    /// «учитель», «заместитель директора по УВР», …
    pub position: String,
    /// Subjects taught, e.g. «Технология», «Информатика».
    pub subjects: Vec<String>,
    /// The user account of this person, if they sign in.
    pub user_id: Option<Uuid>,
    pub external_id: Option<String>,
    pub version: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StaffInput {
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
    #[validate(length(min = 1, max = 200))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<200>))]
    pub position: String,
    #[serde(default)]
    #[validate(length(max = 30))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::names::<30, 100>))]
    pub subjects: Vec<String>,
    #[serde(default)]
    pub user_id: Option<Uuid>,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::external_id))]
    pub external_id: Option<String>,
}

/// Filters and paging of a staff list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct StaffQuery {
    /// Text search in names, position and subjects.
    pub q: Option<String>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}
