use super::*;
use proptest::prelude::*;
use uuid::Uuid;

fn d(m: u32, day: u32) -> NaiveDate {
    let y = if m >= 9 { 2021 } else { 2022 };
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn year() -> Period {
    Period::new(d(9, 1), Some(d(8, 31))).unwrap()
}

fn org(n: u128) -> OrganizationId {
    OrganizationId(Uuid::from_u128(n))
}

fn member(
    key: u128,
    o: u128,
    role: MembershipRole,
    from: NaiveDate,
    to: Option<NaiveDate>,
) -> Membership {
    Membership {
        key: Uuid::from_u128(key),
        organization: org(o),
        role,
        period: Period::new(from, to).unwrap(),
        mentor: None,
    }
}

#[test]
fn the_seed_000_network_is_valid() {
    let ms = vec![
        member(1, 24, MembershipRole::Coordinator, d(9, 1), Some(d(8, 31))),
        member(
            2,
            24,
            MembershipRole::ResourceCentre,
            d(9, 1),
            Some(d(8, 31)),
        ),
        member(3, 25, MembershipRole::Participant, d(9, 1), Some(d(8, 31))),
    ];
    assert_eq!(
        check_memberships(&year(), NetworkModel::Cooperation, &ms),
        vec![]
    );
}

#[test]
fn a_network_without_a_coordinator_is_reported() {
    let ms = vec![member(
        3,
        25,
        MembershipRole::Participant,
        d(9, 1),
        Some(d(8, 31)),
    )];
    let p = check_memberships(&year(), NetworkModel::Cooperation, &ms);
    assert_eq!(
        p,
        vec![MembershipProblem::CoordinatorMissing {
            from: d(9, 1),
            to: Some(d(8, 31))
        }]
    );
    // A membership with no end ends with the network, for the coordinator and every
    // other member alike.
    let open = vec![
        member(1, 24, MembershipRole::Coordinator, d(9, 1), None),
        member(3, 25, MembershipRole::Participant, d(9, 1), None),
    ];
    assert_eq!(
        check_memberships(&year(), NetworkModel::Cooperation, &open),
        vec![]
    );
    // One that starts after the network ended is still outside it.
    let late = vec![
        member(1, 24, MembershipRole::Coordinator, d(9, 1), None),
        member(
            3,
            25,
            MembershipRole::Participant,
            NaiveDate::from_ymd_opt(2022, 9, 1).unwrap(),
            None,
        ),
    ];
    assert_eq!(
        check_memberships(&year(), NetworkModel::Cooperation, &late),
        vec![MembershipProblem::OutsideNetworkPeriod {
            membership: Uuid::from_u128(3)
        }]
    );
}

#[test]
fn a_membership_is_current_while_it_and_its_network_last() {
    let open = Period::new(d(10, 1), None).unwrap();
    assert!(!is_current(&open, &year(), d(9, 30)));
    assert!(is_current(&open, &year(), d(10, 1)));
    assert!(is_current(&open, &year(), d(8, 31)));
    // The network is over, so is the open-ended membership.
    assert!(!is_current(
        &open,
        &year(),
        NaiveDate::from_ymd_opt(2022, 9, 1).unwrap()
    ));
    let left = Period::new(d(9, 1), Some(d(12, 31))).unwrap();
    assert!(!is_current(&left, &year(), d(1, 1)));
}

#[test]
fn coordinator_handover_without_gap_is_valid_and_with_gap_is_not() {
    let ok = vec![
        member(1, 8, MembershipRole::Coordinator, d(9, 1), Some(d(12, 31))),
        member(2, 14, MembershipRole::Coordinator, d(1, 1), Some(d(8, 31))),
    ];
    assert_eq!(
        check_memberships(&year(), NetworkModel::ResourceCentre, &ok),
        vec![]
    );
    let gap = vec![
        member(1, 8, MembershipRole::Coordinator, d(9, 1), Some(d(12, 30))),
        member(2, 14, MembershipRole::Coordinator, d(1, 1), Some(d(8, 31))),
    ];
    assert_eq!(
        check_memberships(&year(), NetworkModel::ResourceCentre, &gap),
        vec![MembershipProblem::CoordinatorMissing {
            from: d(12, 31),
            to: Some(d(12, 31))
        }]
    );
}

#[test]
fn two_coordinators_at_once() {
    let ms = vec![
        member(1, 8, MembershipRole::Coordinator, d(9, 1), Some(d(8, 31))),
        member(2, 14, MembershipRole::Coordinator, d(3, 1), Some(d(8, 31))),
    ];
    let p = check_memberships(&year(), NetworkModel::ResourceCentre, &ms);
    assert!(
        matches!(p.as_slice(), [MembershipProblem::TwoCoordinators { on, .. }] if *on == d(3, 1))
    );
}

#[test]
fn same_role_twice_and_outside_period() {
    let ms = vec![
        member(1, 8, MembershipRole::Coordinator, d(9, 1), Some(d(8, 31))),
        member(2, 9, MembershipRole::Participant, d(9, 1), Some(d(12, 31))),
        member(3, 9, MembershipRole::Participant, d(12, 1), Some(d(8, 31))),
        member(
            4,
            6,
            MembershipRole::Participant,
            d(9, 1),
            Some(NaiveDate::from_ymd_opt(2022, 9, 30).unwrap()),
        ),
    ];
    let codes: Vec<_> = check_memberships(&year(), NetworkModel::ResourceCentre, &ms)
        .iter()
        .map(MembershipProblem::code)
        .collect();
    assert_eq!(
        codes,
        ["membership_outside_network_period", "same_role_twice"]
    );
}

#[test]
fn mentoring_satellites_need_a_partner() {
    let mut sat = member(3, 9, MembershipRole::Satellite, d(9, 1), Some(d(8, 31)));
    let coord = member(1, 13, MembershipRole::Coordinator, d(9, 1), Some(d(8, 31)));
    let partner = member(2, 13, MembershipRole::Partner, d(9, 1), Some(d(8, 31)));
    let p = check_memberships(
        &year(),
        NetworkModel::Mentoring,
        &[coord.clone(), partner.clone(), sat.clone()],
    );
    assert_eq!(
        p,
        vec![MembershipProblem::SatelliteWithoutPartner {
            membership: sat.key
        }]
    );
    sat.mentor = Some(org(13));
    assert_eq!(
        check_memberships(
            &year(),
            NetworkModel::Mentoring,
            &[coord.clone(), partner, sat.clone()]
        ),
        vec![]
    );
    // Paired with a school that is not a partner.
    sat.mentor = Some(org(77));
    assert_eq!(
        check_memberships(
            &year(),
            NetworkModel::Mentoring,
            &[coord.clone(), sat.clone()]
        ),
        vec![MembershipProblem::SatelliteWithoutPartner {
            membership: sat.key
        }]
    );
    // A mentor outside a mentoring network is refused.
    assert_eq!(
        check_memberships(&year(), NetworkModel::Cooperation, &[coord, sat.clone()]),
        vec![MembershipProblem::MentorNotAllowed {
            membership: sat.key
        }]
    );
}

fn coordinator_chain() -> impl Strategy<Value = Vec<i64>> {
    // Lengths in days of consecutive coordinator terms; the last runs to the year's end.
    proptest::collection::vec(1i64..120, 1..6)
}

proptest! {
    /// Cutting the year into consecutive coordinator terms is always valid; removing one
    /// day from any term always leaves a gap.
    #[test]
    fn consecutive_terms_cover_the_year(lengths in coordinator_chain(), hole in any::<prop::sample::Index>()) {
        let start = d(9, 1);
        let end = d(8, 31);
        let mut ms = Vec::new();
        let mut from = start;
        for (i, len) in lengths.iter().enumerate() {
            if from > end { break; }
            let last = i == lengths.len() - 1;
            let to = if last { end } else { (from + chrono::Duration::days(*len - 1)).min(end) };
            ms.push(member(i as u128, i as u128, MembershipRole::Coordinator, from, Some(to)));
            from = to + chrono::Duration::days(1);
        }
        prop_assert_eq!(check_memberships(&year(), NetworkModel::Cooperation, &ms), vec![]);
        let i = hole.index(ms.len());
        let p = ms[i].period;
        if p.from() < p.to().unwrap() {
            ms[i].period = Period::new(p.from() + chrono::Duration::days(1), p.to()).unwrap();
            let problems = check_memberships(&year(), NetworkModel::Cooperation, &ms);
            let gap = problems.iter().any(|x| matches!(x, MembershipProblem::CoordinatorMissing { .. }));
            prop_assert!(gap, "no gap reported: {:?}", problems);
        }
    }
}

#[test]
fn a_handover_ends_the_coordinator_of_the_day_the_day_before() {
    use super::{NoDayBefore, handover_ends};
    let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
    let members = [
        (1, MembershipRole::Coordinator, d(9, 1), None),
        (2, MembershipRole::ResourceCentre, d(9, 1), None),
    ];
    assert_eq!(handover_ends(members, d(12, 1)), Ok(Some((1, d(11, 30)))));
    // A coordinator who starts on the handover day, or has already left, is not ended.
    let later = [(3, MembershipRole::Coordinator, d(12, 1), None)];
    assert_eq!(handover_ends(later, d(12, 1)), Ok(None));
    let gone = [(4, MembershipRole::Coordinator, d(9, 1), Some(d(10, 31)))];
    assert_eq!(handover_ends(gone, d(12, 1)), Ok(None));
    let first = [(5, MembershipRole::Coordinator, NaiveDate::MIN, None)];
    assert_eq!(handover_ends(first, NaiveDate::MIN), Err(NoDayBefore));
}

#[test]
fn the_coordinator_of_the_day_follows_the_handover() {
    use MembershipRole::{Coordinator, Participant};
    // Org 1 coordinates until 31 December, org 2 from 1 January; org 3 takes part.
    let members = [
        (org(1), Coordinator, d(9, 1), Some(d(12, 31))),
        (org(2), Coordinator, d(1, 1), None),
        (org(3), Participant, d(9, 1), None),
        // Reversed dates coordinate nothing.
        (org(4), Coordinator, d(12, 1), Some(d(11, 1))),
    ];
    assert_eq!(coordinators_on(&year(), members, d(12, 31)), vec![org(1)]);
    assert_eq!(coordinators_on(&year(), members, d(1, 1)), vec![org(2)]);
    // Outside the network's own period nobody coordinates it.
    let after = NaiveDate::from_ymd_opt(2022, 9, 1).unwrap();
    assert!(coordinators_on(&year(), members, after).is_empty());
}
