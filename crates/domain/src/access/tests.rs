use super::*;
use uuid::Uuid;

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

const M1: MunicipalityId = MunicipalityId(Uuid::from_u128(1));
const M2: MunicipalityId = MunicipalityId(Uuid::from_u128(2));

fn org(n: u128, m: MunicipalityId) -> OrgFacts {
    OrgFacts {
        id: OrganizationId(id(n)),
        municipality: m,
        parent: None,
    }
}

fn actor(role: Role, m: Option<MunicipalityId>, o: Option<u128>) -> Actor {
    Actor {
        user: UserId(id(99)),
        role,
        municipality: m,
        organization: o.map(|n| OrganizationId(id(n))),
        network_peers: Vec::new(),
    }
}

#[test]
fn admin_reaches_everything() {
    let a = actor(Role::Admin, None, None);
    assert!(a.read_organization(&org(10, M2)).is_ok());
    assert_eq!(
        a.manage_organization(&org(10, M2)).unwrap().extent(),
        Extent::Full
    );
    assert!(a.administer_users().is_ok());
    assert_eq!(a.read_audit().unwrap().scope(), AuditScope::All);
    assert!(a.manage_municipality(M2).is_ok());
}

#[test]
fn authority_is_limited_to_its_municipality() {
    let a = actor(Role::Authority, Some(M1), None);
    assert!(a.manage_organization(&org(10, M1)).is_ok());
    assert_eq!(a.read_organization(&org(11, M2)), Err(Denied::NotFound));
    assert!(a.create_organization_in(M1).is_ok());
    assert_eq!(a.create_organization_in(M2), Err(Denied::NotFound));
    assert_eq!(a.manage_municipality(M1), Err(Denied::Forbidden));
    assert_eq!(a.administer_users(), Err(Denied::Forbidden));
    assert_eq!(
        a.read_audit().unwrap().scope(),
        AuditScope::Municipality(M1)
    );
}

#[test]
fn school_admin_edits_details_of_own_school_only() {
    let a = actor(Role::SchoolAdmin, Some(M1), Some(10));
    assert_eq!(
        a.manage_organization(&org(10, M1)).unwrap().extent(),
        Extent::Details
    );
    assert_eq!(a.read_organization(&org(11, M1)), Err(Denied::NotFound));
    assert_eq!(a.delete_organization(&org(10, M1)), Err(Denied::Forbidden));
    assert_eq!(a.create_organization_in(M1), Err(Denied::Forbidden));
    assert!(a.manage_school_records(&org(10, M1)).is_ok());
    assert_eq!(a.read_audit(), Err(Denied::Forbidden));
}

#[test]
fn a_school_sees_its_branches() {
    let a = actor(Role::SchoolAdmin, Some(M1), Some(10));
    let branch = OrgFacts {
        parent: Some(OrganizationId(id(10))),
        ..org(12, M1)
    };
    assert!(a.read_organization(&branch).is_ok());
    // …but a branch is its own school for editing.
    assert_eq!(a.manage_organization(&branch), Err(Denied::Forbidden));
}

#[test]
fn teachers_and_coordinators_read_their_school_but_change_nothing() {
    for role in [Role::Teacher, Role::Coordinator] {
        let a = actor(role, Some(M1), Some(10));
        assert!(a.read_organization(&org(10, M1)).is_ok());
        assert_eq!(a.manage_organization(&org(10, M1)), Err(Denied::Forbidden));
        assert_eq!(
            a.manage_school_records(&org(10, M1)),
            Err(Denied::Forbidden)
        );
        assert_eq!(a.read_organization(&org(11, M1)), Err(Denied::NotFound));
        assert_eq!(a.manage_school_records(&org(11, M1)), Err(Denied::NotFound));
    }
}

#[test]
fn integration_scoped_to_a_municipality_syncs_its_registry() {
    let a = actor(Role::Integration, Some(M1), None);
    assert!(a.create_organization_in(M1).is_ok());
    assert!(a.manage_school_records(&org(10, M1)).is_ok());
    assert_eq!(a.read_organization(&org(10, M2)), Err(Denied::NotFound));
}

#[test]
fn detail_editors_may_not_touch_status_fields() {
    assert_eq!(
        restricted_fields_changed(Extent::Details, &["full_name", "low_results", "kind"]),
        vec!["low_results", "kind"]
    );
    assert!(restricted_fields_changed(Extent::Full, &["low_results"]).is_empty());
}

