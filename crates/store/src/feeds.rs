//! Calendar feeds: secret addresses that calendar applications subscribe to. The token
//! is stored hashed; a feed acts for its user with the user's rights of the moment.

use chrono::{DateTime, Utc};
use domain::UserId;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::audit::{self, AuditCtx, Change, snapshot};
use crate::entities::calendar_feed::{ActiveModel, Column, Entity, Model};
use crate::users::Anchor;
use crate::{StoreError, new_id};

pub fn hash(token: &str) -> String {
    format!("{:x}", Sha256::digest(token.as_bytes()))
}

/// What a feed shows: a group's sessions or a teacher's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedOf {
    Group(Uuid),
    Staff(Uuid),
}

pub fn of(m: &Model) -> Option<FeedOf> {
    match (m.group_id, m.staff_id) {
        (Some(g), _) => Some(FeedOf::Group(g)),
        (None, Some(s)) => Some(FeedOf::Staff(s)),
        (None, None) => None,
    }
}

fn change(action: &'static str, m: &Model, owner: Anchor) -> Change {
    Change {
        action,
        entity_type: "calendar_feed",
        entity_id: Some(m.id.to_string()),
        municipality_id: owner.municipality_id,
        organization_id: owner.organization_id,
        before: None,
        after: snapshot(m),
    }
}

/// A feed of `user`, whose account belongs at `owner`.
pub async fn create(
    c: &impl ConnectionTrait,
    user: UserId,
    owner: Anchor,
    token: &str,
    what: FeedOf,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let (group_id, staff_id) = match what {
        FeedOf::Group(g) => (Some(g), None),
        FeedOf::Staff(s) => (None, Some(s)),
    };
    let a = ActiveModel {
        id: Set(new_id()),
        user_id: Set(user.as_uuid()),
        token_hash: Set(hash(token)),
        group_id: Set(group_id),
        staff_id: Set(staff_id),
        created_at: Set(ctx.at),
        last_used_at: Set(None),
    };
    let m = Entity::insert(a).exec_with_returning(c).await?;
    audit::record(c, ctx, change("create", &m, owner)).await?;
    Ok(m)
}

/// The user's own feeds, newest first.
pub async fn of_user(c: &impl ConnectionTrait, user: UserId) -> Result<Vec<Model>, StoreError> {
    Ok(Entity::find()
        .filter(Column::UserId.eq(user.as_uuid()))
        .order_by_desc(Column::CreatedAt)
        .all(c)
        .await?)
}

/// Deletes one of the user's feeds; another user's is not found.
pub async fn delete(
    c: &impl ConnectionTrait,
    user: UserId,
    owner: Anchor,
    id: Uuid,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let m = Entity::find_by_id(id)
        .filter(Column::UserId.eq(user.as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    Entity::delete_many()
        .filter(Column::Id.eq(m.id))
        .exec(c)
        .await?;
    audit::record(c, ctx, change("delete", &m, owner)).await?;
    Ok(())
}

/// Ends every feed of a user (a disabled account, a password reset): their secret
/// addresses stop working with the account's sessions.
pub async fn revoke_user(
    c: &impl ConnectionTrait,
    user: UserId,
    owner: Anchor,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    for m in of_user(c, user).await? {
        Entity::delete_many()
            .filter(Column::Id.eq(m.id))
            .exec(c)
            .await?;
        audit::record(c, ctx, change("revoke", &m, owner)).await?;
    }
    Ok(())
}

/// The feed a token opens, marked as used.
pub async fn by_token(
    c: &impl ConnectionTrait,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Model>, StoreError> {
    let Some(m) = Entity::find()
        .filter(Column::TokenHash.eq(hash(token)))
        .one(c)
        .await?
    else {
        return Ok(None);
    };
    Entity::update_many()
        .col_expr(Column::LastUsedAt, Expr::value(now))
        .filter(Column::Id.eq(m.id))
        .exec(c)
        .await?;
    Ok(Some(m))
}
