//! Sign-in, refresh rotation, sign-out, throttling and disabled accounts.

use wire::auth::{Me, TokenResponse};
use wire::routes::{self, REFRESH_COOKIE};
use wire::user::{User, UserUpdate};
use wire::{ErrorCode, Role};

use crate::builders::{USER_PASSWORD, create_org_user, municipality_with_school};
use crate::helpers::{ADMIN_PASSWORD, spawn_app};

#[tokio::test]
async fn login_returns_a_bearer_token_and_a_strict_http_only_refresh_cookie() {
    let app = spawn_app().await;
    let mut c = app.client();

    let r = c.login("admin", ADMIN_PASSWORD).await;

    assert_eq!(r.status, 200, "{}", r.text);
    let t: TokenResponse = r.json();
    assert_eq!(t.token_type, "Bearer");
    assert_eq!(t.expires_in, 900);
    assert_eq!(t.access_token.split('.').count(), 3, "a JWT");
    assert_eq!(r.header("cache-control"), Some("no-store"));
    let cookie = r.set_cookie_header().expect("Set-Cookie setka_refresh");
    let attrs: Vec<String> = cookie
        .split(';')
        .map(|a| a.trim().to_ascii_lowercase())
        .collect();
    assert!(attrs.contains(&"httponly".to_owned()), "{cookie}");
    assert!(attrs.contains(&"samesite=strict".to_owned()), "{cookie}");
    assert!(attrs.contains(&"path=/api/v1/auth".to_owned()), "{cookie}");
    assert!(
        r.refresh_cookie().is_some_and(|v| v.len() >= 32),
        "{cookie}"
    );
}

#[tokio::test]
async fn me_shows_the_signed_in_user_and_needs_a_token() {
    let app = spawn_app().await;
    let admin = app.admin().await;

    let me: Me = admin.get(routes::ME).await.json();
    assert_eq!(me.username, "admin");
    assert_eq!(me.role, Role::Admin);

    let anonymous = app.client().get(routes::ME).await;
    anonymous.problem(401, ErrorCode::Unauthorized);
    let garbage = app
        .client()
        .send(
            app.client()
                .request(reqwest::Method::GET, routes::ME)
                .bearer_auth("not-a-jwt"),
        )
        .await;
    garbage.problem(401, ErrorCode::Unauthorized);
}

#[tokio::test]
async fn a_wrong_password_is_refused_without_a_token() {
    let app = spawn_app().await;
    let mut c = app.client();

    let r = c.login("admin", "wrong-password").await;

    r.problem(401, ErrorCode::InvalidCredentials);
    assert!(r.refresh_cookie().is_none());
    let unknown = c.login("nobody", "wrong-password").await;
    unknown.problem(401, ErrorCode::InvalidCredentials);
}

#[tokio::test]
async fn refresh_rotates_and_a_replayed_cookie_revokes_the_session() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let first = admin.refresh.clone().expect("refresh cookie");

    let r = admin.refresh_with(&first).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let t: TokenResponse = r.json();
    let second = r.refresh_cookie().expect("a new refresh cookie");
    assert_ne!(second, first);
    let mut renewed = admin.clone();
    renewed.token = Some(t.access_token);
    assert_eq!(renewed.get(routes::ME).await.status, 200);

    // Someone replays the spent cookie: refused, and the whole family is revoked.
    admin
        .refresh_with(&first)
        .await
        .problem(401, ErrorCode::InvalidRefreshToken);
    admin
        .refresh_with(&second)
        .await
        .problem(401, ErrorCode::InvalidRefreshToken);
}

#[tokio::test]
async fn refresh_without_or_with_an_unknown_cookie_is_refused() {
    let app = spawn_app().await;
    let c = app.client();
    let none = c.send(c.http.post(c.url(routes::REFRESH))).await;
    none.problem(401, ErrorCode::InvalidRefreshToken);
    c.refresh_with("0123456789abcdef0123456789abcdef")
        .await
        .problem(401, ErrorCode::InvalidRefreshToken);
}

#[tokio::test]
async fn logout_clears_the_cookie_and_ends_the_session() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let cookie = admin.refresh.clone().expect("refresh cookie");

    let rb = admin
        .http
        .post(admin.url(routes::LOGOUT))
        .header("Cookie", format!("{REFRESH_COOKIE}={cookie}"));
    let r = admin.send(rb).await;

    assert_eq!(r.status, 204, "{}", r.text);
    let cleared = r.set_cookie_header().expect("the cookie is cleared");
    assert!(
        cleared.to_ascii_lowercase().contains("max-age=0"),
        "{cleared}"
    );
    admin
        .refresh_with(&cookie)
        .await
        .problem(401, ErrorCode::InvalidRefreshToken);
}

