//! Municipalities and their education authorities.

use domain::MunicipalityId;
use domain::access::{CanManage, CanRead};
use domain::text::search_key;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

use crate::audit::{self, AuditCtx, Change, snapshot};
use crate::cursor::{Cursor, after, finish_page, page_limit};
use crate::entities::municipality::{ActiveModel, Column, Entity, Model};
use crate::entities::organization;
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

fn live() -> Select<Entity> {
    Entity::find().filter(Column::DeletedAt.is_null())
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
    let limit = page_limit(limit)?;
    let mut q = live();
    if let Some(only) = only {
        q = q.filter(Column::Id.eq(only.map(|m| m.as_uuid()).unwrap_or_else(Uuid::nil)));
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

fn change(action: &'static str, m: &Model, before: Option<serde_json::Value>) -> Change {
    Change {
        action,
        entity_type: "municipality",
        entity_id: Some(m.id.to_string()),
        municipality_id: Some(m.id),
        organization_id: None,
        before,
        after: if action == "delete" {
            None
        } else {
            snapshot(m)
        },
    }
}

/// Creating a municipality needs no scope but the administrator's; the caller proves it
/// with a management capability for the new id.
pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<MunicipalityId>,
    d: &MunicipalityData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let now = ctx.at;
    let a = ActiveModel {
        id: Set(cap.target().as_uuid()),
        name: Set(d.name.clone()),
        sort_key: Set(search_key(&d.name)),
        region: Set(d.region.clone()),
        authority_name: Set(d.authority_name.clone()),
        external_id: Set(d.external_id.clone()),
        time_zone: Set(d.time_zone.clone()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        deleted_at: Set(None),
    };
    let m = Entity::insert(a).exec_with_returning(c).await?;
    audit::record(c, ctx, change("create", &m, None)).await?;
    Ok(m)
}

pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<MunicipalityId>,
    expected_version: Option<i32>,
    d: &MunicipalityData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let before = live()
        .filter(Column::Id.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    if expected_version.is_some_and(|v| v != before.version) {
        return Err(StoreError::VersionMismatch {
            current: before.version,
        });
    }
    let unchanged = before.name == d.name
        && before.region == d.region
        && before.authority_name == d.authority_name
        && before.external_id == d.external_id
        && before.time_zone == d.time_zone;
    if unchanged {
        // Nothing to change: the version stays and nothing is recorded.
        return Ok(before);
    }
    let a = ActiveModel {
        name: Set(d.name.clone()),
        sort_key: Set(search_key(&d.name)),
        region: Set(d.region.clone()),
        authority_name: Set(d.authority_name.clone()),
        external_id: Set(d.external_id.clone()),
        time_zone: Set(d.time_zone.clone()),
        version: Set(before.version + 1),
        updated_at: Set(ctx.at),
        ..Default::default()
    };
    let res = Entity::update_many()
        .set(a)
        .filter(Column::Id.eq(before.id))
        .filter(Column::Version.eq(before.version))
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        return Err(StoreError::VersionMismatch {
            current: before.version + 1,
        });
    }
    let after = live()
        .filter(Column::Id.eq(before.id))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    audit::record(c, ctx, change("update", &after, snapshot(&before))).await?;
    Ok(after)
}

/// Deletes a municipality that no live organization belongs to.
pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<MunicipalityId>,
    expected_version: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let before = live()
        .filter(Column::Id.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    if expected_version.is_some_and(|v| v != before.version) {
        return Err(StoreError::VersionMismatch {
            current: before.version,
        });
    }
    let orgs = organization::Entity::find()
        .filter(organization::Column::MunicipalityId.eq(before.id))
        .filter(organization::Column::DeletedAt.is_null())
        .count(c)
        .await?;
    if orgs > 0 {
        return Err(StoreError::StillReferenced);
    }
    Entity::update_many()
        .col_expr(Column::DeletedAt, Expr::value(ctx.at))
        .col_expr(Column::Version, Expr::value(before.version + 1))
        .filter(Column::Id.eq(before.id))
        .exec(c)
        .await?;
    audit::record(c, ctx, change("delete", &before, snapshot(&before))).await?;
    Ok(())
}

/// A fresh id for a municipality about to be created.
pub fn next_id() -> MunicipalityId {
    MunicipalityId(new_id())
}
