//! A small HTTP client for the tests: bearer token, JSON in, status + headers + JSON out.

use reqwest::header::{HeaderMap, SET_COOKIE};
use reqwest::{Method, RequestBuilder};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wire::routes::{self, REFRESH_COOKIE};
use wire::{ErrorCode, Problem};

/// One answer of the server.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: HeaderMap,
    pub text: String,
    /// The body as JSON (`Null` when it is not JSON).
    pub body: serde_json::Value,
}

impl Resp {
    pub async fn of(rb: RequestBuilder) -> Self {
        let r = rb.send().await.expect("request failed to send");
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let text = r.text().await.expect("read the body");
        let body = serde_json::from_str(&text).unwrap_or(serde_json::Value::Null);
        Self {
            status,
            headers,
            text,
            body,
        }
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The body as a wire type; panics with the body when it does not fit.
    pub fn json<T: DeserializeOwned>(&self) -> T {
        serde_json::from_str(&self.text).unwrap_or_else(|e| {
            panic!(
                "unexpected body ({e}) with status {}: {}",
                self.status, self.text
            )
        })
    }

    /// The value of the refresh cookie this answer sets, if any.
    pub fn refresh_cookie(&self) -> Option<String> {
        self.set_cookie_header().and_then(|h| {
            let first = h.split(';').next()?;
            let (name, value) = first.split_once('=')?;
            (name.trim() == REFRESH_COOKIE).then(|| value.trim().to_owned())
        })
    }

    /// The raw `Set-Cookie` header of the refresh cookie.
    pub fn set_cookie_header(&self) -> Option<&str> {
        self.headers
            .get_all(SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|h| h.trim_start().starts_with(&format!("{REFRESH_COOKIE}=")))
    }

    /// Asserts an RFC 9457 problem with this status and code, and everything every
    /// problem carries: its media type and a request id equal to `X-Request-Id`.
    pub fn problem(&self, status: u16, code: ErrorCode) -> Problem {
        self.check_problem(status, code)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    /// [`Self::problem`] without panicking: the first thing that differs, in words. For
    /// tests that collect every failure before they report.
    pub fn check_problem(&self, status: u16, code: ErrorCode) -> Result<Problem, String> {
        let differs = |what: &str, expected: &dyn std::fmt::Debug, got: &dyn std::fmt::Debug| {
            format!(
                "{what}: expected {expected:?}, got {got:?} in {}",
                self.text
            )
        };
        if self.status != status {
            return Err(differs("status", &status, &self.status));
        }
        let media = self.header("content-type");
        if media != Some("application/problem+json") {
            return Err(differs("content type", &"application/problem+json", &media));
        }
        let p: Problem = serde_json::from_str(&self.text)
            .map_err(|e| format!("not a problem ({e}): {}", self.text))?;
        if p.code != code {
            return Err(differs("code", &code, &p.code));
        }
        if p.status != status {
            return Err(differs("problem status", &status, &p.status));
        }
        let type_ = format!("urn:setka:problem:{}", code.as_str());
        if p.type_ != type_ {
            return Err(differs("problem type", &type_, &p.type_));
        }
        let header = self.header(wire::routes::headers::REQUEST_ID);
        if header.is_none_or(str::is_empty) {
            return Err(format!("X-Request-Id missing: {}", self.text));
        }
        if p.request_id.as_deref() != header {
            return Err(differs("request_id", &header, &p.request_id));
        }
        Ok(p)
    }

    /// A 422 `validation_failed` problem; returns its `(field, code)` pairs.
    pub fn field_errors(&self) -> Vec<(String, String)> {
        let p = self.problem(422, ErrorCode::ValidationFailed);
        p.errors.into_iter().map(|e| (e.field, e.code)).collect()
    }

    /// Asserts a 422 naming `field` (with `code`, when given).
    pub fn assert_field_error(&self, field: &str, code: Option<&str>) {
        let errors = self.field_errors();
        let found = errors
            .iter()
            .any(|(f, c)| f == field && code.is_none_or(|code| c == code));
        assert!(found, "expected {field} {code:?} among {errors:?}");
    }
}

/// A file to upload.
#[derive(Debug, Clone, Copy)]
pub struct Upload<'a> {
    pub name: &'a str,
    pub mime: Option<&'a str>,
    pub bytes: &'a [u8],
    pub kind: Option<&'a str>,
    pub title: Option<&'a str>,
}

impl<'a> Upload<'a> {
    pub fn new(name: &'a str, mime: &'a str, bytes: &'a [u8]) -> Self {
        Self {
            name,
            mime: Some(mime),
            bytes,
            kind: Some("scan"),
            title: None,
        }
    }
}

/// A client of one test server, optionally signed in.
#[derive(Clone)]
pub struct TestClient {
    pub http: reqwest::Client,
    pub base: String,
    pub token: Option<String>,
    /// The refresh cookie set by the last sign-in or refresh.
    pub refresh: Option<String>,
}

impl TestClient {
    pub fn new(base: &str) -> Self {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("build the HTTP client");
        Self {
            http,
            base: base.to_owned(),
            token: None,
            refresh: None,
        }
    }

