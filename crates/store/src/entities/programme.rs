use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "programmes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub network_id: Uuid,
    pub code: String,
    pub title: String,
    pub subject_area: String,
    pub module: Option<String>,
    #[serde(skip)]
    pub sort_key: String,
    #[serde(skip)]
    pub search_key: String,
    pub level: String,
    pub grade_from: i32,
    pub grade_to: i32,
    pub total_hours: i32,
    pub hours_per_week_tenths: i32,
    pub delivery_mode: String,
    pub assessment_form: String,
    pub status: String,
    pub external_id: Option<String>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
