//! Tabs, order and the steps offered, against the lifecycle of `domain::enrolment`.

use chrono::{TimeZone, Utc};
use uuid::Uuid;

use super::*;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default()
}

fn dates() -> GroupDates {
    GroupDates {
        first: day(9, 1),
        last: day(12, 20),
    }
}

fn student() -> TeachingStudent {
    TeachingStudent {
        id: Uuid::from_u128(1),
        last_name: "Иванов".into(),
        first_name: "Иван".into(),
        patronymic: Some("Петрович".into()),
        grade: 7,
        class_letter: "Б".into(),
        home_organization_id: Uuid::from_u128(2),
        home_organization_name: "СОШ № 25".into(),
    }
}

fn enrolment(n: u128, status: EnrolmentStatus, position: Option<u32>) -> Enrolment {
    Enrolment {
        id: Uuid::from_u128(n),
        group_id: Uuid::from_u128(10),
        group_name: "Робототехника".into(),
        programme_id: Uuid::from_u128(11),
        programme_title: "Робототехника".into(),
        provider_id: Uuid::from_u128(12),
        provider_name: "Лицей № 24".into(),
        student: student(),
        status,
        replaces_hours: 0.0,
        requested_at: Utc
            .timestamp_opt(1_700_000_000 + i64::try_from(n).unwrap_or(0), 0)
            .single()
            .unwrap_or_default(),
        waitlist_position: position,
        history: Vec::new(),
        version: 1,
    }
}

const PROVIDER: Sides = Sides {
    provider: true,
    withdraw: true,
};
const HOME: Sides = Sides {
    provider: false,
    withdraw: true,
};

#[test]
fn every_status_has_a_tab_and_the_waitlist_is_in_order() {
    use EnrolmentStatus as S;
    let list = vec![
        enrolment(1, S::Waitlisted, Some(2)),
        enrolment(2, S::Requested, None),
        enrolment(3, S::Waitlisted, Some(1)),
        enrolment(4, S::Active, None),
        enrolment(5, S::Rejected, None),
        enrolment(6, S::Approved, None),
    ];
    let ids = |t: Tab| -> Vec<u128> { of_tab(&list, t).iter().map(|e| e.id.as_u128()).collect() };
    assert_eq!(ids(Tab::Waitlist), [3, 1]);
    assert_eq!(ids(Tab::Requests), [2]);
    assert_eq!(ids(Tab::Enrolled), [4, 6]);
    assert_eq!(ids(Tab::Closed), [5]);
    assert_eq!(seats_taken(&list), 2);
    assert_eq!(default_tab(&list), Tab::Requests);
    assert_eq!(default_tab(&list[3..4]), Tab::Enrolled);
    assert_eq!(default_tab(&[]), Tab::Requests);
}

#[test]
fn the_provider_decides_requests_and_the_home_school_only_withdraws() {
    use EnrolmentStatus as S;
    let before = day(8, 25);
    let e = enrolment(1, S::Requested, None);
    assert_eq!(
        steps(&e, dates(), before, false, PROVIDER),
        [Step::Approve, Step::Reject, Step::Withdraw]
    );
    assert_eq!(
        steps(&e, dates(), before, true, PROVIDER),
        [Step::Approve, Step::Waitlist, Step::Reject, Step::Withdraw]
    );
    assert_eq!(steps(&e, dates(), before, true, HOME), [Step::Withdraw]);
    assert!(steps(&e, dates(), before, true, Sides::default()).is_empty());
    let w = enrolment(2, S::Waitlisted, Some(1));
    assert_eq!(
        steps(&w, dates(), before, true, PROVIDER),
        [Step::Approve, Step::Reject, Step::Withdraw]
    );
}

#[test]
fn a_started_group_is_withdrawn_from_and_completed_at_its_end() {
    use EnrolmentStatus as S;
    let active = enrolment(1, S::Active, None);
    assert_eq!(
        steps(&active, dates(), day(10, 1), true, PROVIDER),
        [Step::Withdraw]
    );
    assert_eq!(
        steps(&active, dates(), day(12, 20), true, PROVIDER),
        [Step::Withdraw, Step::Complete]
    );
    let approved = enrolment(2, S::Approved, None);
    assert_eq!(
        steps(&approved, dates(), day(8, 1), true, PROVIDER),
        [Step::Reject, Step::Withdraw]
    );
    for s in [S::Completed, S::Withdrawn, S::Rejected] {
        assert!(steps(&enrolment(3, s, None), dates(), day(10, 1), true, PROVIDER).is_empty());
    }
}

#[test]
fn names_and_flags() {
    let mut s = student();
    assert_eq!(student_name(&s), "Иванов Иван Петрович");
    s.patronymic = None;
    assert_eq!(student_name(&s), "Иванов Иван");
    assert!(Step::Reject.reason_required());
    assert!(!Step::Approve.reason_required());
    assert_eq!(
        Step::Waitlist.key(EnrolmentStatus::Requested),
        "enr-do-waitlist"
    );
    assert_eq!(
        Step::Withdraw.key(EnrolmentStatus::Requested),
        "enr-do-withdraw-request"
    );
    assert_eq!(
        Step::Withdraw.key(EnrolmentStatus::Active),
        "enr-do-withdraw"
    );
    assert!(awaits_decision(EnrolmentStatus::Waitlisted));
    assert!(!awaits_decision(EnrolmentStatus::Approved));
}
