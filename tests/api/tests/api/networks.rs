//! Networks and their membership (issue 3): who creates, reads and changes a network,
//! the membership rules with their own problem codes, `If-Match`, and the organizations a
//! network makes visible to its members. The demo data has no networks: each test makes
//! its own through the API.

use domain::network::{MembershipRole, NetworkModel};
use reqwest::Method;
use serde::Serialize;
use uuid::Uuid;
use wire::audit::AuditEntry;
use wire::network::{MembershipInput, Network, NetworkCreate, NetworkSummary};
use wire::organization::Organization;
use wire::routes;
use wire::{ErrorCode, Page, Role};

use crate::builders::{
    USER_PASSWORD, all_orgs, create_network, create_org, create_org_user, day, demo,
    demo_municipality, demo_org, input_of, member, network, network_input_of, school,
};
use crate::client::{Resp, TestClient};
use crate::helpers::{TestApp, spawn_demo_app};

use MembershipRole::{Coordinator, Participant, Partner, ResourceCentre, Satellite};

/// `POST` with `If-Match: <etag>`.
async fn post_if<T: Serialize + ?Sized>(c: &TestClient, path: &str, etag: &str, body: &T) -> Resp {
    c.send(
        c.request(Method::POST, path)
            .header("If-Match", etag)
            .json(body),
    )
    .await
}

/// A network without `updated_at`: the body of a membership change carries the time of
/// the previous change (see `a_membership_change_answers_with_the_stored_network`), so
/// comparisons with a later `GET` leave it out.
fn content(n: &Network) -> Network {
    Network {
        updated_at: n.created_at,
        ..n.clone()
    }
}

fn etag_of(n: &Network) -> String {
    format!("\"{}\"", n.version)
}

/// A network answer: its body, with the `ETag` header matching the body's version.
fn network_of(r: &Resp, status: u16) -> Network {
    assert_eq!(r.status, status, "{}", r.text);
    let n: Network = r.json();
    assert_eq!(
        r.header("etag"),
        Some(etag_of(&n).as_str()),
        "ETag of {}",
        r.text
    );
    n
}

async fn get_network(c: &TestClient, id: Uuid) -> Network {
    network_of(&c.get(&routes::network(id)).await, 200)
}

/// The ids of the networks `c` lists.
async fn listed(c: &TestClient) -> Vec<Uuid> {
    let r = c.get(&format!("{}?limit=100", routes::NETWORKS)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let mut ids: Vec<Uuid> = r
        .json::<Page<NetworkSummary>>()
        .items
        .into_iter()
        .map(|n| n.id)
        .collect();
    ids.sort();
    ids
}

fn sorted(mut ids: Vec<Uuid>) -> Vec<Uuid> {
    ids.sort();
    ids
}

fn membership_of(n: &Network, org: Uuid, role: MembershipRole) -> &wire::network::Membership {
    n.members
        .iter()
        .find(|m| m.organization_id == org && m.role == role)
        .unwrap_or_else(|| panic!("no {role:?} membership of {org} in {n:?}"))
}

/// The demo schools of Волжский the tests use.
struct Volzhsky {
    municipality: Uuid,
    sosh8: Organization,
    sosh1: Organization,
    sosh14: Organization,
    sosh17: Organization,
    sosh30: Organization,
}

async fn volzhsky(admin: &TestClient) -> Volzhsky {
    Volzhsky {
        municipality: demo_municipality(admin, demo::VOLZHSKY).await.id,
        sosh8: demo_org(admin, demo::SOSH8).await,
        sosh1: demo_org(admin, demo::SOSH1).await,
        sosh14: demo_org(admin, demo::SOSH14).await,
        sosh17: demo_org(admin, demo::SOSH17).await,
        sosh30: demo_org(admin, demo::SOSH30).await,
    }
}

/// The authority of Волжский creates a cooperation network coordinated by СОШ № 8 with
/// СОШ № 1 as a participant.
async fn sosh8_network(app: &TestApp, v: &Volzhsky) -> Network {
    let uo = app.demo("volzhsky.uo").await;
    let body = network(
        v.municipality,
        NetworkModel::Cooperation,
        v.sosh8.id,
        vec![member(v.sosh1.id, Participant, day(2020, 9, 1))],
    );
    create_network(&uo, &body).await
}

async fn user(app: &TestApp, admin: &TestClient, name: &str, role: Role, org: Uuid) -> TestClient {
    create_org_user(admin, name, role, org).await;
    app.login(name, USER_PASSWORD).await
}

#[tokio::test]
async fn the_authority_creates_a_network_in_its_municipality() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let uo = app.demo("volzhsky.uo").await;
    let body = network(
        v.municipality,
        NetworkModel::Cooperation,
        v.sosh8.id,
        vec![member(v.sosh1.id, Participant, day(2021, 9, 1))],
    );

    let r = uo.post(routes::NETWORKS, &body).await;
    let n = network_of(&r, 201);
    assert_eq!(r.header("location"), Some(routes::network(n.id).as_str()));
    assert_eq!(n.municipality_id, v.municipality);
    assert_eq!(n.name, "Сеть «Инженерный класс»");
    assert_eq!(n.tasks, ["Сетевые программы по технологии"]);
    assert_eq!(n.members.len(), 2, "{:?}", n.members);
    let coordinator = membership_of(&n, v.sosh8.id, Coordinator);
    assert_eq!(coordinator.organization_name, "МОУ СОШ № 8");
    assert_eq!(
        (coordinator.joined_on, coordinator.left_on),
        (n.period_from, n.period_to),
        "the coordinator is a member for the whole period"
    );
    let participant = membership_of(&n, v.sosh1.id, Participant);
    assert_eq!(participant.organization_name, "МОУ СОШ № 1");
    assert_eq!(participant.joined_on, day(2021, 9, 1));

    assert_eq!(content(&get_network(&uo, n.id).await), content(&n));
    assert_eq!(content(&get_network(&admin, n.id).await), content(&n));
    assert!(listed(&uo).await.contains(&n.id));
}