#[test]
fn municipality_reading() {
    let t = actor(Role::Teacher, Some(M1), Some(10));
    assert!(t.read_municipality(M1).is_ok());
    assert_eq!(t.read_municipality(M2), Err(Denied::NotFound));
    assert_eq!(t.municipality_filter(), Some(Some(M1)));
    assert_eq!(actor(Role::Admin, None, None).municipality_filter(), None);
}

fn network(members: &[u128], coordinators: &[u128]) -> NetworkFacts {
    NetworkFacts {
        id: NetworkId(id(500)),
        municipality: M1,
        members: members.iter().map(|n| OrganizationId(id(*n))).collect(),
        coordinators: coordinators
            .iter()
            .map(|n| OrganizationId(id(*n)))
            .collect(),
    }
}

#[test]
fn networks_are_read_by_members_and_managed_by_their_coordinator() {
    let n = network(&[10, 11], &[10]);
    let coord = actor(Role::Coordinator, Some(M1), Some(10));
    assert!(coord.manage_network(&n).is_ok());
    let other_coord = actor(Role::Coordinator, Some(M1), Some(11));
    assert_eq!(other_coord.manage_network(&n), Err(Denied::Forbidden));
    let teacher = actor(Role::Teacher, Some(M1), Some(11));
    assert!(teacher.read_network(&n).is_ok());
    assert_eq!(teacher.manage_network(&n), Err(Denied::Forbidden));
    let outsider = actor(Role::SchoolAdmin, Some(M1), Some(12));
    assert_eq!(outsider.read_network(&n), Err(Denied::NotFound));
    assert_eq!(outsider.manage_network(&n), Err(Denied::NotFound));
    let authority = actor(Role::Authority, Some(M1), None);
    assert!(authority.manage_network(&n).is_ok());
    assert!(authority.create_network_in(M1).is_ok());
    assert_eq!(
        actor(Role::Authority, Some(M2), None).read_network(&n),
        Err(Denied::NotFound)
    );
    assert_eq!(coord.create_network_in(M1), Err(Denied::Forbidden));
    assert_eq!(coord.delete_network(&n), Err(Denied::Forbidden));
    assert!(authority.delete_network(&n).is_ok());
    assert_eq!(
        actor(Role::Integration, Some(M1), None).manage_network(&n),
        Err(Denied::Forbidden)
    );
}

#[test]
fn network_peers_are_visible_but_not_editable() {
    let mut a = actor(Role::SchoolAdmin, Some(M1), Some(10));
    a.network_peers = vec![OrganizationId(id(11))];
    assert!(a.read_organization(&org(11, M1)).is_ok());
    assert_eq!(a.manage_organization(&org(11, M1)), Err(Denied::Forbidden));
    assert_eq!(
        a.manage_school_records(&org(11, M1)),
        Err(Denied::Forbidden)
    );
    assert_eq!(a.read_organization(&org(12, M1)), Err(Denied::NotFound));
}

#[test]
fn a_peer_sees_the_school_but_not_its_figures_or_whole_staff() {
    for role in [Role::SchoolAdmin, Role::Teacher, Role::Coordinator] {
        let mut a = actor(role, Some(M1), Some(10));
        a.network_peers = vec![OrganizationId(id(11))];
        assert_eq!(
            a.read_school_records(&org(11, M1)),
            Err(Denied::Forbidden),
            "{role:?}"
        );
        assert_eq!(
            a.read_staff(&org(11, M1)).map(|(_, v)| v),
            Ok(StaffView::NetworkTeachers {
                viewer: OrganizationId(id(10))
            })
        );
        assert!(a.read_school_records(&org(10, M1)).is_ok(), "own school");
        assert_eq!(
            a.read_staff(&org(10, M1)).map(|(_, v)| v),
            Ok(StaffView::All)
        );
        assert_eq!(a.read_school_records(&org(12, M1)), Err(Denied::NotFound));
    }
    let uo = actor(Role::Authority, Some(M1), None);
    assert_eq!(
        uo.read_staff(&org(11, M1)).map(|(_, v)| v),
        Ok(StaffView::All)
    );
    assert!(uo.read_school_records(&org(11, M1)).is_ok());
}

