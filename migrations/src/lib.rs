//! Setka's schema. One file per change; an applied migration is never edited. The same
//! migrations run on SQLite and PostgreSQL, in the server and in the tests — the schema is
//! never built from entities.

pub use sea_orm_migration::prelude::*;

mod m20261123_000001_registry;
mod m20261123_000002_accounts;
mod m20261123_000003_audit;
mod m20261123_000004_networks;
mod m20261123_000005_agreements;
mod m20261201_000006_documents;
mod m20261201_000007_timetable;
mod m20261203_000008_throttle_and_uploaders;
mod m20261203_000009_time_zones;
mod m20261203_000010_group_links;
mod m20261203_000011_programme_providers;
mod m20261204_000012_students;
mod m20261204_000013_enrolments;
mod m20261204_000014_attendance;
mod m20261207_000015_student_home_hours;
mod m20261207_000016_enrolment_seats;

mod links;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_registry::Migration),
            Box::new(m20261123_000002_accounts::Migration),
            Box::new(m20261123_000003_audit::Migration),
            Box::new(m20261123_000004_networks::Migration),
            Box::new(m20261123_000005_agreements::Migration),
            Box::new(m20261201_000006_documents::Migration),
            Box::new(m20261201_000007_timetable::Migration),
            Box::new(m20261203_000008_throttle_and_uploaders::Migration),
            Box::new(m20261203_000009_time_zones::Migration),
            Box::new(m20261203_000010_group_links::Migration),
            Box::new(m20261203_000011_programme_providers::Migration),
            Box::new(m20261204_000012_students::Migration),
            Box::new(m20261204_000013_enrolments::Migration),
            Box::new(m20261204_000014_attendance::Migration),
            Box::new(m20261207_000015_student_home_hours::Migration),
            Box::new(m20261207_000016_enrolment_seats::Migration),
        ]
    }
}

/// Runs SQL that both backends understand but sea-query cannot express (partial indexes).
pub(crate) async fn exec(manager: &SchemaManager<'_>, sql: &str) -> Result<(), DbErr> {
    manager
        .get_connection()
        .execute_unprepared(sql)
        .await
        .map(|_| ())
}

/// Sort keys compare byte-wise on both databases, so paging order does not depend on the
/// PostgreSQL cluster's locale.
pub(crate) async fn bytewise_collation(
    manager: &SchemaManager<'_>,
    table: &str,
    column: &str,
) -> Result<(), DbErr> {
    if manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres {
        exec(
            manager,
            &format!(r#"ALTER TABLE {table} ALTER COLUMN {column} TYPE text COLLATE "C""#),
        )
        .await?;
    }
    Ok(())
}
