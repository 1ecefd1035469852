//! Network programmes: created by those who manage the network, read by its members,
//! invisible to everyone else; providers must be members.

use domain::network::{MembershipRole, NetworkModel};
use domain::programme::{AssessmentForm, DeliveryMode, EducationLevel, ProgrammeStatus};
use wire::ErrorCode;
use wire::network::Network;
use wire::programme::{Programme, ProgrammeInput};
use wire::routes;

use crate::builders::{create_network, demo_municipality, demo_org, member, network};
use crate::helpers::{TestApp, spawn_demo_app};

fn robotics(provider: uuid::Uuid) -> ProgrammeInput {
    ProgrammeInput {
        code: "ТЕХ-РОБ".into(),
        title: "Технология".into(),
        subject_area: "Технология".into(),
        module: Some("Робототехника".into()),
        level: EducationLevel::Ooo,
        grade_from: 5,
        grade_to: 8,
        total_hours: 34,
        hours_per_week: 1.0,
        delivery_mode: DeliveryMode::InPerson,
        assessment_form: AssessmentForm::PassFail,
        provider_ids: vec![provider],
        status: ProgrammeStatus::Approved,
        external_id: None,
    }
}

/// The Волжский authority's network: СОШ № 8 coordinates, СОШ № 14 is a resource centre.
async fn volzhsky_network(app: &TestApp) -> (Network, uuid::Uuid, uuid::Uuid) {
    let admin = app.demo("admin").await;
    let m = demo_municipality(&admin, "34-volzhsky").await;
    let s8 = demo_org(&admin, "volzhsky-sosh-8").await;
    let s14 = demo_org(&admin, "volzhsky-sosh-14").await;
    let authority = app.demo("volzhsky.uo").await;
    let n = create_network(
        &authority,
        &network(
            m.id,
            NetworkModel::ResourceCentre,
            s8.id,
            vec![member(
                s14.id,
                MembershipRole::ResourceCentre,
                crate::builders::day(2020, 9, 1),
            )],
        ),
    )
    .await;
    (n, s8.id, s14.id)
}

#[tokio::test]
async fn the_coordinator_adds_a_programme_members_read_it_outsiders_do_not_see_it() {
    let app = spawn_demo_app().await;
    let (n, _, s14) = volzhsky_network(&app).await;
    let coord = app.demo("sosh8.coord").await;
    let r = coord
        .post(&routes::network_programmes(n.id), &robotics(s14))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.header("etag"), Some("\"1\""));
    let p: Programme = r.json();
    assert_eq!(
        r.header("location").map(str::to_owned),
        Some(routes::programme(p.id))
    );
    assert_eq!(p.module.as_deref(), Some("Робототехника"));
    assert_eq!(p.hours_per_week, 1.0);

    let list = coord.get(&routes::network_programmes(n.id)).await;
    assert_eq!(list.status, 200);
    let page: wire::Page<Programme> = list.json();
    assert_eq!(page.items.len(), 1);

    let outsider = app.demo("lyceum24.director").await;
    outsider
        .get(&routes::programme(p.id))
        .await
        .problem(404, ErrorCode::NotFound);
    outsider
        .get(&routes::network_programmes(n.id))
        .await
        .problem(404, ErrorCode::NotFound);

    // The authority manages too; a stale ETag is refused.
    let authority = app.demo("volzhsky.uo").await;
    let mut changed = robotics(s14);
    changed.total_hours = 68;
    changed.hours_per_week = 2.0;
    let r = authority
        .put_if(&routes::programme(p.id), "\"1\"", &changed)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.header("etag"), Some("\"2\""));
    authority
        .put_if(&routes::programme(p.id), "\"1\"", &changed)
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    let r = authority.delete_if(&routes::programme(p.id), "\"2\"").await;
    assert_eq!(r.status, 204);
    coord
        .get(&routes::programme(p.id))
        .await
        .problem(404, ErrorCode::NotFound);
}

#[tokio::test]
async fn programme_rules_are_reported_per_field() {
    let app = spawn_demo_app().await;
    let (n, s8, _) = volzhsky_network(&app).await;
    let coord = app.demo("sosh8.coord").await;
    let stranger = demo_org(&app.demo("admin").await, "volzhsky-sosh-1").await;
    let mut bad = robotics(stranger.id);
    bad.grade_to = 11; // not ООО
    bad.total_hours = 0;
    let r = coord.post(&routes::network_programmes(n.id), &bad).await;
    let p = r.problem(422, ErrorCode::ValidationFailed);
    for field in ["grade_to", "total_hours", "provider_ids"] {
        assert!(
            p.errors.iter().any(|e| e.field == field),
            "{field} missing in {:?}",
            p.errors
        );
    }
    // The message names the grades of the level, not of school in general.
    let grade = p.errors.iter().find(|e| e.field == "grade_to").unwrap();
    assert_eq!(grade.message, "Допустимо от 5 до 9", "ООО is grades 5–9");
    // The same code twice in one network clashes.
    assert_eq!(
        coord
            .post(&routes::network_programmes(n.id), &robotics(s8))
            .await
            .status,
        201
    );
    let p = coord
        .post(&routes::network_programmes(n.id), &robotics(s8))
        .await
        .problem(409, ErrorCode::DuplicateProgrammeCode);
    assert_eq!(p.errors[0].field, "code");
}

#[tokio::test]
async fn members_that_do_not_manage_the_network_cannot_add_programmes() {
    let app = spawn_demo_app().await;
    let (n, _, s14) = volzhsky_network(&app).await;
    let admin = app.demo("admin").await;
    let s14_admin =
        crate::builders::create_org_user(&admin, "sosh14.admin", domain::Role::SchoolAdmin, s14)
            .await;
    let member = app
        .login(&s14_admin.username, crate::builders::USER_PASSWORD)
        .await;
    assert_eq!(
        member.get(&routes::network_programmes(n.id)).await.status,
        200
    );
    member
        .post(&routes::network_programmes(n.id), &robotics(s14))
        .await
        .problem(403, ErrorCode::Forbidden);
}
