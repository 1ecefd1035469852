//! The harness of the browser tests: the real server with demo data on a fresh SQLite
//! database, chromedriver on a free port, and a headless Chromium session.
#![allow(
    dead_code,
    unused_imports,
    reason = "each test binary uses a part of the harness"
)]

mod steps;
pub use steps::{mid_september_monday, school_year, today};

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

/// How long any one element may take to appear.
pub const TIMEOUT: Duration = Duration::from_secs(20);

pub struct Browser {
    pub client: Client,
    pub base: String,
    driver: Child,
    dirs: Vec<PathBuf>,
    shots: Option<PathBuf>,
}

fn workspace_root() -> PathBuf {
    // tests/browser → the workspace
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fresh_dir(tag: &str) -> Result<PathBuf> {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let dir = std::env::temp_dir().join(format!(
        "setka-browser-{tag}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
    Ok(dir)
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn chromedriver() -> Result<PathBuf> {
    let path = std::env::var_os("CHROMEDRIVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromedriver"));
    if !path.exists() {
        bail!(
            "chromedriver not found at {} — install Chromium and its driver \
             (`apt-get install -y chromium chromium-driver`) or set CHROMEDRIVER; \
             `cargo xtask test` skips this test when Chromium is missing (except with CI=true)",
            path.display()
        );
    }
    Ok(path)
}

/// Waits until something listens on `port` (the driver takes a moment to start).
fn wait_for_port(port: u16, driver: &mut Child) -> Result<()> {
    let deadline = Instant::now() + TIMEOUT;
    while Instant::now() < deadline {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        if let Some(status) = driver.try_wait()? {
            bail!("chromedriver exited at start ({status})");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    bail!("chromedriver did not listen on port {port} within {TIMEOUT:?}")
}

async fn start_server(clock: clock::Clock) -> Result<(String, PathBuf)> {
    let root = workspace_root();
    let dist = root.join("frontend/dist");
    if !dist.join("index.html").is_file() {
        bail!(
            "{} is not built: run `cargo xtask build-frontend` first",
            dist.display()
        );
    }
    let data = fresh_dir("data")?;
    let url = format!("sqlite://{}/setka.db?mode=rwc", data.display());
    let mut settings = api::config::Settings::for_tests(url, data.clone());
    settings.demo = true;
    settings.static_dir = Some(dist);
    let app = api::Application::build_with_clock(settings, clock).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    Ok((base, data))
}

impl Browser {
    pub async fn start() -> Result<Self> {
        Self::start_with_clock(clock::Clock::system()).await
    }

    /// [`Browser::start`] with the server's time taken from `clock` (a fixed clock the
    /// test moves; the demo data is laid out around its «today»). The browser keeps the
    /// real time: a test sets the server's clock no later than the real time, so what the
    /// server holds past has passed for the SPA too.
    pub async fn start_with_clock(clock: clock::Clock) -> Result<Self> {
        let driver_path = chromedriver()?;
        let (base, data) = start_server(clock).await?;
        let profile = fresh_dir("profile")?;
        let port = free_port()?;
        let mut driver = Command::new(&driver_path)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("starting {}", driver_path.display()))?;
        wait_for_port(port, &mut driver)?;

        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=1400,1000",
            "--lang=ru",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([format!("--user-data-dir={}", profile.display())])
        .collect::<Vec<_>>();
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({ "args": args }),
        );
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .context("opening a Chromium session through chromedriver")?;
        let shots = std::env::var_os("SETKA_SCREENSHOTS").map(PathBuf::from);
        Ok(Browser {
            client,
            base,
            driver,
            dirs: vec![data, profile],
            shots,
        })
    }

    pub async fn goto(&self, path: &str) -> Result<()> {
        self.client.goto(&format!("{}{path}", self.base)).await?;
        Ok(())
    }

    /// Waits for an element matched by a CSS selector.
    pub async fn css(&self, selector: &str) -> Result<fantoccini::elements::Element> {
        self.client
            .wait()
            .at_most(TIMEOUT)
            .for_element(Locator::Css(selector))
            .await
            .with_context(|| format!("waiting for `{selector}`"))
    }

    /// Waits for an element matched by XPath (for conditions on text).
    pub async fn xpath(&self, path: &str) -> Result<fantoccini::elements::Element> {
        self.client
            .wait()
            .at_most(TIMEOUT)
            .for_element(Locator::XPath(path))
            .await
            .with_context(|| format!("waiting for `{path}`"))
    }

    pub async fn fill(&self, selector: &str, text: &str) -> Result<()> {
        let el = self.css(selector).await?;
        el.clear().await?;
        el.send_keys(text).await?;
        Ok(())
    }

    /// Sets an input's value as if typed (date inputs take their text in the browser's
    /// locale, which a test should not depend on).
    pub async fn set_value(&self, selector: &str, value: &str) -> Result<()> {
        self.css(selector).await?;
        self.client
            .execute(
                "const el = document.querySelector(arguments[0]); el.value = arguments[1]; \
                 el.dispatchEvent(new InputEvent('input', { bubbles: true }));",
                vec![serde_json::json!(selector), serde_json::json!(value)],
            )
            .await?;
        Ok(())
    }

    /// Chooses the option with this visible text once the options have arrived.
    pub async fn choose(&self, selector: &str, label: &str) -> Result<()> {
        self.xpath(&format!(
            "//select[@id='{}']/option[normalize-space()='{label}']",
            selector.trim_start_matches('#')
        ))
        .await?;
        self.css(selector).await?.select_by_label(label).await?;
        Ok(())
    }

    /// Saves a screenshot to `$SETKA_SCREENSHOTS/<name>.png` when that is set.
    pub async fn shot(&self, name: &str) -> Result<()> {
        if let Some(dir) = &self.shots {
            std::fs::create_dir_all(dir)?;
            let png = self.client.screenshot().await?;
            std::fs::write(dir.join(format!("{name}.png")), png)?;
        }
        Ok(())
    }

    /// Saves what the browser shows, to explain a failure.
    pub async fn dump(&self) -> Option<PathBuf> {
        let dir = self.dirs.first()?.clone();
        let png = self.client.screenshot().await.ok()?;
        std::fs::write(dir.join("failure.png"), png).ok()?;
        if let Ok(html) = self.client.source().await {
            let _ = std::fs::write(dir.join("failure.html"), html);
        }
        Some(dir)
    }

    pub async fn close(mut self) -> Result<()> {
        let closed = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        for d in &self.dirs {
            let _ = std::fs::remove_dir_all(d);
        }
        self.dirs.clear();
        closed?;
        Ok(())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Only reached when a test failed before `close`; leave the data for inspection.
        let _ = self.driver.kill();
    }
}
