//! Organizations: create, read, replace with `If-Match`, delete.

use wire::ErrorCode;
use wire::organization::Organization;
use wire::routes;

use crate::builders::{all_orgs, create_municipality, input_of, school};
use crate::helpers::spawn_app;

#[tokio::test]
async fn create_get_update_delete_with_etags() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Ростовский муниципальный район").await;

    // Create: 201 with Location and ETag "1".
    let r = admin
        .post(
            routes::ORGANIZATIONS,
            &school(m.id, "МОУ Белогостицкая СОШ"),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text);
    let created: Organization = r.json();
    let location = routes::organization(created.id);
    assert_eq!(r.header("location"), Some(location.as_str()));
    assert_eq!(r.header("etag"), Some("\"1\""));
    assert_eq!(created.version, 1);
    assert_eq!(created.short_name, "МОУ Белогостицкая СОШ");
    assert_eq!(created.municipality_id, m.id);

    // Get: the same record and its ETag.
    let r = admin.get(&location).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.header("etag"), Some("\"1\""));
    assert_eq!(r.json::<Organization>(), created);

    // Replace with the right If-Match: 200, ETag "2", the change is kept.
    let mut input = input_of(&created);
    input.short_name = "МОУ Белогостицкая СШ".into();
    let r = admin.put_if(&location, "\"1\"", &input).await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.header("etag"), Some("\"2\""));
    let updated: Organization = r.json();
    assert_eq!(updated.short_name, "МОУ Белогостицкая СШ");
    assert_eq!(updated.version, 2);
    assert_eq!(
        admin.get(&location).await.json::<Organization>().short_name,
        updated.short_name
    );

    // A stale If-Match changes nothing.
    input.short_name = "Чужая правка".into();
    admin
        .put_if(&location, "\"1\"", &input)
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    admin
        .delete_if(&location, "\"1\"")
        .await
        .problem(412, ErrorCode::PreconditionFailed);
    assert_eq!(
        admin.get(&location).await.json::<Organization>().short_name,
        updated.short_name
    );

    // Delete with the current ETag: gone from reads and lists.
    let r = admin.delete_if(&location, "\"2\"").await;
    assert_eq!(r.status, 204, "{}", r.text);
    admin.get(&location).await.problem(404, ErrorCode::NotFound);
    assert!(all_orgs(&admin).await.iter().all(|o| o.id != created.id));
    admin
        .put(&location, &input)
        .await
        .problem(404, ErrorCode::NotFound);
}

#[tokio::test]
async fn unknown_and_malformed_ids_are_not_found() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    admin
        .get(&routes::organization(uuid::Uuid::new_v4()))
        .await
        .problem(404, ErrorCode::NotFound);
    admin
        .get(&routes::organization("not-a-uuid"))
        .await
        .problem(404, ErrorCode::NotFound);
    admin
        .get("/api/v1/no-such-resource")
        .await
        .problem(404, ErrorCode::NotFound);
}

#[tokio::test]
async fn a_branch_belongs_to_its_parent_which_cannot_be_deleted_before_it() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "городской округ – город Славгород").await;
    let parent = crate::builders::create_org(&admin, &school(m.id, "МБОУ «СОШ №13»")).await;
    let mut branch = school(m.id, "Филиал МБОУ «СОШ №13» – «СОШ №9»");
    branch.kind = wire::OrganizationKind::Branch;
    branch.parent_id = Some(parent.id);
    let branch = crate::builders::create_org(&admin, &branch).await;
    assert_eq!(branch.parent_id, Some(parent.id));

    admin
        .delete(&routes::organization(parent.id))
        .await
        .problem(409, ErrorCode::StillReferenced);
    assert_eq!(
        admin.delete(&routes::organization(branch.id)).await.status,
        204
    );
    assert_eq!(
        admin.delete(&routes::organization(parent.id)).await.status,
        204
    );
}

#[tokio::test]
async fn of_two_concurrent_edits_from_the_same_version_one_wins() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Николаевский муниципальный район").await;
    let org = crate::builders::create_org(&admin, &school(m.id, "МКОУ «Бережновская СШ»")).await;
    let path = routes::organization(org.id);
    let mut a = input_of(&org);
    a.short_name = "Правка А".into();
    let mut b = input_of(&org);
    b.short_name = "Правка Б".into();

    let (ra, rb) = tokio::join!(
        admin.put_if(&path, "\"1\"", &a),
        admin.put_if(&path, "\"1\"", &b)
    );

    let mut statuses = [ra.status, rb.status];
    statuses.sort();
    assert_eq!(statuses, [200, 412], "{} / {}", ra.text, rb.text);
    let winner = if ra.status == 200 { &a } else { &b };
    let now: Organization = admin.get(&path).await.json();
    assert_eq!(
        (now.short_name.as_str(), now.version),
        (winner.short_name.as_str(), 2)
    );
}

#[tokio::test]
async fn an_unsupported_method_is_method_not_allowed() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (_, org) = crate::builders::municipality_with_school(&admin).await;

    let r = admin
        .send(admin.request(reqwest::Method::PATCH, &routes::organization(org.id)))
        .await;

    r.problem(405, ErrorCode::MethodNotAllowed);
}
