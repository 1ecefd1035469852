//! `/networks/{id}/agreements` and `/agreements/{id}`: drafting, signing by each party,
//! termination and versions (supplementary agreements).

use actix_web::{HttpResponse, get, post, put, web};
use domain::OrganizationId;
use domain::agreement::{CoverageQuery as DomainQuery, Transition, find_cover};
use store::agreements::{Loaded, Update};
use uuid::Uuid;
use wire::agreement::{
    Agreement, AgreementInput, Coverage, CoverageQuery, SignRequest, Termination,
};
use wire::{Page, Problem};

use super::networks::facts;
use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, ok_with_etag,
};
use crate::state::AppState;
use ops::agreements::to_wire;

async fn access(
    state: &AppState,
    auth: &Authenticated,
    id: Uuid,
) -> OpResult<domain::access::AgreementAccess> {
    ops::facts::agreement(&state.ops.reader(auth.who()), id).await
}

/// List the agreements of a network
///
/// Only the agreements the caller may read: its own organization's, or all for those who
/// manage the network.
#[utoipa::path(
    tag = "agreements",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Page<Agreement>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/networks/{id}/agreements")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let f = facts(&state, &auth, *id).await?;
    let cap = auth.actor.read_network(&f)?;
    let mut items = Vec::new();
    let today = store::networks::today_of(state.store.read(), *id, state.clock()).await?;
    for a in store::agreements::of_network(state.store.read(), &cap).await? {
        if auth.actor.read_agreement(&a.access(f.clone())).is_ok() {
            items.push(to_wire(&a, today));
        }
    }
    Ok(HttpResponse::Ok().json(Page {
        items,
        next_cursor: None,
    }))
}

/// Draft an agreement in a network
///
/// The coordinator, the authority, or the administration of the base organization.
/// Parties must be members of the network; programmes must be the network's.
#[utoipa::path(
    tag = "agreements",
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    request_body = AgreementInput,
    responses(
        (status = 201, body = Agreement, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/networks/{id}/agreements")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    key: IdempotencyKey,
    body: Json<AgreementInput>,
) -> ApiResult<HttpResponse> {
    let path = wire::routes::network_agreements(*id);
    let req = CreateRequest {
        path: &path,
        body: &*body,
        location: agreement_url,
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        let loaded = ops::agreement_ops::create(ctx, *id, &body).await?;
        let today = store::networks::today_of(ctx.db, *id, ctx.clock).await?;
        Created::new(&to_wire(&loaded, today))
    })
    .await
}

/// Get an agreement with its signatures and status
#[utoipa::path(
    tag = "agreements",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Agreement, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/agreements/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let cap = auth
        .actor
        .read_agreement(&access(&state, &auth, *id).await?)?;
    let a = store::agreements::get(state.store.read(), &cap).await?;
    Ok(ok_with_etag(a.row.version, &wire_of(&state, &a).await?))
}

/// All versions of an agreement
///
/// The agreement and its supplementary agreements, oldest first; old versions stay readable.
#[utoipa::path(
    tag = "agreements",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Vec<Agreement>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/agreements/{id}/versions")]
pub async fn versions(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let cap = auth
        .actor
        .read_agreement(&access(&state, &auth, *id).await?)?;
    let c = state.store.read();
    let mut out = Vec::new();
    for v in store::agreements::versions(c, &cap).await? {
        let acc = access(&state, &auth, v.id).await?;
        let version = store::agreements::get(c, &auth.actor.read_agreement(&acc)?).await?;
        out.push(wire_of(&state, &version).await?);
    }
    Ok(HttpResponse::Ok().json(out))
}

/// Edit a draft
#[utoipa::path(
    tag = "agreements",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = AgreementInput,
    responses(
        (status = 200, body = Agreement, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not a draft", body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/agreements/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<AgreementInput>,
) -> ApiResult<HttpResponse> {
    let a = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::agreement_ops::update(ctx, *id, if_match.0, &body).await
        })
        .await?;
    view(&state, &a).await
}

/// The wire view of an agreement, its status as of today in its network's municipality
/// (whoever asks, from wherever).
async fn wire_of(state: &AppState, a: &Loaded) -> OpResult<wire::agreement::Agreement> {
    let today =
        store::networks::today_of(state.store.read(), a.row.network_id, state.clock()).await?;
    Ok(to_wire(a, today))
}

/// An agreement with its ETag, its status as of today.
async fn view(state: &AppState, a: &Loaded) -> ApiResult<HttpResponse> {
    Ok(ok_with_etag(a.row.version, &wire_of(state, a).await?))
}

/// The three simple transitions share one handler body.
async fn transition(
    state: &AppState,
    auth: &Authenticated,
    id: Uuid,
    if_match: IfMatch,
    t: Transition,
    change: Update,
) -> ApiResult<HttpResponse> {
    let a = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::agreement_ops::transition(ctx, id, if_match.0, t, change).await
        })
        .await?;
    view(state, &a).await
}

