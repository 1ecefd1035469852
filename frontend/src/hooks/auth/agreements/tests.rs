use chrono::{NaiveDate, TimeZone, Utc};
use domain::access::Actor;
use domain::agreement::{AgreementKind, AgreementStatus};
use domain::network::{MembershipRole, NetworkModel, NetworkStatus};
use domain::{MunicipalityId, OrganizationId, Role, UserId};
use uuid::Uuid;
use wire::agreement::{Agreement, AgreementInput};
use wire::network::{Membership, Network};

use super::*;

const MUNI: Uuid = Uuid::from_u128(1);
const SOSH: Uuid = Uuid::from_u128(25);
const LYCEUM: Uuid = Uuid::from_u128(24);
const OTHER: Uuid = Uuid::from_u128(99);

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
            member(SOSH, MembershipRole::Participant),
            member(LYCEUM, MembershipRole::ResourceCentre),
            member(OTHER, MembershipRole::Participant),
        ],
        version: 1,
        created_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
        updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
    }
}

fn agreement() -> Agreement {
    Agreement {
        id: Uuid::from_u128(8),
        network_id: Uuid::from_u128(7),
        series_id: Uuid::from_u128(8),
        version_no: 1,
        supersedes_id: None,
        status: AgreementStatus::AwaitingSignatures,
        content: AgreementInput {
            number: "1".into(),
            date: day(2021, 8, 25),
            kind: AgreementKind::NetworkProgramme,
            base_organization_id: SOSH,
            participant_ids: vec![LYCEUM],
            programme_ids: Vec::new(),
            programme_description: String::new(),
            student_status: String::new(),
            admission_rules: String::new(),
            conditions: String::new(),
            obligations: Vec::new(),
            completion_documents: Vec::new(),
            valid_from: day(2021, 9, 1),
            valid_to: day(2022, 8, 31),
            change_procedure: String::new(),
            termination_procedure: String::new(),
            grade_mappings: Vec::new(),
        },
        content_hash: String::new(),
        signatures: Vec::new(),
        awaiting_signature_of: vec![SOSH, LYCEUM],
        terminated_on: None,
        termination_reason: None,
        version: 1,
        updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
    }
}

fn perms(role: Role, org: Option<Uuid>) -> Perms {
    Perms(Some(Actor {
        user: UserId(Uuid::from_u128(1000)),
        role,
        municipality: Some(MunicipalityId(MUNI)),
        organization: org.map(OrganizationId),
        network_peers: Vec::new(),
    }))
}

#[test]
fn each_school_signs_only_for_itself() {
    let (a, n) = (agreement(), network());
    let lyceum = perms(Role::SchoolAdmin, Some(LYCEUM));
    assert_eq!(lyceum.signs_for(&a, &n), Some(LYCEUM));
    assert_eq!(
        perms(Role::SchoolAdmin, Some(SOSH)).signs_for(&a, &n),
        Some(SOSH)
    );
    // A member that is not a party does not even read it, let alone sign.
    assert_eq!(
        perms(Role::SchoolAdmin, Some(OTHER)).signs_for(&a, &n),
        None
    );
    // A teacher of a party, the coordinator and the authority never sign.
    assert_eq!(perms(Role::Teacher, Some(LYCEUM)).signs_for(&a, &n), None);
    assert_eq!(perms(Role::Coordinator, Some(SOSH)).signs_for(&a, &n), None);
    assert_eq!(perms(Role::Authority, None).signs_for(&a, &n), None);
}

#[test]
fn managers_and_the_base_school_manage() {
    let (a, n) = (agreement(), network());
    assert!(perms(Role::SchoolAdmin, Some(SOSH)).manage_agreement(&a, &n));
    assert!(!perms(Role::SchoolAdmin, Some(LYCEUM)).manage_agreement(&a, &n));
    assert!(perms(Role::Coordinator, Some(SOSH)).manage_agreement(&a, &n));
    assert!(!perms(Role::Coordinator, Some(LYCEUM)).manage_agreement(&a, &n));
    assert!(perms(Role::Authority, None).manage_agreement(&a, &n));
    assert!(perms(Role::Admin, None).manage_agreement(&a, &n));
    assert!(!Perms(None).manage_agreement(&a, &n));
}

#[test]
fn who_drafts_and_with_which_base() {
    let n = network();
    assert_eq!(
        perms(Role::Authority, None).draft_agreement(&n),
        Some(Drafting::AnyMember)
    );
    assert_eq!(
        perms(Role::Coordinator, Some(SOSH)).draft_agreement(&n),
        Some(Drafting::AnyMember)
    );
    assert_eq!(
        perms(Role::SchoolAdmin, Some(LYCEUM)).draft_agreement(&n),
        Some(Drafting::OwnSchool(LYCEUM))
    );
    assert_eq!(perms(Role::Teacher, Some(LYCEUM)).draft_agreement(&n), None);
    // Not a member: the network is not even visible.
    assert_eq!(
        perms(Role::SchoolAdmin, Some(Uuid::from_u128(5))).draft_agreement(&n),
        None
    );
}
