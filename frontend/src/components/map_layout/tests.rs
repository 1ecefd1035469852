//! The member map's geometry on the seed networks' shapes.

use super::*;
use chrono::NaiveDate;
use domain::network::NetworkStatus;
use wire::network::Membership;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn network(model: NetworkModel, members: &[(MembershipRole, Option<usize>)]) -> Network {
    let ids: Vec<Uuid> = (0..members.len())
        .map(|i| Uuid::from_u128(i as u128 + 1))
        .collect();
    Network {
        id: Uuid::nil(),
        municipality_id: Uuid::nil(),
        name: "Сеть".into(),
        model,
        goal: String::new(),
        tasks: vec![],
        expected_results: vec![],
        period_from: day(2021, 9, 1),
        period_to: Some(day(2022, 8, 31)),
        status: NetworkStatus::Active,
        members: members
            .iter()
            .enumerate()
            .map(|(i, (role, mentor))| Membership {
                id: Uuid::from_u128(100 + i as u128),
                organization_id: ids[i],
                organization_name: format!("МОУ СОШ № {i:02}"),
                role: *role,
                joined_on: day(2021, 9, 1),
                left_on: None,
                mentor_id: mentor.map(|m| ids[m]),
                version: 1,
            })
            .collect(),
        version: 1,
        created_at: chrono::DateTime::default(),
        updated_at: chrono::DateTime::default(),
    }
}

#[test]
fn volzhsky_fits_in_three_rows_without_overlaps() {
    use MembershipRole::*;
    let mut m = vec![(Coordinator, None)];
    m.extend([(ResourceCentre, None); 5]);
    m.extend([(Participant, None); 7]);
    let l = layout(&network(NetworkModel::ResourceCentre, &m));
    assert_eq!(l.nodes.len(), 13);
    let ys: HashSet<i32> = l.nodes.iter().map(|n| n.y).collect();
    assert_eq!(ys.len(), 3);
    for (i, a) in l.nodes.iter().enumerate() {
        assert!(a.x >= 0 && a.x + BOX_W <= l.width);
        for b in &l.nodes[i + 1..] {
            assert!(a.y != b.y || (a.x - b.x).abs() >= BOX_W, "{a:?} {b:?}");
        }
    }
    // coordinator: 1 up + 5 down + bus; resource centres: 5 + 7 + bus.
    assert_eq!(l.links.len(), 7 + 13);
}

#[test]
fn satellites_link_to_their_partner() {
    use MembershipRole::*;
    let m = [
        (Coordinator, None),
        (Partner, None),
        (Partner, None),
        (Satellite, Some(2)),
        (Satellite, Some(1)),
    ];
    let l = layout(&network(NetworkModel::Mentoring, &m));
    assert_eq!(l.links.iter().filter(|k| k.kind == "mentor").count(), 2);
    // Ordered under their partners: the satellite of the first partner comes first.
    let bottom: Vec<_> = l.nodes.iter().filter(|n| n.role == Satellite).collect();
    assert_eq!(bottom[0].mentor, Some(Uuid::from_u128(2)));
}

#[test]
fn long_rows_wrap_and_names_are_shortened() {
    let mut m = vec![(MembershipRole::Coordinator, None)];
    m.extend([(MembershipRole::Participant, None); 10]);
    let l = layout(&network(NetworkModel::Cooperation, &m));
    let ys: HashSet<i32> = l.nodes.iter().map(|n| n.y).collect();
    assert_eq!(ys.len(), 3);
    assert_eq!(
        short("Муниципальное общеобразовательное учреждение")
            .chars()
            .count(),
        MAX_CHARS
    );
}
