use proptest::prelude::*;

use super::*;
use EnrolmentStatus as S;
use Transition as T;

/// A group meeting from 1 September to 25 May.
fn dates() -> GroupDates {
    GroupDates {
        first: d(2026, 9, 1),
        last: d(2027, 5, 25),
    }
}

const STORED: [EnrolmentStatus; 6] = [
    S::Requested,
    S::Approved,
    S::Waitlisted,
    S::Rejected,
    S::Completed,
    S::Withdrawn,
];

const TRANSITIONS: [Transition; 5] = [T::Approve, T::Waitlist, T::Reject, T::Withdraw, T::Complete];

/// Before the first date, during the group, on its last date, after it.
fn days() -> [chrono::NaiveDate; 4] {
    [
        d(2026, 8, 20),
        d(2026, 10, 14),
        d(2027, 5, 25),
        d(2027, 6, 10),
    ]
}

#[test]
fn every_allowed_transition_and_nothing_else() {
    let [before, during, last, after] = days();
    // (stored, transition, today) → new stored status. Everything absent is refused.
    let mut allowed = Vec::new();
    for day in days() {
        allowed.extend([
            (S::Requested, T::Approve, day, S::Approved),
            (S::Waitlisted, T::Approve, day, S::Approved),
            (S::Requested, T::Waitlist, day, S::Waitlisted),
            (S::Requested, T::Reject, day, S::Rejected),
            (S::Waitlisted, T::Reject, day, S::Rejected),
            (S::Requested, T::Withdraw, day, S::Withdrawn),
            (S::Waitlisted, T::Withdraw, day, S::Withdrawn),
            (S::Approved, T::Withdraw, day, S::Withdrawn),
        ]);
    }
    allowed.push((S::Approved, T::Reject, before, S::Rejected));
    allowed.push((S::Approved, T::Complete, last, S::Completed));
    allowed.push((S::Approved, T::Complete, after, S::Completed));
    let _ = during;

    for stored in STORED {
        for tr in TRANSITIONS {
            for day in days() {
                let got = apply(stored, tr, dates(), day);
                let want = allowed
                    .iter()
                    .find(|(s, t, d, _)| (*s, *t, *d) == (stored, tr, day))
                    .map(|a| a.3);
                match want {
                    Some(new) => assert_eq!(got, Ok(new), "{stored:?} {tr:?} on {day}"),
                    None => assert!(got.is_err(), "{stored:?} {tr:?} on {day}: {got:?}"),
                }
            }
        }
    }
}

#[test]
fn a_started_enrolment_is_withdrawn_not_rejected() {
    let during = d(2026, 10, 14);
    assert_eq!(
        apply(S::Approved, T::Reject, dates(), during),
        Err(LifecycleError::AlreadyStarted {
            since: d(2026, 9, 1)
        })
    );
    // On the first date itself it has started.
    assert!(apply(S::Approved, T::Reject, dates(), d(2026, 9, 1)).is_err());
    assert_eq!(
        apply(S::Approved, T::Reject, dates(), d(2026, 8, 31)),
        Ok(S::Rejected)
    );
    assert_eq!(
        apply(S::Approved, T::Withdraw, dates(), during),
        Ok(S::Withdrawn)
    );
}

#[test]
fn completion_waits_for_the_last_date() {
    let err = apply(S::Approved, T::Complete, dates(), d(2027, 5, 24)).unwrap_err();
    assert_eq!(
        err,
        LifecycleError::NotFinishedYet {
            last: d(2027, 5, 25)
        }
    );
    assert_eq!(err.code(), "not_finished_yet");
    // Not started at all: the transition itself is wrong, not the day.
    let err = apply(S::Approved, T::Complete, dates(), d(2026, 8, 1)).unwrap_err();
    assert_eq!(err.code(), "transition_not_allowed");
    assert_eq!(
        apply(S::Requested, T::Complete, dates(), d(2027, 6, 1))
            .unwrap_err()
            .code(),
        "transition_not_allowed"
    );
}

#[test]
fn refusals_name_the_status_shown() {
    assert_eq!(
        apply(S::Approved, T::Approve, dates(), d(2026, 10, 1)),
        Err(LifecycleError::NotAllowed {
            from: S::Active,
            transition: T::Approve
        })
    );
    assert_eq!(
        apply(S::Completed, T::Withdraw, dates(), d(2027, 6, 1)),
        Err(LifecycleError::NotAllowed {
            from: S::Completed,
            transition: T::Withdraw
        })
    );
}

#[test]
fn approved_reads_as_active_from_the_first_date() {
    let first = d(2026, 9, 1);
    assert_eq!(shown(S::Approved, first, d(2026, 8, 31)), S::Approved);
    assert_eq!(shown(S::Approved, first, first), S::Active);
    assert_eq!(shown(S::Approved, first, d(2027, 1, 10)), S::Active);
    for s in [
        S::Requested,
        S::Waitlisted,
        S::Rejected,
        S::Withdrawn,
        S::Completed,
    ] {
        assert_eq!(shown(s, first, d(2027, 1, 10)), s);
    }
}

#[test]
fn seats_openness_and_sides() {
    let seat: Vec<_> = STORED
        .into_iter()
        .chain([S::Active])
        .filter(|s| holds_seat(*s))
        .collect();
    assert_eq!(seat, [S::Approved, S::Active]);
    let open: Vec<_> = STORED
        .into_iter()
        .chain([S::Active])
        .filter(|s| is_open(*s))
        .collect();
    assert_eq!(open, [S::Requested, S::Approved, S::Waitlisted, S::Active]);
    let terminal: Vec<_> = STORED.into_iter().filter(|s| is_terminal(*s)).collect();
    assert_eq!(terminal, [S::Rejected, S::Completed, S::Withdrawn]);

    assert_eq!(side(T::Withdraw), Side::Either);
    for tr in [T::Approve, T::Waitlist, T::Reject, T::Complete] {
        assert_eq!(side(tr), Side::Provider);
    }
}

#[test]
fn statuses_and_transitions_on_the_wire() {
    assert_eq!(
        serde_json::to_string(&S::Waitlisted).unwrap(),
        "\"waitlisted\""
    );
    assert_eq!(serde_json::to_string(&T::Withdraw).unwrap(), "\"withdraw\"");
    assert_eq!(
        serde_json::to_string(&Side::Provider).unwrap(),
        "\"provider\""
    );
}

fn any_stored() -> impl Strategy<Value = EnrolmentStatus> {
    proptest::sample::select(STORED.to_vec())
}

fn any_transition() -> impl Strategy<Value = Transition> {
    proptest::sample::select(TRANSITIONS.to_vec())
}

proptest! {
    /// Terminal statuses stay terminal, whatever comes and whenever; `Active` is never
    /// stored.
    #[test]
    fn terminal_is_final_and_active_never_stored(
        start in any_stored(),
        steps in prop::collection::vec((any_transition(), -30i64..400), 0..12),
    ) {
        let mut status = start;
        let base = d(2026, 8, 1);
        for (tr, offset) in steps {
            let today = base + chrono::Duration::days(offset);
            let was_terminal = is_terminal(status);
            match apply(status, tr, dates(), today) {
                Ok(next) => {
                    prop_assert!(!was_terminal, "{:?} left a terminal status", tr);
                    prop_assert_ne!(next, S::Active);
                    status = next;
                }
                Err(e) => prop_assert!(!e.code().is_empty()),
            }
        }
    }
}
