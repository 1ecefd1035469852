//! The seed networks entered through the API as a script would, ending with signed,
//! active agreements (what `scripts/sign-seed-002-agreements.sh` does with curl).

use chrono::{Datelike, NaiveDate, Utc};
use domain::Role;
use serde_json::json;
use uuid::Uuid;
use wire::Page;
use wire::agreement::{Agreement, AgreementStatus, Coverage};
use wire::network::{Network, NetworkSummary};
use wire::programme::Programme;
use wire::routes;

use crate::builders::{USER_PASSWORD, create_org_user};
use crate::helpers::spawn_demo_app;

/// The school year that runs today: 1 September to 31 August.
fn school_year() -> (NaiveDate, NaiveDate) {
    let today = Utc::now().date_naive();
    let start = if today.month() >= 9 {
        today.year()
    } else {
        today.year() - 1
    };
    (
        NaiveDate::from_ymd_opt(start, 9, 1).unwrap(),
        NaiveDate::from_ymd_opt(start + 1, 8, 31).unwrap(),
    )
}

#[tokio::test]
async fn seed_002_six_resource_centres_sign_with_each_home_school() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let r = admin.get(&format!("{}?q=Волжский", routes::NETWORKS)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let found: Page<NetworkSummary> = r.json();
    let network: Network = admin.get(&routes::network(found.items[0].id)).await.json();
    let of_role = |role: &str| -> Vec<(Uuid, String)> {
        network
            .members
            .iter()
            .filter(|m| serde_json::to_value(m.role).unwrap() == role)
            .map(|m| (m.organization_id, m.organization_name.clone()))
            .collect()
    };
    let centres = of_role("resource_centre");
    let homes = of_role("participant");
    assert_eq!((centres.len(), homes.len()), (6, 7), "seed 002: 13 schools");
    let programmes: Page<Programme> = admin
        .get(&format!(
            "{}?limit=100",
            routes::network_programmes(network.id)
        ))
        .await
        .json();
    assert_eq!(programmes.items.len(), 14, "14 courses");
    let programme_ids: Vec<Uuid> = programmes.items.iter().map(|p| p.id).collect();

    // The administrator opens a director account for each school.
    let mut director = std::collections::HashMap::new();
    for (n, (org, _)) in centres.iter().chain(&homes).enumerate() {
        let name = format!("volzhsky-{n}.director");
        create_org_user(&admin, &name, Role::SchoolAdmin, *org).await;
        director.insert(*org, app.login(&name, USER_PASSWORD).await);
    }

    let (from, to) = school_year();
    let centre_ids: Vec<Uuid> = centres.iter().map(|c| c.0).collect();
    for (n, (home, _)) in homes.iter().enumerate() {
        let base = &director[home];
        let mut obligations: Vec<_> = centre_ids
            .iter()
            .map(|c| json!({"organization": c, "duties": "Реализует сетевые курсы своего профиля", "resources": [{"kind": "учебные кабинеты", "volume": "по сетевому плану-графику"}]}))
            .collect();
        obligations.push(json!({"organization": home, "duties": "Направляет обучающихся и засчитывает результаты"}));
        let body = json!({
            "number": format!("ВЛЖ-{}/{}", from.year(), n + 1), "date": from, "kind": "network_programme",
            "base_organization_id": home, "participant_ids": centre_ids, "programme_ids": programme_ids,
            "programme_description": "Программы школьного компонента IX и XI классов",
            "student_status": "Обучающиеся остаются обучающимися базовой организации",
            "admission_rules": "По заявлениям родителей", "conditions": "На базе ресурсных центров по плану-графику",
            "obligations": obligations,
            "completion_documents": centre_ids.iter().map(|c| json!({"document": "справка об обучении", "issued_by": c})).collect::<Vec<_>>(),
            "valid_from": from, "valid_to": to,
            "change_procedure": "Дополнительными соглашениями", "termination_procedure": "По соглашению сторон",
        });
        let r = base
            .post(&routes::network_agreements(network.id), &body)
            .await;
        assert_eq!(r.status, 201, "{}", r.text);
        let a: Agreement = r.json();
        let a: Agreement = base
            .post(&routes::agreement_action(a.id, "submit"), &json!({}))
            .await
            .json();
        let sign = json!({ "content_hash": a.content_hash });
        let mut last = a.status;
        for org in std::iter::once(home).chain(&centre_ids) {
            let r = director[org]
                .post(&routes::agreement_action(a.id, "sign"), &sign)
                .await;
            assert_eq!(r.status, 200, "{}", r.text);
            last = r.json::<Agreement>().status;
            if org != centre_ids.last().unwrap() {
                assert_eq!(last, AgreementStatus::AwaitingSignatures);
            }
        }
        assert_eq!(last, AgreementStatus::Active, "all seven signed");
    }

    // Each home school sees only its own agreement; every pair is covered for the year.
    // (The demo has signed its own agreements, numbered «СВ-…», for its enrolments.)
    let ours = |p: Page<Agreement>| {
        p.items
            .into_iter()
            .filter(|a| a.content.number.starts_with("ВЛЖ-"))
            .count()
    };
    let home_view: Page<Agreement> = director[&homes[0].0]
        .get(&routes::network_agreements(network.id))
        .await
        .json();
    assert_eq!(ours(home_view), 1);
    let centre_view: Page<Agreement> = director[&centre_ids[0]]
        .get(&routes::network_agreements(network.id))
        .await
        .json();
    assert_eq!(
        ours(centre_view),
        7,
        "a resource centre is party to all seven"
    );
    for (home, _) in &homes {
        let q = format!(
            "{}?programme_id={}&home_id={home}&provider_id={}&from={from}&to={to}",
            routes::AGREEMENT_COVERAGE,
            programme_ids[3],
            centre_ids[5],
        );
        let c: Coverage = admin.get(&q).await.json();
        assert!(c.covered, "{c:?}");
    }
}

