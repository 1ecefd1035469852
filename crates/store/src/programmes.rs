//! Network programmes. Scoped by the network they belong to.

use domain::NetworkId;
use domain::access::{CanManage, CanRead};
use domain::programme::{
    AssessmentForm, CheckedProgramme, DeliveryMode, EducationLevel, ProgrammeStatus,
};
use domain::text::search_key;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, QueryFilter, Select};
use uuid::Uuid;

use crate::StoreError;
use crate::audit::AuditCtx;
use crate::entities::programme::{ActiveModel, Column, Entity, Model};
use crate::repo::{self, Aggregate, Owner};

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

impl Aggregate for Entity {
    const KIND: &'static str = "programme";
    const ID: Column = Column::Id;
    const VERSION: Column = Column::Version;
    const CREATED_AT: Column = Column::CreatedAt;
    const UPDATED_AT: Column = Column::UpdatedAt;
    const DELETED_AT: Option<Column> = Some(Column::DeletedAt);

    fn owner(m: &Model) -> Owner {
        Owner::Network(m.network_id)
    }
}

fn live() -> Select<Entity> {
    repo::live::<Entity>()
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
    let mut s = live().filter(Column::NetworkId.eq(cap.target().as_uuid()));
    if let Some(cond) = q.and_then(|t| crate::search::contains(Column::SearchKey, t)) {
        s = s.filter(cond);
    }
    repo::page(c, s, Column::SortKey, limit, cursor).await
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
pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    d: &ProgrammeData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let mut a = ActiveModel {
        network_id: Set(cap.target().as_uuid()),
        ..Default::default()
    };
    fill(&mut a, d);
    repo::create::<Entity>(c, a, ctx).await
}

/// The live programme, provided it belongs to the network the capability is for.
fn of(cap: &CanManage<NetworkId>, id: Uuid) -> Select<Entity> {
    repo::by_id::<Entity>(id).filter(Column::NetworkId.eq(cap.target().as_uuid()))
}

pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    id: Uuid,
    expected: Option<i32>,
    d: &ProgrammeData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    repo::replace(c, of(cap, id), expected, |a| fill(a, d), ctx).await
}

/// Removes the programme; its documents are queued for deletion in the same
/// transaction.
pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    id: Uuid,
    expected: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let before = repo::current(c, of(cap, id), expected).await?;
    repo::mark_deleted::<Entity>(c, &before, ctx).await?;
    crate::documents::discard_of_owner(
        c,
        domain::document::DocumentOwner {
            kind: domain::document::OwnerKind::Programme,
            id,
        },
        ctx,
    )
    .await?;
    repo::record::<Entity>(c, ctx, "delete", &before, Some(&before), None::<&()>).await
}

/// A live programme by id (the caller decided it may be read).
pub async fn by_id(c: &impl ConnectionTrait, id: Uuid) -> Result<Option<Model>, StoreError> {
    Ok(live().filter(Column::Id.eq(id)).one(c).await?)
}