#[tokio::test]
async fn only_the_authority_of_the_municipality_creates_networks() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let sergiev = demo_municipality(&admin, demo::SERGIEV_POSAD).await;
    let lyceum = demo_org(&admin, demo::LYCEUM24).await;
    let sosh25 = demo_org(&admin, demo::SOSH25).await;
    let uo = app.demo("volzhsky.uo").await;

    let networks_before = listed(&admin).await;
    let elsewhere = network(sergiev.id, NetworkModel::Cooperation, sosh25.id, vec![]);
    uo.post(routes::NETWORKS, &elsewhere)
        .await
        .assert_field_error("municipality_id", Some("unknown_reference"));

    let in_volzhsky = network(
        v.municipality,
        NetworkModel::Cooperation,
        v.sosh8.id,
        vec![],
    );
    for (who, body) in [
        ("sosh8.coord", &in_volzhsky),
        ("region.integration", &in_volzhsky),
        (
            "lyceum24.director",
            &network(sergiev.id, NetworkModel::Cooperation, lyceum.id, vec![]),
        ),
    ] {
        let c = app.demo(who).await;
        c.post(routes::NETWORKS, body)
            .await
            .problem(403, ErrorCode::Forbidden);
    }

    let unknown = network(
        v.municipality,
        NetworkModel::Cooperation,
        Uuid::new_v4(),
        vec![],
    );
    uo.post(routes::NETWORKS, &unknown)
        .await
        .assert_field_error("coordinator_id", Some("unknown_reference"));
    let mut unknown_member = in_volzhsky.clone();
    unknown_member
        .members
        .push(member(Uuid::new_v4(), Participant, day(2020, 9, 1)));
    uo.post(routes::NETWORKS, &unknown_member)
        .await
        .assert_field_error("members[0].organization_id", Some("unknown_reference"));

    // A network that breaks a membership rule is not created at all.
    let mut early = in_volzhsky.clone();
    early
        .members
        .push(member(v.sosh1.id, Participant, day(2019, 9, 1)));
    let p = uo
        .post(routes::NETWORKS, &early)
        .await
        .problem(422, ErrorCode::MembershipOutsideNetworkPeriod);
    // The refusal points at the member and the field that break the rule.
    let fields: Vec<(&str, &str)> = p
        .errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(
        fields,
        [("members[0].joined_on", "membership_outside_network_period")],
        "{p:?}"
    );

    assert_eq!(listed(&admin).await, networks_before, "nothing was created");
}

#[tokio::test]
async fn members_without_an_end_stay_until_the_network_ends_like_its_coordinator() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let uo = app.demo("volzhsky.uo").await;
    let mut body = network(
        v.municipality,
        NetworkModel::Cooperation,
        v.sosh8.id,
        vec![
            member(v.sosh1.id, Participant, day(2021, 9, 1)),
            member(v.sosh14.id, ResourceCentre, day(2021, 9, 1)),
        ],
    );
    body.network.period_to = Some(day(2024, 8, 31));
    let n = create_network(&uo, &body).await;
    assert!(n.members.iter().all(|m| m.left_on.is_none()), "{n:?}");
    // The second one joins the same school twice in one role: the error names it.
    body.members
        .push(member(v.sosh1.id, Participant, day(2022, 9, 1)));
    let p = uo
        .post(routes::NETWORKS, &body)
        .await
        .problem(422, ErrorCode::SameRoleTwice);
    assert_eq!(p.errors.len(), 1, "{p:?}");
    assert_eq!(p.errors[0].field, "members[2].role");
}

