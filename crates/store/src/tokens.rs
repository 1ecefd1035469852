//! Refresh tokens: rotating, reuse-detecting, within an absolute session lifetime.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::entities::refresh_token;
use crate::{StoreError, new_id};

fn hash(token: &str) -> String {
    format!("{:x}", Sha256::digest(token.as_bytes()))
}

/// A fresh refresh token: 244 random bits from the OS generator.
fn generate() -> String {
    format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple())
}

/// A rotation chain continued by a refresh: its id and when its sign-in ends for good.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Family {
    pub id: Uuid,
    pub ends_at: DateTime<Utc>,
}

/// Issues a refresh token; `family` continues a rotation chain (and the token expires
/// no later than the chain's end), `None` starts one.
pub async fn issue(
    c: &impl ConnectionTrait,
    user_id: Uuid,
    family: Option<Family>,
    ttl: Duration,
    now: DateTime<Utc>,
) -> Result<String, StoreError> {
    let token = generate();
    let expires_at = match family {
        Some(f) => (now + ttl).min(f.ends_at),
        None => now + ttl,
    };
    let row = refresh_token::ActiveModel {
        id: Set(new_id()),
        user_id: Set(user_id),
        family_id: Set(family.map_or_else(new_id, |f| f.id)),
        token_hash: Set(hash(&token)),
        expires_at: Set(expires_at),
        created_at: Set(now),
        used_at: Set(None),
        revoked_at: Set(None),
    };
    refresh_token::Entity::insert(row)
        .exec_without_returning(c)
        .await?;
    Ok(token)
}

/// The result of presenting a refresh token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rotation {
    /// Valid: the token is now spent; continue the family.
    Rotated { user_id: Uuid, family: Family },
    /// Unknown, expired or revoked.
    Invalid,
    /// Already spent: someone replayed it. The family has been revoked.
    Reused { user_id: Uuid },
}

/// Spends a refresh token. The spend is a conditional update, so of two concurrent
/// presentations only one rotates. A family older than `session_max` (counted from the
/// sign-in that started it) is over: the user signs in again.
pub async fn spend(
    c: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
    session_max: Duration,
) -> Result<Rotation, StoreError> {
    use refresh_token::Column;
    let Some(row) = refresh_token::Entity::find()
        .filter(Column::TokenHash.eq(hash(token)))
        .one(c)
        .await?
    else {
        return Ok(Rotation::Invalid);
    };
    if row.revoked_at.is_some() || row.expires_at <= now {
        return Ok(Rotation::Invalid);
    }
    let started = refresh_token::Entity::find()
        .filter(Column::FamilyId.eq(row.family_id))
        .order_by_asc(Column::CreatedAt)
        .one(c)
        .await?
        .map_or(row.created_at, |first| first.created_at);
    let ends_at = started + session_max;
    if ends_at <= now {
        revoke_family(c, row.family_id, now).await?;
        return Ok(Rotation::Invalid);
    }
    let res = refresh_token::Entity::update_many()
        .col_expr(Column::UsedAt, Expr::value(now))
        .filter(Column::Id.eq(row.id))
        .filter(Column::UsedAt.is_null())
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        revoke_family(c, row.family_id, now).await?;
        return Ok(Rotation::Reused {
            user_id: row.user_id,
        });
    }
    Ok(Rotation::Rotated {
        user_id: row.user_id,
        family: Family {
            id: row.family_id,
            ends_at,
        },
    })
}

pub async fn revoke_family(
    c: &impl ConnectionTrait,
    family: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    use refresh_token::Column;
    refresh_token::Entity::update_many()
        .col_expr(Column::RevokedAt, Expr::value(now))
        .filter(Column::FamilyId.eq(family))
        .filter(Column::RevokedAt.is_null())
        .exec(c)
        .await?;
    Ok(())
}

/// Revokes the family of a presented token (logout). Unknown tokens are ignored.
pub async fn revoke_by_token(
    c: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Uuid>, StoreError> {
    use refresh_token::Column;
    let row = refresh_token::Entity::find()
        .filter(Column::TokenHash.eq(hash(token)))
        .one(c)
        .await?;
    match row {
        Some(r) => {
            revoke_family(c, r.family_id, now).await?;
            Ok(Some(r.user_id))
        }
        None => Ok(None),
    }
}

/// Revokes every session of a user (disabled account, password reset).
pub async fn revoke_user(
    c: &impl ConnectionTrait,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    use refresh_token::Column;
    refresh_token::Entity::update_many()
        .col_expr(Column::RevokedAt, Expr::value(now))
        .filter(Column::UserId.eq(user_id))
        .filter(Column::RevokedAt.is_null())
        .exec(c)
        .await?;
    Ok(())
}
