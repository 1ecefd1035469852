//! Sign-in throttling by counters that are claimed atomically: one row per account and
//! per address, whose attempt count a conditional `UPDATE … WHERE attempts < limit`
//! raises before the password is checked. Concurrent guesses queue on the row, so no
//! more than the limit are ever verified. Replaces the failure log of migration 2, whose
//! count was read before and written after the check.
//!
//! Documents remember the organization their uploader acted for: on an agreement, a
//! party's administration renames and removes only what its own school attached.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LoginThrottles {
    Table,
    Subject,
    WindowStartedAt,
    Attempts,
}

#[derive(DeriveIden)]
enum LoginFailures {
    Table,
    Id,
    Username,
    Address,
    At,
}

#[derive(DeriveIden)]
enum Documents {
    Table,
    UploadedFor,
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LoginThrottles::Table)
                    .col(string_len(LoginThrottles::Subject, 100).primary_key())
                    .col(timestamp_with_time_zone(LoginThrottles::WindowStartedAt))
                    .col(integer(LoginThrottles::Attempts))
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(LoginFailures::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Documents::Table)
                    .add_column(uuid_null(Documents::UploadedFor))
                    .to_owned(),
            )
            .await?;
        // SQLite adds no foreign key to an existing table; PostgreSQL gets one.
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            manager
                .create_foreign_key(
                    ForeignKey::create()
                        .name("fk_documents_uploaded_for")
                        .from(Documents::Table, Documents::UploadedFor)
                        .to(Organizations::Table, Organizations::Id)
                        .to_owned(),
                )
                .await?;
        }
        // What was attached before: the uploader's organization.
        crate::exec(
            manager,
            "UPDATE documents SET uploaded_for = \
             (SELECT organization_id FROM users WHERE users.id = documents.uploaded_by)",
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
            manager
                .drop_foreign_key(
                    ForeignKey::drop()
                        .name("fk_documents_uploaded_for")
                        .table(Documents::Table)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Documents::Table)
                    .drop_column(Documents::UploadedFor)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LoginFailures::Table)
                    .col(uuid(LoginFailures::Id).primary_key())
                    .col(string_len(LoginFailures::Username, 64))
                    .col(string_len(LoginFailures::Address, 64))
                    .col(timestamp_with_time_zone(LoginFailures::At))
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("ix_login_failures_username", LoginFailures::Username),
            ("ix_login_failures_address", LoginFailures::Address),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(LoginFailures::Table)
                        .col(col)
                        .col(LoginFailures::At)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(LoginThrottles::Table).to_owned())
            .await
    }
}
