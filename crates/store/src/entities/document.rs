use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "documents")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `network`, `agreement` or `programme`.
    pub owner_type: String,
    pub owner_id: Uuid,
    pub network_id: Uuid,
    pub kind: String,
    pub title: String,
    pub filename: String,
    pub content_type: String,
    pub size_bytes: i64,
    pub sha256: String,
    #[serde(skip)]
    pub storage_key: String,
    /// `uploading`, `stored` or `deleting`.
    pub state: String,
    pub uploaded_by: Uuid,
    pub uploader_name: String,
    /// The organization the uploader acted for (none for the authority or the
    /// administrator).
    pub uploaded_for: Option<Uuid>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
