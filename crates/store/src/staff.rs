//! Staff of an organization.

use domain::access::{CanManage, CanRead};
use domain::person::PersonName;
use domain::text::search_key;
use domain::{OrganizationId, StaffId};
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, QueryFilter, Select};
use uuid::Uuid;

use crate::StoreError;
use crate::audit::AuditCtx;
use crate::entities::staff::{ActiveModel, Column, Entity, Model};
use crate::repo::{self, Owner};

#[derive(Debug, Clone)]
pub struct StaffData {
    pub name: PersonName,
    pub position: String,
    pub subjects: Vec<String>,
    pub user_id: Option<Uuid>,
    pub external_id: Option<String>,
}

repo::aggregate!("staff", soft_delete, |m| Owner::Organization(
    m.organization_id
));

fn live() -> Select<Entity> {
    repo::live::<Entity>()
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
    let mut s = live().filter(Column::OrganizationId.eq(cap.target().as_uuid()));
    if let Some(ids) = only {
        s = s.filter(Column::Id.is_in(ids.iter().copied()));
    }
    if let Some(cond) = q.and_then(|t| crate::search::contains(Column::SearchKey, t)) {
        s = s.filter(cond);
    }
    repo::page(c, s, Column::SortKey, limit, cursor).await
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

pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    d: &StaffData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let mut a = ActiveModel {
        organization_id: Set(cap.target().as_uuid()),
        ..Default::default()
    };
    fill(&mut a, d);
    repo::create::<Entity>(c, a, ctx).await
}

/// The staff member, provided it belongs to the organization the capability is for.
fn of(cap: &CanManage<OrganizationId>, id: StaffId) -> Select<Entity> {
    repo::by_id::<Entity>(id.as_uuid()).filter(Column::OrganizationId.eq(cap.target().as_uuid()))
}

pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    id: StaffId,
    expected_version: Option<i32>,
    d: &StaffData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    repo::replace(c, of(cap, id), expected_version, |a| fill(a, d), ctx).await
}

pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    id: StaffId,
    expected_version: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let before = repo::current(c, of(cap, id), expected_version).await?;
    repo::soft_delete::<Entity>(c, &before, ctx).await
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

/// `Фамилия И. О.` of the organization's director — the staff member whose position
/// begins with «директор» (not «заместитель директора») — for signature lines.
pub async fn director_of(
    c: &impl ConnectionTrait,
    org: Uuid,
) -> Result<Option<String>, StoreError> {
    Ok(live()
        .filter(Column::OrganizationId.eq(org))
        .all(c)
        .await?
        .iter()
        .find(|m| m.position.trim().to_lowercase().starts_with("директор"))
        .map(short_name))
}
