use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One audit record: who did what to which object, with the state before and after.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub id: Uuid,
    pub at: DateTime<Utc>,
    pub actor_id: Option<Uuid>,
    pub actor_name: String,
    /// `create`, `update`, `delete`, `read`, `login`, `login_failed`, `logout`, …
    pub action: String,
    /// `organization`, `staff`, `user`, …
    pub entity_type: String,
    pub entity_id: Option<String>,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
    pub request_id: Option<String>,
    /// The endpoint a request came through (`GET /api/v1/students/{id}`).
    pub endpoint: Option<String>,
    /// For reads of students' personal data: the students the read returned.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub student_ids: Vec<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub actor_id: Option<Uuid>,
    pub action: Option<String>,
    /// Records about one student: changes of the record and reads that returned it. The
    /// home school's administration may ask this of its own students.
    pub student_id: Option<Uuid>,
    /// Newest first; pass `next_cursor` for older records.
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}
