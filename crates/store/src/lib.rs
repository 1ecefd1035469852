//! Persistence of Setka: sea-orm entities and the repositories that read and write them.
//!
//! Rules this crate keeps:
//! - every change writes its audit record in the same transaction ([`audit`]);
//! - operations on scoped data take a capability from `domain::access`, so a caller cannot
//!   skip the access check;
//! - updates are conditional on the version the caller saw (optimistic concurrency);
//! - nothing here knows HTTP.

pub mod access;
pub mod agreements;
pub mod attendance;
pub mod audit;
pub mod calendars;
pub mod codec;
pub mod constraints;
pub mod cursor;
pub mod documents;
pub mod enrolments;
pub mod entities;
mod error;
pub mod feeds;
pub mod figures;
pub mod groups;
pub mod home_loads;
pub mod idempotency;
pub mod links;
pub mod municipalities;
pub mod networks;
pub mod organizations;
pub mod peers;
pub mod programmes;
pub mod read_log;
pub mod repo;
mod search;
pub mod sessions;
pub mod staff;
pub mod students;
pub mod throttle;
pub mod tokens;
pub mod users;

use std::sync::Arc;
use std::time::Duration;

use sea_orm::{
    ConnectOptions, Database, DatabaseBackend, DatabaseConnection, DatabaseTransaction,
    TransactionTrait,
};

pub use error::StoreError;
pub use sea_orm::{
    ConnectionTrait as Conn, DatabaseConnection as Db, DatabaseTransaction as Tx, DbErr,
};

/// How to connect.
#[derive(Debug, Clone, Copy)]
pub struct StoreOptions {
    /// Read-only connections to a SQLite file beside its one writer connection.
    pub sqlite_readers: u32,
    /// Connections of the PostgreSQL pool (readers and writers alike).
    pub postgres_connections: u32,
}

impl Default for StoreOptions {
    fn default() -> Self {
        Self {
            sqlite_readers: 4,
            postgres_connections: 16,
        }
    }
}

/// The database behind the API.
///
/// On PostgreSQL `read()` and `conn()` are the same pool. On SQLite the file is in WAL
/// mode, `conn()` is the one writer connection — every transaction and every write
/// queues on it, so writers never fail with `database is locked` — and `read()` is a
/// pool of read-only connections that read beside the writer (WAL readers see every
/// committed transaction and never block it). A write sent to `read()` fails loudly
/// (`attempt to write a readonly database`) instead of racing the writer.
#[derive(Debug, Clone)]
pub struct Store {
    db: DatabaseConnection,
    readers: DatabaseConnection,
    /// The queue of read audit records waiting for their group commit.
    reads: Arc<read_log::ReadLog>,
}

/// Read audit batches written side by side on PostgreSQL: half the pool, so reads keep
/// connections while records are written.
fn read_slots(connections: u32) -> usize {
    usize::try_from(connections / 2).unwrap_or(1).max(1)
}

/// How long a SQLite connection waits for a lock (a checkpoint, another process)
/// before it gives up.
const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(15);

impl Store {
    /// Connects to `sqlite://…` or `postgres://…` with the default pool sizes.
    pub async fn connect(url: &str) -> Result<Self, DbErr> {
        Self::connect_with(url, StoreOptions::default()).await
    }

    /// Connects to `sqlite://…` or `postgres://…`.
    pub async fn connect_with(url: &str, o: StoreOptions) -> Result<Self, DbErr> {
        let mut opts = ConnectOptions::new(url.to_owned());
        opts.sqlx_logging(false)
            .acquire_timeout(Duration::from_secs(15));
        if !url.starts_with("sqlite:") {
            opts.max_connections(o.postgres_connections.max(1))
                .min_connections(1);
            let db = Database::connect(opts).await?;
            return Ok(Self {
                readers: db.clone(),
                db,
                reads: Arc::new(read_log::ReadLog::new(read_slots(o.postgres_connections))),
            });
        }
        // One writer at a time is SQLite's nature; a single connection turns lock
        // contention into queueing instead of `database is locked` errors.
        opts.max_connections(1).min_connections(1);
        let in_memory = url.contains(":memory:") || url.contains("mode=memory");
        if in_memory || o.sqlite_readers == 0 {
            // A private in-memory database exists only on its one connection.
            let db = Database::connect(opts).await?;
            return Ok(Self {
                readers: db.clone(),
                db,
                reads: Arc::new(read_log::ReadLog::new(1)),
            });
        }
        // In WAL mode `synchronous = NORMAL` syncs at checkpoints instead of at every
        // commit: a crash of Setka loses nothing committed and the file never corrupts;
        // only a power cut may lose the last commits before the checkpoint. Every read of
        // student data commits its audit record, so a sync per commit would make reads
        // queue behind the disk.
        opts.map_sqlx_sqlite_opts(|s| {
            s.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .synchronous(sea_orm::sqlx::sqlite::SqliteSynchronous::Normal)
                .busy_timeout(SQLITE_BUSY_TIMEOUT)
        });
        // The writer opens (and switches the file to WAL) before any reader.
        let db = Database::connect(opts).await?;
        let mut ropts = ConnectOptions::new(url.to_owned());
        ropts
            .sqlx_logging(false)
            .acquire_timeout(Duration::from_secs(15))
            .max_connections(o.sqlite_readers)
            .min_connections(1)
            .map_sqlx_sqlite_opts(|s| {
                s.read_only(true)
                    .create_if_missing(false)
                    .busy_timeout(SQLITE_BUSY_TIMEOUT)
            });
        let readers = Database::connect(ropts).await?;
        Ok(Self {
            db,
            readers,
            reads: Arc::new(read_log::ReadLog::new(1)),
        })
    }

    pub async fn migrate(&self) -> Result<(), DbErr> {
        use migrations::MigratorTrait;
        migrations::Migrator::up(&self.db, None).await
    }

    /// The connection for writes outside a transaction and for reads a write depends
    /// on (on SQLite, the one writer).
    pub fn conn(&self) -> &DatabaseConnection {
        &self.db
    }

    /// The connection for reads outside a transaction (on SQLite, the reader pool).
    pub fn read(&self) -> &DatabaseConnection {
        &self.readers
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
        self.db.ping().await.is_ok() && self.readers.ping().await.is_ok()
    }
}

/// A new time-ordered id.
pub fn new_id() -> uuid::Uuid {
    uuid::Uuid::now_v7()
}
