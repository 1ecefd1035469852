//! The sign-in throttle: a counter per subject (an account name, a client address) in a
//! fixed window. An attempt is *claimed* before the password is checked, by a
//! conditional update that only succeeds below the limit; the database's row lock makes
//! concurrent claims queue, so no more attempts than the limit are ever verified — in one
//! process or many.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::StoreError;
use crate::entities::login_throttle::{Column, Entity};

/// One throttled subject and its limit of attempts per window.
#[derive(Debug, Clone)]
pub struct Subject {
    pub key: String,
    pub limit: u64,
}

impl Subject {
    pub fn account(username: &str, limit: u64) -> Self {
        Self::new("user", username, limit)
    }

    pub fn address(address: &str, limit: u64) -> Self {
        Self::new("addr", address, limit)
    }

    fn new(kind: &str, value: &str, limit: u64) -> Self {
        let value: String = value.chars().take(90).collect();
        Subject {
            key: format!("{kind}:{value}"),
            limit,
        }
    }
}

/// Claims one attempt for every subject; `false` when any of them is at its limit. Run
/// it in a transaction of its own and roll back on `false`, so a refused attempt counts
/// against none of them. Windows that started at or before `expired_before` start anew.
pub async fn claim(
    c: &impl ConnectionTrait,
    subjects: &[Subject],
    expired_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    for s in subjects {
        let insert = Query::insert()
            .into_table(Entity)
            .columns([Column::Subject, Column::WindowStartedAt, Column::Attempts])
            .values_panic([s.key.clone().into(), now.into(), 0.into()])
            .on_conflict(OnConflict::column(Column::Subject).do_nothing().to_owned())
            .to_owned();
        c.execute(&insert).await?;
        Entity::update_many()
            .col_expr(Column::Attempts, Expr::value(0))
            .col_expr(Column::WindowStartedAt, Expr::value(now))
            .filter(Column::Subject.eq(s.key.as_str()))
            .filter(Column::WindowStartedAt.lte(expired_before))
            .exec(c)
            .await?;
        let limit = i32::try_from(s.limit).unwrap_or(i32::MAX);
        let claimed = Entity::update_many()
            .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
            .filter(Column::Subject.eq(s.key.as_str()))
            .filter(Column::Attempts.lt(limit))
            .exec(c)
            .await?;
        if claimed.rows_affected == 0 {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A successful sign-in: the account starts afresh, and the address gets back the
/// attempt it spent (a school's computer lab signs many people in from one address).
pub async fn succeeded(
    c: &impl ConnectionTrait,
    account: &Subject,
    address: &Subject,
) -> Result<(), StoreError> {
    Entity::delete_many()
        .filter(Column::Subject.eq(account.key.as_str()))
        .exec(c)
        .await?;
    Entity::update_many()
        .col_expr(Column::Attempts, Expr::col(Column::Attempts).sub(1))
        .filter(Column::Subject.eq(address.key.as_str()))
        .filter(Column::Attempts.gt(0))
        .exec(c)
        .await?;
    Ok(())
}
