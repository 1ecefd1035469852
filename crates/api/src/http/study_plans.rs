//! Individual study plans: `/students/{id}/study-plans/{year}` as JSON, an HTML print
//! view or a PDF (by `Accept`), and `/students/{id}/study-plans/{year}.pdf` as a link to
//! download.

use actix_web::http::header::{ACCEPT, CONTENT_DISPOSITION};
use actix_web::{HttpRequest, HttpResponse, get, web};
use uuid::Uuid;
use wire::Problem;
use wire::study_plan::StudyPlan;

use crate::auth::Authenticated;
use crate::error::{ApiResult, OpError};
use crate::state::AppState;

enum Form {
    Json,
    Html,
    Pdf,
}

fn form_of(req: &HttpRequest) -> Form {
    let accept = req
        .headers()
        .get(ACCEPT)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if accept.contains("application/pdf") {
        Form::Pdf
    } else if accept.contains("text/html") && !accept.contains("application/json") {
        Form::Html
    } else {
        Form::Json
    }
}

async fn respond(
    state: &AppState,
    auth: &Authenticated,
    id: Uuid,
    year: &str,
    form: Form,
) -> ApiResult<HttpResponse> {
    let plan = state
        .ops
        .write(auth.who(), async |ctx| {
            ops::study_plans::get(ctx, id, year).await
        })
        .await?;
    Ok(match form {
        Form::Json => HttpResponse::Ok().json(plan),
        Form::Html => HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            .body(print::study_plan::html(&plan)),
        Form::Pdf => {
            let bytes =
                print::study_plan::pdf(&plan).map_err(|e| OpError::Internal(e.to_string()))?;
            let file = format!(
                "IUP-{}-{}.pdf",
                plan.student.last_name,
                plan.academic_year.replace('/', "-")
            );
            HttpResponse::Ok()
                .content_type("application/pdf")
                .insert_header((
                    CONTENT_DISPOSITION,
                    format!(
                        "attachment; filename=\"iup.pdf\"; filename*=UTF-8''{}",
                        percent(&file)
                    ),
                ))
                .body(bytes)
        }
    })
}

/// RFC 8187 percent-encoding of a file name.
fn percent(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Get a student's individual study plan
///
/// The home curriculum's hours, the network courses with their hours, provider and
/// teachers, and the weekly total against the СанПиН 1.2.3685-21 limit — for the home
/// school and the authority. `Accept: application/pdf` gives the printable PDF,
/// `text/html` the print view. `year` is `2026-2027`. The read is audited.
#[utoipa::path(
    tag = "students",
    params(("id" = Uuid, Path), ("year" = String, Path, pattern = r"^\d{4}-\d{4}$")),
    responses(
        (status = 200, content(
            (StudyPlan = "application/json"),
            (String = "text/html"),
            (Vec<u8> = "application/pdf"),
        )),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/students/{id}/study-plans/{year}")]
pub async fn get_one(
    state: web::Data<AppState>,
    auth: Authenticated,
    req: HttpRequest,
    path: web::Path<(Uuid, String)>,
) -> ApiResult<HttpResponse> {
    let (id, year) = path.into_inner();
    respond(&state, &auth, id, &year, form_of(&req)).await
}

/// Download a student's individual study plan as a PDF
#[utoipa::path(
    tag = "students",
    params(("id" = Uuid, Path), ("year" = String, Path, pattern = r"^\d{4}-\d{4}$")),
    responses(
        (status = 200, content((Vec<u8> = "application/pdf"))),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 403, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json"),
        (status = 422, body = Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/students/{id}/study-plans/{year}.pdf")]
pub async fn pdf(
    state: web::Data<AppState>,
    auth: Authenticated,
    path: web::Path<(Uuid, String)>,
) -> ApiResult<HttpResponse> {
    let (id, year) = path.into_inner();
    respond(&state, &auth, id, &year, Form::Pdf).await
}
