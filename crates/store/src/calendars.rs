//! School calendars: one per organization and academic year, its content checked by
//! `domain::calendar` before it gets here.

use domain::access::{CanManage, CanRead};
use domain::calendar::{Calendar, CalendarContent};
use domain::{AcademicYear, OrganizationId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::audit::{self, AuditCtx, Change, snapshot};
use crate::entities::school_calendar::{ActiveModel, Column, Entity, Model};
use crate::{StoreError, new_id};

/// The checked calendar of a stored row.
pub fn calendar_of(m: &Model) -> Result<Calendar, StoreError> {
    let year = AcademicYear::starting(u16::try_from(m.year).unwrap_or(0))
        .map_err(|e| StoreError::Db(sea_orm::DbErr::Custom(e.to_string())))?;
    let content: CalendarContent = serde_json::from_value(m.content.clone())
        .map_err(|e| StoreError::Db(sea_orm::DbErr::Json(e.to_string())))?;
    Calendar::new(year, content)
        .map_err(|p| StoreError::Db(sea_orm::DbErr::Custom(format!("stored calendar: {p:?}"))))
}

pub async fn list(
    c: &impl ConnectionTrait,
    cap: &CanRead<OrganizationId>,
) -> Result<Vec<Model>, StoreError> {
    Ok(Entity::find()
        .filter(Column::OrganizationId.eq(cap.target().as_uuid()))
        .order_by_desc(Column::Year)
        .all(c)
        .await?)
}

pub async fn get(
    c: &impl ConnectionTrait,
    cap: &CanRead<OrganizationId>,
    year: AcademicYear,
) -> Result<Model, StoreError> {
    find(c, cap.target().as_uuid(), year)
        .await?
        .ok_or(StoreError::NotFound)
}

async fn find(
    c: &impl ConnectionTrait,
    org: Uuid,
    year: AcademicYear,
) -> Result<Option<Model>, StoreError> {
    Ok(Entity::find()
        .filter(Column::OrganizationId.eq(org))
        .filter(Column::Year.eq(i32::from(year.start_year())))
        .one(c)
        .await?)
}

/// The calendars of several organizations for a year (the caller decided they may be
/// read): for comparisons and conflict checks.
pub async fn of_organizations(
    c: &impl ConnectionTrait,
    orgs: &[Uuid],
    year: AcademicYear,
) -> Result<Vec<Model>, StoreError> {
    if orgs.is_empty() {
        return Ok(Vec::new());
    }
    Ok(Entity::find()
        .filter(Column::OrganizationId.is_in(orgs.iter().copied()))
        .filter(Column::Year.eq(i32::from(year.start_year())))
        .all(c)
        .await?)
}

fn change(action: &'static str, m: &Model, before: Option<&Model>) -> Change {
    Change {
        action,
        entity_type: "school_calendar",
        entity_id: Some(m.id.to_string()),
        municipality_id: None,
        organization_id: Some(m.organization_id),
        before: before.and_then(snapshot),
        after: if action == "delete" {
            None
        } else {
            snapshot(m)
        },
    }
}

/// Creates or replaces the calendar of a year; returns the row and whether it is new.
/// `expected` (If-Match) applies to a replacement; `Some` for a missing calendar is 404.
pub async fn put(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    calendar: &Calendar,
    expected: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(Model, bool), StoreError> {
    let org = cap.target().as_uuid();
    let content = serde_json::to_value(calendar.content())
        .map_err(|e| StoreError::Db(sea_orm::DbErr::Json(e.to_string())))?;
    let now = ctx.at;
    match find(c, org, calendar.year()).await? {
        Some(before) => {
            if expected.is_some_and(|v| v != before.version) {
                return Err(StoreError::VersionMismatch {
                    current: before.version,
                });
            }
            if before.content == content {
                return Ok((before, false));
            }
            let res = Entity::update_many()
                .set(ActiveModel {
                    content: Set(content),
                    version: Set(before.version + 1),
                    updated_at: Set(now),
                    ..Default::default()
                })
                .filter(Column::Id.eq(before.id))
                .filter(Column::Version.eq(before.version))
                .exec(c)
                .await?;
            if res.rows_affected == 0 {
                return Err(StoreError::VersionMismatch {
                    current: before.version + 1,
                });
            }
            let after = Entity::find_by_id(before.id)
                .one(c)
                .await?
                .ok_or(StoreError::NotFound)?;
            audit::record(c, ctx, change("update", &after, Some(&before))).await?;
            Ok((after, false))
        }
        None => {
            if expected.is_some() {
                return Err(StoreError::NotFound);
            }
            let a = ActiveModel {
                id: Set(new_id()),
                organization_id: Set(org),
                year: Set(i32::from(calendar.year().start_year())),
                content: Set(content),
                version: Set(1),
                created_at: Set(now),
                updated_at: Set(now),
            };
            let m = Entity::insert(a).exec_with_returning(c).await?;
            audit::record(c, ctx, change("create", &m, None)).await?;
            Ok((m, true))
        }
    }
}

/// Creates the calendar of a year that has none (copying); a calendar already there is
/// a conflict.
pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    calendar: &Calendar,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    if find(c, cap.target().as_uuid(), calendar.year())
        .await?
        .is_some()
    {
        return Err(StoreError::Duplicate("calendar_year"));
    }
    put(c, cap, calendar, None, ctx).await.map(|(m, _)| m)
}

pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    year: AcademicYear,
    expected: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let before = find(c, cap.target().as_uuid(), year)
        .await?
        .ok_or(StoreError::NotFound)?;
    if expected.is_some_and(|v| v != before.version) {
        return Err(StoreError::VersionMismatch {
            current: before.version,
        });
    }
    let res = Entity::delete_many()
        .filter(Column::Id.eq(before.id))
        .filter(Column::Version.eq(before.version))
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        return Err(StoreError::VersionMismatch {
            current: before.version + 1,
        });
    }
    audit::record(c, ctx, change("delete", &before, Some(&before))).await?;
    Ok(())
}
