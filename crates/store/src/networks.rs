//! Networks and their memberships. A membership change bumps the network's version in
//! the same transaction, so two concurrent changes cannot both pass the membership rules.

use chrono::{DateTime, NaiveDate, Utc};
use domain::access::{CanManage, CanRead, NetworkFacts, NetworkScope};
use domain::network::{MembershipRole, NetworkModel, NetworkStatus, coordinators_on};
use domain::period::Period;
use domain::text::search_key;
use domain::{MunicipalityId, NetworkId, OrganizationId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Select,
};
use uuid::Uuid;

use crate::audit::{self, AuditCtx, Change, snapshot};
use crate::entities::membership;
use crate::entities::network::{ActiveModel, Column, Entity, Model};
use crate::repo::{self, Owner};
use crate::{StoreError, new_id};

#[derive(Debug, Clone)]
pub struct NetworkData {
    pub name: String,
    pub model: NetworkModel,
    pub goal: String,
    pub tasks: Vec<String>,
    pub expected_results: Vec<String>,
    pub period: Period,
    pub status: NetworkStatus,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipData {
    pub organization_id: OrganizationId,
    pub role: MembershipRole,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
    pub mentor_id: Option<OrganizationId>,
}

repo::aggregate!("network", soft_delete, |m| Owner::Municipality(
    m.municipality_id
));

fn live() -> Select<Entity> {
    repo::live::<Entity>()
}

/// The role of a stored membership; a text that names no role is corrupt data.
pub fn role_of(m: &membership::Model) -> Result<MembershipRole, StoreError> {
    MembershipRole::parse(&m.role)
        .ok_or_else(|| StoreError::Corrupt(format!("memberships.role: unknown value {:?}", m.role)))
}

pub fn parse_enum<T: serde::de::DeserializeOwned>(s: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
}

/// The time zone of a municipality: «today» for its networks and schools is the date
/// there. A stored name the time-zone database does not know is corrupt data.
pub async fn zone_of_municipality(
    c: &impl ConnectionTrait,
    municipality: Uuid,
) -> Result<clock::TimeZone, StoreError> {
    let m = crate::entities::municipality::Entity::find_by_id(municipality)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    clock::TimeZone::parse(&m.time_zone).ok_or_else(|| {
        StoreError::Corrupt(format!(
            "municipalities.time_zone: unknown zone {:?}",
            m.time_zone
        ))
    })
}

/// Today in the municipality of network `id`, by `clock`.
/// The time zone of a network's municipality.
pub async fn zone_of(c: &impl ConnectionTrait, id: Uuid) -> Result<clock::TimeZone, StoreError> {
    let n = Entity::find_by_id(id)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    zone_of_municipality(c, n.municipality_id).await
}

pub async fn today_of(
    c: &impl ConnectionTrait,
    id: Uuid,
    clock: &clock::Clock,
) -> Result<NaiveDate, StoreError> {
    let n = Entity::find_by_id(id)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    Ok(clock.today_in(zone_of_municipality(c, n.municipality_id).await?))
}

/// Access facts of a live network as they stand today in its municipality (coordinators
/// are those of that day there, whoever asks and from wherever).
pub async fn facts(
    c: &impl ConnectionTrait,
    id: Uuid,
    clock: &clock::Clock,
) -> Result<Option<NetworkFacts>, StoreError> {
    let Some(n) = live().filter(Column::Id.eq(id)).one(c).await? else {
        return Ok(None);
    };
    let today = clock.today_in(zone_of_municipality(c, n.municipality_id).await?);
    let network_period = Period::new(n.period_from, n.period_to)
        .map_err(|_| StoreError::Corrupt(format!("network {id}: period ends before it starts")))?;
    let ms = membership::Entity::find()
        .filter(membership::Column::NetworkId.eq(id))
        .all(c)
        .await?;
    let mut members: Vec<OrganizationId> = Vec::new();
    let mut terms = Vec::new();
    for m in &ms {
        let org = OrganizationId(m.organization_id);
        if !members.contains(&org) {
            members.push(org);
        }
        terms.push((org, role_of(m)?, m.joined_on, m.left_on));
    }
    let coordinators = coordinators_on(&network_period, terms, today);
    Ok(Some(NetworkFacts {
        id: NetworkId(n.id),
        municipality: MunicipalityId(n.municipality_id),
        members,
        coordinators,
    }))
}

pub async fn list(
    c: &impl ConnectionTrait,
    scope: NetworkScope,
    q: Option<&str>,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<Model>, Option<String>), StoreError> {
    let mut s = live();
    s = match scope {
        NetworkScope::All => s,
        NetworkScope::Municipality(m) => s.filter(Column::MunicipalityId.eq(m.as_uuid())),
        NetworkScope::MemberOf(o) => {
            let ids: Vec<Uuid> = membership::Entity::find()
                .filter(membership::Column::OrganizationId.eq(o.as_uuid()))
                .all(c)
                .await?
                .into_iter()
                .map(|m| m.network_id)
                .collect();
            s.filter(Column::Id.is_in(ids))
        }
    };
    if let Some(cond) = q.and_then(|t| crate::search::contains(Column::SearchKey, t)) {
        s = s.filter(cond);
    }
    repo::page(c, s, Column::SortKey, limit, cursor).await
}

pub async fn get(c: &impl ConnectionTrait, cap: &CanRead<NetworkId>) -> Result<Model, StoreError> {
    live()
        .filter(Column::Id.eq(cap.target().as_uuid()))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn memberships(
    c: &impl ConnectionTrait,
    cap: &CanRead<NetworkId>,
) -> Result<Vec<membership::Model>, StoreError> {
    Ok(membership::Entity::find()
        .filter(membership::Column::NetworkId.eq(cap.target().as_uuid()))
        .order_by_asc(membership::Column::JoinedOn)
        .order_by_asc(membership::Column::Id)
        .all(c)
        .await?)
}

fn fill(a: &mut ActiveModel, d: &NetworkData) {
    a.name.set_if_not_equals(d.name.clone());
    a.sort_key.set_if_not_equals(search_key(&d.name));
    a.search_key
        .set_if_not_equals(search_key(&format!("{} {}", d.name, d.goal)));
    a.model.set_if_not_equals(crate::codec::text(&d.model));
    a.goal.set_if_not_equals(d.goal.clone());
    a.tasks.set_if_not_equals(serde_json::json!(d.tasks));
    a.expected_results
        .set_if_not_equals(serde_json::json!(d.expected_results));
    a.period_from.set_if_not_equals(d.period.from());
    a.period_to.set_if_not_equals(d.period.to());
    a.status.set_if_not_equals(crate::codec::text(&d.status));
}

/// Creates a network with its first memberships (at least its coordinator).
pub async fn create(
    c: &impl ConnectionTrait,
    cap: &CanManage<MunicipalityId>,
    d: &NetworkData,
    members: &[MembershipData],
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let mut a = ActiveModel {
        municipality_id: Set(cap.target().as_uuid()),
        ..Default::default()
    };
    fill(&mut a, d);
    let m = repo::create::<Entity>(c, a, ctx).await?;
    for md in members {
        insert_membership(c, m.id, m.municipality_id, md, ctx).await?;
    }
    Ok(m)
}

/// Claims the network for a change: bumps its version if it is still `expected` (or
/// whatever it is when `None`). Concurrent claimants fail with a version mismatch.
pub async fn claim(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    expected: Option<i32>,
    now: DateTime<Utc>,
) -> Result<Model, StoreError> {
    let id = cap.target().as_uuid();
    let before = live()
        .filter(Column::Id.eq(id))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    if expected.is_some_and(|v| v != before.version) {
        return Err(StoreError::VersionMismatch {
            current: before.version,
        });
    }
    let res = Entity::update_many()
        .col_expr(Column::Version, Expr::value(before.version + 1))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::Version.eq(before.version))
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        return Err(StoreError::VersionMismatch {
            current: before.version + 1,
        });
    }
    // Read back rather than patch `before`: the database decides timestamp precision.
    live()
        .filter(Column::Id.eq(id))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}

pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    expected: Option<i32>,
    d: &NetworkData,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    repo::replace(
        c,
        repo::by_id::<Entity>(cap.target().as_uuid()),
        expected,
        |a| fill(a, d),
        ctx,
    )
    .await
}

/// Removes the network; its documents (and those of its programmes and agreements) are
/// queued for deletion in the same transaction.
pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    expected: Option<i32>,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let before = repo::current(c, repo::by_id::<Entity>(cap.target().as_uuid()), expected).await?;
    repo::mark_deleted::<Entity>(c, &before, ctx).await?;
    crate::documents::discard_of_network(c, before.id, ctx).await?;
    repo::record::<Entity>(c, ctx, "delete", &before, Some(&before), None::<&()>).await
}

async fn insert_membership(
    c: &impl ConnectionTrait,
    network: Uuid,
    municipality: Uuid,
    d: &MembershipData,
    ctx: &AuditCtx,
) -> Result<membership::Model, StoreError> {
    let now = ctx.at;
    let a = membership::ActiveModel {
        id: Set(new_id()),
        network_id: Set(network),
        organization_id: Set(d.organization_id.as_uuid()),
        role: Set(d.role.as_str().to_owned()),
        joined_on: Set(d.joined_on),
        left_on: Set(d.left_on),
        mentor_id: Set(d.mentor_id.map(|m| m.as_uuid())),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let m = membership::Entity::insert(a).exec_with_returning(c).await?;
    audit::record(c, ctx, membership_change("create", &m, municipality, None)).await?;
    Ok(m)
}

fn membership_change(
    action: &'static str,
    m: &membership::Model,
    municipality: Uuid,
    before: Option<serde_json::Value>,
) -> Change {
    Change {
        action,
        entity_type: "membership",
        entity_id: Some(m.id.to_string()),
        municipality_id: Some(municipality),
        organization_id: Some(m.organization_id),
        before,
        after: if action == "delete" {
            None
        } else {
            snapshot(m)
        },
    }
}

/// Adds a membership to a network the caller has claimed.
pub async fn add_membership(
    c: &impl ConnectionTrait,
    claimed: &Model,
    d: &MembershipData,
    ctx: &AuditCtx,
) -> Result<membership::Model, StoreError> {
    insert_membership(c, claimed.id, claimed.municipality_id, d, ctx).await
}

pub async fn update_membership(
    c: &impl ConnectionTrait,
    claimed: &Model,
    id: Uuid,
    d: &MembershipData,
    ctx: &AuditCtx,
) -> Result<membership::Model, StoreError> {
    use membership::Column as M;
    let before = membership::Entity::find()
        .filter(M::Id.eq(id))
        .filter(M::NetworkId.eq(claimed.id))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    let a = membership::ActiveModel {
        organization_id: Set(d.organization_id.as_uuid()),
        role: Set(d.role.as_str().to_owned()),
        joined_on: Set(d.joined_on),
        left_on: Set(d.left_on),
        mentor_id: Set(d.mentor_id.map(|m| m.as_uuid())),
        version: Set(before.version + 1),
        updated_at: Set(ctx.at),
        ..Default::default()
    };
    membership::Entity::update_many()
        .set(a)
        .filter(M::Id.eq(id))
        .exec(c)
        .await?;
    let after = membership::Entity::find_by_id(id)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    audit::record(
        c,
        ctx,
        membership_change("update", &after, claimed.municipality_id, snapshot(&before)),
    )
    .await?;
    Ok(after)
}

pub async fn delete_membership(
    c: &impl ConnectionTrait,
    claimed: &Model,
    id: Uuid,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    use membership::Column as M;
    let before = membership::Entity::find()
        .filter(M::Id.eq(id))
        .filter(M::NetworkId.eq(claimed.id))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    membership::Entity::delete_many()
        .filter(M::Id.eq(id))
        .exec(c)
        .await?;
    audit::record(
        c,
        ctx,
        membership_change(
            "delete",
            &before,
            claimed.municipality_id,
            snapshot(&before),
        ),
    )
    .await?;
    Ok(())
}

/// The membership rows of a network inside a transaction (for the rule check).
pub async fn memberships_of(
    c: &impl ConnectionTrait,
    claimed: &Model,
) -> Result<Vec<membership::Model>, StoreError> {
    Ok(membership::Entity::find()
        .filter(membership::Column::NetworkId.eq(claimed.id))
        .all(c)
        .await?)
}

/// Live networks an organization has a membership in.
pub async fn ids_of_member(c: &impl ConnectionTrait, org: Uuid) -> Result<Vec<Uuid>, StoreError> {
    let mine: Vec<Uuid> = membership::Entity::find()
        .filter(membership::Column::OrganizationId.eq(org))
        .all(c)
        .await?
        .into_iter()
        .map(|m| m.network_id)
        .collect();
    if mine.is_empty() {
        return Ok(Vec::new());
    }
    let mut ids: Vec<Uuid> = live()
        .filter(Column::Id.is_in(mine))
        .all(c)
        .await?
        .into_iter()
        .map(|n| n.id)
        .collect();
    ids.sort();
    ids.dedup();
    Ok(ids)
}
