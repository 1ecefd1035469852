//! A group's teachers and participant schools become rows with foreign keys instead of
//! JSON arrays in `study_groups`: «the groups of teacher X» is an indexed lookup, a staff
//! record or school that groups still name cannot vanish under them, and the stored
//! order (the first teacher leads the group) is kept in `position`. Existing groups keep
//! their teachers and schools both ways (`links::JsonLinks`).

use sea_orm_migration::prelude::*;

use crate::links::JsonLinks;

#[derive(DeriveMigrationName)]
pub struct Migration;

const TEACHERS: JsonLinks = JsonLinks {
    source: "study_groups",
    json_column: "teachers",
    table: "group_teachers",
    owner: "group_id",
    other: "staff_id",
    target: "staff",
};

const PARTICIPANTS: JsonLinks = JsonLinks {
    source: "study_groups",
    json_column: "participants",
    table: "group_participants",
    owner: "group_id",
    other: "organization_id",
    target: "organizations",
};

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        TEACHERS.up(manager).await?;
        PARTICIPANTS.up(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        PARTICIPANTS.down(manager).await?;
        TEACHERS.down(manager).await
    }
}
