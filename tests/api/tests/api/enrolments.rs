//! Enrolment of a home school's students in a provider's group: the preview, the rules
//! with their codes and messages, the seats and the waitlist, and who sees the student.

use serde_json::json;
use wire::enrolment::{Enrolment, EnrolmentPreview, EnrolmentStatus, Rule};
use wire::student::{StudentRecord, TeachingStudent};
use wire::{ErrorCode, Page, routes};

use crate::builders::academic_year;
use crate::enrolment_world::World;
use crate::helpers::spawn_app;
use crate::students::{create_student, student_input};

fn approved(e: &Enrolment) -> bool {
    matches!(
        e.status,
        EnrolmentStatus::Approved | EnrolmentStatus::Active
    )
}

#[tokio::test]
async fn a_home_school_requests_and_the_provider_approves_within_the_rules() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let s = w.student("Кузнецова").await;

    let r = w
        .sa_b
        .post(&routes::group_enrolment_preview(w.g.id), &w.request(&s))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let p: EnrolmentPreview = r.json();
    assert!(p.can_request && p.checks.iter().all(|c| c.passed), "{p:?}");
    assert_eq!(p.checks.len(), 6);
    assert_eq!(
        (f64::from(p.load.total), p.load.limit.map(f64::from)),
        (32.0, Some(33.0)),
        "31 home hours + 1 network hour against the limit of grade 8"
    );

    // Until a request exists the provider knows nothing of the student.
    w.sa_a
        .get(&routes::student(s.id))
        .await
        .problem(404, ErrorCode::NotFound);
    let r = w
        .sa_b
        .post(&routes::group_enrolments(w.g.id), &w.request(&s))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let e: Enrolment = r.json();
    assert_eq!(e.status, EnrolmentStatus::Requested);
    assert_eq!(e.student.home_organization_name, "Школа B");
    assert_eq!(e.history.len(), 1);
    assert_eq!(e.history[0].reason.as_deref(), Some("Заявление родителей"));

    // Now the provider and the group's teacher see the student, in the teaching view:
    // no date of birth, no consent, no external id.
    for c in [&w.sa_a, &w.teacher] {
        let r = c.get(&routes::student(s.id)).await;
        assert_eq!(r.status, 200, "{}", r.text);
        assert!(matches!(
            r.json::<StudentRecord>(),
            StudentRecord::Teaching(_)
        ));
        assert!(
            !r.text.contains("birth_date") && !r.text.contains("consent"),
            "{}",
            r.text
        );
    }
    let roster: Page<TeachingStudent> = w.teacher.get(&routes::group_students(w.g.id)).await.json();
    assert_eq!(roster.items.len(), 1);
    // The home school may not approve its own request; the provider may not withdraw…
    w.sa_b
        .post(&routes::enrolment_action(e.id, "approve"), &json!({}))
        .await
        .problem(403, ErrorCode::Forbidden);
    let r = w
        .sa_a
        .post(
            &routes::enrolment_action(e.id, "approve"),
            &json!({"reason": "Есть место"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let e: Enrolment = r.json();
    assert!(approved(&e), "{:?}", e.status);
    let actions: Vec<_> = e.history.iter().map(|h| h.action.as_str()).collect();
    assert_eq!(actions, ["request", "approve"]);
    w.sa_a
        .post(&routes::enrolment_action(e.id, "approve"), &json!({}))
        .await
        .problem(409, ErrorCode::TransitionNotAllowed);

    // The home school sees it under the student.
    let mine: Page<Enrolment> = w.sa_b.get(&routes::student_enrolments(s.id)).await.json();
    assert_eq!(mine.items.len(), 1);
    assert_eq!(mine.items[0].provider_name, "Лицей A");
}

#[tokio::test]
async fn each_rule_refuses_with_its_own_code_and_a_message_naming_the_numbers() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let enrol = |body: serde_json::Value| {
        let c = w.sa_b.clone();
        let path = routes::group_enrolments(w.g.id);
        async move { c.post(&path, &body).await }
    };

    let mut no_consent = student_input("Безсогласия", None);
    no_consent["consent_date"] = json!(null);
    no_consent["consent_document"] = json!(null);
    let s = create_student(&w.sa_b, w.b.id, &no_consent).await;
    let p: EnrolmentPreview = w
        .sa_b
        .post(&routes::group_enrolment_preview(w.g.id), &w.request(&s))
        .await
        .json();
    let failed: Vec<_> = p
        .checks
        .iter()
        .filter(|c| !c.passed)
        .map(|c| c.rule)
        .collect();
    assert_eq!(failed, [Rule::ConsentOnFile]);
    assert!(!p.can_request);
    enrol(w.request(&s))
        .await
        .problem(422, ErrorCode::ConsentMissing);

    let mut eleventh = student_input("Старшеклассник", None);
    eleventh["grade"] = json!(11);
    let s = create_student(&w.sa_b, w.b.id, &eleventh).await;
    let r = enrol(w.request(&s)).await;
    let p = r.problem(422, ErrorCode::GradeOutsideProgramme);
    assert!(
        p.detail.contains("5–8") && p.detail.contains("11"),
        "{}",
        p.detail
    );

    // 32.5 home hours + 1 network hour exceed the 33 of grade 8 on a five-day week…
    let r = w
        .sa_b
        .put(
            &routes::organization_home_loads(w.b.id, &academic_year(w.start)),
            &json!({"grades": [{"grade": 8, "hours_per_week": 32.5}]}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let s = w.student("Перегрузов").await;
    let p = enrol(w.request(&s))
        .await
        .problem(422, ErrorCode::WeeklyLoadExceeded);
    assert!(
        p.detail.contains("33,5") && p.detail.contains("33 ч") && p.detail.contains("8 класса"),
        "{}",
        p.detail
    );
    // … unless the module replaces an hour of the home curriculum.
    let mut replacing = w.request(&s);
    replacing["replaces_hours"] = json!(1);
    assert_eq!(enrol(replacing).await.status, 201);

    // Grade 7 has no curriculum hours entered now: the load cannot be checked.
    w.sa_b
        .put(
            &routes::organization_home_loads(w.b.id, &academic_year(w.start)),
            &json!({"grades": []}),
        )
        .await;
    let mut seventh = student_input("Семиклассник", None);
    seventh["grade"] = json!(7);
    let s = create_student(&w.sa_b, w.b.id, &seventh).await;
    enrol(w.request(&s))
        .await
        .problem(422, ErrorCode::HomeLoadMissing);
    // A pupil on an individual curriculum (ИУП) carries their own home hours: 31.5 + 1
    // exceed the 32 of grade 7, 30 + 1 do not.
    let mut own = student_input("Индивидуалов", None);
    own["grade"] = json!(7);
    own["home_hours_per_week"] = json!(41);
    w.sa_b
        .post(&routes::organization_students(w.b.id), &own)
        .await
        .assert_field_error("home_hours_per_week", Some("out_of_range"));
    own["home_hours_per_week"] = json!(31.5);
    let s = create_student(&w.sa_b, w.b.id, &own).await;
    assert_eq!(s.home_hours_per_week, Some(31.5));
    let p = enrol(w.request(&s))
        .await
        .problem(422, ErrorCode::WeeklyLoadExceeded);
    assert!(
        p.detail.contains("32,5") && p.detail.contains("32 ч") && p.detail.contains("7 класса"),
        "{}",
        p.detail
    );
    own["home_hours_per_week"] = json!(30);
    let r = w
        .sa_b
        .put_if(&routes::student(s.id), &format!("\"{}\"", s.version), &own)
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(enrol(w.request(&s)).await.status, 201);

    // School C is in the network but has no agreement with A.
    let sa_c = {
        crate::builders::create_org_user(&w.admin, "e_sa_c", wire::Role::SchoolAdmin, w.c.id).await;
        app.login("e_sa_c", crate::builders::USER_PASSWORD).await
    };
    let s = create_student(&sa_c, w.c.id, &student_input("Чужаков", None)).await;
    let p = sa_c
        .post(&routes::group_enrolments(w.g.id), &w.request(&s))
        .await
        .problem(422, ErrorCode::AgreementMissing);
    assert!(p.detail.contains("договор"), "{}", p.detail);
    // A student of another school is not B's to request: for B it does not exist.
    w.sa_b
        .post(&routes::group_enrolments(w.g.id), &w.request(&s))
        .await
        .assert_field_error("student_id", Some("unknown_reference"));
}

#[tokio::test]
async fn a_student_in_two_overlapping_groups_is_a_timetable_conflict() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let mut second = crate::builders::group_input(w.p.id, w.a.id, w.t.id, w.start, &[w.a.id]);
    second["name"] = json!("Робототехника, группа 2");
    second["slots"] = json!([{"weekday": "tue", "start": "14:50", "end": "15:30"}]);
    let r = w
        .admin
        .post(&routes::network_groups(w.network), &second)
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let g2: wire::group::Group = r.json();
    w.admin
        .post(&routes::group_generate(g2.id), &json!({}))
        .await;

    let s = w.student("Двойнова").await;
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
    let p = w
        .sa_b
        .post(&routes::group_enrolments(g2.id), &w.request(&s))
        .await
        .problem(422, ErrorCode::TimetableConflict);
    assert!(
        p.detail.contains("14:50") && p.detail.contains("15:10"),
        "{}",
        p.detail
    );
}

#[tokio::test]
async fn the_last_seat_goes_to_one_approval_and_a_freed_seat_to_the_waitlist() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let mut requests = Vec::new();
    for name in ["Первов", "Второв", "Третьякова"] {
        let s = w.student(name).await;
        let r = w
            .sa_b
            .post(&routes::group_enrolments(w.g.id), &w.request(&s))
            .await;
        assert_eq!(r.status, 201, "{}", r.text);
        requests.push((s, r.json::<Enrolment>()));
    }
    let approve = |e: &Enrolment| {
        let c = w.sa_a.clone();
        let path = routes::enrolment_action(e.id, "approve");
        async move { c.post(&path, &json!({})).await }
    };
    assert_eq!(approve(&requests[0].1).await.status, 200);
    assert_eq!(approve(&requests[1].1).await.status, 200);
    let p = approve(&requests[2].1)
        .await
        .problem(409, ErrorCode::NoFreeSeat);
    assert!(p.detail.contains("2"), "{}", p.detail);
    let r = w
        .sa_a
        .post(
            &routes::enrolment_action(requests[2].1.id, "waitlist"),
            &json!({}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let waiting: Enrolment = r.json();
    assert_eq!(waiting.status, EnrolmentStatus::Waitlisted);
    assert_eq!(waiting.waitlist_position, Some(1));

    // The home school withdraws the first student: the seat goes to the waitlist in the
    // same request, and the provider no longer sees the one who left.
    let r = w
        .sa_b
        .post(
            &routes::enrolment_action(requests[0].1.id, "withdraw"),
            &json!({"reason": "Переезд"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json::<Enrolment>().status, EnrolmentStatus::Withdrawn);
    let third: Enrolment = w
        .sa_a
        .get(&routes::enrolment(requests[2].1.id))
        .await
        .json();
    assert!(approved(&third), "{:?}", third.status);
    assert_eq!(
        third.history.last().map(|h| h.action.as_str()),
        Some("offer")
    );
    w.sa_a
        .get(&routes::student(requests[0].0.id))
        .await
        .problem(404, ErrorCode::NotFound);
    w.teacher
        .get(&routes::student(requests[0].0.id))
        .await
        .problem(404, ErrorCode::NotFound);
    // … nor the enrolment, in the roster or by itself.
    for c in [&w.sa_a, &w.teacher] {
        c.get(&routes::enrolment(requests[0].1.id))
            .await
            .problem(404, ErrorCode::NotFound);
        let roster: Page<Enrolment> = c.get(&routes::group_enrolments(w.g.id)).await.json();
        assert!(roster.items.iter().all(|e| e.id != requests[0].1.id));
    }
    // The home school still sees its student and the whole history.
    let r = w.sa_b.get(&routes::enrolment(requests[0].1.id)).await;
    assert_eq!(r.status, 200);
    let gone: Enrolment = r.json();
    assert_eq!(
        gone.history.last().and_then(|h| h.reason.as_deref()),
        Some("Переезд")
    );

    // Capacity cannot drop below the seats held.
    let mut gi = crate::builders::group_input(w.p.id, w.a.id, w.t.id, w.start, &[w.a.id, w.b.id]);
    gi["capacity"] = json!(1);
    w.sa_a
        .put(&routes::group(w.g.id), &gi)
        .await
        .assert_field_error("capacity", Some("out_of_range"));
}

#[tokio::test]
async fn concurrent_approvals_of_the_last_seat_give_exactly_one_success() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    // Fill one of the two seats, then race twelve requests for the other.
    let first = w.student("Занятов").await;
    let e: Enrolment = w
        .sa_b
        .post(&routes::group_enrolments(w.g.id), &w.request(&first))
        .await
        .json();
    assert_eq!(
        w.sa_a
            .post(&routes::enrolment_action(e.id, "approve"), &json!({}))
            .await
            .status,
        200
    );
    let mut ids = Vec::new();
    for i in 0..12 {
        let s = w.student(&format!("Гонщиков{i}")).await;
        let e: Enrolment = w
            .sa_b
            .post(&routes::group_enrolments(w.g.id), &w.request(&s))
            .await
            .json();
        ids.push(e.id);
    }
    let answers = futures_util::future::join_all(ids.iter().map(|id| {
        let c = w.sa_a.clone();
        let path = routes::enrolment_action(id, "approve");
        async move { c.post(&path, &json!({})).await }
    }))
    .await;
    let ok = answers.iter().filter(|r| r.status == 200).count();
    let full = answers
        .iter()
        .filter(|r| r.status == 409 && r.text.contains("no_free_seat"))
        .count();
    assert_eq!(
        (ok, full),
        (1, 11),
        "{:?}",
        answers.iter().map(|r| r.status).collect::<Vec<_>>()
    );
    let held = w
        .sa_a
        .get(&routes::group_enrolments(w.g.id))
        .await
        .json::<Page<Enrolment>>()
        .items
        .iter()
        .filter(|e| approved(e))
        .count();
    assert_eq!(held, 2, "capacity 2, two seats held");
}

#[tokio::test]
async fn a_teacher_of_another_group_and_an_outside_school_see_no_enrolment() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let s = w.student("Закрытова").await;
    let e: Enrolment = w
        .sa_b
        .post(&routes::group_enrolments(w.g.id), &w.request(&s))
        .await
        .json();
    crate::builders::create_org_user(&w.admin, "e_other", wire::Role::Teacher, w.a.id).await;
    let other = app.login("e_other", crate::builders::USER_PASSWORD).await;
    for path in [
        routes::group_enrolments(w.g.id),
        routes::group_students(w.g.id),
        routes::enrolment(e.id),
        routes::student(s.id),
    ] {
        other.get(&path).await.problem(404, ErrorCode::NotFound);
    }
    // A school of the network that sends no students sees an empty roster.
    crate::builders::create_org_user(&w.admin, "e_sa_c2", wire::Role::SchoolAdmin, w.c.id).await;
    let sa_c = app.login("e_sa_c2", crate::builders::USER_PASSWORD).await;
    let roster: Page<Enrolment> = sa_c.get(&routes::group_enrolments(w.g.id)).await.json();
    assert!(roster.items.is_empty());
    sa_c.get(&routes::enrolment(e.id))
        .await
        .problem(404, ErrorCode::NotFound);
}

#[tokio::test]
async fn the_timetable_knows_who_attends_from_the_enrolments() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    // G2: another teacher, Wednesdays; no clash when the student is approved in both.
    let u: wire::staff::Staff = w
        .admin
        .post(
            &routes::organization_staff(w.a.id),
            &crate::builders::staff_input("Устинова"),
        )
        .await
        .json();
    let mut second = crate::builders::group_input(w.p.id, w.a.id, u.id, w.start, &[w.a.id]);
    second["name"] = json!("Робототехника, среда");
    second["slots"] = json!([{"weekday": "wed", "start": "14:30", "end": "15:10"}]);
    let g2: wire::group::Group = w
        .admin
        .post(&routes::network_groups(w.network), &second)
        .await
        .json();
    w.admin
        .post(&routes::group_generate(g2.id), &json!({}))
        .await;
    let s = w.student("Вездесущева").await;
    for g in [w.g.id, g2.id] {
        let e: Enrolment = w
            .sa_b
            .post(&routes::group_enrolments(g), &w.request(&s))
            .await
            .json();
        let r = w
            .sa_a
            .post(&routes::enrolment_action(e.id, "approve"), &json!({}))
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }
    let conflicts = routes::network_conflicts(w.network);
    let year = format!(
        "{conflicts}?from={}&to={}",
        w.g.input.first_date, w.g.input.last_date
    );
    let none: Page<serde_json::Value> = w.admin.get(&year).await.json();
    assert!(
        none.items
            .iter()
            .all(|c| c["kind"] != "student_double_booked"),
        "{:?}",
        none.items
    );

    // A Wednesday session moved onto a Tuesday session of G: the student is in both.
    let mine: Page<wire::group::Session> = w.admin.get(&routes::group_sessions(g2.id)).await.json();
    let theirs: Page<wire::group::Session> =
        w.admin.get(&routes::group_sessions(w.g.id)).await.json();
    let target = theirs.items.last().expect("a session of G");
    let moving = mine.items.last().expect("a session of G2");
    let r = w
        .admin
        .put(
            &routes::session(moving.id),
            &json!({"date": target.date, "start": "14:50", "end": "15:30"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let found: Page<serde_json::Value> = w
        .admin
        .get(&format!(
            "{conflicts}?from={}&to={}",
            target.date, target.date
        ))
        .await
        .json();
    let hit = found
        .items
        .iter()
        .find(|c| c["kind"] == "student_double_booked")
        .unwrap_or_else(|| panic!("{:?}", found.items));
    assert!(
        hit.get("student_id").is_none(),
        "which student is not told: {hit}"
    );
    assert!(
        hit["message"]
            .as_str()
            .is_some_and(|m| m.contains("14:50–15:10")),
        "{hit}"
    );

    // The schools attending G are those its students come from (B), not the list it
    // was formed with (A and B).
    let t: wire::group::Timetable = w
        .admin
        .get(&format!(
            "{}?from={}&to={}",
            routes::network_timetable(w.network),
            target.date,
            target.date
        ))
        .await
        .json();
    let entry = t
        .entries
        .iter()
        .find(|e| e.session.id == target.id)
        .expect("G's session");
    assert_eq!(entry.participant_ids, [w.b.id]);
}
