//! `spawn_app()`: the real server on port 0 over a fresh, migrated database.
//!
//! SQLite in a temporary directory by default; with `SETKA_TEST_DATABASE_URL` pointing at
//! a PostgreSQL server, a new database per test, dropped when the test ends.

use std::path::{Path, PathBuf};
use std::time::Duration;

use api::config::Settings;
use sea_orm::{ConnectionTrait, Database};
use uuid::Uuid;

use crate::client::TestClient;

/// Password of the administrator every non-demo app starts with.
pub const ADMIN_PASSWORD: &str = "admin-password-1";
/// Password of every demo account.
pub const DEMO_PASSWORD: &str = "demo";
/// The HMAC key `Settings::for_tests` signs access tokens with.
pub const JWT_SECRET: &str = "test-secret-test-secret-test-secret-0123";

/// A running server. Dropping it removes its database.
pub struct TestApp {
    pub address: String,
    /// The document storage the server writes to.
    pub blobs: blobs::Blobs,
    /// The server's clock: the system's, or a fixed one a test moves.
    pub clock: ops::Clock,
    /// The server's database, for the few facts no endpoint shows yet.
    db_url: String,
    _data_dir: TempDir,
    _db: Option<PostgresDb>,
}

impl TestApp {
    /// A client that has not signed in.
    pub fn client(&self) -> TestClient {
        TestClient::new(&self.address)
    }

    /// A client signed in as `username`; panics when sign-in fails.
    pub async fn login(&self, username: &str, password: &str) -> TestClient {
        let mut c = self.client();
        let r = c.login(username, password).await;
        assert_eq!(r.status, 200, "login of {username} failed: {}", r.text);
        c
    }

    /// The administrator of a non-demo app.
    pub async fn admin(&self) -> TestClient {
        self.login("admin", ADMIN_PASSWORD).await
    }

    /// Every object in the app's document storage (a directory, or a bucket folder).
    pub async fn stored_files(&self) -> Vec<String> {
        self.blobs.keys().await.expect("list the document storage")
    }

    /// Runs SQL on the server's database: for a state no endpoint can make yet (attendance
    /// before the attendance issue lands) or a fact no endpoint shows (stray rows).
    pub async fn sql(&self, statement: &str) -> u64 {
        let conn = Database::connect(&self.db_url)
            .await
            .expect("connect to the test database");
        let done = conn
            .execute_unprepared(statement)
            .await
            .unwrap_or_else(|e| panic!("{statement}: {e}"));
        let _ = conn.close().await;
        done.rows_affected()
    }

    /// The server's database, for a second server process on the same data.
    pub fn database_url(&self) -> &str {
        &self.db_url
    }

    /// A uuid as an SQL literal of the server's database (SQLite keeps uuids as blobs).
    pub fn uuid_sql(&self, id: Uuid) -> String {
        if self.db_url.starts_with("postgres") {
            format!("'{id}'")
        } else {
            format!("X'{}'", id.simple())
        }
    }

    /// Counts rows with a `SELECT COUNT(*) AS n …` statement.
    pub async fn count(&self, select_count: &str) -> i64 {
        use sea_orm::{QueryResult, Statement};
        let conn = Database::connect(&self.db_url)
            .await
            .expect("connect to the test database");
        let backend = conn.get_database_backend();
        let row: Option<QueryResult> = conn
            .query_one_raw(Statement::from_string(backend, select_count.to_owned()))
            .await
            .unwrap_or_else(|e| panic!("{select_count}: {e}"));
        let _ = conn.close().await;
        // A statement without its `AS n` would count nothing: that is the test's mistake,
        // never a zero.
        let row = row.unwrap_or_else(|| panic!("{select_count}: no row"));
        row.try_get::<i64>("", "n")
            .unwrap_or_else(|e| panic!("{select_count}: no column n: {e}"))
    }

    /// A demo account (all share the password `demo`).
    pub async fn demo(&self, username: &str) -> TestClient {
        self.login(username, DEMO_PASSWORD).await
    }
}

/// An empty installation with one administrator, `admin` / [`ADMIN_PASSWORD`].
pub async fn spawn_app() -> TestApp {
    spawn(false).await
}

/// An installation with the demo data (municipalities, schools, seven accounts).
pub async fn spawn_demo_app() -> TestApp {
    spawn(true).await
}

/// The demo installation with adjusted settings.
pub async fn spawn_demo_app_with(tweak: impl FnOnce(&mut Settings)) -> TestApp {
    spawn_tweaked(true, tweak).await
}

/// An empty installation (with `admin`) whose settings a test adjusts.
pub async fn spawn_app_with(tweak: impl FnOnce(&mut Settings)) -> TestApp {
    spawn_tweaked(false, tweak).await
}

async fn spawn(demo: bool) -> TestApp {
    spawn_tweaked(demo, |_| {}).await
}

/// An empty installation (with `admin`) on a clock standing at `at` (UTC) until the test
/// moves it.
pub async fn spawn_app_at(at: chrono::DateTime<chrono::Utc>) -> TestApp {
    spawn_on(false, |_| {}, ops::Clock::fixed(at)).await
}

/// The demo installation on a clock standing at `at` (UTC) until the test moves it.
pub async fn spawn_demo_app_at(at: chrono::DateTime<chrono::Utc>) -> TestApp {
    spawn_on(true, |_| {}, ops::Clock::fixed(at)).await
}

