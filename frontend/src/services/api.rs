//! The API client: one request function that adds the access token and the language,
//! refreshes an expired token once, and turns error responses into [`ApiError`].
//!
//! The access token lives only in this struct's memory; the refresh token is an
//! HttpOnly cookie the browser sends to `/api/v1/auth/*` by itself.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use futures_util::FutureExt;
use futures_util::future::{LocalBoxFuture, Shared};
use gloo_net::http::{Method, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wire::auth::{LoginRequest, Me, TokenResponse};
use wire::error::Lang;
use wire::{ErrorCode, Problem, routes};
use yew::Callback;

use super::error::ApiError;

type Refresh = Shared<LocalBoxFuture<'static, Result<(), ApiError>>>;

/// What a request carries.
#[derive(Clone)]
enum Body {
    None,
    Json(String),
    /// `multipart/form-data`; the browser sets the boundary.
    Form(web_sys::FormData),
}

#[derive(Default)]
struct Inner {
    token: RefCell<Option<String>>,
    lang: Cell<Lang>,
    /// The refresh in flight: concurrent 401s share it, because a refresh token is
    /// single-use and a second refresh with it would end the session.
    refreshing: RefCell<Option<Refresh>>,
    on_session_lost: RefCell<Option<Callback<()>>>,
}

#[derive(Clone, Default)]
pub struct Api(Rc<Inner>);

impl PartialEq for Api {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Api {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Api")
            .field("signed_in", &self.0.token.borrow().is_some())
            .finish()
    }
}

impl Api {
    pub fn set_lang(&self, lang: Lang) {
        self.0.lang.set(lang);
    }

    /// Called when the session ends behind the user's back (refresh failed).
    pub fn on_session_lost(&self, cb: Callback<()>) {
        *self.0.on_session_lost.borrow_mut() = Some(cb);
    }

    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ApiError> {
        let resp = self.request(Method::GET, path, Body::None, &[]).await?;
        decode(resp).await
    }

    /// `POST` a multipart form (a file upload) and decode the JSON answer.
    pub async fn upload<T: DeserializeOwned>(
        &self,
        path: &str,
        form: web_sys::FormData,
        headers: &[(&str, String)],
    ) -> Result<T, ApiError> {
        let resp = self
            .request(Method::POST, path, Body::Form(form), headers)
            .await?;
        decode(resp).await
    }

    /// `GET` bytes (a document) as a browser `Blob`.
    pub async fn blob(&self, path: &str) -> Result<web_sys::Blob, ApiError> {
        self.blob_with(path, &[]).await
    }

    /// `GET` bytes with extra headers: `Accept: text/html` asks for a print view.
    pub async fn blob_with(
        &self,
        path: &str,
        headers: &[(&str, String)],
    ) -> Result<web_sys::Blob, ApiError> {
        let resp = self.request(Method::GET, path, Body::None, headers).await?;
        let status = resp.status();
        let raw: web_sys::Response = resp.into();
        let promise = raw.blob().map_err(|_| ApiError::Unexpected { status })?;
        wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .and_then(|v| wasm_bindgen::JsCast::dyn_into::<web_sys::Blob>(v).ok())
            .ok_or(ApiError::Unexpected { status })
    }

    /// `POST`/`PUT` a JSON body and decode the JSON answer.
    pub async fn send<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: &B,
        headers: &[(&str, String)],
    ) -> Result<T, ApiError> {
        let json = serde_json::to_string(body).map_err(|_| ApiError::Unexpected { status: 0 })?;
        let resp = self
            .request(method, path, Body::Json(json), headers)
            .await?;
        decode(resp).await
    }

    /// A request without a body whose answer is JSON (`DELETE` of a membership).
    pub async fn call_json<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        headers: &[(&str, String)],
    ) -> Result<T, ApiError> {
        let resp = self.request(method, path, Body::None, headers).await?;
        decode(resp).await
    }

    /// A request whose answer has no body (`DELETE`, logout).
    pub async fn call(
        &self,
        method: Method,
        path: &str,
        headers: &[(&str, String)],
    ) -> Result<(), ApiError> {
        self.request(method, path, Body::None, headers)
            .await
            .map(|_| ())
    }

    pub async fn login(&self, username: String, password: String) -> Result<Me, ApiError> {
        let body = LoginRequest { username, password };
        let token: TokenResponse = self.send(Method::POST, routes::LOGIN, &body, &[]).await?;
        *self.0.token.borrow_mut() = Some(token.access_token);
        self.get(routes::ME).await
    }

    /// Restores a session from the refresh cookie, if there is one.
    pub async fn restore(&self) -> Result<Me, ApiError> {
        self.refresh().await?;
        self.get(routes::ME).await
    }

    pub async fn logout(&self) {
        // Revoking may fail (already expired, offline); the local session ends anyway.
        let _ = self.call(Method::POST, routes::LOGOUT, &[]).await;
        *self.0.token.borrow_mut() = None;
    }

    async fn refresh(&self) -> Result<(), ApiError> {
        let existing = self.0.refreshing.borrow().clone();
        let flight = match existing {
            Some(f) => f,
            None => {
                let api = self.clone();
                let f = async move {
                    let result = api.refresh_now().await;
                    *api.0.refreshing.borrow_mut() = None;
                    result
                }
                .boxed_local()
                .shared();
                *self.0.refreshing.borrow_mut() = Some(f.clone());
                f
            }
        };
        flight.await
    }

    async fn refresh_now(&self) -> Result<(), ApiError> {
        let resp = self
            .send_once(Method::POST, routes::REFRESH, Body::None, &[], None)
            .await?;
        let token: TokenResponse = decode(resp).await?;
        *self.0.token.borrow_mut() = Some(token.access_token);
        Ok(())
    }

    /// The one request function every call goes through.
    async fn request(
        &self,
        method: Method,
        path: &str,
        body: Body,
        headers: &[(&str, String)],
    ) -> Result<Response, ApiError> {
        let token = self.0.token.borrow().clone();
        let first = self.send_once(
            method.clone(),
            path,
            body.clone(),
            headers,
            token.as_deref(),
        );
        match first.await {
            Err(e) if token.is_some() && e.code() == Some(ErrorCode::TokenExpired) => {
                if let Err(refresh_error) = self.refresh().await {
                    self.session_lost();
                    return Err(refresh_error);
                }
                let token = self.0.token.borrow().clone();
                self.send_once(method, path, body, headers, token.as_deref())
                    .await
            }
            Err(e) if token.is_some() && e.code() == Some(ErrorCode::Unauthorized) => {
                self.session_lost();
                Err(e)
            }
            other => other,
        }
    }

    async fn send_once(
        &self,
        method: Method,
        path: &str,
        body: Body,
        headers: &[(&str, String)],
        token: Option<&str>,
    ) -> Result<Response, ApiError> {
        let mut rb = RequestBuilder::new(path)
            .method(method)
            .header("Accept", "application/json, application/problem+json")
            .header("Accept-Language", self.0.lang.get().tag());
        if let Some(t) = token {
            rb = rb.header("Authorization", &format!("Bearer {t}"));
        }
        for (name, value) in headers {
            rb = rb.header(name, value);
        }
        let request = match body {
            Body::Json(json) => rb.header("Content-Type", "application/json").body(json),
            Body::Form(form) => rb.body(wasm_bindgen::JsValue::from(form)),
            Body::None => rb.build(),
        }
        .map_err(|_| ApiError::Network)?;
        let resp = request.send().await.map_err(|_| ApiError::Network)?;
        if resp.ok() {
            return Ok(resp);
        }
        let status = resp.status();
        Err(match resp.json::<Problem>().await {
            Ok(problem) => ApiError::from_problem(problem),
            Err(_) => ApiError::Unexpected { status },
        })
    }

    fn session_lost(&self) {
        *self.0.token.borrow_mut() = None;
        let cb = self.0.on_session_lost.borrow().clone();
        if let Some(cb) = cb {
            cb.emit(());
        }
    }
}

