//! Networks and their membership (PRODUCT.md §3.2).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::OrganizationId;
use crate::period::Period;

/// How the network works (seed `002_…` names three models; seed `004_…` is mentoring).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NetworkModel {
    /// Модель ресурсного центра.
    ResourceCentre,
    /// Модель кооперации.
    Cooperation,
    /// Кооперация с элементами ресурсных центров.
    Mixed,
    /// Партнёр – спутник (школа-лидер и школы-спутники).
    Mentoring,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NetworkStatus {
    Planned,
    Active,
    Closed,
}

/// The part an organization plays in a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum MembershipRole {
    Coordinator,
    ResourceCentre,
    Participant,
    Partner,
    Satellite,
    SocialPartner,
}

impl MembershipRole {
    pub const ALL: [MembershipRole; 6] = [
        Self::Coordinator,
        Self::ResourceCentre,
        Self::Participant,
        Self::Partner,
        Self::Satellite,
        Self::SocialPartner,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Coordinator => "coordinator",
            Self::ResourceCentre => "resource_centre",
            Self::Participant => "participant",
            Self::Partner => "partner",
            Self::Satellite => "satellite",
            Self::SocialPartner => "social_partner",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// One membership: an organization in a role for a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// Identifies the membership in problem reports (the database id).
    pub key: uuid::Uuid,
    pub organization: OrganizationId,
    pub role: MembershipRole,
    pub period: Period,
    /// For a satellite of a mentoring network: the partner school it is paired with.
    pub mentor: Option<OrganizationId>,
}

/// A broken membership rule, each with its own error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MembershipProblem {
    /// Some days of the network period have no coordinator.
    CoordinatorMissing {
        from: NaiveDate,
        to: Option<NaiveDate>,
    },
    /// Two coordinators at once.
    TwoCoordinators {
        on: NaiveDate,
        first: uuid::Uuid,
        second: uuid::Uuid,
    },
    /// A membership starts before or ends after the network period.
    OutsideNetworkPeriod { membership: uuid::Uuid },
    /// An organization holds the same role twice at the same time.
    SameRoleTwice {
        membership: uuid::Uuid,
        other: uuid::Uuid,
    },
    /// A satellite of a mentoring network without a partner covering its period.
    SatelliteWithoutPartner { membership: uuid::Uuid },
    /// A mentor is named where no pairing is possible (not a satellite of a mentoring network).
    MentorNotAllowed { membership: uuid::Uuid },
}

impl MembershipProblem {
    /// Stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::CoordinatorMissing { .. } => "coordinator_missing",
            Self::TwoCoordinators { .. } => "two_coordinators",
            Self::OutsideNetworkPeriod { .. } => "membership_outside_network_period",
            Self::SameRoleTwice { .. } => "same_role_twice",
            Self::SatelliteWithoutPartner { .. } => "satellite_without_partner",
            Self::MentorNotAllowed { .. } => "mentor_not_allowed",
        }
    }
}

/// Whether a membership is current on a day. A membership without an end lasts as long
/// as its network does, for every member alike.
pub fn is_current(membership: &Period, network: &Period, day: NaiveDate) -> bool {
    network.contains(day) && membership.ending_with(network.to()).contains(day)
}

/// The coordinators of a network on `day`: the organizations whose coordinator membership
/// (organization, role, joined, left) is current that day within the network's period.
/// A membership whose dates are reversed coordinates nothing. The server's access facts
/// and the SPA's controls both ask this.
pub fn coordinators_on(
    network: &Period,
    members: impl IntoIterator<Item = (OrganizationId, MembershipRole, NaiveDate, Option<NaiveDate>)>,
    day: NaiveDate,
) -> Vec<OrganizationId> {
    let mut out: Vec<OrganizationId> = Vec::new();
    for (org, role, joined, left) in members {
        let current = Period::new(joined, left).is_ok_and(|own| is_current(&own, network, day));
        if role == MembershipRole::Coordinator && current && !out.contains(&org) {
            out.push(org);
        }
    }
    out
}

/// A handover cannot start on the first day the calendar knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoDayBefore;