/// Tries a change that breaks `code`; the network must stay as it was.
async fn refused(c: &TestClient, before: &Network, r: Resp, code: ErrorCode) {
    r.problem(422, code);
    assert_eq!(
        content(&get_network(c, before.id).await),
        content(before),
        "after {code:?}"
    );
}

#[tokio::test]
async fn every_membership_rule_has_its_own_code_and_a_refusal_changes_nothing() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let uo = app.demo("volzhsky.uo").await;
    // A network from 2020-09-01 to 2030-08-31; memberships last to its end unless a
    // test says otherwise.
    let end = Some(day(2030, 8, 31));
    let to_end = |org, role, joined_on| MembershipInput {
        left_on: end,
        ..member(org, role, joined_on)
    };
    let mut body = network(
        v.municipality,
        NetworkModel::Cooperation,
        v.sosh8.id,
        vec![to_end(v.sosh1.id, Participant, day(2020, 9, 1))],
    );
    body.network.period_to = end;
    let n = create_network(&uo, &body).await;
    let members = routes::network_members(n.id);
    let coordinator = membership_of(&n, v.sosh8.id, Coordinator).clone();

    let second = to_end(v.sosh14.id, Coordinator, day(2021, 1, 1));
    let r = uo.post(&members, &second).await;
    refused(&uo, &n, r, ErrorCode::TwoCoordinators).await;

    let early = to_end(v.sosh14.id, Participant, day(2019, 9, 1));
    let r = uo.post(&members, &early).await;
    refused(&uo, &n, r, ErrorCode::MembershipOutsideNetworkPeriod).await;
    let late = MembershipInput {
        left_on: Some(day(2031, 5, 31)),
        ..member(v.sosh14.id, Participant, day(2021, 9, 1))
    };
    let r = uo.post(&members, &late).await;
    refused(&uo, &n, r, ErrorCode::MembershipOutsideNetworkPeriod).await;
    let after_the_end = member(v.sosh14.id, Participant, day(2030, 9, 1));
    let r = uo.post(&members, &after_the_end).await;
    refused(&uo, &n, r, ErrorCode::MembershipOutsideNetworkPeriod).await;

    let again = to_end(v.sosh1.id, Participant, day(2022, 1, 10));
    let r = uo.post(&members, &again).await;
    refused(&uo, &n, r, ErrorCode::SameRoleTwice).await;

    let mentored = MembershipInput {
        mentor_id: Some(v.sosh1.id),
        ..to_end(v.sosh14.id, Satellite, day(2021, 9, 1))
    };
    let r = uo.post(&members, &mentored).await;
    refused(&uo, &n, r, ErrorCode::MentorNotAllowed).await;

    let coordinator_path = routes::network_member(n.id, coordinator.id);
    let r = uo.delete(&coordinator_path).await;
    refused(&uo, &n, r, ErrorCode::CoordinatorMissing).await;
    let demoted = MembershipInput {
        left_on: coordinator.left_on,
        ..member(v.sosh8.id, Participant, coordinator.joined_on)
    };
    let r = uo.put(&coordinator_path, &demoted).await;
    refused(&uo, &n, r, ErrorCode::CoordinatorMissing).await;

    // Shortening the period so a membership sticks out breaks the period rule too.
    let mut shorter = network_input_of(&n);
    shorter.period_from = day(2021, 1, 1);
    let r = uo.put(&routes::network(n.id), &shorter).await;
    refused(&uo, &n, r, ErrorCode::MembershipOutsideNetworkPeriod).await;

    // The same organization in another role, and the same role at another time, are fine.
    let r = uo
        .post(
            &members,
            &to_end(v.sosh1.id, ResourceCentre, day(2022, 9, 1)),
        )
        .await;
    let n2 = network_of(&r, 201);
    assert_eq!(n2.members.len(), 3);
    assert_eq!(n2.version, n.version + 1);
    // A membership with no end ends with the network, as the coordinator's does.
    let open_ended = member(v.sosh14.id, Participant, day(2021, 9, 1));
    let n3 = network_of(&uo.post(&members, &open_ended).await, 201);
    assert_eq!(membership_of(&n3, v.sosh14.id, Participant).left_on, None);
}

