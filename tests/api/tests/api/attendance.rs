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
use crate::helpers::spawn_app;

/// Two approved students of B in G, and G's sessions that have passed (oldest first).
async fn taught(w: &World) -> (Vec<Student>, Vec<Session>) {
    let mut students = Vec::new();
    for name in ["Акимова", "Борисов"] {
        let s = w.student(name).await;
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
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let (st, past) = taught(&w).await;
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
}

#[tokio::test]
async fn the_home_school_lists_students_absent_too_often_and_untaken_registers_show() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let (st, past) = taught(&w).await;
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
