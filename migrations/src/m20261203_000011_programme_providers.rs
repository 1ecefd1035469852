//! The organizations that teach a network programme become rows with foreign keys
//! instead of a JSON array in `programmes`, like a group's teachers and schools
//! (`links::JsonLinks`): «the programmes this school teaches» is an indexed lookup and
//! a provider cannot be a school that does not exist.

use sea_orm_migration::prelude::*;

use crate::links::JsonLinks;

#[derive(DeriveMigrationName)]
pub struct Migration;

const PROVIDERS: JsonLinks = JsonLinks {
    source: "programmes",
    json_column: "providers",
    table: "programme_providers",
    owner: "programme_id",
    other: "organization_id",
    target: "organizations",
};

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        PROVIDERS.up(manager).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        PROVIDERS.down(manager).await
    }
}
