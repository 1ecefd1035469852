//! The demo's enrolments as the seeds describe them: seed 000's pupils of СОШ №25 and
//! Лицей №24 in the two modules within capacity, seed 002's 106 pupils (26 in grade 9,
//! 80 in grade 11) in the fourteen courses with attendance control.

use wire::attendance::{AbsenceLine, UntakenRegister};
use wire::enrolment::{Enrolment, EnrolmentStatus};
use wire::group::Group;
use wire::network::NetworkSummary as Network;
use wire::student::TeachingStudent;
use wire::{Page, routes};

use crate::builders::{demo, demo_org};
use crate::client::TestClient;
use crate::helpers::spawn_demo_app;

async fn network_named(c: &TestClient, part: &str) -> Network {
    let all: Page<Network> = c
        .get(&format!("{}?limit=100", routes::NETWORKS))
        .await
        .json();
    all.items
        .into_iter()
        .find(|n| n.name.contains(part))
        .unwrap_or_else(|| panic!("no network «{part}»"))
}

fn holds_seat(e: &Enrolment) -> bool {
    matches!(
        e.status,
        EnrolmentStatus::Approved | EnrolmentStatus::Active
    )
}

#[tokio::test]
async fn seed_000_pupils_of_both_schools_learn_in_the_two_modules_within_capacity() {
    let app = spawn_demo_app().await;
    let lyceum = app.demo("lyceum24.director").await;
    let sosh25 = app.demo("sosh25.director").await;
    let admin = app.demo("admin").await;
    let home = demo_org(&sosh25, demo::SOSH25).await;
    let n = network_named(&lyceum, "Технология").await;
    let groups: Page<Group> = lyceum.get(&routes::network_groups(n.id)).await.json();
    assert_eq!(groups.items.len(), 2);
    for g in &groups.items {
        let roster: Page<Enrolment> = admin.get(&routes::group_enrolments(g.id)).await.json();
        let held = roster.items.iter().filter(|e| holds_seat(e)).count();
        assert!(
            held > 0 && held <= g.input.capacity as usize,
            "{}: {held}",
            g.input.name
        );
        let from_sosh25 = roster
            .items
            .iter()
            .filter(|e| e.student.home_organization_id == home.id)
            .count();
        assert!(
            from_sosh25 > 0 && from_sosh25 < held,
            "pupils of both schools"
        );
        // At the lyceum's group the home school sees its own pupils only; at its own
        // group, all of them.
        let mine: Page<Enrolment> = sosh25.get(&routes::group_enrolments(g.id)).await.json();
        if g.input.provider_id == home.id {
            assert_eq!(mine.items.len(), roster.items.len());
        } else {
            assert_eq!(mine.items.len(), from_sosh25);
        }
    }
    let robotics = groups
        .items
        .iter()
        .find(|g| g.input.name.contains("Робототехника"))
        .expect("the robotics group");
    let table: wire::attendance::GroupAttendance = sosh25
        .get(&routes::group_attendance(robotics.id))
        .await
        .json();
    assert!(table.sessions.iter().any(|s| s.taken), "registers taken");
    assert!(
        table
            .rows
            .iter()
            .all(|r| r.student.home_organization_id == home.id)
    );
}

#[tokio::test]
async fn seed_002_has_106_pupils_in_14_courses_under_attendance_control() {
    let app = spawn_demo_app().await;
    let uo = app.demo("volzhsky.uo").await;
    let n = network_named(&uo, "Волжский").await;
    let groups: Page<Group> = uo.get(&routes::network_groups(n.id)).await.json();
    assert_eq!(groups.items.len(), 14, "fourteen courses");
    let mut teachers: Vec<_> = groups
        .items
        .iter()
        .flat_map(|g| g.teachers.iter().map(|t| t.staff_id))
        .collect();
    teachers.sort();
    teachers.dedup();
    assert_eq!(teachers.len(), 12, "twelve teachers");
    let providers: std::collections::BTreeSet<_> =
        groups.items.iter().map(|g| g.input.provider_id).collect();
    assert_eq!(providers.len(), 6, "six resource centres");

    let (mut ninth, mut eleventh) = (0, 0);
    let mut homes = std::collections::BTreeSet::new();
    for g in &groups.items {
        let students: Page<TeachingStudent> = uo.get(&routes::group_students(g.id)).await.json();
        for s in &students.items {
            homes.insert(s.home_organization_id);
            match s.grade {
                9 => ninth += 1,
                11 => eleventh += 1,
                other => panic!("grade {other} in {}", g.input.name),
            }
        }
    }
    assert_eq!((ninth, eleventh), (26, 80));
    assert_eq!(homes.len(), 13, "pupils of all thirteen schools");

    let untaken: Page<UntakenRegister> = uo
        .get(&routes::network_untaken_registers(n.id))
        .await
        .json();
    assert!(
        !untaken.items.is_empty(),
        "a few registers are left untaken"
    );
    // Somewhere a pupil misses more than a fifth of the sessions.
    let admin = app.demo("admin").await;
    let mut above = 0;
    for school in homes {
        let r: Page<AbsenceLine> = admin
            .get(&routes::organization_absences(school))
            .await
            .json();
        above += r.items.len();
    }
    assert!(above > 0 && above < 106 / 3, "{above} pupils above 20 %");
}
