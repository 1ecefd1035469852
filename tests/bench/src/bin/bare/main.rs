//! The baseline: bare actix-web endpoints, no authentication, no middleware, doing the
//! lookups Setka makes: `GET /organizations/{id}` (the live row by primary key, as JSON),
//! and a group's students `GET /groups/{id}/students` without and
//! `GET /groups/{id}/students/audited` with the audit record of the read (`students.rs`).
//! `bare <database-url> <listen-address>`.
//!
//! On SQLite it reads through a pool of read-only connections, as Setka's readers do.

mod students;

use actix_web::{App, HttpResponse, HttpServer, web};
use anyhow::{Context, Result};
use sea_orm::sqlx::{self, Row};
use uuid::Uuid;

enum Pool {
    Sqlite(sqlx::SqlitePool),
    Postgres(sqlx::PgPool),
}

const SQLITE: &str = "SELECT id, municipality_id, kind, full_name, short_name, inn, address, \
     active, version FROM organizations WHERE id = ? AND deleted_at IS NULL";
const POSTGRES: &str = "SELECT id, municipality_id, kind, full_name, short_name, inn, address, \
     active, version FROM organizations WHERE id = $1 AND deleted_at IS NULL";

macro_rules! to_json {
    ($row:expr) => {{
        let r = $row;
        serde_json::json!({
            "id": r.try_get::<Uuid, _>("id")?,
            "municipality_id": r.try_get::<Uuid, _>("municipality_id")?,
            "kind": r.try_get::<String, _>("kind")?,
            "full_name": r.try_get::<String, _>("full_name")?,
            "short_name": r.try_get::<String, _>("short_name")?,
            "inn": r.try_get::<Option<String>, _>("inn")?,
            "address": r.try_get::<Option<String>, _>("address")?,
            "active": r.try_get::<bool, _>("active")?,
            "version": r.try_get::<i32, _>("version")?,
        })
    }};
}

async fn lookup(pool: &Pool, id: Uuid) -> Result<Option<serde_json::Value>, sqlx::Error> {
    Ok(match pool {
        Pool::Sqlite(p) => match sqlx::query(SQLITE).bind(id).fetch_optional(p).await? {
            Some(r) => Some(to_json!(r)),
            None => None,
        },
        Pool::Postgres(p) => match sqlx::query(POSTGRES).bind(id).fetch_optional(p).await? {
            Some(r) => Some(to_json!(r)),
            None => None,
        },
    })
}

async fn get(pool: web::Data<Pool>, id: web::Path<Uuid>) -> HttpResponse {
    match lookup(&pool, *id).await {
        Ok(Some(v)) => HttpResponse::Ok().json(v),
        Ok(None) => HttpResponse::NotFound().finish(),
        Err(_) => HttpResponse::InternalServerError().finish(),
    }
}

#[actix_web::main]
async fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(url), Some(listen)) = (args.next(), args.next()) else {
        anyhow::bail!("usage: bare <database-url> <listen-address>");
    };
    let pool = if url.starts_with("sqlite:") {
        let opts: sqlx::sqlite::SqliteConnectOptions = url.parse()?;
        Pool::Sqlite(
            sqlx::sqlite::SqlitePoolOptions::new()
                .max_connections(4)
                .connect_with(opts.read_only(true))
                .await?,
        )
    } else {
        Pool::Postgres(
            sqlx::postgres::PgPoolOptions::new()
                .max_connections(16)
                .connect(&url)
                .await?,
        )
    };
    let pool = web::Data::new(pool);
    let store = web::Data::new(
        store::Store::connect(&url)
            .await
            .with_context(|| format!("connecting the store to {url}"))?,
    );
    HttpServer::new(move || {
        App::new()
            .app_data(pool.clone())
            .app_data(store.clone())
            .route("/organizations/{id}", web::get().to(get))
            .route("/groups/{id}/students", web::get().to(students::plain))
            .route(
                "/groups/{id}/students/audited",
                web::get().to(students::audited),
            )
    })
    .bind(&listen)
    .with_context(|| format!("binding {listen}"))?
    .run()
    .await?;
    Ok(())
}
