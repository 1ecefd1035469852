use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
/// A group's row; its teachers and participant schools are rows of `group_teacher` and
/// `group_participant` (see `store::groups::Group`).
#[sea_orm(table_name = "study_groups")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub network_id: Uuid,
    pub programme_id: Uuid,
    pub provider_id: Uuid,
    pub academic_year: i32,
    pub name: String,
    #[serde(skip)]
    pub sort_key: String,
    pub capacity: i32,
    /// Seats held by approved enrolments; changed only by the conditional updates of
    /// `store::enrolments` (never by the group's own writes).
    pub seats_taken: i32,
    /// `domain::timetable::Place`.
    pub place: Json,
    /// JSON array of `domain::timetable::Slot`.
    pub slots: Json,
    pub first_date: Date,
    pub last_date: Date,
    pub external_id: Option<String>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub deleted_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
