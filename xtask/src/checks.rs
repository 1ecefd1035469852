//! `cargo xtask test`: everything CI checks, in the order that fails fastest.

use std::path::Path;
use std::process::Command;

use anyhow::{Result, bail};

use crate::{cargo, frontend, run};

/// Crates the pure crates must never depend on (PRODUCT: the domain has no database,
/// HTTP or runtime; the wire types are shared with the browser).
const FORBIDDEN: [&str; 9] = [
    "sea-orm",
    "sea-query",
    "sqlx",
    "actix-web",
    "actix-http",
    "tokio",
    "reqwest",
    "hyper",
    "mio",
];

pub fn all(root: &Path) -> Result<()> {
    run(
        cargo().args(["fmt", "--all", "--", "--check"]),
        "cargo fmt --check",
    )?;
    purity(root)?;
    frontend::build(root, true)?;
    // The size is printed now and enforced last, so a grown bundle does not hide what
    // the tests would have said.
    let (size, over_budget) = crate::budget::measure(root)?;
    run(
        cargo().args([
            "clippy",
            "--workspace",
            "--all-targets",
            "--exclude",
            "frontend",
            "--exclude",
            "browser-tests",
            "--",
            "-D",
            "warnings",
        ]),
        "clippy (server crates)",
    )?;
    run(
        cargo().args([
            "clippy",
            "-p",
            "frontend",
            "--target",
            "wasm32-unknown-unknown",
            "--",
            "-D",
            "warnings",
        ]),
        "clippy (SPA, wasm32)",
    )?;
    run(
        cargo().args([
            "clippy",
            "-p",
            "frontend",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
        "clippy (SPA unit tests, host)",
    )?;
    run(
        cargo().args([
            "clippy",
            "-p",
            "browser-tests",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]),
        "clippy (browser tests)",
    )?;
    // Documents go to an S3-compatible bucket in this run (SQLite + S3); the PostgreSQL
    // leg of CI uses the local directory, so both storages and both databases are tested.
    let s3 = crate::s3::start(root)?;
    run(
        cargo()
            .args([
                "test",
                "--workspace",
                "--exclude",
                "frontend",
                "--exclude",
                "browser-tests",
            ])
            .env("SETKA_TEST_S3_ENDPOINT", &s3.endpoint),
        "unit, migration, OpenAPI drift and API tests (documents in S3)",
    )?;
    drop(s3);
    // The served document against the running server: constraints the document states
    // must be the ones the server enforces, and every status it answers documented.
    crate::schemathesis::run_all(root)?;
    run(
        cargo().args(["test", "-p", "frontend"]),
        "SPA unit tests (i18n, plurals, requests, submit drafts)",
    )?;
    browser(root)?;
    if over_budget {
        bail!("{size}: over the budget; see ARCHITECTURE.md, «The SPA bundle»");
    }
    eprintln!("xtask: {size}");
    Ok(())
}

/// The domain and wire crates stay free of infrastructure and build for wasm32.
/// What the operations crate must never depend on.
const HTTP_CRATES: [&str; 7] = [
    "actix-web",
    "actix-http",
    "actix-multipart",
    "hyper",
    "reqwest",
    "http",
    "utoipa-actix-web",
];

/// Reads of the system clock outside the clock module (`crates/clock`, and the SPA's
/// `frontend/src/today.rs`), in product code: a date must come from the one clock that
/// knows the municipality's time zone and that tests set. Test modules are not product
/// code.
fn clock_reads(root: &Path) -> Result<()> {
    let mut found = Vec::new();
    let mut files = Vec::new();
    for dir in std::fs::read_dir(root.join("crates"))? {
        let dir = dir?.path();
        if dir.ends_with("clock") {
            continue;
        }
        files.extend(walk(&dir.join("src"))?);
    }
    files.extend(walk(&root.join("frontend/src"))?);
    for path in files {
        if path.ends_with("today.rs") && path.starts_with(root.join("frontend")) {
            continue;
        }
        if path.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path)?;
        let product = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in product.lines().enumerate() {
            if [
                "Utc::now(",
                "Local::now(",
                "SystemTime::now(",
                "Local::today(",
            ]
            .iter()
            .any(|b| line.contains(b))
            {
                found.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    if !found.is_empty() {
        bail!(
            "the system clock is read outside the clock module (use the Clock of the state or \
             of the operation's context):\n{}",
            found.join("\n")
        );
    }
    println!("xtask: no clock reads outside crates/clock and frontend/src/today.rs");
    Ok(())
}

fn purity(root: &Path) -> Result<()> {
    for krate in ["domain", "wire"] {
        let out = cargo()
            .args([
                "tree", "-p", krate, "-e", "normal", "--prefix", "none", "--format", "{p}",
            ])
            .current_dir(root)
            .output()?;
        let tree = String::from_utf8_lossy(&out.stdout);
        for line in tree.lines() {
            let name = line.split_whitespace().next().unwrap_or("");
            if FORBIDDEN.contains(&name) {
                bail!("crate `{krate}` depends on `{name}`, which only the server may use");
            }
        }
    }
    // The operations run alike for a handler, an import job and the demo: no HTTP.
    let out = cargo()
        .args([
            "tree", "-p", "ops", "-e", "normal", "--prefix", "none", "--format", "{p}",
        ])
        .current_dir(root)
        .output()?;
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let name = line.split_whitespace().next().unwrap_or("");
        if HTTP_CRATES.contains(&name) {
            bail!("crate `ops` depends on `{name}`: operations never speak HTTP");
        }
    }
    clock_reads(root)?;
    // Handlers extract, run an operation and render: the operation's runner
    // (`ops::Ops::write`) owns the transaction.
    for path in walk(&root.join("crates/api/src/http"))? {
        let text = std::fs::read_to_string(&path)?;
        if text.contains(".begin()") {
            bail!(
                "{} opens a transaction: run the change as an operation (`state.ops.write`)",
                path.display()
            );
        }
    }
    // The domain never reads the clock, the file system or the network.
    for entry in walk(&root.join("crates/domain/src"))? {
        let text = std::fs::read_to_string(&entry)?;
        for banned in [
            "SystemTime::now",
            "Utc::now",
            "Local::now",
            "Instant::now",
            "std::fs",
            "std::net",
            "std::env",
        ] {
            if text.contains(banned) {
                bail!("{} uses `{banned}`: the domain is pure", entry.display());
            }
        }
    }
    // On a fresh machine the target is not there yet: the wasm32 build below needs it.
    frontend::ensure_wasm_target()?;
    run(
        cargo().args([
            "build",
            "-p",
            "domain",
            "-p",
            "wire",
            "--target",
            "wasm32-unknown-unknown",
        ]),
        "domain and wire build for wasm32",
    )?;
    eprintln!("xtask: domain purity ok");
    Ok(())
}

fn walk(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let p = e?.path();
        if p.is_dir() {
            out.extend(walk(&p)?);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
    Ok(out)
}

fn have(cmd: &str) -> bool {
    Command::new(cmd)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The browser test needs Debian's chromium and chromium-driver. Under CI it installs
/// them; elsewhere it says so and skips.
fn browser(_root: &Path) -> Result<()> {
    let ci = std::env::var("CI").is_ok_and(|v| v == "true" || v == "1");
    if !(have("chromedriver") && (have("chromium") || have("chromium-browser"))) {
        if ci {
            run(Command::new("apt-get").arg("update"), "apt-get update")?;
            run(
                Command::new("apt-get").args(["install", "-y", "chromium", "chromium-driver"]),
                "installing chromium and chromium-driver",
            )?;
        } else {
            eprintln!(
                "\nxtask: SKIPPING the browser test: chromium and chromedriver are not installed.\n\
                 xtask: install them with `apt-get install -y chromium chromium-driver` (CI does).\n"
            );
            return Ok(());
        }
    }
    run(
        cargo().args(["test", "-p", "browser-tests"]),
        "browser test (headless Chromium)",
    )
}
