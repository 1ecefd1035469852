//! An S3-compatible server for the storage tests: `s3rver` from npm (pinned in
//! `tests/s3rver/package-lock.json`), on a free local port, with a `setka` bucket. The
//! tests talk to it exactly as production talks to a bucket.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use crate::run;

/// The running server; stopped when dropped.
pub struct S3Server {
    child: Child,
    pub endpoint: String,
    data: PathBuf,
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.data);
    }
}

fn npm() -> &'static str {
    if cfg!(windows) { "npm.cmd" } else { "npm" }
}

pub fn start(root: &Path) -> Result<S3Server> {
    let dir = root.join("tests/s3rver");
    let bin = dir.join("node_modules/s3rver/bin/s3rver.js");
    if !bin.exists() {
        // `run` works in the workspace root, hence `--prefix`.
        run(
            Command::new(npm()).args(["ci", "--prefix", "tests/s3rver", "--no-audit", "--no-fund"]),
            "npm ci in tests/s3rver (the S3-compatible test server)",
        )?;
    }
    let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let data = std::env::temp_dir().join(format!("setka-s3rver-{}", std::process::id()));
    std::fs::create_dir_all(&data)?;
    let child = Command::new("node")
        .arg(&bin)
        .args(["--silent", "-a", "127.0.0.1", "-p", &port.to_string()])
        .arg("-d")
        .arg(&data)
        .args(["--configure-bucket", "setka"])
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .context("starting s3rver with node")?;
    let server = S3Server {
        child,
        endpoint: format!("http://127.0.0.1:{port}"),
        data,
    };
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if Instant::now() > deadline {
            bail!("s3rver did not start listening on port {port}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    eprintln!("xtask: S3-compatible test server at {}", server.endpoint);
    Ok(server)
}
