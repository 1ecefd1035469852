//! Network programmes: `/networks/{id}/programmes` and `/programmes/{id}`.

use actix_web::{HttpResponse, delete, get, post, put, web};
use uuid::Uuid;
use wire::programme::{Programme, ProgrammeInput, ProgrammeQuery};
use wire::{Page, Problem};

use super::networks::facts;
use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, ok_with_etag,
};
use crate::state::AppState;
use ops::programmes::{check, to_wire};

async fn network_facts_of(
    state: &AppState,
    auth: &Authenticated,
    programme: Uuid,
) -> OpResult<domain::access::NetworkFacts> {
    let network = store::programmes::network_of(state.store.conn(), programme)
        .await?
        .ok_or_else(OpError::not_found)?;
    facts(state, auth, network).await
}

/// List the programmes of a network
#[utoipa::path(
    tag = "programmes",
    params(("id" = Uuid, Path), ProgrammeQuery),
    responses(
        (status = 200, body = Page<Programme>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/networks/{id}/programmes")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    q: web::Query<ProgrammeQuery>,
) -> ApiResult<HttpResponse> {
    let cap = auth.actor.read_network(&facts(&state, &auth, *id).await?)?;
    let (rows, next) = store::programmes::list(
        state.store.read(),
        &cap,
        q.q.as_deref(),
        q.limit,
        q.cursor.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(Page {
        items: rows.iter().map(to_wire).collect::<OpResult<Vec<_>>>()?,
        next_cursor: next,
    }))
}

/// Add a programme to a network
///
/// The coordinator, the authority or the administrator; providers must be members.
#[utoipa::path(
    tag = "programmes",
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    request_body = ProgrammeInput,
    responses(
        (status = 201, body = Programme, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Code already used in the network", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/networks/{id}/programmes")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    key: IdempotencyKey,
    body: Json<ProgrammeInput>,
) -> ApiResult<HttpResponse> {
    let f = facts(&state, &auth, *id).await?;
    let cap = auth.actor.manage_network(&f)?;
    let input = body.into_inner();
    let data = check(&input, &f)?;
    let path = wire::routes::network_programmes(*id);
    let req = CreateRequest {
        path: &path,
        body: &input,
        location: programme_url,
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        let tx = ctx.db;
        let m = store::programmes::create(tx, &cap, &data, &auth.audit).await?;
        Created::new(&to_wire(&m)?)
    })
    .await
}

/// Get a programme
#[utoipa::path(
    tag = "programmes",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Programme, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/programmes/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let cap = auth
        .actor
        .read_network(&network_facts_of(&state, &auth, *id).await?)?;
    let m = store::programmes::get(state.store.read(), &cap, *id).await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Replace a programme
#[utoipa::path(
    tag = "programmes",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = ProgrammeInput,
    responses(
        (status = 200, body = Programme, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/programmes/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<ProgrammeInput>,
) -> ApiResult<HttpResponse> {
    let m = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::records::update_programme(ctx, *id, if_match.0, &body).await
        })
        .await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Delete a programme
#[utoipa::path(
    tag = "programmes",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/programmes/{id}")]
pub async fn remove(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    state
        .ops
        .write(auth.who(), async |ctx| {
            ops::records::delete_programme(ctx, *id, if_match.0).await
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

fn programme_url(id: Uuid) -> String {
    wire::routes::programme(id)
}
