use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

use domain::network::{MembershipRole, NetworkModel, NetworkStatus};

/// An organization's membership in a network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Membership {
    pub id: Uuid,
    pub organization_id: Uuid,
    /// Short name of the organization, for display.
    pub organization_name: String,
    pub role: MembershipRole,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
    /// For a satellite of a mentoring network: its partner school.
    pub mentor_id: Option<Uuid>,
    pub version: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MembershipInput {
    pub organization_id: Uuid,
    pub role: MembershipRole,
    pub joined_on: NaiveDate,
    #[serde(default)]
    pub left_on: Option<NaiveDate>,
    #[serde(default)]
    pub mentor_id: Option<Uuid>,
}

/// A network with its members.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Network {
    pub id: Uuid,
    pub municipality_id: Uuid,
    pub name: String,
    pub model: NetworkModel,
    pub goal: String,
    pub tasks: Vec<String>,
    pub expected_results: Vec<String>,
    pub period_from: NaiveDate,
    pub period_to: Option<NaiveDate>,
    pub status: NetworkStatus,
    pub members: Vec<Membership>,
    /// Changes with every change of the network or its membership.
    pub version: i32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A network in lists (without members).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkSummary {
    pub id: Uuid,
    pub municipality_id: Uuid,
    pub name: String,
    pub model: NetworkModel,
    pub period_from: NaiveDate,
    pub period_to: Option<NaiveDate>,
    pub status: NetworkStatus,
    pub version: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkInput {
    pub municipality_id: Uuid,
    #[validate(length(min = 1, max = 500))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<500>))]
    pub name: String,
    pub model: NetworkModel,
    #[serde(default)]
    #[validate(length(max = 5000))]
    #[cfg_attr(feature = "openapi", schema(max_length = 5000))]
    pub goal: String,
    #[serde(default)]
    #[validate(length(max = 50))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::texts::<50, 1000>))]
    pub tasks: Vec<String>,
    #[serde(default)]
    #[validate(length(max = 50))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::texts::<50, 1000>))]
    pub expected_results: Vec<String>,
    pub period_from: NaiveDate,
    #[serde(default)]
    pub period_to: Option<NaiveDate>,
    #[serde(default = "planned")]
    pub status: NetworkStatus,
}

fn planned() -> NetworkStatus {
    NetworkStatus::Planned
}

/// Creating a network names its coordinator (a network always has exactly one) and may
/// list further members.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkCreate {
    #[serde(flatten)]
    #[validate(nested)]
    pub network: NetworkInput,
    /// The coordinating school, a member from the network's first day.
    pub coordinator_id: Uuid,
    #[serde(default)]
    pub members: Vec<MembershipInput>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct NetworkQuery {
    /// Text search in name and goal.
    pub q: Option<String>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

/// Hands the coordination over: the current coordinator's membership ends the day before
/// `from`, and `organization_id` coordinates from `from` to the end of the network period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CoordinatorHandover {
    pub organization_id: Uuid,
    pub from: NaiveDate,
}
