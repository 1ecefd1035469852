//! The network timetable and its conflicts: `/networks/{id}/timetable`, `/conflicts`.

use actix_web::{HttpRequest, HttpResponse, get, web};
use wire::error::Lang;
use wire::group::{ConflictView, Timetable, TimetableQuery};
use wire::{Page, Problem};

use super::networks::facts;
use crate::auth::Authenticated;
use crate::error::{ApiResult, OpResult};
use crate::state::AppState;
use ops::timetable::{load, range, timetable};

use crate::http::support::lang;

async fn build(
    state: &AppState,
    auth: &Authenticated,
    id: uuid::Uuid,
    q: &TimetableQuery,
    lang: Lang,
) -> OpResult<Timetable> {
    let cap = auth.actor.read_network(&facts(state, auth, id).await?)?;
    let days = range(q, auth.today(state.clock()));
    let loaded = load(state.store.conn(), &auth.actor, &cap, days).await?;
    timetable(&loaded, q, days, lang)
}

/// The timetable of a network
///
/// Sessions of the groups the caller may read (a teacher: their own) in a range of
/// days (the current week by default), filtered by group, teacher, organization or place,
/// each with the kinds of conflicts it is in, and the conflicts with their messages.
#[utoipa::path(
    tag = "groups",
    params(("id" = uuid::Uuid, Path), TimetableQuery),
    responses(
        (status = 200, body = Timetable),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/networks/{id}/timetable")]
pub async fn network_timetable(
    state: web::Data<AppState>,
    auth: Authenticated,
    req: HttpRequest,
    id: web::Path<uuid::Uuid>,
    q: web::Query<TimetableQuery>,
) -> ApiResult<HttpResponse> {
    Ok(HttpResponse::Ok().json(build(&state, &auth, *id, &q, lang(&req)).await?))
}

/// Conflicts in a network's timetable
///
/// A teacher in two sessions at once, a place double-booked, a session on a day that is
/// not a school day of a school whose students attend, a session cutting into such a
/// school's lesson, too little time to travel between a teacher's sessions at two
/// organizations (`travel_gap_minutes`, 20 by default). Same filters as the timetable.
#[utoipa::path(
    tag = "groups",
    params(("id" = uuid::Uuid, Path), TimetableQuery),
    responses(
        (status = 200, body = Page<ConflictView>),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/networks/{id}/conflicts")]
pub async fn network_conflicts(
    state: web::Data<AppState>,
    auth: Authenticated,
    req: HttpRequest,
    id: web::Path<uuid::Uuid>,
    q: web::Query<TimetableQuery>,
) -> ApiResult<HttpResponse> {
    let t = build(&state, &auth, *id, &q, lang(&req)).await?;
    Ok(HttpResponse::Ok().json(Page {
        items: t.conflicts,
        next_cursor: None,
    }))
}
