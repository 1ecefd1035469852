use proptest::prelude::*;

use super::compare::{Entry, compare};
use super::*;
use crate::ids::OrganizationId;

pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub(crate) fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn year() -> AcademicYear {
    AcademicYear::parse("2021/2022").unwrap()
}

pub(crate) fn lessons(first: (u32, u32), length: u32, brk: u32, n: u8) -> Vec<Lesson> {
    let mut out = Vec::new();
    let mut start = t(first.0, first.1);
    for number in 1..=n {
        let end = start + chrono::Duration::minutes(i64::from(length));
        out.push(Lesson { number, start, end });
        start = end + chrono::Duration::minutes(i64::from(brk));
    }
    out
}

/// Лицей №24 2021/22: quarters, the usual vacations, lessons of 40 minutes from 8:30.
pub(crate) fn lyceum() -> CalendarContent {
    CalendarContent {
        week: WeekKind::FiveDay,
        terms: vec![
            term("1 четверть", d(2021, 9, 1), d(2021, 10, 24)),
            term("2 четверть", d(2021, 11, 8), d(2021, 12, 28)),
            term("3 четверть", d(2022, 1, 10), d(2022, 3, 20)),
            term("4 четверть", d(2022, 3, 30), d(2022, 5, 31)),
        ],
        holidays: vec![
            holiday("День народного единства", d(2021, 11, 4), d(2021, 11, 4)),
            holiday("Дополнительные каникулы", d(2022, 2, 14), d(2022, 2, 20)),
            holiday("Праздник Весны и Труда", d(2022, 5, 2), d(2022, 5, 3)),
        ],
        bell_schedules: vec![BellSchedule {
            name: "1 смена".into(),
            lessons: lessons((8, 30), 40, 10, 7),
        }],
    }
}

pub(crate) fn term(name: &str, from: NaiveDate, to: NaiveDate) -> Term {
    Term {
        name: name.into(),
        from,
        to,
    }
}

pub(crate) fn holiday(name: &str, from: NaiveDate, to: NaiveDate) -> Holiday {
    Holiday {
        name: name.into(),
        from,
        to,
    }
}

#[test]
fn a_school_day_is_in_a_term_on_a_teaching_weekday_and_not_a_holiday() {
    let c = Calendar::new(year(), lyceum()).unwrap();
    assert_eq!(c.day(d(2021, 9, 1)), DayKind::School, "Wednesday 1 Sept");
    assert_eq!(
        c.day(d(2021, 9, 4)),
        DayKind::DayOff,
        "Saturday, 5-day week"
    );
    assert_eq!(c.day(d(2021, 9, 5)), DayKind::DayOff, "Sunday");
    assert_eq!(
        c.day(d(2021, 10, 27)),
        DayKind::OutsideTerms,
        "autumn vacation"
    );
    assert_eq!(
        c.day(d(2021, 11, 4)),
        DayKind::Holiday("День народного единства".into())
    );
    assert_eq!(c.day(d(2022, 6, 15)), DayKind::OutsideTerms, "summer");
    let six = CalendarContent {
        week: WeekKind::SixDay,
        ..lyceum()
    };
    assert!(
        Calendar::new(year(), six)
            .unwrap()
            .is_school_day(d(2021, 9, 4))
    );
}

#[test]
fn terms_must_lie_in_the_year_in_order_without_overlap() {
    let mut c = lyceum();
    c.terms
        .push(term("5 четверть", d(2022, 5, 20), d(2022, 9, 10)));
    let problems = Calendar::new(year(), c).unwrap_err();
    assert!(
        problems.contains(&CalendarProblem::TermOutsideYear(4)),
        "{problems:?}"
    );
    assert!(
        problems.contains(&CalendarProblem::TermsOverlap(3, 4)),
        "{problems:?}"
    );

    let mut c = lyceum();
    c.terms[0].to = d(2021, 8, 30);
    assert!(
        Calendar::new(year(), c)
            .unwrap_err()
            .contains(&CalendarProblem::TermReversed(0))
    );
    let mut c = lyceum();
    c.terms.clear();
    assert_eq!(
        Calendar::new(year(), c).unwrap_err(),
        vec![CalendarProblem::NoTerms]
    );
    let mut c = lyceum();
    c.terms[1].name = "  ".into();
    assert_eq!(
        Calendar::new(year(), c).unwrap_err()[0].field(),
        "terms[1].name"
    );
}

