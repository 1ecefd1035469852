//! Serving the built SPA: static assets, and `index.html` for client-side routes.
//!
//! `cargo xtask` names the bundle and stylesheets by their content
//! (`frontend_bg.<16 hex>.wasm`), so such a file never changes under its name: browsers
//! keep it for a year without asking. Everything else — `index.html`, which names the
//! current bundle, fonts, the icon — is revalidated on every load (`no-cache`; the
//! `ETag`/`Last-Modified` of `NamedFile` make that a 304).

use std::path::PathBuf;

use actix_files::NamedFile;
use actix_web::http::header::{CACHE_CONTROL, HeaderValue};
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
        res.headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static(cache_control(rel)));
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
    res.headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static(REVALIDATE));
    Ok(res)
}

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// The `Cache-Control` of a file of the bundle, by its path relative to the bundle.
fn cache_control(rel: &str) -> &'static str {
    if is_content_named(rel) {
        IMMUTABLE
    } else {
        REVALIDATE
    }
}

/// `name.<16 lowercase hex digits>.ext`: the name xtask gives a file from its content.
fn is_content_named(rel: &str) -> bool {
    let file = rel.rsplit('/').next().unwrap_or(rel);
    let mut parts = file.rsplit('.');
    let (Some(_ext), Some(hash), Some(stem)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    !stem.is_empty()
        && hash.len() == 16
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_named_files_are_immutable_and_the_rest_revalidated() {
        for hashed in [
            "frontend_bg.0123456789abcdef.wasm",
            "app.fedcba9876543210.js",
            "patternfly/patternfly.min.0123456789abcdef.css",
        ] {
            assert_eq!(cache_control(hashed), IMMUTABLE, "{hashed}");
        }
        for plain in [
            "index.html",
            "favicon.svg",
            "frontend_bg.wasm",
            "app.js",
            ".0123456789abcdef.js",
            "app.0123456789ABCDEF.js",
            "app.0123456789abcde.js",
            "fonts/noto-sans/files/noto-sans-cyrillic-wght-normal.woff2",
        ] {
            assert_eq!(cache_control(plain), REVALIDATE, "{plain}");
        }
    }
}
