//! Sessions of a group: `/groups/{id}/sessions[/generate]`, `/sessions/{id}[/cancel|/restore]`.

use actix_web::{HttpResponse, get, post, put, web};
use uuid::Uuid;
use wire::group::{Cancellation, Generation, MySession, Session, SessionInput, SessionQuery};
use wire::{Page, Problem};

use super::groups::group_access;
use crate::auth::Authenticated;
use crate::error::{ApiResult, OpResult};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, ok_with_etag,
};
use crate::state::AppState;
use ops::session_ops;
use ops::timetable::session_view;
use store::entities::session::Model;

/// List a group's sessions
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path), SessionQuery),
    responses(
        (status = 200, body = Page<Session>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/groups/{id}/sessions")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    q: web::Query<SessionQuery>,
) -> ApiResult<HttpResponse> {
    let cap = auth
        .actor
        .read_group(&group_access(&state, &auth, *id).await?)?;
    let c = state.store.read();
    let g = store::groups::get(c, &cap).await?;
    let place = g.place.clone();
    let rows = store::sessions::of_group(c, &cap, q.from, q.to).await?;
    Ok(HttpResponse::Ok().json(Page {
        items: rows
            .iter()
            .map(|s| session_view(s, &place))
            .collect::<OpResult<Vec<_>>>()?,
        next_cursor: None,
    }))
}

/// List my sessions
///
/// The signed-in teacher's sessions in every group they teach, in any network, by date
/// and time: `from` (default today) to `to` (default six days later), cut to 366 days
/// (a `to` before `from` is no day: an empty list); each says whether it is over and
/// whether its register is taken. A user who teaches no group gets an empty list.
#[utoipa::path(
    tag = "attendance",
    params(SessionQuery),
    responses(
        (status = 200, body = Page<MySession>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/me/sessions")]
pub async fn mine(
    state: web::Data<AppState>,
    auth: Authenticated,
    q: web::Query<SessionQuery>,
) -> ApiResult<HttpResponse> {
    let items = ops::my_sessions::of_me(&state.ops.reader(auth.who()), &q).await?;
    Ok(HttpResponse::Ok().json(Page {
        items,
        next_cursor: None,
    }))
}

/// Generate (or regenerate) a group's sessions from its slots
///
/// Over the group's dates on the provider's school days (its holidays and days off
/// skipped). Sessions with attendance, and those moved, cancelled or added by hand, stay
/// as they are; generated ones follow the slots.
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Generation),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/groups/{id}/sessions/generate")]
pub async fn generate_sessions(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let generation = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::group_ops::generate_sessions(ctx, *id).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(generation))
}

/// Add a session by hand
///
/// A retry with the same `Idempotency-Key` returns the first answer.
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    request_body = SessionInput,
    responses(
        (status = 201, body = Session, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/groups/{id}/sessions")]
pub async fn add(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    key: IdempotencyKey,
    body: Json<SessionInput>,
) -> ApiResult<HttpResponse> {
    let path = wire::routes::group_sessions(*id);
    let req = CreateRequest {
        path: &path,
        body: &*body,
        location: |id| wire::routes::session(id),
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        let (m, g) = session_ops::add(ctx, *id, &body).await?;
        Created::new(&session_view(&m, &g.place)?)
    })
    .await
}

/// A session as its answer shows it, with its version as the ETag.
fn answer((m, g): (Model, store::groups::Group)) -> ApiResult<HttpResponse> {
    Ok(ok_with_etag(m.version, &session_view(&m, &g.place)?))
}

/// Get a session
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Session, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/sessions/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    answer(session_ops::get(&state.ops.reader(auth.who()), *id).await?)
}

/// Move a session
///
/// Another day, time or place for this session only; regeneration leaves it there.
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = SessionInput,
    responses(
        (status = 200, body = Session, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/sessions/{id}")]
pub async fn move_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<SessionInput>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    answer(
        state
            .ops
            .write(auth.who(), async |ctx| {
                session_ops::move_to(ctx, *id, if_match.0, &input).await
            })
            .await?,
    )
}

/// Cancel a session, with the reason
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = Cancellation,
    responses(
        (status = 200, body = Session, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/sessions/{id}/cancel")]
pub async fn cancel(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<Cancellation>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    answer(
        state
            .ops
            .write(auth.who(), async |ctx| {
                session_ops::cancel(ctx, *id, if_match.0, &input).await
            })
            .await?,
    )
}

/// Restore a cancelled session
#[utoipa::path(
    tag = "groups",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 200, body = Session, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/sessions/{id}/restore")]
pub async fn restore(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    answer(
        state
            .ops
            .write(auth.who(), async |ctx| {
                session_ops::restore(ctx, *id, if_match.0).await
            })
            .await?,
    )
}
