//! Students of home schools: their records, who sees them, and the audit of every read.

use serde_json::{Value, json};
use uuid::Uuid;
use wire::audit::AuditEntry;
use wire::student::{Student, StudentRecord};
use wire::{ErrorCode, Page, routes};

use crate::builders::{demo, demo_org, today};
use crate::client::TestClient;
use crate::helpers::spawn_demo_app;

/// A student of grade 8 «б» born fourteen years ago, consent on file.
pub fn student_input(last_name: &str, external_id: Option<&str>) -> Value {
    let born = today() - chrono::Days::new(14 * 365);
    json!({
        "last_name": last_name,
        "first_name": "Мария",
        "patronymic": "Петровна",
        "birth_date": born,
        "grade": 8,
        "class_letter": "б",
        "external_id": external_id,
        "consent_date": today() - chrono::Days::new(30),
        "consent_document": "№ 17",
    })
}

pub async fn create_student(c: &TestClient, org: Uuid, body: &Value) -> Student {
    let r = c.post(&routes::organization_students(org), body).await;
    assert_eq!(r.status, 201, "{}", r.text);
    r.json()
}

/// The names of the test's own students on a page (the demo's school has its pupils
/// too; the test's have external ids beginning with `t-`).
fn names(p: &Page<Student>) -> Vec<&str> {
    p.items
        .iter()
        .filter(|s| {
            s.external_id
                .as_deref()
                .is_some_and(|e| e.starts_with("t-"))
        })
        .map(|s| s.last_name.as_str())
        .collect()
}

#[tokio::test]
async fn a_school_keeps_its_students_and_finds_them_by_name_grade_class_and_consent() {
    let app = spawn_demo_app().await;
    let director = app.demo("sosh25.director").await;
    let sosh25 = demo_org(&director, demo::SOSH25).await;
    let list = routes::organization_students(sosh25.id);

    let r = director
        .post(&list, &student_input("Ёлкина", Some("t-1")))
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let elkina: Student = r.json();
    assert_eq!(
        r.header("location"),
        Some(routes::student(elkina.id).as_str())
    );
    assert_eq!(elkina.class_letter, "Б");
    let consent = elkina.consent.clone().expect("consent on file");
    assert_eq!(consent.document, "№ 17");
    assert!(consent.recorded_by.is_some(), "who recorded the consent");

    let mut no_consent = student_input("Щукин", Some("t-2"));
    no_consent["consent_date"] = Value::Null;
    no_consent["consent_document"] = Value::Null;
    no_consent["grade"] = json!(9);
    no_consent["class_letter"] = json!("А");
    create_student(&director, sosh25.id, &no_consent).await;

    let all: Page<Student> = director.get(&list).await.json();
    assert_eq!(names(&all), ["Ёлкина", "Щукин"]);
    // ё and е, any case.
    let found: Page<Student> = director.get(&format!("{list}?q=ЕЛКИН")).await.json();
    assert_eq!(names(&found), ["Ёлкина"]);
    let ninth: Page<Student> = director.get(&format!("{list}?grade=9")).await.json();
    assert_eq!(names(&ninth), ["Щукин"]);
    let b: Page<Student> = director
        .get(&format!("{list}?class_letter=%D0%B1"))
        .await
        .json();
    assert_eq!(names(&b), ["Ёлкина"]);
    let without: Page<Student> = director.get(&format!("{list}?consent=false")).await.json();
    assert_eq!(names(&without), ["Щукин"]);

    // Replacing keeps who recorded an unchanged consent.
    let path = routes::student(elkina.id);
    let mut moved = student_input("Ёлкина", Some("t-1"));
    moved["class_letter"] = json!("в");
    let r = director.put_if(&path, "\"1\"", &moved).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let after: Student = r.json();
    assert_eq!(after.class_letter, "В");
    assert_eq!(after.consent, Some(consent));
    director
        .put_if(&path, "\"1\"", &moved)
        .await
        .problem(412, ErrorCode::PreconditionFailed);

    assert_eq!(director.delete_if(&path, "\"2\"").await.status, 204);
    director.get(&path).await.problem(404, ErrorCode::NotFound);
    let left: Page<Student> = director.get(&list).await.json();
    assert_eq!(names(&left), ["Щукин"]);
}

#[tokio::test]
async fn a_regional_system_upserts_students_by_external_id() {
    let app = spawn_demo_app().await;
    let director = app.demo("sosh25.director").await;
    let sosh25 = demo_org(&director, demo::SOSH25).await;
    let path = routes::organization_student_by_external_id(sosh25.id, "pupil-77");

    let r = director.put(&path, &student_input("Смирнов", None)).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let made: Student = r.json();
    assert_eq!(made.external_id.as_deref(), Some("pupil-77"));

    // The same body again changes nothing.
    let r = director.put(&path, &student_input("Смирнов", None)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json::<Student>().version, made.version);

    let r = director.put(&path, &student_input("Смирнова", None)).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let replaced: Student = r.json();
    assert_eq!((replaced.id, replaced.version), (made.id, made.version + 1));

    // A body naming another external id contradicts the path.
    director
        .put(&path, &student_input("Смирнова", Some("pupil-78")))
        .await
        .assert_field_error("external_id", Some("invalid"));
    // Two students of one school never share an external id.
    let r = director
        .post(
            &routes::organization_students(sosh25.id),
            &student_input("Другой", Some("pupil-77")),
        )
        .await;
    assert_eq!(r.status, 409, "{}", r.text);
}

