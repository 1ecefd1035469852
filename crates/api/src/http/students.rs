//! Students of home schools: `/organizations/{id}/students` and `/students/{id}`. Every
//! read is audited with the students it returned (152-ФЗ), so the reads run in a write
//! transaction too.

use actix_web::{HttpResponse, delete, get, post, put, web};
use uuid::Uuid;
use wire::student::{Student, StudentInput, StudentQuery, StudentRecord};
use wire::{Page, Problem};

use crate::auth::Authenticated;
use crate::error::ApiResult;
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, etag, ok_with_etag,
};
use crate::state::AppState;
use ops::students::{Upserted, to_wire};

/// List the students of a school
///
/// The home school's administration, the authority and the administrator see the whole
/// records; a school that teaches some of them sees them through its groups instead.
/// The read is audited with the ids it returned.
#[utoipa::path(
    tag = "students",
    params(("id" = Uuid, Path), StudentQuery),
    responses(
        (status = 200, body = Page<Student>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organizations/{id}/students")]
pub async fn list(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    q: web::Query<StudentQuery>,
) -> ApiResult<HttpResponse> {
    let page = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::students::list(ctx, *id, &q).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(page))
}

/// Add a student to a school
///
/// The home school's administration (or an integration of it or of its municipality).
/// Only what network learning needs is kept: no SNILS, address, contacts or health data.
#[utoipa::path(
    tag = "students",
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    request_body = StudentInput,
    responses(
        (status = 201, body = Student, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/organizations/{id}/students")]
pub async fn create(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    key: IdempotencyKey,
    body: Json<StudentInput>,
) -> ApiResult<HttpResponse> {
    let path = wire::routes::organization_students(*id);
    let req = CreateRequest {
        path: &path,
        body: &*body,
        location: |id| wire::routes::student(id),
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        let m = ops::students::create(ctx, *id, &body).await?;
        Created::new(&to_wire(&m)?)
    })
    .await
}

/// Create or replace a student by external id
///
/// The upsert of regional systems: the school's student with this `external_id` is
/// replaced (200) or created (201). Repeating it changes nothing.
#[utoipa::path(
    tag = "students",
    params(
        ("id" = Uuid, Path),
        ("external_id" = String, Path),
        ("If-Match" = Option<String>, Header),
    ),
    request_body = StudentInput,
    responses(
        (status = 200, body = Student, headers(("ETag" = String))),
        (status = 201, body = Student, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/organizations/{id}/students/by-external-id/{external_id}")]
pub async fn upsert_by_external_id(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, String)>,
    if_match: IfMatch,
    body: Json<StudentInput>,
) -> ApiResult<HttpResponse> {
    let (org, ext) = path.into_inner();
    let done = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::students::upsert_by_external_id(ctx, org, &ext, if_match.0, &body).await
        })
        .await?;
    Ok(match done {
        Upserted::Replaced(m) => ok_with_etag(m.version, &to_wire(&m)?),
        Upserted::Created(m) => HttpResponse::Created()
            .insert_header(("ETag", etag(m.version)))
            .insert_header(("Location", wire::routes::student(m.id)))
            .json(to_wire(&m)?),
    })
}

/// Get a student
///
/// The whole record (`view: full`) for the home school, the authority and the
/// administrator; the teaching view (`view: teaching`: name, grade, class, home school)
/// for a provider school, the network's coordinator and the teachers of a group in which
/// the student has an open enrolment. The read is audited.
#[utoipa::path(
    tag = "students",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = StudentRecord, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/students/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let (version, record) = state
        .ops
        .write(auth.who(), async |ctx| ops::students::get(ctx, *id).await)
        .await?;
    Ok(ok_with_etag(version, &record))
}

/// Replace a student
#[utoipa::path(
    tag = "students",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    request_body = StudentInput,
    responses(
        (status = 200, body = Student, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[put("/students/{id}")]
pub async fn update(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
    body: Json<StudentInput>,
) -> ApiResult<HttpResponse> {
    let m = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::students::update(ctx, *id, if_match.0, &body).await
        })
        .await?;
    Ok(ok_with_etag(m.version, &to_wire(&m)?))
}

/// Remove a student
///
/// A soft delete: the record leaves every list, the audit history keeps it.
#[utoipa::path(
    tag = "students",
    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 412, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[delete("/students/{id}")]
pub async fn remove(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    if_match: IfMatch,
) -> ApiResult<HttpResponse> {
    state
        .ops
        .write(auth.who(), async |ctx| {
            ops::students::delete(ctx, *id, if_match.0).await
        })
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
