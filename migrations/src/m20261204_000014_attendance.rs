//! Attendance registers of sessions (PRODUCT.md §3.6): who took the register and when —
//! so untaken registers are visible — and one mark per student of the group.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Registers {
    Table,
    SessionId,
    TakenAt,
    TakenBy,
    TakenByName,
    UpdatedAt,
    UpdatedByName,
    Version,
}

#[derive(DeriveIden)]
enum AttendanceMarks {
    Table,
    SessionId,
    StudentId,
    EnrolmentId,
    Mark,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Students {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Enrolments {
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
            .create_table(
                Table::create()
                    .table(Registers::Table)
                    .col(uuid(Registers::SessionId).primary_key())
                    .col(timestamp_with_time_zone(Registers::TakenAt))
                    .col(uuid_null(Registers::TakenBy))
                    .col(string_len(Registers::TakenByName, 200))
                    .col(timestamp_with_time_zone(Registers::UpdatedAt))
                    .col(string_len(Registers::UpdatedByName, 200))
                    .col(integer(Registers::Version))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_registers_session")
                            .from(Registers::Table, Registers::SessionId)
                            .to(Sessions::Table, Sessions::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_registers_taken_by")
                            .from(Registers::Table, Registers::TakenBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AttendanceMarks::Table)
                    .col(uuid(AttendanceMarks::SessionId))
                    .col(uuid(AttendanceMarks::StudentId))
                    .col(uuid(AttendanceMarks::EnrolmentId))
                    .col(string_len(AttendanceMarks::Mark, 20))
                    .primary_key(
                        Index::create()
                            .col(AttendanceMarks::SessionId)
                            .col(AttendanceMarks::StudentId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_attendance_marks_register")
                            .from(AttendanceMarks::Table, AttendanceMarks::SessionId)
                            .to(Registers::Table, Registers::SessionId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_attendance_marks_student")
                            .from(AttendanceMarks::Table, AttendanceMarks::StudentId)
                            .to(Students::Table, Students::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_attendance_marks_enrolment")
                            .from(AttendanceMarks::Table, AttendanceMarks::EnrolmentId)
                            .to(Enrolments::Table, Enrolments::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_attendance_marks_student")
                    .table(AttendanceMarks::Table)
                    .col(AttendanceMarks::StudentId)
                    .col(AttendanceMarks::SessionId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in ["attendance_marks", "registers"] {
            manager
                .drop_table(Table::drop().table(Alias::new(t)).to_owned())
                .await?;
        }
        Ok(())
    }
}
