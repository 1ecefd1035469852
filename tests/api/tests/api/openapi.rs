//! The published contract: the OpenAPI document and its browsable docs.

use wire::routes;

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_openapi_document_lists_the_routes() {
    let app = spawn_app().await;
    let c = app.client();

    let r = c.get(routes::OPENAPI).await;

    assert_eq!(r.status, 200, "{}", r.text);
    assert!(
        r.header("content-type")
            .is_some_and(|t| t.starts_with("application/json"))
    );
    let paths = r.body["paths"].as_object().expect("paths");
    for p in [
        routes::ORGANIZATIONS,
        "/api/v1/organizations/{id}",
        routes::LOGIN,
        routes::AUDIT,
    ] {
        assert!(
            paths.contains_key(p),
            "{p} missing from {:?}",
            paths.keys().collect::<Vec<_>>()
        );
    }
    assert!(
        r.body["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with('3'))
    );
    assert!(r.body["components"]["securitySchemes"]["bearer"].is_object());
}

#[tokio::test]
async fn the_docs_are_served_as_html() {
    let app = spawn_app().await;
    let c = app.client();

    let r = c.get("/api/v1/docs/").await;

    assert_eq!(r.status, 200, "{}", r.text);
    assert!(
        r.header("content-type")
            .is_some_and(|t| t.starts_with("text/html"))
    );
    assert!(r.text.to_ascii_lowercase().contains("<html"), "{}", r.text);
    let redirect = c.get(routes::DOCS).await;
    assert!((300..400).contains(&redirect.status), "{}", redirect.status);
    assert_eq!(redirect.header("location"), Some("/api/v1/docs/"));
}

#[tokio::test]
async fn health_reports_the_database() {
    let app = spawn_app().await;
    let r = app.client().get(routes::HEALTH).await;
    assert_eq!(r.status, 200);
    let h: wire::health::Health = r.json();
    assert_eq!((h.status.as_str(), h.database.as_str()), ("ok", "ok"));
    let expected = if std::env::var("SETKA_TEST_DATABASE_URL").is_ok_and(|u| !u.is_empty()) {
        "postgres"
    } else {
        "sqlite"
    };
    assert_eq!(h.database_kind, expected);
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
}
