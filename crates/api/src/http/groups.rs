//! Network groups: `/networks/{id}/groups` and `/groups/{id}`.

use actix_web::{HttpResponse, delete, get, post, put, web};
use domain::AcademicYear;
use domain::access::GroupAccess;
use uuid::Uuid;
use wire::group::{Group, GroupInput, GroupQuery};
use wire::{Page, Problem};

use super::networks::facts;
use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, ok_with_etag,
};
use crate::i18n::Issue;
use crate::state::AppState;
use ops::groups::views;

pub(super) async fn group_access(
    state: &AppState,
    auth: &Authenticated,
    id: Uuid,
) -> OpResult<GroupAccess> {
    ops::facts::group(&state.ops.reader(auth.who()), id).await
}

async fn one_view(c: &impl store::Conn, g: store::groups::Group) -> OpResult<Group> {
    views(c, std::slice::from_ref(&g))
        .await?
        .pop()
        .ok_or_else(OpError::not_found)
}

/// List the groups of a network
///
/// A teacher sees the groups they teach; other members all of them.
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path), GroupQuery),
    responses(
        (status = 200, body = Page<Group>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/networks/{id}/groups")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    q: web::Query<GroupQuery>,
) -> ApiResult<HttpResponse> {
    let cap = auth.actor.read_network(&facts(&state, &auth, *id).await?)?;
    let academic_year = q
        .academic_year
        .as_deref()
        .map(AcademicYear::parse)
        .transpose()
        .map_err(|_| OpError::field("academic_year", Issue::AcademicYear))?;
    let c = state.store.read();
    let filter = store::groups::GroupFilter {
        academic_year,
        programme_id: q.programme_id,
        provider_id: q.provider_id,
        staff_id: q.staff_id,
    };
    let mut rows = store::groups::of_network(c, &cap, &filter).await?;
    if auth.actor.sees_only_own_groups() {
        let mine = store::groups::staff_of_user(c, auth.actor.user).await?;
        rows.retain(|g| g.teachers.iter().any(|t| mine.contains(t)));
    }
    Ok(HttpResponse::Ok().json(Page {
        items: views(c, &rows).await?,
        next_cursor: None,
    }))
}

/// Form a group in a network
///
/// Those who manage the network, or the administration of the provider. The provider
/// must teach the programme; teachers are staff of member organizations; the slots must
/// fall on the provider's teaching days.
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    request_body = GroupInput,
    responses(
        (status = 201, body = Group, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/networks/{id}/groups")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    key: IdempotencyKey,
    body: Json<GroupInput>,
) -> ApiResult<HttpResponse> {
    let path = wire::routes::network_groups(*id);
    let req = CreateRequest {
        path: &path,
        body: &*body,
        location: |id| wire::routes::group(id),
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        let m = ops::group_ops::create(ctx, *id, &body).await?;
        Created::new(&one_view(ctx.db, m).await?)
    })
    .await
}

/// Get a group with its teachers and hours check
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Group, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/groups/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let cap = auth
        .actor
        .read_group(&group_access(&state, &auth, *id).await?)?;
    let c = state.store.read();
    let g = store::groups::get(c, &cap).await?;
    let version = g.version;
    Ok(ok_with_etag(version, &one_view(c, g).await?))
}

/// Replace a group
///
/// Sessions already generated stay until the group's sessions are generated again.
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = GroupInput,
    responses(
        (status = 200, body = Group, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/groups/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<GroupInput>,
) -> ApiResult<HttpResponse> {
    let view = state
        .ops
        .write(auth.who(), async |ctx| {
            let m = ops::group_ops::update(ctx, *id, if_match.0, &body).await?;
            one_view(ctx.db, m).await
        })
        .await?;
    Ok(ok_with_etag(view.version, &view))
}

/// Delete a group with its sessions
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Attendance was taken in the group (`group_has_attendance`)", body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/groups/{id}")]
pub async fn remove(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    state
        .ops
        .write(auth.who(), async |ctx| {
            ops::group_ops::delete(ctx, *id, if_match.0).await
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
