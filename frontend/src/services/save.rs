//! Saving a form: a new record is a `POST` with an `Idempotency-Key` (a retry cannot
//! create it twice), an existing one a `PUT` with `If-Match` (a stale form is refused);
//! afterwards the record's page opens with a notice of what happened.

use gloo_net::http::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;
use yew_router::prelude::Navigator;

use super::api::{Api, idempotency_key, if_match};
use super::error::ApiError;
use crate::app::Route;

/// Where a form's input goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveTo {
    /// A new record in this collection.
    Create(String),
    /// The record at `path`, as the form read it at `version`.
    Update { path: String, version: i32 },
}

impl SaveTo {
    /// An update when the form edits an existing record, else a create.
    pub fn of(existing: Option<(String, i32)>, collection: String) -> Self {
        match existing {
            Some((path, version)) => Self::Update { path, version },
            None => Self::Create(collection),
        }
    }

    /// The method, path and headers of the request.
    pub fn request(&self) -> (Method, &str, [(&'static str, String); 1]) {
        match self {
            Self::Create(path) => (Method::POST, path, [idempotency_key()]),
            Self::Update { path, version } => (Method::PUT, path, [if_match(*version)]),
        }
    }

    /// The notice the saved record's page shows.
    pub fn notice(&self) -> &'static str {
        match self {
            Self::Create(_) => "created",
            Self::Update { .. } => "saved",
        }
    }
}

pub async fn save<I: Serialize, T: DeserializeOwned>(
    api: &Api,
    to: &SaveTo,
    input: &I,
) -> Result<T, ApiError> {
    let (method, path, headers) = to.request();
    api.send(method, path, input, &headers).await
}

/// Opens the saved record's page with the notice.
pub fn open_saved(navigator: Option<Navigator>, to: &SaveTo, route: Route) {
    if let Some(nav) = navigator
        && nav
            .push_with_query(&route, [("notice", to.notice())])
            .is_err()
    {
        nav.push(&route);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creates_post_with_a_key_and_updates_put_with_the_version() {
        let create = SaveTo::of(None, "/api/v1/networks/n/groups".into());
        let (method, path, [(header, key)]) = create.request();
        assert_eq!(
            (method, path, header),
            (Method::POST, "/api/v1/networks/n/groups", "Idempotency-Key")
        );
        assert_eq!(key.len(), 36, "a fresh uuid");
        assert_eq!(create.notice(), "created");
        let update = SaveTo::of(Some(("/api/v1/groups/g".into(), 4)), "/unused".into());
        let (method, path, [(header, tag)]) = update.request();
        assert_eq!(
            (method, path, header, tag.as_str()),
            (Method::PUT, "/api/v1/groups/g", "If-Match", "\"4\"")
        );
        assert_eq!(update.notice(), "saved");
    }
}
