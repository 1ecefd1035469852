//! School calendars: `/organizations/{id}/calendars[/{year}[/copy]]`, and their
//! comparison for a network or any set of schools.

use actix_web::http::header::LOCATION;
use actix_web::{HttpResponse, delete, get, post, put, web};
use domain::AcademicYear;
use domain::calendar::compare::{Entry, compare};
use domain::calendar::{Calendar, CalendarContent};
use uuid::Uuid;
use wire::calendar::{
    CalendarComparison, CalendarSummary, ComparedSchool, ComparisonQuery, SchoolCalendar,
};
use wire::{Page, Problem};

use super::networks::facts as network_facts;
use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{IfMatch, Json, etag, ok_with_etag};
use crate::state::AppState;
use ops::calendar_ops;
use ops::calendars::{parse_year, summary, to_wire};

async fn org_facts(state: &AppState, id: Uuid) -> OpResult<domain::access::OrgFacts> {
    store::organizations::facts(state.store.conn(), id)
        .await?
        .ok_or_else(OpError::not_found)
}

/// List the calendars of an organization
///
/// One per academic year, newest first.
#[utoipa::path(
    tag = "calendars",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Page<CalendarSummary>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organizations/{id}/calendars")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let cap = auth
        .actor
        .read_organization(&org_facts(&state, *id).await?)?;
    let rows = store::calendars::list(state.store.read(), &cap).await?;
    let items = rows.iter().map(summary).collect::<OpResult<Vec<_>>>()?;
    Ok(HttpResponse::Ok().json(Page {
        items,
        next_cursor: None,
    }))
}

