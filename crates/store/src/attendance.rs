//! Registers of sessions and their marks.

use domain::attendance::Mark;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde_json::json;
use uuid::Uuid;

use crate::StoreError;
use crate::audit::{self, AuditCtx, Change};
use crate::entities::{attendance_mark, register, session};

/// A mark as stored; unknown text is corrupt data.
pub fn mark_of(m: &attendance_mark::Model) -> Result<Mark, StoreError> {
    Mark::parse(&m.mark)
        .ok_or_else(|| StoreError::Corrupt(format!("attendance_marks.mark: {:?}", m.mark)))
}

/// The registers of these sessions (those taken).
pub async fn registers_of(
    c: &impl ConnectionTrait,
    sessions: &[Uuid],
) -> Result<Vec<register::Model>, StoreError> {
    if sessions.is_empty() {
        return Ok(Vec::new());
    }
    Ok(register::Entity::find()
        .filter(register::Column::SessionId.is_in(sessions.iter().copied()))
        .all(c)
        .await?)
}

/// The marks of these sessions.
pub async fn marks_of(
    c: &impl ConnectionTrait,
    sessions: &[Uuid],
) -> Result<Vec<attendance_mark::Model>, StoreError> {
    if sessions.is_empty() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    // Chunks keep the IN lists within both databases' parameter limits.
    for chunk in sessions.chunks(500) {
        out.extend(
            attendance_mark::Entity::find()
                .filter(attendance_mark::Column::SessionId.is_in(chunk.iter().copied()))
                .all(c)
                .await?,
        );
    }
    Ok(out)
}

/// A mark of the new register.
#[derive(Debug, Clone, Copy)]
pub struct MarkRow {
    pub student: Uuid,
    pub enrolment: Uuid,
    pub mark: Mark,
}

/// Takes or replaces the register of `s` with `marks`: one audit record with the marks
/// before and after (`reason` for a late correction), and the session counts as attended
/// from now on (regenerating the timetable keeps it). A concurrent first taking of the
/// same register loses on the primary key (a `Duplicate`).
pub async fn put(
    c: &impl ConnectionTrait,
    s: &session::Model,
    before: Option<&register::Model>,
    marks: &[MarkRow],
    reason: Option<&str>,
    organization: Uuid,
    ctx: &AuditCtx,
) -> Result<register::Model, StoreError> {
    let old = marks_of(c, &[s.id]).await?;
    match before {
        None => {
            register::Entity::insert(register::ActiveModel {
                session_id: Set(s.id),
                taken_at: Set(ctx.at),
                taken_by: Set(ctx.actor_id),
                taken_by_name: Set(ctx.actor_name.clone()),
                updated_at: Set(ctx.at),
                updated_by_name: Set(ctx.actor_name.clone()),
                version: Set(1),
            })
            .exec_without_returning(c)
            .await?;
            session::Entity::update_many()
                .col_expr(session::Column::AttendanceTaken, true.into())
                .filter(session::Column::Id.eq(s.id))
                .exec(c)
                .await?;
        }
        Some(r) => {
            let res = register::Entity::update_many()
                .col_expr(register::Column::UpdatedAt, ctx.at.into())
                .col_expr(
                    register::Column::UpdatedByName,
                    ctx.actor_name.clone().into(),
                )
                .col_expr(register::Column::Version, (r.version + 1).into())
                .filter(register::Column::SessionId.eq(s.id))
                .filter(register::Column::Version.eq(r.version))
                .exec(c)
                .await?;
            if res.rows_affected == 0 {
                return Err(StoreError::VersionMismatch {
                    current: r.version + 1,
                });
            }
            // Only the marks of the pupils listed now: those of pupils who have left stay.
            attendance_mark::Entity::delete_many()
                .filter(attendance_mark::Column::SessionId.eq(s.id))
                .filter(attendance_mark::Column::StudentId.is_in(marks.iter().map(|m| m.student)))
                .exec(c)
                .await?;
        }
    }
    if !marks.is_empty() {
        attendance_mark::Entity::insert_many(marks.iter().map(|m| attendance_mark::ActiveModel {
            session_id: Set(s.id),
            student_id: Set(m.student),
            enrolment_id: Set(m.enrolment),
            mark: Set(m.mark.as_str().to_owned()),
        }))
        .exec_without_returning(c)
        .await?;
    }
    let table = |rows: Vec<(Uuid, &str)>| {
        json!({
            "marks": rows.into_iter().map(|(s, m)| json!({"student_id": s, "mark": m})).collect::<Vec<_>>(),
        })
    };
    let mut after = table(marks.iter().map(|m| (m.student, m.mark.as_str())).collect());
    if let Some(r) = reason {
        after["reason"] = json!(r);
    }
    audit::record(
        c,
        ctx,
        Change {
            action: if before.is_some() { "correct" } else { "take" },
            entity_type: "register",
            entity_id: Some(s.id.to_string()),
            municipality_id: None,
            organization_id: Some(organization),
            before: before.map(|_| {
                table(
                    old.iter()
                        .map(|m| (m.student_id, m.mark.as_str()))
                        .collect(),
                )
            }),
            after: Some(after),
        },
    )
    .await?;
    register::Entity::find_by_id(s.id)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}
