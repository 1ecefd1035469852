//! Attendance: the teacher takes a session's register at once, corrections after 48 hours
//! need a reason, the home school sees its students' attendance and who is absent too
//! often, and untaken registers are visible.

use serde_json::json;
use wire::attendance::{AbsenceLine, GroupAttendance, Mark, Register, UntakenRegister};
use wire::audit::AuditEntry;
use wire::enrolment::Enrolment;
use wire::group::Session;
use wire::student::Student;
use wire::{ErrorCode, Page, routes};

use crate::builders::today;
use crate::enrolment_world::World;
use crate::helpers::{TestApp, spawn_app_at};

/// An installation whose clock stands at the time the test runs until the test moves it.
async fn app_now() -> TestApp {
    spawn_app_at(ops::Clock::system().now()).await
}

/// Two students of B approved in G in late August, when the group was formed (the clock
/// is set back for it), and G's sessions that have passed by now (oldest first).
async fn taught(app: &TestApp, w: &World) -> (Vec<Student>, Vec<Session>) {
    let now = app.clock.now();
    let formed = crate::builders::day(w.start, 8, 25)
        .and_hms_opt(9, 0, 0)
        .expect("a time")
        .and_utc();
    let mut students = Vec::new();
    for name in ["Акимова", "Борисов"] {
        let mut input = crate::students::student_input(name, None);
        input["consent_date"] = json!(crate::builders::day(w.start, 8, 20));
        let s = crate::students::create_student(&w.sa_b, w.b.id, &input).await;
        app.clock.set(formed);
        let e: Enrolment = w
            .sa_b
            .post(&routes::group_enrolments(w.g.id), &w.request(&s))
            .await
            .json();
        let r = w
            .sa_a
            .post(&routes::enrolment_action(e.id, "approve"), &json!({}))
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
        app.clock.set(now);
        students.push(s);
    }
    let all: Page<Session> = w.admin.get(&routes::group_sessions(w.g.id)).await.json();
    let past: Vec<Session> = all
        .items
        .into_iter()
        .filter(|s| s.date < today() - chrono::Days::new(3))
        .collect();
    assert!(past.len() >= 3, "the world's group has taught for a while");
    (students, past)
}

fn marks(pairs: &[(&Student, Mark)]) -> serde_json::Value {
    json!({"marks": pairs.iter().map(|(s, m)| json!({"student_id": s.id, "mark": m})).collect::<Vec<_>>()})
}

