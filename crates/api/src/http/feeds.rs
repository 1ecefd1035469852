//! iCalendar: a group's or a teacher's sessions as `.ics` (signed in), and feeds —
//! secret addresses a calendar application subscribes to without signing in.

use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use domain::access::Actor;
use uuid::Uuid;
use wire::group::{Feed, FeedInput};
use wire::{ErrorCode, Page, Problem};

use crate::auth::{Authenticated, actor_of};
use store::audit::AuditCtx;

use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::Json;
use crate::ics::render;
use crate::state::AppState;
use store::feeds::FeedOf;

async fn names_of(
    state: &AppState,
    groups: &[store::groups::Group],
) -> OpResult<std::collections::HashMap<Uuid, String>> {
    let mut orgs: Vec<Uuid> = groups
        .iter()
        .filter_map(|g| g.place.organization())
        .map(|o| o.as_uuid())
        .collect();
    orgs.sort();
    orgs.dedup();
    Ok(store::organizations::names(state.store.conn(), &orgs)
        .await?
        .into_iter()
        .collect())
}

/// The calendar of what a feed or a request shows, as the actor may see it.
async fn calendar(state: &AppState, who: ops::Who<'_>, what: FeedOf) -> OpResult<String> {
    let c = state.store.conn();
    let actor = who.actor;
    let (title, groups) = match what {
        FeedOf::Group(id) => {
            let cap = actor.read_group(&ops::facts::group(&state.ops.reader(who), id).await?)?;
            let g = store::groups::get(c, &cap).await?;
            (format!("Setka: {}", g.name), vec![g])
        }
        FeedOf::Staff(id) => {
            let (_, facts) = ops::staff::locate(&state.ops.reader(who), id).await?;
            let org = facts.id;
            let person = store::staff::by_ids(c, &[id]).await?;
            let name = person
                .first()
                .map(store::staff::short_name)
                .unwrap_or_default();
            let mut groups = Vec::new();
            for n in store::networks::ids_of_member(c, org.as_uuid()).await? {
                let Some(nf) = store::networks::facts(c, n, state.clock()).await? else {
                    continue;
                };
                let Ok(cap) = actor.read_network(&nf) else {
                    continue;
                };
                let filter = store::groups::GroupFilter {
                    staff_id: Some(id),
                    ..Default::default()
                };
                for g in store::groups::of_network(c, &cap, &filter).await? {
                    if let Some(a) = store::groups::access(c, g.id, state.clock()).await?
                        && actor.read_group(&a).is_ok()
                    {
                        groups.push(g);
                    }
                }
            }
            (format!("Setka: {name}"), groups)
        }
    };
    let ids: Vec<Uuid> = groups.iter().map(|g| g.id).collect();
    let sessions = store::sessions::of_groups(c, &ids, None, None).await?;
    Ok(render(
        &title,
        &groups,
        &sessions,
        &names_of(state, &groups).await?,
    )?)
}

fn ics_response(body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(("Content-Disposition", "inline; filename=\"setka.ics\""))
        .insert_header(("Cache-Control", "private, max-age=300"))
        .body(body)
}

/// A group's sessions as iCalendar
#[utoipa::path(
    tag = "calendar feeds",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, description = "An iCalendar document", content_type = "text/calendar"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/groups/{id}/sessions.ics")]
pub async fn group_ics(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    Ok(ics_response(
        calendar(&state, auth.who(), FeedOf::Group(*id)).await?,
    ))
}

/// A teacher's sessions in all their groups as iCalendar
#[utoipa::path(
    tag = "calendar feeds",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, description = "An iCalendar document", content_type = "text/calendar"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/staff/{id}/sessions.ics")]
pub async fn staff_ics(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    Ok(ics_response(
        calendar(&state, auth.who(), FeedOf::Staff(*id)).await?,
    ))
}

fn view(m: &store::entities::calendar_feed::Model, url: Option<String>) -> Feed {
    Feed {
        id: m.id,
        group_id: m.group_id,
        staff_id: m.staff_id,
        url,
        created_at: m.created_at,
        last_used_at: m.last_used_at,
    }
}

