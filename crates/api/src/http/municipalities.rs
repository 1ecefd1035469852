//! `/municipalities`: territories and their education authorities.

use actix_web::{HttpResponse, delete, get, post, put, web};
use domain::MunicipalityId;
use domain::organization::parse_external_id;
use domain::text::{clean_name, clean_optional};
use serde::Deserialize;
use store::entities::municipality::Model;
use store::municipalities::MunicipalityData;
use uuid::Uuid;
use wire::municipality::{Municipality, MunicipalityInput};
use wire::{Page, Problem};

use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, ok_with_etag,
    validate,
};
use crate::i18n::{FieldIssue, Issue};
use crate::state::AppState;

pub fn to_wire(m: &Model) -> Municipality {
    Municipality {
        id: m.id,
        name: m.name.clone(),
        region: m.region.clone(),
        authority_name: m.authority_name.clone(),
        external_id: m.external_id.clone(),
        time_zone: m.time_zone.clone(),
        version: m.version,
    }
}

fn check(input: &MunicipalityInput) -> OpResult<MunicipalityData> {
    validate(input)?;
    let mut issues = Vec::new();
    let name = clean_name(&input.name, 300)
        .map_err(|e| issues.push(FieldIssue::new("name", Issue::from(e))))
        .ok();
    let region = clean_optional(input.region.as_deref(), 300)
        .map_err(|e| issues.push(FieldIssue::new("region", Issue::from(e))))
        .ok()
        .flatten();
    let authority_name = clean_optional(input.authority_name.as_deref(), 500)
        .map_err(|e| issues.push(FieldIssue::new("authority_name", Issue::from(e))))
        .ok()
        .flatten();
    let external_id = match input
        .external_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(e) => parse_external_id(e)
            .map_err(|e| issues.push(FieldIssue::new("external_id", Issue::from(e))))
            .ok(),
        None => None,
    };
    let time_zone = match input.time_zone.as_deref().map(str::trim) {
        None => Some(ops::TimeZone::default()),
        Some(z) => ops::TimeZone::parse(z)
            .ok_or_else(|| issues.push(FieldIssue::new("time_zone", Issue::TimeZone)))
            .ok(),
    };
    match (name, time_zone) {
        (Some(name), Some(zone)) if issues.is_empty() => Ok(MunicipalityData {
            name,
            region,
            authority_name,
            external_id,
            time_zone: zone.name().to_owned(),
        }),
        _ => Err(OpError::Validation(issues)),
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
#[serde(deny_unknown_fields)]
pub struct Paging {
    pub limit: Option<u32>,
    pub cursor: Option<String>,
}

/// List municipalities
///
/// All for the administrator; one's own for everyone else.
#[utoipa::path(
    tag = "municipalities",
    params(Paging),
    responses(
        (status = 200, body = Page<Municipality>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/municipalities")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    q: web::Query<Paging>,
) -> ApiResult<HttpResponse> {
    let (rows, next) = store::municipalities::list(
        state.store.read(),
        auth.actor.municipality_filter(),
        q.limit,
        q.cursor.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(Page {
        items: rows.iter().map(to_wire).collect(),
        next_cursor: next,
    }))
}

/// Get a municipality
#[utoipa::path(
    tag = "municipalities",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Municipality, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/municipalities/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let cap = auth.actor.read_municipality(MunicipalityId(*id))?;
    let m = store::municipalities::get(state.store.read(), &cap).await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)))
}

/// Create a municipality (administrator)
#[utoipa::path(
    tag = "municipalities",
    params(("Idempotency-Key" = Option<String>, Header)),
    request_body = MunicipalityInput,
    responses(
        (status = 201, body = Municipality, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/municipalities")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Authenticated,
    key: IdempotencyKey,
    body: Json<MunicipalityInput>,
) -> ApiResult<HttpResponse> {
    let id = store::municipalities::next_id();
    let cap = match auth.actor.manage_municipality(id) {
        Ok(c) => c,
        // A new id is in nobody's scope yet: only the forbidden case is meaningful.
        Err(_) => return Err(OpError::code(wire::ErrorCode::Forbidden).into()),
    };
    let data = check(&body)?;
    let req = CreateRequest {
        path: "/municipalities",
        body: &*body,
        location: municipality_url,
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        let tx = ctx.db;
        let m = store::municipalities::create(tx, &cap, &data, &auth.audit).await?;
        Created::new(&to_wire(&m))
    })
    .await
}

/// Replace a municipality (administrator)
#[utoipa::path(
    tag = "municipalities",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = MunicipalityInput,
    responses(
        (status = 200, body = Municipality, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "External id taken", body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/municipalities/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<MunicipalityInput>,
) -> ApiResult<HttpResponse> {
    let cap = auth.actor.manage_municipality(MunicipalityId(*id))?;
    let data = check(&body)?;
    let tx = state.store.begin().await?;
    let m = store::municipalities::update(&tx, &cap, if_match.0, &data, &auth.audit).await?;
    tx.commit().await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)))
}

/// Delete a municipality without organizations (administrator)
#[utoipa::path(
    tag = "municipalities",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Still has organizations", body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/municipalities/{id}")]
pub async fn remove(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    let cap = auth.actor.manage_municipality(MunicipalityId(*id))?;
    let tx = state.store.begin().await?;
    store::municipalities::delete(&tx, &cap, if_match.0, &auth.audit).await?;
    tx.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

fn municipality_url(id: Uuid) -> String {
    wire::routes::municipality(id)
}
