#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

//! Every migration goes up, down and up again on SQLite and — when
//! `SETKA_TEST_DATABASE_URL` names a PostgreSQL server — on a fresh PostgreSQL database.

use migrations::{Migrator, MigratorTrait};
use sea_orm_migration::sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};

async fn check(db: &DatabaseConnection) {
    let n = Migrator::migrations().len();
    for step in 0..n {
        Migrator::up(db, Some(1))
            .await
            .unwrap_or_else(|e| panic!("up #{step}: {e}"));
        Migrator::down(db, Some(1))
            .await
            .unwrap_or_else(|e| panic!("down #{step}: {e}"));
        Migrator::up(db, Some(1))
            .await
            .unwrap_or_else(|e| panic!("up again #{step}: {e}"));
    }
    assert!(
        Migrator::get_pending_migrations(db)
            .await
            .unwrap()
            .is_empty()
    );
    // The schema is usable: the tables of the last migration accept rows.
    db.execute_unprepared(
        "INSERT INTO idempotency_keys (user_id, key, request_hash, response_status, response_body, created_at) \
         VALUES ('00000000-0000-0000-0000-000000000001', 'k', 'h', 201, '{}', '2026-01-01T00:00:00Z')",
    )
    .await
    .expect("insert into the migrated schema");
    Migrator::down(db, None).await.expect("all the way down");
    let backend = db.get_database_backend();
    let probe = db
        .query_one_raw(Statement::from_string(
            backend,
            "SELECT COUNT(*) AS n FROM organizations",
        ))
        .await;
    assert!(probe.is_err(), "tables are gone after the last down");
}

#[tokio::test]
async fn sqlite_up_down_up() {
    let dir = std::env::temp_dir().join(format!("setka-mig-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}/m.db?mode=rwc", dir.display());
    let db = Database::connect(&url).await.unwrap();
    check(&db).await;
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn postgres_up_down_up() {
    let Ok(admin_url) = std::env::var("SETKA_TEST_DATABASE_URL") else {
        eprintln!("SETKA_TEST_DATABASE_URL not set: PostgreSQL leg runs in .ci/run");
        return;
    };
    let admin = Database::connect(&admin_url).await.unwrap();
    let name = format!("setka_mig_{}_{}", std::process::id(), chrono_free_suffix());
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b)
        .unwrap_or(&admin_url);
    let db = Database::connect(&format!("{base}/{name}")).await.unwrap();
    check(&db).await;
    db.close().await.ok();
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
        .await
        .ok();
}

fn chrono_free_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default()
}