async fn spawn_tweaked(demo: bool, tweak: impl FnOnce(&mut Settings)) -> TestApp {
    spawn_on(demo, tweak, ops::Clock::system()).await
}

async fn spawn_on(demo: bool, tweak: impl FnOnce(&mut Settings), clock: ops::Clock) -> TestApp {
    let data_dir = TempDir::new();
    let (db_url, pg) = match std::env::var("SETKA_TEST_DATABASE_URL") {
        Ok(base) if !base.trim().is_empty() => {
            let db = PostgresDb::create(base.trim()).await;
            (db.url.clone(), Some(db))
        }
        _ => (
            format!("sqlite://{}/setka.db?mode=rwc", data_dir.path().display()),
            None,
        ),
    };
    let db_url_of_test = db_url.clone();
    let mut settings = Settings::for_tests(db_url, data_dir.path().to_path_buf());
    settings.demo = demo;
    s3_storage(&mut settings);
    tweak(&mut settings);
    let blobs = settings.blobs().expect("open the document storage");
    if !demo {
        // The same path as `setka admin create`: there is no API to make the first admin.
        let store = api::startup::open_store(&settings)
            .await
            .expect("open the store");
        let ops = ops::Ops::new(store, clock.clone());
        ops::users::create_admin(&ops, "admin", "Администратор", ADMIN_PASSWORD)
            .await
            .expect("create the administrator");
    }
    let app = api::Application::build_with_clock(settings, clock.clone())
        .await
        .expect("build the application");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    wait_until_healthy(&address).await;
    TestApp {
        address,
        blobs,
        clock,
        db_url: db_url_of_test,
        _data_dir: data_dir,
        _db: pg,
    }
}

/// With `SETKA_TEST_S3_ENDPOINT` (an S3-compatible server with a `setka` bucket, which
/// `cargo xtask test` starts), documents go to a folder of the bucket of their own.
fn s3_storage(settings: &mut Settings) {
    let Ok(endpoint) = std::env::var("SETKA_TEST_S3_ENDPOINT") else {
        return;
    };
    settings.storage = api::config::StorageKind::S3;
    settings.s3_endpoint = Some(endpoint);
    settings.s3_bucket =
        Some(std::env::var("SETKA_TEST_S3_BUCKET").unwrap_or_else(|_| "setka".into()));
    settings.s3_region = Some("us-east-1".into());
    settings.s3_access_key_id = Some("S3RVER".into());
    settings.s3_secret_access_key = Some(secrecy::SecretString::from("S3RVER"));
    settings.s3_allow_http = true;
    settings.s3_prefix = Some(format!("test-{}", Uuid::new_v4().simple()));
}

/// The listener is bound once `build` returns; still, ask until the server answers.
async fn wait_until_healthy(address: &str) {
    let http = reqwest::Client::new();
    let url = format!("{address}{}", wire::routes::HEALTH);
    for _ in 0..200 {
        if let Ok(r) = http.get(&url).send().await
            && r.status() == 200
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the server at {address} did not become healthy");
}

/// A temporary directory removed on drop.
pub struct TempDir(PathBuf);

impl TempDir {
    pub fn new() -> Self {
        let p = std::env::temp_dir().join(format!("setka-test-{}", Uuid::new_v4().simple()));
        std::fs::create_dir_all(&p).expect("create a temporary directory");
        Self(p)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A PostgreSQL database made for one test.
struct PostgresDb {
    server: String,
    name: String,
    url: String,
}

impl PostgresDb {
    async fn create(server: &str) -> Self {
        let name = format!("setka_test_{}", Uuid::new_v4().simple());
        let conn = Database::connect(server)
            .await
            .expect("connect to SETKA_TEST_DATABASE_URL");
        conn.execute_unprepared(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create database");
        let _ = conn.close().await;
        let url = with_database(server, &name);
        Self {
            server: server.to_owned(),
            name,
            url,
        }
    }
}

impl Drop for PostgresDb {
    /// Drop runs outside async code, so the clean-up gets a thread and runtime of its own.
    /// `FORCE` ends the connections the stopped server may still hold.
    fn drop(&mut self) {
        let (server, name) = (self.server.clone(), self.name.clone());
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build();
            if let Ok(rt) = rt {
                rt.block_on(async {
                    if let Ok(conn) = Database::connect(&server).await {
                        let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                        let _ = conn.execute_unprepared(&sql).await;
                        let _ = conn.close().await;
                    }
                });
            }
        })
        .join();
    }
}

/// The server URL with its database name replaced: `postgres://u@h:5432/x?o` → `…/name?o`.
fn with_database(server: &str, name: &str) -> String {
    let (base, query) = match server.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (server, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_part = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{host_part}/{name}?{q}"),
        None => format!("{host_part}/{name}"),
    }
}

#[test]
fn database_names_are_replaced_in_urls() {
    assert_eq!(
        with_database("postgres://postgres@127.0.0.1:5432/postgres", "t1"),
        "postgres://postgres@127.0.0.1:5432/t1"
    );
    assert_eq!(with_database("postgres://h", "t1"), "postgres://h/t1");
    assert_eq!(
        with_database("postgres://h/db?sslmode=disable", "t"),
        "postgres://h/t?sslmode=disable"
    );
}
