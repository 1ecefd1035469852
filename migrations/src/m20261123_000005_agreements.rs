//! Agreements (273-ФЗ art. 15), their parties and signatures.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Agreements {
    Table,
    Id,
    NetworkId,
    SeriesId,
    VersionNo,
    SupersedesId,
    Number,
    Kind,
    BaseOrganizationId,
    Content,
    Submitted,
    TerminatedOn,
    TerminationReason,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AgreementParties {
    Table,
    AgreementId,
    OrganizationId,
}

#[derive(DeriveIden)]
enum AgreementSignatures {
    Table,
    Id,
    AgreementId,
    OrganizationId,
    SignedBy,
    SignerName,
    ContentHash,
    SignedAt,
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
                    .table(Agreements::Table)
                    .col(uuid(Agreements::Id).primary_key())
                    .col(uuid(Agreements::NetworkId))
                    .col(uuid(Agreements::SeriesId))
                    .col(integer(Agreements::VersionNo))
                    .col(uuid_null(Agreements::SupersedesId))
                    .col(string_len(Agreements::Number, 100))
                    .col(string_len(Agreements::Kind, 30))
                    .col(uuid(Agreements::BaseOrganizationId))
                    .col(json(Agreements::Content))
                    .col(boolean(Agreements::Submitted))
                    .col(date_null(Agreements::TerminatedOn))
                    .col(text_null(Agreements::TerminationReason))
                    .col(integer(Agreements::Version))
                    .col(timestamp_with_time_zone(Agreements::CreatedAt))
                    .col(timestamp_with_time_zone(Agreements::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_agreements_network")
                            .from(Agreements::Table, Agreements::NetworkId)
                            .to(Networks::Table, Networks::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::exec(
            manager,
            "CREATE UNIQUE INDEX ux_agreements_series_version ON agreements (series_id, version_no)",
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgreementParties::Table)
                    .col(uuid(AgreementParties::AgreementId))
                    .col(uuid(AgreementParties::OrganizationId))
                    .primary_key(
                        Index::create()
                            .col(AgreementParties::AgreementId)
                            .col(AgreementParties::OrganizationId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_agreement_parties_agreement")
                            .from(AgreementParties::Table, AgreementParties::AgreementId)
                            .to(Agreements::Table, Agreements::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgreementSignatures::Table)
                    .col(uuid(AgreementSignatures::Id).primary_key())
                    .col(uuid(AgreementSignatures::AgreementId))
                    .col(uuid(AgreementSignatures::OrganizationId))
                    .col(uuid(AgreementSignatures::SignedBy))
                    .col(string_len(AgreementSignatures::SignerName, 200))
                    .col(string_len(AgreementSignatures::ContentHash, 64))
                    .col(timestamp_with_time_zone(AgreementSignatures::SignedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_agreement_signatures_agreement")
                            .from(AgreementSignatures::Table, AgreementSignatures::AgreementId)
                            .to(Agreements::Table, Agreements::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // One signature per party and content: a party cannot sign the same text twice.
        crate::exec(
            manager,
            "CREATE UNIQUE INDEX ux_agreement_signatures ON agreement_signatures \
             (agreement_id, organization_id, content_hash)",
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in ["agreement_signatures", "agreement_parties", "agreements"] {
            manager
                .drop_table(Table::drop().table(Alias::new(t)).to_owned())
                .await?;
        }
        Ok(())
    }
}
