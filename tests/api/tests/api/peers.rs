//! What network peers see of each other (PRODUCT.md §2): names, kind and calendars, and
//! of the staff only those who teach in a network both share — while both memberships
//! are current. An integration account scoped to one school acts on that school only,
//! never on a peer it merely sees.

use domain::network::{MembershipRole, NetworkModel};
use wire::calendar::CalendarSummary;
use wire::figures::YearlyFiguresInput;
use wire::network::MembershipInput;
use wire::organization::Organization;
use wire::staff::Staff;
use wire::{ErrorCode, Page, Role, routes};

use crate::builders::{
    USER_PASSWORD, create_municipality, create_network, create_org, create_org_user, day, demo,
    demo_org, input_of, member, network, school, staff_input,
};
use crate::client::TestClient;
use crate::helpers::{spawn_app, spawn_demo_app};

async fn staff_names(c: &TestClient, org: uuid::Uuid) -> Vec<String> {
    let r = c
        .get(&format!("{}?limit=200", routes::organization_staff(org)))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let mut names: Vec<String> = r
        .json::<Page<Staff>>()
        .items
        .into_iter()
        .map(|s| s.last_name)
        .collect();
    names.sort();
    names
}

async fn staff_of(c: &TestClient, org: uuid::Uuid) -> Vec<Staff> {
    let r = c
        .get(&format!("{}?limit=200", routes::organization_staff(org)))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    r.json::<Page<Staff>>().items
}

