//! `/networks/{id}/members` and `/networks/{id}/coordinator`: membership changes, each
//! checked against the membership rules as a whole inside a claim on the network.

use actix_web::{HttpResponse, delete, post, put, web};
use uuid::Uuid;
use wire::Problem;
use wire::network::{CoordinatorHandover, MembershipInput, Network};

use crate::auth::Authenticated;
use crate::error::{ApiResult, OpResult};
use crate::http::support::{IfMatch, Json, etag, ok_with_etag};
use crate::state::AppState;
use ops::memberships::MemberChange;

async fn apply(
    state: &AppState,
    auth: &Authenticated,
    id: Uuid,
    if_match: IfMatch,
    change: MemberChange,
) -> OpResult<(Network, Option<Uuid>)> {
    state
        .ops
        .write(auth.who(), async |ctx| {
            ops::memberships::change(ctx, id, if_match.0, change).await
        })
        .await
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
    body: Json<MembershipInput>,
) -> ApiResult<HttpResponse> {
    let change = MemberChange::Add(body.into_inner());
    let (n, mid) = apply(&state, &auth, *id, if_match, change).await?;
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
    body: Json<MembershipInput>,
) -> ApiResult<HttpResponse> {
    let (id, mid) = path.into_inner();
    let change = MemberChange::Replace(mid, body.into_inner());
    let (n, _) = apply(&state, &auth, id, if_match, change).await?;
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
    let (n, _) = apply(&state, &auth, id, if_match, MemberChange::Remove(mid)).await?;
    Ok(ok_with_etag(n.version, &n))
}

/// Hand the coordination over
///
/// Atomically ends the current coordinator's membership the day before `from` and makes
/// `organization_id` the coordinator from `from` to the end of the network period, so the
/// network has exactly one coordinator on every day.
#[utoipa::path(
    tag = "networks",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = CoordinatorHandover,
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
#[post("/networks/{id}/coordinator")]
pub async fn hand_over(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<CoordinatorHandover>,
) -> ApiResult<HttpResponse> {
    let change = MemberChange::Handover {
        organization_id: body.organization_id,
        from: body.from,
    };
    let (n, _) = apply(&state, &auth, *id, if_match, change).await?;
    Ok(ok_with_etag(n.version, &n))
}
