//! `/audit`: the audit log, for the administrator and the authority.

use actix_web::{HttpResponse, get, web};
use store::audit::AuditFilter;
use wire::audit::{AuditEntry, AuditQuery};
use wire::{Page, Problem};

use crate::auth::Authenticated;
use crate::error::ApiResult;
use crate::state::AppState;

/// Read the audit log
///
/// Newest first. The authority sees the records of its municipality.
#[utoipa::path(
    tag = "audit",
    params(AuditQuery),
    responses(
        (status = 200, body = Page<AuditEntry>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/audit")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    q: web::Query<AuditQuery>,
) -> ApiResult<HttpResponse> {
    let cap = auth.actor.read_audit()?;
    let q = q.into_inner();
    let f = AuditFilter {
        entity_type: q.entity_type,
        entity_id: q.entity_id,
        actor_id: q.actor_id,
        action: q.action,
    };
    let (rows, next) =
        store::audit::list(state.store.read(), &cap, &f, q.limit, q.cursor.as_deref()).await?;
    let items = rows
        .into_iter()
        .map(|r| AuditEntry {
            id: r.id,
            at: r.at,
            actor_id: r.actor_id,
            actor_name: r.actor_name,
            action: r.action,
            entity_type: r.entity_type,
            entity_id: r.entity_id,
            before: r.before,
            after: r.after,
            request_id: r.request_id,
        })
        .collect();
    Ok(HttpResponse::Ok().json(Page {
        items,
        next_cursor: next,
    }))
}
