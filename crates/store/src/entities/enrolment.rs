use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel, serde::Serialize)]
#[sea_orm(table_name = "enrolments")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub group_id: Uuid,
    pub student_id: Uuid,
    /// The student's home school when the request was made.
    pub home_organization_id: Uuid,
    /// `domain::enrolment::EnrolmentStatus` as stored (never `active`, which is computed).
    pub status: String,
    /// Home hours a week the course stands in for, in tenths.
    pub replaces_tenths: i32,
    pub requested_at: DateTimeUtc,
    pub requested_by: Option<Uuid>,
    /// The first day the enrolment held its seat (approved or offered), in the network's
    /// time; `None` before approval, or «from the group's first day» on older rows.
    pub seat_from: Option<Date>,
    /// The day its seat was given up (withdrawn, rejected after approval): no longer on
    /// the registers from that day.
    pub seat_until: Option<Date>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
