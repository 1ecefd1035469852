use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub group_id: Uuid,
    pub date: Date,
    pub start_time: Time,
    pub end_time: Time,
    /// `domain::timetable::Place` when it differs from the slot's or the group's.
    pub place: Option<Json>,
    /// `planned` or `cancelled`.
    pub status: String,
    pub cancel_reason: Option<String>,
    pub manual: bool,
    pub slot_id: Option<Uuid>,
    pub origin_date: Option<Date>,
    pub attendance_taken: bool,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
