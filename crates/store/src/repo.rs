//! The repository skeleton every versioned aggregate shares: create with its audit record,
//! the update conditional on the version the caller saw (an update that changes nothing
//! keeps the version and writes no record), soft delete, and the keyset page. An
//! aggregate describes itself once, in [`Aggregate`]; its module keeps only what is its
//! own (the columns it fills from checked input, its filters, its extra rules).

use sea_orm::sea_query::{Expr, ValueType};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, ModelTrait,
    QueryFilter, QueryOrder, QuerySelect, Select,
};
use uuid::Uuid;

use crate::audit::{self, AuditCtx, Change, snapshot};
use crate::cursor::{Cursor, after, page_limit};
use crate::entities::{network, study_group};
use crate::{StoreError, new_id};

/// Whose audit log a record of this aggregate belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Municipality(Uuid),
    /// An organization's thing: the organization's and its municipality's log.
    Organization(Uuid),
    /// An organization itself, in its municipality.
    OrganizationIn {
        municipality: Uuid,
        organization: Uuid,
    },
    /// A network's thing: the log of the network's municipality.
    Network(Uuid),
    /// A network's thing that one organization is answerable for (an agreement and its
    /// base organization).
    NetworkOrganization {
        network: Uuid,
        organization: Uuid,
    },
    /// A group's thing (a session): the log of the group's network's municipality.
    Group(Uuid),
    /// Nobody's but the administrator's (an administrator's own account).
    Nobody,
}

/// A versioned aggregate stored in one row: `id` (uuid), `version`, `created_at`,
/// `updated_at` and, when removal keeps history, `deleted_at`.
pub trait Aggregate:
    EntityTrait<
        Model: IntoActiveModel<Self::ActiveModel> + serde::Serialize + Clone + Send + Sync,
        ActiveModel: ActiveModelTrait<Entity = Self> + Send,
    >
{
    /// The audit record's entity type.
    const KIND: &'static str;
    const ID: Self::Column;
    const VERSION: Self::Column;
    const CREATED_AT: Self::Column;
    const UPDATED_AT: Self::Column;
    /// `None` where a removal removes the row.
    const DELETED_AT: Option<Self::Column>;

    fn owner(m: &Self::Model) -> Owner;
}

/// Implements [`Aggregate`] for the `Entity` of the module it stands in, whose table has
/// the usual `id`, `version`, `created_at`, `updated_at` columns and, with `soft_delete`,
/// `deleted_at` (`no_soft_delete` where a removal removes the row, or never happens):
/// `aggregate!("staff", soft_delete, |m| Owner::Organization(m.organization_id));`
macro_rules! aggregate {
    ($kind:literal, soft_delete, |$m:ident| $owner:expr) => {
        $crate::repo::aggregate!(@impl $kind, Some(Column::DeletedAt), |$m| $owner);
    };
    ($kind:literal, no_soft_delete, |$m:ident| $owner:expr) => {
        $crate::repo::aggregate!(@impl $kind, None, |$m| $owner);
    };
    (@impl $kind:literal, $deleted:expr, |$m:ident| $owner:expr) => {
        impl $crate::repo::Aggregate for Entity {
            const KIND: &'static str = $kind;
            const ID: Column = Column::Id;
            const VERSION: Column = Column::Version;
            const CREATED_AT: Column = Column::CreatedAt;
            const UPDATED_AT: Column = Column::UpdatedAt;
            const DELETED_AT: Option<Column> = $deleted;

            fn owner($m: &Model) -> $crate::repo::Owner {
                $owner
            }
        }
    };
}
pub(crate) use aggregate;

fn value_of<A: Aggregate, T: ValueType>(m: &A::Model, c: A::Column) -> Result<T, StoreError> {
    T::try_from(m.get(c)).map_err(|_| StoreError::Corrupt(format!("{}: {c:?}", A::KIND)))
}

pub fn id_of<A: Aggregate>(m: &A::Model) -> Result<Uuid, StoreError> {
    value_of::<A, Uuid>(m, A::ID)
}

pub fn version_of<A: Aggregate>(m: &A::Model) -> Result<i32, StoreError> {
    value_of::<A, i32>(m, A::VERSION)
}

/// The rows not removed.
pub fn live<A: Aggregate>() -> Select<A> {
    match A::DELETED_AT {
        Some(d) => A::find().filter(d.is_null()),
        None => A::find(),
    }
}

/// The live row with this id.
pub fn by_id<A: Aggregate>(id: Uuid) -> Select<A> {
    live::<A>().filter(A::ID.eq(id))
}