#[tokio::test]
async fn a_satellite_of_a_mentoring_network_needs_a_partner_member_as_its_mentor() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let uo = app.demo("volzhsky.uo").await;
    let body = network(
        v.municipality,
        NetworkModel::Mentoring,
        v.sosh8.id,
        vec![member(v.sosh1.id, Partner, day(2020, 9, 1))],
    );
    let n = create_network(&uo, &body).await;
    let members = routes::network_members(n.id);

    let alone = member(v.sosh14.id, Satellite, day(2021, 9, 1));
    let r = uo.post(&members, &alone).await;
    refused(&uo, &n, r, ErrorCode::SatelliteWithoutPartner).await;
    let not_a_partner = MembershipInput {
        mentor_id: Some(v.sosh30.id),
        ..alone.clone()
    };
    let r = uo.post(&members, &not_a_partner).await;
    refused(&uo, &n, r, ErrorCode::SatelliteWithoutPartner).await;
    // A mentor must be a partner: the coordinator is not one.
    let coordinator_as_mentor = MembershipInput {
        mentor_id: Some(v.sosh8.id),
        ..alone.clone()
    };
    let r = uo.post(&members, &coordinator_as_mentor).await;
    refused(&uo, &n, r, ErrorCode::SatelliteWithoutPartner).await;
    let unknown_mentor = MembershipInput {
        mentor_id: Some(Uuid::new_v4()),
        ..alone.clone()
    };
    uo.post(&members, &unknown_mentor)
        .await
        .assert_field_error("mentor_id", Some("unknown_reference"));

    let paired = MembershipInput {
        mentor_id: Some(v.sosh1.id),
        ..alone.clone()
    };
    let r = uo.post(&members, &paired).await;
    let n = network_of(&r, 201);
    let satellite = membership_of(&n, v.sosh14.id, Satellite);
    assert_eq!(satellite.mentor_id, Some(v.sosh1.id));
    assert_eq!(satellite.organization_name, "МОУ СОШ № 14");
    assert_eq!(
        r.header("location"),
        Some(routes::network_member(n.id, satellite.id).as_str())
    );

    // The partner cannot leave while its satellite still needs it.
    let partner = membership_of(&n, v.sosh1.id, Partner).clone();
    let r = uo.delete(&routes::network_member(n.id, partner.id)).await;
    refused(&uo, &n, r, ErrorCode::SatelliteWithoutPartner).await;
}

#[tokio::test]
async fn the_coordinator_is_handed_over_in_one_step_only() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let uo = app.demo("volzhsky.uo").await;
    let n = sosh8_network(&app, &v).await;
    let old = membership_of(&n, v.sosh8.id, Coordinator).clone();

    // Step by step, either order leaves a day with no coordinator or with two.
    let shortened = MembershipInput {
        left_on: Some(day(2021, 12, 31)),
        ..member(v.sosh8.id, Coordinator, old.joined_on)
    };
    let r = uo
        .put(&routes::network_member(n.id, old.id), &shortened)
        .await;
    refused(&uo, &n, r, ErrorCode::CoordinatorMissing).await;
    let successor = member(v.sosh14.id, Coordinator, day(2022, 1, 1));
    let r = uo.post(&routes::network_members(n.id), &successor).await;
    refused(&uo, &n, r, ErrorCode::TwoCoordinators).await;

    // The handover ends the old coordinator the day before and starts the new one.
    let handover = serde_json::json!({ "organization_id": v.sosh14.id, "from": "2022-01-01" });
    let path = format!("{}/coordinator", routes::network(n.id));
    let r = post_if(&uo, &path, &etag_of(&n), &handover).await;
    let after = network_of(&r, 200);
    assert_eq!(after.version, n.version + 1);
    let ended = membership_of(&after, v.sosh8.id, Coordinator);
    assert_eq!((ended.id, ended.left_on), (old.id, Some(day(2021, 12, 31))));
    let new = membership_of(&after, v.sosh14.id, Coordinator);
    assert_eq!((new.joined_on, new.left_on), (day(2022, 1, 1), None));
    assert_eq!(new.organization_name, "МОУ СОШ № 14");
    assert_eq!(content(&get_network(&uo, n.id).await), content(&after));

    // СОШ № 8 no longer coordinates: its coordinator still reads the network (a past
    // member), but may not change it; the coordinator of СОШ № 14 now may.
    let sosh8 = app.demo("sosh8.coord").await;
    assert_eq!(content(&get_network(&sosh8, n.id).await), content(&after));
    let newcomer = member(v.sosh17.id, Participant, day(2022, 9, 1));
    sosh8
        .post(&routes::network_members(n.id), &newcomer)
        .await
        .problem(403, ErrorCode::Forbidden);
    let sosh14 = user(&app, &admin, "sosh14.coord", Role::Coordinator, v.sosh14.id).await;
    let centre = member(v.sosh1.id, ResourceCentre, day(2022, 9, 1));
    let r = sosh14.post(&routes::network_members(n.id), &centre).await;
    assert_eq!(network_of(&r, 201).members.len(), 4);
    // A school new to the network comes in only through the authority.
    let p = sosh14
        .post(&routes::network_members(n.id), &newcomer)
        .await
        .problem(403, ErrorCode::Forbidden);
    assert!(
        p.detail.contains("орган управления образованием"),
        "{}",
        p.detail
    );
    let r = uo.post(&routes::network_members(n.id), &newcomer).await;
    assert_eq!(network_of(&r, 201).members.len(), 5);

    // A stale ETag refuses a handover too.
    let r = post_if(&uo, &path, &etag_of(&n), &handover).await;
    r.problem(412, ErrorCode::PreconditionFailed);
}

