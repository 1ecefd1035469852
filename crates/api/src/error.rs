//! How an operation's error answers over HTTP: the status of its stable `ErrorCode` and an
//! RFC 9457 problem, rendered in the request's language by [`crate::http::middleware`].

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use domain::access::Denied;
use store::StoreError;
use wire::error::{ErrorCode, Lang};

pub use ops::error::Detail;
pub use ops::{OpError, OpResult};

/// An [`OpError`] on its way out as an HTTP response.
#[derive(Debug)]
pub struct ApiError(pub OpError);

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn not_found() -> Self {
        Self(OpError::not_found())
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.0.error_code().status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// Rendered in Russian here; the localization middleware re-renders it in the
    /// request's language with its request id.
    fn error_response(&self) -> HttpResponse {
        if let OpError::Internal(cause) = &self.0 {
            tracing::error!(%cause, "internal error");
        }
        let mut res = HttpResponse::build(self.status_code());
        if self.0.error_code() == ErrorCode::TooManyAttempts {
            res.insert_header(("Retry-After", "900"));
        }
        if let OpError::MethodNotAllowed { allow } = &self.0 {
            res.insert_header(("Allow", allow.as_str()));
        }
        res.content_type("application/problem+json")
            .json(self.0.problem(Lang::Ru, None))
    }
}

impl From<OpError> for ApiError {
    fn from(e: OpError) -> Self {
        Self(e)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        Self(e.into())
    }
}

impl From<Denied> for ApiError {
    fn from(d: Denied) -> Self {
        Self(d.into())
    }
}

impl From<store::DbErr> for ApiError {
    fn from(e: store::DbErr) -> Self {
        Self(e.into())
    }
}
