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

/// The staff id of the demo teacher of «Робототехника» (Мельников).
async fn melnikov(app: &crate::helpers::TestApp) -> uuid::Uuid {
    let admin = app.demo("admin").await;
    let lyceum = crate::builders::demo_org(&admin, crate::builders::demo::LYCEUM24).await;
    let staff: Page<wire::staff::Staff> = admin
        .get(&routes::organization_staff(lyceum.id))
        .await
        .json();
    staff
        .items
        .iter()
        .find(|p| p.last_name == "Мельников")
        .expect("the demo teacher")
        .id
}

/// Creates a feed of the teacher's own sessions, sending a forged `X-Forwarded-Host`.
async fn forged_feed(c: &crate::client::TestClient, staff: uuid::Uuid) -> Feed {
    let r = c
        .send(
            c.request(reqwest::Method::POST, routes::CALENDAR_FEEDS)
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "host=evil.example;proto=https")
                .json(&json!({ "staff_id": staff })),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    r.json()
}

#[tokio::test]
async fn a_feed_address_comes_from_the_configuration_never_from_forwarded_headers() {
    let app = crate::helpers::spawn_demo_app_with(|s| {
        s.public_url = Some("https://setka.example.ru/".into());
    })
    .await;
    let staff = melnikov(&app).await;
    let mut teacher = app.client();
    let r = teacher
        .login("lyceum24.teacher", crate::helpers::DEMO_PASSWORD)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    // Served over HTTPS: the refresh cookie is Secure, browsers are told to stay on HTTPS.
    let cookie = r.set_cookie_header().expect("the refresh cookie");
    assert!(cookie.contains("Secure"), "{cookie}");
    assert_eq!(
        r.header("strict-transport-security"),
        Some("max-age=31536000")
    );
    let url = forged_feed(&teacher, staff).await.url.expect("the address");
    assert!(
        url.starts_with("https://setka.example.ru/api/v1/feeds/"),
        "{url}"
    );

    // Without a public address, the host the request was sent to: still not the forgery.
    let app = spawn_demo_app().await;
    let teacher = app.demo("lyceum24.teacher").await;
    let url = forged_feed(&teacher, melnikov(&app).await)
        .await
        .url
        .expect("the address");
    assert!(
        url.starts_with(&format!("{}/api/v1/feeds/", app.address)),
        "{url}"
    );
    let r = app
        .client()
        .login("admin", crate::helpers::DEMO_PASSWORD)
        .await;
    assert!(r.header("strict-transport-security").is_none());
    assert!(!r.set_cookie_header().unwrap_or("").contains("Secure"));
}

#[tokio::test]
async fn disabling_an_account_or_resetting_its_password_ends_its_feeds() {
    let app = spawn_demo_app().await;
    let staff = melnikov(&app).await;
    let teacher = app.demo("lyceum24.teacher").await;
    let admin = app.demo("admin").await;
    let me: wire::auth::Me = teacher.get(routes::ME).await.json();
    let feed = |c: &crate::client::TestClient| {
        let c = c.clone();
        async move {
            let r = c
                .post(routes::CALENDAR_FEEDS, &json!({ "staff_id": staff }))
                .await;
            assert_eq!(r.status, 201, "{}", r.text);
            r.json::<Feed>().url.expect("the address")
        }
    };
    let url = feed(&teacher).await;
    assert_eq!(reqwest::get(&url).await.unwrap().status(), 200);
    let r = admin
        .post(
            &routes::user_password(me.id),
            &json!({ "new_password": "another-password-1" }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(reqwest::get(&url).await.unwrap().status(), 404);

    let teacher = app.login("lyceum24.teacher", "another-password-1").await;
    let url = feed(&teacher).await;
    let user: wire::user::User = admin.get(&routes::user(me.id)).await.json();
    let update = wire::user::UserUpdate {
        display_name: user.display_name.clone(),
        role: user.role,
        municipality_id: user.municipality_id,
        organization_id: user.organization_id,
        disabled: true,
    };
    let r = admin.put(&routes::user(me.id), &update).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(reqwest::get(&url).await.unwrap().status(), 404);
    // The authority of the teacher's municipality sees the feeds come and go.
    let sergiev =
        crate::builders::demo_municipality(&admin, crate::builders::demo::SERGIEV_POSAD).await;
    let body = wire::user::UserCreate {
        municipality_id: Some(sergiev.id),
        ..crate::builders::user_input(
            "sergiev.uo",
            wire::Role::Authority,
            crate::builders::USER_PASSWORD,
        )
    };
    assert_eq!(admin.post(routes::USERS, &body).await.status, 201);
    let uo = app
        .login("sergiev.uo", crate::builders::USER_PASSWORD)
        .await;
    let entries: Page<wire::audit::AuditEntry> = uo
        .get(&format!("{}?entity_type=calendar_feed", routes::AUDIT))
        .await
        .json();
    let actions: Vec<&str> = entries.items.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["revoke", "create", "revoke", "create"]);
    let sessions: Page<wire::audit::AuditEntry> = uo
        .get(&format!(
            "{}?entity_type=session&action=login",
            routes::AUDIT
        ))
        .await
        .json();
    assert!(
        sessions
            .items
            .iter()
            .any(|e| e.actor_name == "lyceum24.teacher"),
        "the teacher's sign-ins: {:?}",
        sessions.items
    );
}
