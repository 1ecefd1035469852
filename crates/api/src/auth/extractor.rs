//! The `Authenticated` extractor: a handler that takes it cannot run for an anonymous or
//! stale token, and gets the [`Actor`] it needs to obtain capabilities.

use std::future::Future;
use std::pin::Pin;

use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use domain::access::Actor;
use domain::{MunicipalityId, OrganizationId, Role, UserId};
use store::access::AccessFacts;
use store::audit::AuditCtx;
use store::entities::user;
use wire::error::ErrorCode;

use crate::auth::jwt::TokenError;
use crate::error::{ApiError, ApiResult};
use crate::service::networks::today;
use crate::state::AppState;

/// An authenticated request: who acts and how to record it.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub actor: Actor,
    pub user: user::Model,
    pub audit: AuditCtx,
}

/// The request id assigned by the tracing middleware, if any.
pub fn request_id(req: &HttpRequest) -> Option<String> {
    req.extensions()
        .get::<tracing_actix_web::RequestId>()
        .map(|r| r.to_string())
}

/// The actor of an account whose facts `store::access::of_user` read in one query.
/// Organization accounts take the municipality of their organization; the account of a
/// deleted organization or municipality acts no more (401).
pub fn actor_of(facts: &AccessFacts) -> ApiResult<Actor> {
    let u = &facts.user;
    let role =
        Role::parse(&u.role).ok_or_else(|| ApiError::Internal(format!("bad role {}", u.role)))?;
    let anchor = facts
        .anchor
        .ok_or_else(|| ApiError::code(ErrorCode::Unauthorized))?;
    Ok(Actor {
        user: UserId(u.id),
        role,
        municipality: anchor.municipality_id.map(MunicipalityId),
        organization: u.organization_id.map(OrganizationId),
        network_peers: facts.peers.clone(),
    })
}

async fn authenticate(req: HttpRequest) -> ApiResult<Authenticated> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| ApiError::Internal("application state missing".into()))?;
    let token = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| {
            h.strip_prefix("Bearer ")
                .or_else(|| h.strip_prefix("bearer "))
        })
        .ok_or_else(|| ApiError::code(ErrorCode::Unauthorized))?;
    let claims = state.keys.verify(token.trim()).map_err(|e| match e {
        TokenError::Expired => ApiError::code(ErrorCode::TokenExpired),
        TokenError::Invalid => ApiError::code(ErrorCode::Unauthorized),
    })?;
    let facts = store::access::of_user(state.store.read(), claims.sub, today())
        .await?
        .filter(|f| !f.user.disabled && f.user.version == claims.ver)
        .ok_or_else(|| ApiError::code(ErrorCode::Unauthorized))?;
    let actor = actor_of(&facts)?;
    let user = facts.user;
    let audit = AuditCtx {
        actor_id: Some(user.id),
        actor_name: user.username.clone(),
        request_id: request_id(&req),
    };
    Ok(Authenticated { actor, user, audit })
}

impl FromRequest for Authenticated {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        Box::pin(authenticate(req.clone()))
    }
}
