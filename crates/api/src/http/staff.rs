//! Staff of organizations: `/organizations/{id}/staff` and `/staff/{id}`.

use actix_web::{HttpResponse, delete, get, post, put, web};
use domain::StaffId;
use uuid::Uuid;
use wire::staff::{Staff, StaffInput, StaffQuery};
use wire::{Page, Problem};

use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, ok_with_etag,
};
use crate::state::AppState;
use ops::staff::{check_input, locate, manage, to_wire, visible};

/// List the staff of an organization
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path), StaffQuery),
    responses(
        (status = 200, body = Page<Staff>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organizations/{id}/staff")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    q: web::Query<StaffQuery>,
) -> ApiResult<HttpResponse> {
    let c = state.store.read();
    let facts = store::organizations::facts(c, *id)
        .await?
        .ok_or_else(OpError::not_found)?;
    let (cap, only) = visible(&state.ops.reader(auth.who()), &facts).await?;
    let (rows, next) = store::staff::list(
        c,
        &cap,
        only.as_deref(),
        q.q.as_deref(),
        q.limit,
        q.cursor.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(Page {
        items: rows.iter().map(to_wire).collect::<OpResult<Vec<_>>>()?,
        next_cursor: next,
    }))
}

/// Add a staff member to an organization
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    request_body = StaffInput,
    responses(
        (status = 201, body = Staff, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organizations/{id}/staff")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    key: IdempotencyKey,
    body: Json<StaffInput>,
) -> ApiResult<HttpResponse> {
    let c = state.store.conn();
    let facts = store::organizations::facts(c, *id)
        .await?
        .ok_or_else(OpError::not_found)?;
    let cap = manage(&auth.actor, &facts)?;
    let input = body.into_inner();
    let data = check_input(c, *id, &input).await?;
    let path = wire::routes::organization_staff(*id);
    let req = CreateRequest {
        path: &path,
        body: &input,
        location: staff_url,
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        let tx = ctx.db;
        let m = store::staff::create(tx, &cap, &data, &auth.audit).await?;
        Created::new(&to_wire(&m)?)
    })
    .await
}

/// Get a staff member
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Staff, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/staff/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let c = state.store.read();
    let (cap, _) = locate(&state.ops.reader(auth.who()), *id).await?;
    let m = store::staff::get(c, &cap, StaffId(*id)).await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Replace a staff member
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = StaffInput,
    responses(
        (status = 200, body = Staff, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/staff/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<StaffInput>,
) -> ApiResult<HttpResponse> {
    let m = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::records::update_staff(ctx, *id, if_match.0, &body).await
        })
        .await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Remove a staff member
#[utoipa::path(
    tag = "staff",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/staff/{id}")]
pub async fn remove(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    state
        .ops
        .write(auth.who(), async |ctx| {
            ops::records::delete_staff(ctx, *id, if_match.0).await
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

fn staff_url(id: Uuid) -> String {
    wire::routes::staff_member(id)
}
