//! Where a form's input goes: a new record is a `POST` with the draft's
//! `Idempotency-Key` (a retry cannot create it twice), an existing one a `PUT` with
//! `If-Match` (a stale form is refused); afterwards the record's page opens with a notice
//! of what happened. Forms send through `hooks::use_submit`, which owns the key.

use gloo_net::http::Method;
use wire::routes;
use yew_router::prelude::Navigator;

use super::api::if_match;
use crate::app::Route;

/// Where a form's input goes.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveTo {
    /// A new record in this collection.
    Create(String),
    /// The record at `path`, as the form read it at `version`.
    Update { path: String, version: i32 },
    /// A change guarded by another record's version, or by none when it is the first:
    /// adding a member `POST`s to the network at the network's version; a school year's
    /// calendar is `PUT` to its year.
    Guarded {
        method: Method,
        path: String,
        version: Option<i32>,
    },
}

impl SaveTo {
    /// An update when the form edits an existing record, else a create.
    pub fn of(existing: Option<(String, i32)>, collection: String) -> Self {
        match existing {
            Some((path, version)) => Self::Update { path, version },
            None => Self::Create(collection),
        }
    }

    /// The method, path and headers of the request; a create carries the draft's `key`.
    pub fn request(&self, key: &str) -> (Method, &str, Vec<(&'static str, String)>) {
        match self {
            Self::Create(path) => (
                Method::POST,
                path,
                vec![(routes::headers::IDEMPOTENCY_KEY, key.to_owned())],
            ),
            Self::Update { path, version } => (Method::PUT, path, vec![if_match(*version)]),
            Self::Guarded {
                method,
                path,
                version,
            } => (
                method.clone(),
                path,
                version.map(if_match).into_iter().collect(),
            ),
        }
    }

    /// The notice the saved record's page shows.
    pub fn notice(&self) -> &'static str {
        match self {
            Self::Create(_) => "created",
            Self::Update { .. } | Self::Guarded { .. } => "saved",
        }
    }
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
    fn creates_post_with_the_draft_key_and_updates_put_with_the_version() {
        let create = SaveTo::of(None, "/api/v1/networks/n/groups".into());
        let (method, path, headers) = create.request("k-1");
        assert_eq!(
            (method, path, headers),
            (
                Method::POST,
                "/api/v1/networks/n/groups",
                vec![("Idempotency-Key", "k-1".to_owned())]
            )
        );
        assert_eq!(create.notice(), "created");
        let update = SaveTo::of(Some(("/api/v1/groups/g".into(), 4)), "/unused".into());
        let (method, path, headers) = update.request("k-1");
        assert_eq!(
            (method, path, headers),
            (
                Method::PUT,
                "/api/v1/groups/g",
                vec![("If-Match", "\"4\"".to_owned())]
            )
        );
        assert_eq!(update.notice(), "saved");
    }

    #[test]
    fn guarded_changes_send_the_version_they_have() {
        let first = SaveTo::Guarded {
            method: Method::PUT,
            path: "/c".into(),
            version: None,
        };
        assert_eq!(first.request("k").2, vec![]);
        let member = SaveTo::Guarded {
            method: Method::POST,
            path: "/m".into(),
            version: Some(3),
        };
        let (method, _, headers) = member.request("k");
        assert_eq!(
            (method, headers),
            (Method::POST, vec![("If-Match", "\"3\"".to_owned())])
        );
    }
}
