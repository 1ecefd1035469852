//! Project automation, so that a fresh machine needs nothing but cargo, git, a C compiler
//! and Node.js/npm:
//!
//! - `cargo xtask run` — build the SPA, start Setka with demo data on SQLite;
//! - `cargo xtask test` — every check CI makes (fmt, clippy, domain purity, all tests,
//!   the browser test);
//! - `cargo xtask dist` — a release bundle serving the SPA and the API from one process;
//! - `cargo xtask openapi` — regenerate `openapi/openapi.json` from the code;
//! - `cargo xtask schemathesis` — the OpenAPI document fuzzed by schemathesis against the
//!   demo server (also part of `test`);
//! - `cargo xtask bench [domain|http]` — the benchmarks (speed goals are measured, never
//!   timed in tests): criterion over the domain, and an authenticated HTTP read through
//!   a release build of Setka beside a bare actix-web endpoint (`tests/bench`).

mod budget;
mod checks;
mod frontend;
mod s3;
mod schemathesis;

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Runs a command in the workspace root, failing with its name when it fails.
pub fn run(cmd: &mut Command, what: &str) -> Result<()> {
    eprintln!("xtask: {what}");
    let status = cmd
        .current_dir(root())
        .status()
        .with_context(|| format!("starting {what}"))?;
    if !status.success() {
        bail!("{what} failed ({status})");
    }
    Ok(())
}

pub fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn usage() -> Result<()> {
    eprintln!(
        "usage: cargo xtask <command>\n\n  run [--port N]   build the SPA and serve Setka with demo data at http://127.0.0.1:8080\n  test             fmt, clippy, domain purity, all tests, browser test\n  dist             release bundle in target/dist\n  bench [domain|http] [--postgres URL] [--seconds N] [--connections N]
                   benchmarks: timetable conflicts of a municipality (criterion), and
                   GET /organizations/{{id}} through Setka beside a bare endpoint on SQLite
                   and PostgreSQL (URL, or SETKA_TEST_DATABASE_URL; SQLite only without)\n  openapi          regenerate openapi/openapi.json\n  schemathesis     fuzz the API from its OpenAPI document against the demo server\n  build-frontend   only build frontend/dist"
    );
    Ok(())
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = root();
    match args.first().map(String::as_str) {
        Some("run") => {
            let port = args
                .iter()
                .position(|a| a == "--port")
                .and_then(|i| args.get(i + 1))
                .cloned()
                .unwrap_or_else(|| "8080".into());
            frontend::build(&root, true)?;
            run(
                cargo()
                    .args([
                        "run", "-p", "api", "--bin", "setka", "--", "serve", "--demo",
                    ])
                    .env("SETKA_LISTEN", format!("127.0.0.1:{port}")),
                "serving Setka",
            )
        }
        Some("test") => checks::all(&root),
        Some("dist") => dist(&root),
        Some("bench") => bench(&args[1..]),
        Some("openapi") => openapi(&root),
        Some("schemathesis") => schemathesis::run_all(&root),
        Some("build-frontend") => {
            let release = !args.iter().any(|a| a == "--dev");
            frontend::build(&root, release)?;
            if release {
                budget::measure(&root)?;
            }
            Ok(())
        }
        _ => usage(),
    }
}

fn bench(args: &[String]) -> Result<()> {
    let what = args
        .first()
        .map(String::as_str)
        .filter(|a| ["domain", "http"].contains(a));
    if matches!(what, None | Some("domain")) {
        run(
            cargo().args(["bench", "-p", "domain", "--bench", "conflicts"]),
            "benchmarks (timetable conflicts of a municipality)",
        )?;
    }
    if matches!(what, None | Some("http")) {
        http_bench(&args[usize::from(what.is_some())..])?;
    }
    Ok(())
}

/// A release build of Setka and of the bare endpoint, then `http-bench` loads each.
fn http_bench(args: &[String]) -> Result<()> {
    run(
        cargo().args([
            "build",
            "--release",
            "-p",
            "api",
            "-p",
            "http-bench",
            "--bins",
        ]),
        "release build of setka, bare and http-bench",
    )?;
    let release = root().join("target/release");
    let mut cmd = Command::new(release.join("http-bench"));
    cmd.arg("--setka")
        .arg(release.join("setka"))
        .arg("--bare")
        .arg(release.join("bare"));
    let mut rest = args.iter();
    let mut postgres = std::env::var("SETKA_TEST_DATABASE_URL").ok();
    while let Some(a) = rest.next() {
        if a == "--postgres" {
            postgres = rest.next().cloned();
        } else {
            cmd.arg(a);
        }
    }
    match postgres {
        Some(url) => {
            cmd.arg("--postgres").arg(url);
        }
        None => eprintln!(
            "xtask: SQLite only (give --postgres URL or SETKA_TEST_DATABASE_URL for PostgreSQL)"
        ),
    }
    run(
        &mut cmd,
        "GET /organizations/{id}: Setka beside a bare endpoint",
    )
}

fn openapi(root: &Path) -> Result<()> {
    let out = cargo()
        .args([
            "run", "--quiet", "-p", "api", "--bin", "setka", "--", "openapi",
        ])
        .current_dir(root)
        .output()
        .context("running setka openapi")?;
    if !out.status.success() {
        bail!(
            "setka openapi failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    std::fs::write(root.join("openapi/openapi.json"), &out.stdout)?;
    eprintln!("xtask: wrote openapi/openapi.json");
    Ok(())
}

fn dist(root: &Path) -> Result<()> {
    frontend::build(root, true)?;
    budget::measure(root)?;
    run(
        cargo().args(["build", "--release", "-p", "api", "--bin", "setka"]),
        "release build",
    )?;
    let out = root.join("target/dist/setka");
    if out.exists() {
        std::fs::remove_dir_all(&out)?;
    }
    std::fs::create_dir_all(&out)?;
    let exe = if cfg!(windows) { "setka.exe" } else { "setka" };
    std::fs::copy(root.join("target/release").join(exe), out.join(exe))?;
    copy_dir(&root.join("frontend/dist"), &out.join("web"))?;
    std::fs::write(
        out.join("setka.toml"),
        "# Start with: ./setka --config setka.toml serve\n\
         listen = \"127.0.0.1:8080\"\n\
         data_dir = \"data\"\n\
         static_dir = \"web\"\n\
         # database_url = \"postgres://user@host/setka\"   (default: SQLite in data_dir)\n\
         # secure_cookies = true                         (behind HTTPS)\n",
    )?;
    run(
        // `run` works in the workspace root, so the paths are relative to it.
        Command::new("tar").args([
            "-czf",
            "target/dist/setka.tar.gz",
            "-C",
            "target/dist",
            "setka",
        ]),
        "packing target/dist/setka.tar.gz",
    )?;
    eprintln!(
        "xtask: bundle in {} (and target/dist/setka.tar.gz)",
        out.display()
    );
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