#[tokio::test]
async fn the_coordinator_manages_members_read_and_outsiders_see_nothing() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let n = sosh8_network(&app, &v).await;
    let members = routes::network_members(n.id);
    let path = routes::network(n.id);

    let coord = app.demo("sosh8.coord").await;
    assert_eq!(content(&get_network(&coord, n.id).await), content(&n));
    // The coordinator does not bring a new school in (it would open the school's
    // records to every member without the school agreeing); the authority does.
    let joining = member(v.sosh14.id, Participant, day(2021, 9, 1));
    coord
        .post(&members, &joining)
        .await
        .problem(403, ErrorCode::Forbidden);
    assert_eq!(content(&get_network(&coord, n.id).await), content(&n));
    let uo = app.demo("volzhsky.uo").await;
    let n = network_of(&uo.post(&members, &joining).await, 201);
    // Then the coordinator changes its dates like any member's.
    let sosh14_member = membership_of(&n, v.sosh14.id, Participant).clone();
    let later = member(v.sosh14.id, Participant, day(2021, 10, 1));
    let r = coord
        .put(&routes::network_member(n.id, sosh14_member.id), &later)
        .await;
    let n = network_of(&r, 200);
    let sosh14_member = membership_of(&n, v.sosh14.id, Participant);
    assert_eq!(sosh14_member.organization_name, "МОУ СОШ № 14");
    assert_eq!(sosh14_member.joined_on, day(2021, 10, 1));
    let mut renamed = network_input_of(&n);
    renamed.goal = "Новая цель".into();
    let r = coord.put(&path, &renamed).await;
    let n = network_of(&r, 200);
    assert_eq!(n.goal, "Новая цель");
    coord.delete(&path).await.problem(403, ErrorCode::Forbidden);

    // A coordinator account of a member school that does not coordinate: reads only.
    let sosh14 = user(&app, &admin, "sosh14.coord", Role::Coordinator, v.sosh14.id).await;
    // A teacher and a director of a member school: read only.
    let teacher = user(&app, &admin, "sosh1.teacher", Role::Teacher, v.sosh1.id).await;
    let director = user(
        &app,
        &admin,
        "sosh1.director",
        Role::SchoolAdmin,
        v.sosh1.id,
    )
    .await;
    let newcomer = member(v.sosh17.id, Participant, day(2022, 9, 1));
    for c in [&sosh14, &teacher, &director] {
        assert_eq!(content(&get_network(c, n.id).await), content(&n));
        assert!(listed(c).await.contains(&n.id));
        c.post(&members, &newcomer)
            .await
            .problem(403, ErrorCode::Forbidden);
        c.put(&path, &renamed)
            .await
            .problem(403, ErrorCode::Forbidden);
        let sosh1 = membership_of(&n, v.sosh1.id, Participant);
        c.delete(&routes::network_member(n.id, sosh1.id))
            .await
            .problem(403, ErrorCode::Forbidden);
    }

    // Outsiders: a coordinator of another Волжский school and a director elsewhere.
    let sosh30 = user(&app, &admin, "sosh30.coord", Role::Coordinator, v.sosh30.id).await;
    let lyceum = app.demo("lyceum24.director").await;
    let lyceum_teacher = app.demo("lyceum24.teacher").await;
    for c in [&sosh30, &lyceum, &lyceum_teacher] {
        c.get(&path).await.problem(404, ErrorCode::NotFound);
        assert!(!listed(c).await.contains(&n.id));
        c.post(&members, &newcomer)
            .await
            .problem(404, ErrorCode::NotFound);
        c.put(&path, &renamed)
            .await
            .problem(404, ErrorCode::NotFound);
        c.delete(&path).await.problem(404, ErrorCode::NotFound);
    }
    assert_eq!(
        content(&get_network(&admin, n.id).await),
        content(&n),
        "nothing changed"
    );
}