async fn demo_network(admin: &crate::client::TestClient, q: &str) -> Network {
    let found: Page<NetworkSummary> = admin
        .get(&format!("{}?q={q}", routes::NETWORKS))
        .await
        .json();
    admin.get(&routes::network(found.items[0].id)).await.json()
}

#[tokio::test]
async fn seed_000_modules_run_weekly_from_september_to_may_over_the_lyceums_calendar() {
    use chrono::Weekday;
    use wire::calendar::SchoolCalendar;
    use wire::group::{Group, Session};
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let n = demo_network(&admin, "Технология").await;
    let groups: Page<Group> = admin.get(&routes::network_groups(n.id)).await.json();
    assert_eq!(
        groups.items.len(),
        2,
        "«Робототехника» and «Компьютерная графика»"
    );
    let robotics = groups
        .items
        .iter()
        .find(|g| g.programme_title.contains("Робототехника"))
        .expect("the robotics group");
    let (from, to) = school_year();
    assert_eq!(
        robotics.input.academic_year,
        format!("{}/{}", from.year(), to.year())
    );
    let lyceum = robotics.input.provider_id;
    let cal: SchoolCalendar = admin
        .get(&routes::organization_calendar(
            lyceum,
            &robotics.input.academic_year,
        ))
        .await
        .json();
    let sessions: Page<Session> = admin.get(&routes::group_sessions(robotics.id)).await.json();
    let s = &sessions.items;
    assert!(s.len() > 25, "weekly over the year: {}", s.len());
    assert!(s.iter().all(|x| x.date.weekday() == Weekday::Tue));
    assert_eq!(s[0].date.month(), 9);
    assert_eq!(s.last().unwrap().date.month(), 5);
    // Never in the lyceum's vacations or on its holidays.
    let in_term = |d: NaiveDate| cal.content.terms.iter().any(|t| t.from <= d && d <= t.to);
    let holiday = |d: NaiveDate| {
        cal.content
            .holidays
            .iter()
            .any(|h| h.from <= d && d <= h.to)
    };
    assert!(s.iter().all(|x| in_term(x.date) && !holiday(x.date)));
    // About the programme's 34 hours.
    assert!(robotics.hours.difference.abs() <= 3, "{:?}", robotics.hours);
}

#[tokio::test]
async fn seed_002_calendars_differ_across_its_thirteen_schools() {
    use wire::calendar::CalendarComparison;
    use wire::group::{ConflictKind, ConflictView};
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let n = demo_network(&admin, "Волжский").await;
    let (from, to) = school_year();
    let year = format!("{}-{}", from.year(), to.year());
    let cmp: CalendarComparison = admin
        .get(&format!(
            "{}?year={year}",
            routes::network_calendar_comparison(n.id)
        ))
        .await
        .json();
    assert_eq!(cmp.schools.len(), 13);
    assert!(cmp.schools.iter().all(|s| s.has_calendar));
    assert!(
        cmp.comparison.day_mismatches.len() > 10,
        "vacations and 6-day weeks differ"
    );
    assert!(
        !cmp.comparison.term_differences.is_empty(),
        "quarters, trimesters, semesters"
    );
    assert!(
        !cmp.comparison.lesson_differences.is_empty(),
        "lessons from 8:00, 8:15, 8:30"
    );
    let conflicts: Page<ConflictView> = admin
        .get(&format!(
            "{}?from={from}&to={to}",
            routes::network_conflicts(n.id)
        ))
        .await
        .json();
    let kinds: std::collections::HashSet<ConflictKind> =
        conflicts.items.iter().map(|c| c.conflict.kind).collect();
    assert!(kinds.contains(&ConflictKind::NotASchoolDay), "{kinds:?}");
    assert!(kinds.contains(&ConflictKind::CutsIntoLesson), "{kinds:?}");
}
