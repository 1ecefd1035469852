//! Sign-in, token refresh, sign-out and the current user.

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::Duration;
use store::audit::{AuditCtx, Change};
use store::throttle::Subject;
use store::tokens::Rotation;
use store::users::Anchor;
use uuid::Uuid;
use wire::auth::{LoginRequest, Me, TokenResponse};
use wire::routes::REFRESH_COOKIE;
use wire::{ErrorCode, Problem};

use crate::auth::extractor::request_id;
use crate::auth::{Authenticated, password};
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{Json, validate};
use crate::state::AppState;

fn refresh_cookie(state: &AppState, value: String, max_age_days: i64) -> Cookie<'static> {
    Cookie::build(REFRESH_COOKIE, value)
        .path("/api/v1/auth")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(state.settings.secure_cookie())
        .max_age(CookieDuration::days(max_age_days))
        .finish()
}

/// A sign-in event of an account (or of an unknown name), audited where the account
/// belongs so the authority sees its schools' sessions.
fn event(action: &'static str, user: Option<(Uuid, Anchor)>) -> Change {
    let anchor = user.map(|(_, a)| a).unwrap_or_default();
    Change {
        action,
        entity_type: "session",
        entity_id: user.map(|(id, _)| id.to_string()),
        municipality_id: anchor.municipality_id,
        organization_id: anchor.organization_id,
        before: None,
        after: None,
    }
}

/// The account of a user id with its anchor, for audit records of its sessions.
async fn account(c: &impl store::Conn, id: Uuid) -> OpResult<Option<(Uuid, Anchor)>> {
    Ok(match store::users::by_id(c, id).await? {
        Some(u) => store::users::anchor(c, &u).await?.map(|a| (u.id, a)),
        None => None,
    })
}

/// The client's address for throttling: the peer, or — when the peer is a trusted proxy —
/// the nearest address in `X-Forwarded-For` that is not one of the trusted proxies.
fn client_address(req: &HttpRequest, trusted: &[std::net::IpAddr]) -> String {
    let Some(peer) = req.peer_addr().map(|a| a.ip()) else {
        return "unknown".into();
    };
    if !trusted.contains(&peer) {
        return peer.to_string();
    }
    let forwarded = req
        .headers()
        .get("x-forwarded-for")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    forwarded
        .split(',')
        .rev()
        .filter_map(|a| a.trim().parse::<std::net::IpAddr>().ok())
        .find(|a| !trusted.contains(a))
        .map(|a| a.to_string())
        .unwrap_or_else(|| peer.to_string())
}

/// Tokens for a signed-in user: a fresh access token and a refresh cookie.
async fn session_response(
    state: &AppState,
    tx: &store::Tx,
    user: &store::entities::user::Model,
    family: Option<store::tokens::Family>,
) -> OpResult<HttpResponse> {
    let now = clock::real_now();
    let days = state.settings.refresh_token_days;
    let refresh_token =
        store::tokens::issue(tx, user.id, family, Duration::days(days), now).await?;
    let access = state
        .keys
        .issue(user.id, user.version, now)
        .map_err(OpError::Internal)?;
    Ok(HttpResponse::Ok()
        .insert_header(("Cache-Control", "no-store"))
        .cookie(refresh_cookie(state, refresh_token, days))
        .json(TokenResponse {
            access_token: access,
            token_type: "Bearer".into(),
            expires_in: state.keys.ttl_seconds(),
        }))
}

/// Sign in
///
/// Returns a short-lived access token and sets the refresh token as an HttpOnly,
/// SameSite=Strict cookie. Repeated failures are throttled per account and per address.
#[utoipa::path(
    tag = "auth",
    request_body = LoginRequest,
    responses(
        (status = 200, body = TokenResponse, headers(("Set-Cookie" = String, description = "setka_refresh, HttpOnly, SameSite=Strict"))),
        (status = 401, description = "Wrong user name or password", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "Too many failed attempts", body = Problem, content_type = "application/problem+json"),
    ),
    security(())
)]
#[post("/auth/login")]
pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    body: Json<LoginRequest>,
) -> ApiResult<HttpResponse> {
    validate(&*body)?;
    let s = &state.settings;
    let username = body.username.trim().to_lowercase();
    let address = client_address(&req, &s.trusted_proxies);
    let now = clock::real_now();
    let account = Subject::account(&username, s.login_max_failures_per_account);
    let from = Subject::address(&address, s.login_max_failures_per_address);
    // The attempt is counted before the password is checked, atomically: concurrent
    // guesses queue on the counters and at most the limit of them is ever verified.
    let window = now - Duration::minutes(s.login_failure_window_minutes);
    let subjects = [account.clone(), from.clone()];
    state
        .ops
        .unauthenticated(async |tx| {
            Ok(
                match store::throttle::claim(tx, &subjects, window, now).await? {
                    true => Ok(()),
                    false => Err(OpError::code(ErrorCode::TooManyAttempts)),
                },
            )
        })
        .await?;
    let c = state.store.conn();
    let user = store::users::by_username(c, &username).await?;
    let anchor = match &user {
        Some(u) if !u.disabled => store::users::anchor(c, u).await?,
        _ => None,
    };
    let verified = password::verify_blocking(
        body.password.clone(),
        user.as_ref().map(|u| u.password_hash.clone()),
    )
    .await
    .map_err(OpError::Internal)?;
    let ctx = AuditCtx {
        actor_id: None,
        actor_name: username.clone(),
        request_id: request_id(&req),
        endpoint: None,
        at: state.clock().now(),
    };
    let res = state
        .ops
        .unauthenticated(async |tx| {
            let (Some(user), Some(anchor), true) = (user, anchor, verified) else {
                store::audit::record(tx, &ctx, event("login_failed", None)).await?;
                return Ok(Err(OpError::code(ErrorCode::InvalidCredentials)));
            };
            store::throttle::succeeded(tx, &account, &from).await?;
            let ctx = AuditCtx {
                actor_id: Some(user.id),
                ..ctx
            };
            store::audit::record(tx, &ctx, event("login", Some((user.id, anchor)))).await?;
            Ok(session_response(&state, tx, &user, None).await)
        })
        .await?;
    Ok(res)
}

