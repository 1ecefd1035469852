//! The OpenAPI document: generated from the registered routes, served at
//! `/api/v1/openapi.json` and committed at `openapi/openapi.json`.

use utoipa::Modify;
use utoipa::OpenApi;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa_actix_web::{AppExt, scope};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Setka API",
        description = "School networks: organizations, networks, agreements, programmes, \
            enrolment and credit transfer. Errors are RFC 9457 problem documents with a \
            stable `code`; lists page by cursor; updates take `If-Match`; creates take \
            `Idempotency-Key`. Sign in with `POST /api/v1/auth/login` and send \
            `Authorization: Bearer <access_token>`.",
        license(name = "AGPL-3.0-only")
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "auth", description = "Sign-in and sessions"),
        (name = "health", description = "Service status"),
        (name = "municipalities", description = "Municipalities and education authorities"),
        (name = "organizations", description = "Schools and other organizations"),
        (name = "staff", description = "Staff of organizations"),
        (name = "users", description = "User accounts (administrator)"),
        (name = "audit", description = "Audit log"),
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        let mut http = Http::new(HttpAuthScheme::Bearer);
        http.bearer_format = Some("JWT".into());
        components.add_security_scheme("bearer", SecurityScheme::Http(http));
    }
}

/// Title, description, tags and security schemes; the paths come from the routes.
pub fn base() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

/// The document, built from the same route table the server registers.
pub fn document() -> utoipa::openapi::OpenApi {
    let (_, doc) = actix_web::App::new()
        .into_utoipa_app()
        .openapi(base())
        .service(scope::scope("/api/v1").configure(crate::http::api_routes))
        .split_for_parts();
    doc
}

/// The document as committed: pretty JSON with a final newline.
pub fn document_json() -> String {
    let mut s = document().to_pretty_json().unwrap_or_default();
    s.push('\n');
    s
}
