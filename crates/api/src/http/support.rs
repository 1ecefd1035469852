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

/// What a create operation made: the response body, whose `id` and `version` give the
/// `Location` and `ETag` headers.
pub struct Created {
    pub body: serde_json::Value,
}

impl Created {
    pub fn new<T: Serialize>(body: &T) -> ApiResult<Self> {
        let body = serde_json::to_value(body).map_err(|e| ApiError::Internal(e.to_string()))?;
        Ok(Self { body })
    }
}

/// How a created resource is addressed, and the request that created it.
pub struct CreateRequest<'a, T: Serialize> {
    /// The collection path, part of the request fingerprint.
    pub path: &'a str,
    /// The parsed body, the other part of the fingerprint.
    pub body: &'a T,
    /// The URL of the created resource from its id.
    pub location: fn(uuid::Uuid) -> String,
}

fn created_response(
    status: StatusCode,
    body: &str,
    replayed: bool,
    location: fn(uuid::Uuid) -> String,
) -> HttpResponse {
    let value: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let mut res = HttpResponse::build(status);
    if let Some(v) = value.get("version").and_then(serde_json::Value::as_i64) {
        res.insert_header((ETAG, etag(v as i32)));
    }
    if let Some(id) = value
        .get("id")
        .and_then(|v| v.as_str())
        .and_then(|s| s.parse().ok())
    {
        res.insert_header((LOCATION, location(id)));
    }
    if replayed {
        res.insert_header(("Idempotent-Replayed", "true"));
    }
    res.content_type("application/json").body(body.to_owned())
}

/// Runs a create in one transaction. With an `Idempotency-Key`, a retry of the same
/// request returns the first answer; the key is stored in the same transaction, so of
/// two concurrent retries exactly one creates and the others replay its answer — also
/// when they lose on another unique constraint (such as the external id) first.
pub async fn create_idempotent<T: Serialize>(
    state: &AppState,
    auth: &Authenticated,
    key: IdempotencyKey,
    req: CreateRequest<'_, T>,
    create: impl AsyncFnOnce(&Tx) -> ApiResult<Created>,
) -> ApiResult<HttpResponse> {
    let body = serde_json::to_vec(req.body).map_err(|e| ApiError::Internal(e.to_string()))?;
    let hash = store::idempotency::request_hash("POST", req.path, &body);
    let location = req.location;
    let replay = async |key: &str| -> ApiResult<Option<HttpResponse>> {
        let Some(r) = store::idempotency::find(state.store.conn(), auth.user.id, key).await? else {
            return Ok(None);
        };
        if r.request_hash != hash {
            return Err(ApiError::code(ErrorCode::IdempotencyKeyReused));
        }
        let status = StatusCode::from_u16(r.status).unwrap_or(StatusCode::CREATED);
        Ok(Some(created_response(status, &r.body, true, location)))
    };
    if let Some(k) = &key.0
        && let Some(res) = replay(k).await?
    {
        return Ok(res);
    }
    let tx = state.store.begin().await?;
    let outcome = match create(&tx).await {
        Ok(created) => {
            let text = created.body.to_string();
            match &key.0 {
                Some(k) => store::idempotency::store(&tx, auth.user.id, k, &hash, 201, &text)
                    .await
                    .map(|()| text)
                    .map_err(|e| ApiError::from(StoreError::from(e))),
                None => Ok(text),
            }
        }
        Err(e) => Err(e),
    };
    match outcome {
        Ok(text) => {
            tx.commit().await?;
            Ok(created_response(
                StatusCode::CREATED,
                &text,
                false,
                location,
            ))
        }
        Err(e) => {
            tx.rollback().await?;
            // A concurrent request with the same key may have won: answer as it did.
            if let Some(k) = &key.0
                && let Some(res) = replay(k).await?
            {
                return Ok(res);
            }
            Err(e)
        }
    }
}
