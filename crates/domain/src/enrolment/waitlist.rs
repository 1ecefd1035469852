//! The waitlist of a group: first come, first served. When a seat frees, the caller walks
//! the queue, re-checks each candidate against every rule (consent, load and timetable
//! may have changed while waiting) and offers the seat to the first who passes.

use chrono::{DateTime, Utc};

use crate::ids::EnrolmentId;

/// A waitlisted enrolment and when it was requested.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Waiting {
    pub id: EnrolmentId,
    pub requested_at: DateTime<Utc>,
}

impl Waiting {
    /// Earlier requests first; the id breaks ties so the order never depends on storage.
    fn key(&self) -> (DateTime<Utc>, EnrolmentId) {
        (self.requested_at, self.id)
    }
}

/// Sorts into queue order: by request time, then id.
pub fn queue(waiting: &mut [Waiting]) {
    waiting.sort_unstable_by_key(Waiting::key);
}

/// The ids in queue order, without reordering the input.
pub fn offer_order(waiting: &[Waiting]) -> Vec<EnrolmentId> {
    let mut q = waiting.to_vec();
    queue(&mut q);
    q.into_iter().map(|w| w.id).collect()
}

/// The 1-based place of `id` in the queue (the input need not be sorted).
pub fn position(waiting: &[Waiting], id: EnrolmentId) -> Option<usize> {
    let me = waiting.iter().find(|w| w.id == id)?.key();
    Some(waiting.iter().filter(|w| w.key() < me).count() + 1)
}

/// The first of `queue` (already in order) that passes `eligible`.
pub fn first_eligible<T>(queue: &[T], mut eligible: impl FnMut(&T) -> bool) -> Option<&T> {
    queue.iter().find(|c| eligible(c))
}