#[tokio::test]
async fn five_failures_lock_the_account_even_for_the_right_password() {
    let app = spawn_app().await;
    let mut c = app.client();
    for _ in 0..5 {
        c.login("admin", "wrong-password")
            .await
            .problem(401, ErrorCode::InvalidCredentials);
    }

    let r = c.login("admin", ADMIN_PASSWORD).await;

    r.problem(429, ErrorCode::TooManyAttempts);
    assert!(r.header("retry-after").is_some(), "Retry-After header");
    assert!(c.token.is_none());
}

#[tokio::test]
async fn fifty_parallel_guesses_get_no_more_tries_than_the_limit() {
    let app = spawn_app().await;
    let clients: Vec<_> = (0..50).map(|_| app.client()).collect();
    let guesses = clients
        .into_iter()
        .map(|mut c| async move { c.login("admin", "wrong-password").await.status });
    let statuses = futures_util::future::join_all(guesses).await;
    let verified = statuses.iter().filter(|s| **s == 401).count();
    let throttled = statuses.iter().filter(|s| **s == 429).count();
    // The limit is 5 failures per account: the attempt is counted before the password
    // is checked, so parallel guesses cannot slip past it.
    assert_eq!((verified, throttled), (5, 45), "{statuses:?}");
    let mut c = app.client();
    c.login("admin", ADMIN_PASSWORD)
        .await
        .problem(429, ErrorCode::TooManyAttempts);
}

#[tokio::test]
async fn signing_in_from_one_address_again_and_again_is_not_throttled() {
    // A school's computer lab signs its teachers in from one address all day long.
    let app = crate::helpers::spawn_app_with(|s| s.login_max_failures_per_address = 3).await;
    for _ in 0..6 {
        let mut c = app.client();
        let r = c.login("admin", ADMIN_PASSWORD).await;
        assert_eq!(r.status, 200, "{}", r.text);
    }
}

#[tokio::test]
async fn disabling_an_account_invalidates_its_tokens_and_sign_in() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (_, org) = municipality_with_school(&admin).await;
    let user = create_org_user(&admin, "teacher.one", Role::Teacher, org.id).await;
    let teacher = app.login("teacher.one", USER_PASSWORD).await;
    assert_eq!(teacher.get(routes::ME).await.status, 200);

    let update = UserUpdate {
        display_name: user.display_name.clone(),
        role: Role::Teacher,
        municipality_id: None,
        organization_id: Some(org.id),
        disabled: true,
    };
    let r = admin
        .put_if(
            &routes::user(user.id),
            &format!("\"{}\"", user.version),
            &update,
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert!(r.json::<User>().disabled);

    teacher
        .get(routes::ME)
        .await
        .problem(401, ErrorCode::Unauthorized);
    let cookie = teacher.refresh.clone().expect("refresh cookie");
    teacher
        .refresh_with(&cookie)
        .await
        .problem(401, ErrorCode::InvalidRefreshToken);
    let mut again = app.client();
    again
        .login("teacher.one", USER_PASSWORD)
        .await
        .problem(401, ErrorCode::InvalidCredentials);
}

/// Behind a trusted proxy the client's forwarded address is throttled, not the proxy's:
/// one client's failures do not lock out the others behind the same load balancer.
#[tokio::test]
async fn behind_a_trusted_proxy_each_client_address_is_throttled_on_its_own() {
    let app = crate::helpers::spawn_app_with(|s| {
        s.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
        s.login_max_failures_per_address = 3;
        s.login_max_failures_per_account = 100;
    })
    .await;
    let c = app.client();
    let attempt = |user: &str, password: &str, client: &str| {
        c.request(reqwest::Method::POST, wire::routes::LOGIN)
            .header("X-Forwarded-For", format!("198.51.100.1, {client}"))
            .json(&wire::auth::LoginRequest {
                username: user.into(),
                password: password.into(),
            })
    };
    for user in ["nobody1", "nobody2", "nobody3"] {
        c.send(attempt(user, "wrong-password", "203.0.113.7"))
            .await
            .problem(401, ErrorCode::InvalidCredentials);
    }
    c.send(attempt("admin", ADMIN_PASSWORD, "203.0.113.7"))
        .await
        .problem(429, ErrorCode::TooManyAttempts);
    let other = c
        .send(attempt("admin", ADMIN_PASSWORD, "203.0.113.8"))
        .await;
    assert_eq!(other.status, 200, "{}", other.text);
}
