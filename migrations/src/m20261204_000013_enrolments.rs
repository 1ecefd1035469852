//! Enrolments of students in network groups (PRODUCT.md §3.5) with the history of their
//! steps, the home curriculum's weekly hours per grade, and the count of a group's held
//! seats. The count is what makes seats race-free across processes: a seat is taken by
//! `UPDATE study_groups SET seats_taken = seats_taken + 1 WHERE id = ? AND seats_taken <
//! capacity`, which PostgreSQL re-checks on the locked row and SQLite runs under its one
//! writer, so the last seat goes to exactly one approval.

use sea_orm_migration::{prelude::*, schema::*};

use crate::exec;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum StudyGroups {
    Table,
    Id,
    SeatsTaken,
}

#[derive(DeriveIden)]
enum Enrolments {
    Table,
    Id,
    GroupId,
    StudentId,
    HomeOrganizationId,
    Status,
    ReplacesTenths,
    RequestedAt,
    RequestedBy,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EnrolmentEvents {
    Table,
    Id,
    EnrolmentId,
    At,
    ActorId,
    ActorName,
    Action,
    FromStatus,
    ToStatus,
    Reason,
}

#[derive(DeriveIden)]
enum HomeLoads {
    Table,
    OrganizationId,
    Year,
    Grade,
    HoursTenths,
}

#[derive(DeriveIden)]
enum Students {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(StudyGroups::Table)
                    .add_column(integer(StudyGroups::SeatsTaken).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Enrolments::Table)
                    .col(uuid(Enrolments::Id).primary_key())
                    .col(uuid(Enrolments::GroupId))
                    .col(uuid(Enrolments::StudentId))
                    .col(uuid(Enrolments::HomeOrganizationId))
                    .col(string_len(Enrolments::Status, 20))
                    .col(integer(Enrolments::ReplacesTenths))
                    .col(timestamp_with_time_zone(Enrolments::RequestedAt))
                    .col(uuid_null(Enrolments::RequestedBy))
                    .col(integer(Enrolments::Version))
                    .col(timestamp_with_time_zone(Enrolments::CreatedAt))
                    .col(timestamp_with_time_zone(Enrolments::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_enrolments_group")
                            .from(Enrolments::Table, Enrolments::GroupId)
                            .to(StudyGroups::Table, StudyGroups::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_enrolments_student")
                            .from(Enrolments::Table, Enrolments::StudentId)
                            .to(Students::Table, Students::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_enrolments_home")
                            .from(Enrolments::Table, Enrolments::HomeOrganizationId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_enrolments_requested_by")
                            .from(Enrolments::Table, Enrolments::RequestedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // One open enrolment of a student in a group at a time.
        exec(
            manager,
            "CREATE UNIQUE INDEX ux_enrolments_open ON enrolments (group_id, student_id) \
             WHERE status IN ('requested', 'waitlisted', 'approved')",
        )
        .await?;
        for (name, cols) in [
            (
                "ix_enrolments_group",
                [
                    Enrolments::GroupId,
                    Enrolments::Status,
                    Enrolments::RequestedAt,
                ],
            ),
            (
                "ix_enrolments_student",
                [
                    Enrolments::StudentId,
                    Enrolments::Status,
                    Enrolments::RequestedAt,
                ],
            ),
            (
                "ix_enrolments_home",
                [
                    Enrolments::HomeOrganizationId,
                    Enrolments::Status,
                    Enrolments::RequestedAt,
                ],
            ),
        ] {
            let mut ix = Index::create();
            ix.name(name).table(Enrolments::Table);
            for c in cols {
                ix.col(c);
            }
            manager.create_index(ix.to_owned()).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(EnrolmentEvents::Table)
                    .col(uuid(EnrolmentEvents::Id).primary_key())
                    .col(uuid(EnrolmentEvents::EnrolmentId))
                    .col(timestamp_with_time_zone(EnrolmentEvents::At))
                    .col(uuid_null(EnrolmentEvents::ActorId))
                    .col(string_len(EnrolmentEvents::ActorName, 200))
                    .col(string_len(EnrolmentEvents::Action, 20))
                    .col(string_len_null(EnrolmentEvents::FromStatus, 20))
                    .col(string_len(EnrolmentEvents::ToStatus, 20))
                    .col(text_null(EnrolmentEvents::Reason))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_enrolment_events_enrolment")
                            .from(EnrolmentEvents::Table, EnrolmentEvents::EnrolmentId)
                            .to(Enrolments::Table, Enrolments::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_enrolment_events_enrolment")
                    .table(EnrolmentEvents::Table)
                    .col(EnrolmentEvents::EnrolmentId)
                    .col(EnrolmentEvents::Id)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(HomeLoads::Table)
                    .col(uuid(HomeLoads::OrganizationId))
                    .col(integer(HomeLoads::Year))
                    .col(small_integer(HomeLoads::Grade))
                    .col(integer(HomeLoads::HoursTenths))
                    .primary_key(
                        Index::create()
                            .col(HomeLoads::OrganizationId)
                            .col(HomeLoads::Year)
                            .col(HomeLoads::Grade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_home_loads_organization")
                            .from(HomeLoads::Table, HomeLoads::OrganizationId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in ["home_loads", "enrolment_events", "enrolments"] {
            manager
                .drop_table(Table::drop().table(Alias::new(t)).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(StudyGroups::Table)
                    .drop_column(StudyGroups::SeatsTaken)
                    .to_owned(),
            )
            .await
    }
}
