//! The world the authorization matrix probes (/work/policy-matrix.md), built through the
//! API by the administrator of a non-demo app, and one signed-in client per role.
//!
//! Municipality M with schools K (coordinator of N), A (resource centre and provider),
//! B (participant, home school), C (outside the network) and E (left N last school
//! year); municipality X with school D. Network N runs from the previous school year
//! with no end; programme P of N by A; agreement Ag (base B, parties A and B, covering P)
//! awaiting signatures; staff T of A (the account `teach_G`) teaches group G of P, whose
//! sessions S are generated over A's calendar; staff U of A teaches nothing; documents on
//! N, P and Ag (the last attached by `sa_A`); calendar feeds of `teach_G` for G.

use domain::network::{MembershipRole, NetworkModel};
use serde_json::{Value, json};
use uuid::Uuid;
use wire::agreement::Agreement;
use wire::document::{Document, OwnerKind};
use wire::enrolment::Enrolment;
use wire::group::{Feed, Group, Session};
use wire::municipality::Municipality;
use wire::network::{Membership, MembershipInput, Network};
use wire::organization::Organization;
use wire::programme::Programme;
use wire::staff::{Staff, StaffInput};
use wire::student::Student;
use wire::user::User;
use wire::{Page, Role, routes};

use crate::builders::{
    USER_PASSWORD, academic_year, academic_year_start, agreement_input, create_municipal_user,
    create_municipality, create_network, create_org, create_org_user, create_programme, day,
    group_input, member, network, programme_input, school, school_calendar, staff_input, today,
};
use crate::client::{TestClient, Upload};
use crate::helpers::{ADMIN_PASSWORD, TestApp};

/// The roles, in the order of the table's columns.
pub const ROLES: [&str; 11] = [
    "admin", "auth_M", "auth_X", "coord", "sa_A", "sa_B", "sa_C", "teach_G", "teach_O", "int_M",
    "int_A",
];

pub const PDF: &[u8] = include_bytes!("../../../../fixtures/agreement-scan.pdf");

pub struct Fixture {
    /// Signed-in clients in [`ROLES`] order.
    pub clients: Vec<TestClient>,
    pub m: Municipality,
    pub k: Organization,
    pub a: Organization,
    pub b: Organization,
    pub c: Organization,
    pub e: Organization,
    /// The current academic year as a path segment (`2026-2027`).
    pub year: String,
    /// A's calendar of the current year, as entered.
    pub calendar: Value,
    /// T teaches G and has the account `teach_G`; U teaches nothing.
    pub t: Staff,
    pub u: Staff,
    pub n: Network,
    /// B's membership of N.
    pub member_b: Membership,
    pub p: Programme,
    pub ag: Agreement,
    pub g: Group,
    /// The input G was formed with.
    pub g_input: Value,
    pub s: Session,
    pub doc_n: Document,
    pub doc_p: Document,
    pub doc_ag: Document,
    /// `teach_G`'s feed of G, and its secret token.
    pub feed: Feed,
    pub feed_token: String,
    /// A second feed of `teach_G`, for the probe that deletes one.
    pub doomed_feed: Feed,
    /// An account no role is signed in as, for the user administration probes.
    pub spare: User,
    /// A student of B (external id `b-pupil-1`) and the input it was made with.
    pub v: Student,
    pub v_input: Value,
    /// V's requested enrolment in G, under a second agreement Ag2 between B and A (signed,
    /// covering P for the school year); B's curriculum hours of the year.
    pub en: Enrolment,
}

/// The user name and password of a role's account.
pub fn credentials(role: usize) -> (String, &'static str) {
    match ROLES[role] {
        "admin" => ("admin".into(), ADMIN_PASSWORD),
        r => (r.to_lowercase(), USER_PASSWORD),
    }
}

async fn ok_json<T: serde::de::DeserializeOwned>(r: crate::client::Resp, status: u16) -> T {
    assert_eq!(r.status, status, "{}", r.text);
    r.json()
}

