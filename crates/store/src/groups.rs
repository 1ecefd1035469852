//! Network groups (сетевые группы) with their weekly slots. Scoped by the network; a
//! group's sessions live in `sessions`.

use chrono::NaiveDate;
use domain::access::{CanManage, CanRead, GroupAccess};
use domain::text::search_key;
use domain::timetable::{Place, Slot};
use domain::{AcademicYear, GroupId, NetworkId, OrganizationId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

use crate::audit::{self, AuditCtx, Change, snapshot};
use crate::entities::study_group::{ActiveModel, Column, Entity, Model};
use crate::entities::{network, staff};
use crate::{StoreError, new_id};

/// A group as the service checked it.
#[derive(Debug, Clone)]
pub struct GroupData {
    pub programme_id: Uuid,
    pub provider_id: Uuid,
    pub academic_year: AcademicYear,
    pub name: String,
    pub capacity: i32,
    pub teachers: Vec<Uuid>,
    pub participants: Vec<Uuid>,
    pub place: Place,
    pub slots: Vec<Slot>,
    pub first_date: NaiveDate,
    pub last_date: NaiveDate,
    pub external_id: Option<String>,
}

fn live() -> Select<Entity> {
    Entity::find().filter(Column::DeletedAt.is_null())
}

fn json_err(e: serde_json::Error) -> StoreError {
    StoreError::Db(sea_orm::DbErr::Json(e.to_string()))
}

/// The academic year of a stored group; a year that does not parse is corrupt data.
pub fn year_of(m: &Model) -> Result<AcademicYear, StoreError> {
    u16::try_from(m.academic_year)
        .ok()
        .and_then(|y| AcademicYear::starting(y).ok())
        .ok_or_else(|| StoreError::Corrupt(format!("group {} year {}", m.id, m.academic_year)))
}

pub fn slots_of(m: &Model) -> Result<Vec<Slot>, StoreError> {
    serde_json::from_value(m.slots.clone()).map_err(json_err)
}

pub fn place_of(m: &Model) -> Result<Place, StoreError> {
    serde_json::from_value(m.place.clone()).map_err(json_err)
}

pub fn ids_of(v: &serde_json::Value) -> Vec<Uuid> {
    serde_json::from_value(v.clone()).unwrap_or_default()
}

/// The access facts of a live group: its network, provider and teachers' accounts.
pub async fn access(
    c: &impl ConnectionTrait,
    id: Uuid,
    today: NaiveDate,
) -> Result<Option<GroupAccess>, StoreError> {
    let Some(g) = live().filter(Column::Id.eq(id)).one(c).await? else {
        return Ok(None);
    };
    let Some(network) = crate::networks::facts(c, g.network_id, today).await? else {
        return Ok(None);
    };
    Ok(Some(GroupAccess {
        id: GroupId(g.id),
        network,
        provider: OrganizationId(g.provider_id),
        teacher_users: teacher_users(c, &ids_of(&g.teachers)).await?,
    }))
}

/// The user accounts of live staff members: a removed staff record no longer gives its
/// account the groups it taught.
pub async fn teacher_users(
    c: &impl ConnectionTrait,
    staff_ids: &[Uuid],
) -> Result<Vec<UserId>, StoreError> {
    if staff_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(staff::Entity::find()
        .filter(staff::Column::Id.is_in(staff_ids.iter().copied()))
        .filter(staff::Column::DeletedAt.is_null())
        .all(c)
        .await?
        .into_iter()
        .filter_map(|s| s.user_id.map(UserId))
        .collect())
}

/// The staff ids linked to a user account (a teacher's own records).
pub async fn staff_of_user(
    c: &impl ConnectionTrait,
    user: UserId,
) -> Result<Vec<Uuid>, StoreError> {
    Ok(staff::Entity::find()
        .filter(staff::Column::UserId.eq(user.as_uuid()))
        .filter(staff::Column::DeletedAt.is_null())
        .all(c)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect())
}

pub async fn get(c: &impl ConnectionTrait, cap: &CanRead<GroupId>) -> Result<Model, StoreError> {
    live()
        .filter(Column::Id.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Filters of a network's groups.
#[derive(Debug, Clone, Default)]
pub struct GroupFilter {
    pub academic_year: Option<AcademicYear>,
    pub programme_id: Option<Uuid>,
    pub provider_id: Option<Uuid>,
    /// Groups taught by this staff member.
    pub staff_id: Option<Uuid>,
}

/// The network's groups by name (a network has at most a few hundred).
pub async fn of_network(
    c: &impl ConnectionTrait,
    cap: &CanRead<NetworkId>,
    f: &GroupFilter,
) -> Result<Vec<Model>, StoreError> {
    let mut s = live().filter(Column::NetworkId.eq(cap.target().as_uuid()));
    if let Some(y) = f.academic_year {
        s = s.filter(Column::AcademicYear.eq(i32::from(y.start_year())));
    }
    if let Some(p) = f.programme_id {
        s = s.filter(Column::ProgrammeId.eq(p));
    }
    if let Some(p) = f.provider_id {
        s = s.filter(Column::ProviderId.eq(p));
    }
    let rows = s
        .order_by_asc(Column::SortKey)
        .order_by_asc(Column::Id)
        .all(c)
        .await?;
    Ok(match f.staff_id {
        Some(t) => rows
            .into_iter()
            .filter(|g| ids_of(&g.teachers).contains(&t))
            .collect(),
        None => rows,
    })
}

fn fill(a: &mut ActiveModel, d: &GroupData) -> Result<(), StoreError> {
    a.programme_id.set_if_not_equals(d.programme_id);
    a.provider_id.set_if_not_equals(d.provider_id);
    a.academic_year
        .set_if_not_equals(i32::from(d.academic_year.start_year()));
    a.name.set_if_not_equals(d.name.clone());
    a.sort_key.set_if_not_equals(search_key(&d.name));
    a.capacity.set_if_not_equals(d.capacity);
    a.teachers.set_if_not_equals(serde_json::json!(d.teachers));
    a.participants
        .set_if_not_equals(serde_json::json!(d.participants));
    a.place
        .set_if_not_equals(serde_json::to_value(&d.place).map_err(json_err)?);
    a.slots
        .set_if_not_equals(serde_json::to_value(&d.slots).map_err(json_err)?);
    a.first_date.set_if_not_equals(d.first_date);
    a.last_date.set_if_not_equals(d.last_date);
    a.external_id.set_if_not_equals(d.external_id.clone());
    Ok(())
}

async fn municipality_of(
    c: &impl ConnectionTrait,
    network_id: Uuid,
) -> Result<Option<Uuid>, StoreError> {
    Ok(network::Entity::find_by_id(network_id)
        .one(c)
        .await?
        .map(|n| n.municipality_id))
}

fn change(action: &'static str, m: &Model, mun: Option<Uuid>, before: Option<&Model>) -> Change {
    Change {
        action,
        entity_type: "group",
        entity_id: Some(m.id.to_string()),
        municipality_id: mun,
        organization_id: None,
        before: before.and_then(snapshot),
        after: if action == "delete" {
            None
        } else {
            snapshot(m)
        },
    }
}

pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    d: &GroupData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let now = ctx.at;
    let mut a = ActiveModel {
        id: Set(new_id()),
        network_id: Set(cap.target().as_uuid()),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        deleted_at: Set(None),
        ..Default::default()
    };
    fill(&mut a, d)?;
    let m = Entity::insert(a).exec_with_returning(c).await?;
    let mun = municipality_of(c, m.network_id).await?;
    audit::record(c, ctx, change("create", &m, mun, None)).await?;
    Ok(m)
}

async fn current(
    c: &impl ConnectionTrait,
    cap: &CanManage<GroupId>,
    expected: Option<i32>,
) -> Result<Model, StoreError> {
    let m = live()
        .filter(Column::Id.eq(cap.target().as_uuid()))
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
    cap: &CanManage<GroupId>,
    expected: Option<i32>,
    d: &GroupData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let before = current(c, cap, expected).await?;
    let mut a = before.clone().into_active_model();
    fill(&mut a, d)?;
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
    let after = current(c, cap, None).await?;
    let mun = municipality_of(c, after.network_id).await?;
    audit::record(c, ctx, change("update", &after, mun, Some(&before))).await?;
    Ok(after)
}

/// Removes a group; its sessions go with it.
pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<GroupId>,
    expected: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let before = current(c, cap, expected).await?;
    if crate::sessions::attended_in_group(c, before.id).await? > 0 {
        return Err(StoreError::GroupHasAttendance);
    }
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
    crate::sessions::delete_of_group(c, before.id).await?;
    let mun = municipality_of(c, before.network_id).await?;
    audit::record(c, ctx, change("delete", &before, mun, Some(&before))).await?;
    Ok(())
}

/// Locks the group's row for the rest of the transaction (`FOR UPDATE` on PostgreSQL;
/// SQLite has one writer at a time anyway), so two regenerations of the same group
/// queue instead of both planning from the same sessions.
pub async fn lock(c: &impl ConnectionTrait, cap: &CanManage<GroupId>) -> Result<Model, StoreError> {
    live()
        .filter(Column::Id.eq(cap.target().as_uuid()))
        .lock_exclusive()
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}
