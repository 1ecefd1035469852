//! Saving a record unchanged is no change: the version stays (so another user's `If-Match`
//! still holds) and the audit log records nothing — for every aggregate alike.

use wire::group::Group;
use wire::municipality::{Municipality, MunicipalityInput};
use wire::network::{Network, NetworkSummary};
use wire::organization::Organization;
use wire::programme::{Programme, ProgrammeInput};
use wire::staff::Staff;
use wire::user::{User, UserUpdate};
use wire::{Page, routes};

use crate::builders::{
    create_staff, demo_municipality, demo_org, input_of, network_input_of, staff_input,
};
use crate::helpers::{TestApp, spawn_demo_app};

async fn audit_rows(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) AS n FROM audit_log").await
}

/// PUTs `body` to `path` at `version` and checks that nothing changed.
async fn put_unchanged<T: serde::Serialize>(
    app: &TestApp,
    c: &crate::client::TestClient,
    path: &str,
    version: i32,
    body: &T,
) {
    let before = audit_rows(app).await;
    let r = c.put_if(path, &format!("\"{version}\""), body).await;
    assert_eq!(r.status, 200, "{path}: {}", r.text);
    let after: serde_json::Value = r.json();
    assert_eq!(after["version"], version, "{path}: the version stays");
    assert_eq!(audit_rows(app).await, before, "{path}: nothing audited");
    // The same If-Match still holds.
    let again = c.put_if(path, &format!("\"{version}\""), body).await;
    assert_eq!(again.status, 200, "{path} again: {}", again.text);
}

#[tokio::test]
async fn an_unchanged_put_keeps_the_version_and_writes_no_audit_record() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;

    let m: Municipality = demo_municipality(&admin, "34-volzhsky").await;
    let input = MunicipalityInput {
        name: m.name.clone(),
        region: m.region.clone(),
        authority_name: m.authority_name.clone(),
        external_id: m.external_id.clone(),
        time_zone: Some(m.time_zone.clone()),
    };
    put_unchanged(&app, &admin, &routes::municipality(m.id), m.version, &input).await;

    let o: Organization = demo_org(&admin, "volzhsky-sosh-8").await;
    put_unchanged(
        &app,
        &admin,
        &routes::organization(o.id),
        o.version,
        &input_of(&o),
    )
    .await;

    let s: Staff = create_staff(&admin, o.id, "Орлова").await;
    let body = staff_input("Орлова");
    put_unchanged(&app, &admin, &routes::staff_member(s.id), s.version, &body).await;

    let page: Page<NetworkSummary> = admin.get(routes::NETWORKS).await.json();
    let listed = page.items.first().expect("a demo network");
    let n: Network = admin.get(&routes::network(listed.id)).await.json();
    let path = routes::network(n.id);
    put_unchanged(&app, &admin, &path, n.version, &network_input_of(&n)).await;

    let mut programme = None;
    let mut group = None;
    for listed in &page.items {
        let ps: Page<Programme> = admin
            .get(&routes::network_programmes(listed.id))
            .await
            .json();
        programme = programme.or_else(|| ps.items.first().cloned());
        let gs: Page<Group> = admin.get(&routes::network_groups(listed.id)).await.json();
        group = group.or_else(|| gs.items.first().cloned());
    }
    let p = programme.expect("a demo programme");
    let body = ProgrammeInput {
        code: p.code.clone(),
        title: p.title.clone(),
        subject_area: p.subject_area.clone(),
        module: p.module.clone(),
        level: p.level,
        grade_from: p.grade_from,
        grade_to: p.grade_to,
        total_hours: p.total_hours,
        hours_per_week: p.hours_per_week,
        delivery_mode: p.delivery_mode,
        assessment_form: p.assessment_form,
        provider_ids: p.provider_ids.clone(),
        status: p.status,
        external_id: p.external_id.clone(),
    };
    put_unchanged(&app, &admin, &routes::programme(p.id), p.version, &body).await;

    // A group with its teachers and schools (rows of their own) saved as they are.
    let g = group.expect("a demo group");
    assert!(!g.input.teacher_ids.is_empty() && !g.input.participant_ids.is_empty());
    put_unchanged(&app, &admin, &routes::group(g.id), g.version, &g.input).await;

    let users: Page<User> = admin.get(routes::USERS).await.json();
    let u = users
        .items
        .iter()
        .find(|u| u.username == "lyceum24.teacher")
        .expect("a demo teacher");
    let body = UserUpdate {
        display_name: u.display_name.clone(),
        role: u.role,
        municipality_id: u.municipality_id,
        organization_id: u.organization_id,
        disabled: u.disabled,
    };
    put_unchanged(&app, &admin, &routes::user(u.id), u.version, &body).await;
}

/// A stored value that names no variant is corrupt data: the request fails with 500
/// (the cause logged), and nothing guesses a default in its place.
#[tokio::test]
async fn an_unknown_stored_enum_is_an_error_not_a_guess() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let page: Page<NetworkSummary> = admin.get(routes::NETWORKS).await.json();
    let id = page.items.first().expect("a demo network").id;
    let changed = app
        .sql(&format!(
            "UPDATE networks SET status = 'paused' WHERE id = {}",
            app.uuid_sql(id)
        ))
        .await;
    assert_eq!(changed, 1);
    admin
        .get(&routes::network(id))
        .await
        .problem(500, wire::ErrorCode::Internal);
    admin
        .get(routes::NETWORKS)
        .await
        .problem(500, wire::ErrorCode::Internal);
}

/// A group's stored place that is no place is corrupt data too: the group, its sessions
/// and the network's timetable answer 500 instead of showing the group online nowhere.
#[tokio::test]
async fn a_stored_place_that_is_no_place_is_an_error() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let page: Page<NetworkSummary> = admin.get(routes::NETWORKS).await.json();
    let mut found = None;
    for n in &page.items {
        let gs: Page<Group> = admin.get(&routes::network_groups(n.id)).await.json();
        if let Some(g) = gs.items.first() {
            found = Some((n.id, g.id));
            break;
        }
    }
    let (network, group) = found.expect("a demo group");
    assert_eq!(admin.get(&routes::group(group)).await.status, 200);
    let changed = app
        .sql(&format!(
            "UPDATE study_groups SET place = '{{\"type\": \"balloon\"}}' WHERE id = {}",
            app.uuid_sql(group)
        ))
        .await;
    assert_eq!(changed, 1);
    for path in [
        routes::group(group),
        routes::group_sessions(group),
        routes::network_timetable(network),
    ] {
        admin
            .get(&path)
            .await
            .problem(500, wire::ErrorCode::Internal);
    }
}
