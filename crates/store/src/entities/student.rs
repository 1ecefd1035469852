use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "students")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The home organization.
    pub organization_id: Uuid,
    pub last_name: String,
    pub first_name: String,
    pub patronymic: Option<String>,
    pub birth_date: Date,
    pub grade: i16,
    pub class_letter: String,
    pub external_id: Option<String>,
    pub consent_date: Option<Date>,
    pub consent_document: Option<String>,
    /// The account that recorded the consent.
    pub consent_recorded_by: Option<Uuid>,
    pub active: bool,
    /// An individual curriculum's weekly home hours in tenths, overriding the school's
    /// hours for the grade; `None` keeps them.
    pub home_hours_tenths: Option<i32>,
    #[serde(skip)]
    pub sort_key: String,
    #[serde(skip)]
    pub search_key: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
