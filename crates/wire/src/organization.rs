use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

use domain::OrganizationKind;

/// A school or another organization (PRODUCT.md §3.1).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organization {
    pub id: Uuid,
    /// «Муниципальное бюджетное общеобразовательное учреждение „Лицей №24 …“».
    pub full_name: String,
    /// «Лицей №24».
    pub short_name: String,
    pub kind: OrganizationKind,
    /// The parent organization of a branch (филиал).
    pub parent_id: Option<Uuid>,
    pub municipality_id: Uuid,
    /// ИНН, 10 digits with a valid check digit.
    pub inn: Option<String>,
    pub address: Option<String>,
    /// ШНОР: a school with low educational results.
    pub low_results: bool,
    /// ШНСУ: a school in adverse social conditions.
    pub adverse_conditions: bool,
    /// Id in another system; unique within the municipality.
    pub external_id: Option<String>,
    pub active: bool,
    /// Increases with every change; sent as the `ETag`.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Fields of an organization for create and full update.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganizationInput {
    #[validate(length(min = 1, max = 500))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<500>))]
    pub full_name: String,
    #[validate(length(min = 1, max = 150))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<150>))]
    pub short_name: String,
    pub kind: OrganizationKind,
    #[serde(default)]
    pub parent_id: Option<Uuid>,
    pub municipality_id: Uuid,
    #[serde(default)]
    pub inn: Option<String>,
    #[serde(default)]
    #[validate(length(max = 500))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::optional::<500>))]
    pub address: Option<String>,
    #[serde(default)]
    pub low_results: bool,
    #[serde(default)]
    pub adverse_conditions: bool,
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::external_id))]
    pub external_id: Option<String>,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

/// Sort orders of the organizations list; ties are broken by id so paging is stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum OrganizationSort {
    #[default]
    #[serde(rename = "short_name")]
    ShortName,
    #[serde(rename = "-short_name")]
    ShortNameDesc,
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "-created_at")]
    CreatedAtDesc,
}

/// Filters and paging of `GET /api/v1/organizations`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct OrganizationQuery {
    pub municipality_id: Option<Uuid>,
    pub kind: Option<OrganizationKind>,
    pub low_results: Option<bool>,
    pub adverse_conditions: Option<bool>,
    pub active: Option<bool>,
    /// Text search in the full and short names, ИНН and external id (case-insensitive,
    /// `ё` = `е`).
    pub q: Option<String>,
    pub sort: Option<OrganizationSort>,
    /// Page size, 1–500 (default 50).
    pub limit: Option<u32>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
}
