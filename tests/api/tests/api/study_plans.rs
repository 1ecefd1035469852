//! The individual study plan (ИУП): the home curriculum, the network courses and the
//! load against the limit, as JSON, an HTML print view and a PDF. With `SETKA_PRINTS`
//! set to a directory, the PDF is written there to be looked at.

use serde_json::json;
use wire::enrolment::Enrolment;
use wire::study_plan::StudyPlan;
use wire::{ErrorCode, routes};

use crate::builders::academic_year;
use crate::enrolment_world::World;
use crate::helpers::spawn_app;

#[tokio::test]
async fn the_home_school_prints_a_students_plan_with_the_load_against_the_limit() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let r = w
        .admin
        .post(
            &routes::organization_staff(w.b.id),
            &json!({"last_name": "Директорова", "first_name": "Анна", "patronymic": "Сергеевна",
                    "position": "Директор", "subjects": []}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let s = w.student("Планова").await;
    let mut body = w.request(&s);
    body["replaces_hours"] = json!(0.5);
    let e: Enrolment = w
        .sa_b
        .post(&routes::group_enrolments(w.g.id), &body)
        .await
        .json();
    let r = w
        .sa_a
        .post(&routes::enrolment_action(e.id, "approve"), &json!({}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);

    let year = academic_year(w.start);
    let path = routes::student_study_plan(s.id, &year);
    let r = w.sa_b.get(&path).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let plan: StudyPlan = r.json();
    assert_eq!(plan.home_hours, Some(31.0));
    assert_eq!(plan.courses.len(), 1);
    assert_eq!(plan.courses[0].provider_name, "Лицей A");
    assert_eq!(plan.courses[0].teachers, ["Тимофеева А. П."]);
    // 31 − 0.5 + 1 = 31.5 of the 33 allowed in grade 8.
    assert_eq!(f64::from(plan.load.total), 31.5);
    assert!(plan.within_limit);
    assert_eq!(plan.director.as_deref(), Some("Директорова А. С."));

    let html = w
        .sa_b
        .send(
            w.sa_b
                .request(reqwest::Method::GET, &path)
                .header("Accept", "text/html"),
        )
        .await;
    assert_eq!(html.status, 200);
    assert_eq!(
        html.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(html.text.contains("Индивидуальный учебный план"));
    assert!(html.text.contains("31,5"), "{}", html.text);

    let (status, headers, pdf) = w
        .sa_b
        .download(&routes::student_study_plan_pdf(s.id, &year))
        .await;
    assert_eq!(status, 200);
    assert_eq!(
        headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("application/pdf")
    );
    assert!(pdf.starts_with(b"%PDF-"), "a PDF file");
    assert!(
        pdf.len() > 10_000,
        "with the fonts embedded: {} bytes",
        pdf.len()
    );
    if let Ok(dir) = std::env::var("SETKA_PRINTS") {
        std::fs::create_dir_all(&dir).expect("the prints directory");
        std::fs::write(format!("{dir}/iup.pdf"), &pdf).expect("write the PDF");
    }

    // The provider teaches the student but does not see the home school's plan; a
    // school that knows nothing of the student gets 404.
    w.sa_a.get(&path).await.problem(403, ErrorCode::Forbidden);
    crate::builders::create_org_user(&w.admin, "p_sa_c", wire::Role::SchoolAdmin, w.c.id).await;
    let sa_c = app.login("p_sa_c", crate::builders::USER_PASSWORD).await;
    sa_c.get(&path).await.problem(404, ErrorCode::NotFound);
}

#[tokio::test]
async fn a_pupils_individual_home_hours_replace_the_schools_in_the_plan() {
    let app = spawn_app().await;
    let w = World::build(&app).await;
    let mut input = crate::students::student_input("Индивидуальная", None);
    input["home_hours_per_week"] = json!(28.5);
    let s = crate::students::create_student(&w.sa_b, w.b.id, &input).await;
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
    let plan: StudyPlan = w
        .sa_b
        .get(&routes::student_study_plan(s.id, &academic_year(w.start)))
        .await
        .json();
    // 28.5 of the pupil's own curriculum, not the school's 31 for grade 8, + 1 network hour.
    assert_eq!(plan.home_hours, Some(28.5));
    assert_eq!(f64::from(plan.load.total), 29.5);

    // Back to the school's hours when the override is cleared.
    input["home_hours_per_week"] = json!(null);
    let r = w
        .sa_b
        .put_if(
            &routes::student(s.id),
            &format!("\"{}\"", s.version),
            &input,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    let plan: StudyPlan = w
        .sa_b
        .get(&routes::student_study_plan(s.id, &academic_year(w.start)))
        .await
        .json();
    assert_eq!(plan.home_hours, Some(31.0));
}
