//! The figures of «Моя школа» count pupils, not enrolments, and only the statuses named.

use chrono::{TimeZone, Utc};
use uuid::Uuid;
use wire::student::TeachingStudent;

use super::*;

fn enrolment(n: u128, student: u128, status: EnrolmentStatus) -> Enrolment {
    Enrolment {
        id: Uuid::from_u128(n),
        group_id: Uuid::from_u128(100 + n),
        group_name: "ОН-ПРАВ-11".into(),
        programme_id: Uuid::from_u128(200),
        programme_title: "Основы права".into(),
        provider_id: Uuid::from_u128(300),
        provider_name: "Лицей № 24".into(),
        student: TeachingStudent {
            id: Uuid::from_u128(student),
            last_name: "Петрова".into(),
            first_name: "Анна".into(),
            patronymic: None,
            grade: 11,
            class_letter: "А".into(),
            home_organization_id: Uuid::from_u128(400),
            home_organization_name: "СОШ № 25".into(),
        },
        status,
        replaces_hours: 0.0,
        requested_at: Utc
            .timestamp_opt(1_700_000_000, 0)
            .single()
            .unwrap_or_default(),
        waitlist_position: None,
        history: Vec::new(),
        version: 1,
    }
}

#[test]
fn a_pupil_in_two_courses_counts_once() {
    use EnrolmentStatus as S;
    let list = vec![
        enrolment(1, 1, S::Active),
        enrolment(2, 1, S::Approved),
        enrolment(3, 2, S::Approved),
        enrolment(4, 3, S::Requested),
        enrolment(5, 4, S::Withdrawn),
        enrolment(6, 5, S::Waitlisted),
    ];
    assert_eq!(pupils(&list, learning), 2);
    assert_eq!(pupils(&list, waiting), 2);
}

#[test]
fn closed_enrolments_neither_wait_nor_learn() {
    use EnrolmentStatus as S;
    for s in [S::Completed, S::Withdrawn, S::Rejected] {
        let e = enrolment(1, 1, s);
        assert!(!waiting(&e) && !learning(&e), "{s:?}");
    }
    assert!(waiting(&enrolment(1, 1, S::Waitlisted)));
    assert!(learning(&enrolment(1, 1, S::Active)));
}

#[test]
fn the_schools_own_pupils_in_its_groups_are_not_visitors() {
    use EnrolmentStatus as S;
    let school = Uuid::from_u128(400);
    let mut visitor = enrolment(2, 2, S::Active);
    visitor.student.home_organization_id = Uuid::from_u128(401);
    let mut left = enrolment(3, 3, S::Withdrawn);
    left.student.home_organization_id = Uuid::from_u128(401);
    let list = vec![enrolment(1, 1, S::Active), visitor, left];
    assert_eq!(visiting(&list, school), 1);
    assert_eq!(pupils(&list, learning), 2);
}
