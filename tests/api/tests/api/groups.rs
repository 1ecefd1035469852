//! Network groups, their generated sessions over the provider's calendar, moves and
//! cancellations, the timetable and its conflicts, with who may do what.

use serde_json::{Value, json};
use uuid::Uuid;
use wire::group::{ConflictKind, Generation, Group, Session, SessionStatus, Timetable};
use wire::staff::Staff;
use wire::{ErrorCode, Page, routes};

use crate::agreements::{Setup, seed_000};
use crate::calendars::lyceum_calendar;
use crate::client::TestClient;
use crate::helpers::{TestApp, spawn_demo_app};

async fn staff_named(c: &TestClient, org: Uuid, last_name: &str) -> Uuid {
    let page: Page<Staff> = c.get(&routes::organization_staff(org)).await.json();
    page.items
        .iter()
        .find(|s| s.last_name == last_name)
        .unwrap_or_else(|| panic!("no {last_name}"))
        .id
}

/// «Робототехника» at Лицей №24 on Tuesdays and Thursdays, taught by Мельников, for
/// students of both schools.
fn robotics(s: &Setup, teacher: Uuid) -> Value {
    json!({
        "programme_id": s.programme, "academic_year": "2021/2022", "provider_id": s.lyceum,
        "name": "Робототехника, 7 классы", "teacher_ids": [teacher], "capacity": 15,
        "place": {"type": "room", "organization_id": s.lyceum, "name": "Кабинет робототехники"},
        "slots": [
            {"weekday": "tue", "start": "14:30", "end": "15:10"},
            {"weekday": "thu", "start": "14:30", "end": "15:10"}
        ],
        "first_date": "2021-09-01", "last_date": "2022-05-31",
        "participant_ids": [s.lyceum, s.sosh25]
    })
}

struct World {
    s: Setup,
    admin: TestClient,
    teacher_id: Uuid,
}

async fn world(app: &TestApp) -> World {
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
    let teacher_id = staff_named(&admin, s.lyceum, "Мельников").await;
    World {
        s,
        admin,
        teacher_id,
    }
}

async fn create_group(c: &TestClient, w: &World, body: &Value) -> Group {
    let r = c.post(&routes::network_groups(w.s.network), body).await;
    assert_eq!(r.status, 201, "{}", r.text);
    r.json()
}

