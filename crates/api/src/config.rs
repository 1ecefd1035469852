//! Typed, layered configuration: defaults → optional TOML file → `SETKA_*` environment.
//! Unknown keys are errors; secrets are wrapped so they never reach a log line.

use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Address to listen on, e.g. `127.0.0.1:8080`.
    pub listen: String,
    /// `sqlite://…` or `postgres://…`; by default `<data_dir>/setka.db`.
    pub database_url: Option<SecretString>,
    /// Where the SQLite database and the generated signing key live.
    pub data_dir: PathBuf,
    /// Read-only connections to a SQLite database beside its one writer (0: the writer
    /// reads too). Unused on PostgreSQL.
    pub sqlite_readers: u32,
    /// Size of the PostgreSQL connection pool of this process.
    pub postgres_connections: u32,
    /// The built SPA (`index.html` and assets); not served when absent.
    pub static_dir: Option<PathBuf>,
    /// HMAC key of the access tokens; generated into `data_dir` when not given. Give the
    /// same key to every process behind a load balancer.
    pub jwt_secret: Option<SecretString>,
    /// `iss` of issued tokens.
    pub issuer: String,
    pub access_token_minutes: i64,
    pub refresh_token_days: i64,
    /// Origins allowed to call the API from a browser (same-origin needs none).
    pub cors_allowed_origins: Vec<String>,
    /// Largest accepted request body.
    pub body_limit_kib: usize,
    /// Mark the refresh cookie `Secure` (on whenever served over HTTPS).
    pub secure_cookies: bool,
    /// Load the demo data into an empty database.
    pub demo: bool,
    /// `pretty` or `json`.
    pub log_format: String,
    /// Failed sign-ins allowed per account within the window.
    pub login_max_failures_per_account: u64,
    /// Failed sign-ins allowed per client address within the window.
    pub login_max_failures_per_address: u64,
    pub login_failure_window_minutes: i64,
    /// Addresses of reverse proxies / load balancers whose `X-Forwarded-For` is believed,
    /// so that sign-in throttling counts the client's address, not the proxy's.
    pub trusted_proxies: Vec<std::net::IpAddr>,
    /// Where document bytes live: `local` (a directory) or `s3` (an S3-compatible bucket,
    /// for several processes behind a load balancer).
    pub storage: StorageKind,
    /// The directory of the `local` storage; by default `<data_dir>/files`.
    pub storage_dir: Option<PathBuf>,
    pub s3_bucket: Option<String>,
    /// E.g. `https://storage.yandexcloud.net` or `http://minio:9000`; AWS when unset.
    pub s3_endpoint: Option<String>,
    pub s3_region: Option<String>,
    pub s3_access_key_id: Option<String>,
    pub s3_secret_access_key: Option<SecretString>,
    /// Allow a plain-HTTP endpoint.
    pub s3_allow_http: bool,
    /// A folder in the bucket (several installations may share one bucket).
    pub s3_prefix: Option<String>,
    /// Largest accepted document.
    pub document_max_mib: u64,
    /// Time a whole document upload may take (slow rural links included).
    pub document_upload_minutes: u64,
    /// The address users reach Setka at, e.g. `https://setka.example.ru` (no trailing
    /// slash). Calendar feed addresses are built from it; when it is `https://`, the
    /// refresh cookie is `Secure` and `Strict-Transport-Security` is sent.
    pub public_url: Option<String>,
    /// A sign-in lasts at most this long however often its refresh token is rotated.
    pub session_max_days: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StorageKind {
    Local,
    S3,
}

/// The defaults, as a serializable mirror (secrets have no defaults).
#[derive(Serialize)]
struct Defaults {
    listen: &'static str,
    data_dir: &'static str,
    sqlite_readers: u32,
    postgres_connections: u32,
    static_dir: &'static str,
    issuer: &'static str,
    access_token_minutes: i64,
    refresh_token_days: i64,
    cors_allowed_origins: Vec<String>,
    body_limit_kib: usize,
    secure_cookies: bool,
    demo: bool,
    log_format: &'static str,
    login_max_failures_per_account: u64,
    login_max_failures_per_address: u64,
    login_failure_window_minutes: i64,
    trusted_proxies: Vec<String>,
    storage: StorageKind,
    s3_allow_http: bool,
    document_max_mib: u64,
    document_upload_minutes: u64,
    session_max_days: i64,
}

const DEFAULTS: fn() -> Defaults = || Defaults {
    listen: "127.0.0.1:8080",
    data_dir: "data",
    sqlite_readers: 4,
    postgres_connections: 16,
    static_dir: "frontend/dist",
    issuer: "setka",
    access_token_minutes: 15,
    refresh_token_days: 14,
    cors_allowed_origins: Vec::new(),
    body_limit_kib: 1024,
    secure_cookies: false,
    demo: false,
    log_format: "pretty",
    login_max_failures_per_account: 5,
    login_max_failures_per_address: 50,
    login_failure_window_minutes: 15,
    trusted_proxies: Vec::new(),
    storage: StorageKind::Local,
    s3_allow_http: false,
    document_max_mib: 20,
    document_upload_minutes: 15,
    session_max_days: 30,
};

/// Environment variables with the prefix that are not settings of the server.
const NOT_SETTINGS: [&str; 5] = [
    "test_database_url",
    "test_s3_endpoint",
    "test_s3_bucket",
    "admin_password",
    "log",
];