#[tokio::test]
async fn lists_show_only_the_networks_the_caller_may_see() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let sergiev = demo_municipality(&admin, demo::SERGIEV_POSAD).await;
    let sosh25 = demo_org(&admin, demo::SOSH25).await;
    let uo = app.demo("volzhsky.uo").await;
    let who = [
        "admin",
        "volzhsky.uo",
        "sosh8.coord",
        "sosh25.director",
        "lyceum24.director",
        "lyceum24.teacher",
    ];
    let mut clients = Vec::new();
    for name in who {
        let c = app.demo(name).await;
        // Whatever the demo data already holds stays listed as it was.
        let before = listed(&c).await;
        clients.push((name, c, before));
    }

    let in_volzhsky = sosh8_network(&app, &v).await;
    let other_volzhsky = create_network(
        &uo,
        &network(
            v.municipality,
            NetworkModel::ResourceCentre,
            v.sosh30.id,
            vec![],
        ),
    )
    .await;
    let in_sergiev = create_network(
        &admin,
        &network(sergiev.id, NetworkModel::Mixed, sosh25.id, vec![]),
    )
    .await;

    for (name, c, before) in &clients {
        let added: Vec<Uuid> = match *name {
            "admin" => vec![in_volzhsky.id, other_volzhsky.id, in_sergiev.id],
            "volzhsky.uo" => vec![in_volzhsky.id, other_volzhsky.id],
            "sosh8.coord" => vec![in_volzhsky.id],
            "sosh25.director" => vec![in_sergiev.id],
            _ => vec![],
        };
        let mut expected = before.clone();
        expected.extend(added);
        assert_eq!(listed(c).await, sorted(expected), "{name}");
    }
    uo.get(&routes::network(in_sergiev.id))
        .await
        .problem(404, ErrorCode::NotFound);
    let lyceum = app.demo("lyceum24.director").await;
    for id in [in_volzhsky.id, other_volzhsky.id, in_sergiev.id] {
        lyceum
            .get(&routes::network(id))
            .await
            .problem(404, ErrorCode::NotFound);
    }

    let r = uo.get(&format!("{}?q=инженерный", routes::NETWORKS)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let found: Vec<Uuid> = r
        .json::<Page<NetworkSummary>>()
        .items
        .into_iter()
        .map(|n| n.id)
        .collect();
    assert_eq!(
        sorted(found),
        sorted(vec![in_volzhsky.id, other_volzhsky.id])
    );
}