#[tokio::test]
async fn the_teacher_takes_a_register_at_once_and_both_schools_see_it() {
    let app = app_now().await;
    let w = World::build(&app).await;
    let (st, past) = taught(&app, &w).await;
    let path = routes::session_register(past[0].id);

    let blank: Register = w.teacher.get(&path).await.json();
    assert!(!blank.taken);
    assert_eq!(blank.lines.len(), 2);
    assert!(blank.lines.iter().all(|l| l.mark.is_none()));

    // Every student at once: one missing is refused, and nothing is recorded.
    w.teacher
        .put(&path, &marks(&[(&st[0], Mark::Present)]))
        .await
        .assert_field_error("marks", Some("register_incomplete"));
    let r = w
        .teacher
        .put(
            &path,
            &marks(&[(&st[0], Mark::Present), (&st[1], Mark::AbsentUnexcused)]),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let reg: Register = r.json();
    assert!(reg.taken);
    assert_eq!(reg.taken_by_name.as_deref(), Some("e_teach"));
    assert_eq!(reg.version, 1);

    // A correction this long after the session needs a reason …
    let fixed = marks(&[(&st[0], Mark::Present), (&st[1], Mark::AbsentExcused)]);
    w.teacher
        .put(&path, &fixed)
        .await
        .assert_field_error("reason", Some("required"));
    let mut with_reason = fixed.clone();
    with_reason["reason"] = json!("Справка от врача");
    let r = w.teacher.put_if(&path, "\"1\"", &with_reason).await;
    assert_eq!(r.status, 200, "{}", r.text);
    // … and is audited with the marks before and after.
    let log: Page<AuditEntry> = w
        .admin
        .get(&format!(
            "{}?entity_type=register&entity_id={}",
            routes::AUDIT,
            past[0].id
        ))
        .await
        .json();
    let correction = log
        .items
        .iter()
        .find(|e| e.action == "correct")
        .expect("recorded");
    assert!(
        correction
            .before
            .as_ref()
            .is_some_and(|b| b.to_string().contains("absent_unexcused"))
    );
    assert!(
        correction
            .after
            .as_ref()
            .is_some_and(|a| a.to_string().contains("Справка от врача"))
    );

    // The home school sees its students' row in the group's table.
    let table: GroupAttendance = w.sa_b.get(&routes::group_attendance(w.g.id)).await.json();
    assert_eq!(table.rows.len(), 2);
    let col = table
        .sessions
        .iter()
        .position(|s| s.session_id == past[0].id)
        .expect("the session's column");
    assert!(table.sessions[col].taken);
    let borisov = table
        .rows
        .iter()
        .find(|r| r.student.id == st[1].id)
        .expect("a row");
    assert_eq!(borisov.marks[col], Some(Mark::AbsentExcused));
    assert_eq!(borisov.tally.absent_excused, 1);

    // Only the group's own can take it; a future session has no register yet.
    w.sa_b
        .put(&path, &with_reason)
        .await
        .problem(403, ErrorCode::Forbidden);
    let all: Page<Session> = w.admin.get(&routes::group_sessions(w.g.id)).await.json();
    if let Some(future) = all
        .items
        .iter()
        .find(|s| s.date > today() + chrono::Days::new(1))
    {
        w.teacher
            .put(
                &routes::session_register(future.id),
                &marks(&[(&st[0], Mark::Present), (&st[1], Mark::Present)]),
            )
            .await
            .problem(409, ErrorCode::Conflict);
    }

    // Акимова leaves today and Веселова takes her seat: the past register lists those
    // who were in the group that day — for the home school both of its pupils, for the
    // provider only Борисов, since a visiting pupil who left is out of its sight — and
    // the table shows each pupil's days.
    let mine: Page<Enrolment> = w
        .sa_b
        .get(&routes::student_enrolments(st[0].id))
        .await
        .json();
    let r = w
        .sa_b
        .post(
            &routes::enrolment_action(mine.items[0].id, "withdraw"),
            &json!({"reason": "Переезд"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let newcomer = w.student("Веселова").await;
    let e: Enrolment = w
        .sa_b
        .post(&routes::group_enrolments(w.g.id), &w.request(&newcomer))
        .await
        .json();
    let r = w
        .sa_a
        .post(&routes::enrolment_action(e.id, "approve"), &json!({}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let on = |r: Register| r.lines.iter().map(|l| l.student.id).collect::<Vec<_>>();
    let home: Register = w.sa_b.get(&path).await.json();
    assert_eq!(on(home), [st[0].id, st[1].id]);
    let provider: Register = w.teacher.get(&path).await.json();
    assert_eq!(on(provider), [st[1].id]);
    // A correction by the teacher marks those on their register; Акимова's mark stays.
    let r = w
        .teacher
        .put(
            &path,
            &json!({"marks": [{"student_id": st[1].id, "mark": Mark::Late}], "reason": "Ошибка"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let home: Register = w.sa_b.get(&path).await.json();
    let marks: Vec<_> = home.lines.iter().map(|l| l.mark).collect();
    assert_eq!(marks, [Some(Mark::Present), Some(Mark::Late)]);
    let table: GroupAttendance = w.sa_b.get(&routes::group_attendance(w.g.id)).await.json();
    let row = |id| {
        table
            .rows
            .iter()
            .find(|r| r.student.id == id)
            .expect("a row")
    };
    assert!(row(st[0].id).on_register[col]);
    assert!(!row(newcomer.id).on_register[col]);
    assert_eq!(row(newcomer.id).marks[col], None);
    if let Some(next) = table.sessions.iter().position(|s| s.date > today()) {
        assert!(row(newcomer.id).on_register[next]);
        assert!(!row(st[0].id).on_register[next]);
    }
}

#[tokio::test]
async fn the_home_school_lists_students_absent_too_often_and_untaken_registers_show() {
    let app = app_now().await;
    let w = World::build(&app).await;
    let (st, past) = taught(&app, &w).await;
    let untaken = routes::network_untaken_registers(w.network);
    let before: Page<UntakenRegister> = w.sa_a.get(&untaken).await.json();
    // Every session that has ended, the last few days' too.
    assert!(before.items.len() >= past.len(), "{}", before.items.len());
    assert!(before.items.iter().all(|u| u.date <= today()));

    // Акимова misses one of three sessions; Борисов is always there.
    for (i, s) in past.iter().take(3).enumerate() {
        let first = if i == 1 {
            Mark::AbsentUnexcused
        } else {
            Mark::Late
        };
        let r = w
            .teacher
            .put(
                &routes::session_register(s.id),
                &marks(&[(&st[0], first), (&st[1], Mark::Present)]),
            )
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }
    let after: Page<UntakenRegister> = w.sa_a.get(&untaken).await.json();
    assert_eq!(after.items.len(), before.items.len() - 3);
    assert!(after.items.iter().all(|u| u.provider_name == "Лицей A"));

    let report = routes::organization_absences(w.b.id);
    let over: Page<AbsenceLine> = w.sa_b.get(&report).await.json();
    let names: Vec<_> = over
        .items
        .iter()
        .map(|l| l.student.last_name.as_str())
        .collect();
    assert_eq!(names, ["Акимова"], "33 % absent is above the default 20 %");
    assert!((over.items[0].absence_share - 33.3).abs() < 0.05);
    let none: Page<AbsenceLine> = w.sa_b.get(&format!("{report}?share=40")).await.json();
    assert!(none.items.is_empty());
    let counted: Page<AbsenceLine> = w.sa_b.get(&format!("{report}?count=0")).await.json();
    assert_eq!(counted.items.len(), 1);
    // The provider does not read another school's report.
    w.sa_a.get(&report).await.problem(403, ErrorCode::Forbidden);
}
