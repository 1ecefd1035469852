//! Organizations: a scoped registry with soft delete and optimistic concurrency.

use domain::access::{CanManage, CanRead, OrgFacts, Visibility};
use domain::organization::CheckedOrganization;
use domain::text::search_key;
use domain::{MunicipalityId, OrganizationId, OrganizationKind};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Select,
};
use uuid::Uuid;

use crate::StoreError;
use crate::audit::AuditCtx;
use crate::cursor::{Cursor, after, finish_page, page_limit};
use crate::entities::organization::{ActiveModel, Column, Entity, Model};
use crate::repo::{self, Owner};

/// The values of an organization record after the domain checked them.
#[derive(Debug, Clone)]
pub struct OrganizationData {
    pub municipality_id: MunicipalityId,
    pub parent_id: Option<OrganizationId>,
    pub kind: OrganizationKind,
    pub checked: CheckedOrganization,
    pub low_results: bool,
    pub adverse_conditions: bool,
    pub active: bool,
}

/// List filters.
#[derive(Debug, Clone, Default)]
pub struct OrganizationFilter {
    pub municipality_id: Option<Uuid>,
    pub kind: Option<OrganizationKind>,
    pub low_results: Option<bool>,
    pub adverse_conditions: Option<bool>,
    pub active: Option<bool>,
    pub q: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OrganizationOrder {
    #[default]
    Name,
    NameDesc,
    Created,
    CreatedDesc,
}

fn live() -> Select<Entity> {
    Entity::find().filter(Column::DeletedAt.is_null())
}

fn facts_of(m: &Model) -> OrgFacts {
    OrgFacts {
        id: OrganizationId(m.id),
        municipality: MunicipalityId(m.municipality_id),
        parent: m.parent_id.map(OrganizationId),
    }
}

/// Access facts of a live organization: enough to decide access, nothing to reveal.
pub async fn facts(c: &impl ConnectionTrait, id: Uuid) -> Result<Option<OrgFacts>, StoreError> {
    Ok(live()
        .filter(Column::Id.eq(id))
        .one(c)
        .await?
        .as_ref()
        .map(facts_of))
}

/// Access facts by external id within a municipality.
pub async fn facts_by_external_id(
    c: &impl ConnectionTrait,
    municipality: MunicipalityId,
    external_id: &str,
) -> Result<Option<OrgFacts>, StoreError> {
    Ok(live()
        .filter(Column::MunicipalityId.eq(municipality.as_uuid()))
        .filter(Column::ExternalId.eq(external_id))
        .one(c)
        .await?
        .as_ref()
        .map(facts_of))
}

/// The kind of a stored organization; unknown text is corrupt data.
pub fn kind_of(m: &Model) -> Result<OrganizationKind, StoreError> {
    OrganizationKind::parse(&m.kind).ok_or_else(|| {
        StoreError::Corrupt(format!("organizations.kind: unknown value {:?}", m.kind))
    })
}

/// Kind and municipality of a would-be parent.
pub async fn parent_info(
    c: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<(MunicipalityId, OrganizationKind)>, StoreError> {
    match live().filter(Column::Id.eq(id)).one(c).await? {
        None => Ok(None),
        Some(m) => Ok(Some((MunicipalityId(m.municipality_id), kind_of(&m)?))),
    }
}

pub async fn get(
    c: &impl ConnectionTrait,
    cap: &CanRead<OrganizationId>,
) -> Result<Model, StoreError> {
    live()
        .filter(Column::Id.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}

/// A live organization in one query: its row gives the access facts `decide` turns into
/// a capability, and the row is returned only when `decide` grants it.
pub async fn get_checked<E: From<StoreError>>(
    c: &impl ConnectionTrait,
    id: Uuid,
    decide: impl FnOnce(&OrgFacts) -> Result<CanRead<OrganizationId>, E>,
) -> Result<Model, E> {
    let m = live()
        .filter(Column::Id.eq(id))
        .one(c)
        .await
        .map_err(StoreError::from)?
        .ok_or(StoreError::NotFound)?;
    let cap = decide(&facts_of(&m))?;
    if cap.target().as_uuid() != m.id {
        return Err(StoreError::NotFound.into());
    }
    Ok(m)
}

/// Names of organizations by id (for display next to references).
pub async fn names(
    c: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<(Uuid, String)>, StoreError> {
    Ok(Entity::find()
        .filter(Column::Id.is_in(ids.iter().copied()))
        .all(c)
        .await?
        .into_iter()
        .map(|m| (m.id, m.short_name))
        .collect())
}

pub async fn list(
    c: &impl ConnectionTrait,
    visibility: &Visibility,
    f: &OrganizationFilter,
    order: OrganizationOrder,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<Model>, Option<String>), StoreError> {
    let limit = page_limit(limit)?;
    let mut q = live();
    q = match visibility {
        Visibility::All => q,
        Visibility::Municipality(m) => q.filter(Column::MunicipalityId.eq(m.as_uuid())),
        Visibility::Organizations(ids) => {
            let ids: Vec<Uuid> = ids.iter().map(OrganizationId::as_uuid).collect();
            q.filter(
                Condition::any()
                    .add(Column::Id.is_in(ids.clone()))
                    .add(Column::ParentId.is_in(ids)),
            )
        }
    };
    if let Some(m) = f.municipality_id {
        q = q.filter(Column::MunicipalityId.eq(m));
    }
    if let Some(k) = f.kind {
        q = q.filter(Column::Kind.eq(k.as_str()));
    }
    if let Some(v) = f.low_results {
        q = q.filter(Column::LowResults.eq(v));
    }
    if let Some(v) = f.adverse_conditions {
        q = q.filter(Column::AdverseConditions.eq(v));
    }
    if let Some(v) = f.active {
        q = q.filter(Column::Active.eq(v));
    }
    if let Some(cond) =
        f.q.as_deref()
            .and_then(|t| crate::search::contains(Column::SearchKey, t))
    {
        q = q.filter(cond);
    }
    let after_cursor = cursor.map(Cursor::decode).transpose()?;
    q = match order {
        OrganizationOrder::Name | OrganizationOrder::NameDesc => {
            let asc = order == OrganizationOrder::Name;
            if let Some(cur) = &after_cursor {
                q = q.filter(after(Column::SortKey, Column::Id, cur, asc));
            }
            if asc {
                q.order_by_asc(Column::SortKey).order_by_asc(Column::Id)
            } else {
                q.order_by_desc(Column::SortKey).order_by_desc(Column::Id)
            }
        }
        // Ids are UUIDv7, so id order is creation order.
        OrganizationOrder::Created => {
            if let Some(cur) = &after_cursor {
                q = q.filter(Column::Id.gt(cur.id));
            }
            q.order_by_asc(Column::Id)
        }
        OrganizationOrder::CreatedDesc => {
            if let Some(cur) = &after_cursor {
                q = q.filter(Column::Id.lt(cur.id));
            }
            q.order_by_desc(Column::Id)
        }
    };
    let rows = q.limit(limit + 1).all(c).await?;
    Ok(finish_page(rows, limit, |m| Cursor {
        key: m.sort_key.clone(),
        id: m.id,
    }))
}

fn search_text(d: &OrganizationData) -> String {
    let c = &d.checked;
    search_key(&format!(
        "{} {} {} {}",
        c.full_name,
        c.short_name,
        c.inn.as_ref().map(|i| i.as_str()).unwrap_or(""),
        c.external_id.as_deref().unwrap_or("")
    ))
}

/// Sets the record's fields; on a model loaded from the database only the values that
/// differ become changes, so an identical update is recognised as a no-op.
fn fill(a: &mut ActiveModel, d: &OrganizationData) {
    a.municipality_id
        .set_if_not_equals(d.municipality_id.as_uuid());
    a.parent_id
        .set_if_not_equals(d.parent_id.map(|p| p.as_uuid()));
    a.kind.set_if_not_equals(d.kind.as_str().to_owned());
    a.full_name.set_if_not_equals(d.checked.full_name.clone());
    a.short_name.set_if_not_equals(d.checked.short_name.clone());
    a.sort_key
        .set_if_not_equals(search_key(&d.checked.short_name));
    a.search_key.set_if_not_equals(search_text(d));
    a.inn
        .set_if_not_equals(d.checked.inn.as_ref().map(|i| i.as_str().to_owned()));
    a.address.set_if_not_equals(d.checked.address.clone());
    a.low_results.set_if_not_equals(d.low_results);
    a.adverse_conditions.set_if_not_equals(d.adverse_conditions);
    a.external_id
        .set_if_not_equals(d.checked.external_id.clone());
    a.active.set_if_not_equals(d.active);
}

pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<MunicipalityId>,
    d: &OrganizationData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let mut a = ActiveModel {
        ..Default::default()
    };
    let d = OrganizationData {
        municipality_id: cap.target(),
        ..d.clone()
    };
    fill(&mut a, &d);
    repo::create::<Entity>(c, a, ctx).await
}

repo::aggregate!("organization", soft_delete, |m| Owner::OrganizationIn {
    municipality: m.municipality_id,
    organization: m.id,
});

/// Replaces the record. The update only applies if nobody changed the row in between;
/// an update that changes nothing keeps the version and writes no audit record.
pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    expected_version: Option<i32>,
    d: &OrganizationData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    repo::replace(
        c,
        repo::by_id::<Entity>(cap.target().as_uuid()),
        expected_version,
        |a| fill(a, d),
        ctx,
    )
    .await
}

/// Soft delete: the row stays for history and the audit log; it leaves every list.
pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<OrganizationId>,
    expected_version: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let before = repo::current(
        c,
        repo::by_id::<Entity>(cap.target().as_uuid()),
        expected_version,
    )
    .await?;
    let children = live()
        .filter(Column::ParentId.eq(before.id))
        .count_rows(c)
        .await?;
    if children > 0 {
        return Err(StoreError::StillReferenced);
    }
    repo::soft_delete::<Entity>(c, &before, ctx).await
}

trait CountRows {
    async fn count_rows(self, c: &impl ConnectionTrait) -> Result<u64, sea_orm::DbErr>;
}

impl CountRows for Select<Entity> {
    async fn count_rows(self, c: &impl ConnectionTrait) -> Result<u64, sea_orm::DbErr> {
        use sea_orm::PaginatorTrait;
        self.count(c).await
    }
}