#[tokio::test]
async fn stale_etags_are_refused_and_every_change_bumps_the_version() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let uo = app.demo("volzhsky.uo").await;
    let n1 = sosh8_network(&app, &v).await;
    let path = routes::network(n1.id);
    let members = routes::network_members(n1.id);
    assert_eq!(get_network(&uo, n1.id).await.version, n1.version);

    let r = post_if(
        &uo,
        &members,
        &etag_of(&n1),
        &member(v.sosh14.id, Participant, day(2021, 9, 1)),
    )
    .await;
    let n2 = network_of(&r, 201);
    assert_eq!(n2.version, n1.version + 1);

    let stale = etag_of(&n1);
    let newcomer = member(v.sosh17.id, Participant, day(2022, 9, 1));
    post_if(&uo, &members, &stale, &newcomer)
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    uo.put_if(&path, &stale, &network_input_of(&n2))
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    let sosh14 = membership_of(&n2, v.sosh14.id, Participant).clone();
    let member_path = routes::network_member(n1.id, sosh14.id);
    let shorter = MembershipInput {
        left_on: Some(day(2023, 5, 31)),
        ..member(v.sosh14.id, Participant, day(2021, 9, 1))
    };
    uo.put_if(&member_path, &stale, &shorter)
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    uo.delete_if(&member_path, &stale)
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    uo.delete_if(&path, &stale)
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    assert_eq!(
        content(&get_network(&uo, n1.id).await),
        content(&n2),
        "nothing changed"
    );

    let r = uo.put_if(&member_path, &etag_of(&n2), &shorter).await;
    let n3 = network_of(&r, 200);
    assert_eq!(n3.version, n2.version + 1);
    let changed = membership_of(&n3, v.sosh14.id, Participant);
    assert_eq!(changed.left_on, Some(day(2023, 5, 31)));
    assert_eq!(changed.version, sosh14.version + 1);

    let r = uo.delete_if(&member_path, &etag_of(&n3)).await;
    let n4 = network_of(&r, 200);
    assert_eq!(n4.version, n3.version + 1);
    assert!(n4.members.iter().all(|m| m.id != sosh14.id));

    let mut renamed = network_input_of(&n4);
    renamed.name = "Сеть «Технология»".into();
    let r = uo.put_if(&path, &etag_of(&n4), &renamed).await;
    let n5 = network_of(&r, 200);
    assert_eq!(
        (n5.version, n5.name.as_str()),
        (n4.version + 1, "Сеть «Технология»")
    );
    assert_eq!(content(&get_network(&uo, n1.id).await), content(&n5));

    // Without If-Match the change applies to whatever is current.
    let r = uo.post(&members, &newcomer).await;
    assert_eq!(network_of(&r, 201).version, n5.version + 1);

    let current = get_network(&uo, n1.id).await;
    let r = uo.delete_if(&path, &etag_of(&current)).await;
    assert_eq!(r.status, 204, "{}", r.text);
    uo.get(&path).await.problem(404, ErrorCode::NotFound);
    assert!(!listed(&uo).await.contains(&n1.id));
}

#[tokio::test]
async fn a_network_makes_its_members_visible_to_each_other_read_only() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    // New schools, so that no demo network links them to anyone yet.
    let newcomer = create_org(&admin, &school(v.municipality, "МОУ СОШ № 99")).await;
    let outsider = create_org(&admin, &school(v.municipality, "МОУ СОШ № 98")).await;
    let director = user(
        &app,
        &admin,
        "sosh99.director",
        Role::SchoolAdmin,
        newcomer.id,
    )
    .await;
    let sosh8_path = routes::organization(v.sosh8.id);

    director
        .get(&sosh8_path)
        .await
        .problem(404, ErrorCode::NotFound);
    director
        .put(&sosh8_path, &input_of(&v.sosh8))
        .await
        .problem(404, ErrorCode::NotFound);
    let seen: Vec<_> = all_orgs(&director)
        .await
        .into_iter()
        .map(|o| o.id)
        .collect();
    assert_eq!(seen, [newcomer.id]);

    let uo = app.demo("volzhsky.uo").await;
    let body = network(
        v.municipality,
        NetworkModel::Cooperation,
        v.sosh8.id,
        vec![member(newcomer.id, Participant, day(2020, 9, 1))],
    );
    create_network(&uo, &body).await;

    let r = director.get(&sosh8_path).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json::<Organization>().short_name, "МОУ СОШ № 8");
    director
        .put(&sosh8_path, &input_of(&v.sosh8))
        .await
        .problem(403, ErrorCode::Forbidden);
    director
        .delete(&sosh8_path)
        .await
        .problem(403, ErrorCode::Forbidden);
    let seen: Vec<_> = all_orgs(&director)
        .await
        .into_iter()
        .map(|o| o.id)
        .collect();
    assert_eq!(sorted(seen), sorted(vec![newcomer.id, v.sosh8.id]));
    // A school outside the network stays invisible.
    director
        .get(&routes::organization(outsider.id))
        .await
        .problem(404, ErrorCode::NotFound);
    // And the peer's own school stays its own to edit.
    let mut renamed = input_of(&newcomer);
    renamed.short_name = "МОУ СОШ № 99 им. Гагарина".into();
    let r = director
        .put(&routes::organization(newcomer.id), &renamed)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
}

/// The membership records of network `id`, as the administrator reads the audit.
async fn membership_audit(admin: &TestClient, id: Uuid) -> Vec<AuditEntry> {
    let r = admin
        .get(&format!(
            "{}?entity_type=membership&limit=500",
            routes::AUDIT
        ))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let page = r.json::<Page<AuditEntry>>();
    assert!(page.next_cursor.is_none(), "more than 500 records");
    assert!(page.items.iter().all(|e| e.entity_type == "membership"));
    page.items
        .into_iter()
        .filter(|e| {
            let of = |v: &Option<serde_json::Value>| {
                v.as_ref()
                    .is_some_and(|v| v["network_id"] == id.to_string())
            };
            of(&e.after) || of(&e.before)
        })
        .collect()
}