#[test]
fn a_school_scoped_integration_acts_only_on_its_school() {
    let mut i = actor(Role::Integration, Some(M1), Some(10));
    i.network_peers = vec![OrganizationId(id(11))];
    assert_eq!(
        i.manage_organization(&org(10, M1)).map(|c| c.extent()),
        Ok(Extent::Details)
    );
    assert!(i.manage_school_records(&org(10, M1)).is_ok());
    assert_eq!(i.delete_organization(&org(10, M1)), Err(Denied::Forbidden));
    // A peer it merely sees: readable, never manageable.
    assert!(i.read_organization(&org(11, M1)).is_ok());
    assert_eq!(i.manage_organization(&org(11, M1)), Err(Denied::Forbidden));
    assert_eq!(i.delete_organization(&org(11, M1)), Err(Denied::Forbidden));
    assert_eq!(
        i.manage_school_records(&org(11, M1)),
        Err(Denied::Forbidden)
    );
    assert_eq!(i.read_school_records(&org(11, M1)), Err(Denied::Forbidden));
    assert_eq!(i.create_organization_in(M1), Err(Denied::Forbidden));
    // A municipality-wide integration acts in its municipality only.
    let wide = actor(Role::Integration, Some(M1), None);
    assert!(wide.manage_school_records(&org(11, M1)).is_ok());
    assert_eq!(
        wide.manage_organization(&org(11, M1)).map(|c| c.extent()),
        Ok(Extent::Full)
    );
    assert_eq!(
        wide.manage_organization(&org(20, M2)),
        Err(Denied::NotFound)
    );
}

#[test]
fn only_the_authority_brings_a_new_school_into_a_network() {
    let n = network(&[10, 11], &[10]);
    let coordinator = actor(Role::Coordinator, Some(M1), Some(10));
    assert!(
        coordinator
            .add_to_network(&n, OrganizationId(id(11)))
            .is_ok()
    );
    assert_eq!(
        coordinator.add_to_network(&n, OrganizationId(id(12))),
        Err(Denied::Forbidden)
    );
    let uo = actor(Role::Authority, Some(M1), None);
    assert!(uo.add_to_network(&n, OrganizationId(id(12))).is_ok());
    assert!(
        actor(Role::Admin, None, None)
            .add_to_network(&n, OrganizationId(id(12)))
            .is_ok()
    );
    assert_eq!(
        actor(Role::Authority, Some(M2), None).add_to_network(&n, OrganizationId(id(12))),
        Err(Denied::NotFound)
    );
}

fn agreement(parties: &[u128], base: u128) -> AgreementAccess {
    AgreementAccess {
        id: crate::ids::AgreementId(id(700)),
        network: network(&[10, 11, 12], &[10]),
        base: OrganizationId(id(base)),
        parties: parties.iter().map(|n| OrganizationId(id(*n))).collect(),
    }
}

#[test]
fn each_party_signs_only_for_itself() {
    let a = agreement(&[11, 12], 11);
    let admin11 = actor(Role::SchoolAdmin, Some(M1), Some(11));
    assert_eq!(
        admin11.sign_agreement(&a).unwrap().organization(),
        OrganizationId(id(11))
    );
    assert!(
        admin11.manage_agreement(&a).is_ok(),
        "the base school drafts"
    );
    let admin12 = actor(Role::SchoolAdmin, Some(M1), Some(12));
    assert_eq!(
        admin12.sign_agreement(&a).unwrap().organization(),
        OrganizationId(id(12))
    );
    assert_eq!(admin12.manage_agreement(&a), Err(Denied::Forbidden));
    let teacher12 = actor(Role::Teacher, Some(M1), Some(12));
    assert!(teacher12.read_agreement(&a).is_ok());
    assert_eq!(teacher12.sign_agreement(&a), Err(Denied::Forbidden));
    let coord = actor(Role::Coordinator, Some(M1), Some(10));
    assert!(coord.manage_agreement(&a).is_ok());
    assert_eq!(
        coord.sign_agreement(&a),
        Err(Denied::Forbidden),
        "the coordinator is not a party"
    );
    let outsider = actor(Role::SchoolAdmin, Some(M1), Some(13));
    assert_eq!(outsider.read_agreement(&a), Err(Denied::NotFound));
    let member_not_party = actor(Role::SchoolAdmin, Some(M1), Some(10));
    // School 10 coordinates, so its coordinator manages; its school_admin is no party.
    assert_eq!(member_not_party.sign_agreement(&a), Err(Denied::NotFound));
}

