//! The last seat of a group under a hundred concurrent approvals. On PostgreSQL the
//! approvals go to two `setka` processes serving one database — the deployment of a
//! region, where no process may count seats in its memory; on SQLite (one process by
//! design) to the one server. Either way exactly one approval gets the seat and every
//! other one answers 409 `no_free_seat`.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::json;
use wire::enrolment::{Enrolment, EnrolmentStatus};
use wire::{Page, routes};

use crate::client::TestClient;
use crate::enrolment_world::World;
use crate::helpers::{TempDir, spawn_app};

const APPROVALS: usize = 100;

/// A `setka serve` process on `database_url`, killed when dropped.
struct Server {
    child: Child,
    base: String,
    _dir: TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The `setka` binary of this build, built if it is missing or stale (a no-op when it is
/// up to date).
fn setka_binary() -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--quiet", "-p", "api", "--bin", "setka"])
        .status()
        .expect("run cargo build");
    assert!(status.success(), "building setka failed");
    let exe = std::env::current_exe().expect("the test binary's path");
    // target/debug/deps/api-… → target/debug/setka
    let bin = exe
        .parent()
        .and_then(|deps| deps.parent())
        .map(|dir| dir.join("setka"))
        .expect("the target directory");
    assert!(bin.exists(), "no binary at {}", bin.display());
    bin
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

async fn serve(bin: &PathBuf, database_url: &str) -> Server {
    let dir = TempDir::new();
    let port = free_port();
    let child = Command::new(bin)
        .arg("serve")
        .env("SETKA_DATABASE_URL", database_url)
        .env("SETKA_LISTEN", format!("127.0.0.1:{port}"))
        .env("SETKA_DATA_DIR", dir.path())
        // The in-process test server's secret: its tokens are valid here too.
        .env(
            "SETKA_JWT_SECRET",
            "test-secret-test-secret-test-secret-0123",
        )
        .env("SETKA_DEMO", "false")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start setka");
    // Killed and waited for on every path from here, a failed start included.
    let server = Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
        _dir: dir,
    };
    let http = reqwest::Client::new();
    for _ in 0..300 {
        let up = http
            .get(format!("{}{}", server.base, routes::HEALTH))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success());
        if up {
            return server;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("setka at {} did not come up", server.base);
}

#[tokio::test]
async fn a_hundred_concurrent_approvals_for_the_last_seat_give_exactly_one() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let first = w.student("Занятова").await;
    let e: Enrolment = w
        .sa_b
        .post(&routes::group_enrolments(w.g.id), &w.request(&first))
        .await
        .json();
    let r = w
        .sa_a
        .post(&routes::enrolment_action(e.id, "approve"), &json!({}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let mut ids = Vec::new();
    for i in 0..APPROVALS {
        let s = w.student(&format!("Претендентова{i}")).await;
        let r = w
            .sa_b
            .post(&routes::group_enrolments(w.g.id), &w.request(&s))
            .await;
        assert_eq!(r.status, 201, "{}", r.text);
        ids.push(r.json::<Enrolment>().id);
    }

    // Two processes on PostgreSQL; the one server on SQLite.
    let postgres = app.database_url().starts_with("postgres");
    let servers = if postgres {
        let bin = setka_binary();
        vec![
            serve(&bin, app.database_url()).await,
            serve(&bin, app.database_url()).await,
        ]
    } else {
        Vec::new()
    };
    let clients: Vec<TestClient> = if postgres {
        servers
            .iter()
            .map(|s| TestClient {
                base: s.base.clone(),
                ..w.sa_a.clone()
            })
            .collect()
    } else {
        vec![w.sa_a.clone()]
    };
    let answers = futures_util::future::join_all(ids.iter().enumerate().map(|(i, id)| {
        let c = clients[i % clients.len()].clone();
        let path = routes::enrolment_action(id, "approve");
        async move { c.post(&path, &json!({})).await }
    }))
    .await;
    let statuses: Vec<u16> = answers.iter().map(|r| r.status).collect();
    let won = statuses.iter().filter(|s| **s == 200).count();
    let full = answers
        .iter()
        .filter(|r| r.status == 409 && r.body["code"] == "no_free_seat")
        .count();
    assert_eq!((won, full), (1, APPROVALS - 1), "{statuses:?}");

    let roster: Page<Enrolment> = w.sa_a.get(&routes::group_enrolments(w.g.id)).await.json();
    let held = roster
        .items
        .iter()
        .filter(|e| {
            matches!(
                e.status,
                EnrolmentStatus::Approved | EnrolmentStatus::Active
            )
        })
        .count();
    assert_eq!(held, 2, "the group's capacity");
    let seats = app
        .count(&format!(
            "SELECT CAST(seats_taken AS BIGINT) AS n FROM study_groups WHERE id = {}",
            app.uuid_sql(w.g.id)
        ))
        .await;
    assert_eq!(seats, 2);
    drop(servers);
}