#[test]
fn terms_and_holidays_are_kept_in_date_order() {
    let mut c = lyceum();
    c.terms.reverse();
    c.holidays.reverse();
    let cal = Calendar::new(year(), c).unwrap();
    assert_eq!(cal.content().terms[0].name, "1 четверть");
    assert_eq!(cal.content().holidays[0].name, "День народного единства");
}

#[test]
fn bell_schedules_are_checked() {
    let mut c = lyceum();
    c.bell_schedules[0].lessons[2].end = c.bell_schedules[0].lessons[2].start;
    assert!(
        Calendar::new(year(), c)
            .unwrap_err()
            .contains(&CalendarProblem::LessonReversed {
                schedule: 0,
                number: 3
            })
    );
    let mut c = lyceum();
    c.bell_schedules[0].lessons[3].start = t(9, 50);
    assert!(matches!(
        Calendar::new(year(), c).unwrap_err()[0],
        CalendarProblem::LessonsOverlap { number: 4, .. }
    ));
    let mut c = lyceum();
    c.bell_schedules[0].lessons[1].number = 1;
    assert!(matches!(
        Calendar::new(year(), c).unwrap_err()[0],
        CalendarProblem::LessonNumberTwice { number: 1, .. }
    ));
    let mut c = lyceum();
    c.bell_schedules.push(c.bell_schedules[0].clone());
    assert_eq!(
        Calendar::new(year(), c).unwrap_err(),
        vec![CalendarProblem::ScheduleNameTwice(1)]
    );
}

#[test]
fn lessons_of_a_named_schedule_or_the_first() {
    let mut c = lyceum();
    c.bell_schedules.push(BellSchedule {
        name: "2 смена".into(),
        lessons: lessons((13, 30), 40, 10, 6),
    });
    let cal = Calendar::new(year(), c).unwrap();
    assert_eq!(cal.lessons(None)[0].start, t(8, 30));
    assert_eq!(cal.lessons(Some("2 смена"))[0].start, t(13, 30));
    assert_eq!(cal.lessons(Some("нет такой"))[0].start, t(8, 30));
}

#[test]
fn next_years_calendar_keeps_days_and_months() {
    let cal = Calendar::new(year(), lyceum()).unwrap();
    let (next, content) = cal.for_next_year().unwrap();
    assert_eq!(next.to_string(), "2022/2023");
    assert_eq!(content.terms[0].from, d(2022, 9, 1));
    assert_eq!(content.holidays[0].from, d(2022, 11, 4));
    assert!(Calendar::new(next, content).is_ok(), "valid next year");
    // 29 February becomes the 28th.
    let leap = AcademicYear::parse("2023/2024").unwrap();
    let mut c = lyceum();
    for t in &mut c.terms {
        t.from = t.from.with_year(t.from.year() + 2).unwrap();
        t.to = t.to.with_year(t.to.year() + 2).unwrap();
    }
    c.holidays = vec![holiday("Високосный день", d(2024, 2, 29), d(2024, 2, 29))];
    let (_, moved) = Calendar::new(leap, c).unwrap().for_next_year().unwrap();
    assert_eq!(moved.holidays[0].from, d(2025, 2, 28));
}

