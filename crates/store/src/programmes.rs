//! Network programmes. Scoped by the network they belong to.

use domain::NetworkId;
use domain::access::{CanManage, CanRead};
use domain::programme::{
    AssessmentForm, CheckedProgramme, DeliveryMode, EducationLevel, ProgrammeStatus,
};
use domain::text::search_key;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, IntoActiveModel, QueryFilter, Select,
};
use uuid::Uuid;

use crate::audit::AuditCtx;
use crate::entities::programme::{ActiveModel, Column, Entity, Model};
use crate::entities::programme_provider;
use crate::repo::{self, Owner};
use crate::{StoreError, links};

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

repo::aggregate!("programme", soft_delete, |m| Owner::Network(m.network_id));

fn live() -> Select<Entity> {
    repo::live::<Entity>()
}

/// A stored programme: its row with the organizations that teach it (rows of
/// `programme_providers`, in their order). It derefs to the row.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Programme {
    #[serde(flatten)]
    pub row: Model,
    pub providers: Vec<Uuid>,
}

impl std::ops::Deref for Programme {
    type Target = Model;

    fn deref(&self) -> &Model {
        &self.row
    }
}

/// The rows with their providers, in one more query.
pub async fn with_providers(
    c: &impl ConnectionTrait,
    rows: Vec<Model>,
) -> Result<Vec<Programme>, StoreError> {
    let ids: Vec<Uuid> = rows.iter().map(|p| p.id).collect();
    let mut providers = links::of::<programme_provider::Entity>(c, &ids).await?;
    Ok(rows
        .into_iter()
        .map(|row| Programme {
            providers: providers.remove(&row.id).unwrap_or_default(),
            row,
        })
        .collect())
}

async fn one(c: &impl ConnectionTrait, row: Model) -> Result<Programme, StoreError> {
    let providers = links::of_one::<programme_provider::Entity>(c, row.id).await?;
    Ok(Programme { row, providers })
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
) -> Result<Programme, StoreError> {
    let row = live()
        .filter(Column::Id.eq(id))
        .filter(Column::NetworkId.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    one(c, row).await
}

pub async fn list(
    c: &impl ConnectionTrait,
    cap: &CanRead<NetworkId>,
    q: Option<&str>,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<Programme>, Option<String>), StoreError> {
    let mut s = live().filter(Column::NetworkId.eq(cap.target().as_uuid()));
    if let Some(cond) = q.and_then(|t| crate::search::contains(Column::SearchKey, t)) {
        s = s.filter(cond);
    }
    let (rows, next) = repo::page(c, s, Column::SortKey, limit, cursor).await?;
    Ok((with_providers(c, rows).await?, next))
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
    a.level.set_if_not_equals(crate::codec::text(&d.level));
    a.grade_from
        .set_if_not_equals(i32::from(p.grades.from().value()));
    a.grade_to
        .set_if_not_equals(i32::from(p.grades.to().value()));
    a.total_hours
        .set_if_not_equals(i32::try_from(p.total_hours).unwrap_or(i32::MAX));
    a.hours_per_week_tenths
        .set_if_not_equals(i32::try_from(p.hours_per_week_tenths).unwrap_or(0));
    a.delivery_mode
        .set_if_not_equals(crate::codec::text(&d.delivery_mode));
    a.assessment_form
        .set_if_not_equals(crate::codec::text(&d.assessment_form));
    a.status.set_if_not_equals(crate::codec::text(&d.status));
    a.external_id.set_if_not_equals(d.external_id.clone());
}

/// Creates the programme with its providers; the audit record shows them too.
pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    d: &ProgrammeData,
    ctx: &AuditCtx,
) -> Result<Programme, StoreError> {
    let mut a = ActiveModel {
        network_id: Set(cap.target().as_uuid()),
        ..Default::default()
    };
    fill(&mut a, d);
    let row = repo::insert::<Entity>(c, a, ctx).await?;
    links::set::<programme_provider::Entity>(c, row.id, &d.providers).await?;
    let m = Programme {
        row,
        providers: d.providers.clone(),
    };
    repo::record::<Entity>(c, ctx, "create", &m.row, None::<&()>, Some(&m)).await?;
    Ok(m)
}

/// The live programme, provided it belongs to the network the capability is for.
fn of(cap: &CanManage<NetworkId>, id: Uuid) -> Select<Entity> {
    repo::by_id::<Entity>(id).filter(Column::NetworkId.eq(cap.target().as_uuid()))
}

async fn current(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    id: Uuid,
    expected: Option<i32>,
) -> Result<Programme, StoreError> {
    let row = repo::current(c, of(cap, id), expected).await?;
    one(c, row).await
}

/// Replaces the programme and, where they differ, its providers; saving it as it is
/// changes nothing.
pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    id: Uuid,
    expected: Option<i32>,
    d: &ProgrammeData,
    ctx: &AuditCtx,
) -> Result<Programme, StoreError> {
    let before = current(c, cap, id, expected).await?;
    let mut a = before.row.clone().into_active_model();
    fill(&mut a, d);
    let providers_changed = before.providers != d.providers;
    if repo::write::<Entity>(c, &before.row, a, providers_changed, ctx)
        .await?
        .is_none()
    {
        return Ok(before);
    }
    if providers_changed {
        links::set::<programme_provider::Entity>(c, id, &d.providers).await?;
    }
    let after = current(c, cap, id, None).await?;
    repo::record::<Entity>(c, ctx, "update", &after.row, Some(&before), Some(&after)).await?;
    Ok(after)
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
    let before = current(c, cap, id, expected).await?;
    repo::mark_deleted::<Entity>(c, &before.row, ctx).await?;
    crate::documents::discard_of_owner(
        c,
        domain::document::DocumentOwner {
            kind: domain::document::OwnerKind::Programme,
            id,
        },
        ctx,
    )
    .await?;
    repo::record::<Entity>(c, ctx, "delete", &before.row, Some(&before), None::<&()>).await
}

/// A live programme by id (the caller decided it may be read).
pub async fn by_id(c: &impl ConnectionTrait, id: Uuid) -> Result<Option<Programme>, StoreError> {
    match live().filter(Column::Id.eq(id)).one(c).await? {
        Some(row) => Ok(Some(one(c, row).await?)),
        None => Ok(None),
    }
}
