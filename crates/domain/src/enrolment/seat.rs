//! When an enrolment holds its seat, day by day: the registers list a pupil only on the
//! sessions between the day the seat was taken and the day it was given up.

use chrono::NaiveDate;

use super::{EnrolmentStatus, Transition, holds_seat};

/// The days an enrolment held (or holds) its seat, in the network's time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seat {
    pub status: EnrolmentStatus,
    /// The day it was approved or offered; `None` before that, or on rows recorded before
    /// the day was kept, «from the group's first day».
    pub from: Option<NaiveDate>,
    /// The day it was withdrawn or rejected after approval: off the registers from then.
    pub until: Option<NaiveDate>,
}

impl Seat {
    /// Whether the pupil is on the register of a session on `day`. A completed enrolment
    /// stays on the registers of its whole period; a withdrawn or rejected one only on
    /// the days it held the seat; one never approved on none.
    pub fn on_register(&self, day: NaiveDate) -> bool {
        use EnrolmentStatus as S;
        let began = match (self.status, self.from) {
            (S::Requested | S::Waitlisted, _) => false,
            (_, Some(from)) => from <= day,
            // Older rows: a seat held now or to the end counts from the first day; a seat
            // given up without a recorded day never shows.
            (S::Approved | S::Active | S::Completed, None) => true,
            (S::Withdrawn | S::Rejected, None) => false,
        };
        began && self.until.is_none_or(|until| day < until)
    }
}

/// How a step changes the seat's days: `(from, until)` to record, each `None` when the
/// step leaves it. Approval (or an offer from the waitlist) starts the seat today; giving
/// it up (withdrawal, rejection after approval) ends it today.
pub fn seat_change(
    before: EnrolmentStatus,
    t: Transition,
    today: NaiveDate,
) -> (Option<NaiveDate>, Option<NaiveDate>) {
    match t {
        Transition::Approve => (Some(today), None),
        Transition::Withdraw | Transition::Reject if holds_seat(before) => (None, Some(today)),
        _ => (None, None),
    }
}
