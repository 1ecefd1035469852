//! When an enrolment held its seat: from the day it was approved (or offered from the
//! waitlist) to the day it was withdrawn or rejected, in the network's time. A session's
//! register lists a pupil only on the days between, so a pupil approved in November is
//! not missing from September's registers. `NULL` `seat_from` on a row from before this
//! column means «from the group's first day».

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Enrolments {
    Table,
    SeatFrom,
    SeatUntil,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        for column in [Enrolments::SeatFrom, Enrolments::SeatUntil] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Enrolments::Table)
                        .add_column(date_null(column))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [Enrolments::SeatUntil, Enrolments::SeatFrom] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Enrolments::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