#[tokio::test]
async fn membership_changes_are_audited() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let n = sosh8_network(&app, &v).await;
    let coord = app.demo("sosh8.coord").await;
    // СОШ № 1, a member already, becomes a resource centre too.
    let r = coord
        .post(
            &routes::network_members(n.id),
            &member(v.sosh1.id, ResourceCentre, day(2021, 9, 1)),
        )
        .await;
    let n = network_of(&r, 201);

    let entries = membership_audit(&admin, n.id).await;
    assert!(entries.iter().all(|e| e.action == "create"), "{entries:?}");
    let mut ids: Vec<String> = entries.iter().filter_map(|e| e.entity_id.clone()).collect();
    ids.sort();
    let mut expected: Vec<String> = n.members.iter().map(|m| m.id.to_string()).collect();
    expected.sort();
    assert_eq!(ids, expected, "one record per membership created");
    let added = entries
        .iter()
        .find(|e| {
            e.after
                .as_ref()
                .is_some_and(|a| a["role"] == "resource_centre")
        })
        .expect("the record of the added membership");
    assert_eq!(added.actor_name, "sosh8.coord");
    assert!(added.before.is_none());
    assert_eq!(
        added.after.as_ref().map(|a| a["organization_id"].clone()),
        Some(v.sosh1.id.to_string().into())
    );
    assert_eq!(
        entries
            .iter()
            .filter(|e| e.actor_name == "volzhsky.uo")
            .count(),
        2,
        "the coordinator and the participant at creation"
    );

    // A refused change writes nothing; a removal is recorded with what was removed.
    let again = member(v.sosh1.id, ResourceCentre, day(2022, 1, 1));
    coord
        .post(&routes::network_members(n.id), &again)
        .await
        .problem(422, ErrorCode::SameRoleTwice);
    assert_eq!(membership_audit(&admin, n.id).await.len(), entries.len());
    let centre = membership_of(&n, v.sosh1.id, ResourceCentre);
    let r = coord.delete(&routes::network_member(n.id, centre.id)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let entries = membership_audit(&admin, n.id).await;
    assert_eq!(entries[0].action, "delete", "newest first");
    assert_eq!(entries[0].entity_id, Some(centre.id.to_string()));
    assert!(entries[0].after.is_none());
}

/// The body a membership change answers with is the network as a `GET` returns it next.
#[tokio::test]
async fn a_membership_change_answers_with_the_stored_network() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let uo = app.demo("volzhsky.uo").await;
    let n = sosh8_network(&app, &v).await;
    let r = uo
        .post(
            &routes::network_members(n.id),
            &member(v.sosh14.id, Participant, day(2021, 9, 1)),
        )
        .await;
    let added = network_of(&r, 201);
    assert!(added.updated_at > n.updated_at, "updated_at moves on");
    assert_eq!(get_network(&uo, n.id).await, added);
}

/// A change by someone who may not see the network is refused before its body is
/// looked at: otherwise the 422 tells an outsider which organization ids exist.
#[tokio::test]
async fn an_outsider_gets_404_whatever_it_sends() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let n = sosh8_network(&app, &v).await;
    let lyceum = app.demo("lyceum24.director").await;
    let bogus = member(Uuid::new_v4(), Participant, day(2021, 9, 1));
    lyceum
        .post(&routes::network_members(n.id), &bogus)
        .await
        .problem(404, ErrorCode::NotFound);
}

/// Schools of the municipality join its network; the authority cannot enrol a school it
/// does not see (which would also open the other municipality's school to the network's
/// members and vice versa).
#[tokio::test]
async fn the_authority_cannot_enrol_a_school_of_another_municipality() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let v = volzhsky(&admin).await;
    let lyceum = demo_org(&admin, demo::LYCEUM24).await;
    let uo = app.demo("volzhsky.uo").await;
    let n = sosh8_network(&app, &v).await;
    let r = uo
        .post(
            &routes::network_members(n.id),
            &member(lyceum.id, Participant, day(2021, 9, 1)),
        )
        .await;
    r.assert_field_error("organization_id", Some("unknown_reference"));
    let body: NetworkCreate = network(
        v.municipality,
        NetworkModel::Cooperation,
        v.sosh8.id,
        vec![member(lyceum.id, Participant, day(2021, 9, 1))],
    );
    uo.post(routes::NETWORKS, &body)
        .await
        .assert_field_error("members[0].organization_id", Some("unknown_reference"));
}
