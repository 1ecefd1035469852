#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

//! The group commit of read audit records: many concurrent reads each get their record
//! and their students written — none lost, none twice — on SQLite (the one writer beside
//! its readers) and on PostgreSQL.

use chrono::{TimeZone, Utc};
use sea_orm::{ConnectionTrait, Database, Statement};
use store::audit::{AuditCtx, Change};
use store::read_log::ReadEntry;
use store::{Store, StoreOptions};
use uuid::Uuid;

const READS: usize = 64;

fn entry(i: usize, students: &[Uuid]) -> ReadEntry {
    let at = Utc.with_ymd_and_hms(2026, 10, 5, 9, 0, 0).unwrap();
    ReadEntry {
        ctx: AuditCtx {
            request_id: Some(format!("req-{i}")),
            endpoint: Some("GET /api/v1/groups/{id}/students".into()),
            ..AuditCtx::system("teacher", at)
        },
        change: Change {
            action: "read",
            entity_type: "group_students",
            entity_id: Some(format!("g-{i}")),
            municipality_id: Some(Uuid::from_u128(7)),
            organization_id: None,
            before: None,
            after: None,
        },
        // Thirty pupils, one of them twice: recorded once.
        students: students.iter().chain(&students[..1]).copied().collect(),
    }
}

async fn count(store: &Store, sql: &str) -> i64 {
    let c = store.conn();
    let row = c
        .query_one_raw(Statement::from_string(c.get_database_backend(), sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

async fn concurrent_reads_are_all_recorded(store: Store) {
    store.migrate().await.unwrap();
    let students: Vec<Uuid> = (0..30).map(|_| Uuid::now_v7()).collect();
    let mut tasks = Vec::new();
    for i in 0..READS {
        let (s, e) = (store.clone(), entry(i, &students));
        tasks.push(tokio::spawn(async move { s.record_read(e).await }));
    }
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    let records = count(
        &store,
        "SELECT COUNT(*) AS n FROM audit_log WHERE action = 'read' AND municipality_id IS NOT NULL",
    )
    .await;
    assert_eq!(records, READS as i64);
    let distinct = count(
        &store,
        "SELECT COUNT(DISTINCT request_id) AS n FROM audit_log WHERE action = 'read'",
    )
    .await;
    assert_eq!(distinct, READS as i64, "each read its own record");
    let subjects = count(&store, "SELECT COUNT(*) AS n FROM audit_subjects").await;
    assert_eq!(subjects, (READS * 30) as i64);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_reads_are_all_recorded_on_sqlite() {
    let dir = std::env::temp_dir().join(format!("setka-read-log-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}/r.db?mode=rwc", dir.display());
    let store = Store::connect_with(&url, StoreOptions::default())
        .await
        .unwrap();
    concurrent_reads_are_all_recorded(store).await;
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_reads_are_all_recorded_on_postgres() {
    let Ok(admin_url) = std::env::var("SETKA_TEST_DATABASE_URL") else {
        eprintln!("SETKA_TEST_DATABASE_URL not set: PostgreSQL leg runs in .ci/run");
        return;
    };
    let admin = Database::connect(&admin_url).await.unwrap();
    let name = format!("setka_read_log_{}", std::process::id());
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
        .await
        .unwrap();
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let base = admin_url
        .rsplit_once('/')
        .map_or(admin_url.as_str(), |(b, _)| b);
    let store = Store::connect(&format!("{base}/{name}")).await.unwrap();
    concurrent_reads_are_all_recorded(store).await;
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .await
        .ok();
}