async fn decode<T: DeserializeOwned>(resp: Response) -> Result<T, ApiError> {
    let status = resp.status();
    resp.json::<T>()
        .await
        .map_err(|_| ApiError::Unexpected { status })
}

/// `path?query` from a serializable filter; `None` fields are left out.
pub fn with_query<Q: Serialize>(path: &str, query: &Q) -> String {
    match serde_urlencoded::to_string(query) {
        Ok(q) if !q.is_empty() => format!("{path}?{q}"),
        _ => path.to_owned(),
    }
}

/// The `If-Match` header for a record version (the server's ETag is the quoted version).
pub fn if_match(version: i32) -> (&'static str, String) {
    ("If-Match", format!("\"{version}\""))
}

/// A fresh `Idempotency-Key` for a one-shot action that is not a draft (copying a
/// calendar); forms keep one per draft in `hooks::use_submit`.
pub fn idempotency_key() -> (&'static str, String) {
    (
        routes::headers::IDEMPOTENCY_KEY,
        uuid::Uuid::new_v4().to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use wire::OrganizationKind;
    use wire::organization::{OrganizationQuery, OrganizationSort};

    #[test]
    fn query_string_leaves_out_empty_filters() {
        let q = OrganizationQuery {
            kind: Some(OrganizationKind::Lyceum),
            q: Some("№ 24".into()),
            sort: Some(OrganizationSort::ShortNameDesc),
            low_results: Some(true),
            ..Default::default()
        };
        assert_eq!(
            with_query("/x", &q),
            "/x?kind=lyceum&low_results=true&q=%E2%84%96+24&sort=-short_name"
        );
        assert_eq!(with_query("/x", &OrganizationQuery::default()), "/x");
        assert_eq!(if_match(7).1, "\"7\"");
    }
}
