//! A cursor-paged list («Показать ещё»): the first page of `path`, more pages appended on
//! demand, everything reset when `path` (the filters) changes.

use std::rc::Rc;

use serde::de::DeserializeOwned;
use wire::Page;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::hooks::auth::use_auth;
use crate::services::ApiError;

#[derive(Debug, Clone, PartialEq)]
pub struct ListState<T> {
    pub items: Vec<T>,
    pub next: Option<String>,
    pub loading: bool,
    pub error: Option<ApiError>,
    generation: u64,
}

impl<T> Default for ListState<T> {
    fn default() -> Self {
        ListState {
            items: Vec::new(),
            next: None,
            loading: true,
            error: None,
            generation: 0,
        }
    }
}

pub enum ListAction<T> {
    /// New filters: forget what was loaded.
    Reset(u64),
    More(u64),
    Loaded(u64, Page<T>),
    Failed(u64, ApiError),
}

impl<T: Clone> Reducible for ListState<T> {
    type Action = ListAction<T>;

    fn reduce(self: Rc<Self>, action: Self::Action) -> Rc<Self> {
        let mut s = Rc::unwrap_or_clone(self);
        match action {
            ListAction::Reset(g) => {
                s = ListState {
                    generation: g,
                    ..ListState::default()
                };
            }
            ListAction::More(g) if g == s.generation => {
                s.loading = true;
                s.error = None;
            }
            ListAction::Loaded(g, page) if g == s.generation => {
                s.items.extend(page.items);
                s.next = page.next_cursor;
                s.loading = false;
            }
            ListAction::Failed(g, e) if g == s.generation => {
                s.loading = false;
                s.error = Some(e);
            }
            // An answer to filters that are no longer current.
            _ => {}
        }
        Rc::new(s)
    }
}

pub struct Paged<T: Clone> {
    pub state: UseReducerHandle<ListState<T>>,
    pub load_more: Callback<()>,
    pub reload: Callback<()>,
}

fn with_cursor(path: &str, cursor: &str) -> String {
    let sep = if path.contains('?') { '&' } else { '?' };
    let q = serde_urlencoded::to_string([("cursor", cursor)]).unwrap_or_default();
    format!("{path}{sep}{q}")
}

#[hook]
pub fn use_paged<T>(path: String) -> Paged<T>
where
    T: DeserializeOwned + Clone + 'static,
{
    let api = use_auth().api;
    let state = use_reducer(ListState::<T>::default);
    let generation = use_mut_ref(|| 0u64);
    let tick = use_state(|| 0u32);

    {
        let (api, state, generation) = (api.clone(), state.clone(), generation.clone());
        use_effect_with((path.clone(), *tick), move |(path, _)| {
            *generation.borrow_mut() += 1;
            let g = *generation.borrow();
            state.dispatch(ListAction::Reset(g));
            let path = path.clone();
            spawn_local(async move {
                match api.get::<Page<T>>(&path).await {
                    Ok(page) => state.dispatch(ListAction::Loaded(g, page)),
                    Err(e) => state.dispatch(ListAction::Failed(g, e)),
                }
            });
        });
    }

    let load_more = {
        let (state, generation) = (state.clone(), generation.clone());
        Callback::from(move |_| {
            let Some(cursor) = state.next.clone() else {
                return;
            };
            if state.loading {
                return;
            }
            let g = *generation.borrow();
            state.dispatch(ListAction::More(g));
            let (api, state, url) = (api.clone(), state.clone(), with_cursor(&path, &cursor));
            spawn_local(async move {
                match api.get::<Page<T>>(&url).await {
                    Ok(page) => state.dispatch(ListAction::Loaded(g, page)),
                    Err(e) => state.dispatch(ListAction::Failed(g, e)),
                }
            });
        })
    };
    let reload = Callback::from(move |_| tick.set(tick.wrapping_add(1)));
    Paged {
        state,
        load_more,
        reload,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_is_appended_and_encoded() {
        assert_eq!(with_cursor("/a", "x+y"), "/a?cursor=x%2By");
        assert_eq!(with_cursor("/a?limit=5", "c"), "/a?limit=5&cursor=c");
    }

    #[test]
    fn stale_pages_are_dropped() {
        let s = Rc::new(ListState::<u8>::default());
        let s = s.reduce(ListAction::Reset(2));
        let s = s.reduce(ListAction::Loaded(
            1,
            Page {
                items: vec![9],
                next_cursor: None,
            },
        ));
        assert!(s.items.is_empty());
        let s = s.reduce(ListAction::Loaded(
            2,
            Page {
                items: vec![1],
                next_cursor: Some("c".into()),
            },
        ));
        let s = s.reduce(ListAction::More(2));
        let s = s.reduce(ListAction::Loaded(
            2,
            Page {
                items: vec![2],
                next_cursor: None,
            },
        ));
        assert_eq!(s.items, vec![1, 2]);
        assert!(!s.loading && s.next.is_none());
    }
}
