//! Network groups (сетевые группы) with their weekly slots. Scoped by the network; a
//! group's sessions live in `sessions`.

use chrono::NaiveDate;
use domain::access::{CanManage, CanRead, GroupAccess};
use domain::text::search_key;
use domain::timetable::{Place, Slot};
use domain::{AcademicYear, GroupId, NetworkId, OrganizationId, UserId};
use sea_orm::sea_query::Query;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

use crate::audit::AuditCtx;
use crate::entities::study_group::{ActiveModel, Column, Entity, Model};
use crate::entities::{group_participant, group_teacher, staff};
use crate::repo::{self, Owner};
use crate::{StoreError, links};

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

/// A stored group: its row with its teachers (the leading one first) and participant
/// schools, which live in the link tables `group_teachers` and `group_participants`.
/// It derefs to the row, so `g.name` reads as it did when the links were JSON columns.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Group {
    #[serde(flatten)]
    pub row: Model,
    pub teachers: Vec<Uuid>,
    pub participants: Vec<Uuid>,
    /// The row's `place`, decoded strictly when the group is loaded.
    #[serde(skip)]
    pub place: Place,
}

impl std::ops::Deref for Group {
    type Target = Model;

    fn deref(&self) -> &Model {
        &self.row
    }
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
    crate::codec::decode_json("study_groups.slots", &m.slots)
}

fn place_of(m: &Model) -> Result<Place, StoreError> {
    crate::codec::decode_json("study_groups.place", &m.place)
}

/// The rows with their links, in two queries whatever their number.
pub async fn with_links(
    c: &impl ConnectionTrait,
    rows: Vec<Model>,
) -> Result<Vec<Group>, StoreError> {
    let ids: Vec<Uuid> = rows.iter().map(|g| g.id).collect();
    let mut teachers = links::of::<group_teacher::Entity>(c, &ids).await?;
    let mut participants = links::of::<group_participant::Entity>(c, &ids).await?;
    rows.into_iter()
        .map(|row| {
            Ok(Group {
                teachers: teachers.remove(&row.id).unwrap_or_default(),
                participants: participants.remove(&row.id).unwrap_or_default(),
                place: place_of(&row)?,
                row,
            })
        })
        .collect()
}

async fn one_with_links(c: &impl ConnectionTrait, row: Model) -> Result<Group, StoreError> {
    with_links(c, vec![row])
        .await?
        .pop()
        .ok_or(StoreError::NotFound)
}

