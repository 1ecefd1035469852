//! School calendars, network groups with their weekly slots, dated sessions, and
//! calendar feeds (iCalendar subscriptions with a secret address).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum SchoolCalendars {
    Table,
    Id,
    OrganizationId,
    Year,
    Content,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum StudyGroups {
    Table,
    Id,
    NetworkId,
    ProgrammeId,
    ProviderId,
    AcademicYear,
    Name,
    SortKey,
    Capacity,
    Teachers,
    Participants,
    Place,
    Slots,
    FirstDate,
    LastDate,
    ExternalId,
    Version,
    CreatedAt,
    UpdatedAt,
    DeletedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    GroupId,
    Date,
    StartTime,
    EndTime,
    Place,
    Status,
    CancelReason,
    Manual,
    SlotId,
    OriginDate,
    AttendanceTaken,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum CalendarFeeds {
    Table,
    Id,
    UserId,
    TokenHash,
    GroupId,
    StaffId,
    CreatedAt,
    LastUsedAt,
}

#[derive(DeriveIden)]
enum Organizations {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Networks {
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
                    .table(SchoolCalendars::Table)
                    .col(uuid(SchoolCalendars::Id).primary_key())
                    .col(uuid(SchoolCalendars::OrganizationId))
                    .col(integer(SchoolCalendars::Year))
                    .col(json(SchoolCalendars::Content))
                    .col(integer(SchoolCalendars::Version))
                    .col(timestamp_with_time_zone(SchoolCalendars::CreatedAt))
                    .col(timestamp_with_time_zone(SchoolCalendars::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_school_calendars_organization")
                            .from(SchoolCalendars::Table, SchoolCalendars::OrganizationId)
                            .to(Organizations::Table, Organizations::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::exec(
            manager,
            "CREATE UNIQUE INDEX ux_school_calendars_year ON school_calendars (organization_id, year)",
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(StudyGroups::Table)
                    .col(uuid(StudyGroups::Id).primary_key())
                    .col(uuid(StudyGroups::NetworkId))
                    .col(uuid(StudyGroups::ProgrammeId))
                    .col(uuid(StudyGroups::ProviderId))
                    .col(integer(StudyGroups::AcademicYear))
                    .col(string_len(StudyGroups::Name, 200))
                    .col(string_len(StudyGroups::SortKey, 200))
                    .col(integer(StudyGroups::Capacity))
                    .col(json(StudyGroups::Teachers))
                    .col(json(StudyGroups::Participants))
                    .col(json(StudyGroups::Place))
                    .col(json(StudyGroups::Slots))
                    .col(date(StudyGroups::FirstDate))
                    .col(date(StudyGroups::LastDate))
                    .col(string_len_null(StudyGroups::ExternalId, 100))
                    .col(integer(StudyGroups::Version))
                    .col(timestamp_with_time_zone(StudyGroups::CreatedAt))
                    .col(timestamp_with_time_zone(StudyGroups::UpdatedAt))
                    .col(timestamp_with_time_zone_null(StudyGroups::DeletedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_study_groups_network")
                            .from(StudyGroups::Table, StudyGroups::NetworkId)
                            .to(Networks::Table, Networks::Id),
                    )
                    .to_owned(),
            )
            .await?;
        crate::bytewise_collation(manager, "study_groups", "sort_key").await?;
        crate::exec(
            manager,
            "CREATE INDEX ix_study_groups_network ON study_groups (network_id, academic_year)",
        )
        .await?;
        crate::exec(
            manager,
            "CREATE UNIQUE INDEX ux_study_groups_external_id ON study_groups (network_id, external_id) \
             WHERE external_id IS NOT NULL AND deleted_at IS NULL",
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    .col(uuid(Sessions::Id).primary_key())
                    .col(uuid(Sessions::GroupId))
                    .col(date(Sessions::Date))
                    .col(time(Sessions::StartTime))
                    .col(time(Sessions::EndTime))
                    .col(json_null(Sessions::Place))
                    .col(string_len(Sessions::Status, 20))
                    .col(text_null(Sessions::CancelReason))
                    .col(boolean(Sessions::Manual))
                    .col(uuid_null(Sessions::SlotId))
                    .col(date_null(Sessions::OriginDate))
                    .col(boolean(Sessions::AttendanceTaken))
                    .col(integer(Sessions::Version))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_sessions_group")
                            .from(Sessions::Table, Sessions::GroupId)
                            .to(StudyGroups::Table, StudyGroups::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        crate::exec(
            manager,
            "CREATE INDEX ix_sessions_group_date ON sessions (group_id, date)",
        )
        .await?;
        crate::exec(manager, "CREATE INDEX ix_sessions_date ON sessions (date)").await?;
        // One generated session per slot and day: regeneration from two processes at once
        // cannot add it twice.
        crate::exec(
            manager,
            "CREATE UNIQUE INDEX ux_sessions_origin ON sessions (group_id, slot_id, origin_date) \
             WHERE slot_id IS NOT NULL",
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(CalendarFeeds::Table)
                    .col(uuid(CalendarFeeds::Id).primary_key())
                    .col(uuid(CalendarFeeds::UserId))
                    .col(string_len(CalendarFeeds::TokenHash, 64).unique_key())
                    .col(uuid_null(CalendarFeeds::GroupId))
                    .col(uuid_null(CalendarFeeds::StaffId))
                    .col(timestamp_with_time_zone(CalendarFeeds::CreatedAt))
                    .col(timestamp_with_time_zone_null(CalendarFeeds::LastUsedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_calendar_feeds_user")
                            .from(CalendarFeeds::Table, CalendarFeeds::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            "calendar_feeds",
            "sessions",
            "study_groups",
            "school_calendars",
        ] {
            manager
                .drop_table(Table::drop().table(Alias::new(t)).to_owned())
                .await?;
        }
        Ok(())
    }
}
