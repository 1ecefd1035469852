//! Yearly figures of an organization (students and teachers per academic year).

use domain::access::{CanManage, CanRead};
use domain::{AcademicYear, OrganizationId};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
};

use crate::StoreError;
use crate::audit::{self, AuditCtx, Change, snapshot};
use crate::entities::organization_figures::{ActiveModel, Column, Entity, Model};

pub async fn list(
    c: &impl ConnectionTrait,
    cap: &CanRead<OrganizationId>,
) -> Result<Vec<Model>, StoreError> {
    Ok(Entity::find()
        .filter(Column::OrganizationId.eq(cap.target().as_uuid()))
        .order_by_desc(Column::AcademicYear)
        .all(c)
        .await?)
}

pub async fn get(
    c: &impl ConnectionTrait,
    cap: &CanRead<OrganizationId>,
    year: AcademicYear,
) -> Result<Model, StoreError> {
    Entity::find_by_id((cap.target().as_uuid(), i32::from(year.start_year())))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}

/// Creates or replaces the figures of a year. Returns the row and whether it was new.
pub async fn upsert(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    year: AcademicYear,
    expected_version: Option<i32>,
    students_total: i32,
    teachers_total: i32,
    ctx: &AuditCtx,
) -> Result<(Model, bool), StoreError> {
    let key = (cap.target().as_uuid(), i32::from(year.start_year()));
    let before = Entity::find_by_id(key).one(c).await?;
    let now = ctx.at;
    let after = match &before {
        Some(b) => {
            if expected_version.is_some_and(|v| v != b.version) {
                return Err(StoreError::VersionMismatch { current: b.version });
            }
            if b.students_total == students_total && b.teachers_total == teachers_total {
                return Ok((b.clone(), false));
            }
            let a = ActiveModel {
                students_total: Set(students_total),
                teachers_total: Set(teachers_total),
                version: Set(b.version + 1),
                updated_at: Set(now),
                ..Default::default()
            };
            let res = Entity::update_many()
                .set(a)
                .filter(Column::OrganizationId.eq(key.0))
                .filter(Column::AcademicYear.eq(key.1))
                .filter(Column::Version.eq(b.version))
                .exec(c)
                .await?;
            if res.rows_affected == 0 {
                return Err(StoreError::VersionMismatch {
                    current: b.version + 1,
                });
            }
            Entity::find_by_id(key)
                .one(c)
                .await?
                .ok_or(StoreError::NotFound)?
        }
        None => {
            if expected_version.is_some() {
                return Err(StoreError::NotFound);
            }
            let a = ActiveModel {
                organization_id: Set(key.0),
                academic_year: Set(key.1),
                students_total: Set(students_total),
                teachers_total: Set(teachers_total),
                version: Set(1),
                updated_at: Set(now),
            };
            Entity::insert(a).exec_with_returning(c).await?
        }
    };
    audit::record(
        c,
        ctx,
        Change {
            action: if before.is_some() { "update" } else { "create" },
            entity_type: "organization_figures",
            entity_id: Some(format!("{}/{}", key.0, year)),
            municipality_id: None,
            organization_id: Some(key.0),
            before: before.as_ref().and_then(snapshot),
            after: snapshot(&after),
        },
    )
    .await?;
    Ok((after, before.is_none()))
}