#[test]
fn documents_follow_their_owner() {
    let n = network(&[10, 11], &[10]);
    let on_network = OwnerAccess::Network(n.clone());
    let on_programme = OwnerAccess::Programme {
        id: crate::ids::ProgrammeId(id(800)),
        network: n.clone(),
    };
    let teacher = actor(Role::Teacher, Some(M1), Some(11));
    let coord = actor(Role::Coordinator, Some(M1), Some(10));
    let outsider = actor(Role::SchoolAdmin, Some(M1), Some(12));
    for o in [&on_network, &on_programme] {
        assert_eq!(teacher.read_documents(o).unwrap().target(), o.owner());
        assert_eq!(teacher.attach_documents(o), Err(Denied::Forbidden));
        assert!(coord.attach_documents(o).is_ok());
        assert_eq!(outsider.read_documents(o), Err(Denied::NotFound));
        assert_eq!(outsider.attach_documents(o), Err(Denied::NotFound));
    }
    assert_eq!(
        on_programme.owner().kind,
        crate::document::OwnerKind::Programme
    );
}

#[test]
fn each_party_attaches_to_its_agreement_and_other_members_see_nothing() {
    let a = OwnerAccess::Agreement(agreement(&[11, 12], 11));
    // The participant's administration attaches the scan it signed.
    let admin12 = actor(Role::SchoolAdmin, Some(M1), Some(12));
    assert!(admin12.attach_documents(&a).is_ok());
    let teacher12 = actor(Role::Teacher, Some(M1), Some(12));
    assert!(teacher12.read_documents(&a).is_ok());
    assert_eq!(teacher12.attach_documents(&a), Err(Denied::Forbidden));
    // A member of the network that is no party does not see the agreement's papers.
    let admin10 = actor(Role::SchoolAdmin, Some(M1), Some(10));
    assert_eq!(admin10.read_documents(&a), Err(Denied::NotFound));
    assert_eq!(admin10.attach_documents(&a), Err(Denied::NotFound));
    assert!(
        actor(Role::Coordinator, Some(M1), Some(10))
            .attach_documents(&a)
            .is_ok()
    );
    assert!(
        actor(Role::Authority, Some(M1), None)
            .read_documents(&a)
            .is_ok()
    );
}

fn group(teacher_users: &[u128]) -> GroupAccess {
    GroupAccess {
        id: crate::ids::GroupId(id(900)),
        network: network(&[10, 11, 12], &[10]),
        provider: OrganizationId(id(11)),
        teacher_users: teacher_users.iter().map(|n| UserId(id(*n))).collect(),
    }
}

#[test]
fn groups_are_formed_by_the_provider_and_the_coordinator() {
    let g = group(&[99]);
    let provider_admin = actor(Role::SchoolAdmin, Some(M1), Some(11));
    assert!(provider_admin.manage_group(&g).is_ok());
    assert!(
        provider_admin
            .create_group_in(&g.network, OrganizationId(id(11)))
            .is_ok()
    );
    assert_eq!(
        provider_admin.create_group_in(&g.network, OrganizationId(id(12))),
        Err(Denied::Forbidden),
        "not for another school"
    );
    let home_admin = actor(Role::SchoolAdmin, Some(M1), Some(12));
    assert!(home_admin.read_group(&g).is_ok());
    assert_eq!(home_admin.manage_group(&g), Err(Denied::Forbidden));
    let coord = actor(Role::Coordinator, Some(M1), Some(10));
    assert!(coord.manage_group(&g).is_ok());
    assert!(
        coord
            .create_group_in(&g.network, OrganizationId(id(12)))
            .is_ok()
    );
    let outsider = actor(Role::SchoolAdmin, Some(M1), Some(13));
    assert_eq!(outsider.read_group(&g), Err(Denied::NotFound));
}

#[test]
fn a_teacher_sees_only_the_groups_they_teach() {
    // `actor` makes user 99.
    let teacher = actor(Role::Teacher, Some(M1), Some(11));
    assert!(teacher.read_group(&group(&[99])).is_ok());
    assert_eq!(teacher.manage_group(&group(&[99])), Err(Denied::Forbidden));
    assert_eq!(teacher.read_group(&group(&[98])), Err(Denied::NotFound));
    assert!(teacher.sees_only_own_groups());
}
