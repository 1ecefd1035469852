//! Networks: input checks and the membership rules, applied to the whole membership as
//! it would be after a change.

use domain::access::{Actor, NetworkFacts};
use domain::network::{Membership, MembershipProblem, NetworkModel, check_memberships};
use domain::period::Period;
use domain::text::{clean_name, clean_optional};
use domain::{MunicipalityId, OrganizationId};
use store::Conn;
use store::codec::{decode, decode_json};
use store::entities::{membership, network};
use store::networks::{MembershipData, NetworkData};
use uuid::Uuid;
use wire::ErrorCode;
use wire::network::{
    Membership as WireMembership, MembershipInput, Network, NetworkInput, NetworkSummary,
};

use crate::error::{OpError, OpResult};
use crate::i18n::{FieldIssue, Issue};
use crate::validate;

fn model_of(n: &network::Model) -> OpResult<NetworkModel> {
    Ok(decode("networks.model", &n.model)?)
}

fn period_of(n: &network::Model) -> OpResult<Period> {
    Period::new(n.period_from, n.period_to).map_err(|_| OpError::Internal("stored period".into()))
}

pub fn summary(n: &network::Model) -> OpResult<NetworkSummary> {
    Ok(NetworkSummary {
        id: n.id,
        municipality_id: n.municipality_id,
        name: n.name.clone(),
        model: model_of(n)?,
        period_from: n.period_from,
        period_to: n.period_to,
        status: decode("networks.status", &n.status)?,
        version: n.version,
    })
}

pub async fn to_wire(
    c: &impl Conn,
    n: &network::Model,
    ms: &[membership::Model],
) -> OpResult<Network> {
    let ids: Vec<Uuid> = ms.iter().map(|m| m.organization_id).collect();
    let names = store::organizations::names(c, &ids).await?;
    let name_of = |id: Uuid| {
        names
            .iter()
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.clone())
            .unwrap_or_default()
    };
    let members = ms
        .iter()
        .map(|m| {
            Ok(WireMembership {
                id: m.id,
                organization_id: m.organization_id,
                organization_name: name_of(m.organization_id),
                role: store::networks::role_of(m)?,
                joined_on: m.joined_on,
                left_on: m.left_on,
                mentor_id: m.mentor_id,
                version: m.version,
            })
        })
        .collect::<OpResult<Vec<_>>>()?;
    let s = summary(n)?;
    Ok(Network {
        id: n.id,
        municipality_id: n.municipality_id,
        name: n.name.clone(),
        model: s.model,
        goal: n.goal.clone(),
        tasks: decode_json("networks.tasks", &n.tasks)?,
        expected_results: decode_json("networks.expected_results", &n.expected_results)?,
        period_from: n.period_from,
        period_to: n.period_to,
        status: s.status,
        members,
        version: n.version,
        created_at: n.created_at,
        updated_at: n.updated_at,
    })
}

fn clean_list(field: &str, items: &[String], issues: &mut Vec<FieldIssue>) -> Vec<String> {
    let mut out = Vec::new();
    for item in items {
        match clean_optional(Some(item), 1000) {
            Ok(Some(v)) => out.push(v),
            Ok(None) => {}
            Err(e) => issues.push(FieldIssue::new(field, Issue::from(e))),
        }
    }
    out
}

pub fn check_network(input: &NetworkInput) -> OpResult<NetworkData> {
    validate(input)?;
    let mut issues = Vec::new();
    let name = clean_name(&input.name, 500)
        .map_err(|e| issues.push(FieldIssue::new("name", Issue::from(e))))
        .ok();
    let goal = input.goal.trim().to_owned();
    let tasks = clean_list("tasks", &input.tasks, &mut issues);
    let expected_results = clean_list("expected_results", &input.expected_results, &mut issues);
    let period = Period::new(input.period_from, input.period_to)
        .map_err(|_| issues.push(FieldIssue::new("period_to", Issue::Invalid)))
        .ok();
    match (name, period) {
        (Some(name), Some(period)) if issues.is_empty() => Ok(NetworkData {
            name,
            model: input.model,
            goal,
            tasks,
            expected_results,
            period,
            status: input.status,
        }),
        _ => Err(OpError::Validation(issues)),
    }
}

/// Whether an organization may join a network: it belongs to the network's
/// municipality, or the actor can see it (the administrator can see every one).
async fn joinable(
    c: &impl Conn,
    actor: &Actor,
    municipality: MunicipalityId,
    org: Uuid,
) -> OpResult<bool> {
    Ok(match store::organizations::facts(c, org).await? {
        Some(f) => f.municipality == municipality || actor.read_organization(&f).is_ok(),
        None => false,
    })
}

/// Checks a membership input: dates in order, the organizations exist and may join.
pub async fn check_member(
    c: &impl Conn,
    actor: &Actor,
    network: &NetworkFacts,
    m: &MembershipInput,
) -> OpResult<MembershipData> {
    let mut issues = Vec::new();
    if m.left_on.is_some_and(|l| l < m.joined_on) {
        issues.push(FieldIssue::new("left_on", Issue::Invalid));
    }
    if !joinable(c, actor, network.municipality, m.organization_id).await? {
        issues.push(FieldIssue::new("organization_id", Issue::UnknownReference));
    }
    if let Some(mentor) = m.mentor_id
        && !joinable(c, actor, network.municipality, mentor).await?
    {
        issues.push(FieldIssue::new("mentor_id", Issue::UnknownReference));
    }
    if !issues.is_empty() {
        return Err(OpError::Validation(issues));
    }
    if actor
        .add_to_network(network, OrganizationId(m.organization_id))
        .is_err()
    {
        return Err(OpError::with_detail(
            ErrorCode::Forbidden,
            "Новую организацию включает в сеть только орган управления образованием; координатор меняет роли и сроки участников",
            "Only the education authority brings a new organization into a network; the coordinator changes the roles and dates of its members",
        ));
    }
    Ok(MembershipData {
        organization_id: OrganizationId(m.organization_id),
        role: m.role,
        joined_on: m.joined_on,
        left_on: m.left_on,
        mentor_id: m.mentor_id.map(OrganizationId),
    })
}

