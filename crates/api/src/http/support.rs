//! Conventions every resource follows: ETag/If-Match, Idempotency-Key, validation.

use std::future::{Future, Ready, ready};
use std::pin::Pin;

use actix_web::http::StatusCode;
use actix_web::http::header::{ETAG, IF_MATCH, LOCATION};
use actix_web::{FromRequest, HttpRequest, HttpResponse, dev::Payload};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wire::error::ErrorCode;

use crate::auth::Authenticated;
use crate::error::{ApiError, ApiResult, OpError, OpResult};
use crate::state::AppState;

/// The version a client saw, from `If-Match: "<version>"` (or the weak `W/"<version>"`).
/// Absent, empty (an empty list of tags) or `*` means "whatever is current"; anything
/// else is refused with 400, as [`IF_MATCH_PATTERN`] states in the OpenAPI document.
#[derive(Debug, Clone, Copy)]
pub struct IfMatch(pub Option<i32>);

/// The `If-Match` values the server understands: `*` or one of its ETags.
pub const IF_MATCH_PATTERN: &str = r#"^(\*|(W/)?"[0-9]{1,9}")?$"#;

fn parse_if_match(raw: &str) -> Option<IfMatch> {
    if raw.is_empty() || raw == "*" {
        return Some(IfMatch(None));
    }
    let tag = raw.strip_prefix("W/").unwrap_or(raw);
    let digits = tag.strip_prefix('"')?.strip_suffix('"')?;
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().map(|v| IfMatch(Some(v)))
}

impl FromRequest for IfMatch {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(raw) = req.headers().get(IF_MATCH) else {
            return ready(Ok(IfMatch(None)));
        };
        ready(raw.to_str().ok().and_then(parse_if_match).ok_or_else(|| {
            ApiError(OpError::with_detail(
                ErrorCode::InvalidQuery,
                "If-Match: укажите ETag записи (например, \"3\") или *",
                "If-Match: send the record's ETag (such as \"3\") or *",
            ))
        }))
    }
}

/// The `Idempotency-Key` of a create request.
#[derive(Debug, Clone)]
pub struct IdempotencyKey(pub Option<String>);

/// 1 to 200 printable ASCII characters, spaces only inside (header values lose their
/// outer whitespace in transit, so a key could not keep it); empty is no key.
pub const IDEMPOTENCY_KEY_PATTERN: &str = r"^([!-~]([ -~]{0,198}[!-~])?)?$";

fn valid_idempotency_key(k: &str) -> bool {
    let b = k.as_bytes();
    let printable = |c: &u8| (b' '..=b'~').contains(c);
    (1..=200).contains(&b.len())
        && b.iter().all(printable)
        && b.first().is_some_and(|c| *c != b' ')
        && b.last().is_some_and(|c| *c != b' ')
}

impl FromRequest for IdempotencyKey {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let key = req
            .headers()
            .get(wire::routes::headers::IDEMPOTENCY_KEY)
            .map(|h| h.to_str().map(str::to_owned));
        ready(match key {
            None => Ok(IdempotencyKey(None)),
            Some(Ok(k)) if k.is_empty() => Ok(IdempotencyKey(None)),
            Some(Ok(k)) if valid_idempotency_key(&k) => Ok(IdempotencyKey(Some(k))),
            Some(_) => Err(OpError::with_detail(
                ErrorCode::InvalidQuery,
                "Idempotency-Key: от 1 до 200 печатных символов",
                "Idempotency-Key: 1 to 200 printable characters",
            )
            .into()),
        })
    }
}

/// A JSON request body. It is read like `web::Json` (the `JsonConfig`'s size limit,
/// content type check and error answers), then a number with a zero fraction (`74.0`)
/// is taken as the integer it is: JSON Schema, and so the OpenAPI document, counts it as
/// one, while serde would refuse it for an integer field.
#[derive(Debug)]
pub struct Json<T>(pub T);

impl<T> Json<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Json<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for Json<T> {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let value = actix_web::web::Json::<serde_json::Value>::from_request(req, payload);
        Box::pin(async move {
            let mut value = value.await?.into_inner();
            integral_numbers(&mut value);
            serde_json::from_value(value).map(Json).map_err(|e| {
                ApiError(OpError::with_detail(
                    ErrorCode::InvalidBody,
                    format!("Неверная структура данных: {e}"),
                    format!("Invalid body: {e}"),
                ))
                .into()
            })
        })
    }
}

