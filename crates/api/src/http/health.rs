use actix_web::{HttpResponse, get, web};
use wire::health::Health;

use crate::state::AppState;

/// Service health
///
/// Whether the server runs and its database answers. 503 when the database is down.
#[utoipa::path(
    tag = "health",
    responses((status = 200, body = Health), (status = 503, body = Health)),
    security(())
)]
#[get("/health")]
pub async fn health(state: web::Data<AppState>) -> HttpResponse {
    let db_ok = state.store.ping().await;
    let body = Health {
        status: if db_ok { "ok" } else { "degraded" }.into(),
        database: if db_ok { "ok" } else { "unavailable" }.into(),
        database_kind: state.store.kind().into(),
        version: env!("CARGO_PKG_VERSION").into(),
    };
    if db_ok {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}
