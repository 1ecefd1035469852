//! Network programmes. Scoped by the network they belong to.

use domain::NetworkId;
use domain::access::{CanManage, CanRead};
use domain::programme::{
    AssessmentForm, CheckedProgramme, DeliveryMode, EducationLevel, ProgrammeStatus,
};
use domain::text::search_key;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

use crate::audit::{self, AuditCtx, Change, snapshot};
use crate::cursor::{Cursor, after, finish_page, page_limit};
use crate::entities::programme::{ActiveModel, Column, Entity, Model};
use crate::{StoreError, new_id};

#[derive(Debug, Clone)]
pub struct ProgrammeData {
    pub checked: CheckedProgramme,
    pub level: EducationLevel,
    pub delivery_mode: DeliveryMode,
    pub assessment_form: AssessmentForm,
    pub providers: Vec<Uuid>,
    pub status: ProgrammeStatus,
    pub external_id: Option<String>,
}

fn live() -> Select<Entity> {
    Entity::find().filter(Column::DeletedAt.is_null())
}

fn enum_str<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The network of a live programme (to decide access).
pub async fn network_of(c: &impl ConnectionTrait, id: Uuid) -> Result<Option<Uuid>, StoreError> {
    Ok(live()
        .filter(Column::Id.eq(id))
        .one(c)
        .await?
        .map(|p| p.network_id))
}

pub async fn get(
    c: &impl ConnectionTrait,
    cap: &CanRead<NetworkId>,
    id: Uuid,
) -> Result<Model, StoreError> {
    live()
        .filter(Column::Id.eq(id))
        .filter(Column::NetworkId.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn list(
    c: &impl ConnectionTrait,
    cap: &CanRead<NetworkId>,
    q: Option<&str>,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<Model>, Option<String>), StoreError> {
    let limit = page_limit(limit)?;
    let mut s = live().filter(Column::NetworkId.eq(cap.target().as_uuid()));
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

fn fill(a: &mut ActiveModel, d: &ProgrammeData) {
    let p = &d.checked;
    a.code.set_if_not_equals(p.code.clone());
    a.title.set_if_not_equals(p.title.clone());
    a.subject_area.set_if_not_equals(p.subject_area.clone());
    a.module.set_if_not_equals(p.module.clone());
    a.sort_key.set_if_not_equals(search_key(&format!(
        "{} {}",
        p.title,
        p.module.as_deref().unwrap_or("")
    )));
    a.search_key.set_if_not_equals(search_key(&format!(
        "{} {} {} {}",
        p.code,
        p.title,
        p.subject_area,
        p.module.as_deref().unwrap_or("")
    )));
    a.level.set_if_not_equals(enum_str(&d.level));
    a.grade_from
        .set_if_not_equals(i32::from(p.grades.from().value()));
    a.grade_to
        .set_if_not_equals(i32::from(p.grades.to().value()));
    a.total_hours
        .set_if_not_equals(i32::try_from(p.total_hours).unwrap_or(i32::MAX));
    a.hours_per_week_tenths
        .set_if_not_equals(i32::try_from(p.hours_per_week_tenths).unwrap_or(0));
    a.delivery_mode
        .set_if_not_equals(enum_str(&d.delivery_mode));
    a.assessment_form
        .set_if_not_equals(enum_str(&d.assessment_form));
    a.providers
        .set_if_not_equals(serde_json::json!(d.providers));
    a.status.set_if_not_equals(enum_str(&d.status));
    a.external_id.set_if_not_equals(d.external_id.clone());
}

/// The municipality of the programme's network, so the authority sees the audit record.
async fn municipality_of(
    c: &impl ConnectionTrait,
    network: Uuid,
) -> Result<Option<Uuid>, StoreError> {
    Ok(crate::entities::network::Entity::find_by_id(network)
        .one(c)
        .await?
        .map(|n| n.municipality_id))
}

fn change(
    action: &'static str,
    m: &Model,
    municipality_id: Option<Uuid>,
    before: Option<serde_json::Value>,
) -> Change {
    Change {
        action,
        entity_type: "programme",
        entity_id: Some(m.id.to_string()),
        municipality_id,
        organization_id: None,
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
    cap: &CanManage<NetworkId>,
    d: &ProgrammeData,
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
    fill(&mut a, d);
    let m = Entity::insert(a).exec_with_returning(c).await?;
    let mun = municipality_of(c, m.network_id).await?;
    audit::record(c, ctx, change("create", &m, mun, None)).await?;
    Ok(m)
}

async fn current(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    id: Uuid,
    expected: Option<i32>,
) -> Result<Model, StoreError> {
    let m = live()
        .filter(Column::Id.eq(id))
        .filter(Column::NetworkId.eq(cap.target().as_uuid()))
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
    cap: &CanManage<NetworkId>,
    id: Uuid,
    expected: Option<i32>,
    d: &ProgrammeData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let before = current(c, cap, id, expected).await?;
    let mut a = before.clone().into_active_model();
    fill(&mut a, d);
    if !a.is_changed() {
        return Ok(before);
    }
    a.version = Set(before.version + 1);
    a.updated_at = Set(ctx.at);
    let res = Entity::update_many()
        .set(a)
        .filter(Column::Id.eq(id))
        .filter(Column::Version.eq(before.version))
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        return Err(StoreError::VersionMismatch {
            current: before.version + 1,
        });
    }
    let after = current(c, cap, id, None).await?;
    let mun = municipality_of(c, after.network_id).await?;
    audit::record(c, ctx, change("update", &after, mun, snapshot(&before))).await?;
    Ok(after)
}

pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    id: Uuid,
    expected: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let before = current(c, cap, id, expected).await?;
    let res = Entity::update_many()
        .col_expr(Column::DeletedAt, Expr::value(ctx.at))
        .col_expr(Column::Version, Expr::value(before.version + 1))
        .filter(Column::Id.eq(id))
        .filter(Column::Version.eq(before.version))
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        return Err(StoreError::VersionMismatch {
            current: before.version + 1,
        });
    }
    crate::documents::discard_of_owner(
        c,
        domain::document::DocumentOwner {
            kind: domain::document::OwnerKind::Programme,
            id,
        },
        ctx,
    )
    .await?;
    let mun = municipality_of(c, before.network_id).await?;
    audit::record(c, ctx, change("delete", &before, mun, snapshot(&before))).await?;
    Ok(())
}

/// A live programme by id (the caller decided it may be read).
pub async fn by_id(c: &impl ConnectionTrait, id: Uuid) -> Result<Option<Model>, StoreError> {
    Ok(live().filter(Column::Id.eq(id)).one(c).await?)
}
