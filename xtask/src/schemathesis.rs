//! `cargo xtask schemathesis` (also a step of `cargo xtask test`): the served OpenAPI
//! document fed to schemathesis against a running demo server, signed in as the
//! administrator. Every check schemathesis has is on; a failure fails the step.
//!
//! schemathesis is a Python package: it is installed, pinned, into a virtual environment
//! under `target/` (nothing global), and reused while it has the pinned version.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::{cargo, run};

const VERSION: &str = "4.32.5";

/// The demo server of one run; stopped, and its data removed, when dropped — also when
/// the run fails half-way.
struct Server {
    child: Child,
    data: PathBuf,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

pub fn run_all(root: &Path) -> Result<()> {
    let started = Instant::now();
    let dir = root.join("target/schemathesis");
    std::fs::create_dir_all(&dir)?;
    let st = install(&dir)?;
    run(
        cargo().args(["build", "-p", "api", "--bin", "setka"]),
        "building the server for schemathesis",
    )?;
    let server = start(root, &dir)?;
    // The demo credentials work before the run starts; schemathesis signs in itself.
    login(server.port)?;
    let base = format!("http://127.0.0.1:{}", server.port);
    eprintln!("xtask: schemathesis {VERSION} against the demo server at {base}");
    let status = Command::new(&st)
        // Signs in as the demo administrator, again after any 401 (see the file).
        .arg("--config-file")
        .arg(root.join("tests/schemathesis/schemathesis.toml"))
        .arg("run")
        .arg(format!("{base}/api/v1/openapi.json"))
        // Every check schemathesis has, stateful ones included.
        .args(["--checks", "all"])
        // The same cases every run, so a green run stays green until the code changes.
        .args(["--seed", "7"])
        // Bounds the run: a minute or two here.
        .args(["--max-examples", "15"])
        // No example database: failures of an earlier run are not replayed, which would
        // make a run depend on the one before it.
        .args(["--generation-database", "none"])
        // One worker: requests change the demo data, so their order must not vary.
        .args(["--workers", "1"])
        .arg("--no-color")
        // Its report directory and any files it writes stay under target/.
        .current_dir(&dir)
        .status()
        .context("starting schemathesis")?;
    drop(server);
    if !status.success() {
        bail!(
            "schemathesis found failures ({status}); the server's log is {}",
            dir.join("server.log").display()
        );
    }
    eprintln!(
        "xtask: schemathesis passed in {:.0} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The `schemathesis` executable of the virtual environment, installed when missing or
/// of another version.
fn install(dir: &Path) -> Result<PathBuf> {
    let venv = dir.join("venv");
    let bin = if cfg!(windows) {
        venv.join("Scripts")
    } else {
        venv.join("bin")
    };
    let st = bin.join("schemathesis");
    let current = Command::new(&st)
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
    if current.is_some_and(|v| v.split_whitespace().any(|w| w == VERSION)) {
        return Ok(st);
    }
    let python = if cfg!(windows) { "python" } else { "python3" };
    run(
        Command::new(python)
            .args(["-m", "venv", "--clear"])
            .arg(&venv),
        "creating the virtual environment for schemathesis (target/schemathesis/venv)",
    )?;
    run(
        Command::new(bin.join("python")).args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            &format!("schemathesis=={VERSION}"),
        ]),
        &format!("pip install schemathesis=={VERSION}"),
    )?;
    Ok(st)
}

/// Starts `setka serve --demo` on a free port with a fresh SQLite database and waits
/// until `/api/v1/health` answers.
fn start(root: &Path, dir: &Path) -> Result<Server> {
    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let data = std::env::temp_dir().join(format!("setka-schemathesis-{}", std::process::id()));
    if data.exists() {
        std::fs::remove_dir_all(&data)?;
    }
    std::fs::create_dir_all(&data)?;
    let log = std::fs::File::create(dir.join("server.log"))?;
    let exe = if cfg!(windows) { "setka.exe" } else { "setka" };
    let child = Command::new(root.join("target/debug").join(exe))
        .args(["serve", "--demo"])
        .current_dir(root)
        // Only these settings: a developer's own database or config file must not be used.
        .env_remove("SETKA_CONFIG")
        .env_remove("SETKA_DATABASE_URL")
        .env_remove("SETKA_STORAGE")
        .env("SETKA_LISTEN", format!("127.0.0.1:{port}"))
        .env("SETKA_DATA_DIR", &data)
        // schemathesis tries wrong passwords on purpose, also for `admin`; the throttle
        // (tested by the API suite) would lock the run's own account out for 15 minutes.
        .env("SETKA_LOGIN_MAX_FAILURES_PER_ACCOUNT", "1000000")
        .env("SETKA_LOGIN_MAX_FAILURES_PER_ADDRESS", "1000000")
        .env("SETKA_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .context("starting setka serve --demo")?;
    let mut server = Server { child, data, port };
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Ok((200, _)) = request(port, "GET", "/api/v1/health", None) {
            break;
        }
        if let Some(status) = server.child.try_wait()? {
            bail!(
                "the demo server stopped ({status}); see {}",
                dir.join("server.log").display()
            );
        }
        if Instant::now() > deadline {
            bail!("the demo server did not answer /api/v1/health within 120 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(server)
}

/// Signs in as the demo administrator and returns the access token.
fn login(port: u16) -> Result<String> {
    let (status, body) = request(
        port,
        "POST",
        "/api/v1/auth/login",
        Some(r#"{"username":"admin","password":"demo"}"#),
    )?;
    if status != 200 {
        bail!("signing in as admin answered {status}: {body}");
    }
    // A JWT has no characters that JSON escapes, so the value ends at the next quote.
    let key = "\"access_token\":\"";
    let start = body
        .find(key)
        .map(|i| i + key.len())
        .context("no access_token in the sign-in answer")?;
    let len = body[start..]
        .find('"')
        .context("unterminated access_token")?;
    Ok(body[start..start + len].to_owned())
}

/// A minimal HTTP/1.1 exchange (xtask has no HTTP client): status and body.
fn request(port: u16, method: &str, path: &str, json: Option<&str>) -> Result<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    let body = json.unwrap_or("");
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    if json.is_some() {
        head.push_str("Content-Type: application/json\r\n");
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    stream.write_all(head.as_bytes())?;
    stream.write_all(body.as_bytes())?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw);
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .context("no HTTP status line")?;
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    Ok((status, body))
}