/// Create a calendar feed
///
/// For a group or a teacher the caller may see. The answer carries the secret address
/// once; calendar applications subscribe to it without signing in. The feed shows what
/// its owner may see at the time of each fetch, and ends when deleted.
#[utoipa::path(
    tag = "calendar feeds",
    request_body = FeedInput,
    responses(
        (status = 201, body = Feed),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/calendar-feeds")]
pub async fn create_feed(
    state: web::Data<AppState>,
    auth: Authenticated,
    req: HttpRequest,
    body: Json<FeedInput>,
) -> ApiResult<HttpResponse> {
    let what = match (body.group_id, body.staff_id) {
        (Some(g), None) => FeedOf::Group(g),
        (None, Some(s)) => FeedOf::Staff(s),
        _ => {
            return Err(OpError::with_detail(
                ErrorCode::ValidationFailed,
                "Укажите либо группу (group_id), либо учителя (staff_id)",
                "Give either a group (group_id) or a teacher (staff_id)",
            )
            .into());
        }
    };
    // Only what the caller may see now can be subscribed to.
    calendar(&state, auth.who(), what).await?;
    let token = URL_SAFE_NO_PAD.encode(rand::random::<[u8; 32]>());
    let m = store::feeds::create(
        state.store.conn(),
        auth.actor.user,
        anchor_of(&auth.actor),
        &token,
        what,
        &auth.audit,
    )
    .await?;
    let url = format!(
        "{}{}",
        public_base(&state, &req),
        wire::routes::feed(&token)
    );
    Ok(HttpResponse::Created().json(view(&m, Some(url))))
}

/// Where subscribers reach Setka: the configured `public_url`; without one, the host the
/// request was sent to. Never `X-Forwarded-*` headers, which any client can send.
fn public_base(state: &AppState, req: &HttpRequest) -> String {
    if let Some(base) = state.settings.public_base() {
        return base.to_owned();
    }
    let host = req
        .headers()
        .get(actix_web::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        })
        .map(str::to_owned)
        .unwrap_or_else(|| state.settings.listen.clone());
    format!("http://{host}")
}

/// The audit anchor of an actor's own records.
pub fn anchor_of(actor: &Actor) -> store::users::Anchor {
    store::users::Anchor {
        municipality_id: actor.municipality.map(|m| m.as_uuid()),
        organization_id: actor.organization.map(|o| o.as_uuid()),
    }
}

/// List one's calendar feeds
#[utoipa::path(
    tag = "calendar feeds",
    responses(
        (status = 200, body = Page<Feed>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/calendar-feeds")]
pub async fn list_feeds(
    state: web::Data<AppState>,
    auth: Authenticated,
) -> ApiResult<HttpResponse> {
    let rows = store::feeds::of_user(state.store.read(), auth.actor.user).await?;
    Ok(HttpResponse::Ok().json(Page {
        items: rows.iter().map(|m| view(m, None)).collect::<Vec<_>>(),
        next_cursor: None,
    }))
}

/// Delete one of one's calendar feeds
///
/// Its address stops working at once.
#[utoipa::path(
    tag = "calendar feeds",
    params(("id" = Uuid, Path)),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/calendar-feeds/{id}")]
pub async fn delete_feed(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    store::feeds::delete(
        state.store.conn(),
        auth.actor.user,
        anchor_of(&auth.actor),
        *id,
        &auth.audit,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A calendar feed (the address calendar applications subscribe to)
///
/// No sign-in: the secret address is the credential. Answers 404 for an unknown or
/// deleted feed, or when its owner's account is disabled.
#[utoipa::path(
    tag = "calendar feeds",
    params(("token" = String, Path)),
    responses(
        (status = 200, description = "An iCalendar document", content_type = "text/calendar"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(())
)]
#[get("/feeds/{token}.ics")]
pub async fn public_feed(
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> ApiResult<HttpResponse> {
    let c = state.store.conn();
    let feed = store::feeds::by_token(c, &token, state.clock().now())
        .await?
        .ok_or_else(OpError::not_found)?;
    let facts = store::access::of_user(state.store.read(), feed.user_id, state.clock())
        .await?
        .filter(|f| !f.user.disabled)
        .ok_or_else(OpError::not_found)?;
    // The feed of an account whose school was deleted is gone with it.
    let actor = actor_of(&facts).map_err(|e| match e.error_code() {
        ErrorCode::Unauthorized => OpError::not_found(),
        _ => e,
    })?;
    let (user, zone) = (facts.user, facts.zone);
    let what = store::feeds::of(&feed).ok_or_else(OpError::not_found)?;
    let audit = AuditCtx {
        actor_id: Some(user.id),
        actor_name: user.username.clone(),
        request_id: None,
        endpoint: None,
        at: state.clock().now(),
    };
    let who = ops::Who {
        actor: &actor,
        audit: &audit,
        zone,
    };
    Ok(ics_response(calendar(&state, who, what).await?))
}
