//! Refused organization bodies: per-field errors, languages, conflicts, malformed input.

use serde_json::json;
use wire::error::Lang;
use wire::routes;
use wire::{ErrorCode, OrganizationKind, Problem};

use crate::builders::{bad_inn, create_org, municipality_with_school, school};
use crate::client::TestClient;
use crate::helpers::spawn_app;

fn has_cyrillic(s: &str) -> bool {
    s.chars()
        .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)))
}

#[tokio::test]
async fn invalid_fields_are_reported_per_field() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (m, _) = municipality_with_school(&admin).await;

    let mut bad = school(m.id, "МОУ СОШ № 2");
    bad.inn = Some(bad_inn("344301234"));
    admin
        .post(routes::ORGANIZATIONS, &bad)
        .await
        .assert_field_error("inn", Some("inn_checksum"));

    let mut bad = school(m.id, "МОУ СОШ № 2");
    bad.inn = Some("12345".into());
    admin
        .post(routes::ORGANIZATIONS, &bad)
        .await
        .assert_field_error("inn", Some("inn_length"));

    let mut bad = school(m.id, "МОУ СОШ № 2");
    bad.full_name = String::new();
    admin
        .post(routes::ORGANIZATIONS, &bad)
        .await
        .assert_field_error("full_name", Some("empty"));

    let mut bad = school(m.id, "МОУ СОШ № 2");
    bad.full_name = "   ".into();
    admin
        .post(routes::ORGANIZATIONS, &bad)
        .await
        .assert_field_error("full_name", Some("empty"));

    let mut bad = school(m.id, "Филиал");
    bad.kind = OrganizationKind::Branch;
    admin
        .post(routes::ORGANIZATIONS, &bad)
        .await
        .assert_field_error("parent_id", Some("branch_without_parent"));

    let bad = school(uuid::Uuid::new_v4(), "МОУ СОШ № 2");
    admin
        .post(routes::ORGANIZATIONS, &bad)
        .await
        .assert_field_error("municipality_id", Some("unknown_reference"));
}

#[tokio::test]
async fn every_problem_of_a_body_is_reported_at_once() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (m, _) = municipality_with_school(&admin).await;
    let mut bad = school(m.id, "");
    bad.inn = Some(bad_inn("344301234"));
    bad.parent_id = Some(uuid::Uuid::new_v4());

    let fields: Vec<String> = admin
        .post(routes::ORGANIZATIONS, &bad)
        .await
        .field_errors()
        .into_iter()
        .map(|e| e.0)
        .collect();

    for f in ["short_name", "inn", "parent_id"] {
        assert!(fields.iter().any(|x| x == f), "{f} missing from {fields:?}");
    }
}

async fn post_in(c: &TestClient, lang: &str, body: &impl serde::Serialize) -> Problem {
    let rb = c
        .request(reqwest::Method::POST, routes::ORGANIZATIONS)
        .header("Accept-Language", lang);
    let r = c.send(rb.json(body)).await;
    r.problem(422, ErrorCode::ValidationFailed)
}

#[tokio::test]
async fn messages_follow_accept_language() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (m, _) = municipality_with_school(&admin).await;
    let mut bad = school(m.id, "МОУ СОШ № 2");
    bad.inn = Some(bad_inn("344301234"));

    let en = post_in(&admin, "en-US,en;q=0.9", &bad).await;
    assert_eq!(en.title, ErrorCode::ValidationFailed.title(Lang::En));
    assert!(
        !has_cyrillic(&en.title) && !has_cyrillic(&en.detail),
        "{en:?}"
    );
    assert!(
        !en.errors.is_empty() && en.errors.iter().all(|e| !has_cyrillic(&e.message)),
        "{en:?}"
    );

    let ru = post_in(&admin, "ru-RU,ru;q=0.9,en;q=0.5", &bad).await;
    assert_eq!(ru.title, ErrorCode::ValidationFailed.title(Lang::Ru));
    assert!(
        has_cyrillic(&ru.title) && ru.errors.iter().all(|e| has_cyrillic(&e.message)),
        "{ru:?}"
    );
    assert_eq!(
        ru.errors[0].code, en.errors[0].code,
        "codes do not depend on the language"
    );

    // Without a preference the API speaks Russian.
    let none = admin
        .post(routes::ORGANIZATIONS, &bad)
        .await
        .problem(422, ErrorCode::ValidationFailed);
    assert_eq!(none.title, ru.title);
}

#[tokio::test]
async fn an_external_id_is_unique_within_a_municipality() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (m, _) = municipality_with_school(&admin).await;
    let mut a = school(m.id, "МОУ СОШ № 2");
    a.external_id = Some("ext-2".into());
    create_org(&admin, &a).await;

    let mut b = school(m.id, "МОУ СОШ № 3");
    b.external_id = Some("ext-2".into());
    admin
        .post(routes::ORGANIZATIONS, &b)
        .await
        .problem(409, ErrorCode::DuplicateExternalId);

    // The same id in another municipality is someone else's.
    let other = crate::builders::create_municipality(&admin, "Другой район").await;
    b.municipality_id = other.id;
    assert_eq!(admin.post(routes::ORGANIZATIONS, &b).await.status, 201);
}

async fn post_raw(c: &TestClient, body: impl Into<reqwest::Body>) -> crate::client::Resp {
    let rb = c
        .request(reqwest::Method::POST, routes::ORGANIZATIONS)
        .header("Content-Type", "application/json")
        .body(body);
    c.send(rb).await
}

#[tokio::test]
async fn malformed_bodies_are_told_apart() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (m, _) = municipality_with_school(&admin).await;

    post_raw(&admin, r#"{"full_name": "Школа", "#)
        .await
        .problem(400, ErrorCode::MalformedJson);

    let wrong_types = json!({
        "full_name": 42, "short_name": "Школа", "kind": "school", "municipality_id": m.id,
    });
    post_raw(&admin, wrong_types.to_string())
        .await
        .problem(422, ErrorCode::InvalidBody);

    let unknown_kind = json!({
        "full_name": "Школа", "short_name": "Школа", "kind": "spaceport", "municipality_id": m.id,
    });
    post_raw(&admin, unknown_kind.to_string())
        .await
        .problem(422, ErrorCode::InvalidBody);

    let mut huge = school(m.id, "Школа");
    huge.address = Some("д".repeat(40 * 1024)); // 80 KiB of UTF-8, over the 64 KiB limit
    post_raw(&admin, serde_json::to_string(&huge).unwrap_or_default())
        .await
        .problem(413, ErrorCode::PayloadTooLarge);

    let rb = admin
        .request(reqwest::Method::POST, routes::ORGANIZATIONS)
        .header("Content-Type", "text/plain")
        .body(serde_json::to_string(&school(m.id, "Школа")).unwrap_or_default());
    admin
        .send(rb)
        .await
        .problem(415, ErrorCode::UnsupportedMediaType);

    // None of these created anything.
    assert_eq!(crate::builders::all_orgs(&admin).await.len(), 1);
}
