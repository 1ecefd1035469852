//! `/networks/{id}/members` and `/networks/{id}/coordinator`: membership changes, each
//! checked against the membership rules as a whole inside a claim on the network.

use actix_web::{HttpResponse, delete, post, put, web};
use domain::network::MembershipRole;
use store::networks::MembershipData;
use uuid::Uuid;
use wire::Problem;
use wire::network::{CoordinatorHandover, MembershipInput, Network};

use super::networks::facts;
use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{IfMatch, Json, etag, ok_with_etag};
use crate::i18n::Issue;
use crate::state::AppState;
use ops::networks::{check_member, check_rules, rules_of, stored, to_wire};

/// What a membership change does to the stored list.
enum MemberChange {
    Add(MembershipData),
    Replace(Uuid, MembershipData),
    Remove(Uuid),
    /// End the coordinator of the day before `from` and add a new one from `from`.
    Handover(MembershipData),
}

async fn change_members(
    state: &AppState,
    auth: &Authenticated,
    id: Uuid,
    if_match: IfMatch,
    change: MemberChange,
) -> OpResult<(Network, Option<Uuid>)> {
    let f = facts(state, auth, id).await?;
    let cap = auth.actor.manage_network(&f)?;
    let tx = state.store.begin().await?;
    let claimed = store::networks::claim(&tx, &cap, if_match.0, auth.audit.at).await?;
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
        MemberChange::Handover(d) => {
            let ended = handover_ends(&candidate, d.joined_on)?;
            for (k, m) in candidate.iter_mut() {
                if Some(*k) == ended.map(|(id, _)| id) {
                    m.left_on = ended.map(|(_, day)| day);
                }
            }
            candidate.push((store::new_id(), d.clone()));
        }
        _ => return Err(OpError::not_found()),
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
        MemberChange::Handover(d) => {
            let before = stored(&ms);
            if let Some((mid, day)) = handover_ends(&before, d.joined_on)?
                && let Some((_, old)) = before.into_iter().find(|(k, _)| *k == mid)
            {
                let ended = MembershipData {
                    left_on: Some(day),
                    ..old
                };
                store::networks::update_membership(&tx, &claimed, mid, &ended, &auth.audit).await?;
            }
            Some(
                store::networks::add_membership(&tx, &claimed, &d, &auth.audit)
                    .await?
                    .id,
            )
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
    body: Json<MembershipInput>,
) -> ApiResult<HttpResponse> {
    let f = facts(&state, &auth, *id).await?;
    auth.actor.manage_network(&f)?;
    let d = check_member(state.store.conn(), &auth.actor, &f, &body).await?;
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
    body: Json<MembershipInput>,
) -> ApiResult<HttpResponse> {
    let (id, mid) = path.into_inner();
    let f = facts(&state, &auth, id).await?;
    auth.actor.manage_network(&f)?;
    let d = check_member(state.store.conn(), &auth.actor, &f, &body).await?;
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

/// The coordinator membership current on `from` and the day it must end.
fn handover_ends(
    members: &[(Uuid, MembershipData)],
    from: chrono::NaiveDate,
) -> OpResult<Option<(Uuid, chrono::NaiveDate)>> {
    let day_before = from
        .pred_opt()
        .ok_or_else(|| OpError::field("from", Issue::Invalid))?;
    Ok(members
        .iter()
        .find(|(_, m)| {
            m.role == MembershipRole::Coordinator
                && m.joined_on < from
                && m.left_on.is_none_or(|l| l >= from)
        })
        .map(|(k, _)| (*k, day_before)))
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
    let f = facts(&state, &auth, *id).await?;
    auth.actor.manage_network(&f)?;
    let input = MembershipInput {
        organization_id: body.organization_id,
        role: MembershipRole::Coordinator,
        joined_on: body.from,
        left_on: None,
        mentor_id: None,
    };
    let d = check_member(state.store.conn(), &auth.actor, &f, &input).await?;
    let (n, _) = change_members(&state, &auth, *id, if_match, MemberChange::Handover(d)).await?;
    Ok(ok_with_etag(n.version, &n))
}
