//! The submit flow of a form as plain data, so its rules are unit-tested on the host.
//!
//! A form edits a *draft*. Its `Idempotency-Key` is made when the draft starts and kept
//! through every retry of that draft: when a save timed out after the server had already
//! created the record, pressing «Сохранить» again replays the first answer instead of
//! creating a second record (the server refuses the same key with another body with
//! `idempotency_key_reused`, which also tells the user the first attempt went through).
//! Only a success or an explicit new draft makes a new key.

use crate::services::ApiError;

/// Where a form's submit stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// Nothing sent yet for this draft.
    Idle,
    /// A request is in flight; further presses are ignored.
    Submitting,
    /// The last attempt failed; the draft (and its key) stay for a retry.
    Failed(ApiError),
    /// Saved; the next submit starts a new draft.
    Done,
}

/// One form's submit state and the `Idempotency-Key` of its current draft.
#[derive(Debug, Clone)]
pub struct Draft {
    phase: Phase,
    key: String,
    new_key: fn() -> String,
}

impl Draft {
    pub fn new(new_key: fn() -> String) -> Self {
        Self {
            phase: Phase::Idle,
            key: new_key(),
            new_key,
        }
    }

    pub fn busy(&self) -> bool {
        self.phase == Phase::Submitting
    }

    pub fn error(&self) -> Option<&ApiError> {
        match &self.phase {
            Phase::Failed(e) => Some(e),
            _ => None,
        }
    }

    /// Starts an attempt and gives the key to send, or `None` while one is in flight
    /// (a double click must not send twice). A submit after a success is a new draft.
    pub fn begin(&mut self) -> Option<String> {
        match self.phase {
            Phase::Submitting => return None,
            Phase::Done => self.key = (self.new_key)(),
            Phase::Idle | Phase::Failed(_) => {}
        }
        self.phase = Phase::Submitting;
        Some(self.key.clone())
    }

    /// Records the answer. A failure keeps the key, so the retry is the same request.
    pub fn finish(&mut self, result: Result<(), ApiError>) {
        self.phase = match result {
            Ok(()) => {
                self.key = (self.new_key)();
                Phase::Done
            }
            Err(e) => Phase::Failed(e),
        };
    }

    /// The user starts over (a form reset, another record): a new key, no error.
    pub fn restart(&mut self) {
        if !self.busy() {
            self.key = (self.new_key)();
            self.phase = Phase::Idle;
        }
    }

    /// Hides the last error (a reloaded record replaced the stale draft). The key stays:
    /// the draft is the same create.
    pub fn clear_error(&mut self) {
        if matches!(self.phase, Phase::Failed(_)) {
            self.phase = Phase::Idle;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU32, Ordering};

    use super::*;

    fn counter() -> String {
        static N: AtomicU32 = AtomicU32::new(0);
        format!("k{}", N.fetch_add(1, Ordering::Relaxed))
    }

    #[test]
    fn a_retry_after_a_failure_sends_the_same_key() {
        let mut d = Draft::new(counter);
        let first = d.begin().unwrap();
        d.finish(Err(ApiError::Network));
        assert_eq!(d.error(), Some(&ApiError::Network));
        let retry = d.begin().unwrap();
        assert_eq!(
            retry, first,
            "a timed-out save is retried under its first key"
        );
        d.finish(Err(ApiError::Unexpected { status: 504 }));
        assert_eq!(d.begin().unwrap(), first);
    }

    #[test]
    fn a_second_press_while_sending_sends_nothing() {
        let mut d = Draft::new(counter);
        assert!(d.begin().is_some());
        assert!(d.busy());
        assert_eq!(d.begin(), None);
        d.restart();
        assert!(d.busy(), "a reset cannot orphan the request in flight");
    }

    #[test]
    fn a_success_ends_the_draft() {
        let mut d = Draft::new(counter);
        let first = d.begin().unwrap();
        d.finish(Ok(()));
        assert_eq!(&d.phase, &Phase::Done);
        assert_eq!(d.error(), None);
        let next = d.begin().unwrap();
        assert_ne!(next, first, "the next record is a new create");
    }

    #[test]
    fn only_a_new_draft_or_a_success_changes_the_key() {
        let mut d = Draft::new(counter);
        let first = d.begin().unwrap();
        d.finish(Err(ApiError::Network));
        d.clear_error();
        assert_eq!(&d.phase, &Phase::Idle);
        assert_eq!(
            d.begin().unwrap(),
            first,
            "clearing the error keeps the draft"
        );
        d.finish(Err(ApiError::Network));
        d.restart();
        assert_eq!(&d.phase, &Phase::Idle);
        assert_ne!(d.begin().unwrap(), first);
    }

    #[test]
    fn a_create_retried_after_a_timeout_is_the_same_request() {
        use crate::services::SaveTo;
        let to = SaveTo::Create("/api/v1/organizations".into());
        let mut d = Draft::new(counter);
        let first = to.request(&d.begin().unwrap()).2;
        d.finish(Err(ApiError::Network));
        let retry = to.request(&d.begin().unwrap()).2;
        assert_eq!(
            first, retry,
            "the server replays the first answer for this key"
        );
        d.finish(Ok(()));
        let next = to.request(&d.begin().unwrap()).2;
        assert_ne!(first, next, "the next organization is a new create");
    }
}
