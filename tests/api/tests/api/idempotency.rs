//! `Idempotency-Key` on create: retries return the first answer and never duplicate.

use futures_util::future::join_all;
use reqwest::Method;
use wire::ErrorCode;
use wire::organization::{Organization, OrganizationInput};
use wire::routes;

use crate::builders::{all_orgs, create_municipality, school};
use crate::client::{Resp, TestClient};
use crate::helpers::spawn_app;

async fn create_with_key(c: &TestClient, key: &str, body: &OrganizationInput) -> Resp {
    let rb = c
        .request(Method::POST, routes::ORGANIZATIONS)
        .header("Idempotency-Key", key);
    c.send(rb.json(body)).await
}

#[tokio::test]
async fn a_retried_create_returns_the_first_answer() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Николаевский муниципальный район").await;
    let body = school(m.id, "МКОУ «Николаевская СШ № 1»");

    let first = create_with_key(&admin, "create-nik-1", &body).await;
    let second = create_with_key(&admin, "create-nik-1", &body).await;

    assert_eq!(first.status, 201, "{}", first.text);
    assert_eq!(first.header("idempotent-replayed"), None);
    assert_eq!(second.status, 201, "{}", second.text);
    assert_eq!(second.header("idempotent-replayed"), Some("true"));
    assert_eq!(second.header("etag"), Some("\"1\""));
    let (a, b) = (first.json::<Organization>(), second.json::<Organization>());
    assert_eq!(a.id, b.id);
    assert_eq!(a, b);
    let listed = all_orgs(&admin).await;
    assert_eq!(
        listed
            .iter()
            .filter(|o| o.short_name == body.short_name)
            .count(),
        1
    );
}

#[tokio::test]
async fn a_key_reused_for_another_body_is_refused() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Николаевский муниципальный район").await;
    let body = school(m.id, "МКОУ «Николаевская СШ № 1»");
    assert_eq!(create_with_key(&admin, "k-1", &body).await.status, 201);

    let other = school(m.id, "МКОУ «Николаевская СШ № 2»");
    create_with_key(&admin, "k-1", &other)
        .await
        .problem(422, ErrorCode::IdempotencyKeyReused);

    assert_eq!(all_orgs(&admin).await.len(), 1);
    // Without a key, the same body is simply created again.
    assert_eq!(admin.post(routes::ORGANIZATIONS, &body).await.status, 201);
    assert_eq!(all_orgs(&admin).await.len(), 2);
}

#[tokio::test]
async fn concurrent_retries_create_exactly_one() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Николаевский муниципальный район").await;
    let body = school(m.id, "МКОУ «Очкуровская СШ»");

    let answers = join_all((0..5).map(|_| create_with_key(&admin, "same-key", &body))).await;

    let mut ids = Vec::new();
    for a in &answers {
        assert_eq!(a.status, 201, "{}", a.text);
        ids.push(a.json::<Organization>().id);
    }
    assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
    let replayed = answers
        .iter()
        .filter(|a| a.header("idempotent-replayed").is_some())
        .count();
    assert_eq!(replayed, 4);
    let orgs = all_orgs(&admin).await;
    assert_eq!(orgs.len(), 1, "{orgs:?}");
    assert_eq!(orgs[0].id, ids[0]);
}

#[tokio::test]
async fn concurrent_retries_with_an_external_id_create_exactly_one() {
    // A regional system retrying its create: the external id must not turn the race
    // into a 409.
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Николаевский муниципальный район").await;
    let mut body = school(m.id, "МКОУ «Очкуровская СШ»");
    body.external_id = Some("nik-ochkurovka".into());

    let answers = join_all((0..5).map(|_| create_with_key(&admin, "ext-key", &body))).await;

    for a in &answers {
        assert_eq!(a.status, 201, "{}", a.text);
    }
    assert_eq!(all_orgs(&admin).await.len(), 1);
}

#[tokio::test]
async fn keys_belong_to_their_user() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Николаевский муниципальный район").await;
    let body = school(m.id, "МКОУ «Николаевская СШ № 1»");
    let first = create_with_key(&admin, "shared", &body).await;
    assert_eq!(first.status, 201);

    // Another authority account of the same municipality using the same key value.
    let mut authority = crate::builders::user_input(
        "authority.nik",
        wire::Role::Authority,
        crate::builders::USER_PASSWORD,
    );
    authority.municipality_id = Some(m.id);
    assert_eq!(admin.post(routes::USERS, &authority).await.status, 201);
    let other = app
        .login("authority.nik", crate::builders::USER_PASSWORD)
        .await;
    let second = create_with_key(&other, "shared", &body).await;

    assert_eq!(second.status, 201, "{}", second.text);
    assert_eq!(second.header("idempotent-replayed"), None);
    assert_ne!(
        first.json::<Organization>().id,
        second.json::<Organization>().id
    );
}

#[tokio::test]
async fn a_replayed_create_carries_the_location_too() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let m = create_municipality(&admin, "Николаевский муниципальный район").await;
    let body = school(m.id, "МКОУ «Николаевская СШ № 3»");

    let first = create_with_key(&admin, "loc-1", &body).await;
    let second = create_with_key(&admin, "loc-1", &body).await;

    assert!(first.header("location").is_some());
    assert_eq!(second.header("location"), first.header("location"));
}
