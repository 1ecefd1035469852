use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "agreements")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub network_id: Uuid,
    /// The id of the first version; all versions of an agreement share it.
    pub series_id: Uuid,
    pub version_no: i32,
    pub supersedes_id: Option<Uuid>,
    pub number: String,
    pub kind: String,
    pub base_organization_id: Uuid,
    /// `domain::agreement::AgreementContent` as JSON.
    pub content: Json,
    pub submitted: bool,
    pub terminated_on: Option<Date>,
    pub termination_reason: Option<String>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