#[test]
fn times_read_and_write_as_hours_and_minutes() {
    let l: Lesson = serde_json::from_str(r#"{"number":1,"start":"8:30","end":"09:10"}"#).unwrap();
    assert_eq!((l.start, l.end), (t(8, 30), t(9, 10)));
    assert_eq!(
        serde_json::to_string(&l).unwrap(),
        r#"{"number":1,"start":"08:30","end":"09:10"}"#
    );
    assert!(serde_json::from_str::<Lesson>(r#"{"number":1,"start":"25:00","end":"x"}"#).is_err());
}

fn org(n: u128) -> OrganizationId {
    OrganizationId(uuid::Uuid::from_u128(n))
}

#[test]
fn comparison_shows_days_terms_and_lessons_that_differ() {
    let a = Calendar::new(year(), lyceum()).unwrap();
    // СОШ №8: a 6-day week, its autumn vacation a week later, lessons from 8:00 of 45 min.
    let mut other = lyceum();
    other.week = WeekKind::SixDay;
    other.terms[0].to = d(2021, 10, 31);
    other.terms[1].from = d(2021, 11, 15);
    other.bell_schedules[0].lessons = lessons((8, 0), 45, 10, 6);
    let b = Calendar::new(year(), other).unwrap();
    let cmp = compare(
        year(),
        &[
            Entry {
                organization: org(1),
                calendar: &a,
            },
            Entry {
                organization: org(2),
                calendar: &b,
            },
        ],
    );
    // The week of 25–30 October: СОШ №8 teaches, the lyceum is on vacation (one range,
    // Monday to Saturday).
    let autumn = cmp
        .day_mismatches
        .iter()
        .find(|m| m.from == d(2021, 10, 25))
        .expect("the autumn week differs");
    assert_eq!(autumn.to, d(2021, 10, 30));
    assert_eq!(autumn.teaching, vec![org(2).as_uuid()]);
    assert_eq!(autumn.not_teaching[0].day, DayKind::OutsideTerms);
    // Every Saturday of term time is a mismatch too.
    assert!(
        cmp.day_mismatches
            .iter()
            .any(|m| m.from == d(2021, 9, 4) && m.to == d(2021, 9, 4))
    );
    // The lyceum teaches 8–14 November, СОШ №8 does not.
    assert!(
        cmp.day_mismatches
            .iter()
            .any(|m| m.from == d(2021, 11, 8) && m.teaching == vec![org(1).as_uuid()])
    );
    let positions: Vec<usize> = cmp.term_differences.iter().map(|t| t.position).collect();
    assert_eq!(positions, vec![1, 2], "terms 3 and 4 agree");
    let numbers: Vec<u8> = cmp.lesson_differences.iter().map(|l| l.number).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(cmp.lesson_differences[6].without, vec![org(2).as_uuid()]);
    assert!(
        cmp.school_days[1].days > cmp.school_days[0].days,
        "6-day week"
    );
}

#[test]
fn identical_calendars_compare_equal() {
    let a = Calendar::new(year(), lyceum()).unwrap();
    let b = a.clone();
    let e = |n, c| Entry {
        organization: org(n),
        calendar: c,
    };
    let cmp = compare(year(), &[e(1, &a), e(2, &b)]);
    assert!(cmp.day_mismatches.is_empty());
    assert!(cmp.term_differences.is_empty());
    assert!(cmp.lesson_differences.is_empty());
    assert_eq!(cmp.school_days[0].days, cmp.school_days[1].days);
    assert!(cmp.school_days[0].days > 150, "{:?}", cmp.school_days);
}

proptest! {
    /// Whatever the holidays, a school day is never a holiday, never outside the terms
    /// and never a Sunday.
    #[test]
    fn school_days_respect_terms_weekdays_and_holidays(
        starts in proptest::collection::vec(0i64..300, 0..8),
        lens in proptest::collection::vec(0i64..15, 8),
        six in any::<bool>(),
        probe in 0i64..365,
    ) {
        let base = d(2021, 9, 1);
        let mut c = lyceum();
        c.week = if six { WeekKind::SixDay } else { WeekKind::FiveDay };
        c.holidays = starts.iter().zip(&lens).map(|(s, l)| {
            let from = base + chrono::Duration::days(*s);
            holiday("Каникулы", from, from + chrono::Duration::days(*l))
        }).collect();
        let cal = Calendar::new(year(), c.clone()).unwrap();
        let day = base + chrono::Duration::days(probe);
        if cal.is_school_day(day) {
            prop_assert!(day.weekday() != Weekday::Sun);
            prop_assert!(six || day.weekday() != Weekday::Sat);
            prop_assert!(c.holidays.iter().all(|h| day < h.from || h.to < day));
            prop_assert!(c.terms.iter().any(|t| t.from <= day && day <= t.to));
        }
    }

    /// A calendar compared with itself never differs.
    #[test]
    fn a_calendar_agrees_with_itself(shift in 0i64..20) {
        let mut c = lyceum();
        c.terms[0].to = d(2021, 10, 10) + chrono::Duration::days(shift);
        let cal = Calendar::new(year(), c).unwrap();
        let e = |n| Entry { organization: org(n), calendar: &cal };
        let cmp = compare(year(), &[e(1), e(2), e(3)]);
        prop_assert!(cmp.day_mismatches.is_empty());
        prop_assert!(cmp.term_differences.is_empty());
    }
}
