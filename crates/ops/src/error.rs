//! The one error of every operation. Each variant maps to a stable `ErrorCode` and renders
//! as an RFC 9457 problem in either language; the HTTP layer only picks the status from
//! the code, an importer writes the same problem into its row report.

use domain::access::Denied;
use store::StoreError;
use wire::error::{ErrorCode, FieldError, Lang, Problem};

use crate::i18n::{self, FieldIssue};

#[derive(Debug)]
pub enum OpError {
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

impl OpError {
    pub fn code(code: ErrorCode) -> Self {
        OpError::Client { code, detail: None }
    }

    pub fn with_detail(code: ErrorCode, ru: impl Into<String>, en: impl Into<String>) -> Self {
        OpError::Client {
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
        OpError::Validation(vec![FieldIssue::new(field, issue)])
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
            OpError::Validation(issues) => OpError::Validation(prefixed(issues)),
            OpError::Fields {
                code,
                detail,
                issues,
            } => OpError::Fields {
                code,
                detail,
                issues: prefixed(issues),
            },
            other => other,
        }
    }

    pub fn error_code(&self) -> ErrorCode {
        match self {
            OpError::Client { code, .. } => *code,
            OpError::Validation(_) => ErrorCode::ValidationFailed,
            OpError::Fields { code, .. } => *code,
            OpError::MethodNotAllowed { .. } => ErrorCode::MethodNotAllowed,
            OpError::Internal(_) => ErrorCode::Internal,
        }
    }

    /// The problem document in a language.
    pub fn problem(&self, lang: Lang, request_id: Option<String>) -> Problem {
        let code = self.error_code();
        let title = code.title(lang).to_owned();
        let (detail, errors) = match self {
            OpError::Client {
                detail: Some(d), ..
            } => (
                if lang == Lang::En {
                    d.en.clone()
                } else {
                    d.ru.clone()
                },
                Vec::new(),
            ),
            OpError::Validation(issues) => (
                i18n::validation_summary(issues.len(), lang),
                issues.iter().map(|i| field_error(i, lang)).collect(),
            ),
            OpError::Fields { detail, issues, .. } => (
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

impl std::fmt::Display for OpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpError::Client { code, .. } => write!(f, "{}", code.as_str()),
            OpError::Validation(v) => write!(f, "validation_failed ({} fields)", v.len()),
            OpError::Fields { code, issues, .. } => {
                write!(f, "{} ({} fields)", code.as_str(), issues.len())
            }
            OpError::MethodNotAllowed { allow } => write!(f, "method_not_allowed (allow {allow})"),
            OpError::Internal(cause) => write!(f, "internal: {cause}"),
        }
    }
}

impl From<Denied> for OpError {
    fn from(d: Denied) -> Self {
        match d {
            Denied::NotFound => OpError::not_found(),
            Denied::Forbidden => OpError::code(ErrorCode::Forbidden),
        }
    }
}

impl From<StoreError> for OpError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => OpError::not_found(),
            StoreError::VersionMismatch { current } => OpError::with_detail(
                ErrorCode::PreconditionFailed,
                format!(
                    "Запись изменена другим пользователем (текущая версия {current}). Обновите страницу."
                ),
                format!(
                    "The record was changed by someone else (current version {current}). Reload it."
                ),
            ),
            StoreError::Duplicate("external_id") => OpError::code(ErrorCode::DuplicateExternalId),
            StoreError::Duplicate("username") => OpError::code(ErrorCode::DuplicateUsername),
            StoreError::Duplicate("programme_code") => OpError::Fields {
                code: ErrorCode::DuplicateProgrammeCode,
                detail: Detail {
                    ru: "Программа с таким кодом уже есть в сети: выберите другой код".into(),
                    en: "The network already has a programme with this code: choose another".into(),
                },
                issues: vec![FieldIssue::new("code", i18n::Issue::Taken)],
            },
            StoreError::Duplicate("open_enrolment") => OpError::code(ErrorCode::AlreadyEnrolled),
            StoreError::Duplicate(_) => OpError::code(ErrorCode::Conflict),
            StoreError::StillReferenced => OpError::code(ErrorCode::StillReferenced),
            StoreError::GroupHasAttendance => OpError::code(ErrorCode::GroupHasAttendance),
            StoreError::InvalidCursor => OpError::with_detail(
                ErrorCode::InvalidQuery,
                "Неверный курсор страницы",
                "Invalid page cursor",
            ),
            StoreError::Corrupt(what) => OpError::Internal(what),
            StoreError::InvalidLimit => OpError::with_detail(
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
            StoreError::Db(db) => OpError::Internal(db.to_string()),
        }
    }
}

impl From<sea_orm_err::DbErr> for OpError {
    fn from(e: sea_orm_err::DbErr) -> Self {
        OpError::from(StoreError::from(e))
    }
}

mod sea_orm_err {
    pub use store::DbErr;
}

pub type OpResult<T> = Result<T, OpError>;