async fn sessions(c: &TestClient, group: Uuid) -> Vec<Session> {
    let r = c.get(&routes::group_sessions(group)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    r.json::<Page<Session>>().items
}

#[tokio::test]
async fn the_provider_forms_a_group_and_its_sessions_skip_its_holidays() {
    let app = spawn_demo_app().await;
    let w = world(&app).await;
    let director = app.demo("lyceum24.director").await;
    let g = create_group(&director, &w, &robotics(&w.s, w.teacher_id)).await;
    assert_eq!(g.input.slots.len(), 2);
    assert!(
        g.input.slots.iter().all(|s| !s.id.is_nil()),
        "slots get ids"
    );
    assert_eq!(g.teachers[0].name, "Мельников Д. С.");
    assert_eq!(g.programme_title, "Технология — Робототехника");
    assert_eq!((g.hours.sessions, g.hours.programme_hours), (0, 34));

    let r = director
        .post(&routes::group_generate(g.id), &json!({}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let made: Generation = r.json();
    // Tuesdays and Thursdays of the lyceum's school weeks, September to May (counted by
    // hand from its calendar: the autumn and winter vacations and 4 November skipped).
    assert_eq!(made.added, 66);
    assert_eq!((made.hours.planned_hours, made.hours.difference), (66, 32));
    let all = sessions(&director, g.id).await;
    assert_eq!(all.len(), 66);
    assert!(
        !all.iter().any(|s| s.date.to_string() == "2021-11-04"),
        "a holiday"
    );
    assert_eq!(all[0].date.to_string(), "2021-09-02");
    assert_eq!(
        serde_json::to_value(&all[0].place).unwrap()["name"],
        "Кабинет робототехники"
    );
    // Generating again changes nothing.
    let again: Generation = director
        .post(&routes::group_generate(g.id), &json!({}))
        .await
        .json();
    assert_eq!((again.added, again.deleted, again.unchanged), (0, 0, 66));
    let g2: Group = director.get(&routes::group(g.id)).await.json();
    assert_eq!(g2.hours.sessions, 66);
}

#[tokio::test]
async fn who_may_form_read_and_change_groups() {
    let app = spawn_demo_app().await;
    let w = world(&app).await;
    let body = robotics(&w.s, w.teacher_id);
    // СОШ №25 is a member but not the provider: it reads, it does not form or change.
    let home = app.demo("sosh25.director").await;
    home.post(&routes::network_groups(w.s.network), &body)
        .await
        .problem(403, ErrorCode::Forbidden);
    let g = create_group(&w.admin, &w, &body).await;
    assert_eq!(home.get(&routes::group(g.id)).await.status, 200);
    home.put(&routes::group(g.id), &body)
        .await
        .problem(403, ErrorCode::Forbidden);
    home.post(&routes::group_generate(g.id), &json!({}))
        .await
        .problem(403, ErrorCode::Forbidden);
    home.post(
        &routes::group_sessions(g.id),
        &json!({"date": "2021-09-07", "start": "14:30", "end": "15:10"}),
    )
    .await
    .problem(403, ErrorCode::Forbidden);
    w.admin
        .post(&routes::group_generate(g.id), &json!({}))
        .await;
    let first = sessions(&w.admin, g.id).await[0].clone();
    assert_eq!(home.get(&routes::session(first.id)).await.status, 200);
    home.post(&routes::session_cancel(first.id), &json!({"reason": "нет"}))
        .await
        .problem(403, ErrorCode::Forbidden);
    // The teacher of the group sees it, not one they do not teach.
    let teacher = app.demo("lyceum24.teacher").await;
    assert_eq!(teacher.get(&routes::group(g.id)).await.status, 200);
    let other_teacher = staff_named(&w.admin, w.s.lyceum, "Агафонова").await;
    let other = create_group(&w.admin, &w, &robotics(&w.s, other_teacher)).await;
    teacher
        .get(&routes::group(other.id))
        .await
        .problem(404, ErrorCode::NotFound);
    let listed: Page<Group> = teacher
        .get(&routes::network_groups(w.s.network))
        .await
        .json();
    assert_eq!(
        listed.items.iter().map(|g| g.id).collect::<Vec<_>>(),
        vec![g.id]
    );
    let all: Page<Group> = home.get(&routes::network_groups(w.s.network)).await.json();
    assert_eq!(all.items.len(), 2);
    // Outside the network nothing exists.
    for who in ["sosh8.coord", "volzhsky.uo"] {
        let c = app.demo(who).await;
        c.get(&routes::group(g.id))
            .await
            .problem(404, ErrorCode::NotFound);
        c.get(&routes::group_sessions(g.id))
            .await
            .problem(404, ErrorCode::NotFound);
        c.get(&routes::network_timetable(w.s.network))
            .await
            .problem(404, ErrorCode::NotFound);
        c.get(&routes::network_conflicts(w.s.network))
            .await
            .problem(404, ErrorCode::NotFound);
        c.get(&routes::session(first.id))
            .await
            .problem(404, ErrorCode::NotFound);
        c.post(&routes::group_generate(g.id), &json!({}))
            .await
            .problem(404, ErrorCode::NotFound);
    }
    // Changes need the current version.
    let r = w.admin.put_if(&routes::group(g.id), "\"7\"", &body).await;
    r.problem(412, ErrorCode::PreconditionFailed);
    let r = w.admin.delete_if(&routes::group(g.id), "\"1\"").await;
    assert_eq!(r.status, 204, "{}", r.text);
    w.admin
        .get(&routes::group(g.id))
        .await
        .problem(404, ErrorCode::NotFound);
}

#[tokio::test]
async fn group_rules_are_reported_per_field() {
    let app = spawn_demo_app().await;
    let w = world(&app).await;
    let mut not_provider = robotics(&w.s, w.teacher_id);
    not_provider["provider_id"] = json!(w.s.sosh25);
    w.admin
        .post(&routes::network_groups(w.s.network), &not_provider)
        .await
        .assert_field_error("provider_id", Some("not_a_provider"));
    let mut bad = robotics(&w.s, w.teacher_id);
    bad["slots"][1]["weekday"] = json!("sat"); // the lyceum has a 5-day week
    bad["slots"]
        .as_array_mut()
        .unwrap()
        .push(json!({"weekday": "tue", "start": "15:00", "end": "15:40"}));
    bad["last_date"] = json!("2022-09-30"); // outside the year
    bad["teacher_ids"] = json!([Uuid::new_v4()]);
    bad["place"] = json!({"type": "online", "url": "zoom"});
    let r = w
        .admin
        .post(&routes::network_groups(w.s.network), &bad)
        .await;
    let errors = r.field_errors();
    for (field, code) in [
        ("slots[1].weekday", "not_a_teaching_day"),
        ("slots[2].start", "overlaps"),
        ("last_date", "outside_year"),
        ("teacher_ids", "unknown_reference"),
        ("place", "invalid"),
    ] {
        assert!(
            errors.iter().any(|(f, c)| f == field && c == code),
            "{field} {code} missing in {errors:?}"
        );
    }
    let listed: Page<Group> = w
        .admin
        .get(&routes::network_groups(w.s.network))
        .await
        .json();
    assert!(listed.items.is_empty(), "nothing was created");
}

#[tokio::test]
async fn moved_and_cancelled_sessions_survive_regeneration() {
    let app = spawn_demo_app().await;
    let w = world(&app).await;
    let g = create_group(&w.admin, &w, &robotics(&w.s, w.teacher_id)).await;
    w.admin
        .post(&routes::group_generate(g.id), &json!({}))
        .await;
    let all = sessions(&w.admin, g.id).await;
    let (first, second) = (&all[0], &all[1]);

    // Move the first to Friday, cancel the second.
    let moved = json!({"date": "2021-09-03", "start": "15:00", "end": "15:40"});
    let r = w
        .admin
        .put_if(&routes::session(first.id), "\"1\"", &moved)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let m: Session = r.json();
    assert!(m.manual);
    assert_eq!(
        m.origin_date.map(|d| d.to_string()).as_deref(),
        Some("2021-09-02")
    );
    w.admin
        .put_if(&routes::session(first.id), "\"1\"", &moved)
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    w.admin
        .post(&routes::session_cancel(second.id), &json!({"reason": ""}))
        .await
        .assert_field_error("reason", None);
    let r = w
        .admin
        .post(
            &routes::session_cancel(second.id),
            &json!({"reason": "Учитель на курсах"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json::<Session>().status, SessionStatus::Cancelled);
    // A session added by hand.
    let extra = json!({"date": "2021-09-04", "start": "10:00", "end": "10:40",
                       "place": {"type": "online", "url": "https://meet.example.ru/rob"}});
    let retry = |body: &Value| {
        w.admin
            .request(reqwest::Method::POST, &routes::group_sessions(g.id))
            .header("Idempotency-Key", "extra-1")
            .json(body)
    };
    let r = w.admin.send(retry(&extra)).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let again = w.admin.send(retry(&extra)).await;
    assert_eq!(again.body["id"], r.body["id"], "a retry adds nothing");
    // A session's own place and day are checked like a group's.
    let mut elsewhere = extra.clone();
    elsewhere["place"] =
        json!({"type": "room", "organization_id": Uuid::new_v4(), "name": "каб. 1"});
    w.admin
        .post(&routes::group_sessions(g.id), &elsewhere)
        .await
        .assert_field_error("place", Some("unknown_reference"));
    let mut next_year = extra.clone();
    next_year["date"] = json!("2022-09-05");
    w.admin
        .post(&routes::group_sessions(g.id), &next_year)
        .await
        .assert_field_error("date", Some("outside_year"));

    // Tuesdays only now, at 15:00: the Thursday sessions go, except the moved one (it
    // was a Thursday) and the cancelled one (a Tuesday); Tuesdays follow the new time.
    let mut body = robotics(&w.s, w.teacher_id);
    body["slots"] =
        json!([{"id": g.input.slots[0].id, "weekday": "tue", "start": "15:00", "end": "15:40"}]);
    let r = w.admin.put(&routes::group(g.id), &body).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let made: Generation = w
        .admin
        .post(&routes::group_generate(g.id), &json!({}))
        .await
        .json();
    assert_eq!(made.added, 0);
    assert!(made.deleted > 25, "{made:?}");
    assert_eq!(made.kept, 3, "moved, cancelled, added by hand: {made:?}");
    let after = sessions(&w.admin, g.id).await;
    assert!(
        after
            .iter()
            .any(|s| s.id == first.id && s.date.to_string() == "2021-09-03")
    );
    assert!(
        after
            .iter()
            .any(|s| s.id == second.id && s.status == SessionStatus::Cancelled)
    );
    assert!(
        after
            .iter()
            .filter(|s| !s.manual)
            .all(|s| s.start.format("%H:%M").to_string() == "15:00")
    );
    // Restore the cancelled one.
    let r = w
        .admin
        .post(&routes::session_restore(second.id), &json!({}))
        .await;
    assert_eq!(r.json::<Session>().status, SessionStatus::Planned);
    // The teacher reads the sessions but does not move them.
    let teacher = app.demo("lyceum24.teacher").await;
    assert!(!sessions(&teacher, g.id).await.is_empty());
    teacher
        .put(&routes::session(first.id), &moved)
        .await
        .problem(403, ErrorCode::Forbidden);
}

#[tokio::test]
async fn the_timetable_shows_a_week_with_its_conflicts() {
    let app = spawn_demo_app().await;
    let w = world(&app).await;
    let a = create_group(&w.admin, &w, &robotics(&w.s, w.teacher_id)).await;
    // A second group of the same teacher on Tuesdays after the first, in another room.
    let mut body = robotics(&w.s, w.teacher_id);
    body["name"] = json!("Робототехника, 8 классы");
    body["place"]["name"] = json!("Кабинет 214");
    body["slots"] = json!([{"weekday": "tue", "start": "15:20", "end": "16:00"}]);
    let b = create_group(&w.admin, &w, &body).await;
    for g in [&a, &b] {
        w.admin
            .post(&routes::group_generate(g.id), &json!({}))
            .await;
    }
    let week = format!(
        "{}?from=2021-09-06&to=2021-09-12",
        routes::network_timetable(w.s.network)
    );
    let t: Timetable = w.admin.get(&week).await.json();
    assert_eq!(t.entries.len(), 3, "Tue and Thu of group A, Tue of group B");
    assert!(
        t.entries.iter().all(|e| e.conflicts.is_empty()),
        "{:?}",
        t.conflicts
    );
    assert_eq!(t.entries[0].programme_title, "Технология — Робототехника");

    // Move group B's Tuesday to 14:45: the teacher is in both rooms at once.
    let tue_b = t
        .entries
        .iter()
        .find(|e| e.session.group_id == b.id)
        .unwrap();
    let r = w
        .admin
        .put(
            &routes::session(tue_b.session.id),
            &json!({"date": "2021-09-07", "start": "14:45", "end": "15:25"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let t: Timetable = w.admin.get(&week).await.json();
    let clash = t
        .conflicts
        .iter()
        .find(|c| c.conflict.kind == ConflictKind::TeacherDoubleBooked)
        .expect("a teacher conflict");
    assert_eq!(
        clash.message,
        "Мельников Д. С. ведёт одновременно «Робототехника, 7 классы» и «Робототехника, 8 классы»: 07.09.2021, 14:45–15:10"
    );
    let flagged: Vec<Uuid> = t
        .entries
        .iter()
        .filter(|e| e.conflicts.contains(&ConflictKind::TeacherDoubleBooked))
        .map(|e| e.session.group_id)
        .collect();
    assert_eq!(flagged.len(), 2);
    // In English on request; by teacher filter; the conflicts list.
    let r = w
        .admin
        .send(
            w.admin
                .request(reqwest::Method::GET, &week)
                .header("Accept-Language", "en"),
        )
        .await;
    assert!(
        r.text.contains("teaches “Робототехника, 7 классы”"),
        "{}",
        r.text
    );
    let conflicts: Page<wire::group::ConflictView> = w
        .admin
        .get(&format!(
            "{}?from=2021-09-06&to=2021-09-12",
            routes::network_conflicts(w.s.network)
        ))
        .await
        .json();
    assert_eq!(conflicts.items.len(), 1);
    // A session on the lyceum's holiday, which both schools' students attend.
    let r = w
        .admin
        .post(
            &routes::group_sessions(a.id),
            &json!({"date": "2021-11-04", "start": "14:30", "end": "15:10"}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let nov: Timetable = w
        .admin
        .get(&format!(
            "{}?from=2021-11-01&to=2021-11-07",
            routes::network_timetable(w.s.network)
        ))
        .await
        .json();
    let holiday = nov
        .conflicts
        .iter()
        .find(|c| c.conflict.kind == ConflictKind::NotASchoolDay)
        .expect("a holiday conflict");
    assert!(
        holiday.message.contains("День народного единства"),
        "{}",
        holiday.message
    );
    // The teacher sees the conflict of their own groups.
    let teacher = app.demo("lyceum24.teacher").await;
    let mine: Timetable = teacher.get(&week).await.json();
    assert_eq!(mine.conflicts.len(), 1);
}

#[tokio::test]
async fn a_group_whose_attendance_was_taken_stays() {
    let app = spawn_demo_app().await;
    let w = world(&app).await;
    let g = create_group(&w.admin, &w, &robotics(&w.s, w.teacher_id)).await;
    let r = w
        .admin
        .post(&routes::group_generate(g.id), &json!({}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let first = sessions(&w.admin, g.id).await[0].id;
    // No endpoint takes attendance yet (a later issue adds registers): mark it as taken.
    let marked = app
        .sql(&format!(
            "UPDATE sessions SET attendance_taken = true WHERE id = {}",
            app.uuid_sql(first)
        ))
        .await;
    assert_eq!(marked, 1);
    w.admin
        .delete(&routes::group(g.id))
        .await
        .problem(409, ErrorCode::GroupHasAttendance);
    assert_eq!(w.admin.get(&routes::group(g.id)).await.status, 200);
    assert!(sessions(&w.admin, g.id).await.iter().any(|s| s.id == first));
}

#[tokio::test]
async fn a_removed_staff_record_takes_its_groups_from_the_account() {
    let app = spawn_demo_app().await;
    let w = world(&app).await;
    let g = create_group(&w.admin, &w, &robotics(&w.s, w.teacher_id)).await;
    let teacher = app.demo("lyceum24.teacher").await;
    assert_eq!(teacher.get(&routes::group(g.id)).await.status, 200);
    let r = w.admin.delete(&routes::staff_member(w.teacher_id)).await;
    assert_eq!(r.status, 204, "{}", r.text);
    teacher
        .get(&routes::group(g.id))
        .await
        .problem(404, ErrorCode::NotFound);
}

/// A group's teachers and schools are rows in their stored order: the list filters by
/// teacher through them, saving the same links changes nothing, and a new order is a
/// change like any other.
#[tokio::test]
async fn a_groups_teachers_keep_their_order_and_find_their_groups() {
    let app = spawn_demo_app().await;
    let w = world(&app).await;
    let second = staff_named(&w.admin, w.s.lyceum, "Агафонова").await;
    let mut body = robotics(&w.s, w.teacher_id);
    body["teacher_ids"] = json!([second, w.teacher_id]);
    let g = create_group(&w.admin, &w, &body).await;
    assert_eq!(g.input.teacher_ids, vec![second, w.teacher_id]);
    assert_eq!(g.input.participant_ids, vec![w.s.lyceum, w.s.sosh25]);
    let only_first = create_group(&w.admin, &w, &robotics(&w.s, w.teacher_id)).await;
    let taught_by = |t: Uuid| {
        let admin = &w.admin;
        let path = format!("{}?staff_id={t}", routes::network_groups(w.s.network));
        async move {
            let page: Page<Group> = admin.get(&path).await.json();
            page.items.iter().map(|g| g.id).collect::<Vec<_>>()
        }
    };
    assert_eq!(taught_by(second).await, vec![g.id]);
    let mut both = taught_by(w.teacher_id).await;
    both.sort();
    let mut want = vec![g.id, only_first.id];
    want.sort();
    assert_eq!(both, want);

    // The same links again: no new version (the body as read back, with its slots' ids).
    let mut body = serde_json::to_value(&g.input).unwrap();
    let same = w.admin.put_if(&routes::group(g.id), "\"1\"", &body).await;
    assert_eq!(same.status, 200, "{}", same.text);
    assert_eq!(same.json::<Group>().version, 1);

    // Another order is a change.
    body["teacher_ids"] = json!([w.teacher_id, second]);
    body["participant_ids"] = json!([w.s.sosh25, w.s.lyceum]);
    let r = w.admin.put_if(&routes::group(g.id), "\"1\"", &body).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let changed: Group = r.json();
    assert_eq!(changed.version, 2);
    assert_eq!(changed.input.teacher_ids, vec![w.teacher_id, second]);
    assert_eq!(changed.input.participant_ids, vec![w.s.sosh25, w.s.lyceum]);
    let read: Group = w.admin.get(&routes::group(g.id)).await.json();
    assert_eq!(read.input.teacher_ids, vec![w.teacher_id, second]);

    // Without Агафонова the group is no longer hers.
    body["teacher_ids"] = json!([w.teacher_id]);
    let r = w.admin.put_if(&routes::group(g.id), "\"2\"", &body).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(taught_by(second).await, Vec::<Uuid>::new());
    let links = app
        .count(&format!(
            "SELECT COUNT(*) AS n FROM group_teachers WHERE group_id = {}",
            app.uuid_sql(g.id)
        ))
        .await;
    assert_eq!(links, 1);
}
