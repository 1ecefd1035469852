use sea_orm::{DbErr, SqlErr};

/// What a repository operation can fail with, beyond the database being down.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// The record changed since the caller read it.
    #[error("version mismatch: the record is at version {current}")]
    VersionMismatch { current: i32 },
    /// A unique constraint refused the row; the string names the clashing field.
    #[error("duplicate {0}")]
    Duplicate(&'static str),
    /// A group whose attendance was taken: its sessions are history, never deleted.
    #[error("the group has attended sessions")]
    GroupHasAttendance,
    /// A foreign key still points at the row.
    #[error("still referenced")]
    StillReferenced,
    #[error("invalid cursor")]
    InvalidCursor,
    /// A stored value that breaks the rules it was stored under; never guessed around.
    #[error("corrupt stored data: {0}")]
    Corrupt(String),
    /// A page size outside the bounds of `cursor::page_limit`.
    #[error("invalid page size")]
    InvalidLimit,
    #[error(transparent)]
    Db(DbErr),
}

impl From<DbErr> for StoreError {
    fn from(e: DbErr) -> Self {
        match e.sql_err() {
            // The field comes from the constraint the schema declares (`constraints`); a
            // violation of one it does not declare is a plain conflict.
            Some(SqlErr::UniqueConstraintViolation(_)) => StoreError::Duplicate(
                crate::constraints::violated(&e).map_or("unique", |u| u.field),
            ),
            Some(SqlErr::ForeignKeyConstraintViolation(_)) => StoreError::StillReferenced,
            _ => StoreError::Db(e),
        }
    }
}
