use sea_orm::entity::prelude::*;

/// A session's register: taken once, then corrected.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "registers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub session_id: Uuid,
    pub taken_at: DateTimeUtc,
    pub taken_by: Option<Uuid>,
    pub taken_by_name: String,
    pub updated_at: DateTimeUtc,
    pub updated_by_name: String,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
