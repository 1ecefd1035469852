use super::*;
use EnrolmentStatus as S;

fn seat(
    status: EnrolmentStatus,
    from: Option<(i32, u32, u32)>,
    until: Option<(i32, u32, u32)>,
) -> Seat {
    Seat {
        status,
        from: from.map(|(y, m, day)| d(y, m, day)),
        until: until.map(|(y, m, day)| d(y, m, day)),
    }
}

#[test]
fn a_pupil_approved_in_november_is_not_on_septembers_registers() {
    let s = seat(S::Approved, Some((2026, 11, 10)), None);
    assert!(!s.on_register(d(2026, 9, 15)));
    assert!(!s.on_register(d(2026, 11, 9)));
    // From the day of approval on.
    assert!(s.on_register(d(2026, 11, 10)));
    assert!(s.on_register(d(2027, 5, 20)));
}

#[test]
fn a_withdrawn_pupil_stays_on_the_registers_of_the_days_they_held_the_seat() {
    let s = seat(S::Withdrawn, Some((2026, 9, 1)), Some((2026, 10, 20)));
    assert!(s.on_register(d(2026, 9, 1)));
    assert!(s.on_register(d(2026, 10, 19)));
    // Withdrawn «с 20 октября»: not on that day's register nor later.
    assert!(!s.on_register(d(2026, 10, 20)));
    assert!(!s.on_register(d(2026, 12, 1)));
    let completed = seat(S::Completed, Some((2026, 9, 1)), None);
    assert!(completed.on_register(d(2027, 5, 25)));
}

#[test]
fn requests_and_the_waitlist_are_on_no_register() {
    for status in [S::Requested, S::Waitlisted] {
        assert!(!seat(status, None, None).on_register(d(2026, 10, 1)));
    }
    // A rejected request that never held a seat has no days.
    assert!(!seat(S::Rejected, None, None).on_register(d(2026, 10, 1)));
}

#[test]
fn rows_without_a_recorded_day_count_from_the_first_day() {
    assert!(seat(S::Approved, None, None).on_register(d(2026, 9, 1)));
    assert!(seat(S::Completed, None, None).on_register(d(2026, 9, 1)));
    assert!(!seat(S::Withdrawn, None, None).on_register(d(2026, 9, 1)));
}

#[test]
fn approval_starts_the_seat_and_giving_it_up_ends_it() {
    let today = d(2026, 10, 5);
    assert_eq!(
        seat_change(S::Requested, Transition::Approve, today),
        (Some(today), None)
    );
    assert_eq!(
        seat_change(S::Waitlisted, Transition::Approve, today),
        (Some(today), None)
    );
    assert_eq!(
        seat_change(S::Approved, Transition::Withdraw, today),
        (None, Some(today))
    );
    assert_eq!(
        seat_change(S::Active, Transition::Reject, today),
        (None, Some(today))
    );
    // A request withdrawn or rejected before approval held no seat; completion keeps it.
    assert_eq!(
        seat_change(S::Requested, Transition::Withdraw, today),
        (None, None)
    );
    assert_eq!(
        seat_change(S::Waitlisted, Transition::Reject, today),
        (None, None)
    );
    assert_eq!(
        seat_change(S::Active, Transition::Complete, today),
        (None, None)
    );
}
