use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "organizations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub municipality_id: Uuid,
    pub parent_id: Option<Uuid>,
    pub kind: String,
    pub full_name: String,
    pub short_name: String,
    #[serde(skip)]
    pub sort_key: String,
    #[serde(skip)]
    pub search_key: String,
    pub inn: Option<String>,
    pub address: Option<String>,
    pub low_results: bool,
    pub adverse_conditions: bool,
    pub external_id: Option<String>,
    pub active: bool,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
