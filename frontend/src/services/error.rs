//! What can go wrong with a request, mirroring HTTP and the server's problem documents.

use wire::{ErrorCode, FieldError, Problem};

/// A failed API call. Every server-side variant carries the RFC 9457 problem, whose
/// `title` and `detail` are already in the UI language (we send `Accept-Language`).
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// No response: the server is down or the network is gone.
    Network,
    /// 400: malformed request or query.
    BadRequest(Problem),
    /// 401: not signed in, token expired, wrong credentials.
    Unauthorized(Problem),
    /// 403: visible but not allowed (`forbidden`, `field_not_editable`).
    Forbidden(Problem),
    /// 404: absent or outside the user's scope.
    NotFound(Problem),
    /// 409: clashes with existing data.
    Conflict(Problem),
    /// 412: the record changed since it was loaded (`If-Match`).
    PreconditionFailed(Problem),
    /// 422: invalid fields; `errors` lists them.
    Unprocessable(Problem),
    /// 429: too many attempts.
    TooManyRequests(Problem),
    /// 5xx.
    Server(Problem),
    /// Another status with a problem document (405, 413, 415…).
    Other(Problem),
    /// A response that is not what the contract promises (a proxy's HTML page, bad JSON).
    Unexpected { status: u16 },
}

impl ApiError {
    pub fn from_problem(p: Problem) -> Self {
        match p.status {
            400 => ApiError::BadRequest(p),
            401 => ApiError::Unauthorized(p),
            403 => ApiError::Forbidden(p),
            404 => ApiError::NotFound(p),
            409 => ApiError::Conflict(p),
            412 => ApiError::PreconditionFailed(p),
            422 => ApiError::Unprocessable(p),
            429 => ApiError::TooManyRequests(p),
            500..=599 => ApiError::Server(p),
            _ => ApiError::Other(p),
        }
    }

    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ApiError::BadRequest(p)
            | ApiError::Unauthorized(p)
            | ApiError::Forbidden(p)
            | ApiError::NotFound(p)
            | ApiError::Conflict(p)
            | ApiError::PreconditionFailed(p)
            | ApiError::Unprocessable(p)
            | ApiError::TooManyRequests(p)
            | ApiError::Server(p)
            | ApiError::Other(p) => Some(p),
            ApiError::Network | ApiError::Unexpected { .. } => None,
        }
    }

    pub fn code(&self) -> Option<ErrorCode> {
        self.problem().map(|p| p.code)
    }

    /// Field errors of a validation failure; empty for anything else.
    pub fn field_errors(&self) -> &[FieldError] {
        self.problem().map(|p| p.errors.as_slice()).unwrap_or(&[])
    }

    /// The first message for `field`, if the server rejected it.
    pub fn field(&self, field: &str) -> Option<String> {
        self.field_errors()
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.clone())
    }

    pub fn is_stale(&self) -> bool {
        matches!(self, ApiError::PreconditionFailed(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(status: u16, code: ErrorCode) -> Problem {
        Problem {
            type_: format!("urn:setka:problem:{}", code.as_str()),
            title: "t".into(),
            status,
            detail: "d".into(),
            code,
            request_id: None,
            errors: vec![FieldError {
                field: "inn".into(),
                code: "inn_checksum".into(),
                message: "bad".into(),
            }],
        }
    }

    #[test]
    fn classifies_by_status() {
        let e = ApiError::from_problem(problem(422, ErrorCode::ValidationFailed));
        assert!(matches!(e, ApiError::Unprocessable(_)));
        assert_eq!(e.field("inn").as_deref(), Some("bad"));
        assert_eq!(e.field("full_name"), None);
        let e = ApiError::from_problem(problem(412, ErrorCode::PreconditionFailed));
        assert!(e.is_stale());
        assert_eq!(ApiError::Network.code(), None);
    }
}