/// Refresh the access token
///
/// Spends the refresh cookie and sets a new one (rotation). Presenting a spent token
/// again revokes the whole session.
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 200, body = TokenResponse),
        (status = 401, description = "Missing, expired, revoked or reused refresh token", body = Problem, content_type = "application/problem+json"),
    ),
    security(())
)]
#[post("/auth/refresh")]
pub async fn refresh(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    let invalid = || OpError::code(ErrorCode::InvalidRefreshToken);
    let token = req
        .cookie(REFRESH_COOKIE)
        .map(|c| c.value().to_owned())
        .ok_or_else(invalid)?;
    let now = clock::real_now();
    let session_max = Duration::days(state.settings.session_max_days);
    let res = state
        .ops
        .unauthenticated(async |tx| {
            let outcome = store::tokens::spend(tx, &token, now, session_max).await?;
            let (user_id, family) = match outcome {
                Rotation::Rotated { user_id, family } => (user_id, family),
                Rotation::Reused { user_id } => {
                    // The whole family is revoked: that stays, the request is refused.
                    let ctx = AuditCtx {
                        actor_id: Some(user_id),
                        actor_name: "refresh".into(),
                        request_id: request_id(&req),
                        endpoint: None,
                        at: state.clock().now(),
                    };
                    let who = account(tx, user_id).await?;
                    store::audit::record(tx, &ctx, event("refresh_reuse_detected", who)).await?;
                    return Ok(Err(invalid()));
                }
                Rotation::Invalid => return Err(invalid()),
            };
            let user = store::users::by_id(tx, user_id)
                .await?
                .filter(|u| !u.disabled)
                .ok_or_else(invalid)?;
            if store::users::anchor(tx, &user).await?.is_none() {
                return Err(invalid());
            }
            Ok(session_response(&state, tx, &user, Some(family)).await)
        })
        .await?;
    Ok(res)
}

/// Sign out
///
/// Revokes the session of the refresh cookie and clears the cookie.
#[utoipa::path(
    tag = "auth",
    responses((status = 204, description = "Signed out")),
    security(())
)]
#[post("/auth/logout")]
pub async fn logout(state: web::Data<AppState>, req: HttpRequest) -> ApiResult<HttpResponse> {
    if let Some(token) = req.cookie(REFRESH_COOKIE).map(|c| c.value().to_owned()) {
        state
            .ops
            .unauthenticated(async |tx| {
                let now = clock::real_now();
                if let Some(user_id) = store::tokens::revoke_by_token(tx, &token, now).await? {
                    let ctx = AuditCtx {
                        actor_id: Some(user_id),
                        actor_name: "logout".into(),
                        request_id: request_id(&req),
                        endpoint: None,
                        at: state.clock().now(),
                    };
                    let who = account(tx, user_id).await?;
                    store::audit::record(tx, &ctx, event("logout", who)).await?;
                }
                Ok(Ok(()))
            })
            .await?;
    }
    let mut gone = refresh_cookie(&state, String::new(), 0);
    gone.make_removal();
    Ok(HttpResponse::NoContent().cookie(gone).finish())
}

/// The signed-in user
#[utoipa::path(
    tag = "auth",
    responses(
        (status = 200, body = Me),
        (status = 401, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/me")]
pub async fn me(state: web::Data<AppState>, auth: Authenticated) -> ApiResult<HttpResponse> {
    let actor = &auth.actor;
    let c = state.store.read();
    let organization_name = match actor.organization {
        Some(o) => store::organizations::names(c, &[o.as_uuid()])
            .await?
            .into_iter()
            .next()
            .map(|(_, n)| n),
        None => None,
    };
    let municipality_name = match actor.municipality {
        Some(m) => store::municipalities::get(c, &actor.read_municipality(m)?)
            .await
            .ok()
            .map(|m| m.name),
        None => None,
    };
    let u = &auth.user;
    Ok(HttpResponse::Ok().json(Me {
        id: u.id,
        username: u.username.clone(),
        display_name: u.display_name.clone(),
        role: actor.role,
        municipality_id: actor.municipality.map(|m| m.as_uuid()),
        municipality_name,
        organization_id: actor.organization.map(|o| o.as_uuid()),
        organization_name,
        today: auth.today(state.clock()),
        time_zone: auth.zone.name().to_owned(),
        utc_offset_minutes: auth.zone.offset_minutes_at(state.clock().now()),
    }))
}