pub async fn build(app: &TestApp) -> Fixture {
    let admin = app.admin().await;
    let start = academic_year_start(today());
    let year = academic_year(start);

    let m = create_municipality(&admin, "Муниципалитет M").await;
    let x = create_municipality(&admin, "Муниципалитет X").await;
    let k = create_org(&admin, &school(m.id, "Школа K")).await;
    let a = create_org(
        &admin,
        &wire::organization::OrganizationInput {
            external_id: Some("m-school-a".into()),
            ..school(m.id, "Школа A")
        },
    )
    .await;
    let b = create_org(&admin, &school(m.id, "Школа B")).await;
    let c = create_org(&admin, &school(m.id, "Школа C")).await;
    let e = create_org(&admin, &school(m.id, "Школа E")).await;
    create_org(&admin, &school(x.id, "Школа D")).await;

    // The accounts, in ROLES order after the administrator.
    let auth_m = create_municipal_user(&admin, "auth_m", Role::Authority, m.id).await;
    create_municipal_user(&admin, "auth_x", Role::Authority, x.id).await;
    create_org_user(&admin, "coord", Role::Coordinator, k.id).await;
    let sa_a = create_org_user(&admin, "sa_a", Role::SchoolAdmin, a.id).await;
    create_org_user(&admin, "sa_b", Role::SchoolAdmin, b.id).await;
    create_org_user(&admin, "sa_c", Role::SchoolAdmin, c.id).await;
    let teach_g = create_org_user(&admin, "teach_g", Role::Teacher, a.id).await;
    create_org_user(&admin, "teach_o", Role::Teacher, b.id).await;
    create_municipal_user(&admin, "int_m", Role::Integration, m.id).await;
    create_org_user(&admin, "int_a", Role::Integration, a.id).await;
    let spare = create_org_user(&admin, "spare", Role::Teacher, c.id).await;
    assert_eq!(auth_m.municipality_id, Some(m.id));
    assert_eq!(
        (sa_a.organization_id, teach_g.organization_id),
        (Some(a.id), Some(a.id))
    );

    let t_input = StaffInput {
        user_id: Some(teach_g.id),
        ..staff_input("Тимофеева")
    };
    let t: Staff = ok_json(
        admin
            .post(&routes::organization_staff(a.id), &t_input)
            .await,
        201,
    )
    .await;
    let u: Staff = ok_json(
        admin
            .post(&routes::organization_staff(a.id), &staff_input("Устинова"))
            .await,
        201,
    )
    .await;

    // N from the previous school year: K, A and B current, E gone since last December.
    let from = day(start - 1, 9, 1);
    let mut body = network(
        m.id,
        NetworkModel::ResourceCentre,
        k.id,
        vec![
            member(a.id, MembershipRole::ResourceCentre, from),
            member(b.id, MembershipRole::Participant, from),
            MembershipInput {
                left_on: Some(day(start - 1, 12, 31)),
                ..member(e.id, MembershipRole::Participant, from)
            },
        ],
    );
    body.network.name = "Сеть N".into();
    body.network.period_from = from;
    let n = create_network(&admin, &body).await;
    let member_b = n
        .members
        .iter()
        .find(|ms| ms.organization_id == b.id)
        .cloned()
        .expect("B is a member");

    let calendar = school_calendar(start);
    for (y, cal) in [(start, &calendar), (start + 1, &school_calendar(start + 1))] {
        let r = admin
            .put(&routes::organization_calendar(a.id, &academic_year(y)), cal)
            .await;
        assert_eq!(r.status, 201, "calendar of {y}: {}", r.text);
    }
    let r = admin
        .put(
            &routes::organization_figures_year(a.id, &year),
            &json!({"students_total": 640, "teachers_total": 48}),
        )
        .await;
    assert_eq!(r.status, 201, "figures: {}", r.text);

    let p = create_programme(&admin, n.id, &programme_input(a.id)).await;
    let draft: Agreement = ok_json(
        admin
            .post(
                &routes::network_agreements(n.id),
                &agreement_input(b.id, a.id, p.id),
            )
            .await,
        201,
    )
    .await;
    let ag: Agreement = ok_json(
        admin
            .post(&routes::agreement_action(draft.id, "submit"), &json!({}))
            .await,
        200,
    )
    .await;

    let g_input = group_input(p.id, a.id, t.id, start, &[a.id, b.id]);
    let g: Group = ok_json(
        admin.post(&routes::network_groups(n.id), &g_input).await,
        201,
    )
    .await;
    let r = admin.post(&routes::group_generate(g.id), &json!({})).await;
    assert_eq!(r.status, 200, "generate: {}", r.text);
    let sessions: Page<Session> =
        ok_json(admin.get(&routes::group_sessions(g.id)).await, 200).await;
    let s = sessions.items.first().cloned().expect("G has sessions");

    let sa_a_client = app.login("sa_a", USER_PASSWORD).await;
    let upload = |by: &TestClient, owner: OwnerKind, id: Uuid| {
        let by = by.clone();
        async move {
            let file = Upload::new("скан.pdf", "application/pdf", PDF);
            let r = by.upload(&routes::owner_documents(owner, id), &file).await;
            ok_json::<Document>(r, 201).await
        }
    };
    let doc_n = upload(&admin, OwnerKind::Network, n.id).await;
    let doc_p = upload(&admin, OwnerKind::Programme, p.id).await;
    let doc_ag = upload(&sa_a_client, OwnerKind::Agreement, ag.id).await;

    let teacher = app.login("teach_g", USER_PASSWORD).await;
    let feed: Feed = ok_json(
        teacher
            .post(routes::CALENDAR_FEEDS, &json!({"group_id": g.id}))
            .await,
        201,
    )
    .await;
    let doomed_feed: Feed = ok_json(
        teacher
            .post(routes::CALENDAR_FEEDS, &json!({"group_id": g.id}))
            .await,
        201,
    )
    .await;
    let feed_token = feed
        .url
        .as_deref()
        .and_then(|u| u.rsplit('/').next())
        .and_then(|last| last.strip_suffix(".ics"))
        .expect("a feed address")
        .to_owned();

    let v_input = crate::students::student_input("Васильева", Some("b-pupil-1"));
    let v = crate::students::create_student(&admin, b.id, &v_input).await;
    let mut ag2 = agreement_input(b.id, a.id, p.id);
    ag2["number"] = json!("СВ-02");
    ag2["valid_from"] = json!(format!("{start}-08-01"));
    ag2["valid_to"] = json!(format!("{}-06-30", start + 1));
    let ag2: Agreement = ok_json(
        admin.post(&routes::network_agreements(n.id), &ag2).await,
        201,
    )
    .await;
    let ag2: Agreement = ok_json(
        admin
            .post(&routes::agreement_action(ag2.id, "submit"), &json!({}))
            .await,
        200,
    )
    .await;
    let sa_b_client = app.login("sa_b", USER_PASSWORD).await;
    for who in [&sa_a_client, &sa_b_client] {
        let r = who
            .post(
                &routes::agreement_action(ag2.id, "sign"),
                &json!({"content_hash": ag2.content_hash}),
            )
            .await;
        assert_eq!(r.status, 200, "sign Ag2: {}", r.text);
    }
    let r = admin
        .put(
            &routes::organization_home_loads(b.id, &year),
            &json!({"grades": [{"grade": 8, "hours_per_week": 30}]}),
        )
        .await;
    assert_eq!(r.status, 200, "home loads: {}", r.text);
    let en: Enrolment = ok_json(
        admin
            .post(
                &routes::group_enrolments(g.id),
                &json!({"student_id": v.id, "replaces_hours": 0}),
            )
            .await,
        201,
    )
    .await;

    let mut clients = Vec::new();
    for i in 0..ROLES.len() {
        let (username, password) = credentials(i);
        clients.push(app.login(&username, password).await);
    }
    Fixture {
        clients,
        m,
        k,
        a,
        b,
        c,
        e,
        year,
        calendar,
        t,
        u,
        n,
        member_b,
        p,
        ag,
        g,
        g_input,
        s,
        doc_n,
        doc_p,
        doc_ag,
        feed,
        feed_token,
        doomed_feed,
        spare,
        v,
        v_input,
        en,
    }
}
