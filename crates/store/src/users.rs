//! User accounts.

use domain::access::UserAdministration;
use domain::text::search_key;
use domain::{MunicipalityId, OrganizationId, Role};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::audit::{self, AuditCtx, Change, snapshot};
use crate::cursor::{Cursor, after, finish_page, page_limit};
use crate::entities::user::{ActiveModel, Column, Entity, Model};
use crate::{StoreError, new_id};

/// The anchor and role of an account.
#[derive(Debug, Clone)]
pub struct UserData {
    pub display_name: String,
    pub role: Role,
    pub municipality_id: Option<MunicipalityId>,
    pub organization_id: Option<OrganizationId>,
    pub disabled: bool,
}

pub async fn by_username(
    c: &impl ConnectionTrait,
    username: &str,
) -> Result<Option<Model>, StoreError> {
    Ok(Entity::find()
        .filter(Column::Username.eq(username))
        .one(c)
        .await?)
}

/// Where an account belongs: the municipality (of its organization, for school staff)
/// and the organization. Audit records of the account's own actions carry it, so the
/// authority's audit view shows them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Anchor {
    pub municipality_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
}

/// The anchor of an account, or `None` when its organization or municipality has been
/// deleted: the accounts of a deleted school no longer sign in or act.
pub async fn anchor(c: &impl ConnectionTrait, u: &Model) -> Result<Option<Anchor>, StoreError> {
    Ok(match (u.organization_id, u.municipality_id) {
        (Some(o), _) => crate::organizations::facts(c, o).await?.map(|f| Anchor {
            municipality_id: Some(f.municipality.as_uuid()),
            organization_id: Some(o),
        }),
        (None, Some(m)) => crate::municipalities::exists(c, m)
            .await?
            .then_some(Anchor {
                municipality_id: Some(m),
                organization_id: None,
            }),
        (None, None) => Some(Anchor::default()),
    })
}

/// The account behind a token (only for authentication).
pub async fn by_id(c: &impl ConnectionTrait, id: Uuid) -> Result<Option<Model>, StoreError> {
    Ok(Entity::find_by_id(id).one(c).await?)
}

pub async fn count(c: &impl ConnectionTrait) -> Result<u64, StoreError> {
    Ok(Entity::find().count(c).await?)
}

pub async fn get(
    c: &impl ConnectionTrait,
    _cap: &UserAdministration,
    id: Uuid,
) -> Result<Model, StoreError> {
    Entity::find_by_id(id)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}

#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    pub role: Option<Role>,
    pub organization_id: Option<Uuid>,
    pub municipality_id: Option<Uuid>,
    pub q: Option<String>,
}

pub async fn list(
    c: &impl ConnectionTrait,
    _cap: &UserAdministration,
    f: &UserFilter,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<Model>, Option<String>), StoreError> {
    let limit = page_limit(limit)?;
    let mut q = Entity::find();
    if let Some(r) = f.role {
        q = q.filter(Column::Role.eq(r.as_str()));
    }
    if let Some(o) = f.organization_id {
        q = q.filter(Column::OrganizationId.eq(o));
    }
    if let Some(m) = f.municipality_id {
        q = q.filter(Column::MunicipalityId.eq(m));
    }
    if let Some(cond) =
        f.q.as_deref()
            .and_then(|t| crate::search::contains(Column::SortKey, t))
    {
        q = q.filter(cond);
    }
    if let Some(cur) = cursor.map(Cursor::decode).transpose()? {
        q = q.filter(after(Column::SortKey, Column::Id, &cur, true));
    }
    let rows = q
        .order_by_asc(Column::SortKey)
        .order_by_asc(Column::Id)
        .limit(limit + 1)
        .all(c)
        .await?;
    Ok(finish_page(rows, limit, |m| Cursor {
        key: m.sort_key.clone(),
        id: m.id,
    }))
}

fn sort_key(username: &str, display_name: &str) -> String {
    search_key(&format!("{username} {display_name}"))
}

fn change(action: &'static str, m: &Model, before: Option<serde_json::Value>) -> Change {
    Change {
        action,
        entity_type: "user",
        entity_id: Some(m.id.to_string()),
        municipality_id: m.municipality_id,
        organization_id: m.organization_id,
        before,
        after: snapshot(m),
    }
}

pub async fn create(
    c: &impl ConnectionTrait,
    _cap: &UserAdministration,
    username: &str,
    password_hash: &str,
    d: &UserData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let now = ctx.at;
    let a = ActiveModel {
        id: Set(new_id()),
        username: Set(username.to_owned()),
        display_name: Set(d.display_name.clone()),
        sort_key: Set(sort_key(username, &d.display_name)),
        password_hash: Set(password_hash.to_owned()),
        role: Set(d.role.as_str().to_owned()),
        municipality_id: Set(d.municipality_id.map(|m| m.as_uuid())),
        organization_id: Set(d.organization_id.map(|o| o.as_uuid())),
        disabled: Set(d.disabled),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let m = Entity::insert(a).exec_with_returning(c).await?;
    audit::record(c, ctx, change("create", &m, None)).await?;
    Ok(m)
}

pub async fn update(
    c: &impl ConnectionTrait,
    cap: &UserAdministration,
    id: Uuid,
    expected_version: Option<i32>,
    d: &UserData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let before = get(c, cap, id).await?;
    if expected_version.is_some_and(|v| v != before.version) {
        return Err(StoreError::VersionMismatch {
            current: before.version,
        });
    }
    let a = ActiveModel {
        display_name: Set(d.display_name.clone()),
        sort_key: Set(sort_key(&before.username, &d.display_name)),
        role: Set(d.role.as_str().to_owned()),
        municipality_id: Set(d.municipality_id.map(|m| m.as_uuid())),
        organization_id: Set(d.organization_id.map(|o| o.as_uuid())),
        disabled: Set(d.disabled),
        version: Set(before.version + 1),
        updated_at: Set(ctx.at),
        ..Default::default()
    };
    let res = Entity::update_many()
        .set(a)
        .filter(Column::Id.eq(id))
        .filter(Column::Version.eq(before.version))
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        return Err(StoreError::VersionMismatch {
            current: before.version + 1,
        });
    }
    let after = get(c, cap, id).await?;
    audit::record(c, ctx, change("update", &after, snapshot(&before))).await?;
    Ok(after)
}

pub async fn set_password(
    c: &impl ConnectionTrait,
    cap: &UserAdministration,
    id: Uuid,
    password_hash: &str,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let before = get(c, cap, id).await?;
    let a = ActiveModel {
        password_hash: Set(password_hash.to_owned()),
        version: Set(before.version + 1),
        updated_at: Set(ctx.at),
        ..Default::default()
    };
    Entity::update_many()
        .set(a)
        .filter(Column::Id.eq(id))
        .exec(c)
        .await?;
    let after = get(c, cap, id).await?;
    audit::record(
        c,
        ctx,
        Change {
            action: "reset_password",
            ..change("update", &after, None)
        },
    )
    .await?;
    Ok(after)
}
