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
    let (db, dir) = sqlite_db("updown").await;
    check(&db).await;
    db.close().await.ok();
    std::fs::remove_dir_all(&dir).ok();
}

/// A fresh PostgreSQL database when `SETKA_TEST_DATABASE_URL` names a server: the admin
/// connection (to drop it afterwards), the database's connection and its name.
async fn postgres_db(label: &str) -> Option<(DatabaseConnection, DatabaseConnection, String)> {
    let Ok(admin_url) = std::env::var("SETKA_TEST_DATABASE_URL") else {
        eprintln!("SETKA_TEST_DATABASE_URL not set: PostgreSQL leg runs in .ci/run");
        return None;
    };
    let admin = Database::connect(&admin_url).await.unwrap();
    let name = format!(
        "setka_mig_{label}_{}_{}",
        std::process::id(),
        chrono_free_suffix()
    );
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b)
        .unwrap_or(&admin_url);
    let db = Database::connect(&format!("{base}/{name}")).await.unwrap();
    Some((admin, db, name))
}

async fn drop_postgres((admin, db, name): (DatabaseConnection, DatabaseConnection, String)) {
    db.close().await.ok();
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
        .await
        .ok();
}

async fn sqlite_db(label: &str) -> (DatabaseConnection, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("setka-mig-{label}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}/m.db?mode=rwc", dir.display());
    (Database::connect(&url).await.unwrap(), dir)
}

#[tokio::test]
async fn postgres_up_down_up() {
    let Some(pg) = postgres_db("updown").await else {
        return;
    };
    check(&pg.1).await;
    drop_postgres(pg).await;
}

#[tokio::test]
async fn sqlite_lists_of_ids_become_link_rows_and_back() {
    let (db, dir) = sqlite_db("links").await;
    group_links::check(&db).await;
    db.close().await.ok();
    std::fs::remove_dir_all(&dir).ok();
}

#[tokio::test]
async fn postgres_lists_of_ids_become_link_rows_and_back() {
    let Some(pg) = postgres_db("links").await else {
        return;
    };
    group_links::check(&pg.1).await;
    drop_postgres(pg).await;
}

/// The migrations that move a group's teachers and schools and a programme's providers
/// out of JSON arrays carry a populated database up, down and up again without losing a
/// link or its order.
mod group_links {
    use migrations::{Migrator, MigratorTrait};
    use sea_orm::prelude::Uuid;
    use sea_orm::sea_query::{Alias, Query};
    use sea_orm::{ConnectionTrait, DatabaseConnection, JsonValue, Value};

    const MIGRATION: &str = "m20261203_000010_group_links";
    /// The group links and the programme providers.
    const STEPS: u32 = 2;

