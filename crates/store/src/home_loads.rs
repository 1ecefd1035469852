//! The weekly hours of a school's curriculum per grade and year (the «home load» the
//! weekly-load rule starts from).

use domain::access::{CanManage, CanRead};
use domain::{AcademicYear, OrganizationId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::StoreError;
use crate::audit::{self, AuditCtx, Change};
use crate::entities::home_load::{ActiveModel, Column, Entity, Model};

fn year_key(y: AcademicYear) -> i32 {
    i32::from(y.start_year())
}

/// The hours of each grade of a year, by grade.
pub async fn of_year(
    c: &impl ConnectionTrait,
    cap: &CanRead<OrganizationId>,
    year: AcademicYear,
) -> Result<Vec<Model>, StoreError> {
    Ok(Entity::find()
        .filter(Column::OrganizationId.eq(cap.target().as_uuid()))
        .filter(Column::Year.eq(year_key(year)))
        .order_by_asc(Column::Grade)
        .all(c)
        .await?)
}

/// The hours of one grade, for the load rule (the caller decided it may look).
pub async fn hours_of(
    c: &impl ConnectionTrait,
    org: Uuid,
    year: AcademicYear,
    grade: u8,
) -> Result<Option<i32>, StoreError> {
    Ok(Entity::find()
        .filter(Column::OrganizationId.eq(org))
        .filter(Column::Year.eq(year_key(year)))
        .filter(Column::Grade.eq(i16::from(grade)))
        .one(c)
        .await?
        .map(|m| m.hours_tenths))
}

/// A student's weekly home hours in tenths for `year`: their individual curriculum's
/// when the home school entered one, else the school's for their grade.
pub async fn hours_for(
    c: &impl ConnectionTrait,
    s: &crate::entities::student::Model,
    year: AcademicYear,
) -> Result<Option<i32>, StoreError> {
    if let Some(own) = s.home_hours_tenths {
        return Ok(Some(own));
    }
    let grade = u8::try_from(s.grade)
        .map_err(|_| StoreError::Corrupt(format!("students.grade of {}", s.id)))?;
    hours_of(c, s.organization_id, year, grade).await
}

/// Replaces the hours of a year with `rows` (grade, tenths), with one audit record of the
/// whole table before and after; `false` when nothing changed (nothing is recorded).
pub async fn put_year(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    year: AcademicYear,
    rows: &[(u8, i32)],
    ctx: &AuditCtx,
) -> Result<bool, StoreError> {
    let org = cap.target().as_uuid();
    let before = Entity::find()
        .filter(Column::OrganizationId.eq(org))
        .filter(Column::Year.eq(year_key(year)))
        .order_by_asc(Column::Grade)
        .all(c)
        .await?;
    let old: Vec<(u8, i32)> = before
        .iter()
        .map(|m| (u8::try_from(m.grade).unwrap_or(0), m.hours_tenths))
        .collect();
    let mut new = rows.to_vec();
    new.sort_unstable();
    if old == new {
        return Ok(false);
    }
    Entity::delete_many()
        .filter(Column::OrganizationId.eq(org))
        .filter(Column::Year.eq(year_key(year)))
        .exec(c)
        .await?;
    if !new.is_empty() {
        Entity::insert_many(new.iter().map(|(g, h)| ActiveModel {
            organization_id: Set(org),
            year: Set(year_key(year)),
            grade: Set(i16::from(*g)),
            hours_tenths: Set(*h),
        }))
        .exec_without_returning(c)
        .await?;
    }
    let table = |rows: &[(u8, i32)]| {
        serde_json::json!(
            rows.iter()
                .map(
                    |(g, h)| serde_json::json!({"grade": g, "hours_per_week": f64::from(*h) / 10.0})
                )
                .collect::<Vec<_>>()
        )
    };
    audit::record(
        c,
        ctx,
        Change {
            action: "update",
            entity_type: "home_load",
            entity_id: Some(format!("{org}/{}", year.start_year())),
            municipality_id: None,
            organization_id: Some(org),
            before: Some(table(&old)),
            after: Some(table(&new)),
        },
    )
    .await?;
    Ok(true)
}