/// Rewrites floats without a fraction (`74.0`, `-3e2`) as integers, everywhere in a value.
fn integral_numbers(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Number(n) => {
            if let Some(f) = n.as_f64().filter(|_| n.is_f64())
                && f.fract() == 0.0
            {
                // Outside these ranges the float stays, and an integer field refuses it.
                if (0.0..1.8e19).contains(&f) {
                    *v = Value::from(f as u64);
                } else if (-9.2e18..0.0).contains(&f) {
                    *v = Value::from(f as i64);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(integral_numbers),
        Value::Object(fields) => fields.values_mut().for_each(integral_numbers),
        _ => {}
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

/// Structural checks of a request body, reported per field: the operations' own.
pub use ops::validate;

/// What a create operation made: the record, whose `id` and `version` give the
/// `Location` and `ETag` headers.
pub struct Created {
    pub body: serde_json::Value,
}

impl Created {
    pub fn new<T: Serialize>(body: &T) -> OpResult<Self> {
        let body = serde_json::to_value(body).map_err(|e| OpError::Internal(e.to_string()))?;
        Ok(Self { body })
    }
}

impl Serialize for Created {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.body.serialize(s)
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
    body: &str,
    replayed: bool,
    location: fn(uuid::Uuid) -> String,
) -> HttpResponse {
    let value: serde_json::Value = serde_json::from_str(body).unwrap_or_default();
    let mut res = HttpResponse::build(StatusCode::CREATED);
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

/// Runs a create operation through [`ops::idempotency::create`]: in one transaction, and
/// with an `Idempotency-Key` a retry of the same request gets the first answer (marked
/// `Idempotent-Replayed`).
pub async fn create_idempotent<T: Serialize>(
    state: &AppState,
    auth: &Authenticated,
    key: IdempotencyKey,
    req: CreateRequest<'_, T>,
    create: impl AsyncFnOnce(&ops::Ctx<'_>) -> OpResult<Created>,
) -> ApiResult<HttpResponse> {
    let request = ops::idempotency::Request {
        user: auth.user.id,
        key: key.0.as_deref(),
        path: req.path,
        body: req.body,
    };
    let done = ops::idempotency::create(&state.ops, auth.who(), request, create).await?;
    Ok(created_response(&done.body, done.replayed, req.location))
}

/// A list answered whole, without a next page.
pub fn whole_page<T>(items: Vec<T>) -> wire::Page<T> {
    wire::Page {
        items,
        next_cursor: None,
    }
}

/// The language a request asks its messages in (`Accept-Language`).
pub fn lang(req: &actix_web::HttpRequest) -> wire::error::Lang {
    wire::error::Lang::from_accept_language(
        req.headers()
            .get("Accept-Language")
            .and_then(|h| h.to_str().ok()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_match_is_an_etag_or_star() {
        assert!(matches!(parse_if_match("*"), Some(IfMatch(None))));
        assert!(matches!(parse_if_match("\"3\""), Some(IfMatch(Some(3)))));
        assert!(matches!(
            parse_if_match("W/\"12\""),
            Some(IfMatch(Some(12)))
        ));
        assert!(matches!(parse_if_match(""), Some(IfMatch(None))));
        for bad in ["3", "\"\"", "\"-1\"", "\"1234567890\"", "null", "\"3\" "] {
            assert!(parse_if_match(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn integral_floats_become_integers() {
        let mut v = serde_json::json!({"a": 74.0, "b": [-3.0, 2.5], "c": "7.0", "d": 1e300});
        integral_numbers(&mut v);
        assert_eq!(
            v,
            serde_json::json!({"a": 74, "b": [-3, 2.5], "c": "7.0", "d": 1e300})
        );
        assert!(v["a"].is_u64() && v["b"][0].is_i64());
    }

    #[test]
    fn idempotency_keys_are_printable() {
        assert!(valid_idempotency_key("a"));
        assert!(valid_idempotency_key("key with spaces"));
        assert!(valid_idempotency_key(&"k".repeat(200)));
        for bad in ["", " a", "a ", "tab\there", "ключ"] {
            assert!(!valid_idempotency_key(bad), "{bad:?}");
        }
        assert!(!valid_idempotency_key(&"k".repeat(201)));
    }
}
