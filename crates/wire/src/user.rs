use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

use domain::Role;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    pub id: Uuid,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub municipality_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    pub disabled: bool,
    pub created_at: DateTime<Utc>,
    pub version: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserCreate {
    /// 3–64 lower-case letters, digits, `.`, `_` and `-` (white space around is ignored).
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::username))]
    pub username: String,
    #[validate(length(min = 1, max = 200))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<200>))]
    pub display_name: String,
    /// At least 10 characters, not the user name.
    #[cfg_attr(feature = "openapi", schema(min_length = 10, max_length = 256))]
    pub password: String,
    pub role: Role,
    /// Required for `authority`; for `integration` either this or `organization_id`.
    #[serde(default)]
    pub municipality_id: Option<Uuid>,
    /// Required for `coordinator`, `school_admin` and `teacher`.
    #[serde(default)]
    pub organization_id: Option<Uuid>,
}

/// Full update of an account (not its password or user name).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserUpdate {
    #[validate(length(min = 1, max = 200))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<200>))]
    pub display_name: String,
    pub role: Role,
    #[serde(default)]
    pub municipality_id: Option<Uuid>,
    #[serde(default)]
    pub organization_id: Option<Uuid>,
    /// A disabled account cannot sign in and its refresh tokens are revoked.
    pub disabled: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PasswordReset {
    /// At least 10 characters, not the user name.
    #[cfg_attr(feature = "openapi", schema(min_length = 10, max_length = 256))]
    pub new_password: String,
    /// Required to change one's own password: an access token alone cannot.
    #[serde(default)]
    pub current_password: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct UserQuery {
    pub role: Option<Role>,
    pub organization_id: Option<Uuid>,
    pub municipality_id: Option<Uuid>,
    /// Text search in user and display names.
    pub q: Option<String>,
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}
