//! The writes of accounts: create, change, set a password. Password hashes are made
//! before the transaction (argon2 is slow on purpose and must not hold the writer), and
//! everything else — the rights, the checks, ending the sessions of a disabled account —
//! happens inside it.

use store::entities::user::Model;
use uuid::Uuid;
use wire::user::{UserCreate, UserUpdate};

use crate::users::{check_account, check_new};
use crate::{Ctx, OpError, OpResult};

/// Creates an account whose password hashes to `hash`.
pub async fn create(ctx: &Ctx<'_>, input: &UserCreate, hash: &str) -> OpResult<Model> {
    let cap = ctx.actor.administer_users()?;
    let (username, data) = check_new(ctx.db, input).await?;
    Ok(store::users::create(ctx.db, &cap, &username, hash, &data, ctx.audit).await?)
}

/// Changes account `id`; disabling it ends its sessions and calendar feeds. Nobody
/// disables their own account or changes their own role.
pub async fn update(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    input: &UserUpdate,
) -> OpResult<Model> {
    let cap = ctx.actor.administer_users()?;
    if id == ctx.actor.user.as_uuid() && (input.disabled || input.role != ctx.actor.role) {
        return Err(OpError::with_detail(
            wire::ErrorCode::Forbidden,
            "Нельзя отключить свою учётную запись или сменить свою роль",
            "You cannot disable your own account or change your own role",
        ));
    }
    let mut issues = Vec::new();
    let data = check_account(
        ctx.db,
        &input.display_name,
        input.role,
        input.municipality_id,
        input.organization_id,
        input.disabled,
        &mut issues,
    )
    .await?
    .ok_or(OpError::Validation(issues))?;
    let m = store::users::update(ctx.db, &cap, id, expected, &data, ctx.audit).await?;
    if m.disabled {
        revoke_access(ctx, &m).await?;
    }
    Ok(m)
}

/// Sets the password of account `id` to the one hashing to `hash` and ends every session
/// and feed of the account.
pub async fn set_password(ctx: &Ctx<'_>, id: Uuid, hash: &str) -> OpResult<Model> {
    let cap = ctx.actor.administer_users()?;
    let m = store::users::set_password(ctx.db, &cap, id, hash, ctx.audit).await?;
    revoke_access(ctx, &m).await?;
    Ok(m)
}

/// Ends every session and calendar feed of the account.
async fn revoke_access(ctx: &Ctx<'_>, m: &Model) -> OpResult<()> {
    store::tokens::revoke_user(ctx.db, m.id, clock::real_now()).await?;
    let anchor = store::users::anchor(ctx.db, m).await?.unwrap_or_default();
    store::feeds::revoke_user(ctx.db, domain::UserId(m.id), anchor, ctx.audit).await?;
    Ok(())
}