impl Settings {
    /// Reads the layers. `file` is optional; a missing file named explicitly is an error.
    pub fn load(file: Option<&Path>) -> Result<Self, Box<figment::Error>> {
        let mut fig = Figment::from(Serialized::defaults(DEFAULTS()));
        if let Some(f) = file {
            if !f.exists() {
                return Err(Box::new(figment::Error::from(format!(
                    "configuration file {} does not exist",
                    f.display()
                ))));
            }
            fig = fig.merge(Toml::file(f));
        }
        let settings: Self = fig
            .merge(Env::prefixed("SETKA_").ignore(&NOT_SETTINGS))
            .extract()
            .map_err(Box::new)?;
        if let Some(u) = &settings.public_url
            && !(u.starts_with("https://") || u.starts_with("http://"))
        {
            return Err(Box::new(figment::Error::from(format!(
                "public_url must start with https:// or http://, not {u:?}"
            ))));
        }
        Ok(settings)
    }

    /// The public address without a trailing slash, if one is configured.
    pub fn public_base(&self) -> Option<&str> {
        self.public_url.as_deref().map(|u| u.trim_end_matches('/'))
    }

    /// Settings for a test server: a given database, port 0, no throttling surprises.
    pub fn for_tests(database_url: String, data_dir: PathBuf) -> Self {
        let d = DEFAULTS();
        Self {
            listen: "127.0.0.1:0".into(),
            database_url: Some(SecretString::from(database_url)),
            data_dir,
            sqlite_readers: d.sqlite_readers,
            postgres_connections: d.postgres_connections,
            static_dir: None,
            jwt_secret: Some(SecretString::from(
                "test-secret-test-secret-test-secret-0123",
            )),
            issuer: d.issuer.into(),
            access_token_minutes: d.access_token_minutes,
            refresh_token_days: d.refresh_token_days,
            cors_allowed_origins: Vec::new(),
            body_limit_kib: 64,
            secure_cookies: false,
            demo: false,
            log_format: d.log_format.into(),
            login_max_failures_per_account: d.login_max_failures_per_account,
            login_max_failures_per_address: d.login_max_failures_per_address,
            login_failure_window_minutes: d.login_failure_window_minutes,
            trusted_proxies: Vec::new(),
            storage: StorageKind::Local,
            storage_dir: None,
            s3_bucket: None,
            s3_endpoint: None,
            s3_region: None,
            s3_access_key_id: None,
            s3_secret_access_key: None,
            s3_allow_http: false,
            s3_prefix: None,
            document_max_mib: d.document_max_mib,
            document_upload_minutes: d.document_upload_minutes,
            public_url: None,
            session_max_days: d.session_max_days,
        }
    }

    /// Whether users reach Setka over HTTPS (its `public_url` says so).
    pub fn https(&self) -> bool {
        self.public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }

    /// Whether the refresh cookie is marked `Secure`: when asked, and always over HTTPS.
    pub fn secure_cookie(&self) -> bool {
        self.secure_cookies || self.https()
    }

    /// The document storage the settings name.
    pub fn blobs(&self) -> anyhow::Result<blobs::Blobs> {
        Ok(match self.storage {
            StorageKind::Local => {
                let dir = self
                    .storage_dir
                    .clone()
                    .unwrap_or_else(|| self.data_dir.join("files"));
                blobs::Blobs::local(&dir)?
            }
            StorageKind::S3 => {
                let bucket = self
                    .s3_bucket
                    .clone()
                    .ok_or_else(|| anyhow::anyhow!("storage = \"s3\" needs s3_bucket"))?;
                blobs::Blobs::s3(&blobs::S3Settings {
                    bucket,
                    endpoint: self.s3_endpoint.clone(),
                    region: self.s3_region.clone(),
                    access_key_id: self.s3_access_key_id.clone(),
                    secret_access_key: self
                        .s3_secret_access_key
                        .as_ref()
                        .map(|k| k.expose_secret().to_owned()),
                    allow_http: self.s3_allow_http,
                    prefix: self.s3_prefix.clone(),
                })?
            }
        })
    }

    /// How the store connects.
    pub fn store_options(&self) -> store::StoreOptions {
        store::StoreOptions {
            sqlite_readers: self.sqlite_readers,
            postgres_connections: self.postgres_connections,
        }
    }

    /// The database URL, defaulting to SQLite in the data directory.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(u) => u.expose_secret().to_owned(),
            None => format!("sqlite://{}/setka.db?mode=rwc", self.data_dir.display()),
        }
    }
}

#[cfg(test)]
#[allow(
    clippy::result_large_err,
    reason = "figment::Jail fixes the closure's error type"
)]
mod tests {
    use super::*;

    #[test]
    fn defaults_load_and_env_overrides() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("SETKA_LISTEN", "0.0.0.0:9000");
            jail.set_env("SETKA_TEST_DATABASE_URL", "postgres://ignored");
            let s = Settings::load(None).map_err(|e| *e)?;
            assert_eq!(s.listen, "0.0.0.0:9000");
            assert_eq!(s.access_token_minutes, 15);
            assert!(s.database_url().starts_with("sqlite://data/setka.db"));
            Ok(())
        });
    }

    #[test]
    fn unknown_keys_are_errors() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("SETKA_LISTNE", "typo");
            assert!(Settings::load(None).is_err());
            Ok(())
        });
        figment::Jail::expect_with(|jail| {
            jail.create_file("setka.toml", "listen = \"127.0.0.1:1\"\nbogus = 1\n")?;
            assert!(Settings::load(Some(Path::new("setka.toml"))).is_err());
            Ok(())
        });
    }

    #[test]
    fn secrets_are_not_printed() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("SETKA_JWT_SECRET", "very-secret-value");
            jail.set_env("SETKA_DATABASE_URL", "postgres://u:pw@h/db");
            let s = Settings::load(None).map_err(|e| *e)?;
            let shown = format!("{s:?}");
            assert!(!shown.contains("very-secret-value"));
            assert!(!shown.contains("pw@h"));
            Ok(())
        });
    }
}
