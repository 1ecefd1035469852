//! Municipalities, organizations, their yearly figures and staff (PRODUCT.md §3.1).

use sea_orm_migration::{prelude::*, schema::*};

use crate::{bytewise_collation, exec};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Municipalities {
    Table,
    Id,
    Name,
    SortKey,
    Region,
    AuthorityName,
    ExternalId,
    Version,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
    MunicipalityId,
    ParentId,
    Kind,
    FullName,
    ShortName,
    SortKey,
    SearchKey,
    Inn,
    Address,
    LowResults,
    AdverseConditions,
    ExternalId,
    Active,
    Version,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum OrganizationFigures {
    Table,
    OrganizationId,
    AcademicYear,
    StudentsTotal,
    TeachersTotal,
    Version,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Staff {
    Table,
    Id,
    OrganizationId,
    LastName,
    FirstName,
    Patronymic,
    Position,
    Subjects,
    SortKey,
    SearchKey,
    UserId,
    ExternalId,
    Version,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Municipalities::Table)
                    .col(uuid(Municipalities::Id).primary_key())
                    .col(string_len(Municipalities::Name, 300))
                    .col(string(Municipalities::SortKey))
                    .col(string_len_null(Municipalities::Region, 300))
                    .col(string_len_null(Municipalities::AuthorityName, 500))
                    .col(string_len_null(Municipalities::ExternalId, 100))
                    .col(integer(Municipalities::Version))
                    .col(timestamp_with_time_zone(Municipalities::CreatedAt))
                    .col(timestamp_with_time_zone(Municipalities::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Municipalities::DeletedAt))
                    .to_owned(),
            )
            .await?;
        bytewise_collation(manager, "municipalities", "sort_key").await?;
        exec(
            manager,
            "CREATE UNIQUE INDEX ux_municipalities_external_id ON municipalities (external_id) \
             WHERE deleted_at IS NULL AND external_id IS NOT NULL",
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Organizations::Table)
                    .col(uuid(Organizations::Id).primary_key())
                    .col(uuid(Organizations::MunicipalityId))
                    .col(uuid_null(Organizations::ParentId))
                    .col(string_len(Organizations::Kind, 40))
                    .col(string_len(Organizations::FullName, 500))
                    .col(string_len(Organizations::ShortName, 150))
                    .col(string(Organizations::SortKey))
                    .col(text(Organizations::SearchKey))
                    .col(string_len_null(Organizations::Inn, 12))
                    .col(string_len_null(Organizations::Address, 500))
                    .col(boolean(Organizations::LowResults))
                    .col(boolean(Organizations::AdverseConditions))
                    .col(string_len_null(Organizations::ExternalId, 100))
                    .col(boolean(Organizations::Active))
                    .col(integer(Organizations::Version))
                    .col(timestamp_with_time_zone(Organizations::CreatedAt))
                    .col(timestamp_with_time_zone(Organizations::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Organizations::DeletedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_organizations_municipality")
                            .from(Organizations::Table, Organizations::MunicipalityId)
                            .to(Municipalities::Table, Municipalities::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_organizations_parent")
                            .from(Organizations::Table, Organizations::ParentId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        bytewise_collation(manager, "organizations", "sort_key").await?;
        exec(
            manager,
            "CREATE UNIQUE INDEX ux_organizations_external_id ON organizations \
             (municipality_id, external_id) WHERE deleted_at IS NULL AND external_id IS NOT NULL",
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_organizations_sort")
                    .table(Organizations::Table)
                    .col(Organizations::SortKey)
                    .col(Organizations::Id)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_organizations_municipality")
                    .table(Organizations::Table)
                    .col(Organizations::MunicipalityId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OrganizationFigures::Table)
                    .col(uuid(OrganizationFigures::OrganizationId))
                    .col(integer(OrganizationFigures::AcademicYear))
                    .col(integer(OrganizationFigures::StudentsTotal))
                    .col(integer(OrganizationFigures::TeachersTotal))
                    .col(integer(OrganizationFigures::Version))
                    .col(timestamp_with_time_zone(OrganizationFigures::UpdatedAt))
                    .primary_key(
                        Index::create()
                            .col(OrganizationFigures::OrganizationId)
                            .col(OrganizationFigures::AcademicYear),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_figures_organization")
                            .from(
                                OrganizationFigures::Table,
                                OrganizationFigures::OrganizationId,
                            )
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Staff::Table)
                    .col(uuid(Staff::Id).primary_key())
                    .col(uuid(Staff::OrganizationId))
                    .col(string_len(Staff::LastName, 100))
                    .col(string_len(Staff::FirstName, 100))
                    .col(string_len_null(Staff::Patronymic, 100))
                    .col(string_len(Staff::Position, 200))
                    .col(json(Staff::Subjects))
                    .col(string(Staff::SortKey))
                    .col(text(Staff::SearchKey))
                    .col(uuid_null(Staff::UserId))
                    .col(string_len_null(Staff::ExternalId, 100))
                    .col(integer(Staff::Version))
                    .col(timestamp_with_time_zone(Staff::CreatedAt))
                    .col(timestamp_with_time_zone(Staff::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Staff::DeletedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_staff_organization")
                            .from(Staff::Table, Staff::OrganizationId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        bytewise_collation(manager, "staff", "sort_key").await?;
        exec(
            manager,
            "CREATE UNIQUE INDEX ux_staff_external_id ON staff (organization_id, external_id) \
             WHERE deleted_at IS NULL AND external_id IS NOT NULL",
        )
        .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_staff_organization_sort")
                    .table(Staff::Table)
                    .col(Staff::OrganizationId)
                    .col(Staff::SortKey)
                    .col(Staff::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "staff",
            "organization_figures",
            "organizations",
            "municipalities",
        ] {
            manager
                .drop_table(Table::drop().table(Alias::new(t)).to_owned())
                .await?;
        }
        Ok(())
    }
}
