//! Networks, memberships and network programmes (PRODUCT.md §3.2, §3.4).

use sea_orm_migration::{prelude::*, schema::*};

use crate::bytewise_collation;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Networks {
    Table,
    Id,
    MunicipalityId,
    Name,
    SortKey,
    SearchKey,
    Model,
    Goal,
    Tasks,
    ExpectedResults,
    PeriodFrom,
    PeriodTo,
    Status,
    Version,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Memberships {
    Table,
    Id,
    NetworkId,
    OrganizationId,
    Role,
    JoinedOn,
    LeftOn,
    MentorId,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Programmes {
    Table,
    Id,
    NetworkId,
    Code,
    Title,
    SubjectArea,
    Module,
    SortKey,
    SearchKey,
    Level,
    GradeFrom,
    GradeTo,
    TotalHours,
    HoursPerWeekTenths,
    DeliveryMode,
    AssessmentForm,
    Providers,
    Status,
    ExternalId,
    Version,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Municipalities {
    Table,
    Id,
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
                    .table(Networks::Table)
                    .col(uuid(Networks::Id).primary_key())
                    .col(uuid(Networks::MunicipalityId))
                    .col(string_len(Networks::Name, 500))
                    .col(string(Networks::SortKey))
                    .col(text(Networks::SearchKey))
                    .col(string_len(Networks::Model, 30))
                    .col(text(Networks::Goal))
                    .col(json(Networks::Tasks))
                    .col(json(Networks::ExpectedResults))
                    .col(date(Networks::PeriodFrom))
                    .col(date_null(Networks::PeriodTo))
                    .col(string_len(Networks::Status, 20))
                    .col(integer(Networks::Version))
                    .col(timestamp_with_time_zone(Networks::CreatedAt))
                    .col(timestamp_with_time_zone(Networks::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Networks::DeletedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_networks_municipality")
                            .from(Networks::Table, Networks::MunicipalityId)
                            .to(Municipalities::Table, Municipalities::Id),
                    )
                    .to_owned(),
            )
            .await?;
        bytewise_collation(manager, "networks", "sort_key").await?;

        manager
            .create_table(
                Table::create()
                    .table(Memberships::Table)
                    .col(uuid(Memberships::Id).primary_key())
                    .col(uuid(Memberships::NetworkId))
                    .col(uuid(Memberships::OrganizationId))
                    .col(string_len(Memberships::Role, 30))
                    .col(date(Memberships::JoinedOn))
                    .col(date_null(Memberships::LeftOn))
                    .col(uuid_null(Memberships::MentorId))
                    .col(integer(Memberships::Version))
                    .col(timestamp_with_time_zone(Memberships::CreatedAt))
                    .col(timestamp_with_time_zone(Memberships::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_memberships_network")
                            .from(Memberships::Table, Memberships::NetworkId)
                            .to(Networks::Table, Networks::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_memberships_organization")
                            .from(Memberships::Table, Memberships::OrganizationId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("ix_memberships_network", Memberships::NetworkId),
            ("ix_memberships_organization", Memberships::OrganizationId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(Memberships::Table)
                        .col(col)
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(Programmes::Table)
                    .col(uuid(Programmes::Id).primary_key())
                    .col(uuid(Programmes::NetworkId))
                    .col(string_len(Programmes::Code, 50))
                    .col(string_len(Programmes::Title, 300))
                    .col(string_len(Programmes::SubjectArea, 200))
                    .col(string_len_null(Programmes::Module, 200))
                    .col(string(Programmes::SortKey))
                    .col(text(Programmes::SearchKey))
                    .col(string_len(Programmes::Level, 10))
                    .col(integer(Programmes::GradeFrom))
                    .col(integer(Programmes::GradeTo))
                    .col(integer(Programmes::TotalHours))
                    .col(integer(Programmes::HoursPerWeekTenths))
                    .col(string_len(Programmes::DeliveryMode, 20))
                    .col(string_len(Programmes::AssessmentForm, 20))
                    .col(json(Programmes::Providers))
                    .col(string_len(Programmes::Status, 20))
                    .col(string_len_null(Programmes::ExternalId, 100))
                    .col(integer(Programmes::Version))
                    .col(timestamp_with_time_zone(Programmes::CreatedAt))
                    .col(timestamp_with_time_zone(Programmes::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Programmes::DeletedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_programmes_network")
                            .from(Programmes::Table, Programmes::NetworkId)
                            .to(Networks::Table, Networks::Id),
                    )
                    .to_owned(),
            )
            .await?;
        bytewise_collation(manager, "programmes", "sort_key").await?;
        crate::exec(
            manager,
            "CREATE UNIQUE INDEX ux_programmes_code ON programmes (network_id, code) \
             WHERE deleted_at IS NULL",
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in ["programmes", "memberships", "networks"] {
            manager
                .drop_table(Table::drop().table(Alias::new(t)).to_owned())
                .await?;
        }
        Ok(())
    }
}