/// A coordination handover from `from`: the coordinator membership that is current on
/// `from` and began before it, with the day it must end (the day before `from`), so the
/// network keeps exactly one coordinator on every day. `None` when no such membership.
pub fn handover_ends<K: Copy>(
    members: impl IntoIterator<Item = (K, MembershipRole, NaiveDate, Option<NaiveDate>)>,
    from: NaiveDate,
) -> Result<Option<(K, NaiveDate)>, NoDayBefore> {
    let day_before = from.pred_opt().ok_or(NoDayBefore)?;
    Ok(members
        .into_iter()
        .find(|(_, role, joined, left)| {
            *role == MembershipRole::Coordinator && *joined < from && left.is_none_or(|l| l >= from)
        })
        .map(|(k, ..)| (k, day_before)))
}

/// Checks the whole membership of a network against its rules; an empty list means valid.
/// Open-ended memberships end with the network.
pub fn check_memberships(
    network: &Period,
    model: NetworkModel,
    members: &[Membership],
) -> Vec<MembershipProblem> {
    let members: Vec<Membership> = members
        .iter()
        .map(|m| Membership {
            period: m.period.ending_with(network.to()),
            ..m.clone()
        })
        .collect();
    let members = members.as_slice();
    let mut problems = Vec::new();
    for m in members {
        if !network.includes(&m.period) {
            problems.push(MembershipProblem::OutsideNetworkPeriod { membership: m.key });
        }
    }
    for (i, a) in members.iter().enumerate() {
        for b in &members[i + 1..] {
            if a.organization == b.organization && a.role == b.role && a.period.overlaps(&b.period)
            {
                problems.push(MembershipProblem::SameRoleTwice {
                    membership: b.key,
                    other: a.key,
                });
            }
        }
    }
    check_coordinators(network, members, &mut problems);
    for m in members {
        let pairable = model == NetworkModel::Mentoring && m.role == MembershipRole::Satellite;
        match (pairable, m.mentor) {
            (false, Some(_)) => {
                problems.push(MembershipProblem::MentorNotAllowed { membership: m.key })
            }
            (true, None) => {
                problems.push(MembershipProblem::SatelliteWithoutPartner { membership: m.key })
            }
            (true, Some(mentor)) => {
                let covered = members.iter().any(|p| {
                    p.organization == mentor
                        && p.role == MembershipRole::Partner
                        && p.period.includes(&m.period)
                });
                if !covered {
                    problems.push(MembershipProblem::SatelliteWithoutPartner { membership: m.key });
                }
            }
            (false, None) => {}
        }
    }
    problems
}

/// Exactly one coordinator on every day of the network period.
fn check_coordinators(network: &Period, members: &[Membership], out: &mut Vec<MembershipProblem>) {
    let mut coords: Vec<&Membership> = members
        .iter()
        .filter(|m| m.role == MembershipRole::Coordinator)
        .collect();
    coords.sort_by_key(|m| m.period.from());
    // The first day not yet covered by a coordinator (None: covered for good), and the
    // coordinator reaching furthest so far.
    let mut next_uncovered = Some(network.from());
    let mut reach: Option<(Option<NaiveDate>, uuid::Uuid)> = None;
    for c in coords {
        if let Some((end, first)) = reach
            && end.is_none_or(|e| c.period.from() <= e)
        {
            out.push(MembershipProblem::TwoCoordinators {
                on: c.period.from(),
                first,
                second: c.key,
            });
        }
        if let Some(gap_start) = next_uncovered
            && c.period.from() > gap_start
        {
            out.push(MembershipProblem::CoordinatorMissing {
                from: gap_start,
                to: c.period.from().pred_opt(),
            });
        }
        next_uncovered = match (next_uncovered, c.period.to()) {
            (None, _) | (_, None) => None,
            (Some(n), Some(t)) => Some(n.max(t.succ_opt().unwrap_or(t))),
        };
        let extends = match reach {
            None => true,
            Some((end, _)) => end.is_some_and(|e| c.period.to().is_none_or(|t| t > e)),
        };
        if extends {
            reach = Some((c.period.to(), c.key));
        }
    }
    if let Some(gap_start) = next_uncovered
        && network.to().is_none_or(|t| gap_start <= t)
    {
        out.push(MembershipProblem::CoordinatorMissing {
            from: gap_start,
            to: network.to(),
        });
    }
}

#[cfg(test)]
mod tests;
