#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

//! `store::constraints::UNIQUES` is the schema's list of unique constraints: every unique
//! index the migrations create on SQLite and on PostgreSQL has its row, and every row
//! names an index that exists. A violation therefore always maps to its field.

use std::collections::BTreeSet;

use migrations::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection, Statement};
use store::constraints::UNIQUES;

type Found = BTreeSet<(String, String, BTreeSet<String>)>;

fn declared() -> Found {
    UNIQUES
        .iter()
        .map(|u| {
            (
                u.name.to_owned(),
                u.table.to_owned(),
                u.columns.iter().map(|c| (*c).to_owned()).collect(),
            )
        })
        .collect()
}

async fn rows(db: &DatabaseConnection, sql: &str) -> Vec<sea_orm::QueryResult> {
    db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// The generated `id` keys never clash and the migrations table is not ours.
fn ours(table: &str, columns: &BTreeSet<String>) -> bool {
    table != "seaql_migrations" && !(columns.len() == 1 && columns.contains("id"))
}

async fn sqlite_uniques(db: &DatabaseConnection) -> BTreeSet<(String, BTreeSet<String>)> {
    let mut out = BTreeSet::new();
    for t in rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").await {
        let table: String = t.try_get("", "name").unwrap();
        for i in rows(db, &format!("PRAGMA index_list('{table}')")).await {
            let unique: i32 = i.try_get("", "unique").unwrap();
            if unique == 0 {
                continue;
            }
            let index: String = i.try_get("", "name").unwrap();
            let columns: BTreeSet<String> = rows(db, &format!("PRAGMA index_info('{index}')"))
                .await
                .iter()
                .map(|c| c.try_get("", "name").unwrap())
                .collect();
            if ours(&table, &columns) {
                out.insert((table.clone(), columns));
            }
        }
    }
    out
}

#[tokio::test]
async fn every_unique_index_of_sqlite_is_declared() {
    let dir = std::env::temp_dir().join(format!("setka-uniques-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = Database::connect(format!("sqlite://{}/u.db?mode=rwc", dir.display()))
        .await
        .unwrap();
    Migrator::up(&db, None).await.unwrap();
    let found = sqlite_uniques(&db).await;
    let want: BTreeSet<(String, BTreeSet<String>)> =
        declared().into_iter().map(|(_, t, c)| (t, c)).collect();
    assert_eq!(
        found, want,
        "unique indexes of the schema vs constraints::UNIQUES"
    );
    db.close().await.ok();
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn every_unique_index_of_postgres_is_declared() {
    let Ok(admin_url) = std::env::var("SETKA_TEST_DATABASE_URL") else {
        eprintln!("SETKA_TEST_DATABASE_URL not set: PostgreSQL leg runs in .ci/run");
        return;
    };
    let admin = Database::connect(&admin_url).await.unwrap();
    let name = format!("setka_uniques_{}", std::process::id());
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
    let db = Database::connect(format!("{base}/{name}")).await.unwrap();
    Migrator::up(&db, None).await.unwrap();
    let sql = "SELECT i.relname AS name, t.relname AS tbl, a.attname AS col \
               FROM pg_index x \
               JOIN pg_class i ON i.oid = x.indexrelid \
               JOIN pg_class t ON t.oid = x.indrelid \
               JOIN pg_namespace n ON n.oid = t.relnamespace \
               JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(x.indkey) \
               WHERE x.indisunique AND n.nspname = current_schema()";
    let mut by_index: std::collections::BTreeMap<(String, String), BTreeSet<String>> =
        Default::default();
    for r in rows(&db, sql).await {
        by_index
            .entry((
                r.try_get("", "name").unwrap(),
                r.try_get("", "tbl").unwrap(),
            ))
            .or_default()
            .insert(r.try_get("", "col").unwrap());
    }
    let found: Found = by_index
        .into_iter()
        .filter(|((_, t), c)| ours(t, c))
        .map(|((n, t), c)| (n, t, c))
        .collect();
    assert_eq!(
        found,
        declared(),
        "unique indexes of the schema vs constraints::UNIQUES"
    );
    db.close().await.ok();
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
        .await
        .ok();
}
