//! Students of home schools (PRODUCT.md §3.5) — only what network learning needs — and
//! the audit of reads of their personal data: each read records the endpoint it came
//! through, and the students it returned as rows of `audit_subjects`, so a school can
//! answer «кто смотрел данные этого ребёнка». The subjects have no foreign key to
//! `students`: the audit log outlives a student's record.

use sea_orm_migration::{prelude::*, schema::*};

use crate::{bytewise_collation, exec};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Students {
    Table,
    Id,
    OrganizationId,
    LastName,
    FirstName,
    Patronymic,
    BirthDate,
    Grade,
    ClassLetter,
    ExternalId,
    ConsentDate,
    ConsentDocument,
    ConsentRecordedBy,
    Active,
    SortKey,
    SearchKey,
    Version,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    Endpoint,
}

#[derive(DeriveIden)]
enum AuditSubjects {
    Table,
    AuditId,
    StudentId,
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
            .create_table(
                Table::create()
                    .table(Students::Table)
                    .col(uuid(Students::Id).primary_key())
                    .col(uuid(Students::OrganizationId))
                    .col(string_len(Students::LastName, 100))
                    .col(string_len(Students::FirstName, 100))
                    .col(string_len_null(Students::Patronymic, 100))
                    .col(date(Students::BirthDate))
                    .col(small_integer(Students::Grade))
                    .col(string_len(Students::ClassLetter, 3))
                    .col(string_len_null(Students::ExternalId, 100))
                    .col(date_null(Students::ConsentDate))
                    .col(string_len_null(Students::ConsentDocument, 100))
                    .col(uuid_null(Students::ConsentRecordedBy))
                    .col(boolean(Students::Active))
                    .col(string(Students::SortKey))
                    .col(text(Students::SearchKey))
                    .col(integer(Students::Version))
                    .col(timestamp_with_time_zone(Students::CreatedAt))
                    .col(timestamp_with_time_zone(Students::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Students::DeletedAt))
                    .check(Expr::col(Students::Grade).between(1, 11))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_students_organization")
                            .from(Students::Table, Students::OrganizationId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_students_consent_recorded_by")
                            .from(Students::Table, Students::ConsentRecordedBy)
                            .to(Users::Table, Users::Id),
                    )
                    .to_owned(),
            )
            .await?;
        bytewise_collation(manager, "students", "sort_key").await?;
        exec(
            manager,
            "CREATE UNIQUE INDEX ux_students_external_id ON students (organization_id, external_id) \
             WHERE deleted_at IS NULL AND external_id IS NOT NULL",
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_students_organization_sort")
                    .table(Students::Table)
                    .col(Students::OrganizationId)
                    .col(Students::SortKey)
                    .col(Students::Id)
                    .to_owned(),
            )
            .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .add_column(string_len_null(AuditLog::Endpoint, 200))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditSubjects::Table)
                    .col(uuid(AuditSubjects::AuditId))
                    .col(uuid(AuditSubjects::StudentId))
                    .primary_key(
                        Index::create()
                            .col(AuditSubjects::AuditId)
                            .col(AuditSubjects::StudentId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_audit_subjects_audit")
                            .from(AuditSubjects::Table, AuditSubjects::AuditId)
                            .to(AuditLog::Table, AuditLog::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_audit_subjects_student")
                    .table(AuditSubjects::Table)
                    .col(AuditSubjects::StudentId)
                    .col(AuditSubjects::AuditId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditSubjects::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(AuditLog::Table)
                    .drop_column(AuditLog::Endpoint)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Students::Table).to_owned())
            .await
    }
}
