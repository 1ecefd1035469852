//! What the landing pages read: a school's enrolments from either side, the rules of a
//! waiting request as the provider sees them, a teacher's own sessions, and the students
//! list filtered by whether they learn in a network group.

use serde_json::json;
use wire::enrolment::{Enrolment, EnrolmentPreview, EnrolmentStatus, Rule};
use wire::group::MySession;
use wire::student::Student;
use wire::{ErrorCode, Page, routes};

use crate::enrolment_world::World;
use crate::helpers::spawn_app;

fn ids(p: &Page<Enrolment>) -> Vec<uuid::Uuid> {
    p.items.iter().map(|e| e.id).collect()
}

#[tokio::test]
async fn a_school_sees_its_pupils_requests_and_the_requests_in_its_groups() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let (s1, s2, s3) = (
        w.student("Алексеева").await,
        w.student("Борисов").await,
        w.student("Васильева").await,
    );
    let mut requested = Vec::new();
    for s in [&s1, &s2, &s3] {
        let r = w
            .sa_b
            .post(&routes::group_enrolments(w.g.id), &w.request(s))
            .await;
        assert_eq!(r.status, 201, "{}", r.text);
        requested.push(r.json::<Enrolment>());
    }
    // Two seats: the first two approved, the third waits.
    for e in &requested[..2] {
        let r = w
            .sa_a
            .post(&routes::enrolment_action(e.id, "approve"), &json!({}))
            .await;
        assert_eq!(r.status, 200, "{}", r.text);
    }
    let third = &requested[2];

    // The provider sees why the third cannot be approved now: the free seat.
    let r = w.sa_a.get(&routes::enrolment_checks(third.id)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let c: EnrolmentPreview = r.json();
    assert!(!c.can_request, "{c:?}");
    let failing: Vec<Rule> = c
        .checks
        .iter()
        .filter(|x| !x.passed)
        .map(|x| x.rule)
        .collect();
    assert_eq!(failing, vec![Rule::FreeSeat]);
    let seat = c.checks.iter().find(|x| x.rule == Rule::FreeSeat);
    assert!(
        seat.and_then(|x| x.message.as_deref())
            .is_some_and(|m| m.contains('2')),
        "the message names the capacity: {seat:?}"
    );
    let r = w
        .sa_a
        .post(&routes::enrolment_action(third.id, "waitlist"), &json!({}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);

    // B, the home school: all three of its pupils, the third with its place in the queue.
    let home: Page<Enrolment> = w
        .sa_b
        .get(&routes::organization_enrolments(w.b.id))
        .await
        .json();
    assert_eq!(
        ids(&home),
        requested.iter().map(|e| e.id).collect::<Vec<_>>()
    );
    let waiting: Page<Enrolment> = w
        .sa_b
        .get(&format!(
            "{}?status=waitlisted",
            routes::organization_enrolments(w.b.id)
        ))
        .await
        .json();
    assert_eq!(ids(&waiting), vec![third.id]);
    assert_eq!(waiting.items[0].waitlist_position, Some(1));
    // B provides no group.
    let r = w
        .sa_b
        .get(&format!(
            "{}?side=provider",
            routes::organization_enrolments(w.b.id)
        ))
        .await;
    assert_eq!(r.json::<Page<Enrolment>>().items.len(), 0, "{}", r.text);

    // A, the provider: the same three in its group; none of its own pupils as home.
    let provided: Page<Enrolment> = w
        .sa_a
        .get(&format!(
            "{}?side=provider",
            routes::organization_enrolments(w.a.id)
        ))
        .await
        .json();
    assert_eq!(provided.items.len(), 3);
    assert!(provided.items.iter().all(|e| e.provider_id == w.a.id));
    let own: Page<Enrolment> = w
        .sa_a
        .get(&routes::organization_enrolments(w.a.id))
        .await
        .json();
    assert!(own.items.is_empty());
    // Nobody else reads B's list; A may not read B's pupils as a list.
    w.sa_a
        .get(&routes::organization_enrolments(w.b.id))
        .await
        .problem(403, ErrorCode::Forbidden);
    w.teacher
        .get(&routes::organization_enrolments(w.b.id))
        .await
        .problem(403, ErrorCode::Forbidden);

    // A withdrawn pupil leaves A's list but stays in B's history.
    let r = w
        .sa_b
        .post(
            &routes::enrolment_action(requested[0].id, "withdraw"),
            &json!({}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let provided: Page<Enrolment> = w
        .sa_a
        .get(&format!(
            "{}?side=provider",
            routes::organization_enrolments(w.a.id)
        ))
        .await
        .json();
    assert!(!ids(&provided).contains(&requested[0].id));
    // The freed seat went to the waitlist in the same step.
    let e = provided.items.iter().find(|e| e.id == third.id);
    assert!(
        e.is_some_and(|e| matches!(
            e.status,
            EnrolmentStatus::Approved | EnrolmentStatus::Active
        )),
        "{e:?}"
    );
    let home: Page<Enrolment> = w
        .sa_b
        .get(&routes::organization_enrolments(w.b.id))
        .await
        .json();
    assert_eq!(home.items.len(), 3);
    // The checks are for requests awaiting a decision only.
    w.sa_a
        .get(&routes::enrolment_checks(third.id))
        .await
        .problem(409, ErrorCode::TransitionNotAllowed);

    // Reading the lists wrote audit records naming the pupils.
    let audit = w
        .admin
        .get(&format!("{}?student_id={}", routes::AUDIT, s3.id))
        .await;
    assert_eq!(audit.status, 200, "{}", audit.text);
    assert!(audit.text.contains("/enrolments"), "{}", audit.text);
}

#[tokio::test]
async fn a_teacher_lists_the_sessions_of_the_groups_they_teach() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let s = w.student("Григорьев").await;
    let r = w
        .sa_b
        .post(&routes::group_enrolments(w.g.id), &w.request(&s))
        .await;
    let e: Enrolment = r.json();
    let r = w
        .sa_a
        .post(&routes::enrolment_action(e.id, "approve"), &json!({}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);

    let september = format!(
        "{}?from={}-09-01&to={}-09-30",
        routes::MY_SESSIONS,
        w.start,
        w.start
    );
    let r = w.teacher.get(&september).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let mine: Page<MySession> = r.json();
    assert!(!mine.items.is_empty(), "September has sessions");
    assert!(mine.items.iter().all(|m| m.group_id == w.g.id
        && m.programme_title == w.p.title
        && m.provider_name == "Лицей A"
        && m.students == 1));
    assert!(
        mine.items
            .windows(2)
            .all(|p| (p[0].date, p[0].start) <= (p[1].date, p[1].start))
    );
    // September of this school year is over: every register there is due and untaken.
    if crate::builders::today() > crate::builders::day(w.start, 10, 1) {
        assert!(mine.items.iter().all(|m| m.ended && !m.register_taken));
    }
    // Who teaches nothing sees nothing; a backwards period has no day; a long one is cut
    // to a year from its start.
    let none: Page<MySession> = w.sa_a.get(&september).await.json();
    assert!(none.items.is_empty());
    let backwards: Page<MySession> = w
        .teacher
        .get(&format!(
            "{}?from={}-09-30&to={}-09-01",
            routes::MY_SESSIONS,
            w.start,
            w.start
        ))
        .await
        .json();
    assert!(backwards.items.is_empty());
    let long: Page<MySession> = w
        .teacher
        .get(&format!(
            "{}?from={}-09-01&to={}-09-01",
            routes::MY_SESSIONS,
            w.start,
            w.start + 3
        ))
        .await
        .json();
    let cut = crate::builders::day(w.start, 9, 1) + chrono::Duration::days(366);
    assert!(!long.items.is_empty() && long.items.iter().all(|m| m.date <= cut));
}

#[tokio::test]
async fn the_students_list_filters_by_whether_a_pupil_learns_in_a_network_group() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let (enrolled, home_only) = (w.student("Дмитриева").await, w.student("Егоров").await);
    let r = w
        .sa_b
        .post(&routes::group_enrolments(w.g.id), &w.request(&enrolled))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let list = |q: &'static str| {
        let path = format!("{}?{q}", routes::organization_students(w.b.id));
        let c = &w.sa_b;
        async move {
            let r = c.get(&path).await;
            assert_eq!(r.status, 200, "{}", r.text);
            r.json::<Page<Student>>()
                .items
                .into_iter()
                .map(|s| s.id)
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(list("enrolled=true").await, vec![enrolled.id]);
    assert_eq!(list("enrolled=false").await, vec![home_only.id]);
    assert_eq!(
        list("enrolled=false&q=дмитр").await,
        Vec::<uuid::Uuid>::new()
    );
    // A withdrawn request no longer counts.
    let e: Page<Enrolment> = w
        .sa_b
        .get(&routes::student_enrolments(enrolled.id))
        .await
        .json();
    let r = w
        .sa_b
        .post(
            &routes::enrolment_action(e.items[0].id, "withdraw"),
            &json!({}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(list("enrolled=true").await.is_empty());
}
