//! Conventions every resource follows: ETag/If-Match, Idempotency-Key, validation.

use std::future::{Ready, ready};

use actix_web::http::StatusCode;
use actix_web::http::header::{ETAG, IF_MATCH, LOCATION};
use actix_web::{FromRequest, HttpRequest, HttpResponse, dev::Payload};
use serde::Serialize;
use store::{StoreError, Tx};
use validator::Validate;
use wire::error::ErrorCode;

use crate::auth::Authenticated;
use crate::error::{ApiError, ApiResult};
use crate::i18n;
use crate::state::AppState;

/// The version a client saw, from `If-Match: "<version>"`. Absent or `*` means
/// "whatever is current".
#[derive(Debug, Clone, Copy)]
pub struct IfMatch(pub Option<i32>);

impl FromRequest for IfMatch {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(raw) = req.headers().get(IF_MATCH).and_then(|h| h.to_str().ok()) else {
            return ready(Ok(IfMatch(None)));
        };
        let raw = raw.trim();
        if raw == "*" {
            return ready(Ok(IfMatch(None)));
        }
        let tag = raw.trim_start_matches("W/").trim_matches('"');
        // A tag that is not one of ours cannot match the current version.
        ready(Ok(IfMatch(Some(tag.parse().unwrap_or(-1)))))
    }
}

/// The `Idempotency-Key` of a create request.
#[derive(Debug, Clone)]
pub struct IdempotencyKey(pub Option<String>);

impl FromRequest for IdempotencyKey {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let key = req
            .headers()
            .get(wire::routes::headers::IDEMPOTENCY_KEY)
            .map(|h| h.to_str().map(str::trim).map(str::to_owned));
        ready(match key {
            None => Ok(IdempotencyKey(None)),
            Some(Ok(k)) if !k.is_empty() && k.len() <= 200 => Ok(IdempotencyKey(Some(k))),
            Some(_) => Err(ApiError::with_detail(
                ErrorCode::InvalidQuery,
                "Idempotency-Key: от 1 до 200 печатных символов",
                "Idempotency-Key: 1 to 200 printable characters",
            )),
        })
    }
}

pub fn etag(version: i32) -> String {
    format!("\"{version}\"")
}

/// A resource with its `ETag`.
pub fn ok_with_etag<T: Serialize>(version: i32, body: &T) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((ETAG, etag(version)))
        .json(body)
}

/// Structural checks of a request body, reported per field.
pub fn validate<T: Validate>(body: &T) -> ApiResult<()> {
    body.validate()
        .map_err(|e| ApiError::Validation(i18n::from_validator(&e)))
}

/// What a create operation made.
pub struct Created {
    pub body: serde_json::Value,
    pub location: String,
}

impl Created {
    pub fn new<T: Serialize>(body: &T, location: String) -> ApiResult<Self> {
        let body = serde_json::to_value(body).map_err(|e| ApiError::Internal(e.to_string()))?;
        Ok(Self { body, location })
    }
}

fn created_response(status: StatusCode, body: &str, replayed: bool) -> HttpResponse {
    let value: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let mut res = HttpResponse::build(status);
    if let Some(v) = value.get("version").and_then(serde_json::Value::as_i64) {
        res.insert_header((ETAG, etag(v as i32)));
    }
    if replayed {
        res.insert_header(("Idempotent-Replayed", "true"));
    }
    res.content_type("application/json").body(body.to_owned())
}

/// Runs a create in one transaction. With an `Idempotency-Key`, a retry of the same
/// request returns the first answer; the key is stored in the same transaction, so of
/// two concurrent retries exactly one creates.
pub async fn create_idempotent(
    state: &AppState,
    auth: &Authenticated,
    key: IdempotencyKey,
    fingerprint: (&str, &impl Serialize),
    create: impl AsyncFnOnce(&Tx) -> ApiResult<Created>,
) -> ApiResult<HttpResponse> {
    let body = serde_json::to_vec(fingerprint.1).map_err(|e| ApiError::Internal(e.to_string()))?;
    let hash = store::idempotency::request_hash("POST", fingerprint.0, &body);
    let replay = async |key: &str| -> ApiResult<HttpResponse> {
        let r = store::idempotency::find(state.store.conn(), auth.user.id, key)
            .await?
            .ok_or_else(|| ApiError::code(ErrorCode::Conflict))?;
        if r.request_hash != hash {
            return Err(ApiError::code(ErrorCode::IdempotencyKeyReused));
        }
        let status = StatusCode::from_u16(r.status).unwrap_or(StatusCode::CREATED);
        Ok(created_response(status, &r.body, true))
    };
    if let Some(k) = &key.0
        && store::idempotency::find(state.store.conn(), auth.user.id, k)
            .await?
            .is_some()
    {
        return replay(k).await;
    }
    let tx = state.store.begin().await?;
    let created = create(&tx).await?;
    let text = created.body.to_string();
    if let Some(k) = &key.0 {
        let stored = store::idempotency::store(&tx, auth.user.id, k, &hash, 201, &text).await;
        if let Err(e) = stored {
            return match StoreError::from(e) {
                StoreError::Duplicate(_) => {
                    tx.rollback().await?;
                    replay(k).await
                }
                other => Err(other.into()),
            };
        }
    }
    tx.commit().await?;
    let mut res = created_response(StatusCode::CREATED, &text, false);
    if let Ok(v) = created
        .location
        .parse::<actix_web::http::header::HeaderValue>()
    {
        res.headers_mut().insert(LOCATION, v);
    }
    Ok(res)
}
