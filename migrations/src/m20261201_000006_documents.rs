//! Documents attached to networks, agreements and programmes. The bytes live in object
//! storage under `storage_key`; a row exists from the moment an upload starts
//! (`state = 'uploading'`) until its bytes are gone (`'deleting'` rows are purged), so
//! no stored object is ever without a row that names it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Documents {
    Table,
    Id,
    OwnerType,
    OwnerId,
    NetworkId,
    Kind,
    Title,
    Filename,
    ContentType,
    SizeBytes,
    Sha256,
    StorageKey,
    State,
    UploadedBy,
    UploaderName,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Networks {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Documents::Table)
                    .col(uuid(Documents::Id).primary_key())
                    .col(string_len(Documents::OwnerType, 20))
                    .col(uuid(Documents::OwnerId))
                    .col(uuid(Documents::NetworkId))
                    .col(string_len(Documents::Kind, 30))
                    .col(string_len(Documents::Title, 300))
                    .col(string_len(Documents::Filename, 255))
                    .col(string_len(Documents::ContentType, 120))
                    .col(big_integer(Documents::SizeBytes))
                    .col(string_len(Documents::Sha256, 64))
                    .col(string_len(Documents::StorageKey, 200).unique_key())
                    .col(string_len(Documents::State, 20))
                    .col(uuid(Documents::UploadedBy))
                    .col(string_len(Documents::UploaderName, 200))
                    .col(integer(Documents::Version))
                    .col(timestamp_with_time_zone(Documents::CreatedAt))
                    .col(timestamp_with_time_zone(Documents::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_documents_network")
                            .from(Documents::Table, Documents::NetworkId)
                            .to(Networks::Table, Networks::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_documents_owner")
                    .table(Documents::Table)
                    .col(Documents::OwnerType)
                    .col(Documents::OwnerId)
                    .col(Documents::State)
                    .to_owned(),
            )
            .await?;
        // The janitor looks for unfinished uploads and deletions.
        manager
            .create_index(
                Index::create()
                    .name("ix_documents_state")
                    .table(Documents::Table)
                    .col(Documents::State)
                    .col(Documents::UpdatedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Documents::Table).to_owned())
            .await
    }
}
