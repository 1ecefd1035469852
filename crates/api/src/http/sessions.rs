//! Sessions of a group: `/groups/{id}/sessions[/generate]`, `/sessions/{id}[/cancel|/restore]`.

use actix_web::{HttpResponse, get, post, put, web};
use domain::AcademicYear;
use domain::timetable::Planned;
use store::sessions::Edit;
use uuid::Uuid;
use wire::group::{Cancellation, Generation, Session, SessionInput, SessionQuery};
use wire::{Page, Problem};

use super::groups::group_access;
use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, ok_with_etag,
    validate,
};
use crate::i18n::{FieldIssue, Issue};
use crate::state::AppState;
use ops::groups::check_place;
use ops::timetable::session_view;

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

/// A session by hand, checked: its length, its day inside the group's academic year, and
/// a place of its own as a group's place is checked.
fn planned_of(
    input: &SessionInput,
    g: &store::groups::Group,
    network: &domain::access::NetworkFacts,
) -> OpResult<Planned> {
    let mut issues = Vec::new();
    let minutes = (input.end - input.start).num_minutes();
    if !(10..=240).contains(&minutes) {
        issues.push(FieldIssue::new("end", Issue::Duration));
    }
    let year = AcademicYear::starting(u16::try_from(g.academic_year).unwrap_or(0))
        .map_err(|_| OpError::Internal("a group without a valid year".into()))?;
    let (first, last) = domain::calendar::year_bounds(year);
    if input.date < first || last < input.date {
        issues.push(FieldIssue::new("date", Issue::OutsideYear));
    }
    if let Some(p) = &input.place {
        check_place(p, "place", network, &mut issues);
    }
    if !issues.is_empty() {
        return Err(OpError::Validation(issues));
    }
    Ok(Planned {
        slot: Uuid::nil(),
        date: input.date,
        start: input.start,
        end: input.end,
        place: input.place.clone(),
    })
}

/// The group of a session, checked, and the group's usual place.
async fn session_group(
    state: &AppState,
    auth: &Authenticated,
    session: Uuid,
) -> OpResult<(domain::access::GroupAccess, Uuid)> {
    let group = store::sessions::group_of(state.store.conn(), session)
        .await?
        .ok_or_else(OpError::not_found)?;
    Ok((group_access(state, auth, group).await?, group))
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
    let access = group_access(&state, &auth, *id).await?;
    let cap = auth.actor.manage_group(&access)?;
    let read = auth.actor.read_group(&access)?;
    let g = store::groups::get(state.store.conn(), &read).await?;
    let p = planned_of(&body, &g, &access.network)?;
    let place = g.place.clone();
    let path = wire::routes::group_sessions(*id);
    let req = CreateRequest {
        path: &path,
        body: &*body,
        location: |id| wire::routes::session(id),
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        let tx = ctx.db;
        let m = store::sessions::add(tx, &cap, &p, &auth.audit).await?;
        Created::new(&session_view(&m, &place)?)
    })
    .await
}

async fn edit(
    state: &AppState,
    auth: &Authenticated,
    id: Uuid,
    if_match: IfMatch,
    e: Edit,
) -> ApiResult<HttpResponse> {
    let (access, _) = session_group(state, auth, id).await?;
    let cap = auth.actor.manage_group(&access)?;
    let read = auth.actor.read_group(&access)?;
    let (g, m) = state
        .ops
        .write(auth.who(), async |ctx| {
            let tx = ctx.db;
            let g = store::groups::get(tx, &read).await?;
            let m = store::sessions::edit(tx, &cap, id, if_match.0, &e, &auth.audit).await?;
            Ok((g, m))
        })
        .await?;
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
    let (access, _) = session_group(&state, &auth, *id).await?;
    let read = auth.actor.read_group(&access)?;
    let c = state.store.read();
    let g = store::groups::get(c, &read).await?;
    let m = store::sessions::get(c, &read, *id).await?;
    Ok(ok_with_etag(m.version, &session_view(&m, &g.place)?))
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
    let (access, _) = session_group(&state, &auth, *id).await?;
    let read = auth.actor.read_group(&access)?;
    let g = store::groups::get(state.store.conn(), &read).await?;
    let p = planned_of(&body, &g, &access.network)?;
    let e = Edit::Move {
        date: p.date,
        start: p.start,
        end: p.end,
        place: p.place,
    };
    edit(&state, &auth, *id, if_match, e).await
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
    validate(&*body)?;
    // As the document states: some visible character, no control characters.
    let reason = domain::text::clean_name(&body.reason, 500)
        .map_err(|e| OpError::field("reason", Issue::from(e)))?;
    let e = Edit::Cancel { reason };
    edit(&state, &auth, *id, if_match, e).await
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
    edit(&state, &auth, *id, if_match, Edit::Restore).await
}
