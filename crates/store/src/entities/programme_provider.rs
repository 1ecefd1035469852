use sea_orm::entity::prelude::*;

/// An organization that teaches a network programme, in the programme's order.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "programme_providers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub programme_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub organization_id: Uuid,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
