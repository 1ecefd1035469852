//! The organizations of a network as choices: providers of a programme, parties of an
//! agreement. One entry per organization, however many roles it has.

use chrono::NaiveDate;
use uuid::Uuid;
use wire::network::Network;

use crate::components::map_layout::natural_key;

/// Organizations whose membership has not ended by `today` (future members included:
/// a network is often entered before its year starts), by name.
pub fn current_members(n: &Network, today: NaiveDate) -> Vec<(Uuid, String)> {
    let mut out: Vec<(Uuid, String)> = Vec::new();
    for m in &n.members {
        let current = m.left_on.is_none_or(|l| l >= today);
        if current && !out.iter().any(|(id, _)| *id == m.organization_id) {
            out.push((m.organization_id, m.organization_name.clone()));
        }
    }
    out.sort_by_key(|(_, name)| natural_key(name));
    out
}

/// Organizations that are members at some time from `from` to `to` (a school year, a
/// week), by name: the network's members when its groups ran, not today's.
pub fn members_during(n: &Network, from: NaiveDate, to: NaiveDate) -> Vec<(Uuid, String)> {
    let mut out: Vec<(Uuid, String)> = Vec::new();
    for m in &n.members {
        let during = m.joined_on <= to && m.left_on.is_none_or(|l| l >= from);
        if during && !out.iter().any(|(id, _)| *id == m.organization_id) {
            out.push((m.organization_id, m.organization_name.clone()));
        }
    }
    out.sort_by_key(|(_, name)| natural_key(name));
    out
}

/// [`members_during`] plus any of `chosen` that are not among them, so that editing a
/// record never drops a choice silently.
pub fn choices_during(
    n: &Network,
    from: NaiveDate,
    to: NaiveDate,
    chosen: &[Uuid],
) -> Vec<(Uuid, String)> {
    let mut out = members_during(n, from, to);
    for id in chosen {
        if !out.iter().any(|(o, _)| o == id) {
            out.push((*id, org_name(n, *id)));
        }
    }
    out
}

/// The display name of a member organization, `—` when it is not (or no longer) listed.
pub fn org_name(n: &Network, id: Uuid) -> String {
    n.members
        .iter()
        .find(|m| m.organization_id == id)
        .map(|m| m.organization_name.clone())
        .unwrap_or_else(|| "—".to_owned())
}

/// The current members plus any of `chosen` that are not current any more, so that
/// editing a record never drops a choice silently.
pub fn choices(n: &Network, today: NaiveDate, chosen: &[Uuid]) -> Vec<(Uuid, String)> {
    let mut out = current_members(n, today);
    for id in chosen {
        if !out.iter().any(|(o, _)| o == id) {
            out.push((*id, org_name(n, *id)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use domain::network::{MembershipRole, NetworkModel, NetworkStatus};
    use wire::network::Membership;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, d).unwrap_or_default()
    }

    fn member(org: u128, name: &str, role: MembershipRole, left: Option<NaiveDate>) -> Membership {
        Membership {
            id: Uuid::new_v4(),
            organization_id: Uuid::from_u128(org),
            organization_name: name.into(),
            role,
            joined_on: day(1, 1),
            left_on: left,
            mentor_id: None,
            version: 1,
        }
    }

    #[test]
    fn one_entry_per_current_school_in_natural_order() {
        let n = Network {
            id: Uuid::nil(),
            municipality_id: Uuid::nil(),
            name: String::new(),
            model: NetworkModel::Cooperation,
            goal: String::new(),
            tasks: Vec::new(),
            expected_results: Vec::new(),
            period_from: day(1, 1),
            period_to: None,
            status: NetworkStatus::Active,
            members: vec![
                member(25, "СОШ № 25", MembershipRole::Coordinator, None),
                member(25, "СОШ № 25", MembershipRole::Participant, None),
                member(
                    3,
                    "СОШ № 3",
                    MembershipRole::ResourceCentre,
                    Some(day(12, 31)),
                ),
                member(9, "СОШ № 9", MembershipRole::Participant, Some(day(3, 1))),
            ],
            version: 1,
            created_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
            updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
        };
        let names: Vec<String> = current_members(&n, day(6, 1))
            .into_iter()
            .map(|(_, name)| name)
            .collect();
        assert_eq!(names, ["СОШ № 3", "СОШ № 25"]);
        let during = members_during(&n, day(1, 1), day(3, 31));
        assert_eq!(during.len(), 3, "СОШ № 9 left on 1 March");
        assert_eq!(members_during(&n, day(3, 2), day(3, 31)).len(), 2);
        assert_eq!(
            choices_during(&n, day(3, 2), day(3, 31), &[Uuid::from_u128(9)]).len(),
            3
        );
        let with_old = choices(&n, day(6, 1), &[Uuid::from_u128(9)]);
        assert_eq!(with_old.len(), 3);
        assert_eq!(org_name(&n, Uuid::from_u128(9)), "СОШ № 9");
        assert_eq!(org_name(&n, Uuid::from_u128(1)), "—");
    }
}
