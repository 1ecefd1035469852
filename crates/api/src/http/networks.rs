//! `/networks`: networks and their membership.

use actix_web::{HttpResponse, delete, get, post, put, web};
use domain::MunicipalityId;
use domain::access::Denied;
use domain::network::MembershipRole;
use store::networks::MembershipData;
use uuid::Uuid;
use wire::network::{
    MembershipInput, Network, NetworkCreate, NetworkInput, NetworkQuery, NetworkSummary,
};
use wire::{ErrorCode, Page, Problem};

use crate::auth::Authenticated;
use crate::error::{ApiError, ApiResult};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, create_idempotent, etag, ok_with_etag,
};
use crate::i18n::Issue;
use crate::service::networks::{
    check_member, check_network, check_rules, rules_of, stored, summary, to_wire, today,
};
use crate::state::AppState;

async fn facts(state: &AppState, id: Uuid) -> ApiResult<domain::access::NetworkFacts> {
    store::networks::facts(state.store.conn(), id, today())
        .await?
        .ok_or_else(ApiError::not_found)
}

/// List networks
///
/// Networks the caller belongs to; the authority sees those of its municipality.
#[utoipa::path(
    tag = "networks",
    params(NetworkQuery),
    responses(
        (status = 200, body = Page<NetworkSummary>),
        (status = 400, body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/networks")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    q: web::Query<NetworkQuery>,
) -> ApiResult<HttpResponse> {
    let (rows, next) = store::networks::list(
        state.store.conn(),
        auth.actor.network_scope(),
        q.q.as_deref(),
        q.limit,
        q.cursor.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(Page {
        items: rows.iter().map(summary).collect(),
        next_cursor: next,
    }))
}

/// Get a network with its members
#[utoipa::path(
    tag = "networks",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Network, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such network, or the caller is not a member", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/networks/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let cap = auth.actor.read_network(&facts(&state, *id).await?)?;
    let c = state.store.conn();
    let n = store::networks::get(c, &cap).await?;
    let ms = store::networks::memberships(c, &cap).await?;
    Ok(ok_with_etag(n.version, &to_wire(c, &n, &ms).await?))
}

/// Create a network
///
/// The authority creates networks in its municipality. The coordinator becomes a member
/// for the whole period; further members may be listed. Membership rules apply.
#[utoipa::path(
    tag = "networks",
    params(("Idempotency-Key" = Option<String>, Header)),
    request_body = NetworkCreate,
    responses(
        (status = 201, body = Network, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid fields or a broken membership rule", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/networks")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Authenticated,
    key: IdempotencyKey,
    body: web::Json<NetworkCreate>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    let cap = auth
        .actor
        .create_network_in(MunicipalityId(input.network.municipality_id))
        .map_err(|d| match d {
            Denied::NotFound => ApiError::field("municipality_id", Issue::UnknownReference),
            Denied::Forbidden => ApiError::code(ErrorCode::Forbidden),
        })?;
    let data = check_network(&input.network)?;
    let c = state.store.conn();
    let coordinator = MembershipInput {
        organization_id: input.coordinator_id,
        role: MembershipRole::Coordinator,
        joined_on: data.period.from(),
        left_on: data.period.to(),
        mentor_id: None,
    };
    let mut members = vec![
        check_member(c, &coordinator)
            .await
            .map_err(|_| ApiError::field("coordinator_id", Issue::UnknownReference))?,
    ];
    for m in &input.members {
        members.push(check_member(c, m).await?);
    }
    let keyed: Vec<(Uuid, MembershipData)> = members
        .iter()
        .map(|m| (store::new_id(), m.clone()))
        .collect();
    check_rules(&data.period, data.model, &keyed)?;
    let req = CreateRequest {
        path: "/networks",
        body: &input,
        location: network_url,
    };
    create_idempotent(&state, &auth, key, req, async |tx| {
        let n = store::networks::create(tx, &cap, &data, &members, &auth.audit).await?;
        let ms = store::networks::memberships_of(tx, &n).await?;
        Created::new(&to_wire(tx, &n, &ms).await?)
    })
    .await
}

