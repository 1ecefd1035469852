//! A student may learn on an individual curriculum (ИУП) with its own weekly home hours,
//! not the school's hours for the grade: `home_hours_tenths` overrides them for the load
//! rule and the study plan; `NULL` keeps the school's hours.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Students {
    Table,
    HomeHoursTenths,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Students::Table)
                    .add_column(integer_null(Students::HomeHoursTenths))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Students::Table)
                    .drop_column(Students::HomeHoursTenths)
                    .to_owned(),
            )
            .await
    }
}
