//! Link tables: a relation between an aggregate and other rows (a group's teachers, a
//! programme's providers) kept as rows with foreign keys and the list's order in
//! `position`. Each link table describes itself once as a [`Link`]; loading the links of
//! many rows and replacing the links of one are the same for all.

use std::collections::HashMap;

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    sea_query::ValueType,
};
use uuid::Uuid;

use crate::StoreError;
use crate::entities::{group_participant, group_teacher, programme_provider};

pub trait Link: EntityTrait<ActiveModel: ActiveModelTrait<Entity = Self> + Send> {
    /// The column naming the aggregate the links belong to.
    const OWNER: Self::Column;
    /// The column naming the linked row.
    const OTHER: Self::Column;
    const POSITION: Self::Column;

    fn row(owner: Uuid, other: Uuid, position: i32) -> Self::ActiveModel;
}

fn uuid_of<L: Link>(m: &L::Model, c: L::Column) -> Result<Uuid, StoreError> {
    use sea_orm::ModelTrait;
    <Uuid as ValueType>::try_from(m.get(c)).map_err(|_| StoreError::Corrupt(format!("link {c:?}")))
}

/// The links of each of `owners`, in their order; an owner without links is absent.
pub async fn of<L: Link>(
    c: &impl ConnectionTrait,
    owners: &[Uuid],
) -> Result<HashMap<Uuid, Vec<Uuid>>, StoreError> {
    let mut out: HashMap<Uuid, Vec<Uuid>> = HashMap::new();
    if owners.is_empty() {
        return Ok(out);
    }
    for m in L::find()
        .filter(L::OWNER.is_in(owners.iter().copied()))
        .order_by_asc(L::POSITION)
        .all(c)
        .await?
    {
        out.entry(uuid_of::<L>(&m, L::OWNER)?)
            .or_default()
            .push(uuid_of::<L>(&m, L::OTHER)?);
    }
    Ok(out)
}

/// The links of one owner, in their order.
pub async fn of_one<L: Link>(
    c: &impl ConnectionTrait,
    owner: Uuid,
) -> Result<Vec<Uuid>, StoreError> {
    Ok(of::<L>(c, &[owner])
        .await?
        .remove(&owner)
        .unwrap_or_default())
}

/// Replaces the owner's links with `others`, in their order.
pub async fn set<L: Link>(
    c: &impl ConnectionTrait,
    owner: Uuid,
    others: &[Uuid],
) -> Result<(), StoreError> {
    L::delete_many().filter(L::OWNER.eq(owner)).exec(c).await?;
    for (position, other) in (0..).zip(others) {
        L::insert(L::row(owner, *other, position))
            .exec_without_returning(c)
            .await?;
    }
    Ok(())
}

impl Link for group_teacher::Entity {
    const OWNER: group_teacher::Column = group_teacher::Column::GroupId;
    const OTHER: group_teacher::Column = group_teacher::Column::StaffId;
    const POSITION: group_teacher::Column = group_teacher::Column::Position;

    fn row(owner: Uuid, other: Uuid, position: i32) -> group_teacher::ActiveModel {
        group_teacher::ActiveModel {
            group_id: sea_orm::Set(owner),
            staff_id: sea_orm::Set(other),
            position: sea_orm::Set(position),
        }
    }
}

impl Link for group_participant::Entity {
    const OWNER: group_participant::Column = group_participant::Column::GroupId;
    const OTHER: group_participant::Column = group_participant::Column::OrganizationId;
    const POSITION: group_participant::Column = group_participant::Column::Position;

    fn row(owner: Uuid, other: Uuid, position: i32) -> group_participant::ActiveModel {
        group_participant::ActiveModel {
            group_id: sea_orm::Set(owner),
            organization_id: sea_orm::Set(other),
            position: sea_orm::Set(position),
        }
    }
}

impl Link for programme_provider::Entity {
    const OWNER: programme_provider::Column = programme_provider::Column::ProgrammeId;
    const OTHER: programme_provider::Column = programme_provider::Column::OrganizationId;
    const POSITION: programme_provider::Column = programme_provider::Column::Position;

    fn row(owner: Uuid, other: Uuid, position: i32) -> programme_provider::ActiveModel {
        programme_provider::ActiveModel {
            programme_id: sea_orm::Set(owner),
            organization_id: sea_orm::Set(other),
            position: sea_orm::Set(position),
        }
    }
}
