//! User accounts.

use domain::access::UserAdministration;
use domain::text::search_key;
use domain::{MunicipalityId, OrganizationId, Role};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
};
use uuid::Uuid;

use crate::StoreError;
use crate::audit::AuditCtx;
use crate::entities::user::{ActiveModel, Column, Entity, Model};
use crate::repo::{self, Owner};

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
    repo::page(c, q, Column::SortKey, limit, cursor).await
}

fn sort_key(username: &str, display_name: &str) -> String {
    search_key(&format!("{username} {display_name}"))
}

// An account is disabled, never removed: its name stays in the audit log.
repo::aggregate!(
    "user",
    no_soft_delete,
    |m| match (m.municipality_id, m.organization_id) {
        (Some(municipality), Some(organization)) => Owner::OrganizationIn {
            municipality,
            organization,
        },
        (None, Some(organization)) => Owner::Organization(organization),
        (Some(municipality), None) => Owner::Municipality(municipality),
        (None, None) => Owner::Nobody,
    }
);

fn fill(a: &mut ActiveModel, username: &str, d: &UserData) {
    a.display_name.set_if_not_equals(d.display_name.clone());
    a.sort_key
        .set_if_not_equals(sort_key(username, &d.display_name));
    a.role.set_if_not_equals(d.role.as_str().to_owned());
    a.municipality_id
        .set_if_not_equals(d.municipality_id.map(|m| m.as_uuid()));
    a.organization_id
        .set_if_not_equals(d.organization_id.map(|o| o.as_uuid()));
    a.disabled.set_if_not_equals(d.disabled);
}

pub async fn create(
    c: &impl ConnectionTrait,
    _cap: &UserAdministration,
    username: &str,
    password_hash: &str,
    d: &UserData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let mut a = ActiveModel {
        username: Set(username.to_owned()),
        password_hash: Set(password_hash.to_owned()),
        ..Default::default()
    };
    fill(&mut a, username, d);
    repo::create::<Entity>(c, a, ctx).await
}

/// Changes an account; saving it as it is changes nothing.
pub async fn update(
    c: &impl ConnectionTrait,
    _cap: &UserAdministration,
    id: Uuid,
    expected_version: Option<i32>,
    d: &UserData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let before = repo::current(c, Entity::find_by_id(id), expected_version).await?;
    let username = before.username.clone();
    repo::update::<Entity>(
        c,
        before,
        |a| {
            fill(a, &username, d);
        },
        ctx,
    )
    .await
}

pub async fn set_password(
    c: &impl ConnectionTrait,
    _cap: &UserAdministration,
    id: Uuid,
    password_hash: &str,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let before = repo::current(c, Entity::find_by_id(id), None).await?;
    repo::update_as::<Entity>(
        c,
        "reset_password",
        before,
        |a| {
            a.password_hash.set_if_not_equals(password_hash.to_owned());
        },
        ctx,
    )
    .await
}
