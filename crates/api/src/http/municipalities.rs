//! `/municipalities`: territories and their education authorities.

use actix_web::{HttpResponse, delete, get, post, put, web};
use domain::MunicipalityId;
use serde::Deserialize;
use store::entities::municipality::Model;
use uuid::Uuid;
use wire::municipality::{Municipality, MunicipalityInput};
use wire::{Page, Problem};

use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, ok_with_etag,
};
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
    let data = ops::municipalities::check(&body)?;
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
    let m = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::records::update_municipality(ctx, *id, if_match.0, &body).await
        })
        .await?;
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
    state
        .ops
        .write(auth.who(), async |ctx| {
            ops::records::delete_municipality(ctx, *id, if_match.0).await
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

fn municipality_url(id: Uuid) -> String {
    wire::routes::municipality(id)
}
