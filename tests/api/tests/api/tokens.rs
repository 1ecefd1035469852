//! Access tokens crafted by hand: only an unexpired HS256 token of our issuer and
//! audience, signed with our key, opens the API.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};
use uuid::Uuid;
use wire::ErrorCode;
use wire::auth::Me;
use wire::routes;

use crate::client::{Resp, TestClient};
use crate::helpers::{JWT_SECRET, TestApp, spawn_app};

/// The claims the server issues for an account, valid for the next quarter hour.
fn claims(sub: Uuid, ver: i32) -> Value {
    let now = chrono::Utc::now().timestamp();
    json!({
        "sub": sub, "ver": ver, "iss": "setka", "aud": "setka-api",
        "iat": now, "nbf": now, "exp": now + 900,
    })
}

fn sign(claims: &Value, secret: &str) -> String {
    let key = EncodingKey::from_secret(secret.as_bytes());
    jsonwebtoken::encode(&Header::new(Algorithm::HS256), claims, &key).expect("sign a token")
}

async fn me_with(app: &TestApp, token: &str) -> Resp {
    let c = app.client();
    c.send(
        c.request(reqwest::Method::GET, routes::ME)
            .bearer_auth(token),
    )
    .await
}

/// The admin's id and account version, the subject of the crafted tokens.
async fn subject(admin: &TestClient) -> (Uuid, i32) {
    let me: Me = admin.get(routes::ME).await.json();
    let user: wire::user::User = admin.get(&routes::user(me.id)).await.json();
    (me.id, user.version)
}

#[tokio::test]
async fn a_token_crafted_like_the_servers_is_accepted() {
    // The control for the refusals below: the crafting itself is right.
    let app = spawn_app().await;
    let (sub, ver) = subject(&app.admin().await).await;

    let r = me_with(&app, &sign(&claims(sub, ver), JWT_SECRET)).await;

    assert_eq!(r.status, 200, "{}", r.text);
}

#[tokio::test]
async fn an_expired_token_says_so() {
    let app = spawn_app().await;
    let (sub, ver) = subject(&app.admin().await).await;
    let mut c = claims(sub, ver);
    let past = chrono::Utc::now().timestamp() - 3600;
    c["iat"] = json!(past - 900);
    c["nbf"] = json!(past - 900);
    c["exp"] = json!(past);

    me_with(&app, &sign(&c, JWT_SECRET))
        .await
        .problem(401, ErrorCode::TokenExpired);
}

#[tokio::test]
async fn foreign_tampered_and_unsigned_tokens_are_refused() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (sub, ver) = subject(&admin).await;

    let mut wrong_audience = claims(sub, ver);
    wrong_audience["aud"] = json!("setka-refresh");
    let mut wrong_issuer = claims(sub, ver);
    wrong_issuer["iss"] = json!("elsewhere");
    let mut not_yet = claims(sub, ver);
    not_yet["nbf"] = json!(chrono::Utc::now().timestamp() + 3600);
    let mut no_expiry = claims(sub, ver);
    no_expiry.as_object_mut().map(|o| o.remove("exp"));
    let mut stale_version = claims(sub, ver);
    stale_version["ver"] = json!(ver + 1);

    let cases = [
        ("wrong audience", sign(&wrong_audience, JWT_SECRET)),
        ("wrong issuer", sign(&wrong_issuer, JWT_SECRET)),
        ("not yet valid", sign(&not_yet, JWT_SECRET)),
        ("no exp", sign(&no_expiry, JWT_SECRET)),
        (
            "other key",
            sign(&claims(sub, ver), "another-secret-another-secret-0123456"),
        ),
        ("other account version", sign(&stale_version, JWT_SECRET)),
        (
            "unknown subject",
            sign(&claims(Uuid::new_v4(), 1), JWT_SECRET),
        ),
        (
            "tampered payload",
            tamper(admin.token.as_deref().expect("token")),
        ),
        ("alg none", unsigned(&claims(sub, ver))),
    ];
    for (name, token) in cases {
        let r = me_with(&app, &token).await;
        assert_eq!(r.status, 401, "{name}: {}", r.text);
        r.problem(401, ErrorCode::Unauthorized);
    }
}

/// The server's own token with a payload the signature does not cover.
fn tamper(token: &str) -> String {
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3);
    let mut payload: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).expect("base64")).expect("json");
    payload["exp"] = json!(payload["exp"].as_i64().unwrap_or(0) + 86_400);
    let forged = URL_SAFE_NO_PAD.encode(payload.to_string());
    format!("{}.{forged}.{}", parts[0], parts[2])
}

/// `{"alg":"none"}` and no signature.
fn unsigned(claims: &Value) -> String {
    let header = URL_SAFE_NO_PAD.encode(json!({"alg": "none", "typ": "JWT"}).to_string());
    let body = URL_SAFE_NO_PAD.encode(claims.to_string());
    format!("{header}.{body}.")
}

#[tokio::test]
async fn a_sign_in_ends_after_its_lifetime_however_often_it_is_refreshed() {
    // A lifetime of zero days: the first refresh already finds the sign-in over.
    let app = crate::helpers::spawn_app_with(|s| s.session_max_days = 0).await;
    let admin = app.admin().await;
    let cookie = admin.refresh.clone().expect("refresh cookie");
    admin
        .refresh_with(&cookie)
        .await
        .problem(401, wire::ErrorCode::InvalidRefreshToken);
    // With the default 30 days, refreshing works.
    let app = crate::helpers::spawn_app().await;
    let admin = app.admin().await;
    let cookie = admin.refresh.clone().expect("refresh cookie");
    assert_eq!(admin.refresh_with(&cookie).await.status, 200);
}

#[tokio::test]
async fn the_accounts_of_a_deleted_school_no_longer_sign_in_or_act() {
    let app = crate::helpers::spawn_app().await;
    let admin = app.admin().await;
    let (_, org) = crate::builders::municipality_with_school(&admin).await;
    crate::builders::create_org_user(&admin, "director.one", wire::Role::SchoolAdmin, org.id).await;
    let director = app
        .login("director.one", crate::builders::USER_PASSWORD)
        .await;
    assert_eq!(director.get(wire::routes::ME).await.status, 200);
    let r = admin.delete(&wire::routes::organization(org.id)).await;
    assert_eq!(r.status, 204, "{}", r.text);

    director
        .get(wire::routes::ME)
        .await
        .problem(401, wire::ErrorCode::Unauthorized);
    let cookie = director.refresh.clone().expect("refresh cookie");
    director
        .refresh_with(&cookie)
        .await
        .problem(401, wire::ErrorCode::InvalidRefreshToken);
    app.client()
        .login("director.one", crate::builders::USER_PASSWORD)
        .await
        .problem(401, wire::ErrorCode::InvalidCredentials);
}
