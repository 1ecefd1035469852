//! Every item of a cursor-paged list, following `next_cursor` to the end (a group's
//! sessions of a year: a few dozen to a few hundred).

use std::rc::Rc;

use serde::de::DeserializeOwned;
use wire::Page;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::hooks::auth::use_auth;
use crate::hooks::fetch::{Fetch, Loadable};

/// `path` with the cursor of the next page.
fn page_path(path: &str, cursor: Option<&str>) -> String {
    match cursor {
        None => path.to_owned(),
        Some(c) => {
            let sep = if path.contains('?') { '&' } else { '?' };
            let q = serde_urlencoded::to_string([("cursor", c)]).unwrap_or_default();
            format!("{path}{sep}{q}")
        }
    }
}

/// All pages of `path` (nothing while it is `None`); reloaded on `reload`. At most 40
/// pages are followed, so a server that repeats a cursor cannot loop the browser.
#[hook]
pub fn use_all<T>(path: Option<String>) -> Fetch<Vec<T>>
where
    T: DeserializeOwned + Clone + 'static,
{
    let api = use_auth().api;
    let state = use_state(|| Loadable::<Vec<T>>::Loading);
    let generation = use_mut_ref(|| 0u64);
    let tick = use_state(|| 0u32);
    {
        let state = state.clone();
        use_effect_with((path, *tick), move |(path, _)| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            if let Some(path) = path.clone() {
                spawn_local(async move {
                    let mut items = Vec::new();
                    let mut cursor: Option<String> = None;
                    let mut outcome = Ok(());
                    for _ in 0..40 {
                        match api
                            .get::<Page<T>>(&page_path(&path, cursor.as_deref()))
                            .await
                        {
                            Ok(page) => {
                                items.extend(page.items);
                                cursor = page.next_cursor;
                                if cursor.is_none() {
                                    break;
                                }
                            }
                            Err(e) => {
                                outcome = Err(e);
                                break;
                            }
                        }
                    }
                    if *generation.borrow() == mine {
                        state.set(match outcome {
                            Ok(()) => Loadable::Ready(Rc::new(items)),
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

#[cfg(test)]
mod tests {
    use super::page_path;

    #[test]
    fn the_cursor_joins_the_query() {
        assert_eq!(page_path("/x", None), "/x");
        assert_eq!(page_path("/x", Some("a b")), "/x?cursor=a+b");
        assert_eq!(page_path("/x?from=1", Some("c")), "/x?from=1&cursor=c");
    }
}
