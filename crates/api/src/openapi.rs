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
        (name = "networks", description = "Networks and their membership"),
        (name = "programmes", description = "Network programmes, courses and modules"),
        (name = "agreements", description = "Agreements on the network form (273-ФЗ art. 15)"),
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

/// Paths and methods of the API, to answer 405 with `Allow` for a known path and an
/// unsupported method (actix routes by method and would otherwise fall through to 404).
#[derive(Debug, Default)]
pub struct RouteTable(Vec<(Vec<String>, Vec<&'static str>)>);

impl RouteTable {
    pub fn from_document(doc: &utoipa::openapi::OpenApi) -> Self {
        let routes = doc
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let segments = path.split('/').map(str::to_owned).collect();
                let methods = [
                    ("GET", item.get.is_some()),
                    ("POST", item.post.is_some()),
                    ("PUT", item.put.is_some()),
                    ("PATCH", item.patch.is_some()),
                    ("DELETE", item.delete.is_some()),
                ]
                .into_iter()
                .filter_map(|(m, present)| present.then_some(m))
                .collect();
                (segments, methods)
            })
            .collect();
        Self(routes)
    }

    /// The methods of the API path matching `path`, if any.
    pub fn allowed(&self, path: &str) -> Option<Vec<&'static str>> {
        let parts: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        let mut found: Vec<&'static str> = Vec::new();
        for (segments, methods) in &self.0 {
            let matches = segments.len() == parts.len()
                && segments
                    .iter()
                    .zip(&parts)
                    .all(|(t, p)| segment_matches(t, p));
            if matches {
                for m in methods {
                    if !found.contains(m) {
                        found.push(m);
                    }
                }
            }
        }
        (!found.is_empty()).then_some(found)
    }
}

/// A template segment (`{id}`, `{token}.ics`, `literal`) against a path segment.
fn segment_matches(template: &str, part: &str) -> bool {
    match template.split_once('}') {
        Some((open, suffix)) if open.starts_with('{') => {
            part.len() > suffix.len() && part.ends_with(suffix)
        }
        _ => template == part,
    }
}

/// The document as committed: pretty JSON with a final newline.
pub fn document_json() -> String {
    let mut s = document().to_pretty_json().unwrap_or_default();
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn route_table_matches_templates() {
        let table = super::RouteTable::from_document(&super::document());
        let allowed = table.allowed("/api/v1/organizations/0190-abc").unwrap();
        assert!(
            allowed.contains(&"GET") && allowed.contains(&"PUT") && allowed.contains(&"DELETE")
        );
        assert!(!allowed.contains(&"POST"));
        assert_eq!(table.allowed("/api/v1/health"), Some(vec!["GET"]));
        assert_eq!(table.allowed("/api/v1/nothing/here"), None);
        assert_eq!(table.allowed("/api/v1/feeds/abc.ics"), Some(vec!["GET"]));
        assert_eq!(table.allowed("/api/v1/feeds/abc"), None);
    }

    /// The committed contract must equal the generated one: regenerate it with
    /// `cargo xtask openapi` and review the diff when this fails.
    #[test]
    fn committed_document_is_current() {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../openapi/openapi.json");
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        let generated = super::document_json();
        assert!(
            committed == generated,
            "openapi/openapi.json is out of date: run `cargo xtask openapi` and commit it"
        );
    }

    #[test]
    fn every_operation_has_summary_errors_and_security() {
        let doc = super::document();
        let mut count = 0;
        for (path, item) in &doc.paths.paths {
            let ops = [&item.get, &item.post, &item.put, &item.delete, &item.patch];
            for op in ops.into_iter().flatten() {
                count += 1;
                assert!(
                    op.summary.as_deref().is_some_and(|s| !s.is_empty()),
                    "{path}: summary"
                );
                assert!(op.security.is_some(), "{path}: security requirement");
                let statuses: Vec<&String> = op.responses.responses.keys().collect();
                assert!(
                    statuses
                        .iter()
                        .any(|s| s.starts_with('4') || s.starts_with('5'))
                        || path.ends_with("/logout"),
                    "{path}: error responses"
                );
            }
        }
        assert!(count >= 25, "only {count} operations documented");
    }
}
