//! What the OpenAPI document states, the server enforces: requests schemathesis found
//! accepted although the document calls them invalid, or answered otherwise than it says.

use reqwest::Method;
use serde_json::json;
use wire::ErrorCode;
use wire::figures::YearlyFigures;
use wire::routes;

use crate::builders::municipality_with_school;
use crate::client::Resp;
use crate::helpers::spawn_app;

/// `limit` has a minimum and a maximum: outside them it is refused, not clamped.
#[tokio::test]
async fn page_sizes_outside_the_bounds_are_refused() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    for limit in ["0", "501", "2147483648"] {
        for list in [routes::MUNICIPALITIES, routes::ORGANIZATIONS, routes::USERS] {
            admin
                .get(&format!("{list}?limit={limit}"))
                .await
                .problem(400, ErrorCode::InvalidQuery);
        }
    }
    assert_eq!(
        admin
            .get(&format!("{}?limit=500", routes::MUNICIPALITIES))
            .await
            .status,
        200
    );
}

/// A misspelt filter used to answer the whole list as if it were not there.
#[tokio::test]
async fn unknown_query_parameters_are_refused() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    admin
        .get(&format!("{}?muncipality_id=x", routes::ORGANIZATIONS))
        .await
        .problem(400, ErrorCode::InvalidQuery);
}

/// `PUT /agreements/coverage` went to `PUT /agreements/{id}` and answered 404; the path
/// is the coverage resource, which only has GET.
#[tokio::test]
async fn a_literal_path_answers_405_with_its_own_methods() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    for method in [Method::PUT, Method::OPTIONS] {
        let r = Resp::of(admin.request(method.clone(), routes::AGREEMENT_COVERAGE)).await;
        assert_eq!(r.status, 405, "{method}: {}", r.text);
        assert_eq!(r.header("allow"), Some("GET"), "{method}");
    }
}

/// JSON Schema counts `120.0` as an integer, so the document does; so does the server.
#[tokio::test]
async fn integral_numbers_written_as_floats_are_integers() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (_, org) = municipality_with_school(&admin).await;
    let path = routes::organization_figures_year(org.id, "2021-2022");
    let r = admin
        .put(
            &path,
            &json!({"students_total": 120.0, "teachers_total": 1.2e1}),
        )
        .await;
    assert!(matches!(r.status, 200 | 201), "{}", r.text);
    let f: YearlyFigures = r.json();
    assert_eq!((f.students_total, f.teachers_total), (120, 12));
    admin
        .put(
            &path,
            &json!({"students_total": 120.5, "teachers_total": 12}),
        )
        .await
        .problem(422, ErrorCode::InvalidBody);
}

/// An `If-Match` that is no ETag of ours is a malformed header (400), not a stale
/// version; an empty one is no condition.
#[tokio::test]
async fn if_match_is_an_etag_star_or_nothing() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (m, _) = municipality_with_school(&admin).await;
    let path = routes::municipality(m.id);
    let body = json!({"name": "Переименованный район"});
    for bad in ["null", "3", "\"x\""] {
        Resp::of(
            admin
                .request(Method::PUT, &path)
                .header("If-Match", bad)
                .json(&body),
        )
        .await
        .problem(400, ErrorCode::InvalidQuery);
    }
    let r = Resp::of(
        admin
            .request(Method::PUT, &path)
            .header("If-Match", "")
            .json(&body),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text);
    Resp::of(
        admin
            .request(Method::PUT, &path)
            .header("If-Match", "\"1\"")
            .json(&body),
    )
    .await
    .problem(412, ErrorCode::PreconditionFailed);
}

/// A cursor of the documented form is a position, even one the server never made; any
/// other string is refused.
#[tokio::test]
async fn cursors_of_the_documented_form_are_positions() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let id = "0".repeat(32);
    let r = admin
        .get(&format!("{}?cursor=ff41.{id}", routes::ORGANIZATIONS))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    for bad in ["", "00.", "AB.", "zz."] {
        admin
            .get(&format!("{}?cursor={bad}{id}", routes::ORGANIZATIONS))
            .await
            .problem(400, ErrorCode::InvalidQuery);
    }
}
