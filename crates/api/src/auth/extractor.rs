//! The `Authenticated` extractor: a handler that takes it cannot run for an anonymous or
//! stale token, and gets the [`Actor`] it needs to obtain capabilities.

use std::future::Future;
use std::pin::Pin;

use actix_web::http::header::AUTHORIZATION;
use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use domain::access::Actor;
use domain::{MunicipalityId, OrganizationId, Role, UserId};
use ops::TimeZone;
use store::access::AccessFacts;
use store::audit::AuditCtx;
use store::entities::user;
use wire::error::ErrorCode;

use crate::auth::jwt::TokenError;
use crate::error::{ApiError, OpError, OpResult};
use crate::state::AppState;

/// An authenticated request: who acts and how to record it.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub actor: Actor,
    pub user: user::Model,
    pub audit: AuditCtx,
    /// The time zone of the account's municipality: its «today».
    pub zone: TimeZone,
}

impl Authenticated {
    /// Who runs the operations of this request.
    pub fn who(&self) -> ops::Who<'_> {
        ops::Who {
            actor: &self.actor,
            audit: &self.audit,
            zone: self.zone,
        }
    }

    /// Today in the account's municipality.
    pub fn today(&self, clock: &ops::Clock) -> chrono::NaiveDate {
        clock.today_in(self.zone)
    }
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
pub fn actor_of(facts: &AccessFacts) -> OpResult<Actor> {
    let u = &facts.user;
    let role =
        Role::parse(&u.role).ok_or_else(|| OpError::Internal(format!("bad role {}", u.role)))?;
    let anchor = facts
        .anchor
        .ok_or_else(|| OpError::code(ErrorCode::Unauthorized))?;
    Ok(Actor {
        user: UserId(u.id),
        role,
        municipality: anchor.municipality_id.map(MunicipalityId),
        organization: u.organization_id.map(OrganizationId),
        network_peers: facts.peers.clone(),
    })
}

async fn authenticate(req: HttpRequest) -> OpResult<Authenticated> {
    let state = req
        .app_data::<web::Data<AppState>>()
        .ok_or_else(|| OpError::Internal("application state missing".into()))?;
    let token = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| {
            h.strip_prefix("Bearer ")
                .or_else(|| h.strip_prefix("bearer "))
        })
        .ok_or_else(|| OpError::code(ErrorCode::Unauthorized))?;
    let claims = state.keys.verify(token.trim()).map_err(|e| match e {
        TokenError::Expired => OpError::code(ErrorCode::TokenExpired),
        TokenError::Invalid => OpError::code(ErrorCode::Unauthorized),
    })?;
    let facts = store::access::of_user(state.store.read(), claims.sub, state.clock())
        .await?
        .filter(|f| !f.user.disabled && f.user.version == claims.ver)
        .ok_or_else(|| OpError::code(ErrorCode::Unauthorized))?;
    let actor = actor_of(&facts)?;
    let user = facts.user;
    let zone = facts.zone;
    let audit = AuditCtx {
        actor_id: Some(user.id),
        actor_name: user.username.clone(),
        request_id: request_id(&req),
        endpoint: Some(format!(
            "{} {}",
            req.method(),
            req.match_pattern().unwrap_or_else(|| req.path().to_owned())
        )),
        at: state.clock().now(),
    };
    Ok(Authenticated {
        actor,
        user,
        audit,
        zone,
    })
}

impl FromRequest for Authenticated {
    type Error = ApiError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(authenticate(req).await?) })
    }
}