async fn calendar_year(c: &TestClient, org: uuid::Uuid) -> String {
    let r = c.get(&routes::organization_calendars(org)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let years: Vec<CalendarSummary> = r.json::<Page<CalendarSummary>>().items;
    years
        .first()
        .map(|y| y.year.replace('/', "-"))
        .expect("the demo school has a calendar")
}

#[tokio::test]
async fn an_integration_of_one_school_changes_that_school_and_never_its_peers() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let lyceum = demo_org(&admin, demo::LYCEUM24).await;
    let sosh25 = demo_org(&admin, demo::SOSH25).await;
    create_org_user(&admin, "lyceum24.sync", Role::Integration, lyceum.id).await;
    let sync = app.login("lyceum24.sync", USER_PASSWORD).await;

    // СОШ №25 shares the seed 000 network with Лицей №24: visible, with its calendar.
    let r = sync.get(&routes::organization(sosh25.id)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let year = calendar_year(&sync, sosh25.id).await;
    let calendar = sync
        .get(&routes::organization_calendar(sosh25.id, &year))
        .await;
    assert_eq!(calendar.status, 200, "{}", calendar.text);

    // But nothing of it is the integration's to change.
    sync.put(&routes::organization(sosh25.id), &input_of(&sosh25))
        .await
        .problem(403, ErrorCode::Forbidden);
    sync.delete(&routes::organization(sosh25.id))
        .await
        .problem(403, ErrorCode::Forbidden);
    sync.post(
        &routes::organization_staff(sosh25.id),
        &staff_input("Посторонний"),
    )
    .await
    .problem(403, ErrorCode::Forbidden);
    let figures = YearlyFiguresInput {
        students_total: 1,
        teachers_total: 1,
    };
    sync.put(
        &routes::organization_figures_year(sosh25.id, &year),
        &figures,
    )
    .await
    .problem(403, ErrorCode::Forbidden);
    sync.put(
        &routes::organization_calendar(sosh25.id, &year),
        &calendar.body,
    )
    .await
    .problem(403, ErrorCode::Forbidden);
    let after: Organization = admin.get(&routes::organization(sosh25.id)).await.json();
    assert_eq!(after, sosh25, "СОШ №25 unchanged");

    // Its own school: the details, staff and figures; the authority's fields stay the
    // authority's.
    let mut renamed = input_of(&lyceum);
    renamed.address = Some("г. Сергиев Посад, ул. Новая, д. 2".into());
    let r = sync.put(&routes::organization(lyceum.id), &renamed).await;
    assert_eq!(r.status, 200, "{}", r.text);
    renamed.low_results = true;
    sync.put(&routes::organization(lyceum.id), &renamed)
        .await
        .problem(403, ErrorCode::FieldNotEditable);
    let r = sync
        .post(
            &routes::organization_staff(lyceum.id),
            &staff_input("Новикова"),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let r = sync
        .put(
            &routes::organization_figures_year(lyceum.id, &year),
            &figures,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
}

#[tokio::test]
async fn a_peer_sees_the_teachers_of_the_network_not_the_staff_list_or_figures() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let lyceum = demo_org(&admin, demo::LYCEUM24).await;
    let director = app.demo("lyceum24.director").await;
    let peer = app.demo("sosh25.director").await;
    let sosh25 = demo_org(&admin, demo::SOSH25).await;
    create_org_user(&admin, "sosh25.teacher", Role::Teacher, sosh25.id).await;
    let peer_teacher = app.login("sosh25.teacher", USER_PASSWORD).await;

    // The school itself sees its whole staff; Мельников teaches the demo group
    // «Робототехника» of the seed 000 network.
    let own = staff_names(&director, lyceum.id).await;
    assert!(own.len() > 1, "{own:?}");
    assert!(own.contains(&"Мельников".to_owned()));
    for c in [&peer, &peer_teacher] {
        assert_eq!(staff_names(c, lyceum.id).await, ["Мельников"]);
        c.get(&routes::organization_figures(lyceum.id))
            .await
            .problem(403, ErrorCode::Forbidden);
    }
    let everyone = staff_of(&director, lyceum.id).await;
    let teacher = everyone
        .iter()
        .find(|s| s.last_name == "Мельников")
        .expect("the group's teacher");
    let other = everyone
        .iter()
        .find(|s| s.last_name != "Мельников")
        .expect("someone who teaches no network group");
    let r = peer.get(&routes::staff_member(teacher.id)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    peer.get(&routes::staff_member(other.id))
        .await
        .problem(404, ErrorCode::NotFound);
    peer.put(&routes::staff_member(other.id), &staff_input("Другая"))
        .await
        .problem(404, ErrorCode::NotFound);
    peer.get(&routes::staff_ics(other.id))
        .await
        .problem(404, ErrorCode::NotFound);
    // The authority sees every school's staff and figures.
    let r = admin.get(&routes::organization_figures(lyceum.id)).await;
    assert_eq!(r.status, 200, "{}", r.text);
}

#[tokio::test]
async fn a_school_that_left_a_network_is_no_peer_any_more() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Николаевский муниципальный район").await;
    let [coordinator, current, left, joining] =
        ["МОУ СОШ № 1", "МОУ СОШ № 2", "МОУ СОШ № 3", "МОУ СОШ № 4"].map(|name| school(m.id, name));
    let coordinator = create_org(&admin, &coordinator).await;
    let current = create_org(&admin, &current).await;
    let left = create_org(&admin, &left).await;
    let joining = create_org(&admin, &joining).await;
    let members = vec![
        MembershipInput {
            left_on: Some(day(2021, 8, 31)),
            ..member(left.id, MembershipRole::Participant, day(2020, 9, 1))
        },
        member(joining.id, MembershipRole::Participant, day(2099, 9, 1)),
        member(current.id, MembershipRole::Participant, day(2020, 9, 1)),
    ];
    create_network(
        &admin,
        &network(m.id, NetworkModel::Cooperation, coordinator.id, members),
    )
    .await;
    for (name, org) in [("current.director", current.id), ("left.director", left.id)] {
        create_org_user(&admin, name, Role::SchoolAdmin, org).await;
    }
    let current_director = app.login("current.director", USER_PASSWORD).await;
    let left_director = app.login("left.director", USER_PASSWORD).await;

    // СОШ № 2 works with СОШ № 1 today; СОШ № 3 left years ago, СОШ № 4 has not joined
    // yet: neither is a peer.
    let r = current_director
        .get(&routes::organization(coordinator.id))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    for gone in [left.id, joining.id] {
        current_director
            .get(&routes::organization(gone))
            .await
            .problem(404, ErrorCode::NotFound);
    }
    for school in [coordinator.id, current.id] {
        left_director
            .get(&routes::organization(school))
            .await
            .problem(404, ErrorCode::NotFound);
    }
}