/// Get the calendar of an academic year
#[utoipa::path(
    tag = "calendars",
    params(("id" = Uuid, Path), ("year" = String, Path, example = "2021-2022")),
    responses(
        (status = 200, body = SchoolCalendar, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organizations/{id}/calendars/{year}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, String)>,
) -> ApiResult<HttpResponse> {
    let (id, year) = path.into_inner();
    let year = parse_year(&year)?;
    let cap = auth
        .actor
        .read_organization(&org_facts(&state, id).await?)?;
    let m = store::calendars::get(state.store.read(), &cap, year).await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Create or replace the calendar of an academic year
///
/// The school's administration (or the authority). Terms must lie inside the year
/// (1 September – 31 August) in order without overlapping; holidays inside the year;
/// lessons of a bell schedule numbered once and in order. With `If-Match` a replacement
/// is refused when the calendar changed since it was read.
#[utoipa::path(
    tag = "calendars",
    params(("id" = Uuid, Path), ("year" = String, Path, example = "2021-2022"), ("If-Match" = Option<String>, Header)),
    request_body = CalendarContent,
    responses(
        (status = 200, description = "Replaced", body = SchoolCalendar, headers(("ETag" = String))),
        (status = 201, description = "Created", body = SchoolCalendar, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/organizations/{id}/calendars/{year}")]
pub async fn put_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, String)>,
    if_match: IfMatch,
    body: Json<CalendarContent>,
) -> ApiResult<HttpResponse> {
    let (id, raw_year) = path.into_inner();
    let year = parse_year(&raw_year)?;
    let content = body.into_inner();
    let (m, created) = state
        .ops
        .write(auth.who(), async |ctx| {
            calendar_ops::put(ctx, id, year, content, if_match.0).await
        })
        .await?;
    let view = to_wire(&m)?;
    if created {
        Ok(HttpResponse::Created()
            .insert_header(("ETag", etag(m.version)))
            .insert_header((
                LOCATION,
                wire::routes::organization_calendar(id, &view.year),
            ))
            .json(view))
    } else {
        Ok(ok_with_etag(m.version, &view))
    }
}

/// Delete the calendar of an academic year
#[utoipa::path(
    tag = "calendars",
    params(("id" = Uuid, Path), ("year" = String, Path, example = "2021-2022"), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/organizations/{id}/calendars/{year}")]
pub async fn remove(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, String)>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    let (id, year) = path.into_inner();
    let year = parse_year(&year)?;
    state
        .ops
        .write(auth.who(), async |ctx| {
            calendar_ops::delete(ctx, id, year, if_match.0).await
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Copy a calendar to the next academic year
///
/// Every date moves to the same day of the next year, for the school to adjust. The next
/// year must have no calendar yet (409).
#[utoipa::path(
    tag = "calendars",
    params(("id" = Uuid, Path), ("year" = String, Path, example = "2021-2022")),
    responses(
        (status = 201, body = SchoolCalendar, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "The next year has a calendar", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organizations/{id}/calendars/{year}/copy")]
pub async fn copy(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, String)>,
) -> ApiResult<HttpResponse> {
    let (id, year) = path.into_inner();
    let year = parse_year(&year)?;
    let m = state
        .ops
        .write(auth.who(), async |ctx| {
            calendar_ops::copy(ctx, id, year).await
        })
        .await?;
    let view = to_wire(&m)?;
    Ok(HttpResponse::Created()
        .insert_header(("ETag", etag(m.version)))
        .insert_header((
            LOCATION,
            wire::routes::organization_calendar(id, &view.year),
        ))
        .json(view))
}

/// Compares the calendars of schools the caller may read.
async fn comparison_of(
    state: &AppState,
    year: AcademicYear,
    orgs: &[Uuid],
) -> OpResult<CalendarComparison> {
    let c = state.store.conn();
    let rows = store::calendars::of_organizations(c, orgs, year).await?;
    let names = store::organizations::names(c, orgs).await?;
    let mut calendars: Vec<(Uuid, Calendar)> = Vec::new();
    for org in orgs {
        if let Some(m) = rows.iter().find(|m| m.organization_id == *org) {
            calendars.push((*org, store::calendars::calendar_of(m)?));
        }
    }
    let entries: Vec<Entry<'_>> = calendars
        .iter()
        .map(|(o, cal)| Entry {
            organization: domain::OrganizationId(*o),
            calendar: cal,
        })
        .collect();
    let schools = orgs
        .iter()
        .map(|o| ComparedSchool {
            id: *o,
            short_name: names
                .iter()
                .find(|(id, _)| id == o)
                .map(|(_, n)| n.clone())
                .unwrap_or_default(),
            has_calendar: calendars.iter().any(|(id, _)| id == o),
        })
        .collect();
    Ok(CalendarComparison {
        schools,
        comparison: compare(year, &entries),
    })
}

/// Compare the calendars of a network's members
///
/// Days that are school days for some members and not for others (as ranges, with the
/// reason for each school), term boundaries and lesson times that differ, and school days
/// per school. Members without a calendar for the year are listed but not compared.
#[utoipa::path(
    tag = "calendars",
    params(("id" = Uuid, Path), ComparisonQuery),
    responses(
        (status = 200, body = CalendarComparison),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/networks/{id}/calendar-comparison")]
pub async fn network_comparison(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    q: web::Query<ComparisonQuery>,
) -> ApiResult<HttpResponse> {
    let year = parse_year(&q.year)?;
    let n = network_facts(&state, &auth, *id).await?;
    auth.actor.read_network(&n)?;
    let orgs: Vec<Uuid> = n.members.iter().map(|m| m.as_uuid()).collect();
    Ok(HttpResponse::Ok().json(comparison_of(&state, year, &orgs).await?))
}

/// Compare the calendars of any schools
///
/// `organization_ids` lists them, comma-separated; each must be visible to the caller.
#[utoipa::path(
    tag = "calendars",
    params(ComparisonQuery),
    responses(
        (status = 200, body = CalendarComparison),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/calendars/comparison")]
pub async fn comparison(
    state: web::Data<AppState>,
    auth: Authenticated,
    q: web::Query<ComparisonQuery>,
) -> ApiResult<HttpResponse> {
    let year = parse_year(&q.year)?;
    let mut orgs: Vec<Uuid> = Vec::new();
    let ids = q.organization_ids.as_deref().unwrap_or("");
    if !ids.is_empty() && ids.split(',').count() > 200 {
        return Err(
            OpError::field("organization_ids", crate::i18n::Issue::TooMany { max: 200 }).into(),
        );
    }
    for raw in ids.split(',').filter(|_| !ids.is_empty()) {
        // Exactly the documented form: hyphenated ids, commas, nothing else.
        let hyphenated = raw.len() == 36
            && raw.char_indices().all(|(i, c)| {
                if matches!(i, 8 | 13 | 18 | 23) {
                    c == '-'
                } else {
                    c.is_ascii_hexdigit()
                }
            });
        let id: Uuid = raw
            .parse()
            .ok()
            .filter(|_| hyphenated)
            .ok_or_else(|| OpError::field("organization_ids", crate::i18n::Issue::Invalid))?;
        auth.actor
            .read_organization(&org_facts(&state, id).await?)?;
        if !orgs.contains(&id) {
            orgs.push(id);
        }
    }
    Ok(HttpResponse::Ok().json(comparison_of(&state, year, &orgs).await?))
}
