use chrono::Duration;
use proptest::prelude::*;

use super::*;
use crate::agreement::NotCovered;
use crate::calendar::WeekKind;
use crate::grade::GradeRange;

#[test]
fn consent_must_be_dated_on_or_before_today() {
    let today = d(2026, 9, 10);
    assert_eq!(check_consent(None, today), Err(RuleFailure::NoConsent));
    assert_eq!(check_consent(Some(today), today), Ok(()));
    assert_eq!(check_consent(Some(d(2026, 5, 20)), today), Ok(()));
    assert_eq!(
        check_consent(Some(d(2026, 9, 11)), today),
        Err(RuleFailure::NoConsent),
        "a consent dated tomorrow is not on file yet"
    );
}

#[test]
fn grade_within_the_programme() {
    let range = GradeRange::parse(5, 9).unwrap();
    assert!(check_grade(grade(5), range).is_ok());
    assert!(check_grade(grade(9), range).is_ok());
    assert_eq!(
        check_grade(grade(11), range),
        Err(RuleFailure::GradeOutside {
            grade: grade(11),
            range
        })
    );
    assert!(check_grade(grade(4), range).is_err());
}

#[test]
fn the_last_seat_is_free_a_full_group_is_not() {
    assert_eq!(check_seat(15, 14), Ok(()));
    assert_eq!(
        check_seat(15, 15),
        Err(RuleFailure::NoSeat {
            capacity: 15,
            taken: 15
        })
    );
    assert!(check_seat(15, 16).is_err(), "overfull after a capacity cut");
    assert!(check_seat(0, 0).is_err());
}

#[test]
fn overlapping_sessions_conflict_with_the_shared_minutes() {
    let this = [session((2026, 10, 14), (13, 50), (14, 40))];
    let others = [(group(7), vec![session((2026, 10, 14), (14, 0), (14, 45))])];
    assert_eq!(
        check_conflicts(&this, &others),
        Err(RuleFailure::TimetableConflict {
            other_group: group(7),
            date: d(2026, 10, 14),
            from: t(14, 0),
            to: t(14, 40),
        })
    );
}

#[test]
fn touching_sessions_and_other_days_do_not_conflict() {
    let this = [
        session((2026, 10, 14), (14, 0), (14, 40)),
        session((2026, 10, 15), (9, 0), (9, 40)),
    ];
    let others = [(
        group(7),
        vec![
            session((2026, 10, 14), (14, 40), (15, 20)),
            session((2026, 10, 14), (13, 20), (14, 0)),
            session((2026, 10, 16), (9, 0), (9, 40)),
        ],
    )];
    assert_eq!(check_conflicts(&this, &others), Ok(()));
    assert_eq!(check_conflicts(&this, &[]), Ok(()));
    assert_eq!(check_conflicts(&[], &others), Ok(()));
}

#[test]
fn a_long_session_is_caught_past_a_short_one() {
    // The other group's 9:00–12:00 session covers this group's 11:00 lesson, though a
    // shorter session of the other group (9:10–9:40) starts in between.
    let this = [session((2026, 10, 14), (11, 0), (11, 40))];
    let others = [
        (group(7), vec![session((2026, 10, 14), (9, 0), (12, 0))]),
        (group(8), vec![session((2026, 10, 14), (9, 10), (9, 40))]),
    ];
    let Err(RuleFailure::TimetableConflict {
        other_group,
        from,
        to,
        ..
    }) = check_conflicts(&this, &others)
    else {
        panic!("expected a conflict");
    };
    assert_eq!((other_group, from, to), (group(7), t(11, 0), t(11, 40)));
}

#[test]
fn the_earliest_conflict_is_reported() {
    let this = [
        session((2026, 11, 2), (10, 0), (10, 40)),
        session((2026, 10, 5), (10, 0), (10, 40)),
    ];
    let others = [
        (group(8), vec![session((2026, 11, 2), (10, 20), (11, 0))]),
        (group(9), vec![session((2026, 10, 5), (10, 30), (11, 0))]),
    ];
    let Err(RuleFailure::TimetableConflict {
        other_group, date, ..
    }) = check_conflicts(&this, &others)
    else {
        panic!("expected a conflict");
    };
    assert_eq!((other_group, date), (group(9), d(2026, 10, 5)));
}

#[test]
fn a_long_timetable_is_swept_to_its_last_day() {
    // 5,000 sessions a side (a nested loop would compare 25 million pairs), interleaved
    // without overlap; then one clash on the last day.
    let start = d(2026, 9, 1);
    let ss = |offset: u32| -> Vec<SessionTime> {
        (0..5_000)
            .map(|i: i64| {
                let hour = 8 + 2 * (i % 5) as u32 + offset;
                SessionTime {
                    date: start + Duration::days(i / 5),
                    start: t(hour, 0),
                    end: t(hour, 45),
                }
            })
            .collect()
    };
    let mut others = vec![(group(2), ss(1))];
    assert_eq!(check_conflicts(&ss(0), &others), Ok(()));
    let last = start + Duration::days(999);
    others[0].1.push(SessionTime {
        date: last,
        start: t(8, 30),
        end: t(9, 0),
    });
    let Err(RuleFailure::TimetableConflict { date, from, to, .. }) =
        check_conflicts(&ss(0), &others)
    else {
        panic!("expected a conflict");
    };
    assert_eq!((date, from, to), (last, t(8, 30), t(8, 45)));
}

