//! `PUT /organizations/by-external-id/{ext}`: the upsert of regional systems.

use wire::ErrorCode;
use wire::organization::Organization;
use wire::routes;

use crate::builders::{all_orgs, create_municipality, school};
use crate::helpers::spawn_app;

#[tokio::test]
async fn upsert_creates_then_replaces_the_same_record() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "городской округ – город Волжский").await;
    let path = routes::organization_by_external_id("volzhsky-sosh-8");
    let mut body = school(m.id, "МОУ СОШ № 8");

    let r = admin.put(&path, &body).await;
    assert_eq!(r.status, 201, "{}", r.text);
    let created: Organization = r.json();
    assert_eq!(created.external_id.as_deref(), Some("volzhsky-sosh-8"));
    assert_eq!(
        r.header("location"),
        Some(routes::organization(created.id).as_str())
    );
    assert_eq!(r.header("etag"), Some("\"1\""));

    let r = admin.put(&path, &body).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let again: Organization = r.json();
    assert_eq!(again.id, created.id);
    assert_eq!(again.short_name, created.short_name);

    body.short_name = "МОУ СШ № 8".into();
    body.low_results = true;
    let r = admin.put(&path, &body).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let changed: Organization = r.json();
    assert_eq!(changed.id, created.id);
    assert_eq!(changed.short_name, "МОУ СШ № 8");
    assert!(changed.low_results);
    assert!(changed.version > again.version);
    assert_eq!(
        r.header("etag"),
        Some(format!("\"{}\"", changed.version).as_str())
    );
    assert_eq!(all_orgs(&admin).await.len(), 1);

    // A stale If-Match is refused here too.
    let rb = admin
        .request(reqwest::Method::PUT, &path)
        .header("If-Match", "\"1\"")
        .json(&body);
    admin
        .send(rb)
        .await
        .problem(412, ErrorCode::PreconditionFailed);
}

#[tokio::test]
async fn a_repeated_upsert_changes_nothing() {
    // The API documents the upsert as "Repeating it changes nothing"; a regional system
    // that re-sends its whole registry nightly should not make every ETag stale.
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "городской округ – город Волжский").await;
    let path = routes::organization_by_external_id("volzhsky-sosh-8");
    let body = school(m.id, "МОУ СОШ № 8");
    let created: Organization = admin.put(&path, &body).await.json();

    let r = admin.put(&path, &body).await;

    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(r.json::<Organization>().version, created.version);
    assert_eq!(r.header("etag"), Some("\"1\""));
}

#[tokio::test]
async fn the_path_and_body_external_ids_must_agree() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "городской округ – город Волжский").await;
    let mut body = school(m.id, "МОУ СОШ № 8");
    body.external_id = Some("something-else".into());

    let r = admin
        .put(
            &routes::organization_by_external_id("volzhsky-sosh-8"),
            &body,
        )
        .await;

    r.assert_field_error("external_id", Some("invalid"));
    let r = admin
        .put(
            &routes::organization_by_external_id("bad%20id"),
            &school(m.id, "Школа"),
        )
        .await;
    r.assert_field_error("external_id", Some("external_id_characters"));
    assert!(all_orgs(&admin).await.is_empty());
}
