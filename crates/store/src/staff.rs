//! Staff of an organization.

use domain::access::{CanManage, CanRead};
use domain::person::PersonName;
use domain::text::search_key;
use domain::{OrganizationId, StaffId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

use crate::audit::{self, AuditCtx, Change, snapshot};
use crate::cursor::{Cursor, after, finish_page, page_limit};
use crate::entities::staff::{ActiveModel, Column, Entity, Model};
use crate::{StoreError, new_id};

#[derive(Debug, Clone)]
pub struct StaffData {
    pub name: PersonName,
    pub position: String,
    pub subjects: Vec<String>,
    pub user_id: Option<Uuid>,
    pub external_id: Option<String>,
}

fn live() -> Select<Entity> {
    Entity::find().filter(Column::DeletedAt.is_null())
}

/// The organization a live staff member belongs to (to decide access).
pub async fn organization_of(
    c: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<OrganizationId>, StoreError> {
    Ok(live()
        .filter(Column::Id.eq(id))
        .one(c)
        .await?
        .map(|m| OrganizationId(m.organization_id)))
}

/// A staff member, provided it belongs to the organization the capability is for.
pub async fn get(
    c: &impl ConnectionTrait,
    cap: &CanRead<OrganizationId>,
    id: StaffId,
) -> Result<Model, StoreError> {
    live()
        .filter(Column::Id.eq(id.as_uuid()))
        .filter(Column::OrganizationId.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}

/// The staff of an organization, or only those of `only` among them.
pub async fn list(
    c: &impl ConnectionTrait,
    cap: &CanRead<OrganizationId>,
    only: Option<&[Uuid]>,
    q: Option<&str>,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<Model>, Option<String>), StoreError> {
    let limit = page_limit(limit)?;
    let mut s = live().filter(Column::OrganizationId.eq(cap.target().as_uuid()));
    if let Some(ids) = only {
        s = s.filter(Column::Id.is_in(ids.iter().copied()));
    }
    if let Some(cond) = q.and_then(|t| crate::search::contains(Column::SearchKey, t)) {
        s = s.filter(cond);
    }
    if let Some(cur) = cursor.map(Cursor::decode).transpose()? {
        s = s.filter(after(Column::SortKey, Column::Id, &cur, true));
    }
    let rows = s
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

fn fill(a: &mut ActiveModel, d: &StaffData) {
    a.last_name.set_if_not_equals(d.name.last.clone());
    a.first_name.set_if_not_equals(d.name.first.clone());
    a.patronymic.set_if_not_equals(d.name.patronymic.clone());
    a.position.set_if_not_equals(d.position.clone());
    a.subjects.set_if_not_equals(serde_json::json!(d.subjects));
    a.sort_key.set_if_not_equals(search_key(&d.name.full()));
    a.search_key.set_if_not_equals(search_key(&format!(
        "{} {} {}",
        d.name.full(),
        d.position,
        d.subjects.join(" ")
    )));
    a.user_id.set_if_not_equals(d.user_id);
    a.external_id.set_if_not_equals(d.external_id.clone());
}

fn change(action: &'static str, m: &Model, before: Option<serde_json::Value>) -> Change {
    Change {
        action,
        entity_type: "staff",
        entity_id: Some(m.id.to_string()),
        municipality_id: None,
        organization_id: Some(m.organization_id),
        before,
        after: if action == "delete" {
            None
        } else {
            snapshot(m)
        },
    }
}

pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    d: &StaffData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let now = ctx.at;
    let mut a = ActiveModel {
        id: Set(new_id()),
        organization_id: Set(cap.target().as_uuid()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        deleted_at: Set(None),
        ..Default::default()
    };
    fill(&mut a, d);
    let m = Entity::insert(a).exec_with_returning(c).await?;
    audit::record(c, ctx, change("create", &m, None)).await?;
    Ok(m)
}

async fn current(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    id: StaffId,
    expected: Option<i32>,
) -> Result<Model, StoreError> {
    let m = live()
        .filter(Column::Id.eq(id.as_uuid()))
        .filter(Column::OrganizationId.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    match expected {
        Some(v) if v != m.version => Err(StoreError::VersionMismatch { current: m.version }),
        _ => Ok(m),
    }
}

pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    id: StaffId,
    expected_version: Option<i32>,
    d: &StaffData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let before = current(c, cap, id, expected_version).await?;
    let mut a = before.clone().into_active_model();
    fill(&mut a, d);
    if !a.is_changed() {
        return Ok(before);
    }
    a.version = Set(before.version + 1);
    a.updated_at = Set(ctx.at);
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
    let after = current(c, cap, id, None).await?;
    audit::record(c, ctx, change("update", &after, snapshot(&before))).await?;
    Ok(after)
}

pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    id: StaffId,
    expected_version: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let before = current(c, cap, id, expected_version).await?;
    let res = Entity::update_many()
        .col_expr(Column::DeletedAt, Expr::value(ctx.at))
        .col_expr(Column::Version, Expr::value(before.version + 1))
        .filter(Column::Id.eq(before.id))
        .filter(Column::Version.eq(before.version))
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        return Err(StoreError::VersionMismatch {
            current: before.version + 1,
        });
    }
    audit::record(c, ctx, change("delete", &before, snapshot(&before))).await?;
    Ok(())
}

/// Live staff members by id, whatever their organization (the caller decides what to
/// show: a group's teachers, say).
pub async fn by_ids(c: &impl ConnectionTrait, ids: &[Uuid]) -> Result<Vec<Model>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(live()
        .filter(Column::Id.is_in(ids.iter().copied()))
        .all(c)
        .await?)
}

/// `Фамилия И. О.` of a staff member.
pub fn short_name(m: &Model) -> String {
    let initial = |s: &str| {
        s.chars()
            .next()
            .map(|c| format!("{c}."))
            .unwrap_or_default()
    };
    let mut out = format!("{} {}", m.last_name, initial(&m.first_name));
    if let Some(p) = m.patronymic.as_deref().filter(|p| !p.is_empty()) {
        out.push(' ');
        out.push_str(&initial(p));
    }
    out
}
