//! Loading one resource with `GET`, re-run when its path changes or on `reload`.

use std::rc::Rc;

use serde::de::DeserializeOwned;
use yew::platform::spawn_local;
use yew::prelude::*;

use wire::Page;
use wire::municipality::Municipality;
use wire::routes;

use crate::hooks::auth::use_auth;
use crate::services::{ApiError, with_query};

#[derive(Debug, PartialEq)]
pub enum Loadable<T> {
    Loading,
    Ready(Rc<T>),
    Failed(ApiError),
}

impl<T> Clone for Loadable<T> {
    fn clone(&self) -> Self {
        match self {
            Loadable::Loading => Loadable::Loading,
            Loadable::Ready(v) => Loadable::Ready(Rc::clone(v)),
            Loadable::Failed(e) => Loadable::Failed(e.clone()),
        }
    }
}

impl<T> Loadable<T> {
    pub fn ready(&self) -> Option<&T> {
        match self {
            Loadable::Ready(v) => Some(v),
            _ => None,
        }
    }

    pub fn failed(&self) -> Option<&ApiError> {
        match self {
            Loadable::Failed(e) => Some(e),
            _ => None,
        }
    }
}

#[derive(Debug)]
pub struct Fetch<T> {
    pub state: Loadable<T>,
    pub reload: Callback<()>,
}

/// `GET path` (nothing while `path` is `None`). Responses to an older path are dropped,
/// so a fast typist never sees the results of an earlier search.
#[hook]
pub fn use_fetch<T>(path: Option<String>) -> Fetch<T>
where
    T: DeserializeOwned + 'static,
{
    let auth = use_auth();
    let state = use_state(|| Loadable::<T>::Loading);
    let generation = use_mut_ref(|| 0u64);
    let tick = use_state(|| 0u32);

    {
        let state = state.clone();
        let api = auth.api.clone();
        use_effect_with((path, *tick), move |(path, _)| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            if let Some(path) = path.clone() {
                state.set(Loadable::Loading);
                spawn_local(async move {
                    let result = api.get::<T>(&path).await;
                    if *generation.borrow() == mine {
                        state.set(match result {
                            Ok(v) => Loadable::Ready(Rc::new(v)),
                            Err(e) => Loadable::Failed(e),
                        });
                    }
                });
            }
        });
    }

    let reload = {
        let tick = tick.clone();
        Callback::from(move |_| tick.set(tick.wrapping_add(1)))
    };
    Fetch {
        state: (*state).clone(),
        reload,
    }
}

/// All municipalities the user sees, for names and the filter (there are few).
#[hook]
pub fn use_municipalities() -> Rc<Vec<Municipality>> {
    let path = with_query(routes::MUNICIPALITIES, &[("limit", wire::page::MAX_LIMIT)]);
    let fetch = use_fetch::<Page<Municipality>>(Some(path));
    let items = fetch
        .state
        .ready()
        .map(|p| p.items.clone())
        .unwrap_or_default();
    use_memo(items, |items| items.clone())
}
