//! `/audit`: the audit log, for the administrator and the authority.

use actix_web::{HttpResponse, get, web};
use domain::access::AuditScope;
use store::audit::AuditFilter;
use uuid::Uuid;
use wire::audit::{AuditEntry, AuditQuery};
use wire::{Page, Problem};

use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError};
use crate::state::AppState;

/// Read the audit log
///
/// Newest first. The authority sees the records of its municipality. With `student_id`,
/// the records about one student (changes of the record, reads that returned it); the
/// home school's administration may ask this of its own students, and an unknown or
/// foreign student answers 404.
#[utoipa::path(
    tag = "audit",
    params(AuditQuery),
    responses(
        (status = 200, body = Page<AuditEntry>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/audit")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    q: web::Query<AuditQuery>,
) -> ApiResult<HttpResponse> {
    let q = q.into_inner();
    let cap = match (auth.actor.read_audit(), q.student_id) {
        (Ok(cap), _) => cap,
        (Err(_), Some(s)) => {
            let ctx = state.ops.reader(auth.who());
            auth.actor
                .read_student_audit(&ops::students::facts(&ctx, s).await?)?
        }
        (Err(e), None) => return Err(OpError::from(e).into()),
    };
    let f = AuditFilter {
        entity_type: q.entity_type,
        entity_id: q.entity_id,
        actor_id: q.actor_id,
        action: q.action,
        student_id: q.student_id,
    };
    let c = state.store.read();
    let (rows, next) = store::audit::list(c, &cap, &f, q.limit, q.cursor.as_deref()).await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.id).collect();
    let mut subjects = store::audit::subjects_of(c, &ids).await?;
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
            // A school asking about its own pupil learns nothing of the others a read
            // returned.
            student_ids: match (cap.scope(), subjects.remove(&r.id)) {
                (AuditScope::Student(s), Some(ids)) => {
                    ids.into_iter().filter(|i| *i == s.as_uuid()).collect()
                }
                (_, ids) => ids.unwrap_or_default(),
            },
            endpoint: r.endpoint,
        })
        .collect();
    Ok(HttpResponse::Ok().json(Page {
        items,
        next_cursor: next,
    }))
}