    fn id(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    async fn insert(db: &DatabaseConnection, table: &str, row: Vec<(&str, Value)>) {
        let (cols, vals): (Vec<_>, Vec<_>) = row.into_iter().unzip();
        let q = Query::insert()
            .into_table(Alias::new(table))
            .columns(cols.into_iter().map(Alias::new))
            .values_panic(vals.into_iter().map(Into::into))
            .to_owned();
        db.execute(&q)
            .await
            .unwrap_or_else(|e| panic!("insert into {table}: {e}"));
    }

    fn at() -> Value {
        chrono::DateTime::<chrono::Utc>::from_timestamp(1_788_220_800, 0)
            .unwrap()
            .into()
    }

    fn day(s: &str) -> Value {
        s.parse::<chrono::NaiveDate>().unwrap().into()
    }

    /// A municipality, two schools, three teachers and two groups, the first taught by
    /// teachers 3 then 1 for schools B and A; the second with no links at all.
    async fn populate(db: &DatabaseConnection) {
        insert(
            db,
            "municipalities",
            vec![
                ("id", id(1).into()),
                ("name", "М".into()),
                ("sort_key", "м".into()),
                ("version", 1.into()),
                ("created_at", at()),
                ("updated_at", at()),
            ],
        )
        .await;
        for o in [10u128, 11] {
            insert(
                db,
                "organizations",
                vec![
                    ("id", id(o).into()),
                    ("municipality_id", id(1).into()),
                    ("kind", "school".into()),
                    ("full_name", "Школа".into()),
                    ("short_name", "Школа".into()),
                    ("sort_key", "школа".into()),
                    ("search_key", "школа".into()),
                    ("low_results", false.into()),
                    ("adverse_conditions", false.into()),
                    ("active", true.into()),
                    ("version", 1.into()),
                    ("created_at", at()),
                    ("updated_at", at()),
                ],
            )
            .await;
        }
        for s in [20u128, 21, 22] {
            insert(
                db,
                "staff",
                vec![
                    ("id", id(s).into()),
                    ("organization_id", id(10).into()),
                    ("last_name", "Иванова".into()),
                    ("first_name", "Анна".into()),
                    ("position", "учитель".into()),
                    ("subjects", JsonValue::Array(vec![]).into()),
                    ("sort_key", "иванова".into()),
                    ("search_key", "иванова".into()),
                    ("version", 1.into()),
                    ("created_at", at()),
                    ("updated_at", at()),
                ],
            )
            .await;
        }
        insert(
            db,
            "networks",
            vec![
                ("id", id(30).into()),
                ("municipality_id", id(1).into()),
                ("name", "Сеть".into()),
                ("sort_key", "сеть".into()),
                ("search_key", "сеть".into()),
                ("model", "resource_centre".into()),
                ("goal", "".into()),
                ("tasks", JsonValue::Array(vec![]).into()),
                ("expected_results", JsonValue::Array(vec![]).into()),
                ("period_from", day("2026-09-01")),
                ("status", "active".into()),
                ("version", 1.into()),
                ("created_at", at()),
                ("updated_at", at()),
            ],
        )
        .await;
        let ids = |xs: &[u128]| {
            JsonValue::Array(
                xs.iter()
                    .map(|x| JsonValue::String(id(*x).to_string()))
                    .collect(),
            )
        };
        insert(
            db,
            "programmes",
            vec![
                ("id", id(99).into()),
                ("network_id", id(30).into()),
                ("code", "ТЕХ".into()),
                ("title", "Технология".into()),
                ("subject_area", "Технология".into()),
                ("sort_key", "технология".into()),
                ("search_key", "технология".into()),
                ("level", "ooo".into()),
                ("grade_from", 5.into()),
                ("grade_to", 8.into()),
                ("total_hours", 34.into()),
                ("hours_per_week_tenths", 10.into()),
                ("delivery_mode", "in_person".into()),
                ("assessment_form", "pass_fail".into()),
                ("providers", ids(&[11, 10]).into()),
                ("status", "approved".into()),
                ("version", 1.into()),
                ("created_at", at()),
                ("updated_at", at()),
            ],
        )
        .await;
        for (g, teachers, schools) in [
            (40u128, ids(&[22, 20]), ids(&[11, 10])),
            (41, ids(&[]), ids(&[])),
        ] {
            insert(
                db,
                "study_groups",
                vec![
                    ("id", id(g).into()),
                    ("network_id", id(30).into()),
                    ("programme_id", id(99).into()),
                    ("provider_id", id(10).into()),
                    ("academic_year", 2026.into()),
                    ("name", "Группа".into()),
                    ("sort_key", "группа".into()),
                    ("capacity", 12.into()),
                    ("teachers", teachers.into()),
                    ("participants", schools.into()),
                    (
                        "place",
                        serde_json::json!({"kind": "online", "url": ""}).into(),
                    ),
                    ("slots", JsonValue::Array(vec![]).into()),
                    ("first_date", day("2026-09-01")),
                    ("last_date", day("2027-05-31")),
                    ("version", 1.into()),
                    ("created_at", at()),
                    ("updated_at", at()),
                ],
            )
            .await;
        }
    }

    async fn links(db: &DatabaseConnection, table: &str, column: &str) -> Vec<(Uuid, Uuid, i32)> {
        let q = Query::select()
            .columns([
                Alias::new("group_id"),
                Alias::new(column),
                Alias::new("position"),
            ])
            .from(Alias::new(table))
            .order_by(Alias::new("group_id"), sea_orm::Order::Asc)
            .order_by(Alias::new("position"), sea_orm::Order::Asc)
            .to_owned();
        db.query_all(&q)
            .await
            .unwrap()
            .into_iter()
            .map(|r| {
                (
                    r.try_get("", "group_id").unwrap(),
                    r.try_get("", column).unwrap(),
                    r.try_get("", "position").unwrap(),
                )
            })
            .collect()
    }

    async fn arrays(db: &DatabaseConnection) -> Vec<(Uuid, JsonValue, JsonValue)> {
        let q = Query::select()
            .columns([
                Alias::new("id"),
                Alias::new("teachers"),
                Alias::new("participants"),
            ])
            .from(Alias::new("study_groups"))
            .order_by(Alias::new("id"), sea_orm::Order::Asc)
            .to_owned();
        db.query_all(&q)
            .await
            .unwrap()
            .into_iter()
            .map(|r| {
                (
                    r.try_get("", "id").unwrap(),
                    r.try_get("", "teachers").unwrap(),
                    r.try_get("", "participants").unwrap(),
                )
            })
            .collect()
    }

    async fn assert_linked(db: &DatabaseConnection) {
        assert_eq!(
            links(db, "group_teachers", "staff_id").await,
            vec![(id(40), id(22), 0), (id(40), id(20), 1)],
            "the teachers of the group, the leading one first"
        );
        assert_eq!(
            links(db, "group_participants", "organization_id").await,
            vec![(id(40), id(11), 0), (id(40), id(10), 1)]
        );
        let q = Query::select()
            .columns([
                Alias::new("programme_id"),
                Alias::new("organization_id"),
                Alias::new("position"),
            ])
            .from(Alias::new("programme_providers"))
            .order_by(Alias::new("position"), sea_orm::Order::Asc)
            .to_owned();
        let providers: Vec<(Uuid, Uuid, i32)> = db
            .query_all(&q)
            .await
            .unwrap()
            .into_iter()
            .map(|r| {
                (
                    r.try_get("", "programme_id").unwrap(),
                    r.try_get("", "organization_id").unwrap(),
                    r.try_get("", "position").unwrap(),
                )
            })
            .collect();
        assert_eq!(providers, vec![(id(99), id(11), 0), (id(99), id(10), 1)]);
    }

    async fn stored_providers(db: &DatabaseConnection) -> JsonValue {
        let q = Query::select()
            .column(Alias::new("providers"))
            .from(Alias::new("programmes"))
            .to_owned();
        db.query_one(&q)
            .await
            .unwrap()
            .unwrap()
            .try_get("", "providers")
            .unwrap()
    }

    pub async fn check(db: &DatabaseConnection) {
        let before = Migrator::migrations()
            .iter()
            .position(|m| m.name() == MIGRATION)
            .expect("the group links migration is registered");
        Migrator::up(db, Some(u32::try_from(before).unwrap()))
            .await
            .unwrap();
        populate(db).await;
        let stored = arrays(db).await;
        let providers = stored_providers(db).await;
        Migrator::up(db, Some(STEPS)).await.unwrap();
        assert_linked(db).await;
        let gone = db
            .execute_unprepared("SELECT teachers FROM study_groups")
            .await;
        assert!(gone.is_err(), "the JSON columns are dropped");
        // A link to a staff record that does not exist is refused by its foreign key.
        let orphan = Query::insert()
            .into_table(Alias::new("group_teachers"))
            .columns([
                Alias::new("group_id"),
                Alias::new("staff_id"),
                Alias::new("position"),
            ])
            .values_panic([id(41).into(), id(77).into(), 0.into()])
            .to_owned();
        assert!(db.execute(&orphan).await.is_err(), "foreign key on staff");

        Migrator::down(db, Some(STEPS)).await.unwrap();
        assert_eq!(
            arrays(db).await,
            stored,
            "down writes the arrays back as they were"
        );
        assert_eq!(stored_providers(db).await, providers);
        Migrator::up(db, Some(STEPS)).await.unwrap();
        assert_linked(db).await;
    }
}

fn chrono_free_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default()
}
