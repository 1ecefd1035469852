//! `/users`: account administration (administrator only).

use actix_web::{HttpResponse, get, post, put, web};
use domain::person::check_password;
use store::users::UserFilter;
use uuid::Uuid;
use wire::user::{PasswordReset, User, UserCreate, UserQuery, UserUpdate};
use wire::{Page, Problem};

use crate::auth::{Authenticated, password};
use crate::error::{ApiResult, OpError, OpResult};
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, ok_with_etag,
};
use crate::i18n::Issue;
use crate::state::AppState;
use ops::user_ops;
use ops::users::{check_new, to_wire};

/// List user accounts
#[utoipa::path(
    tag = "users",
    params(UserQuery),
    responses(
        (status = 200, body = Page<User>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/users")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    q: web::Query<UserQuery>,
) -> ApiResult<HttpResponse> {
    let cap = auth.actor.administer_users()?;
    let q = q.into_inner();
    let f = UserFilter {
        role: q.role,
        organization_id: q.organization_id,
        municipality_id: q.municipality_id,
        q: q.q,
    };
    let (rows, next) =
        store::users::list(state.store.read(), &cap, &f, q.limit, q.cursor.as_deref()).await?;
    Ok(HttpResponse::Ok().json(Page {
        items: rows.iter().map(to_wire).collect::<OpResult<Vec<_>>>()?,
        next_cursor: next,
    }))
}

/// Get a user account
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = User, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/users/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let cap = auth.actor.administer_users()?;
    let m = store::users::get(state.store.read(), &cap, *id).await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Create a user account
///
/// The role decides the anchor: `authority` needs `municipality_id`; `coordinator`,
/// `school_admin` and `teacher` need `organization_id`; `integration` takes either.
#[utoipa::path(
    tag = "users",
    params(("Idempotency-Key" = Option<String>, Header)),
    request_body = UserCreate,
    responses(
        (status = 201, body = User, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "User name taken", body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/users")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Authenticated,
    key: IdempotencyKey,
    body: Json<UserCreate>,
) -> ApiResult<HttpResponse> {
    auth.actor.administer_users()?;
    let input = body.into_inner();
    // Checked before argon2 runs, and again in the operation's transaction.
    let (username, data) = check_new(state.store.read(), &input).await?;
    let hash = password::hash_blocking(input.password.clone())
        .await
        .map_err(OpError::Internal)?;
    // The fingerprint leaves the password out: it is not stored with the idempotency key.
    let fingerprint = (
        &username,
        &data.display_name,
        input.role,
        input.organization_id,
        input.municipality_id,
    );
    let req = CreateRequest {
        path: "/users",
        body: &fingerprint,
        location: user_url,
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        Created::new(&to_wire(&user_ops::create(ctx, &input, &hash).await?)?)
    })
    .await
}

/// Update a user account
///
/// Changes the name, role, anchor or disabled flag. Disabling revokes every session;
/// any change invalidates the account's access tokens.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = UserUpdate,
    responses(
        (status = 200, body = User, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/users/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<UserUpdate>,
) -> ApiResult<HttpResponse> {
    let input = body.into_inner();
    let m = state
        .ops
        .write(auth.who(), async |ctx| {
            user_ops::update(ctx, *id, if_match.0, &input).await
        })
        .await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Reset a user's password
///
/// Sets a new password and ends all the user's sessions. One's own password changes only
/// with `current_password`, so an access token alone cannot take an account over.
#[utoipa::path(
    tag = "users",
    params(("id" = Uuid, Path)),
    request_body = PasswordReset,
    responses(
        (status = 200, body = User, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/users/{id}/password")]
pub async fn reset_password(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    body: Json<PasswordReset>,
) -> ApiResult<HttpResponse> {
    let cap = auth.actor.administer_users()?;
    let target = store::users::get(state.store.conn(), &cap, *id).await?;
    if target.id == auth.user.id
        && !body
            .current_password
            .as_deref()
            .is_some_and(|p| password::verify(p, &target.password_hash))
    {
        return Err(OpError::with_detail(
            wire::ErrorCode::Forbidden,
            "Свой пароль меняют, указав текущий (current_password)",
            "Your own password changes only with the current one (current_password)",
        )
        .into());
    }
    check_password(&body.new_password, &target.username)
        .map_err(|e| OpError::field("new_password", Issue::from(e)))?;
    let hash = password::hash_blocking(body.new_password.clone())
        .await
        .map_err(OpError::Internal)?;
    let m = state
        .ops
        .write(auth.who(), async |ctx| {
            user_ops::set_password(ctx, *id, &hash).await
        })
        .await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

fn user_url(id: Uuid) -> String {
    wire::routes::user(id)
}
