//! iCalendar: a group's and a teacher's sessions, and feeds that calendar applications
//! subscribe to without signing in.

use serde_json::json;
use wire::group::{Feed, Group, Session};
use wire::{ErrorCode, Page, routes};

use crate::agreements::seed_000;
use crate::calendars::lyceum_calendar;
use crate::helpers::spawn_demo_app;

async fn robotics_group(app: &crate::helpers::TestApp) -> (Group, uuid::Uuid) {
    let s = seed_000(app).await;
    let admin = app.demo("admin").await;
    let r = app
        .demo("lyceum24.director")
        .await
        .put(
            &routes::organization_calendar(s.lyceum, "2021-2022"),
            &lyceum_calendar(),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let staff: Page<wire::staff::Staff> = admin
        .get(&routes::organization_staff(s.lyceum))
        .await
        .json();
    let teacher = staff
        .items
        .iter()
        .find(|p| p.last_name == "Мельников")
        .unwrap()
        .id;
    let body = json!({
        "programme_id": s.programme, "academic_year": "2021/2022", "provider_id": s.lyceum,
        "name": "Робототехника, 7 классы", "teacher_ids": [teacher], "capacity": 15,
        "place": {"type": "room", "organization_id": s.lyceum, "name": "Кабинет робототехники"},
        "slots": [{"weekday": "thu", "start": "14:30", "end": "15:10"}],
        "first_date": "2021-09-01", "last_date": "2021-09-30", "participant_ids": [s.sosh25]
    });
    let r = admin.post(&routes::network_groups(s.network), &body).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let g: Group = r.json();
    admin.post(&routes::group_generate(g.id), &json!({})).await;
    (g, teacher)
}

fn events(ics: &str) -> usize {
    ics.matches("BEGIN:VEVENT").count()
}

#[tokio::test]
async fn a_groups_sessions_as_icalendar() {
    let app = spawn_demo_app().await;
    let (g, _) = robotics_group(&app).await;
    let admin = app.demo("admin").await;
    let sessions: Page<Session> = admin.get(&routes::group_sessions(g.id)).await.json();
    assert_eq!(sessions.items.len(), 5, "the Thursdays of September 2021");
    let r = admin
        .post(
            &routes::session_cancel(sessions.items[1].id),
            &json!({"reason": "Методический день"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let (status, headers, body) = admin.download(&routes::group_ics(g.id)).await;
    assert_eq!(status, 200);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/calendar")
    );
    // Long lines are folded (RFC 5545 §3.1); unfold them to read.
    let ics = String::from_utf8(body).unwrap().replace("\r\n ", "");
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    assert_eq!(events(&ics), 5);
    assert!(ics.contains("SUMMARY:Робототехника\\, 7 классы"), "{ics}");
    assert!(
        ics.contains("DTSTART:20210902T143000"),
        "local, floating times: {ics}"
    );
    assert!(
        ics.contains("LOCATION:Кабинет робототехники\\, МБОУ «Лицей №24"),
        "{ics}"
    );
    assert!(ics.contains("STATUS:CANCELLED"), "{ics}");
    assert!(ics.contains("DESCRIPTION:Методический день"), "{ics}");
    app.demo("sosh8.coord")
        .await
        .get(&routes::group_ics(g.id))
        .await
        .problem(404, ErrorCode::NotFound);
}

#[tokio::test]
async fn a_teacher_subscribes_to_their_sessions() {
    let app = spawn_demo_app().await;
    let (g, teacher_staff) = robotics_group(&app).await;
    let teacher = app.demo("lyceum24.teacher").await;
    // Everything the teacher teaches: this group and the demo's own, as the API lists them.
    let mut expected = 0;
    let networks: Page<wire::network::NetworkSummary> = teacher.get(routes::NETWORKS).await.json();
    for n in &networks.items {
        let groups: Page<Group> = teacher.get(&routes::network_groups(n.id)).await.json();
        for g in &groups.items {
            let s: Page<Session> = teacher.get(&routes::group_sessions(g.id)).await.json();
            expected += s.items.len();
        }
    }
    assert!(expected > 5, "the demo's group too");
    let (status, _, body) = teacher.download(&routes::staff_ics(teacher_staff)).await;
    assert_eq!(status, 200);
    assert_eq!(events(&String::from_utf8(body).unwrap()), expected);

    let r = teacher
        .post(routes::CALENDAR_FEEDS, &json!({"staff_id": teacher_staff}))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let feed: Feed = r.json();
    let url = feed.url.clone().expect("the address, once");
    assert!(
        url.starts_with(&app.address) && url.ends_with(".ics"),
        "{url}"
    );
    // No sign-in: the address is the credential.
    let anonymous = reqwest::get(&url).await.unwrap();
    assert_eq!(anonymous.status(), 200);
    assert_eq!(events(&anonymous.text().await.unwrap()), expected);
    // Listed without the address; nobody else can delete it.
    let mine: Page<Feed> = teacher.get(routes::CALENDAR_FEEDS).await.json();
    assert_eq!(mine.items.len(), 1);
    assert!(mine.items[0].url.is_none());
    assert!(mine.items[0].last_used_at.is_some());
    app.demo("admin")
        .await
        .delete(&routes::calendar_feed(feed.id))
        .await
        .problem(404, ErrorCode::NotFound);
    let r = teacher.delete(&routes::calendar_feed(feed.id)).await;
    assert_eq!(r.status, 204, "{}", r.text);
    assert_eq!(reqwest::get(&url).await.unwrap().status(), 404);
    // A guessed address finds nothing.
    let guess = format!("{}{}", app.address, routes::feed("not-a-real-token"));
    assert_eq!(reqwest::get(&guess).await.unwrap().status(), 404);
    // Nobody subscribes to what they cannot see.
    app.demo("sosh8.coord")
        .await
        .post(routes::CALENDAR_FEEDS, &json!({"group_id": g.id}))
        .await
        .problem(404, ErrorCode::NotFound);
    teacher
        .post(routes::CALENDAR_FEEDS, &json!({}))
        .await
        .problem(422, ErrorCode::ValidationFailed);
}
