//! `use_submit`: the one submit flow every form uses — idle / submitting / failed / done,
//! the draft's `Idempotency-Key` (see [`draft`]), the request, and the error the form
//! maps to its fields (`error().field(…)`, `FormErrors`).

pub mod draft;

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use serde::Serialize;
use serde::de::DeserializeOwned;
use yew::platform::spawn_local;
use yew::prelude::*;

use self::draft::Draft;
use crate::hooks::auth::use_auth;
use crate::services::{Api, ApiError, SaveTo};

/// A form's handle on its submit flow. Cloning it shares the same draft.
#[derive(Clone)]
pub struct Submit {
    api: Api,
    draft: Rc<RefCell<Draft>>,
    rerender: UseForceUpdateHandle,
}

impl std::fmt::Debug for Submit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Submit").field(&self.draft.borrow()).finish()
    }
}

fn new_key() -> String {
    uuid::Uuid::new_v4().to_string()
}

#[hook]
pub fn use_submit() -> Submit {
    let api = use_auth().api;
    // A `RefCell`, not state: the async task and a second click must see the phase of
    // now, not of the render their closure was made in.
    let draft = use_mut_ref(|| Draft::new(new_key));
    let rerender = use_force_update();
    Submit {
        api,
        draft,
        rerender,
    }
}

impl Submit {
    pub fn busy(&self) -> bool {
        self.draft.borrow().busy()
    }

    /// The last attempt's error, for the form to show and map to its fields.
    pub fn error(&self) -> Option<ApiError> {
        self.draft.borrow().error().cloned()
    }

    /// A new draft (the form was reset or reopened for another record): a new key.
    pub fn restart(&self) {
        self.draft.borrow_mut().restart();
        self.rerender.force_update();
    }

    /// Hides the error, keeping the draft's key (a reloaded record after a stale save).
    pub fn clear_error(&self) {
        if self.draft.borrow().error().is_some() {
            self.draft.borrow_mut().clear_error();
            self.rerender.force_update();
        }
    }

    /// Sends `input` to `to` (a create carries the draft's key) and calls `done` with the
    /// saved record. Ignored while an attempt is in flight.
    pub fn save<I, T>(&self, to: SaveTo, input: I, done: impl FnOnce(T, &SaveTo) + 'static)
    where
        I: Serialize + 'static,
        T: DeserializeOwned + 'static,
    {
        self.run(
            move |api, key| async move {
                let (method, path, headers) = to.request(&key);
                let result = api.send(method, path, &input, &headers).await;
                (result, to)
            },
            |(saved, to)| done(saved, &to),
        );
    }

    /// `POST`s a multipart form (a file) with the draft's key.
    pub fn upload<T>(&self, path: String, form: web_sys::FormData, done: impl FnOnce(T) + 'static)
    where
        T: DeserializeOwned + 'static,
    {
        self.run(
            move |api, key| async move {
                let headers = [(wire::routes::headers::IDEMPOTENCY_KEY, key)];
                (api.upload(&path, form, &headers).await, ())
            },
            |(saved, ())| done(saved),
        );
    }

    fn run<T, C, F>(&self, call: impl FnOnce(Api, String) -> F, done: impl FnOnce((T, C)) + 'static)
    where
        F: Future<Output = (Result<T, ApiError>, C)> + 'static,
        T: 'static,
        C: 'static,
    {
        let Some(key) = self.draft.borrow_mut().begin() else {
            return;
        };
        self.rerender.force_update();
        let request = call(self.api.clone(), key);
        let (draft, rerender) = (self.draft.clone(), self.rerender.clone());
        spawn_local(async move {
            let (result, context) = request.await;
            let (outcome, saved) = match result {
                Ok(saved) => (Ok(()), Some(saved)),
                Err(e) => (Err(e), None),
            };
            draft.borrow_mut().finish(outcome);
            rerender.force_update();
            if let Some(saved) = saved {
                done((saved, context));
            }
        });
    }
}
