//! Account administration: creation rules, duplicates and password resets.

use serde_json::json;
use wire::auth::Me;
use wire::routes;
use wire::user::{User, UserCreate};
use wire::{ErrorCode, Role};

use crate::builders::{USER_PASSWORD, municipality_with_school, user_input};
use crate::helpers::spawn_app;

#[tokio::test]
async fn the_admin_creates_a_school_admin_who_can_sign_in() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (_, org) = municipality_with_school(&admin).await;
    let body = UserCreate {
        organization_id: Some(org.id),
        ..user_input("director.one", Role::SchoolAdmin, USER_PASSWORD)
    };

    let r = admin.post(routes::USERS, &body).await;

    assert_eq!(r.status, 201, "{}", r.text);
    let user: User = r.json();
    assert_eq!(r.header("location"), Some(routes::user(user.id).as_str()));
    assert_eq!(
        user.username, "director.one",
        "user names are stored in lower case"
    );
    assert_eq!(user.role, Role::SchoolAdmin);
    assert_eq!(user.organization_id, Some(org.id));
    assert!(
        !r.text.contains("password"),
        "no hash in the answer: {}",
        r.text
    );
    // Sign-in ignores the case of the user name.
    let director = app.login("Director.One", USER_PASSWORD).await;
    let me: Me = director.get(routes::ME).await.json();
    assert_eq!(me.id, user.id);
    assert_eq!(
        me.organization_name.as_deref(),
        Some(org.short_name.as_str())
    );

    // The account is audited, its password hash is not.
    let query = format!("{}?entity_type=user&entity_id={}", routes::AUDIT, user.id);
    let r = admin.get(&query).await;
    assert_eq!(r.status, 200, "{}", r.text);
    let entries: wire::Page<wire::audit::AuditEntry> = r.json();
    assert_eq!(entries.items.len(), 1, "{}", r.text);
    assert_eq!(
        entries.items[0]
            .after
            .as_ref()
            .map(|a| a["username"].clone()),
        Some("director.one".into())
    );
    assert!(
        !r.text.contains("argon2") && !r.text.contains("password"),
        "{}",
        r.text
    );
}

#[tokio::test]
async fn account_rules_are_checked() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (m, org) = municipality_with_school(&admin).await;
    let at_org = |u: UserCreate| UserCreate {
        organization_id: Some(org.id),
        ..u
    };

    let weak = at_org(user_input("teacher.weak", Role::Teacher, "short"));
    admin
        .post(routes::USERS, &weak)
        .await
        .assert_field_error("password", Some("password_too_short"));
    let same = at_org(user_input(
        "teacher.same.name",
        Role::Teacher,
        "teacher.same.name",
    ));
    admin
        .post(routes::USERS, &same)
        .await
        .assert_field_error("password", None);

    let unanchored = user_input("teacher.nowhere", Role::Teacher, USER_PASSWORD);
    admin
        .post(routes::USERS, &unanchored)
        .await
        .assert_field_error("organization_id", Some("role_anchor"));
    let authority_at_school = at_org(user_input("uo.wrong", Role::Authority, USER_PASSWORD));
    admin
        .post(routes::USERS, &authority_at_school)
        .await
        .assert_field_error("organization_id", None);
    let mut unknown_org = user_input("teacher.ghost", Role::Teacher, USER_PASSWORD);
    unknown_org.organization_id = Some(uuid::Uuid::new_v4());
    admin
        .post(routes::USERS, &unknown_org)
        .await
        .assert_field_error("organization_id", Some("unknown_reference"));
    let bad_name = at_org(user_input("имя с пробелами", Role::Teacher, USER_PASSWORD));
    admin
        .post(routes::USERS, &bad_name)
        .await
        .assert_field_error("username", None);

    let authority = UserCreate {
        municipality_id: Some(m.id),
        ..user_input("uo.rostov", Role::Authority, USER_PASSWORD)
    };
    assert_eq!(admin.post(routes::USERS, &authority).await.status, 201);
    admin
        .post(routes::USERS, &authority)
        .await
        .problem(409, ErrorCode::DuplicateUsername);
    // Upper case is refused rather than folded into a look-alike of an existing name.
    let upper = UserCreate {
        username: "UO.Rostov".into(),
        ..authority
    };
    admin
        .post(routes::USERS, &upper)
        .await
        .assert_field_error("username", Some("username_characters"));

    let r = admin
        .post(routes::USERS, &json!({"username": "x", "role": "overlord"}))
        .await;
    r.problem(422, ErrorCode::InvalidBody);
}

/// A stolen access token must not be enough to take the administrator's account over:
/// the own password changes only with the current one (schemathesis reset the admin's).
#[tokio::test]
async fn the_own_password_changes_only_with_the_current_one() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let me: wire::auth::Me = admin.get(routes::ME).await.json();
    let path = routes::user_password(me.id);

    for body in [
        json!({"new_password": "a-new-password-1"}),
        json!({"new_password": "a-new-password-1", "current_password": "not-the-password"}),
    ] {
        admin
            .post(&path, &body)
            .await
            .problem(403, ErrorCode::Forbidden);
    }
    assert_eq!(admin.get(routes::ME).await.status, 200, "still signed in");

    let r = admin
        .post(
            &path,
            &json!({"new_password": "a-new-password-1", "current_password": crate::helpers::ADMIN_PASSWORD}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
    assert_eq!(
        app.client().login("admin", "a-new-password-1").await.status,
        200
    );
}

#[tokio::test]
async fn a_password_reset_replaces_the_old_password_and_ends_sessions() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let (_, org) = municipality_with_school(&admin).await;
    let user =
        crate::builders::create_org_user(&admin, "teacher.reset", Role::Teacher, org.id).await;
    let teacher = app.login("teacher.reset", USER_PASSWORD).await;
    let path = routes::user_password(user.id);

    admin
        .post(&path, &json!({"new_password": "short"}))
        .await
        .assert_field_error("new_password", Some("password_too_short"));
    let r = admin
        .post(&path, &json!({"new_password": "a-new-password-2"}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text);

    teacher
        .get(routes::ME)
        .await
        .problem(401, ErrorCode::Unauthorized);
    let cookie = teacher.refresh.clone().expect("refresh cookie");
    teacher
        .refresh_with(&cookie)
        .await
        .problem(401, ErrorCode::InvalidRefreshToken);
    let mut c = app.client();
    c.login("teacher.reset", USER_PASSWORD)
        .await
        .problem(401, ErrorCode::InvalidCredentials);
    assert_eq!(
        c.login("teacher.reset", "a-new-password-2").await.status,
        200
    );

    admin
        .post(
            &routes::user_password(uuid::Uuid::new_v4()),
            &json!({"new_password": "a-new-password-3"}),
        )
        .await
        .problem(404, ErrorCode::NotFound);
}

#[tokio::test]
async fn the_admin_cannot_lock_itself_out() {
    let app = spawn_app().await;
    let admin = app.admin().await;
    let me: Me = admin.get(routes::ME).await.json();
    let body = json!({"display_name": "Администратор", "role": "admin", "disabled": true});
    admin
        .put(&routes::user(me.id), &body)
        .await
        .problem(403, ErrorCode::Forbidden);
    assert_eq!(admin.get(routes::ME).await.status, 200);
}