/// The access facts of a live group: its network, provider and teachers' accounts.
pub async fn access(
    c: &impl ConnectionTrait,
    id: Uuid,
    clock: &clock::Clock,
) -> Result<Option<GroupAccess>, StoreError> {
    let Some(g) = live().filter(Column::Id.eq(id)).one(c).await? else {
        return Ok(None);
    };
    let Some(network) = crate::networks::facts(c, g.network_id, clock).await? else {
        return Ok(None);
    };
    let teachers = links::of_one::<group_teacher::Entity>(c, g.id).await?;
    Ok(Some(GroupAccess {
        id: GroupId(g.id),
        network,
        provider: OrganizationId(g.provider_id),
        teacher_users: teacher_users(c, &teachers).await?,
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

pub async fn get(c: &impl ConnectionTrait, cap: &CanRead<GroupId>) -> Result<Group, StoreError> {
    let row = live()
        .filter(Column::Id.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    one_with_links(c, row).await
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
) -> Result<Vec<Group>, StoreError> {
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
    if let Some(t) = f.staff_id {
        s = s.filter(
            Column::Id.in_subquery(
                Query::select()
                    .column(group_teacher::Column::GroupId)
                    .from(group_teacher::Entity)
                    .and_where(group_teacher::Column::StaffId.eq(t))
                    .to_owned(),
            ),
        );
    }
    let rows = s
        .order_by_asc(Column::SortKey)
        .order_by_asc(Column::Id)
        .all(c)
        .await?;
    with_links(c, rows).await
}

/// The live groups any of `staff` teaches, in every network, by name.
pub async fn taught_by(c: &impl ConnectionTrait, staff: &[Uuid]) -> Result<Vec<Group>, StoreError> {
    if staff.is_empty() {
        return Ok(Vec::new());
    }
    let rows = live()
        .filter(
            Column::Id.in_subquery(
                Query::select()
                    .column(group_teacher::Column::GroupId)
                    .from(group_teacher::Entity)
                    .and_where(group_teacher::Column::StaffId.is_in(staff.iter().copied()))
                    .to_owned(),
            ),
        )
        .order_by_asc(Column::SortKey)
        .order_by_asc(Column::Id)
        .all(c)
        .await?;
    with_links(c, rows).await
}

fn fill(a: &mut ActiveModel, d: &GroupData) -> Result<(), StoreError> {
    a.programme_id.set_if_not_equals(d.programme_id);
    a.provider_id.set_if_not_equals(d.provider_id);
    a.academic_year
        .set_if_not_equals(i32::from(d.academic_year.start_year()));
    a.name.set_if_not_equals(d.name.clone());
    a.sort_key.set_if_not_equals(search_key(&d.name));
    a.capacity.set_if_not_equals(d.capacity);
    a.place
        .set_if_not_equals(serde_json::to_value(&d.place).map_err(json_err)?);
    a.slots
        .set_if_not_equals(serde_json::to_value(&d.slots).map_err(json_err)?);
    a.first_date.set_if_not_equals(d.first_date);
    a.last_date.set_if_not_equals(d.last_date);
    a.external_id.set_if_not_equals(d.external_id.clone());
    Ok(())
}

repo::aggregate!("group", soft_delete, |m| Owner::Network(m.network_id));

/// Creates the group with its links; the audit record shows the links too.
pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    d: &GroupData,
    ctx: &AuditCtx,
) -> Result<Group, StoreError> {
    let mut a = ActiveModel {
        network_id: Set(cap.target().as_uuid()),
        ..Default::default()
    };
    fill(&mut a, d)?;
    let row = repo::insert::<Entity>(c, a, ctx).await?;
    links::set::<group_teacher::Entity>(c, row.id, &d.teachers).await?;
    links::set::<group_participant::Entity>(c, row.id, &d.participants).await?;
    let m = Group {
        row,
        teachers: d.teachers.clone(),
        participants: d.participants.clone(),
        place: d.place.clone(),
    };
    repo::record::<Entity>(c, ctx, "create", &m.row, None::<&()>, Some(&m)).await?;
    Ok(m)
}

async fn current(
    c: &impl ConnectionTrait,
    cap: &CanManage<GroupId>,
    expected: Option<i32>,
) -> Result<Group, StoreError> {
    let row = repo::current(c, repo::by_id::<Entity>(cap.target().as_uuid()), expected).await?;
    one_with_links(c, row).await
}

/// Replaces the group and, where they differ, its links; saving it as it is changes
/// nothing (the version stays, nothing is recorded).
pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<GroupId>,
    expected: Option<i32>,
    d: &GroupData,
    ctx: &AuditCtx,
) -> Result<Group, StoreError> {
    let before = current(c, cap, expected).await?;
    let mut a = before.row.clone().into_active_model();
    fill(&mut a, d)?;
    let teachers_changed = before.teachers != d.teachers;
    let participants_changed = before.participants != d.participants;
    let links_changed = teachers_changed || participants_changed;
    if repo::write::<Entity>(c, &before.row, a, links_changed, ctx)
        .await?
        .is_none()
    {
        return Ok(before);
    }
    if teachers_changed {
        links::set::<group_teacher::Entity>(c, before.id, &d.teachers).await?;
    }
    if participants_changed {
        links::set::<group_participant::Entity>(c, before.id, &d.participants).await?;
    }
    let after = current(c, cap, None).await?;
    repo::record::<Entity>(c, ctx, "update", &after.row, Some(&before), Some(&after)).await?;
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
    repo::mark_deleted::<Entity>(c, &before.row, ctx).await?;
    crate::sessions::delete_of_group(c, before.id).await?;
    repo::record::<Entity>(c, ctx, "delete", &before.row, Some(&before), None::<&()>).await
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

/// The weekly load of live groups: `(group, academic year, hours a week in tenths)`, the
/// hours being their programmes'; groups or programmes since deleted are left out. Two
/// queries however many groups (the load rule looks at every course of a pupil).
pub async fn weekly_hours(
    c: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<(Uuid, i32, i32)>, StoreError> {
    use crate::entities::programme;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = live().filter(Column::Id.is_in(ids.to_vec())).all(c).await?;
    let programmes: std::collections::HashMap<Uuid, i32> = repo::live::<programme::Entity>()
        .filter(programme::Column::Id.is_in(rows.iter().map(|g| g.programme_id)))
        .all(c)
        .await?
        .into_iter()
        .map(|p| (p.id, p.hours_per_week_tenths))
        .collect();
    Ok(rows
        .iter()
        .filter_map(|g| {
            programmes
                .get(&g.programme_id)
                .map(|h| (g.id, g.academic_year, *h))
        })
        .collect())
}

/// A live group's row, whatever the caller may see (the caller decided access).
pub async fn row(c: &impl ConnectionTrait, id: Uuid) -> Result<Option<Model>, StoreError> {
    Ok(live().filter(Column::Id.eq(id)).one(c).await?)
}
