//! `requested` → `approved` | `waitlisted` | `rejected` → `active` → `completed` |
//! `withdrawn`. `active` is never stored: a stored `approved` enrolment reads as `active`
//! from the group's first date, so nothing has to flip it on that morning.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where an enrolment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EnrolmentStatus {
    /// The home school asked for a seat.
    Requested,
    /// The provider accepted; the student holds a seat.
    Approved,
    /// The group is full; the student waits for a seat.
    Waitlisted,
    Rejected,
    /// Approved and the group has started (computed, never stored).
    Active,
    Completed,
    /// Withdrawn by either school: a request taken back or a student who left.
    Withdrawn,
}

/// A step either school takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Transition {
    /// Requested or waitlisted → approved.
    Approve,
    /// Requested → waitlisted.
    Waitlist,
    /// Requested, waitlisted, or approved before the first date → rejected.
    Reject,
    /// Requested, waitlisted, approved or active → withdrawn.
    Withdraw,
    /// Active → completed, on or after the group's last date.
    Complete,
}

/// Which school performs a transition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The student's school.
    Home,
    /// The school that teaches the group.
    Provider,
    Either,
}

/// The group's first and last dates (of its sessions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GroupDates {
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// Why a transition is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LifecycleError {
    /// The transition does not start from this (shown) status.
    NotAllowed {
        from: EnrolmentStatus,
        transition: Transition,
    },
    /// The group started on `since`: an approved student is withdrawn, not rejected.
    AlreadyStarted { since: NaiveDate },
    /// The group runs until `last`; it is completed from that day.
    NotFinishedYet { last: NaiveDate },
}

impl LifecycleError {
    /// Stable error code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotAllowed { .. } => "transition_not_allowed",
            Self::AlreadyStarted { .. } => "already_started",
            Self::NotFinishedYet { .. } => "not_finished_yet",
        }
    }
}

/// The status to show on `today`: a stored `approved` reads as `active` from the first date.
pub fn shown(stored: EnrolmentStatus, first_date: NaiveDate, today: NaiveDate) -> EnrolmentStatus {
    match stored {
        EnrolmentStatus::Approved if today >= first_date => EnrolmentStatus::Active,
        s => s,
    }
}

/// The new stored status after `t` on `today`, or why `t` is refused. Never `Active`.
pub fn apply(
    stored: EnrolmentStatus,
    t: Transition,
    group: GroupDates,
    today: NaiveDate,
) -> Result<EnrolmentStatus, LifecycleError> {
    use EnrolmentStatus as S;
    let from = shown(stored, group.first, today);
    let refused = LifecycleError::NotAllowed {
        from,
        transition: t,
    };
    match (t, from) {
        (Transition::Approve, S::Requested | S::Waitlisted) => Ok(S::Approved),
        (Transition::Waitlist, S::Requested) => Ok(S::Waitlisted),
        (Transition::Reject, S::Requested | S::Waitlisted | S::Approved) => Ok(S::Rejected),
        (Transition::Reject, S::Active) => {
            Err(LifecycleError::AlreadyStarted { since: group.first })
        }
        (Transition::Withdraw, S::Requested | S::Waitlisted | S::Approved | S::Active) => {
            Ok(S::Withdrawn)
        }
        (Transition::Complete, S::Active) if today >= group.last => Ok(S::Completed),
        (Transition::Complete, S::Active) => {
            Err(LifecycleError::NotFinishedYet { last: group.last })
        }
        _ => Err(refused),
    }
}

/// Whether the student occupies a seat of the group.
pub fn holds_seat(status: EnrolmentStatus) -> bool {
    matches!(status, EnrolmentStatus::Approved | EnrolmentStatus::Active)
}

/// Whether the enrolment is still open: the provider sees the student.
pub fn is_open(status: EnrolmentStatus) -> bool {
    use EnrolmentStatus as S;
    matches!(
        status,
        S::Requested | S::Waitlisted | S::Approved | S::Active
    )
}

/// Whether nothing can follow: rejected, completed or withdrawn.
pub fn is_terminal(status: EnrolmentStatus) -> bool {
    !is_open(status)
}

/// Which school performs `t`.
pub fn side(t: Transition) -> Side {
    match t {
        Transition::Approve | Transition::Waitlist | Transition::Reject | Transition::Complete => {
            Side::Provider
        }
        Transition::Withdraw => Side::Either,
    }
}
