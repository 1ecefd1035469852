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
use crate::entities::organization;
use crate::{StoreError, new_id};

/// Who is acting, carried from the request into every write.
#[derive(Debug, Clone)]
pub struct AuditCtx {
    pub actor_id: Option<Uuid>,
    pub actor_name: String,
    pub request_id: Option<String>,
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
    let row = ActiveModel {
        id: Set(new_id()),
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
    };
    Entity::insert(row)
        .exec_without_returning(c)
        .await
        .map(|_| ())
}

/// Filters of the audit list.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub entity_type: Option<String>,
    pub entity_id: Option<String>,
    pub actor_id: Option<Uuid>,
    pub action: Option<String>,
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
    if let AuditScope::Municipality(m) = cap.scope() {
        q = q.filter(Column::MunicipalityId.eq(m.as_uuid()));
    }
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
    if let Some(c) = cursor {
        q = q.filter(Column::Id.lt(Cursor::decode(c)?.id));
    }
    let rows = q.order_by_desc(Column::Id).limit(limit + 1).all(c).await?;
    Ok(finish_page(rows, limit, |r| Cursor {
        key: String::new(),
        id: r.id,
    }))
}
