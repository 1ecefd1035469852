//! `/organizations`: the registry of schools and other organizations.

use actix_web::{HttpResponse, delete, get, post, put, web};
use store::organizations::{OrganizationFilter, OrganizationOrder};
use uuid::Uuid;
use wire::organization::{Organization, OrganizationInput, OrganizationQuery, OrganizationSort};
use wire::{Page, Problem};

use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, ok_with_etag,
};
use crate::state::AppState;
use ops::organization_ops::Upserted;
use ops::organizations::{check_input, create_capability, to_wire};

fn order(s: Option<OrganizationSort>) -> OrganizationOrder {
    match s.unwrap_or_default() {
        OrganizationSort::ShortName => OrganizationOrder::Name,
        OrganizationSort::ShortNameDesc => OrganizationOrder::NameDesc,
        OrganizationSort::CreatedAt => OrganizationOrder::Created,
        OrganizationSort::CreatedAtDesc => OrganizationOrder::CreatedDesc,
    }
}

/// List organizations
///
/// Organizations visible to the caller, filtered and paged by cursor. Sorted by short
/// name (ties by id) unless `sort` says otherwise.
#[utoipa::path(
    tag = "organizations",
    params(OrganizationQuery),
    responses(
        (status = 200, body = Page<Organization>),
        (status = 400, description = "Invalid filter or cursor", body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organizations")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    q: web::Query<OrganizationQuery>,
) -> ApiResult<HttpResponse> {
    let q = q.into_inner();
    let filter = OrganizationFilter {
        municipality_id: q.municipality_id,
        kind: q.kind,
        low_results: q.low_results,
        adverse_conditions: q.adverse_conditions,
        active: q.active,
        q: q.q,
    };
    let (rows, next) = store::organizations::list(
        state.store.read(),
        &auth.actor.visibility(),
        &filter,
        order(q.sort),
        q.limit,
        q.cursor.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(Page {
        items: rows.iter().map(to_wire).collect::<OpResult<Vec<_>>>()?,
        next_cursor: next,
    }))
}

/// Get an organization
#[utoipa::path(
    tag = "organizations",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Organization, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such organization in the caller's scope", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organizations/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    // The row and the decision in one query: its facts grant the capability or 404.
    let m = store::organizations::get_checked(state.store.read(), *id, |f| {
        auth.actor.read_organization(f).map_err(OpError::from)
    })
    .await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Create an organization
///
/// Admins create anywhere; the authority and integrations in their municipality. Send an
/// `Idempotency-Key` to make retries safe.
#[utoipa::path(
    tag = "organizations",
    request_body = OrganizationInput,
    params(("Idempotency-Key" = Option<String>, Header, description = "Makes a retried create return the first result")),
    responses(
        (status = 201, body = Organization, headers(("ETag" = String), ("Location" = String))),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "External id taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organizations")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Authenticated,
    key: IdempotencyKey,
    body: Json<OrganizationInput>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    let cap = create_capability(&auth.actor, input.municipality_id)?;
    let data = check_input(state.store.conn(), &input, None).await?;
    let req = CreateRequest {
        path: "/organizations",
        body: &input,
        location: organization_url,
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        let tx = ctx.db;
        let m = store::organizations::create(tx, &cap, &data, &auth.audit).await?;
        Created::new(&to_wire(&m)?)
    })
    .await
}

/// Replace an organization
///
/// Send `If-Match` with the `ETag` you read; a school administrator may change only the
/// names, address and INN of their own school.
#[utoipa::path(
    tag = "organizations",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header, description = "ETag of the version being replaced")),
    request_body = OrganizationInput,
    responses(
        (status = 200, body = Organization, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "Changed since read", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/organizations/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<OrganizationInput>,
) -> ApiResult<HttpResponse> {
    let m = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::organization_ops::update(ctx, *id, if_match.0, &body).await
        })
        .await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Create or replace an organization by external id
///
/// The upsert of regional systems: the organization with this `external_id` in the
/// body's municipality is replaced (200) or created (201). Repeating it changes nothing.
#[utoipa::path(
    tag = "organizations",
    params(("external_id" = String, Path)),
    request_body = OrganizationInput,
    responses(
        (status = 200, body = Organization, headers(("ETag" = String))),
        (status = 201, body = Organization, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/organizations/by-external-id/{external_id}")]
pub async fn upsert_by_external_id(
    state: web::Data<AppState>,
    auth: Authenticated,
    external_id: web::Path<String>,
    if_match: IfMatch,
    body: Json<OrganizationInput>,
) -> ApiResult<HttpResponse> {
    let mut input = body.into_inner();
    let ext = ops::organization_ops::external_id_of(&external_id, &mut input)?;
    let done = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::organization_ops::upsert_by_external_id(ctx, &ext, if_match.0, &input).await
        })
        .await?;
    Ok(match done {
        Upserted::Replaced(m) => ok_with_etag(m.version, &to_wire(&m)?),
        Upserted::Created(m) => HttpResponse::Created()
            .insert_header(("ETag", crate::http::support::etag(m.version)))
            .insert_header(("Location", wire::routes::organization(m.id)))
            .json(to_wire(&m)?),
    })
}

/// Delete an organization
///
/// A soft delete: the record leaves every list but stays in the audit history.
#[utoipa::path(
    tag = "organizations",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Has branches", body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/organizations/{id}")]
pub async fn remove(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    state
        .ops
        .write(auth.who(), async |ctx| {
            ops::organization_ops::delete(ctx, *id, if_match.0).await
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

fn organization_url(id: Uuid) -> String {
    wire::routes::organization(id)
}
