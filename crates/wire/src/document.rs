//! Documents attached to networks, agreements and programmes.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;
use validator::Validate;

pub use domain::document::{DocumentKind, OwnerKind};

/// A stored document. Its bytes are at `content_url`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Document {
    pub id: Uuid,
    pub owner_type: OwnerKind,
    pub owner_id: Uuid,
    pub kind: DocumentKind,
    pub title: String,
    /// The name it was uploaded under.
    pub filename: String,
    /// Decided from the content, not from what the client declared.
    pub content_type: String,
    pub size_bytes: i64,
    /// SHA-256 of the bytes, hex.
    pub sha256: String,
    pub uploaded_by_name: String,
    pub uploaded_at: DateTime<Utc>,
    pub content_url: String,
    pub version: i32,
}

/// The multipart form of an upload (`multipart/form-data`): `file` with the bytes and
/// a file name, `kind`, and optionally `title` (the file name by default).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentUpload {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = Binary))]
    pub file: String,
    pub kind: DocumentKind,
    pub title: Option<String>,
}

/// What may change of a stored document: its description, never its bytes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DocumentUpdate {
    #[validate(length(min = 1, max = 300))]
    #[cfg_attr(feature = "openapi", schema(schema_with = crate::text::name::<300>))]
    pub title: String,
    pub kind: DocumentKind,
}
