//! The one error type of the API. Each variant maps to a stable `ErrorCode`; the body is an
//! RFC 9457 problem rendered in the request's language by [`crate::http::middleware`].

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use domain::access::Denied;
use store::StoreError;
use wire::error::{ErrorCode, FieldError, Lang, Problem};

use crate::i18n::{self, FieldIssue};

#[derive(Debug)]
pub enum ApiError {
    /// A client-caused problem with a stable code; `detail` overrides the code's title.
    Client {
        code: ErrorCode,
        detail: Option<Detail>,
    },
    /// Invalid fields (422 `validation_failed`).
    Validation(Vec<FieldIssue>),
    /// A rule of its own code broken by some fields (e.g. `agreement_incomplete`).
    Fields {
        code: ErrorCode,
        detail: Detail,
        issues: Vec<FieldIssue>,
    },
    /// The path exists but not with this method; `allow` lists the methods it has.
    MethodNotAllowed { allow: String },
    /// Our fault; the cause is logged, never sent.
    Internal(String),
}

/// A detail message in both languages.
#[derive(Debug, Clone)]
pub struct Detail {
    pub ru: String,
    pub en: String,
}

impl ApiError {
    pub fn code(code: ErrorCode) -> Self {
        ApiError::Client { code, detail: None }
    }

    pub fn with_detail(code: ErrorCode, ru: impl Into<String>, en: impl Into<String>) -> Self {
        ApiError::Client {
            code,
            detail: Some(Detail {
                ru: ru.into(),
                en: en.into(),
            }),
        }
    }

    pub fn not_found() -> Self {
        Self::code(ErrorCode::NotFound)
    }

    pub fn field(field: &str, issue: i18n::Issue) -> Self {
        ApiError::Validation(vec![FieldIssue::new(field, issue)])
    }

    /// The same error about an item of a list: its fields get the item's path as prefix
    /// (`left_on` → `members[2].left_on`).
    pub fn within(self, prefix: &str) -> Self {
        let prefixed = |issues: Vec<FieldIssue>| {
            issues
                .into_iter()
                .map(|i| FieldIssue {
                    field: format!("{prefix}.{}", i.field),
                    ..i
                })
                .collect()
        };
        match self {
            ApiError::Validation(issues) => ApiError::Validation(prefixed(issues)),
            ApiError::Fields {
                code,
                detail,
                issues,
            } => ApiError::Fields {
                code,
                detail,
                issues: prefixed(issues),
            },
            other => other,
        }
    }

    pub fn error_code(&self) -> ErrorCode {
        match self {
            ApiError::Client { code, .. } => *code,
            ApiError::Validation(_) => ErrorCode::ValidationFailed,
            ApiError::Fields { code, .. } => *code,
            ApiError::MethodNotAllowed { .. } => ErrorCode::MethodNotAllowed,
            ApiError::Internal(_) => ErrorCode::Internal,
        }
    }

    /// The problem document in a language.
    pub fn problem(&self, lang: Lang, request_id: Option<String>) -> Problem {
        let code = self.error_code();
        let title = code.title(lang).to_owned();
        let (detail, errors) = match self {
            ApiError::Client {
                detail: Some(d), ..
            } => (
                if lang == Lang::En {
                    d.en.clone()
                } else {
                    d.ru.clone()
                },
                Vec::new(),
            ),
            ApiError::Validation(issues) => (
                i18n::validation_summary(issues.len(), lang),
                issues.iter().map(|i| field_error(i, lang)).collect(),
            ),
            ApiError::Fields { detail, issues, .. } => (
                if lang == Lang::En {
                    detail.en.clone()
                } else {
                    detail.ru.clone()
                },
                issues.iter().map(|i| field_error(i, lang)).collect(),
            ),
            _ => (title.clone(), Vec::new()),
        };
        Problem {
            type_: format!("urn:setka:problem:{}", code.as_str()),
            title,
            status: code.status(),
            detail,
            code,
            request_id,
            errors,
        }
    }
}

