//! Group and calendar permissions in the UI against `domain::access`: the provider's
//! director and those who manage the network form groups; others only read them.

use chrono::{NaiveDate, TimeZone, Utc};
use domain::access::Actor;
use domain::network::{MembershipRole, NetworkModel, NetworkStatus};
use domain::{MunicipalityId, UserId};
use wire::OrganizationKind;
use wire::group::{GroupInput, HoursCheck, Place};
use wire::network::Membership;

use super::*;

const MUNI: Uuid = Uuid::from_u128(1);
const SOSH: Uuid = Uuid::from_u128(25);
const LYCEUM: Uuid = Uuid::from_u128(24);

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn member(org: Uuid, role: MembershipRole) -> Membership {
    Membership {
        id: Uuid::new_v4(),
        organization_id: org,
        organization_name: format!("org {org}"),
        role,
        joined_on: day(2000, 1, 1),
        left_on: None,
        mentor_id: None,
        version: 1,
    }
}

fn network() -> Network {
    Network {
        id: Uuid::from_u128(7),
        municipality_id: MUNI,
        name: "Технология".into(),
        model: NetworkModel::Cooperation,
        goal: String::new(),
        tasks: Vec::new(),
        expected_results: Vec::new(),
        period_from: day(2000, 1, 1),
        period_to: None,
        status: NetworkStatus::Active,
        members: vec![
            member(SOSH, MembershipRole::Coordinator),
            member(LYCEUM, MembershipRole::ResourceCentre),
        ],
        version: 1,
        created_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
        updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
    }
}

fn group(provider: Uuid) -> Group {
    Group {
        id: Uuid::from_u128(5),
        network_id: Uuid::from_u128(7),
        input: GroupInput {
            programme_id: Uuid::from_u128(3),
            academic_year: "2021/2022".into(),
            provider_id: provider,
            name: "Робототехника".into(),
            teacher_ids: Vec::new(),
            capacity: 15,
            place: Place::Online { url: "x".into() },
            slots: Vec::new(),
            first_date: day(2021, 9, 1),
            last_date: day(2022, 5, 31),
            participant_ids: Vec::new(),
            external_id: None,
        },
        programme_title: "Технология".into(),
        teachers: Vec::new(),
        hours: HoursCheck {
            sessions: 0,
            planned_hours: 0,
            programme_hours: 34,
            difference: -34,
        },
        version: 1,
        updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
    }
}

fn perms(role: Role, org: Option<Uuid>) -> Perms {
    Perms(Some(Actor {
        user: UserId(Uuid::from_u128(100)),
        role,
        municipality: Some(MunicipalityId(MUNI)),
        organization: org.map(OrganizationId),
        network_peers: Vec::new(),
    }))
}

fn school(id: Uuid) -> Organization {
    Organization {
        id,
        municipality_id: MUNI,
        full_name: "Школа".into(),
        short_name: "Школа".into(),
        kind: OrganizationKind::School,
        parent_id: None,
        inn: None,
        address: None,
        low_results: false,
        adverse_conditions: false,
        external_id: None,
        active: true,
        version: 1,
        created_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
        updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
    }
}

#[test]
fn the_providers_director_forms_and_manages_its_own_groups() {
    let n = network();
    let director = perms(Role::SchoolAdmin, Some(LYCEUM));
    assert!(director.create_groups(&n));
    assert_eq!(director.group_providers(&n, &[SOSH, LYCEUM]), [LYCEUM]);
    assert!(director.manage_group(&group(LYCEUM), &n));
    assert!(!director.manage_group(&group(SOSH), &n));
}

#[test]
fn the_coordinator_and_the_authority_form_groups_of_any_provider() {
    let n = network();
    for p in [
        perms(Role::Coordinator, Some(SOSH)),
        perms(Role::Authority, None),
    ] {
        assert!(p.create_groups(&n));
        assert_eq!(p.group_providers(&n, &[SOSH, LYCEUM]), [SOSH, LYCEUM]);
        assert!(p.manage_group(&group(LYCEUM), &n));
    }
}

#[test]
fn teachers_and_outsiders_only_read() {
    let n = network();
    let teacher = perms(Role::Teacher, Some(LYCEUM));
    assert!(!teacher.create_groups(&n));
    assert!(!teacher.manage_group(&group(LYCEUM), &n));
    let outsider = perms(Role::SchoolAdmin, Some(Uuid::from_u128(99)));
    assert!(!outsider.create_groups(&n));
    assert!(outsider.group_providers(&n, &[SOSH, LYCEUM]).is_empty());
    assert!(!Perms(None).create_groups(&n));
}

#[test]
fn a_school_manages_its_own_calendar_only() {
    let director = perms(Role::SchoolAdmin, Some(LYCEUM));
    assert!(director.manage_calendar(&school(LYCEUM)));
    assert!(!director.manage_calendar(&school(SOSH)));
    assert!(perms(Role::Authority, None).manage_calendar(&school(SOSH)));
    assert!(!perms(Role::Teacher, Some(LYCEUM)).manage_calendar(&school(LYCEUM)));
}

#[test]
fn teachers_and_the_provider_take_registers() {
    let n = network();
    let g = group(LYCEUM);
    assert!(perms(Role::Teacher, Some(LYCEUM)).take_register(&g, &n));
    assert!(perms(Role::SchoolAdmin, Some(LYCEUM)).take_register(&g, &n));
    assert!(perms(Role::Coordinator, Some(SOSH)).take_register(&g, &n));
    // A member school whose pupils attend reads the register, it does not take it.
    assert!(!perms(Role::SchoolAdmin, Some(SOSH)).take_register(&g, &n));
    assert!(!Perms(None).take_register(&g, &n));
}

#[test]
fn the_home_school_and_the_provider_withdraw() {
    let n = network();
    let g = group(LYCEUM);
    let home = Uuid::from_u128(42);
    assert!(perms(Role::SchoolAdmin, Some(home)).withdraw_enrolment(&g, &n, home));
    assert!(perms(Role::SchoolAdmin, Some(LYCEUM)).withdraw_enrolment(&g, &n, home));
    assert!(!perms(Role::Teacher, Some(home)).withdraw_enrolment(&g, &n, home));
    assert!(!perms(Role::SchoolAdmin, Some(Uuid::from_u128(43))).withdraw_enrolment(&g, &n, home));
}
