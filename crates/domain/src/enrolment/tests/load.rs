use proptest::prelude::*;

use super::*;
use crate::calendar::WeekKind::{FiveDay, SixDay};

/// A student of `g` with `home` hours at home taking one `hours` course (replacing none).
fn query(g: i64, week: crate::calendar::WeekKind, home: f64, hours: f64) -> LoadQuery {
    LoadQuery {
        grade: grade(g),
        week,
        home_hours: Some(h(home)),
        others: vec![],
        course: course(1, hours, 0.0),
    }
}

#[test]
fn the_sanpin_table() {
    let want: [(i64, u32, Option<u32>); 11] = [
        (1, 21, None),
        (2, 23, Some(26)),
        (3, 23, Some(26)),
        (4, 23, Some(26)),
        (5, 29, Some(32)),
        (6, 30, Some(33)),
        (7, 32, Some(35)),
        (8, 33, Some(36)),
        (9, 33, Some(36)),
        (10, 34, Some(37)),
        (11, 34, Some(37)),
    ];
    for (g, five, six) in want {
        assert_eq!(
            load_limit(grade(g), FiveDay),
            Some(Hours::whole(five)),
            "grade {g}"
        );
        assert_eq!(
            load_limit(grade(g), SixDay),
            six.map(Hours::whole),
            "grade {g}"
        );
    }
}

#[test]
fn grade_8_five_day_week_at_the_edge() {
    let ok = check_load(&query(8, FiveDay, 31.0, 2.0)).unwrap();
    assert_eq!(ok.total, h(33.0));
    assert_eq!(ok.limit, Some(h(33.0)));
    assert_eq!(
        check_load(&query(8, FiveDay, 31.0, 2.5)),
        Err(RuleFailure::LoadExceeded {
            total: h(33.5),
            limit: h(33.0),
            grade: grade(8),
            week: FiveDay,
        })
    );
}

#[test]
fn a_six_day_week_allows_more() {
    assert_eq!(
        check_load(&query(8, SixDay, 34.0, 2.0)).unwrap().total,
        h(36.0)
    );
    assert!(check_load(&query(8, SixDay, 34.0, 2.5)).is_err());
    // The same 36 hours are too many on a five-day week.
    assert!(check_load(&query(8, FiveDay, 34.0, 2.0)).is_err());
}

#[test]
fn grade_1_on_a_six_day_week_is_refused() {
    assert_eq!(
        check_load(&query(1, SixDay, 10.0, 1.0)),
        Err(RuleFailure::SixDayWeekNotAllowed { grade: grade(1) })
    );
    assert!(check_load(&query(1, FiveDay, 20.0, 1.0)).is_ok());
    assert!(check_load(&query(1, FiveDay, 20.0, 1.5)).is_err());
}

#[test]
fn a_module_that_is_the_home_lessons_adds_nothing() {
    let mut q = query(8, FiveDay, 33.0, 2.0);
    q.course.replaces = h(2.0);
    let s = check_load(&q).unwrap();
    assert_eq!(
        (s.home, s.replaced, s.network, s.total),
        (h(33.0), h(2.0), h(2.0), h(33.0))
    );
}

#[test]
fn a_course_replaces_at_most_its_own_hours() {
    let mut q = query(8, FiveDay, 30.0, 1.0);
    q.course.replaces = h(3.0);
    let s = weekly_load(&q);
    assert_eq!(s.replaced, h(1.0));
    assert_eq!(s.total, h(30.0), "a 1 h course cannot lighten the week");
}

#[test]
fn replaced_hours_never_drive_the_total_below_the_network_hours() {
    let q = LoadQuery {
        others: vec![course(2, 3.0, 3.0)],
        course: course(1, 2.0, 2.0),
        ..query(5, FiveDay, 1.0, 0.0)
    };
    let s = weekly_load(&q);
    assert_eq!(s.replaced, h(1.0), "no more than the home hours");
    assert_eq!(s.network, h(5.0));
    assert_eq!(s.total, h(5.0));
}

#[test]
fn other_enrolments_add_up() {
    let q = LoadQuery {
        others: vec![course(2, 2.0, 0.0), course(3, 1.5, 1.0)],
        course: course(1, 1.0, 0.0),
        ..query(10, FiveDay, 30.0, 0.0)
    };
    let s = check_load(&q).unwrap();
    assert_eq!((s.network, s.replaced, s.total), (h(4.5), h(1.0), h(33.5)));

    let more = LoadQuery {
        course: course(1, 2.0, 0.0),
        ..q
    };
    assert_eq!(
        check_load(&more).unwrap_err(),
        RuleFailure::LoadExceeded {
            total: h(34.5),
            limit: h(34.0),
            grade: grade(10),
            week: FiveDay
        }
    );
}

