//! Attendance: `/sessions/{id}/register`, `/groups/{id}/attendance`,
//! `/organizations/{id}/absences` and `/networks/{id}/untaken-registers`. Reads show
//! students' data and are audited, so they run in a transaction.

use actix_web::{HttpResponse, get, put, web};
use uuid::Uuid;
use wire::attendance::{
    AbsenceLine, AbsenceQuery, GroupAttendance, Register, RegisterInput, UntakenQuery,
    UntakenRegister,
};
use wire::{Page, Problem};

use crate::auth::Authenticated;
use crate::error::ApiResult;
use crate::http::support::{IfMatch, Json, ok_with_etag, whole_page};
use crate::state::AppState;

/// Get a session's register
///
/// The students on it (in the teaching view) with their marks, who took it and when; a
/// home school sees its own students. `version` 0 while it is not taken.
#[utoipa::path(
    tag = "attendance",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Register, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/sessions/{id}/register")]
pub async fn get_register(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let r = state
        .ops
        .write(auth.who(), async |ctx| ops::attendance::get(ctx, *id).await)
        .await?;
    Ok(ok_with_etag(r.version, &r))
}

/// Take a session's register
///
/// The group's teacher (or the provider's administration) marks every student of the
/// group at once, after the session has ended. A correction more than 48 hours after the
/// session (in the school's time) needs a `reason`; each change is audited with the
/// marks before and after.
#[utoipa::path(
    tag = "attendance",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = RegisterInput,
    responses(
        (status = 200, body = Register, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/sessions/{id}/register")]
pub async fn put_register(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<RegisterInput>,
) -> ApiResult<HttpResponse> {
    let r = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::attendance::put(ctx, *id, if_match.0, &body).await
        })
        .await?;
    Ok(ok_with_etag(r.version, &r))
}

/// A group's attendance
///
/// Students × sessions: a mark (or none) per session with each student's tally; a home
/// school sees its own students' rows.
#[utoipa::path(
    tag = "attendance",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = GroupAttendance),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/groups/{id}/attendance")]
pub async fn of_group(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let a = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::attendance::of_group(ctx, *id).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(a))
}

/// Students absent too often
///
/// The home school's students whose absences in network groups over the period exceed
/// the threshold: more than `share` percent of the marked sessions (20 unless given) or
/// more than `count` absences.
#[utoipa::path(
    tag = "attendance",
    params(("id" = Uuid, Path), AbsenceQuery),
    responses(
        (status = 200, body = Page<AbsenceLine>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organizations/{id}/absences")]
pub async fn absences(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    q: web::Query<AbsenceQuery>,
) -> ApiResult<HttpResponse> {
    let items = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::attendance::absences(ctx, *id, &q).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(whole_page(items)))
}

/// Registers not taken
///
/// Sessions of the network's groups (with students) that have ended without a register;
/// a teacher sees those of their groups.
#[utoipa::path(
    tag = "attendance",
    params(("id" = Uuid, Path), UntakenQuery),
    responses(
        (status = 200, body = Page<UntakenRegister>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/networks/{id}/untaken-registers")]
pub async fn untaken(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    q: web::Query<UntakenQuery>,
) -> ApiResult<HttpResponse> {
    let items =
        ops::attendance::untaken_read(&state.ops.reader(auth.who()), *id, q.provider_id).await?;
    Ok(HttpResponse::Ok().json(whole_page(items)))
}