/// The row `q` finds, at the version the caller saw (`If-Match`), if it gave one.
pub async fn current<A: Aggregate>(
    c: &impl ConnectionTrait,
    q: Select<A>,
    expected: Option<i32>,
) -> Result<A::Model, StoreError> {
    let m = q.one(c).await?.ok_or(StoreError::NotFound)?;
    let version = version_of::<A>(&m)?;
    match expected {
        Some(v) if v != version => Err(StoreError::VersionMismatch { current: version }),
        _ => Ok(m),
    }
}

async fn municipality_of_network(
    c: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<Uuid>, StoreError> {
    Ok(network::Entity::find_by_id(id)
        .one(c)
        .await?
        .map(|n| n.municipality_id))
}

/// The audit record of a change of an aggregate; `before`/`after` are what the log shows
/// (the row, or the row with its links).
pub async fn record<A: Aggregate>(
    c: &impl ConnectionTrait,
    ctx: &AuditCtx,
    action: &'static str,
    m: &A::Model,
    before: Option<&impl serde::Serialize>,
    after: Option<&impl serde::Serialize>,
) -> Result<(), StoreError> {
    let (municipality_id, organization_id) = match A::owner(m) {
        Owner::Municipality(id) => (Some(id), None),
        Owner::Organization(id) => (None, Some(id)),
        Owner::OrganizationIn {
            municipality,
            organization,
        } => (Some(municipality), Some(organization)),
        Owner::Network(id) => (municipality_of_network(c, id).await?, None),
        Owner::NetworkOrganization {
            network,
            organization,
        } => (
            municipality_of_network(c, network).await?,
            Some(organization),
        ),
        Owner::Group(id) => match study_group::Entity::find_by_id(id).one(c).await? {
            Some(g) => (municipality_of_network(c, g.network_id).await?, None),
            None => (None, None),
        },
        Owner::Nobody => (None, None),
    };
    let change = Change {
        action,
        entity_type: A::KIND,
        entity_id: Some(id_of::<A>(m)?.to_string()),
        municipality_id,
        organization_id,
        before: before.and_then(snapshot),
        after: after.and_then(snapshot),
    };
    Ok(audit::record(c, ctx, change).await?)
}

/// Inserts a new row at version 1 (a fresh id unless the caller set one) without an
/// audit record: for aggregates whose record shows more than the row.
pub async fn insert<A: Aggregate>(
    c: &impl ConnectionTrait,
    mut a: A::ActiveModel,
    ctx: &AuditCtx,
) -> Result<A::Model, StoreError> {
    if a.is_not_set(A::ID) {
        a.try_set(A::ID, new_id().into())?;
    }
    a.try_set(A::VERSION, 1.into())?;
    a.try_set(A::CREATED_AT, ctx.at.into())?;
    a.try_set(A::UPDATED_AT, ctx.at.into())?;
    if let Some(d) = A::DELETED_AT {
        a.try_set(d, Option::<chrono::DateTime<chrono::Utc>>::None.into())?;
    }
    Ok(A::insert(a).exec_with_returning(c).await?)
}

/// Inserts a new row at version 1 with its audit record.
pub async fn create<A: Aggregate>(
    c: &impl ConnectionTrait,
    a: A::ActiveModel,
    ctx: &AuditCtx,
) -> Result<A::Model, StoreError> {
    let m = insert::<A>(c, a, ctx).await?;
    record::<A>(c, ctx, "create", &m, None::<&()>, Some(&m)).await?;
    Ok(m)
}

/// Writes `a` (the row `before` with the caller's changes) at the next version, only if
/// the row is still at `before`'s version; `None` when `a` changes nothing and nothing
/// else (`also_changed`: the aggregate's links) did. No audit record.
pub async fn write<A: Aggregate>(
    c: &impl ConnectionTrait,
    before: &A::Model,
    mut a: A::ActiveModel,
    also_changed: bool,
    ctx: &AuditCtx,
) -> Result<Option<A::Model>, StoreError> {
    if !a.is_changed() && !also_changed {
        return Ok(None);
    }
    let id = id_of::<A>(before)?;
    let version = version_of::<A>(before)?;
    a.try_set(A::VERSION, (version + 1).into())?;
    a.try_set(A::UPDATED_AT, ctx.at.into())?;
    let res = A::update_many()
        .set(a)
        .filter(A::ID.eq(id))
        .filter(A::VERSION.eq(version))
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        let now = current::<A>(c, by_id::<A>(id), None).await?;
        return Err(StoreError::VersionMismatch {
            current: version_of::<A>(&now)?,
        });
    }
    Ok(Some(current::<A>(c, by_id::<A>(id), None).await?))
}

