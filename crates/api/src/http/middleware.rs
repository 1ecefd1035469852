//! Cross-cutting HTTP behaviour: problem documents in the request's language with the
//! request id, security headers, and JSON/query/path error mapping.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError};
use actix_web::http::header::{ACCEPT_LANGUAGE, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, HttpRequest, HttpResponse};
use wire::error::{ErrorCode, Lang};

use crate::error::{ApiError, OpError};

/// Re-renders every `ApiError` response in the language of `Accept-Language`, adds the
/// request id to the body and the `X-Request-Id` header.
pub async fn problems(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let lang = Lang::from_accept_language(
        req.headers()
            .get(ACCEPT_LANGUAGE)
            .and_then(|h| h.to_str().ok()),
    );
    let request_id = req
        .extensions()
        .get::<tracing_actix_web::RequestId>()
        .map(|r| r.to_string());
    let res = next.call(req).await?;
    let mut res = match res
        .response()
        .error()
        .and_then(|e| e.as_error::<ApiError>())
    {
        Some(api) => {
            let problem = api.0.problem(lang, request_id.clone());
            let mut out = HttpResponse::build(res.status());
            for (k, v) in res.headers() {
                if k != actix_web::http::header::CONTENT_TYPE
                    && k != actix_web::http::header::CONTENT_LENGTH
                {
                    out.insert_header((k.clone(), v.clone()));
                }
            }
            let out = out.content_type("application/problem+json").json(problem);
            res.into_response(out)
        }
        None => res.map_into_boxed_body(),
    };
    if let Some(id) = request_id.and_then(|i| HeaderValue::from_str(&i).ok()) {
        res.headers_mut()
            .insert(HeaderName::from_static("x-request-id"), id);
    }
    Ok(res)
}

/// Content-Security-Policy fitting the wasm SPA: no inline scripts, wasm compilation allowed.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; \
     connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; \
     object-src 'none'";

/// Headers on every answer; over HTTPS (`public_url` is `https://`) browsers are also
/// told to keep to HTTPS for a year.
pub fn security_headers(https: bool) -> actix_web::middleware::DefaultHeaders {
    let headers = actix_web::middleware::DefaultHeaders::new()
        .add(("Content-Security-Policy", CSP))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"));
    if https {
        headers.add(("Strict-Transport-Security", "max-age=31536000"))
    } else {
        headers
    }
}

pub fn json_error(err: JsonPayloadError, _req: &HttpRequest) -> Error {
    let api = match &err {
        JsonPayloadError::OverflowKnownLength { .. } | JsonPayloadError::Overflow { .. } => {
            OpError::code(ErrorCode::PayloadTooLarge)
        }
        JsonPayloadError::ContentType => OpError::with_detail(
            ErrorCode::UnsupportedMediaType,
            "Ожидается Content-Type: application/json",
            "Expected Content-Type: application/json",
        ),
        JsonPayloadError::Deserialize(e) if e.is_data() => OpError::with_detail(
            ErrorCode::InvalidBody,
            format!("Неверная структура данных: {e}"),
            format!("Invalid body: {e}"),
        ),
        JsonPayloadError::Deserialize(e) => OpError::with_detail(
            ErrorCode::MalformedJson,
            format!("Ошибка разбора JSON: {e}"),
            format!("JSON syntax error: {e}"),
        ),
        other => OpError::with_detail(
            ErrorCode::MalformedJson,
            format!("Не удалось прочитать тело запроса: {other}"),
            format!("Could not read the body: {other}"),
        ),
    };
    ApiError(api).into()
}

pub fn query_error(err: QueryPayloadError, _req: &HttpRequest) -> Error {
    ApiError(OpError::with_detail(
        ErrorCode::InvalidQuery,
        format!("Неверные параметры запроса: {err}"),
        format!("Invalid query parameters: {err}"),
    ))
    .into()
}

pub fn path_error(err: PathError, req: &HttpRequest) -> Error {
    let _ = err;
    // `PUT /agreements/coverage` reaches `PUT /agreements/{id}`, but the path names the
    // coverage resource, which has other methods: 405 with them, as for any other path.
    let literal = req
        .app_data::<actix_web::web::Data<crate::state::AppState>>()
        .and_then(|s| s.routes.literal(req.path()));
    match literal {
        Some(methods) => ApiError(OpError::MethodNotAllowed {
            allow: methods.join(", "),
        })
        .into(),
        // A malformed id cannot name anything that exists.
        None => ApiError::not_found().into(),
    }
}
