//! Yearly figures: `/organizations/{id}/figures[/{year}]`.

use actix_web::{HttpResponse, get, put, web};
use domain::AcademicYear;
use store::entities::organization_figures::Model;
use uuid::Uuid;
use wire::Problem;
use wire::figures::{YearlyFigures, YearlyFiguresInput};

use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{IfMatch, Json, etag, ok_with_etag, validate};
use crate::i18n::Issue;
use crate::state::AppState;

fn to_wire(m: &Model) -> YearlyFigures {
    let year = u16::try_from(m.academic_year)
        .ok()
        .and_then(|y| AcademicYear::starting(y).ok())
        .map(|y| y.to_string())
        .unwrap_or_default();
    YearlyFigures {
        organization_id: m.organization_id,
        academic_year: year,
        students_total: m.students_total,
        teachers_total: m.teachers_total,
        version: m.version,
    }
}

fn parse_year(raw: &str) -> OpResult<AcademicYear> {
    AcademicYear::parse(raw).map_err(|_| OpError::field("academic_year", Issue::AcademicYear))
}

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
    Ok(HttpResponse::Ok().json(rows.iter().map(to_wire).collect::<Vec<_>>()))
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
    Ok(ok_with_etag(m.version, &to_wire(&m)))
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
    let c = state.store.conn();
    let facts = store::organizations::facts(c, id)
        .await?
        .ok_or_else(OpError::not_found)?;
    let cap = auth.actor.manage_school_records(&facts)?;
    let year = parse_year(&year)?;
    validate(&*body)?;
    let (m, created) = state
        .ops
        .write(auth.who(), async |ctx| {
            let tx = ctx.db;
            let (m, created) = store::figures::upsert(
                tx,
                &cap,
                year,
                if_match.0,
                body.students_total,
                body.teachers_total,
                &auth.audit,
            )
            .await?;
            Ok((m, created))
        })
        .await?;
    if created {
        Ok(HttpResponse::Created()
            .insert_header(("ETag", etag(m.version)))
            .json(to_wire(&m)))
    } else {
        Ok(ok_with_etag(m.version, &to_wire(&m)))
    }
}