#[test]
fn a_group_counts_once() {
    let q = LoadQuery {
        // This course again (a re-check) and another course listed twice.
        others: vec![
            course(1, 2.0, 0.0),
            course(2, 1.0, 0.0),
            course(2, 1.0, 0.0),
        ],
        course: course(1, 2.0, 0.0),
        ..query(8, FiveDay, 30.0, 0.0)
    };
    assert_eq!(weekly_load(&q).total, h(33.0));
}

#[test]
fn hours_parse_and_print() {
    assert_eq!(h(0.5).tenths(), 5);
    assert_eq!(h(1.26).tenths(), 13);
    assert_eq!(h(-0.0), Hours::ZERO);
    assert_eq!(Hours::from_f64(-0.5), Err(HoursError::Negative));
    assert_eq!(Hours::from_f64(f64::NAN), Err(HoursError::NotANumber));
    assert_eq!(Hours::from_f64(f64::INFINITY), Err(HoursError::NotANumber));
    assert_eq!(Hours::from_f64(1e12), Err(HoursError::TooLarge));
    assert_eq!(h(33.0).to_string(), "33");
    assert_eq!(h(34.5).to_string(), "34,5");
    assert_eq!(h(34.5).format(Lang::En), "34.5");
    assert_eq!(h(0.0).to_string(), "0");
}

#[test]
fn hours_arithmetic_stops_at_zero() {
    assert_eq!(h(2.0) - h(3.5), Hours::ZERO);
    assert_eq!(h(3.5) - h(2.0), h(1.5));
    assert_eq!(h(0.5) + h(0.5), h(1.0));
    assert_eq!([h(1.0), h(0.5), h(2.5)].into_iter().sum::<Hours>(), h(4.0));
}

#[test]
fn hours_on_the_wire_are_numbers() {
    assert_eq!(serde_json::to_string(&h(34.5)).unwrap(), "34.5");
    assert_eq!(serde_json::from_str::<Hours>("0.5").unwrap(), h(0.5));
    assert!(serde_json::from_str::<Hours>("-1").is_err());
    let s = weekly_load(&query(8, SixDay, 30.0, 1.0));
    let json = serde_json::to_value(s).unwrap();
    assert_eq!(json["total"], 31.0);
    assert_eq!(json["limit"], 36.0);
}

fn any_hours(max_tenths: u32) -> impl Strategy<Value = Hours> {
    (0..=max_tenths).prop_map(Hours::from_tenths)
}

fn any_course(n: u128) -> impl Strategy<Value = CourseLoad> {
    (any_hours(60), any_hours(60)).prop_map(move |(hours_per_week, replaces)| CourseLoad {
        group: group(n),
        hours_per_week,
        replaces,
    })
}

fn any_query() -> impl Strategy<Value = LoadQuery> {
    (
        1i64..=11,
        any::<bool>(),
        any_hours(400),
        prop::collection::vec(any_course(2), 0..4),
        any_course(1),
    )
        .prop_map(|(g, six, home_hours, mut others, course)| {
            for (i, o) in others.iter_mut().enumerate() {
                o.group = group(10 + i as u128);
            }
            LoadQuery {
                grade: grade(g),
                week: if six { SixDay } else { FiveDay },
                home_hours: Some(home_hours),
                others,
                course,
            }
        })
}

proptest! {
    #[test]
    fn total_is_monotone_in_the_courses_hours(q in any_query(), extra in any_hours(40)) {
        let mut more = q.clone();
        more.course.hours_per_week = q.course.hours_per_week + extra;
        prop_assert!(weekly_load(&q).total <= weekly_load(&more).total);
    }

    #[test]
    fn the_summary_adds_up(q in any_query()) {
        let s = weekly_load(&q);
        prop_assert!(s.replaced <= s.home);
        prop_assert!(s.total >= s.network);
        prop_assert_eq!(s.total, s.home - s.replaced + s.network);
        prop_assert_eq!(check_load(&q).is_ok(), s.limit.is_some_and(|l| s.total <= l));
    }
}

#[test]
fn a_load_without_the_home_hours_cannot_be_approved() {
    let q = LoadQuery {
        grade: Grade::new(8).unwrap(),
        week: FiveDay,
        home_hours: None,
        others: vec![],
        course: CourseLoad {
            group: GroupId(uuid::Uuid::nil()),
            hours_per_week: Hours::whole(2),
            replaces: Hours::ZERO,
        },
    };
    let e = check_load(&q).unwrap_err();
    assert_eq!(e.code(), "home_load_missing");
    assert!(
        e.message(Lang::Ru).contains("8 класса"),
        "{}",
        e.message(Lang::Ru)
    );
}