/// Replace a network's description and period
///
/// Members stay; the membership rules are checked against the new period and model.
#[utoipa::path(
    tag = "networks",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = NetworkInput,
    responses(
        (status = 200, body = Network, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/networks/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: web::Json<NetworkInput>,
) -> ApiResult<HttpResponse> {
    let f = facts(&state, *id).await?;
    let cap = auth.actor.manage_network(&f)?;
    if body.municipality_id != f.municipality.as_uuid() {
        return Err(ApiError::field("municipality_id", Issue::Invalid));
    }
    let data = check_network(&body)?;
    let tx = state.store.begin().await?;
    let current = store::networks::get(&tx, &auth.actor.read_network(&f)?).await?;
    let ms = store::networks::memberships_of(&tx, &current).await?;
    check_rules(&data.period, data.model, &stored(&ms))?;
    let n = store::networks::update(&tx, &cap, if_match.0, &data, &auth.audit).await?;
    let body = to_wire(&tx, &n, &ms).await?;
    tx.commit().await?;
    Ok(ok_with_etag(n.version, &body))
}

/// Delete a network
#[utoipa::path(
    tag = "networks",
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
#[delete("/networks/{id}")]
pub async fn remove(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    let f = facts(&state, *id).await?;
    let cap = auth.actor.manage_network(&f)?;
    if auth.actor.role == domain::Role::Coordinator {
        return Err(ApiError::code(ErrorCode::Forbidden));
    }
    let tx = state.store.begin().await?;
    store::networks::delete(&tx, &cap, if_match.0, &auth.audit).await?;
    tx.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

/// What a membership change does to the stored list.
enum MemberChange {
    Add(MembershipData),
    Replace(Uuid, MembershipData),
    Remove(Uuid),
}

async fn change_members(
    state: &AppState,
    auth: &Authenticated,
    id: Uuid,
    if_match: IfMatch,
    change: MemberChange,
) -> ApiResult<(Network, Option<Uuid>)> {
    let f = facts(state, id).await?;
    let cap = auth.actor.manage_network(&f)?;
    let tx = state.store.begin().await?;
    let claimed = store::networks::claim(&tx, &cap, if_match.0).await?;
    let ms = store::networks::memberships_of(&tx, &claimed).await?;
    let mut candidate = stored(&ms);
    let known = |mid: Uuid| ms.iter().any(|m| m.id == mid);
    match &change {
        MemberChange::Add(d) => candidate.push((store::new_id(), d.clone())),
        MemberChange::Replace(mid, d) if known(*mid) => {
            candidate.retain(|(k, _)| k != mid);
            candidate.push((*mid, d.clone()));
        }
        MemberChange::Remove(mid) if known(*mid) => candidate.retain(|(k, _)| k != mid),
        _ => return Err(ApiError::not_found()),
    }
    let (period, model) = rules_of(&claimed)?;
    check_rules(&period, model, &candidate)?;
    let new_id = match change {
        MemberChange::Add(d) => Some(
            store::networks::add_membership(&tx, &claimed, &d, &auth.audit)
                .await?
                .id,
        ),
        MemberChange::Replace(mid, d) => {
            store::networks::update_membership(&tx, &claimed, mid, &d, &auth.audit).await?;
            None
        }
        MemberChange::Remove(mid) => {
            store::networks::delete_membership(&tx, &claimed, mid, &auth.audit).await?;
            None
        }
    };
    let ms = store::networks::memberships_of(&tx, &claimed).await?;
    let body = to_wire(&tx, &claimed, &ms).await?;
    tx.commit().await?;
    Ok((body, new_id))
}

/// Add a member
///
/// Returns the network with its new membership. `If-Match` takes the network's ETag.
#[utoipa::path(
    tag = "networks",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = MembershipInput,
    responses(
        (status = 201, body = Network, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "A broken membership rule", body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/networks/{id}/members")]
pub async fn add_member(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: web::Json<MembershipInput>,
) -> ApiResult<HttpResponse> {
    let d = check_member(state.store.conn(), &body).await?;
    let (n, mid) = change_members(&state, &auth, *id, if_match, MemberChange::Add(d)).await?;
    let mut res = HttpResponse::Created();
    res.insert_header(("ETag", etag(n.version)));
    if let Some(mid) = mid {
        res.insert_header(("Location", wire::routes::network_member(n.id, mid)));
    }
    Ok(res.json(n))
}

/// Change a membership
#[utoipa::path(
    tag = "networks",
    params(("id" = Uuid, Path), ("member_id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = MembershipInput,
    responses(
        (status = 200, body = Network, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/networks/{id}/members/{member_id}")]
pub async fn update_member(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, Uuid)>,
    if_match: IfMatch,
    body: web::Json<MembershipInput>,
) -> ApiResult<HttpResponse> {
    let (id, mid) = path.into_inner();
    let d = check_member(state.store.conn(), &body).await?;
    let (n, _) = change_members(&state, &auth, id, if_match, MemberChange::Replace(mid, d)).await?;
    Ok(ok_with_etag(n.version, &n))
}

/// Remove a membership
///
/// Removes a membership entered by mistake; to record that an organization left, set
/// `left_on` instead.
#[utoipa::path(
    tag = "networks",
    params(("id" = Uuid, Path), ("member_id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 200, body = Network, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/networks/{id}/members/{member_id}")]
pub async fn remove_member(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, Uuid)>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    let (id, mid) = path.into_inner();
    let (n, _) = change_members(&state, &auth, id, if_match, MemberChange::Remove(mid)).await?;
    Ok(ok_with_etag(n.version, &n))
}

fn network_url(id: Uuid) -> String {
    wire::routes::network(id)
}
