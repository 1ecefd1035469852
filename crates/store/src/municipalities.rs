//! Municipalities and their education authorities.

use domain::MunicipalityId;
use domain::access::{CanManage, CanRead};
use domain::text::search_key;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    Select,
};
use uuid::Uuid;

use crate::audit::AuditCtx;
use crate::entities::municipality::{ActiveModel, Column, Entity, Model};
use crate::entities::organization;
use crate::repo::{self, Owner};
use crate::{StoreError, new_id};

#[derive(Debug, Clone)]
pub struct MunicipalityData {
    pub name: String,
    pub region: Option<String>,
    pub authority_name: Option<String>,
    pub external_id: Option<String>,
    /// A name the time-zone database has (checked by the caller).
    pub time_zone: String,
}

repo::aggregate!("municipality", soft_delete, |m| Owner::Municipality(m.id));

fn live() -> Select<Entity> {
    repo::live::<Entity>()
}

pub async fn exists(c: &impl ConnectionTrait, id: Uuid) -> Result<bool, StoreError> {
    Ok(live().filter(Column::Id.eq(id)).count(c).await? > 0)
}

pub async fn get(
    c: &impl ConnectionTrait,
    cap: &CanRead<MunicipalityId>,
) -> Result<Model, StoreError> {
    live()
        .filter(Column::Id.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}

/// `only`: `None` lists all, `Some(m)` only that municipality (or none).
pub async fn list(
    c: &impl ConnectionTrait,
    only: Option<Option<MunicipalityId>>,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<Model>, Option<String>), StoreError> {
    let mut q = live();
    if let Some(only) = only {
        q = q.filter(Column::Id.eq(only.map(|m| m.as_uuid()).unwrap_or_else(Uuid::nil)));
    }
    repo::page(c, q, Column::SortKey, limit, cursor).await
}

fn fill(a: &mut ActiveModel, d: &MunicipalityData) {
    a.name.set_if_not_equals(d.name.clone());
    a.sort_key.set_if_not_equals(search_key(&d.name));
    a.region.set_if_not_equals(d.region.clone());
    a.authority_name.set_if_not_equals(d.authority_name.clone());
    a.external_id.set_if_not_equals(d.external_id.clone());
    a.time_zone.set_if_not_equals(d.time_zone.clone());
}

/// Creating a municipality needs no scope but the administrator's; the caller proves it
/// with a management capability for the new id.
pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<MunicipalityId>,
    d: &MunicipalityData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let mut a = ActiveModel {
        id: Set(cap.target().as_uuid()),
        ..Default::default()
    };
    fill(&mut a, d);
    repo::create::<Entity>(c, a, ctx).await
}

pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<MunicipalityId>,
    expected_version: Option<i32>,
    d: &MunicipalityData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    repo::replace(
        c,
        live().filter(Column::Id.eq(cap.target().as_uuid())),
        expected_version,
        |a| fill(a, d),
        ctx,
    )
    .await
}

/// Deletes a municipality that no live organization belongs to.
pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<MunicipalityId>,
    expected_version: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let before = repo::current(
        c,
        live().filter(Column::Id.eq(cap.target().as_uuid())),
        expected_version,
    )
    .await?;
    let orgs = organization::Entity::find()
        .filter(organization::Column::MunicipalityId.eq(before.id))
        .filter(organization::Column::DeletedAt.is_null())
        .count(c)
        .await?;
    if orgs > 0 {
        return Err(StoreError::StillReferenced);
    }
    repo::soft_delete::<Entity>(c, &before, ctx).await
}

/// A fresh id for a municipality about to be created.
pub fn next_id() -> MunicipalityId {
    MunicipalityId(new_id())
}
