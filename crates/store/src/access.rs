//! The access facts of a request in one query: the account, its anchor (its
//! organization's municipality, or whether its municipality still exists), the time zone
//! of that municipality, and its organization's network peers on today's date there.
//!
//! Every authenticated request needs these before it can decide anything, so they are one
//! round trip instead of six. Nothing is cached in process memory: several stateless
//! processes answer behind a load balancer, and a membership ended, a school deleted or
//! an account disabled in one of them must count in all the others at the next request.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use domain::OrganizationId;
use domain::network::is_current;
use domain::period::Period;
use sea_orm::sea_query::{Condition, Expr, ExprTrait, JoinType, Query, SelectStatement};
use sea_orm::{ConnectionTrait, FromQueryResult, Iterable, QueryResult};
use uuid::Uuid;

use crate::StoreError;
use crate::entities::{membership, municipality, network, organization, user};
use crate::users::Anchor;

/// What authentication needs to know about an account.
#[derive(Debug, Clone)]
pub struct AccessFacts {
    pub user: user::Model,
    /// `None` when the account's organization or municipality has been deleted: such an
    /// account no longer signs in or acts.
    pub anchor: Option<Anchor>,
    /// The time zone of the account's municipality (Moscow for installation-wide
    /// accounts): «today» for the account.
    pub zone: clock::TimeZone,
    /// Organizations that share a live network with the account's organization, both
    /// memberships current on the given day (sorted, without the organization itself).
    pub peers: Vec<OrganizationId>,
}

const ORG: &str = "o";
const MUNICIPALITY: &str = "m";
const MINE: &str = "mine";
const NET: &str = "n";
const PEER: &str = "peer";

/// One statement: the user row, left-joined with its live organization, its live
/// municipality, and every (own membership, co-member's membership) pair of the live
/// networks the organization belongs to. Dates are compared in Rust with
/// `domain::network::is_current`, so the rule has one definition.
fn statement(user_id: Uuid) -> SelectStatement {
    use membership::Column as Ms;
    let mut q = Query::select();
    q.columns(user::Column::iter().map(|col| (user::Entity, col)))
        .expr_as(
            Expr::col((ORG, organization::Column::MunicipalityId)),
            "a_org_municipality",
        )
        .expr_as(
            Expr::col((MUNICIPALITY, municipality::Column::Id)),
            "a_municipality",
        )
        .expr_as(
            Expr::col((MUNICIPALITY, municipality::Column::TimeZone)),
            "a_zone",
        )
        .expr_as(Expr::col((NET, network::Column::PeriodFrom)), "a_net_from")
        .expr_as(Expr::col((NET, network::Column::PeriodTo)), "a_net_to")
        .expr_as(Expr::col((MINE, Ms::JoinedOn)), "a_mine_from")
        .expr_as(Expr::col((MINE, Ms::LeftOn)), "a_mine_to")
        .expr_as(Expr::col((PEER, Ms::OrganizationId)), "a_peer")
        .expr_as(Expr::col((PEER, Ms::JoinedOn)), "a_peer_from")
        .expr_as(Expr::col((PEER, Ms::LeftOn)), "a_peer_to")
        .from(user::Entity)
        .join_as(
            JoinType::LeftJoin,
            organization::Entity,
            ORG,
            Condition::all()
                .add(
                    Expr::col((ORG, organization::Column::Id))
                        .equals((user::Entity, user::Column::OrganizationId)),
                )
                .add(Expr::col((ORG, organization::Column::DeletedAt)).is_null()),
        )
        .join_as(
            JoinType::LeftJoin,
            municipality::Entity,
            MUNICIPALITY,
            Condition::all()
                .add(
                    Condition::any()
                        .add(
                            Expr::col((MUNICIPALITY, municipality::Column::Id))
                                .equals((user::Entity, user::Column::MunicipalityId)),
                        )
                        .add(
                            Expr::col((MUNICIPALITY, municipality::Column::Id))
                                .equals((ORG, organization::Column::MunicipalityId)),
                        ),
                )
                .add(Expr::col((MUNICIPALITY, municipality::Column::DeletedAt)).is_null()),
        )
        .join_as(
            JoinType::LeftJoin,
            membership::Entity,
            MINE,
            Expr::col((MINE, Ms::OrganizationId)).equals((ORG, organization::Column::Id)),
        )
        .join_as(
            JoinType::LeftJoin,
            network::Entity,
            NET,
            Condition::all()
                .add(Expr::col((NET, network::Column::Id)).equals((MINE, Ms::NetworkId)))
                .add(Expr::col((NET, network::Column::DeletedAt)).is_null()),
        )
        .join_as(
            JoinType::LeftJoin,
            membership::Entity,
            PEER,
            Expr::col((PEER, Ms::NetworkId)).equals((NET, network::Column::Id)),
        )
        .and_where(Expr::col((user::Entity, user::Column::Id)).eq(user_id));
    q
}

/// The account `user_id` with its anchor, its time zone and its organization's peers
/// today there by `clock`; `None` when there is no such account. One query, whatever the
/// account's kind.
pub async fn of_user(
    c: &impl ConnectionTrait,
    user_id: Uuid,
    clock: &clock::Clock,
) -> Result<Option<AccessFacts>, StoreError> {
    let rows = c.query_all(&statement(user_id)).await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let user = user::Model::from_query_result(first, "")?;
    let anchor = match (user.organization_id, user.municipality_id) {
        (Some(o), _) => first
            .try_get::<Option<Uuid>>("", "a_org_municipality")?
            .map(|m| Anchor {
                municipality_id: Some(m),
                organization_id: Some(o),
            }),
        (None, Some(m)) => first
            .try_get::<Option<Uuid>>("", "a_municipality")?
            .map(|_| Anchor {
                municipality_id: Some(m),
                organization_id: None,
            }),
        (None, None) => Some(Anchor::default()),
    };
    let zone = match first.try_get::<Option<String>>("", "a_zone")? {
        None => clock::TimeZone::default(),
        Some(name) => clock::TimeZone::parse(&name)
            .ok_or_else(|| StoreError::Corrupt(format!("municipality time zone {name:?}")))?,
    };
    let day = clock.today_in(zone);
    let mut peers = BTreeSet::new();
    if let (Some(org), Some(_)) = (user.organization_id, anchor) {
        for row in &rows {
            if let Some(peer) = current_peer(row, day)?
                && peer != org
            {
                peers.insert(peer);
            }
        }
    }
    Ok(Some(AccessFacts {
        user,
        anchor,
        zone,
        peers: peers.into_iter().map(OrganizationId).collect(),
    }))
}

/// The co-member of a row when the network is live and both memberships are current on
/// `day` (an invalid period makes no one a peer, as in `peers::peers_of`).
fn current_peer(row: &QueryResult, day: NaiveDate) -> Result<Option<Uuid>, StoreError> {
    let period = |from: &str, to: &str| -> Result<Option<Period>, StoreError> {
        let from = row.try_get::<Option<NaiveDate>>("", from)?;
        let to = row.try_get::<Option<NaiveDate>>("", to)?;
        Ok(from.and_then(|f| Period::new(f, to).ok()))
    };
    let (Some(net), Some(mine), Some(theirs), Some(peer)) = (
        period("a_net_from", "a_net_to")?,
        period("a_mine_from", "a_mine_to")?,
        period("a_peer_from", "a_peer_to")?,
        row.try_get::<Option<Uuid>>("", "a_peer")?,
    ) else {
        return Ok(None);
    };
    Ok((is_current(&mine, &net, day) && is_current(&theirs, &net, day)).then_some(peer))
}
