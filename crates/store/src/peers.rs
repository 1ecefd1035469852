//! Network peers: organizations that work together in a live network *today*. Their
//! names, kinds and calendars are visible to one another, and of each other's staff only
//! those who teach in a shared network (PRODUCT.md §2). A membership that ended, or has
//! not begun, makes no one a peer.

use std::collections::{BTreeSet, HashMap};

use chrono::NaiveDate;
use domain::OrganizationId;
use domain::network::is_current;
use domain::period::Period;
use sea_orm::sea_query::Query;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::StoreError;
use crate::entities::{group_teacher, membership, network, staff, study_group};

/// Live networks in which `org` has a membership current on `today`, each with the
/// organizations whose memberships are current that day.
async fn current_networks(
    c: &impl ConnectionTrait,
    org: Uuid,
    today: NaiveDate,
) -> Result<HashMap<Uuid, BTreeSet<Uuid>>, StoreError> {
    let mine: Vec<Uuid> = membership::Entity::find()
        .filter(membership::Column::OrganizationId.eq(org))
        .all(c)
        .await?
        .into_iter()
        .map(|m| m.network_id)
        .collect();
    if mine.is_empty() {
        return Ok(HashMap::new());
    }
    let periods: HashMap<Uuid, Period> = network::Entity::find()
        .filter(network::Column::Id.is_in(mine))
        .filter(network::Column::DeletedAt.is_null())
        .all(c)
        .await?
        .into_iter()
        .filter_map(|n| Some((n.id, Period::new(n.period_from, n.period_to).ok()?)))
        .collect();
    let mut current: HashMap<Uuid, BTreeSet<Uuid>> = HashMap::new();
    for m in membership::Entity::find()
        .filter(membership::Column::NetworkId.is_in(periods.keys().copied()))
        .all(c)
        .await?
    {
        let (Some(net), Ok(own)) = (
            periods.get(&m.network_id),
            Period::new(m.joined_on, m.left_on),
        ) else {
            continue;
        };
        if is_current(&own, net, today) {
            current
                .entry(m.network_id)
                .or_default()
                .insert(m.organization_id);
        }
    }
    current.retain(|_, members| members.contains(&org));
    Ok(current)
}

/// Organizations that share a live network with `org`, both memberships current on
/// `today`.
pub async fn peers_of(
    c: &impl ConnectionTrait,
    org: Uuid,
    today: NaiveDate,
) -> Result<Vec<OrganizationId>, StoreError> {
    let mut peers: BTreeSet<Uuid> = current_networks(c, org, today)
        .await?
        .into_values()
        .flatten()
        .collect();
    peers.remove(&org);
    Ok(peers.into_iter().map(OrganizationId).collect())
}

/// Live networks in which both organizations are current members on `today`.
pub async fn shared_networks(
    c: &impl ConnectionTrait,
    a: Uuid,
    b: Uuid,
    today: NaiveDate,
) -> Result<Vec<Uuid>, StoreError> {
    let mut ids: Vec<Uuid> = current_networks(c, a, today)
        .await?
        .into_iter()
        .filter(|(_, members)| members.contains(&b))
        .map(|(id, _)| id)
        .collect();
    ids.sort();
    Ok(ids)
}

/// The live staff of `org` who teach a live group of a network that `org` and `viewer`
/// share today: what a network peer sees of another school's staff.
pub async fn network_teachers(
    c: &impl ConnectionTrait,
    org: Uuid,
    viewer: Uuid,
    today: NaiveDate,
) -> Result<Vec<Uuid>, StoreError> {
    let networks = shared_networks(c, org, viewer, today).await?;
    if networks.is_empty() {
        return Ok(Vec::new());
    }
    let groups = Query::select()
        .column(study_group::Column::Id)
        .from(study_group::Entity)
        .and_where(study_group::Column::NetworkId.is_in(networks))
        .and_where(study_group::Column::DeletedAt.is_null())
        .to_owned();
    let taught: BTreeSet<Uuid> = group_teacher::Entity::find()
        .filter(group_teacher::Column::GroupId.in_subquery(groups))
        .all(c)
        .await?
        .into_iter()
        .map(|t| t.staff_id)
        .collect();
    if taught.is_empty() {
        return Ok(Vec::new());
    }
    Ok(staff::Entity::find()
        .filter(staff::Column::OrganizationId.eq(org))
        .filter(staff::Column::Id.is_in(taught))
        .filter(staff::Column::DeletedAt.is_null())
        .all(c)
        .await?
        .into_iter()
        .map(|s| s.id)
        .collect())
}
