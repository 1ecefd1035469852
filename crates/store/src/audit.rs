//! The append-only audit log (152-ФЗ): who changed or read what, when, before and after.

use chrono::{DateTime, Utc};
use domain::access::{AuditScope, CanReadAudit};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde_json::Value;
use uuid::Uuid;

use crate::cursor::{Cursor, finish_page, page_limit};
use crate::entities::audit_log::{self, ActiveModel, Column, Entity};
use crate::entities::audit_subject;
use crate::entities::organization;
use crate::{StoreError, new_id};

/// Who is acting, carried from the request into every write.
#[derive(Debug, Clone)]
pub struct AuditCtx {
    pub actor_id: Option<Uuid>,
    pub actor_name: String,
    pub request_id: Option<String>,
    /// The endpoint of the request (`GET /api/v1/students/{id}`), recorded with reads.
    pub endpoint: Option<String>,
    /// When the change happens, from the application's clock: every row a request
    /// writes carries the same instant.
    pub at: DateTime<Utc>,
}

impl AuditCtx {
    /// Changes made by the server itself (demo data, command line).
    pub fn system(name: &str, at: DateTime<Utc>) -> Self {
        Self {
            actor_id: None,
            actor_name: name.to_owned(),
            request_id: None,
            endpoint: None,
            at,
        }
    }
}

/// One recorded event.
#[derive(Debug, Clone)]
pub struct Change {
    pub action: &'static str,
    pub entity_type: &'static str,
    pub entity_id: Option<String>,
    pub municipality_id: Option<Uuid>,
    pub organization_id: Option<Uuid>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// Serializes a record for the log; entity models skip their secret and derived columns.
pub fn snapshot<T: serde::Serialize>(v: &T) -> Option<Value> {
    serde_json::to_value(v).ok()
}

pub async fn record(c: &impl ConnectionTrait, ctx: &AuditCtx, ch: Change) -> Result<(), DbErr> {
    insert(c, ctx, ch).await.map(|_| ())
}

/// Records a read of students' personal data: one record naming the endpoint, and the
/// students it returned as its subjects (an empty list read is recorded too).
pub async fn record_read(
    c: &impl ConnectionTrait,
    ctx: &AuditCtx,
    ch: Change,
    students: &[Uuid],
) -> Result<(), DbErr> {
    let id = insert(c, ctx, ch).await?;
    if students.is_empty() {
        return Ok(());
    }
    let mut seen = std::collections::HashSet::new();
    let rows = students
        .iter()
        .filter(|s| seen.insert(**s))
        .map(|s| audit_subject::ActiveModel {
            audit_id: Set(id),
            student_id: Set(*s),
        });
    audit_subject::Entity::insert_many(rows)
        .exec_without_returning(c)
        .await
        .map(|_| ())
}

async fn insert(c: &impl ConnectionTrait, ctx: &AuditCtx, ch: Change) -> Result<Uuid, DbErr> {
    // Records about an organization's things belong to its municipality too, so that the
    // authority reading its audit log sees them.
    let municipality_id = match (ch.municipality_id, ch.organization_id) {
        (Some(m), _) => Some(m),
        (None, Some(o)) => organization::Entity::find_by_id(o)
            .one(c)
            .await?
            .map(|m| m.municipality_id),
        (None, None) => None,
    };
    let id = new_id();
    let row = ActiveModel {
        id: Set(id),
        at: Set(ctx.at),
        actor_id: Set(ctx.actor_id),
        actor_name: Set(ctx.actor_name.clone()),
        action: Set(ch.action.to_owned()),
        entity_type: Set(ch.entity_type.to_owned()),
        entity_id: Set(ch.entity_id),
        municipality_id: Set(municipality_id),
        organization_id: Set(ch.organization_id),
        before: Set(ch.before),
        after: Set(ch.after),
        request_id: Set(ctx.request_id.clone()),
        endpoint: Set(ctx.endpoint.clone()),
    };
    Entity::insert(row).exec_without_returning(c).await?;
    Ok(id)
}

/// Filters of the audit list.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub actor_id: Option<Uuid>,
    pub action: Option<String>,
    /// Records about this student: changes of the record and reads that returned it.
    pub student_id: Option<Uuid>,
}

/// The students each of these records' reads returned.
pub async fn subjects_of(
    c: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<std::collections::HashMap<Uuid, Vec<Uuid>>, StoreError> {
    let mut out: std::collections::HashMap<Uuid, Vec<Uuid>> = Default::default();
    if ids.is_empty() {
        return Ok(out);
    }
    for r in audit_subject::Entity::find()
        .filter(audit_subject::Column::AuditId.is_in(ids.iter().copied()))
        .all(c)
        .await?
    {
        out.entry(r.audit_id).or_default().push(r.student_id);
    }
    Ok(out)
}

/// Newest first.
pub async fn list(
    c: &impl ConnectionTrait,
    cap: &CanReadAudit,
    f: &AuditFilter,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<audit_log::Model>, Option<String>), StoreError> {
    let limit = page_limit(limit)?;
    let mut q = Entity::find();
    let student = match cap.scope() {
        AuditScope::All => f.student_id,
        AuditScope::Municipality(m) => {
            q = q.filter(Column::MunicipalityId.eq(m.as_uuid()));
            f.student_id
        }
        AuditScope::Student(s) => Some(s.as_uuid()),
    };
    if let Some(t) = &f.entity_type {
        q = q.filter(Column::EntityType.eq(t.as_str()));
    }
    if let Some(e) = &f.entity_id {
        q = q.filter(Column::EntityId.eq(e.as_str()));
    }
    if let Some(a) = f.actor_id {
        q = q.filter(Column::ActorId.eq(a));
    }
    if let Some(a) = &f.action {
        q = q.filter(Column::Action.eq(a.as_str()));
    }
    if let Some(s) = student {
        let reads = sea_orm::sea_query::Query::select()
            .column(audit_subject::Column::AuditId)
            .from(audit_subject::Entity)
            .and_where(audit_subject::Column::StudentId.eq(s))
            .to_owned();
        q = q.filter(
            sea_orm::Condition::any()
                .add(Column::Id.in_subquery(reads))
                .add(
                    sea_orm::Condition::all()
                        .add(Column::EntityType.eq("student"))
                        .add(Column::EntityId.eq(s.to_string())),
                ),
        );
    }
    if let Some(c) = cursor {
        q = q.filter(Column::Id.lt(Cursor::decode(c)?.id));
    }
    let rows = q.order_by_desc(Column::Id).limit(limit + 1).all(c).await?;
    Ok(finish_page(rows, limit, |r| Cursor {
        key: String::new(),
        id: r.id,
    }))
}
