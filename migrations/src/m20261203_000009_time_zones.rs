//! Each municipality keeps its IANA time zone: «today» for its schools is the date there
//! (Russia spans eleven zones), not the server's. Existing municipalities get Moscow time,
//! which is what every seed network keeps (Волжский: Europe/Volgograd, also UTC+3).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Municipalities {
    Table,
    TimeZone,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Municipalities::Table)
                    .add_column(string_len(Municipalities::TimeZone, 64).default("Europe/Moscow"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Municipalities::Table)
                    .drop_column(Municipalities::TimeZone)
                    .to_owned(),
            )
            .await
    }
}