/// Send a draft for signature
///
/// Refused with `agreement_incomplete` when a section the law requires is empty.
#[utoipa::path(
    tag = "agreements",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 200, body = Agreement, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/agreements/{id}/submit")]
pub async fn submit(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    transition(
        &state,
        &auth,
        *id,
        if_match,
        Transition::Submit,
        Update::Submit,
    )
    .await
}

/// Return to draft
///
/// Clears every signature: what is signed must be the final text.
#[utoipa::path(
    tag = "agreements",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 200, body = Agreement, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/agreements/{id}/return-to-draft")]
pub async fn return_to_draft(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    transition(
        &state,
        &auth,
        *id,
        if_match,
        Transition::ReturnToDraft,
        Update::ReturnToDraft,
    )
    .await
}

/// Terminate an agreement in force
#[utoipa::path(
    tag = "agreements",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = Termination,
    responses(
        (status = 200, body = Agreement, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/agreements/{id}/terminate")]
pub async fn terminate(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<Termination>,
) -> ApiResult<HttpResponse> {
    let change = Update::Terminate {
        on: body.on,
        reason: body.reason.trim().to_owned(),
    };
    transition(
        &state,
        &auth,
        *id,
        if_match,
        Transition::Terminate(body.on),
        change,
    )
    .await
}

/// Sign for one's own organization
///
/// The administration of a party signs the current content; the signature stores its
/// SHA-256, so each party sees exactly what it signed. The agreement becomes active when
/// every party has signed and its term has begun.
#[utoipa::path(
    tag = "agreements",
    params(("id" = Uuid, Path)),
    request_body = SignRequest,
    responses(
        (status = 200, body = Agreement, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not the administration of a party", body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not awaiting signatures, already signed, or the text changed", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/agreements/{id}/sign")]
pub async fn sign(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    body: Json<SignRequest>,
) -> ApiResult<HttpResponse> {
    let signer = auth.user.display_name.as_str();
    let a = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::agreement_ops::sign(ctx, *id, &body.content_hash, signer).await
        })
        .await?;
    view(&state, &a).await
}

/// Start a supplementary agreement
///
/// A new draft version of an agreement in force; the current version stays in force
/// until every party has signed the new one, then ends when the new one starts, and stays
/// readable.
#[utoipa::path(
    tag = "agreements",
    params(("id" = Uuid, Path)),
    responses(
        (status = 201, body = Agreement, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/agreements/{id}/versions")]
pub async fn new_version(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let a = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::agreement_ops::new_version(ctx, *id).await
        })
        .await?;
    Ok(HttpResponse::Created()
        .insert_header(("ETag", crate::http::support::etag(a.row.version)))
        .insert_header(("Location", agreement_url(a.row.id)))
        .json(wire_of(&state, &a).await?))
}

/// Does an agreement cover a programme between two organizations?
///
/// Answers whether a signed agreement in force covers the programme, the home and the
/// provider organization on every day from `from` to `to`, and why not otherwise. Only
/// agreements the caller may read are considered.
#[utoipa::path(
    tag = "agreements",
    params(CoverageQuery),
    responses(
        (status = 200, body = Coverage),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "An organization is not visible to the caller", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/agreements/coverage")]
pub async fn coverage(
    state: web::Data<AppState>,
    auth: Authenticated,
    q: web::Query<CoverageQuery>,
) -> ApiResult<HttpResponse> {
    let c = state.store.read();
    for org in [q.home_id, q.provider_id] {
        let f = store::organizations::facts(c, org)
            .await?
            .ok_or_else(OpError::not_found)?;
        auth.actor.read_organization(&f)?;
    }
    let (home, provider) = (OrganizationId(q.home_id), OrganizationId(q.provider_id));
    // Only agreements the caller may read take part: the answer never reveals one it
    // may not see (it reads as no agreement at all).
    let mut facts = Vec::new();
    for a in store::agreements::between(c, home, provider).await? {
        let readable = store::agreements::access(c, a.row.id, state.clock())
            .await?
            .is_some_and(|acc| auth.actor.read_agreement(&acc).is_ok());
        if readable {
            facts.push(a.facts());
        }
    }
    let query = DomainQuery {
        programme: q.programme_id,
        home,
        provider,
        from: q.from,
        to: q.to,
    };
    let body = match find_cover(&facts, &query) {
        Ok(a) => Coverage {
            covered: true,
            agreement_id: Some(a.id),
            reason: None,
        },
        Err(why) => Coverage {
            covered: false,
            agreement_id: None,
            reason: Some(why.code().to_owned()),
        },
    };
    Ok(HttpResponse::Ok().json(body))
}

fn agreement_url(id: Uuid) -> String {
    wire::routes::agreement(id)
}