fn field_error(i: &FieldIssue, lang: Lang) -> FieldError {
    FieldError {
        field: i.field.clone(),
        code: i.issue.code().to_owned(),
        message: i.issue.message(lang),
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::Client { code, .. } => write!(f, "{}", code.as_str()),
            ApiError::Validation(v) => write!(f, "validation_failed ({} fields)", v.len()),
            ApiError::Fields { code, issues, .. } => {
                write!(f, "{} ({} fields)", code.as_str(), issues.len())
            }
            ApiError::MethodNotAllowed { allow } => write!(f, "method_not_allowed (allow {allow})"),
            ApiError::Internal(cause) => write!(f, "internal: {cause}"),
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.error_code().status())
            .unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// Rendered in Russian here; the localization middleware re-renders it in the
    /// request's language with its request id.
    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(cause) = self {
            tracing::error!(%cause, "internal error");
        }
        let mut res = HttpResponse::build(self.status_code());
        if self.error_code() == ErrorCode::TooManyAttempts {
            res.insert_header(("Retry-After", "900"));
        }
        if let ApiError::MethodNotAllowed { allow } = self {
            res.insert_header(("Allow", allow.as_str()));
        }
        res.content_type("application/problem+json")
            .json(self.problem(Lang::Ru, None))
    }
}

impl From<Denied> for ApiError {
    fn from(d: Denied) -> Self {
        match d {
            Denied::NotFound => ApiError::not_found(),
            Denied::Forbidden => ApiError::code(ErrorCode::Forbidden),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::not_found(),
            StoreError::VersionMismatch { current } => ApiError::with_detail(
                ErrorCode::PreconditionFailed,
                format!(
                    "Запись изменена другим пользователем (текущая версия {current}). Обновите страницу."
                ),
                format!(
                    "The record was changed by someone else (current version {current}). Reload it."
                ),
            ),
            StoreError::Duplicate("external_id") => ApiError::code(ErrorCode::DuplicateExternalId),
            StoreError::Duplicate("username") => ApiError::code(ErrorCode::DuplicateUsername),
            StoreError::Duplicate("programme_code") => ApiError::Fields {
                code: ErrorCode::DuplicateProgrammeCode,
                detail: Detail {
                    ru: "Программа с таким кодом уже есть в сети: выберите другой код".into(),
                    en: "The network already has a programme with this code: choose another".into(),
                },
                issues: vec![FieldIssue::new("code", i18n::Issue::Taken)],
            },
            StoreError::Duplicate(_) => ApiError::code(ErrorCode::Conflict),
            StoreError::StillReferenced => ApiError::code(ErrorCode::StillReferenced),
            StoreError::GroupHasAttendance => ApiError::code(ErrorCode::GroupHasAttendance),
            StoreError::InvalidCursor => ApiError::with_detail(
                ErrorCode::InvalidQuery,
                "Неверный курсор страницы",
                "Invalid page cursor",
            ),
            StoreError::Corrupt(what) => ApiError::Internal(what),
            StoreError::InvalidLimit => ApiError::with_detail(
                ErrorCode::InvalidQuery,
                format!(
                    "Размер страницы (limit) — от {} до {}",
                    store::cursor::MIN_LIMIT,
                    store::cursor::MAX_LIMIT
                ),
                format!(
                    "The page size (limit) is from {} to {}",
                    store::cursor::MIN_LIMIT,
                    store::cursor::MAX_LIMIT
                ),
            ),
            StoreError::Db(db) => ApiError::Internal(db.to_string()),
        }
    }
}

impl From<sea_orm_err::DbErr> for ApiError {
    fn from(e: sea_orm_err::DbErr) -> Self {
        ApiError::from(StoreError::from(e))
    }
}

mod sea_orm_err {
    pub use store::DbErr;
}

pub type ApiResult<T> = Result<T, ApiError>;