fn problem_code(p: &MembershipProblem) -> ErrorCode {
    match p {
        MembershipProblem::CoordinatorMissing { .. } => ErrorCode::CoordinatorMissing,
        MembershipProblem::TwoCoordinators { .. } => ErrorCode::TwoCoordinators,
        MembershipProblem::OutsideNetworkPeriod { .. } => ErrorCode::MembershipOutsideNetworkPeriod,
        MembershipProblem::SameRoleTwice { .. } => ErrorCode::SameRoleTwice,
        MembershipProblem::SatelliteWithoutPartner { .. } => ErrorCode::SatelliteWithoutPartner,
        MembershipProblem::MentorNotAllowed { .. } => ErrorCode::MentorNotAllowed,
    }
}

/// Applies the membership rules to a prospective membership; the first broken rule is
/// the error code, the detail lists them all.
pub fn check_rules(
    period: &Period,
    model: NetworkModel,
    members: &[(Uuid, MembershipData)],
) -> OpResult<()> {
    check_listed_rules(period, model, members, |_| None)
}

/// [`check_rules`] for a list the client sent: each broken rule also names its item
/// (`members[2].left_on`) through `path_of`, which gives the path of a membership key.
pub fn check_listed_rules(
    period: &Period,
    model: NetworkModel,
    members: &[(Uuid, MembershipData)],
    path_of: impl Fn(Uuid) -> Option<String>,
) -> OpResult<()> {
    let mut list = Vec::new();
    for (key, d) in members {
        let p = Period::new(d.joined_on, d.left_on).map_err(|_| {
            let field = path_of(*key).map_or("left_on".to_owned(), |p| format!("{p}.left_on"));
            OpError::field(&field, Issue::EndsBeforeStart)
        })?;
        list.push(Membership {
            key: *key,
            organization: d.organization_id,
            role: d.role,
            period: p,
            mentor: d.mentor_id,
        });
    }
    let problems = check_memberships(period, model, &list);
    let Some(first) = problems.first() else {
        return Ok(());
    };
    let titles = |lang| {
        let list: Vec<&str> = problems
            .iter()
            .map(|p| problem_code(p).title(lang))
            .collect();
        list.join("; ")
    };
    let (ru, en) = (titles(wire::error::Lang::Ru), titles(wire::error::Lang::En));
    let issues: Vec<FieldIssue> = problems
        .iter()
        .filter_map(|p| {
            let (key, field) = problem_field(p, period, members)?;
            let path = path_of(key)?;
            Some(FieldIssue::new(
                &format!("{path}.{field}"),
                Issue::Rule(problem_code(p)),
            ))
        })
        .collect();
    if !issues.is_empty() {
        return Err(OpError::Fields {
            code: problem_code(first),
            detail: crate::error::Detail {
                ru: format!("Нарушены правила участия в сети: {ru}"),
                en: format!("Membership rules broken: {en}"),
            },
            issues,
        });
    }
    Err(if problems.len() == 1 {
        OpError::code(problem_code(first))
    } else {
        OpError::with_detail(
            problem_code(first),
            format!("Нарушены правила участия в сети: {ru}"),
            format!("Membership rules broken: {en}"),
        )
    })
}

/// The membership a broken rule is about and the field of it to mend.
fn problem_field(
    p: &MembershipProblem,
    network: &Period,
    members: &[(Uuid, MembershipData)],
) -> Option<(Uuid, &'static str)> {
    match p {
        MembershipProblem::CoordinatorMissing { .. } => None,
        MembershipProblem::TwoCoordinators { second, .. } => Some((*second, "joined_on")),
        MembershipProblem::OutsideNetworkPeriod { membership } => {
            let early = members
                .iter()
                .any(|(k, d)| k == membership && d.joined_on < network.from());
            Some((*membership, if early { "joined_on" } else { "left_on" }))
        }
        MembershipProblem::SameRoleTwice { membership, .. } => Some((*membership, "role")),
        MembershipProblem::SatelliteWithoutPartner { membership }
        | MembershipProblem::MentorNotAllowed { membership } => Some((*membership, "mentor_id")),
    }
}

/// The stored membership of a network as rule input.
pub fn stored(ms: &[membership::Model]) -> OpResult<Vec<(Uuid, MembershipData)>> {
    ms.iter()
        .map(|m| {
            Ok((
                m.id,
                MembershipData {
                    organization_id: OrganizationId(m.organization_id),
                    role: store::networks::role_of(m)?,
                    joined_on: m.joined_on,
                    left_on: m.left_on,
                    mentor_id: m.mentor_id.map(OrganizationId),
                },
            ))
        })
        .collect()
}

pub fn rules_of(n: &network::Model) -> OpResult<(Period, NetworkModel)> {
    Ok((period_of(n)?, model_of(n)?))
}
