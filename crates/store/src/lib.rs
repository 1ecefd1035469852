//! Persistence of Setka: sea-orm entities and the repositories that read and write them.
//!
//! Rules this crate keeps:
//! - every change writes its audit record in the same transaction ([`audit`]);
//! - operations on scoped data take a capability from `domain::access`, so a caller cannot
//!   skip the access check;
//! - updates are conditional on the version the caller saw (optimistic concurrency);
//! - nothing here knows HTTP.

pub mod agreements;
pub mod audit;
pub mod calendars;
pub mod cursor;
pub mod documents;
pub mod entities;
mod error;
pub mod feeds;
pub mod figures;
pub mod groups;
pub mod idempotency;
pub mod municipalities;
pub mod networks;
pub mod organizations;
pub mod peers;
pub mod programmes;
mod search;
pub mod sessions;
pub mod staff;
pub mod throttle;
pub mod tokens;
pub mod users;

use std::time::Duration;

use sea_orm::{
    ConnectOptions, Database, DatabaseBackend, DatabaseConnection, DatabaseTransaction,
    TransactionTrait,
};

pub use error::StoreError;
pub use sea_orm::{
    ConnectionTrait as Conn, DatabaseConnection as Db, DatabaseTransaction as Tx, DbErr,
};

/// The database behind the API.
#[derive(Debug, Clone)]
pub struct Store {
    db: DatabaseConnection,
}

impl Store {
    /// Connects to `sqlite://…` or `postgres://…`.
    pub async fn connect(url: &str) -> Result<Self, DbErr> {
        let mut opts = ConnectOptions::new(url.to_owned());
        opts.sqlx_logging(false)
            .acquire_timeout(Duration::from_secs(15));
        if url.starts_with("sqlite:") {
            // One writer at a time is SQLite's nature; a single connection turns lock
            // contention into queueing instead of `database is locked` errors.
            opts.max_connections(1).min_connections(1);
        } else {
            opts.max_connections(16).min_connections(1);
        }
        let db = Database::connect(opts).await?;
        Ok(Self { db })
    }

    pub async fn migrate(&self) -> Result<(), DbErr> {
        use migrations::MigratorTrait;
        migrations::Migrator::up(&self.db, None).await
    }

    pub fn conn(&self) -> &DatabaseConnection {
        &self.db
    }

    pub async fn begin(&self) -> Result<DatabaseTransaction, DbErr> {
        self.db.begin().await
    }

    /// `sqlite` or `postgres`.
    pub fn kind(&self) -> &'static str {
        match self.db.get_database_backend() {
            DatabaseBackend::Postgres => "postgres",
            DatabaseBackend::Sqlite => "sqlite",
            _ => "other",
        }
    }

    /// Whether the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        self.db.ping().await.is_ok()
    }
}

/// A new time-ordered id.
pub fn new_id() -> uuid::Uuid {
    uuid::Uuid::now_v7()
}