    /// Signs in; on success keeps the access token and the refresh cookie.
    pub async fn login(&mut self, username: &str, password: &str) -> Resp {
        let body = wire::auth::LoginRequest {
            username: username.to_owned(),
            password: password.to_owned(),
        };
        let r = Resp::of(self.http.post(self.url(routes::LOGIN)).json(&body)).await;
        if r.status == 200 {
            let t: wire::auth::TokenResponse = r.json();
            self.token = Some(t.access_token);
            self.refresh = r.refresh_cookie();
        }
        r
    }

    /// `POST /auth/refresh` presenting `cookie` (not necessarily the current one).
    pub async fn refresh_with(&self, cookie: &str) -> Resp {
        let rb = self
            .http
            .post(self.url(routes::REFRESH))
            .header("Cookie", format!("{REFRESH_COOKIE}={cookie}"));
        Resp::of(rb).await
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A request with the bearer token; add headers and a body, then `send`.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        let rb = self.http.request(method, self.url(path));
        match &self.token {
            Some(t) => rb.bearer_auth(t),
            None => rb,
        }
    }

    pub async fn send(&self, rb: RequestBuilder) -> Resp {
        Resp::of(rb).await
    }

    pub async fn get(&self, path: &str) -> Resp {
        Resp::of(self.request(Method::GET, path)).await
    }

    pub async fn post<T: Serialize + ?Sized>(&self, path: &str, body: &T) -> Resp {
        Resp::of(self.request(Method::POST, path).json(body)).await
    }

    pub async fn put<T: Serialize + ?Sized>(&self, path: &str, body: &T) -> Resp {
        Resp::of(self.request(Method::PUT, path).json(body)).await
    }

    /// `PUT` with `If-Match: <etag>`.
    pub async fn put_if<T: Serialize + ?Sized>(&self, path: &str, etag: &str, body: &T) -> Resp {
        Resp::of(
            self.request(Method::PUT, path)
                .header("If-Match", etag)
                .json(body),
        )
        .await
    }

    /// Uploads a file as `multipart/form-data` (`file`, `kind`, optional `title`).
    pub async fn upload(&self, path: &str, file: &Upload<'_>) -> Resp {
        self.upload_keyed(path, file, None).await
    }

    /// [`Self::upload`] with an `Idempotency-Key`.
    pub async fn upload_keyed(&self, path: &str, file: &Upload<'_>, key: Option<&str>) -> Resp {
        let mut part =
            reqwest::multipart::Part::bytes(file.bytes.to_vec()).file_name(file.name.to_owned());
        if let Some(mime) = file.mime {
            part = part.mime_str(mime).expect("a valid media type");
        }
        let mut form = reqwest::multipart::Form::new().part("file", part);
        if let Some(kind) = file.kind {
            form = form.text("kind", kind.to_owned());
        }
        if let Some(title) = file.title {
            form = form.text("title", title.to_owned());
        }
        let mut rb = self.request(Method::POST, path).multipart(form);
        if let Some(k) = key {
            rb = rb.header("Idempotency-Key", k);
        }
        Resp::of(rb).await
    }

    /// Downloads bytes: status, headers and the raw body.
    pub async fn download(&self, path: &str) -> (u16, HeaderMap, Vec<u8>) {
        let r = self
            .request(Method::GET, path)
            .send()
            .await
            .expect("request failed to send");
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let bytes = r.bytes().await.expect("read the body").to_vec();
        (status, headers, bytes)
    }

    pub async fn delete(&self, path: &str) -> Resp {
        Resp::of(self.request(Method::DELETE, path)).await
    }

    /// `DELETE` with `If-Match: <etag>`.
    pub async fn delete_if(&self, path: &str, etag: &str) -> Resp {
        Resp::of(self.request(Method::DELETE, path).header("If-Match", etag)).await
    }
}
