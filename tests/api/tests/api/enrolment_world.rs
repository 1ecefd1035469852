//! A world for enrolment tests, built through the API: municipality M with provider A,
//! home school B, coordinator K and outsider C; network N; programme P (grades 5–8,
//! 1 h a week) by A; an agreement between B and A covering P for the whole school year,
//! signed by both; group G of P at A (capacity 2, Tuesday and Thursday 14:30–15:10) taught
//! by staff T with account `teach_g`, sessions generated; B's curriculum hours (grade 8:
//! 31 h a week) and students of B.

use serde_json::{Value, json};
use uuid::Uuid;
use wire::agreement::Agreement;
use wire::group::Group;
use wire::network::MembershipInput;
use wire::organization::Organization;
use wire::programme::Programme;
use wire::staff::{Staff, StaffInput};
use wire::student::Student;
use wire::{Role, routes};

use crate::builders::{
    USER_PASSWORD, academic_year, academic_year_start, agreement_input, create_municipality,
    create_network, create_org, create_org_user, create_programme, group_input, member, network,
    programme_input, school, school_calendar, staff_input, today,
};
use crate::client::TestClient;
use crate::helpers::TestApp;
use crate::students::{create_student, student_input};

pub struct World {
    pub admin: TestClient,
    pub sa_a: TestClient,
    pub sa_b: TestClient,
    pub teacher: TestClient,
    pub a: Organization,
    pub b: Organization,
    pub c: Organization,
    pub p: Programme,
    pub g: Group,
    pub t: Staff,
    pub start: i32,
    pub network: Uuid,
}

async fn ok<T: serde::de::DeserializeOwned>(r: crate::client::Resp, status: u16) -> T {
    assert_eq!(r.status, status, "{}", r.text);
    r.json()
}

impl World {
    pub async fn build(app: &TestApp) -> World {
        let admin = app.admin().await;
        let start = academic_year_start(today());
        let m = create_municipality(&admin, "Муниципалитет сети").await;
        let k = create_org(&admin, &school(m.id, "Школа K")).await;
        let a = create_org(&admin, &school(m.id, "Лицей A")).await;
        let b = create_org(&admin, &school(m.id, "Школа B")).await;
        let c = create_org(&admin, &school(m.id, "Школа C")).await;
        create_org_user(&admin, "e_sa_a", Role::SchoolAdmin, a.id).await;
        create_org_user(&admin, "e_sa_b", Role::SchoolAdmin, b.id).await;
        let tu = create_org_user(&admin, "e_teach", Role::Teacher, a.id).await;
        let t: Staff = ok(
            admin
                .post(
                    &routes::organization_staff(a.id),
                    &StaffInput {
                        user_id: Some(tu.id),
                        ..staff_input("Тимофеева")
                    },
                )
                .await,
            201,
        )
        .await;
        let from = crate::builders::day(start - 1, 9, 1);
        let mut body = network(
            m.id,
            domain::network::NetworkModel::ResourceCentre,
            k.id,
            vec![
                member(a.id, domain::network::MembershipRole::ResourceCentre, from),
                member(b.id, domain::network::MembershipRole::Participant, from),
                MembershipInput {
                    ..member(c.id, domain::network::MembershipRole::Participant, from)
                },
            ],
        );
        body.network.period_from = from;
        let n = create_network(&admin, &body).await;
        for org in [a.id, b.id] {
            let r = admin
                .put(
                    &routes::organization_calendar(org, &academic_year(start)),
                    &school_calendar(start),
                )
                .await;
            assert_eq!(r.status, 201, "calendar: {}", r.text);
        }
        let p = create_programme(&admin, n.id, &programme_input(a.id)).await;
        let sa_a = app.login("e_sa_a", USER_PASSWORD).await;
        let sa_b = app.login("e_sa_b", USER_PASSWORD).await;
        let mut ag = agreement_input(b.id, a.id, p.id);
        ag["valid_from"] = json!(format!("{start}-08-01"));
        ag["valid_to"] = json!(format!("{}-06-30", start + 1));
        let draft: Agreement =
            ok(sa_b.post(&routes::network_agreements(n.id), &ag).await, 201).await;
        let sent: Agreement = ok(
            sa_b.post(&routes::agreement_action(draft.id, "submit"), &json!({}))
                .await,
            200,
        )
        .await;
        let sign = json!({"content_hash": sent.content_hash});
        for who in [&sa_b, &sa_a] {
            let r = who
                .post(&routes::agreement_action(sent.id, "sign"), &sign)
                .await;
            assert_eq!(r.status, 200, "sign: {}", r.text);
        }
        let mut gi = group_input(p.id, a.id, t.id, start, &[a.id, b.id]);
        gi["capacity"] = json!(2);
        let g: Group = ok(admin.post(&routes::network_groups(n.id), &gi).await, 201).await;
        let r = admin.post(&routes::group_generate(g.id), &json!({})).await;
        assert_eq!(r.status, 200, "generate: {}", r.text);
        let r = sa_b
            .put(
                &routes::organization_home_loads(b.id, &academic_year(start)),
                &json!({"grades": [{"grade": 8, "hours_per_week": 31}, {"grade": 7, "hours_per_week": 29}]}),
            )
            .await;
        assert_eq!(r.status, 200, "home loads: {}", r.text);
        let teacher = app.login("e_teach", USER_PASSWORD).await;
        World {
            admin,
            sa_a,
            sa_b,
            teacher,
            a,
            b,
            c,
            p,
            g,
            t,
            start,
            network: n.id,
        }
    }

    /// A student of B (grade 8, consent on file) named `last_name`.
    pub async fn student(&self, last_name: &str) -> Student {
        create_student(&self.sa_b, self.b.id, &student_input(last_name, None)).await
    }

    pub fn request(&self, s: &Student) -> Value {
        json!({"student_id": s.id, "replaces_hours": 0, "reason": "Заявление родителей"})
    }
}
