use serde::{Deserialize, Serialize};

/// Liveness and database status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `ok` or `degraded`.
    pub status: String,
    /// `ok` or `unavailable`.
    pub database: String,
    /// `sqlite` or `postgres`.
    pub database_kind: String,
    pub version: String,
}
