use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "networks")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub municipality_id: Uuid,
    pub name: String,
    #[serde(skip)]
    pub sort_key: String,
    #[serde(skip)]
    pub search_key: String,
    pub model: String,
    pub goal: String,
    /// JSON array of strings.
    pub tasks: Json,
    /// JSON array of strings.
    pub expected_results: Json,
    pub period_from: Date,
    pub period_to: Option<Date>,
    pub status: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