#[tokio::test]
async fn a_student_record_is_checked_field_by_field_in_russian() {
    let app = spawn_demo_app().await;
    let director = app.demo("sosh25.director").await;
    let sosh25 = demo_org(&director, demo::SOSH25).await;
    let list = routes::organization_students(sosh25.id);
    let before: Page<Student> = director.get(&format!("{list}?limit=200")).await.json();
    let mut bad = student_input(" ", None);
    bad["birth_date"] = json!(today() - chrono::Days::new(365));
    bad["class_letter"] = json!("8-А");
    bad["consent_document"] = Value::Null;
    let r = director
        .post(&routes::organization_students(sosh25.id), &bad)
        .await;
    r.assert_field_error("last_name", None);
    r.assert_field_error("birth_date", Some("age_out_of_range"));
    r.assert_field_error("class_letter", Some("class_letter"));
    r.assert_field_error("consent_document", Some("required"));
    assert!(r.text.contains("от 5 до 21 года"), "{}", r.text);

    let mut future = student_input("Будущев", None);
    // Two days on: the test's UTC date may be a day behind the school's (Moscow) date.
    future["consent_date"] = json!(today() + chrono::Days::new(2));
    director
        .post(&routes::organization_students(sosh25.id), &future)
        .await
        .assert_field_error("consent_date", Some("in_future"));
    let after: Page<Student> = director.get(&format!("{list}?limit=200")).await.json();
    assert_eq!(after.items, before.items, "a refused record is not kept");
}

#[tokio::test]
async fn only_the_home_school_and_its_authority_see_a_student() {
    let app = spawn_demo_app().await;
    let director = app.demo("sosh25.director").await;
    let sosh25 = demo_org(&director, demo::SOSH25).await;
    let s = create_student(&director, sosh25.id, &student_input("Орлова", None)).await;
    let path = routes::student(s.id);
    let list = routes::organization_students(sosh25.id);

    let admin = app.demo("admin").await;
    let full = admin.get(&path).await;
    assert_eq!(full.status, 200, "{}", full.text);
    assert!(matches!(
        full.json::<StudentRecord>(),
        StudentRecord::Full(_)
    ));
    assert_eq!(admin.get(&list).await.status, 200);

    // The provider of the network sees SOSH 25 but not its students, until an
    // enrolment brings one to it; a teacher there knows nothing of them.
    let lyceum = app.demo("lyceum24.director").await;
    lyceum.get(&list).await.problem(403, ErrorCode::Forbidden);
    lyceum.get(&path).await.problem(404, ErrorCode::NotFound);
    lyceum
        .put(&path, &student_input("Орлова", None))
        .await
        .problem(404, ErrorCode::NotFound);
    let teacher = app.demo("lyceum24.teacher").await;
    teacher.get(&path).await.problem(404, ErrorCode::NotFound);
    // An authority of another municipality and a school elsewhere: not there at all.
    for who in ["volzhsky.uo", "sosh8.coord"] {
        let c = app.demo(who).await;
        c.get(&path).await.problem(404, ErrorCode::NotFound);
        c.get(&list).await.problem(404, ErrorCode::NotFound);
    }
}

#[tokio::test]
async fn every_read_of_a_student_is_audited_and_the_school_can_ask_who_looked() {
    let app = spawn_demo_app().await;
    let director = app.demo("sosh25.director").await;
    let sosh25 = demo_org(&director, demo::SOSH25).await;
    let s = create_student(&director, sosh25.id, &student_input("Зайцева", None)).await;
    let other = create_student(&director, sosh25.id, &student_input("Волков", None)).await;
    let admin = app.demo("admin").await;
    assert_eq!(admin.get(&routes::student(s.id)).await.status, 200);
    let listed = director
        .get(&format!(
            "{}?q=зайц",
            routes::organization_students(sosh25.id)
        ))
        .await;
    assert_eq!(listed.status, 200);

    let audit = format!("{}?student_id={}", routes::AUDIT, s.id);
    let r = director.get(&audit).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let entries: Page<AuditEntry> = r.json();
    let reads: Vec<_> = entries
        .items
        .iter()
        .filter(|e| e.action == "read")
        .map(|e| (e.actor_name.as_str(), e.endpoint.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        reads,
        [
            ("sosh25.director", "GET /api/v1/organizations/{id}/students"),
            ("admin", "GET /api/v1/students/{id}"),
        ],
        "newest first"
    );
    let list_read = entries
        .items
        .iter()
        .find(|e| e.action == "read" && e.entity_id.is_none())
        .expect("the list read");
    assert_eq!(list_read.student_ids, [s.id], "the ids the list returned");
    assert!(
        entries
            .items
            .iter()
            .any(|e| e.action == "create" && e.entity_id == Some(s.id.to_string())),
        "the change is there too"
    );
    // The other student was not read by anyone but in the create.
    let theirs: Page<AuditEntry> = director
        .get(&format!("{}?student_id={}", routes::AUDIT, other.id))
        .await
        .json();
    assert!(theirs.items.iter().all(|e| e.action != "read"));

    // Another school may not ask; the whole log stays closed to a school.
    let lyceum = app.demo("lyceum24.director").await;
    lyceum.get(&audit).await.problem(404, ErrorCode::NotFound);
    director
        .get(routes::AUDIT)
        .await
        .problem(403, ErrorCode::Forbidden);
}
