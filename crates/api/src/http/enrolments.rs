//! Enrolments: `/groups/{id}/enrolments` (the roster, a request and its preview),
//! `/groups/{id}/students`, `/students/{id}/enrolments` and `/enrolments/{id}` with its
//! steps as actions. Every read shows students' data, so it runs in a transaction that
//! records it in the audit log.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use domain::enrolment::Transition;
use uuid::Uuid;
use wire::enrolment::{
    Enrolment, EnrolmentPreview, EnrolmentQuery, EnrolmentRequest, OrgEnrolmentQuery, StepInput,
};
use wire::student::TeachingStudent;
use wire::{Page, Problem};

use crate::auth::Authenticated;
use crate::error::ApiResult;
use crate::http::support::{
    CreateRequest, Created, IdempotencyKey, IfMatch, Json, create_idempotent, lang, ok_with_etag,
    whole_page,
};
use crate::state::AppState;

/// List a group's enrolments
///
/// The provider's side and the group's teachers see all of them; a home school in the
/// network sees those of its own students. In the order of request.
#[utoipa::path(
    tag = "enrolments",
    params(("id" = Uuid, Path), EnrolmentQuery),
    responses(
        (status = 200, body = Page<Enrolment>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/groups/{id}/enrolments")]
pub async fn of_group(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    q: web::Query<EnrolmentQuery>,
) -> ApiResult<HttpResponse> {
    let items = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::enrolments::of_group(ctx, *id, &q).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(whole_page(items)))
}

/// Request an enrolment
///
/// The home school's administration, for one of its students. Every approval rule but
/// the free seat must pass (a full group puts the request on the waitlist); each failing
/// rule answers with its own code and a message naming the numbers.
#[utoipa::path(
    tag = "enrolments",
    params(("id" = Uuid, Path), ("Idempotency-Key" = Option<String>, Header)),
    request_body = EnrolmentRequest,
    responses(
        (status = 201, body = Enrolment, headers(("ETag" = String), ("Location" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/groups/{id}/enrolments")]
pub async fn request(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    key: IdempotencyKey,
    body: Json<EnrolmentRequest>,
) -> ApiResult<HttpResponse> {
    let path = wire::routes::group_enrolments(*id);
    let req = CreateRequest {
        path: &path,
        body: &*body,
        location: |id| wire::routes::enrolment(id),
    };
    create_idempotent(&state, &auth, key, req, async |ctx| {
        let m = ops::enrolments::request(ctx, *id, &body).await?;
        let view = ops::enrolments::one(ctx, m.id).await?;
        Created::new(&view)
    })
    .await
}

/// Preview the rules of a request
///
/// What the approval rules say of enrolling the student now — every rule's outcome with
/// its message, and the student's week with the course — without sending anything.
#[utoipa::path(
    tag = "enrolments",
    params(("id" = Uuid, Path)),
    request_body = EnrolmentRequest,
    responses(
        (status = 200, body = EnrolmentPreview),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/groups/{id}/enrolments/preview")]
pub async fn preview(
    state: web::Data<AppState>,
    auth: Authenticated,
    req: HttpRequest,
    id: web::Path<Uuid>,
    body: Json<EnrolmentRequest>,
) -> ApiResult<HttpResponse> {
    let lang = lang(&req);
    let p = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::enrolments::preview(ctx, *id, &body, lang).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(p))
}

/// List a group's students
///
/// The students with an open enrolment (requested, waitlisted, approved or active), in
/// the teaching view, in name order; a home school sees its own. The read is audited.
#[utoipa::path(
    tag = "enrolments",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Page<TeachingStudent>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/groups/{id}/students")]
pub async fn students_of_group(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let items = state
        .ops
        .read_audited(auth.who(), async |ctx| {
            ops::enrolments::students_of_group(ctx, *id).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(whole_page(items)))
}

/// List a student's enrolments
///
/// All of them for the home school; a provider sees those with itself.
#[utoipa::path(
    tag = "enrolments",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Page<Enrolment>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/students/{id}/enrolments")]
pub async fn of_student(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let items = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::enrolments::of_student(ctx, *id).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(whole_page(items)))
}

/// Get an enrolment with its steps
#[utoipa::path(
    tag = "enrolments",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = Enrolment, headers(("ETag" = String))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/enrolments/{id}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let e = state
        .ops
        .write(auth.who(), async |ctx| ops::enrolments::one(ctx, *id).await)
        .await?;
    Ok(ok_with_etag(e.version, &e))
}

/// List a school's enrolments
///
/// `side=home` (default): the school's students in network groups; `side=provider`: the
/// enrolments in the groups the school provides, where a visiting pupil shows only while
/// the enrolment is open. For the school's administration, the authority and the
/// administrator; in the order of request. The read is audited.
#[utoipa::path(
    tag = "enrolments",
    params(("id" = Uuid, Path), OrgEnrolmentQuery),
    responses(
        (status = 200, body = Page<Enrolment>),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/organizations/{id}/enrolments")]
pub async fn of_organization(
    state: web::Data<AppState>,
    auth: Authenticated,
    id: web::Path<Uuid>,
    q: web::Query<OrgEnrolmentQuery>,
) -> ApiResult<HttpResponse> {
    let items = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::enrolments::of_organization(ctx, *id, &q).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(whole_page(items)))
}

/// Check an enrolment's rules
///
/// Every approval rule evaluated now for a request awaiting the provider's decision
/// (requested or waitlisted), with the messages of those that fail; `can_request` says
/// whether an approval would pass now, the free seat included. Another status answers
/// 409 `transition_not_allowed`. The read is audited.
#[utoipa::path(
    tag = "enrolments",
    params(("id" = Uuid, Path)),
    responses(
        (status = 200, body = EnrolmentPreview),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 409, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/enrolments/{id}/checks")]
pub async fn checks(
    state: web::Data<AppState>,
    auth: Authenticated,
    req: HttpRequest,
    id: web::Path<Uuid>,
) -> ApiResult<HttpResponse> {
    let lang = lang(&req);
    let p = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::enrolments::checks(ctx, *id, lang).await
        })
        .await?;
    Ok(HttpResponse::Ok().json(p))
}

async fn step(
    state: &AppState,
    auth: &Authenticated,
    id: Uuid,
    if_match: IfMatch,
    t: Transition,
    body: &StepInput,
) -> ApiResult<HttpResponse> {
    let e = state
        .ops
        .write(auth.who(), async |ctx| {
            let m = ops::enrolments::act(ctx, id, t, if_match.0, body).await?;
            ops::enrolments::one(ctx, m.id).await
        })
        .await?;
    Ok(ok_with_etag(e.version, &e))
}

/// One step of an enrolment as an action: `POST /enrolments/{id}/<action>` with an
/// optional reason and `If-Match`.
macro_rules! step_action {
    ($name:ident, $path:literal, $t:expr, $doc:literal) => {
        #[doc = $doc]
        #[utoipa::path(
                    tag = "enrolments",
                    params(("id" = Uuid, Path), ("If-Match" = Option<String>, Header)),
                    request_body = StepInput,
                    responses(
                        (status = 200, body = Enrolment, headers(("ETag" = String))),
                        (status = 401, body = Problem, content_type = "application/problem+json"),
                        (status = 403, body = Problem, content_type = "application/problem+json"),
                        (status = 404, body = Problem, content_type = "application/problem+json"),
                        (status = 409, body = Problem, content_type = "application/problem+json"),
                        (status = 412, body = Problem, content_type = "application/problem+json"),
                        (status = 422, body = Problem, content_type = "application/problem+json"),
                    ),
                    security(("bearer" = []))
                )]
        #[post($path)]
        pub async fn $name(
            state: web::Data<AppState>,
            auth: Authenticated,
            id: web::Path<Uuid>,
            if_match: IfMatch,
            body: Json<StepInput>,
        ) -> ApiResult<HttpResponse> {
            step(&state, &auth, *id, if_match, $t, &body).await
        }
    };
}

step_action!(
    approve,
    "/enrolments/{id}/approve",
    Transition::Approve,
    "Approve an enrolment\n\nThe provider's side. Every rule is checked again; the seat is \
     taken by the database, so of concurrent approvals for the last seat one succeeds and \
     the others answer 409 `no_free_seat`."
);
step_action!(
    waitlist,
    "/enrolments/{id}/waitlist",
    Transition::Waitlist,
    "Put a request on the waitlist\n\nThe provider's side; a freed seat is offered to the \
     first of the waitlist who passes every rule."
);
step_action!(
    reject,
    "/enrolments/{id}/reject",
    Transition::Reject,
    "Reject an enrolment\n\nThe provider's side, before the group starts; a held seat goes \
     to the waitlist."
);
step_action!(
    withdraw,
    "/enrolments/{id}/withdraw",
    Transition::Withdraw,
    "Withdraw an enrolment\n\nEither school; a held seat goes to the waitlist, and the \
     provider no longer sees the student."
);
step_action!(
    complete,
    "/enrolments/{id}/complete",
    Transition::Complete,
    "Complete an enrolment\n\nThe provider's side, from the group's last date."
);