/// Applies `fill` to the row `before` and writes it as [`write`] does, with its audit
/// record; an update that changes nothing returns `before` as it was.
pub async fn update<A: Aggregate>(
    c: &impl ConnectionTrait,
    before: A::Model,
    fill: impl FnOnce(&mut A::ActiveModel),
    ctx: &AuditCtx,
) -> Result<A::Model, StoreError> {
    update_as::<A>(c, "update", before, fill, ctx).await
}

/// [`update`] of the row `q` finds at the version the caller saw: the whole of a
/// plain replace (`PUT` with `If-Match`).
pub async fn replace<A: Aggregate>(
    c: &impl ConnectionTrait,
    q: Select<A>,
    expected: Option<i32>,
    fill: impl FnOnce(&mut A::ActiveModel),
    ctx: &AuditCtx,
) -> Result<A::Model, StoreError> {
    let before = current::<A>(c, q, expected).await?;
    update::<A>(c, before, fill, ctx).await
}

/// [`update`] recorded as `action` (a session's `move`, `cancel`, `restore`).
pub async fn update_as<A: Aggregate>(
    c: &impl ConnectionTrait,
    action: &'static str,
    before: A::Model,
    fill: impl FnOnce(&mut A::ActiveModel),
    ctx: &AuditCtx,
) -> Result<A::Model, StoreError> {
    let mut a = before.clone().into_active_model();
    fill(&mut a);
    match write::<A>(c, &before, a, false, ctx).await? {
        None => Ok(before),
        Some(after) => {
            record::<A>(c, ctx, action, &after, Some(&before), Some(&after)).await?;
            Ok(after)
        }
    }
}

/// A conditional write that touched no row lost the race: someone moved the row on
/// from `version` first.
fn still_at(rows_affected: u64, version: i32) -> Result<(), StoreError> {
    if rows_affected == 0 {
        return Err(StoreError::VersionMismatch {
            current: version + 1,
        });
    }
    Ok(())
}

/// Deletes the row for good, only if it is still at `before`'s version, with its audit
/// record: for aggregates whose history is the audit log alone (a school calendar).
pub async fn remove<A: Aggregate>(
    c: &impl ConnectionTrait,
    before: &A::Model,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let version = version_of::<A>(before)?;
    let res = A::delete_many()
        .filter(A::ID.eq(id_of::<A>(before)?))
        .filter(A::VERSION.eq(version))
        .exec(c)
        .await?;
    still_at(res.rows_affected, version)?;
    record::<A>(c, ctx, "delete", before, Some(before), None::<&()>).await
}

/// Marks the row removed at the next version, only if it is still at `before`'s
/// version. No audit record.
pub async fn mark_deleted<A: Aggregate>(
    c: &impl ConnectionTrait,
    before: &A::Model,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    let Some(deleted_at) = A::DELETED_AT else {
        return Err(StoreError::Corrupt(format!(
            "{} has no soft delete",
            A::KIND
        )));
    };
    let version = version_of::<A>(before)?;
    let res = A::update_many()
        .col_expr(deleted_at, Expr::value(ctx.at))
        .col_expr(A::VERSION, Expr::value(version + 1))
        .filter(A::ID.eq(id_of::<A>(before)?))
        .filter(A::VERSION.eq(version))
        .exec(c)
        .await?;
    still_at(res.rows_affected, version)?;
    Ok(())
}

/// Soft delete with its audit record: the row stays for history and leaves every list.
pub async fn soft_delete<A: Aggregate>(
    c: &impl ConnectionTrait,
    before: &A::Model,
    ctx: &AuditCtx,
) -> Result<(), StoreError> {
    mark_deleted::<A>(c, before, ctx).await?;
    record::<A>(c, ctx, "delete", before, Some(before), None::<&()>).await
}

/// One page of `q` in `(sort, id)` order after the cursor, with the cursor of the next
/// page when there is one.
pub async fn page<A: Aggregate>(
    c: &impl ConnectionTrait,
    mut q: Select<A>,
    sort: A::Column,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<A::Model>, Option<String>), StoreError> {
    let limit = page_limit(limit)?;
    if let Some(cur) = cursor.map(Cursor::decode).transpose()? {
        q = q.filter(after(sort, A::ID, &cur, true));
    }
    let mut rows = q
        .order_by_asc(sort)
        .order_by_asc(A::ID)
        .limit(limit + 1)
        .all(c)
        .await?;
    let more = rows.len() as u64 > limit;
    rows.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
    let next = match (more, rows.last()) {
        (true, Some(m)) => Some(
            Cursor {
                key: value_of::<A, String>(m, sort)?,
                id: id_of::<A>(m)?,
            }
            .encode(),
        ),
        _ => None,
    };
    Ok((rows, next))
}
