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
    // Types used only by query parameters: utoipa registers the schemas of bodies and
    // responses, not of parameters, so these would otherwise be dangling references.
    components(schemas(wire::organization::OrganizationSort, wire::enrolment::EnrolmentSide)),
    tags(
        (name = "auth", description = "Sign-in and sessions"),
        (name = "health", description = "Service status"),
        (name = "municipalities", description = "Municipalities and education authorities"),
        (name = "organizations", description = "Schools and other organizations"),
        (name = "staff", description = "Staff of organizations"),
        (name = "attendance", description = "Registers of sessions, attendance tables and reports"),
        (name = "enrolments", description = "Enrolment of students in network groups, with its rules and waitlist"),
        (name = "students", description = "Students of home schools (personal data: every read is audited)"),
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

/// The operations as utoipa generates them from the same route table the server
/// registers (paths and methods for [`RouteTable`]).
pub fn document() -> utoipa::openapi::OpenApi {
    let (_, doc) = actix_web::App::new()
        .into_utoipa_app()
        .openapi(base())
        .service(scope::scope("/api/v1").configure(crate::http::api_routes))
        .split_for_parts();
    doc
}

/// The served and committed document: [`document`] with the conventions every operation
/// shares added in [`conventions`]. It stays JSON, because utoipa's types do not read
/// their own output back.
pub fn document_value() -> serde_json::Value {
    conventions::apply(serde_json::to_value(document()).unwrap_or_default())
}

/// What every operation has in common, stated once instead of in 92 `#[utoipa::path]`s:
/// the errors the shared extractors answer (a JSON body, a query, `If-Match`,
/// `Idempotency-Key`, path ids, the bearer token), the paging parameters' bounds, and
/// the shapes of the conditional headers. The server enforces each of these in one
/// place too (`http::support`, `http::middleware`, `store::cursor`).
mod conventions {
    use serde_json::{Map, Value, json};

    const PROBLEM: &str = "application/problem+json";

    /// Shared responses: (status, component name, description).
    const RESPONSES: [(&str, &str, &str); 7] = [
        (
            "400",
            "BadRequest",
            "Malformed JSON or multipart body (`malformed_json`, `malformed_multipart`), or an \
             invalid query parameter or header (`invalid_query`)",
        ),
        (
            "401",
            "Unauthorized",
            "No valid access token (`unauthorized`, `token_expired`)",
        ),
        (
            "404",
            "NotFound",
            "No such object in the caller's scope, or a path segment that names none (`not_found`)",
        ),
        (
            "412",
            "PreconditionFailed",
            "`If-Match` is not the current ETag (`precondition_failed`)",
        ),
        (
            "413",
            "PayloadTooLarge",
            "The body exceeds the size limit (`payload_too_large`, `document_too_large`)",
        ),
        (
            "415",
            "UnsupportedMediaType",
            "The body is not of the documented content type (`unsupported_media_type`)",
        ),
        (
            "422",
            "UnprocessableContent",
            "The body has the wrong shape (`invalid_body`), invalid fields (`validation_failed` \
             with `errors`), breaks a rule with its own code, or reuses an `Idempotency-Key`",
        ),
    ];

    pub fn apply(mut v: Value) -> Value {
        add_components(&mut v);
        if let Some(paths) = v.get_mut("paths").and_then(Value::as_object_mut) {
            for item in paths.values_mut().filter_map(Value::as_object_mut) {
                for op in item.values_mut().filter_map(Value::as_object_mut) {
                    operation(op);
                }
            }
        }
        split_nullable(&mut v);
        unique_operation_ids(&mut v);
        v
    }

    /// utoipa names an operation after its handler, so `list`, `create`, `get_one`, …
    /// occur many times, while OpenAPI requires operation ids to be unique (tools that
    /// follow links by operation id land on the wrong operation). A name used more than
    /// once becomes the method and the path: `post_organizations_id_staff`.
    fn unique_operation_ids(v: &mut Value) {
        let Some(paths) = v.get_mut("paths").and_then(Value::as_object_mut) else {
            return;
        };
        let mut seen = std::collections::BTreeMap::<String, usize>::new();
        for item in paths.values() {
            for op in item.as_object().into_iter().flat_map(|o| o.values()) {
                if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                    *seen.entry(id.to_owned()).or_default() += 1;
                }
            }
        }
        for (path, item) in paths.iter_mut() {
            let words: Vec<String> = path
                .trim_start_matches("/api/v1/")
                .split('/')
                .map(|s| {
                    s.chars()
                        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
                        .collect::<String>()
                        .trim_matches('_')
                        .to_owned()
                })
                .filter(|s| !s.is_empty())
                .collect();
            let Some(item) = item.as_object_mut() else {
                continue;
            };
            for (method, op) in item.iter_mut() {
                let duplicated = op
                    .get("operationId")
                    .and_then(Value::as_str)
                    .is_some_and(|id| seen.get(id).is_some_and(|n| *n > 1));
                if duplicated {
                    op["operationId"] = json!(format!("{method}_{}", words.join("_")));
                }
            }
        }
    }

    fn add_components(v: &mut Value) {
        let Some(root) = v.as_object_mut() else {
            return;
        };
        let components = root
            .entry("components")
            .or_insert_with(|| json!({}))
            .as_object_mut();
        let Some(components) = components else {
            return;
        };
        let schemas = components.entry("schemas").or_insert_with(|| json!({}));
        schemas["AcademicYear"] = json!({
            "type": "string",
            "description": "An academic year from 2000/2001 to 2100/2101, with `/` or `-`",
            "pattern": domain::AcademicYear::pattern(),
            "examples": ["2021-2022"],
        });
        let responses = components.entry("responses").or_insert_with(|| json!({}));
        for (_, name, description) in RESPONSES {
            responses[name] = json!({
                "description": description,
                "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}
            });
        }
    }

    fn operation(op: &mut Map<String, Value>) {
        let params: Vec<(String, String)> = op
            .get("parameters")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|p| {
                Some((
                    p.get("in")?.as_str()?.to_owned(),
                    p.get("name")?.as_str()?.to_owned(),
                ))
            })
            .collect();
        let has = |place: &str, name: Option<&str>| {
            params
                .iter()
                .any(|(i, n)| i == place && name.is_none_or(|w| n.eq_ignore_ascii_case(w)))
        };
        let body = op.contains_key("requestBody");
        let secured = op
            .get("security")
            .and_then(Value::as_array)
            .is_some_and(|s| {
                s.iter()
                    .any(|r| r.as_object().is_some_and(|o| !o.is_empty()))
            });
        let mut wanted = Vec::new();
        if body || has("query", None) || has("header", None) {
            wanted.push("400");
        }
        if secured {
            wanted.push("401");
        }
        if has("path", None) {
            wanted.push("404");
        }
        if has("header", Some("If-Match")) {
            wanted.push("412");
        }
        if body {
            wanted.extend(["413", "415", "422"]);
        }
        // A reused `Idempotency-Key`, or a path year that is no academic year.
        if has("header", Some("Idempotency-Key")) || has("path", Some("year")) {
            wanted.push("422");
        }
        if let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) {
            for (status, name, _) in RESPONSES {
                if wanted.contains(&status) && !responses.contains_key(status) {
                    responses.insert(
                        status.to_owned(),
                        json!({"$ref": format!("#/components/responses/{name}")}),
                    );
                }
            }
        }
        if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
            for p in params.iter_mut() {
                parameter(p);
            }
        }
    }

    /// The bounds of the shared parameters, as the server checks them.
    fn parameter(p: &mut Value) {
        let place = p["in"].as_str().unwrap_or_default().to_owned();
        let name = p["name"].as_str().unwrap_or_default().to_ascii_lowercase();
        let schema = match (place.as_str(), name.as_str()) {
            ("query", "limit") => json!({
                "type": "integer",
                "format": "int32",
                "minimum": store::cursor::MIN_LIMIT,
                "maximum": store::cursor::MAX_LIMIT,
                "default": store::cursor::DEFAULT_LIMIT,
            }),
            ("query", "cursor") => json!({
                "type": "string",
                "pattern": store::cursor::PATTERN,
            }),
            ("header", "if-match") => json!({
                "type": "string",
                "pattern": crate::http::support::IF_MATCH_PATTERN,
            }),
            ("header", "idempotency-key") => json!({
                "type": "string",
                "maxLength": 200,
                "pattern": crate::http::support::IDEMPOTENCY_KEY_PATTERN,
            }),
            ("path" | "query", "year") => json!({"$ref": "#/components/schemas/AcademicYear"}),
            _ => return,
        };
        p["schema"] = schema;
    }

    /// `{"type": ["string", "null"], "format": "uuid"}` becomes
    /// `{"oneOf": [{"type": "string", "format": "uuid"}, {"type": "null"}]}`: the same set
    /// of values, in a form where generators (schemathesis' coverage phase among them)
    /// keep the format's and lengths' constraints instead of producing `""`.
    fn split_nullable(v: &mut Value) {
        const CONSTRAINTS: [&str; 8] = [
            "format",
            "pattern",
            "minLength",
            "maxLength",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
        ];
        match v {
            Value::Object(o) => {
                let types = o.get("type").and_then(Value::as_array).cloned();
                if let Some(types) = types
                    && types.len() == 2
                    && types.contains(&json!("null"))
                    && CONSTRAINTS.iter().any(|k| o.contains_key(*k))
                    && let Some(ty) = types.iter().find(|t| *t != &json!("null")).cloned()
                {
                    let mut inner = Map::new();
                    inner.insert("type".into(), ty);
                    for k in CONSTRAINTS {
                        if let Some(c) = o.remove(k) {
                            inner.insert(k.into(), c);
                        }
                    }
                    o.remove("type");
                    o.insert(
                        "oneOf".into(),
                        json!([Value::Object(inner), {"type": "null"}]),
                    );
                }
                o.values_mut().for_each(split_nullable);
            }
            Value::Array(items) => items.iter_mut().for_each(split_nullable),
            _ => {}
        }
    }
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

    /// The methods of a path without parameters equal to `path` (`/agreements/coverage`
    /// beside `/agreements/{id}`), if any.
    pub fn literal(&self, path: &str) -> Option<Vec<&'static str>> {
        let parts: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        self.0
            .iter()
            .find(|(segments, _)| {
                segments.iter().all(|s| !s.contains('{'))
                    && segments
                        .iter()
                        .map(String::as_str)
                        .eq(parts.iter().copied())
            })
            .map(|(_, methods)| methods.clone())
    }

    /// The methods of the API path matching `path`, if any.
    pub fn allowed(&self, path: &str) -> Option<Vec<&'static str>> {
        // A literal path is that resource alone, not also a template's parameter.
        if let Some(methods) = self.literal(path) {
            return Some(methods);
        }
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
    let mut s = serde_json::to_string_pretty(&document_value()).unwrap_or_default();
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
        assert_eq!(
            table.literal("/api/v1/agreements/coverage"),
            Some(vec!["GET"])
        );
        assert_eq!(table.literal("/api/v1/agreements/0190-abc"), None);
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
    fn conventions_are_applied() {
        let doc = super::document_value();
        assert!(doc.pointer("/components/responses/BadRequest").is_some());
        let list = &doc["paths"]["/api/v1/municipalities"]["get"];
        assert!(list["responses"]["400"].is_object(), "{list}");
        let limit = &list["parameters"][0]["schema"];
        assert_eq!(limit["maximum"], 500, "{limit}");
    }

    #[test]
    fn operation_ids_are_unique() {
        let doc = super::document_value();
        let mut ids = Vec::new();
        for item in doc["paths"].as_object().unwrap().values() {
            for op in item.as_object().unwrap().values() {
                ids.push(op["operationId"].as_str().unwrap().to_owned());
            }
        }
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate operation ids");
        assert!(
            ids.contains(&"post_organizations_id_staff".to_owned()),
            "{ids:?}"
        );
    }

    /// Every `$ref` names something the document defines.
    #[test]
    fn no_dangling_references() {
        let doc = super::document_value();
        fn refs(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(o) => {
                    if let Some(r) = o.get("$ref").and_then(|r| r.as_str()) {
                        out.push(r.to_owned());
                    }
                    o.values().for_each(|v| refs(v, out));
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| refs(v, out)),
                _ => {}
            }
        }
        let mut all = Vec::new();
        refs(&doc, &mut all);
        assert!(!all.is_empty());
        for r in all {
            let pointer = r.trim_start_matches('#');
            assert!(doc.pointer(pointer).is_some(), "dangling reference {r}");
        }
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
