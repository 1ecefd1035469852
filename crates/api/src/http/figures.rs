//! Yearly figures: `/organizations/{id}/figures[/{year}]`.

use actix_web::{HttpResponse, get, put, web};
use uuid::Uuid;
use wire::Problem;
use wire::figures::{YearlyFigures, YearlyFiguresInput};

use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{IfMatch, Json, etag, ok_with_etag};
use crate::state::AppState;
use ops::figures::{self, parse_year, to_wire};

/// List the yearly figures of an organization
///
/// Newest year first.
#[utoipa::path(
    tag = "organizations",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Vec<YearlyFigures>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A network partner school: its figures stay with it and the authority", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organizations/{id}/figures")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let c = state.store.read();
    let facts = store::organizations::facts(c, *id)
        .await?
        .ok_or_else(OpError::not_found)?;
    let cap = auth.actor.read_school_records(&facts)?;
    let rows = store::figures::list(c, &cap).await?;
    Ok(HttpResponse::Ok().json(rows.iter().map(to_wire).collect::<OpResult<Vec<_>>>()?))
}

/// Get the figures of one academic year
#[utoipa::path(
    tag = "organizations",
    params(("id" = Uuid, Path), ("year" = String, Path, description = "Academic year as 2021-2022")),
    responses(
        (status = 200, body = YearlyFigures, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "A network partner school: its figures stay with it and the authority", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organizations/{id}/figures/{year}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, String)>,
) -> ApiResult<HttpResponse> {
    let (id, year) = path.into_inner();
    let c = state.store.read();
    let facts = store::organizations::facts(c, id)
        .await?
        .ok_or_else(OpError::not_found)?;
    let cap = auth.actor.read_school_records(&facts)?;
    let m = store::figures::get(c, &cap, parse_year(&year)?).await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Set the figures of one academic year
///
/// Creates (201) or replaces (200) the students and teachers totals of the year.
#[utoipa::path(
    tag = "organizations",
    params(("id" = Uuid, Path), ("year" = String, Path, description = "Academic year as 2021-2022"), ("If-Match" = Option<String>, Header)),
    request_body = YearlyFiguresInput,
    responses(
        (status = 200, body = YearlyFigures, headers(("ETag" = String))),
        (status = 201, body = YearlyFigures, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/organizations/{id}/figures/{year}")]
pub async fn put_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, String)>,
    if_match: IfMatch,
    body: Json<YearlyFiguresInput>,
) -> ApiResult<HttpResponse> {
    let (id, year) = path.into_inner();
    let input = body.into_inner();
    let (m, created) = state
        .ops
        .write(auth.who(), async |ctx| {
            figures::set(ctx, id, &year, &input, if_match.0).await
        })
        .await?;
    if created {
        Ok(HttpResponse::Created()
            .insert_header(("ETag", etag(m.version)))
            .json(to_wire(&m)?))
    } else {
        Ok(ok_with_etag(m.version, &to_wire(&m)?))
    }
}
