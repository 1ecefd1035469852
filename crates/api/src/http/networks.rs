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
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, ok_with_etag,
};
use crate::i18n::Issue;
use crate::state::AppState;
use ops::networks::{check_listed_rules, check_member, check_network, summary, to_wire};

pub(super) async fn facts(
    state: &AppState,
    auth: &Authenticated,
    id: Uuid,
) -> OpResult<domain::access::NetworkFacts> {
    ops::facts::network(&state.ops.reader(auth.who()), id).await
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
        state.store.read(),
        auth.actor.network_scope(),
        q.q.as_deref(),
        q.limit,
        q.cursor.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(Page {
        items: rows.iter().map(summary).collect::<OpResult<Vec<_>>>()?,
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
    let cap = auth.actor.read_network(&facts(&state, &auth, *id).await?)?;
    let c = state.store.read();
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
    body: Json<NetworkCreate>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    let cap = auth
        .actor
        .create_network_in(MunicipalityId(input.network.municipality_id))
        .map_err(|d| match d {
            Denied::NotFound => OpError::field("municipality_id", Issue::UnknownReference),
            Denied::Forbidden => OpError::code(ErrorCode::Forbidden),
        })?;
    let data = check_network(&input.network)?;
    let c = state.store.conn();
    let coordinator = MembershipInput {
        organization_id: input.coordinator_id,
        role: MembershipRole::Coordinator,
        joined_on: data.period.from(),
        left_on: None,
        mentor_id: None,
    };
    // The network to be: members must belong to its municipality or be visible.
    let future = domain::access::NetworkFacts {
        id: domain::NetworkId(uuid::Uuid::nil()),
        municipality: MunicipalityId(input.network.municipality_id),
        members: Vec::new(),
        coordinators: Vec::new(),
    };
    let mut members = vec![
        check_member(c, &auth.actor, &future, &coordinator)
            .await
            .map_err(|_| OpError::field("coordinator_id", Issue::UnknownReference))?,
    ];
    for (i, m) in input.members.iter().enumerate() {
        let checked = check_member(c, &auth.actor, &future, m)
            .await
            .map_err(|e| e.within(&format!("members[{i}]")))?;
        members.push(checked);
    }
    let keyed: Vec<(Uuid, MembershipData)> = members
        .iter()
        .map(|m| (store::new_id(), m.clone()))
        .collect();
    // The coordinator is the first entry, the listed members follow in their order.
    let path_of = |key: Uuid| {
        let i = keyed.iter().position(|(k, _)| *k == key)?;
        // The coordinator's dates are the network's own: nothing in it to point at.
        i.checked_sub(1).map(|i| format!("members[{i}]"))
    };
    check_listed_rules(&data.period, data.model, &keyed, path_of)?;
    let req = CreateRequest {
        path: "/networks",
        body: &input,
        location: network_url,
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        let tx = ctx.db;
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
    body: Json<NetworkInput>,
) -> ApiResult<HttpResponse> {
    let (n, view) = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::records::update_network(ctx, *id, if_match.0, &body).await
        })
        .await?;
    Ok(ok_with_etag(n.version, &view))
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
    state
        .ops
        .write(auth.who(), async |ctx| {
            ops::records::delete_network(ctx, *id, if_match.0).await
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

fn network_url(id: Uuid) -> String {
    wire::routes::network(id)
}
