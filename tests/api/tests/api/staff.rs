//! Staff of an organization and yearly figures: the school's own records.

use wire::figures::{YearlyFigures, YearlyFiguresInput};
use wire::routes;
use wire::staff::Staff;
use wire::{ErrorCode, Page};

use crate::builders::{create_staff, demo, demo_org, municipality_with_school, staff_input};
use crate::helpers::{spawn_app, spawn_demo_app};

#[tokio::test]
async fn staff_are_listed_created_updated_and_removed() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (_, org) = municipality_with_school(&admin).await;
    let list = routes::organization_staff(org.id);
    assert!(
        admin
            .get(&list)
            .await
            .json::<Page<Staff>>()
            .items
            .is_empty()
    );

    let r = admin.post(&list, &staff_input("Иванова")).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.header("etag"), Some("\"1\""));
    let member: Staff = r.json();
    let path = routes::staff_member(member.id);
    assert_eq!(r.header("location"), Some(path.as_str()));
    assert_eq!(member.organization_id, org.id);
    assert_eq!(member.subjects, ["Информатика"]);
    create_staff(&admin, org.id, "Петров").await;

    let listed: Page<Staff> = admin.get(&list).await.json();
    let names: Vec<_> = listed.items.iter().map(|s| s.last_name.as_str()).collect();
    assert_eq!(names.len(), 2);
    assert!(
        names.contains(&"Иванова") && names.contains(&"Петров"),
        "{names:?}"
    );

    let mut input = staff_input("Иванова");
    input.position = "заместитель директора по УВР".into();
    let r = admin.put_if(&path, "\"1\"", &input).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.header("etag"), Some("\"2\""));
    assert_eq!(r.json::<Staff>().position, "заместитель директора по УВР");
    admin
        .put_if(&path, "\"1\"", &input)
        .await
        .problem(412, ErrorCode::PreconditionFailed);

    let mut bad = staff_input("");
    bad.position = " ".into();
    let r = admin.post(&list, &bad).await;
    r.assert_field_error("last_name", None);
    r.assert_field_error("position", None);

    admin
        .delete_if(&path, "\"1\"")
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    assert_eq!(admin.delete_if(&path, "\"2\"").await.status, 204);
    admin.get(&path).await.problem(404, ErrorCode::NotFound);
    assert_eq!(admin.get(&list).await.json::<Page<Staff>>().items.len(), 1);
}

#[tokio::test]
async fn staff_of_another_school_are_not_found() {
    let app = spawn_demo_app().await;
    let admin = app.demo("admin").await;
    let sosh8 = demo_org(&admin, demo::SOSH8).await;
    let lyceum = demo_org(&admin, demo::LYCEUM24).await;
    let theirs = create_staff(&admin, sosh8.id, "Кузнецова").await;
    let ours = create_staff(&admin, lyceum.id, "Смирнова").await;
    let teacher = app.demo("lyceum24.teacher").await;

    assert_eq!(
        teacher.get(&routes::staff_member(ours.id)).await.status,
        200
    );
    let theirs_path = routes::staff_member(theirs.id);
    teacher
        .get(&theirs_path)
        .await
        .problem(404, ErrorCode::NotFound);
    teacher
        .put(&theirs_path, &staff_input("Кузнецова"))
        .await
        .problem(404, ErrorCode::NotFound);
    teacher
        .delete(&theirs_path)
        .await
        .problem(404, ErrorCode::NotFound);
    teacher
        .delete(&routes::staff_member(ours.id))
        .await
        .problem(403, ErrorCode::Forbidden);
    teacher
        .get(&routes::organization_staff(sosh8.id))
        .await
        .problem(404, ErrorCode::NotFound);
}

#[tokio::test]
async fn yearly_figures_are_set_read_and_checked() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (_, org) = municipality_with_school(&admin).await;
    let path = routes::organization_figures_year(org.id, "2021/2022");
    let body = YearlyFiguresInput {
        students_total: 1325,
        teachers_total: 96,
    };

    let r = admin.put(&path, &body).await;
    assert_eq!(r.status, 201, "{}", r.text);
    assert_eq!(r.header("etag"), Some("\"1\""));
    let r = admin
        .put(
            &path,
            &YearlyFiguresInput {
                students_total: 1330,
                ..body.clone()
            },
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.header("etag"), Some("\"2\""));

    let r = admin.get(&path).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let got: YearlyFigures = r.json();
    assert_eq!((got.students_total, got.teachers_total), (1330, 96));
    assert_eq!(got.organization_id, org.id);
    assert_eq!(got.academic_year, "2021/2022");
    let all: Vec<YearlyFigures> = admin
        .get(&routes::organization_figures(org.id))
        .await
        .json();
    assert_eq!(all.len(), 1);

    admin
        .put(
            &routes::organization_figures_year(org.id, "2021-2023"),
            &body,
        )
        .await
        .assert_field_error("academic_year", Some("academic_year"));
    admin
        .get(&routes::organization_figures_year(org.id, "2023-2024"))
        .await
        .problem(404, ErrorCode::NotFound);
    let negative = YearlyFiguresInput {
        students_total: -1,
        teachers_total: 1,
    };
    admin
        .put(&path, &negative)
        .await
        .assert_field_error("students_total", Some("out_of_range"));
    admin
        .put_if(&path, "\"1\"", &body)
        .await
        .problem(412, ErrorCode::PreconditionFailed);
}

#[tokio::test]
async fn a_staff_record_links_only_to_an_account_of_its_own_school() {
    let app = crate::helpers::spawn_app().await;
    let admin = app.admin().await;
    let (m, first) = crate::builders::municipality_with_school(&admin).await;
    let second =
        crate::builders::create_org(&admin, &crate::builders::school(m.id, "МОУ СОШ № 2")).await;
    let own =
        crate::builders::create_org_user(&admin, "own.teacher", wire::Role::Teacher, first.id)
            .await;
    let other =
        crate::builders::create_org_user(&admin, "other.teacher", wire::Role::Teacher, second.id)
            .await;
    let mut input = crate::builders::staff_input("Орлова");
    input.user_id = Some(other.id);
    admin
        .post(&wire::routes::organization_staff(first.id), &input)
        .await
        .assert_field_error("user_id", Some("other_organization"));
    input.user_id = Some(own.id);
    let r = admin
        .post(&wire::routes::organization_staff(first.id), &input)
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
}
