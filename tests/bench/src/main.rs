//! `cargo xtask bench` runs this after a release build: for each database, Setka
//! (`setka serve --demo` on a fresh database) and the bare endpoint (`bare`) on the same
//! database, each loaded in turn with the same connections, and a table side by side.
//!
//! `http-bench --setka PATH --bare PATH [--postgres URL] [--seconds N] [--connections N]`
//! measures an authenticated `GET /api/v1/organizations/{id}`: a school administrator
//! (`lyceum24.director`) reading their own school; and an authenticated
//! `GET /api/v1/groups/{id}/students` — the authority (`volzhsky.uo`) reading the 30
//! pupils of the demo's full class, a read Setka audits — beside the bare endpoint's same
//! read without and with its audit record (the goal: the audited read within 2× of the
//! plain one, so student reads do not queue behind SQLite's single writer for long); and
//! the approval of an enrolment for a pupil with five other enrolments, on one
//! connection, beside a read of it (the goal: a p99 under 20 ms; `approval.rs`).

mod approval;
mod load;

use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use load::{Conn, Measured, request};
use sea_orm::{ConnectionTrait, Database};

struct Args {
    setka: PathBuf,
    bare: PathBuf,
    postgres: Option<String>,
    seconds: u64,
    connections: usize,
}

fn args() -> Result<Args> {
    let mut a = Args {
        setka: PathBuf::from("target/release/setka"),
        bare: PathBuf::from("target/release/bare"),
        postgres: None,
        seconds: 10,
        connections: 32,
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().with_context(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--setka" => a.setka = value.into(),
            "--bare" => a.bare = value.into(),
            "--postgres" => a.postgres = Some(value),
            "--seconds" => a.seconds = value.parse()?,
            "--connections" => a.connections = value.parse()?,
            _ => bail!("unknown option {flag}"),
        }
    }
    Ok(a)
}

/// A child process killed when dropped, so a failed run leaves no server behind.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_addr() -> Result<SocketAddr> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?)
}

async fn call(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &str,
    body: &str,
) -> Result<load::Answer> {
    Conn::open(addr)
        .await?
        .send(&request(method, addr, path, headers, body))
        .await
}

/// Polls `path` until it answers 200 (the server has migrated and loaded its data).
async fn wait_ready(addr: SocketAddr, path: &str, server: &mut Server) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(300);
    while Instant::now() < deadline {
        if let Some(status) = server.0.try_wait()? {
            bail!("the server exited ({status})");
        }
        if call(addr, "GET", path, "", "")
            .await
            .is_ok_and(|a| a.status == 200)
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    bail!("{addr} did not answer {path} in time")
}

fn json(a: &load::Answer) -> Result<serde_json::Value> {
    if a.status != 200 {
        bail!("status {}: {}", a.status, String::from_utf8_lossy(&a.body));
    }
    Ok(serde_json::from_slice(&a.body)?)
}

struct Row {
    database: &'static str,
    setka: Measured,
    bare: Measured,
    students: Students,
    approvals: approval::Approvals,
}

/// The group's students: Setka's audited endpoint, the bare read, the bare audited read.
struct Students {
    setka: Measured,
    plain: Measured,
    audited: Measured,
}

/// The full class of the demo (seed 002) whose 30 pupils the read returns.
const FULL_CLASS: &str = "Методы решения физических задач, 11 класс";

