//! Building and running the server.

use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::{Compress, from_fn};
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use secrecy::ExposeSecret;
use store::Store;
use tracing_actix_web::TracingLogger;
use utoipa_actix_web::{AppExt, scope};
use utoipa_swagger_ui::SwaggerUi;

use crate::auth::jwt::Keys;
use crate::config::Settings;
use crate::http::{self, middleware};
use crate::state::AppState;

/// A bound, not yet running server.
pub struct Application {
    server: Server,
    port: u16,
    store: Store,
}

impl std::fmt::Debug for Application {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Application")
            .field("port", &self.port)
            .finish_non_exhaustive()
    }
}

/// The signing key: given, or generated once and kept in the data directory.
fn jwt_secret(settings: &Settings) -> anyhow::Result<Vec<u8>> {
    if let Some(s) = &settings.jwt_secret {
        anyhow::ensure!(
            s.expose_secret().len() >= 32,
            "jwt_secret must have at least 32 bytes"
        );
        return Ok(s.expose_secret().as_bytes().to_vec());
    }
    let path = settings.data_dir.join("jwt.key");
    if path.exists() {
        let key = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        return Ok(key.trim().as_bytes().to_vec());
    }
    let key: String = (0..4)
        .map(|_| uuid::Uuid::new_v4().simple().to_string())
        .collect();
    write_private(&path, &key)?;
    Ok(key.into_bytes())
}

fn write_private(path: &Path, content: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut f = opts
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    f.write_all(content.as_bytes())?;
    Ok(())
}

/// Connects and migrates the database named by the settings.
pub async fn open_store(settings: &Settings) -> anyhow::Result<Store> {
    std::fs::create_dir_all(&settings.data_dir)
        .with_context(|| format!("creating {}", settings.data_dir.display()))?;
    let store = Store::connect_with(&settings.database_url(), settings.store_options())
        .await
        .context("connecting to the database")?;
    store.migrate().await.context("applying migrations")?;
    Ok(store)
}

impl Application {
    /// Connects, migrates, loads the demo data when asked and binds the listener.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        Self::build_with_clock(settings, ops::Clock::system()).await
    }

    /// [`Application::build`] with a given clock: tests set the date and move it.
    pub async fn build_with_clock(settings: Settings, clock: ops::Clock) -> anyhow::Result<Self> {
        let store = open_store(&settings).await?;
        let ops = ops::Ops::new(store.clone(), clock);
        if settings.demo && crate::demo::load_if_empty(&ops).await? {
            tracing::info!("demo data loaded");
        }
        let secret = jwt_secret(&settings)?;
        let keys = Keys::new(
            &secret,
            &settings.issuer,
            settings.access_token_minutes * 60,
        );
        let listener = TcpListener::bind(&settings.listen)
            .with_context(|| format!("binding {}", settings.listen))?;
        let port = listener.local_addr()?.port();
        let blobs = settings.blobs().context("opening the document storage")?;
        let state = AppState {
            store: store.clone(),
            ops,
            blobs,
            keys: Arc::new(keys),
            settings: Arc::new(settings),
            routes: Arc::new(crate::openapi::RouteTable::from_document(
                &crate::openapi::document(),
            )),
        };
        crate::janitor::spawn(state.clone());
        let doc = crate::openapi::document_value();
        let server = HttpServer::new(move || {
            let s = &state.settings;
            let mut cors = actix_cors::Cors::default()
                .allowed_methods(["GET", "POST", "PUT", "DELETE"])
                .allowed_headers([
                    "Authorization",
                    "Content-Type",
                    "If-Match",
                    "Idempotency-Key",
                    "Accept-Language",
                ])
                .expose_headers(["ETag", "Location", "X-Request-Id"])
                .supports_credentials()
                .max_age(3600);
            for origin in &s.cors_allowed_origins {
                cors = cors.allowed_origin(origin);
            }
            let cors_enabled = !s.cors_allowed_origins.is_empty();
            let limit = s.body_limit_kib * 1024;
            // Swagger UI and its document are registered before the `/api/v1` scope, which
            // would otherwise answer every path under it. The document comes from the same
            // route table as the scope (`http::api_routes`).
            let swagger = SwaggerUi::new("/api/v1/docs/{_:.*}")
                .external_url_unchecked("/api/v1/openapi.json", doc.clone());
            App::new()
                .into_utoipa_app()
                .openapi(crate::openapi::base())
                .map(|app| {
                    app.service(web::redirect("/api/v1/docs", "/api/v1/docs/"))
                        .service(swagger)
                })
                .app_data(web::Data::new(state.clone()))
                .app_data(
                    web::JsonConfig::default()
                        .limit(limit)
                        .error_handler(middleware::json_error),
                )
                .app_data(web::QueryConfig::default().error_handler(middleware::query_error))
                .app_data(web::PathConfig::default().error_handler(middleware::path_error))
                .app_data(web::PayloadConfig::default().limit(limit))
                .service(scope::scope("/api/v1").configure(http::api_routes))
                .into_app()
                .wrap(from_fn(middleware::problems))
                // Same-origin needs no CORS; headers only appear with an allow-list.
                .wrap(actix_web::middleware::Condition::new(cors_enabled, cors))
                .wrap(middleware::security_headers(s.https()))
                .wrap(Compress::default())
                .wrap(TracingLogger::<crate::request_log::RedactedSpans>::new())
                .default_service(web::to(http::spa::fallback))
        })
        .listen(listener)?
        .run();
        Ok(Self {
            server,
            port,
            store,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Whether any account exists (a production install starts with none).
    pub async fn has_accounts(&self) -> anyhow::Result<bool> {
        Ok(store::users::count(self.store.conn()).await? > 0)
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}
