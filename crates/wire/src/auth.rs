use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

use domain::Role;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    #[validate(length(min = 1, max = 64))]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 64))]
    pub username: String,
    #[validate(length(min = 1, max = 256))]
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 256))]
    pub password: String,
}

/// A short-lived access token. The refresh token travels in an HttpOnly cookie.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TokenResponse {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
}

/// The signed-in user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: Uuid,
    pub username: String,
    pub display_name: String,
    pub role: Role,
    pub municipality_id: Option<Uuid>,
    pub municipality_name: Option<String>,
    pub organization_id: Option<Uuid>,
    pub organization_name: Option<String>,
    /// Today in the account's municipality (Moscow for installation-wide accounts): the
    /// day the server decides by — coordinators, agreement statuses, what may be changed.
    pub today: chrono::NaiveDate,
    /// The IANA time zone that day is taken in.
    pub time_zone: String,
    /// The zone's offset from UTC now, in minutes (180 for Moscow): the SPA keeps the
    /// date of the zone with it while a page stays open.
    pub utc_offset_minutes: i32,
}
