//! Enrolment of a student in a network group (PRODUCT.md §3.5): the lifecycle the home
//! school and the provider move it through, the weekly load against the СанПиН
//! 1.2.3685-21 limit, the approval rules with a readable message for each refusal, and
//! the waitlist order.
//!
//! Everything here is computed from what the caller passes in (the agreement coverage,
//! the consent date, seats taken, sessions, `today`), so the SPA previews exactly what the
//! server decides.

mod lifecycle;
mod load;
mod messages;
mod rules;
mod seat;
mod waitlist;

pub use lifecycle::{
    EnrolmentStatus, GroupDates, LifecycleError, Side, Transition, apply, holds_seat, is_open,
    is_terminal, shown, side,
};
pub use load::{
    CourseLoad, Hours, HoursError, LoadQuery, LoadSummary, check_load, load_limit, weekly_load,
};
pub use rules::{
    ApprovalInput, Rule, RuleCheck, RuleFailure, SessionTime, check_conflicts, check_consent,
    check_grade, check_seat, evaluate, first_failure,
};
pub use seat::{Seat, seat_change};
pub use waitlist::{Waiting, first_eligible, offer_order, position, queue};

/// The language of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Ru,
    En,
}

#[cfg(test)]
mod tests;