/// An approval that passes every rule: grade 8, 31 home hours plus 2 network hours.
fn passing() -> ApprovalInput {
    ApprovalInput {
        coverage: Ok(()),
        consent_on: Some(d(2026, 8, 25)),
        programme_grades: GradeRange::parse(5, 9).unwrap(),
        capacity: 15,
        taken: 14,
        load: LoadQuery {
            grade: grade(8),
            week: WeekKind::FiveDay,
            home_hours: Some(h(31.0)),
            others: vec![],
            course: course(1, 2.0, 0.0),
        },
        sessions: vec![session((2026, 10, 14), (14, 0), (14, 40))],
        other_sessions: vec![(group(2), vec![session((2026, 10, 14), (14, 40), (15, 20))])],
        today: d(2026, 9, 1),
    }
}

#[test]
fn evaluate_runs_every_rule_in_order() {
    let checks = evaluate(&passing());
    let rules: Vec<Rule> = checks.iter().map(|c| c.rule).collect();
    assert_eq!(rules, Rule::ALL);
    assert!(checks.iter().all(RuleCheck::passed));
    assert_eq!(first_failure(&checks), None);
}

#[test]
fn a_preview_shows_every_problem_at_once() {
    let mut input = passing();
    input.coverage = Err(NotCovered::ProgrammeNotCovered);
    input.consent_on = Some(d(2026, 9, 2));
    input.load.grade = grade(11);
    input.taken = 15;
    input.load.course = course(1, 4.0, 0.0);
    input.other_sessions[0]
        .1
        .push(session((2026, 10, 14), (14, 20), (15, 0)));
    let checks = evaluate(&input);
    let codes: Vec<&str> = checks
        .iter()
        .map(|c| c.failure.as_ref().map_or("ok", RuleFailure::code))
        .collect();
    assert_eq!(
        codes,
        [
            "agreement_missing",
            "consent_missing",
            "grade_outside_programme",
            "no_free_seat",
            "weekly_load_exceeded",
            "timetable_conflict"
        ]
    );
    for c in &checks {
        assert_eq!(c.failure.as_ref().map(RuleFailure::rule), Some(c.rule));
    }
    assert_eq!(
        first_failure(&checks),
        Some(&RuleFailure::NotCovered(NotCovered::ProgrammeNotCovered))
    );
}

#[test]
fn a_full_group_fails_only_the_seat_rule() {
    let input = ApprovalInput {
        taken: 15,
        ..passing()
    };
    let checks = evaluate(&input);
    let failed: Vec<Rule> = checks
        .iter()
        .filter(|c| !c.passed())
        .map(|c| c.rule)
        .collect();
    assert_eq!(failed, [Rule::FreeSeat]);
}

#[test]
fn rules_on_the_wire() {
    assert_eq!(
        serde_json::to_string(&Rule::NoTimetableConflict).unwrap(),
        "\"no_timetable_conflict\""
    );
    assert_eq!(
        serde_json::to_string(&Rule::AgreementCovers).unwrap(),
        "\"agreement_covers\""
    );
}

fn any_sessions() -> impl Strategy<Value = Vec<SessionTime>> {
    prop::collection::vec((0i64..4, 8u32..18, 0u32..60, 1u32..120), 0..12).prop_map(|v| {
        v.into_iter()
            .map(|(day, hour, minute, length)| {
                let start = t(hour, minute);
                SessionTime {
                    date: d(2026, 10, 12) + Duration::days(day),
                    start,
                    end: start + Duration::minutes(i64::from(length)),
                }
            })
            .collect()
    })
}

fn naive_overlap(a: &[SessionTime], b: &[SessionTime]) -> bool {
    a.iter().any(|x| {
        b.iter()
            .any(|y| x.date == y.date && x.start < y.end && y.start < x.end)
    })
}

proptest! {
    #[test]
    fn conflicts_are_symmetric(a in any_sessions(), b in any_sessions()) {
        let ab = check_conflicts(&a, &[(group(2), b.clone())]);
        let ba = check_conflicts(&b, &[(group(1), a.clone())]);
        prop_assert_eq!(ab.is_err(), ba.is_err());
        // The same minutes are reported either way.
        if let (
            Err(RuleFailure::TimetableConflict { date, from, to, .. }),
            Err(RuleFailure::TimetableConflict { date: d2, from: f2, to: t2, .. }),
        ) = (&ab, &ba)
        {
            prop_assert_eq!((date, from, to), (d2, f2, t2));
        }
    }

    #[test]
    fn the_sweep_finds_exactly_the_overlaps(
        a in any_sessions(),
        b in any_sessions(),
        c in any_sessions(),
    ) {
        let got = check_conflicts(&a, &[(group(2), b.clone()), (group(3), c.clone())]);
        let want = naive_overlap(&a, &b) || naive_overlap(&a, &c);
        prop_assert_eq!(got.is_err(), want);
        if let Err(RuleFailure::TimetableConflict { other_group, date, from, to }) = got {
            let theirs = if other_group == group(2) { &b } else { &c };
            // The reported minutes lie in a session of each side.
            prop_assert!(from < to);
            prop_assert!(a.iter().any(|x| x.date == date && x.start <= from && to <= x.end));
            prop_assert!(theirs.iter().any(|y| y.date == date && y.start <= from && to <= y.end));
        }
    }
}