async fn login(addr: SocketAddr, user: &str) -> Result<String> {
    let body = format!(r#"{{"username":"{user}","password":"demo"}}"#);
    let token = json(
        &call(
            addr,
            "POST",
            "/api/v1/auth/login",
            "Content-Type: application/json\r\n",
            &body,
        )
        .await?,
    )?["access_token"]
        .as_str()
        .context("no access_token")?
        .to_owned();
    Ok(format!("Authorization: Bearer {token}\r\n"))
}

/// The id of the demo's full class, found through the networks the authority reads.
async fn full_class(addr: SocketAddr, auth: &str) -> Result<String> {
    let nets = json(&call(addr, "GET", "/api/v1/networks?limit=100", auth, "").await?)?;
    for n in nets["items"].as_array().into_iter().flatten() {
        let id = n["id"].as_str().context("a network without id")?;
        let path = format!("/api/v1/networks/{id}/groups");
        let groups = json(&call(addr, "GET", &path, auth, "").await?)?;
        for g in groups["items"].as_array().into_iter().flatten() {
            if g["name"] == FULL_CLASS {
                return Ok(g["id"].as_str().context("a group without id")?.to_owned());
            }
        }
    }
    bail!("the demo has no group «{FULL_CLASS}»")
}

/// One database: `url` is PostgreSQL's; SQLite lives in Setka's data directory.
async fn bench(database: &'static str, url: Option<&str>, a: &Args) -> Result<Row> {
    let data = std::env::temp_dir().join(format!("setka-bench-{}-{database}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data)?;
    let setka_addr = free_addr()?;
    let mut cmd = Command::new(&a.setka);
    cmd.args(["serve", "--demo"])
        .env("SETKA_DATA_DIR", &data)
        .env("SETKA_LISTEN", setka_addr.to_string())
        .stdout(Stdio::null());
    if let Some(u) = url {
        cmd.env("SETKA_DATABASE_URL", u);
    }
    let mut setka = Server(
        cmd.spawn()
            .with_context(|| format!("starting {}", a.setka.display()))?,
    );
    eprintln!("http-bench: {database}: loading the demo data into Setka at {setka_addr}");
    wait_ready(setka_addr, "/api/v1/health", &mut setka).await?;
    let token = json(
        &call(
            setka_addr,
            "POST",
            "/api/v1/auth/login",
            "Content-Type: application/json\r\n",
            r#"{"username":"lyceum24.director","password":"demo"}"#,
        )
        .await?,
    )?["access_token"]
        .as_str()
        .context("no access_token")?
        .to_owned();
    let auth = format!("Authorization: Bearer {token}\r\n");
    let me = json(&call(setka_addr, "GET", "/api/v1/me", &auth, "").await?)?;
    let org = me["organization_id"]
        .as_str()
        .context("no organization")?
        .to_owned();
    let path = format!("/api/v1/organizations/{org}");
    json(&call(setka_addr, "GET", &path, &auth, "").await?)?;

    let bare_url = match url {
        Some(u) => u.to_owned(),
        None => format!("sqlite://{}/setka.db", data.display()),
    };
    let bare_addr = free_addr()?;
    let bare_path = format!("/organizations/{org}");
    let mut bare = Server(
        Command::new(&a.bare)
            .args([bare_url.as_str(), &bare_addr.to_string()])
            .spawn()
            .with_context(|| format!("starting {}", a.bare.display()))?,
    );
    wait_ready(bare_addr, &bare_path, &mut bare).await?;

    let warmup = Duration::from_secs(2);
    let duration = Duration::from_secs(a.seconds);
    eprintln!(
        "http-bench: {database}: Setka, {} connections, {} s",
        a.connections, a.seconds
    );
    let setka_m = load::run(
        setka_addr,
        request("GET", setka_addr, &path, &auth, ""),
        a.connections,
        warmup,
        duration,
    )
    .await?;
    eprintln!(
        "http-bench: {database}: bare, {} connections, {} s",
        a.connections, a.seconds
    );
    let bare_m = load::run(
        bare_addr,
        request("GET", bare_addr, &bare_path, "", ""),
        a.connections,
        warmup,
        duration,
    )
    .await?;
    let students = students(setka_addr, bare_addr, database, a, warmup, duration).await?;
    eprintln!("http-bench: {database}: approvals of a pupil with five other enrolments");
    let authority = login(setka_addr, "volzhsky.uo").await?;
    let class = full_class(setka_addr, &authority).await?;
    let approvals = approval::run(setka_addr, &class).await?;
    drop(setka);
    drop(bare);
    let _ = std::fs::remove_dir_all(&data);
    Ok(Row {
        database,
        setka: setka_m,
        bare: bare_m,
        students,
        approvals,
    })
}

/// The group's students through Setka (audited) and through the bare endpoint, plainly
/// and audited.
async fn students(
    setka_addr: SocketAddr,
    bare_addr: SocketAddr,
    database: &str,
    a: &Args,
    warmup: Duration,
    duration: Duration,
) -> Result<Students> {
    let auth = login(setka_addr, "volzhsky.uo").await?;
    let group = full_class(setka_addr, &auth).await?;
    let path = format!("/api/v1/groups/{group}/students");
    let first = json(&call(setka_addr, "GET", &path, &auth, "").await?)?;
    let n = first["items"].as_array().map_or(0, Vec::len);
    if n != 30 {
        bail!("{FULL_CLASS}: {n} students instead of 30");
    }
    let plain_path = format!("/groups/{group}/students");
    let audited_path = format!("/groups/{group}/students/audited");
    for p in [&plain_path, &audited_path] {
        let got = json(&call(bare_addr, "GET", p, "", "").await?)?;
        if got["items"].as_array().map_or(0, Vec::len) != 30 {
            bail!("bare {p}: not the 30 students");
        }
    }
    let mut out = Vec::new();
    for (name, addr, p, h) in [
        ("Setka, audited", setka_addr, path.as_str(), auth.as_str()),
        ("bare, plain", bare_addr, plain_path.as_str(), ""),
        ("bare, audited", bare_addr, audited_path.as_str(), ""),
    ] {
        eprintln!("http-bench: {database}: students, {name}");
        out.push(
            load::run(
                addr,
                request("GET", addr, p, h, ""),
                a.connections,
                warmup,
                duration,
            )
            .await?,
        );
    }
    Ok(Students {
        setka: out[0],
        plain: out[1],
        audited: out[2],
    })
}

/// A fresh database `setka_bench` beside the one `admin_url` names.
async fn fresh_postgres(admin_url: &str) -> Result<String> {
    let db = Database::connect(admin_url).await?;
    db.execute_unprepared("DROP DATABASE IF EXISTS setka_bench WITH (FORCE)")
        .await?;
    db.execute_unprepared("CREATE DATABASE setka_bench").await?;
    let (base, _) = admin_url
        .rsplit_once('/')
        .context("a database URL ends with /name")?;
    Ok(format!("{base}/setka_bench"))
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn print(rows: &[Row]) {
    println!(
        "\nGET /api/v1/organizations/{{id}} as a school administrator, Setka beside a bare actix-web endpoint"
    );
    println!(
        "{:<9} {:<7} {:>10} {:>10} {:>10} {:>9}",
        "database", "server", "req/s", "p50", "p99", "failures"
    );
    for r in rows {
        for (name, m) in [("setka", r.setka), ("bare", r.bare)] {
            println!(
                "{:<9} {:<7} {:>10.0} {:>10} {:>10} {:>9}",
                r.database,
                name,
                m.requests_per_s,
                ms(m.p50),
                ms(m.p99),
                m.failures
            );
        }
        println!(
            "{:<9} {:<7} {:>9.1}%",
            r.database,
            "ratio",
            100.0 * r.setka.requests_per_s / r.bare.requests_per_s
        );
    }
}

fn print_students(rows: &[Row]) {
    println!(
        "\nGET /api/v1/groups/{{id}}/students (30 pupils, every read audited) as the authority, beside the bare read without and with its audit record"
    );
    println!(
        "{:<9} {:<15} {:>10} {:>10} {:>10} {:>9}",
        "database", "server", "req/s", "p50", "p99", "failures"
    );
    for r in rows {
        let s = &r.students;
        for (name, m) in [
            ("setka audited", s.setka),
            ("bare plain", s.plain),
            ("bare audited", s.audited),
        ] {
            println!(
                "{:<9} {:<15} {:>10.0} {:>10} {:>10} {:>9}",
                r.database,
                name,
                m.requests_per_s,
                ms(m.p50),
                ms(m.p99),
                m.failures
            );
        }
        let slower = s.plain.requests_per_s / s.audited.requests_per_s;
        println!(
            "{:<9} {:<15} {:>9.2}× ({})",
            r.database,
            "audit cost",
            slower,
            if slower <= 2.0 {
                "within the 2× goal"
            } else {
                "OVER the 2× goal"
            }
        );
        println!(
            "{:<9} {:<15} {:>9.1}%",
            r.database,
            "setka/plain",
            100.0 * s.setka.requests_per_s / s.plain.requests_per_s
        );
    }
}

fn print_approvals(rows: &[Row]) {
    println!(
        "\nPOST /api/v1/enrolments/{{id}}/approve (every rule checked; the pupil has five other enrolments), one connection, beside GET /api/v1/enrolments/{{id}}"
    );
    println!(
        "{:<9} {:>12} {:>12} {:>10} {:>10} {:>8}",
        "database", "approve p50", "approve p99", "read p50", "read p99", "p99 ×"
    );
    for r in rows {
        let x = &r.approvals;
        println!(
            "{:<9} {:>12} {:>12} {:>10} {:>10} {:>7.1}× {}",
            r.database,
            ms(x.approve_p50),
            ms(x.approve_p99),
            ms(x.read_p50),
            ms(x.read_p99),
            x.approve_p99.as_secs_f64() / x.read_p99.as_secs_f64().max(1e-9),
            if x.approve_p99 < Duration::from_millis(20) {
                "within the 20 ms goal"
            } else {
                "OVER the 20 ms goal"
            }
        );
    }
}

fn main() -> Result<()> {
    let a = args()?;
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let local = tokio::task::LocalSet::new();
    local.block_on(&rt, async {
        let mut rows = vec![bench("sqlite", None, &a).await?];
        if let Some(admin) = &a.postgres {
            let url = fresh_postgres(admin).await?;
            let row = bench("postgres", Some(&url), &a).await;
            Database::connect(admin.as_str())
                .await?
                .execute_unprepared("DROP DATABASE IF EXISTS setka_bench WITH (FORCE)")
                .await?;
            rows.push(row?);
        }
        print(&rows);
        print_students(&rows);
        print_approvals(&rows);
        Ok(())
    })
}
