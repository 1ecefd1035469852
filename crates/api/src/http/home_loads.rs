//! The home curriculum's weekly hours: `/organizations/{id}/home-loads/{year}`.

use actix_web::{HttpResponse, get, put, web};
use uuid::Uuid;
use wire::Problem;
use wire::enrolment::HomeLoads;

use crate::auth::Authenticated;
use crate::error::ApiResult;
use crate::http::support::Json;
use crate::state::AppState;

/// Get a school's weekly curriculum hours of a year
///
/// Hours a week of the home curriculum per grade: what the weekly-load rule of an
/// enrolment starts from. The school's own record, like its yearly figures. `year` is
/// `2026-2027`.
#[utoipa::path(
    tag = "enrolments",
    params(("id" = Uuid, Path), ("year" = String, Path, pattern = r"^\d{4}-\d{4}$")),
    responses(
        (status = 200, body = HomeLoads),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organizations/{id}/home-loads/{year}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, String)>,
) -> ApiResult<HttpResponse> {
    let (org, year) = path.into_inner();
    let loads = ops::home_loads::get(&state.ops.reader(auth.who()), org, &year).await?;
    Ok(HttpResponse::Ok().json(loads))
}

/// Set a school's weekly curriculum hours of a year
///
/// Replaces the whole table of the year; each grade at most once.
#[utoipa::path(
    tag = "enrolments",
    params(("id" = Uuid, Path), ("year" = String, Path, pattern = r"^\d{4}-\d{4}$")),
    request_body = HomeLoads,
    responses(
        (status = 200, body = HomeLoads),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/organizations/{id}/home-loads/{year}")]
pub async fn put_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, String)>,
    body: Json<HomeLoads>,
) -> ApiResult<HttpResponse> {
    let (org, year) = path.into_inner();
    let loads = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::home_loads::put(ctx, org, &year, &body).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(loads))
}
