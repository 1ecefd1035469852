//! Serving the built SPA: static assets, and `index.html` for client-side routes.

use std::path::PathBuf;

use actix_files::NamedFile;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::error::{ApiError, OpError};
use crate::state::AppState;

/// Unknown paths: a problem document under `/api/`, otherwise the SPA's `index.html` so
/// that client routes such as `/organizations/…` survive a reload.
pub async fn fallback(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> actix_web::Result<HttpResponse> {
    let path = req.path();
    if path.starts_with("/api/") || path == "/api" {
        if let Some(methods) = state.routes.allowed(path) {
            return Err(ApiError(OpError::MethodNotAllowed {
                allow: methods.join(", "),
            })
            .into());
        }
        return Err(ApiError::not_found().into());
    }
    let Some(dir) = state.settings.static_dir.clone() else {
        return Err(ApiError::not_found().into());
    };
    let rel = path.trim_start_matches('/');
    let candidate: PathBuf = dir.join(rel);
    let safe = !rel
        .split('/')
        .any(|seg| seg == ".." || seg.starts_with('.'));
    if safe && !rel.is_empty() && candidate.is_file() {
        let file = NamedFile::open(candidate)?;
        let mut res = file.into_response(&req);
        if rel.ends_with(".wasm") || rel.ends_with(".js") || rel.ends_with(".css") {
            res.headers_mut().insert(
                actix_web::http::header::CACHE_CONTROL,
                actix_web::http::header::HeaderValue::from_static("no-cache"),
            );
        }
        return Ok(res);
    }
    // An asset that does not exist is a 404, not the app.
    if rel.contains('.') && !rel.ends_with(".html") {
        return Ok(HttpResponse::NotFound()
            .content_type("text/plain")
            .body("Not found"));
    }
    let index = dir.join("index.html");
    if !index.is_file() {
        return Ok(HttpResponse::NotFound()
            .content_type("text/plain; charset=utf-8")
            .body("The web app is not built. Run `cargo xtask run`."));
    }
    let mut res = NamedFile::open(index)?.into_response(&req);
    res.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("no-cache"),
    );
    Ok(res)
}
