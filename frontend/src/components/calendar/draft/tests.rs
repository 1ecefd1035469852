//! The calendar form ↔ `CalendarContent`, the fill helper and the typical year.

use super::*;

fn year() -> AcademicYear {
    AcademicYear::parse("2021/2022").unwrap_or_else(|e| panic!("{e}"))
}

fn ids(key: &str) -> String {
    key.to_owned()
}

#[test]
fn the_fill_helper_spaces_lessons_by_their_breaks() {
    let l = fill("8:30", "45", "10", "3").unwrap_or_else(|e| panic!("{e:?}"));
    let times: Vec<(String, String, String)> =
        l.into_iter().map(|l| (l.number, l.start, l.end)).collect();
    assert_eq!(
        times,
        [
            ("1".into(), "08:30".into(), "09:15".into()),
            ("2".into(), "09:25".into(), "10:10".into()),
            ("3".into(), "10:20".into(), "11:05".into()),
        ]
    );
    assert_eq!(
        fill("", "сорок", "10", "0"),
        Err(vec!["first", "length", "count"])
    );
    assert_eq!(fill("22:00", "45", "10", "4"), Err(vec!["count"]));
    assert!(fill("22:00", "45", "10", "2").is_ok());
}

#[test]
fn the_typical_year_is_a_valid_calendar() {
    let d = typical(year(), ids);
    assert_eq!(d.terms.len(), 4);
    assert_eq!(d.terms[0].from, "2021-09-01");
    assert_eq!(d.terms[3].to, "2022-05-26");
    assert_eq!(d.terms[2].name, "cal-typical-term-3");
    assert_eq!(d.schedules[0].lessons.len(), 7);
    let content = d.input().unwrap_or_else(|e| panic!("{e:?}"));
    assert!(Calendar::new(year(), content).is_ok());
    // Four quarters of a five-day week, minus the public holidays on weekdays.
    let days = d.school_days(year()).unwrap_or(0);
    assert!((160..=175).contains(&days), "{days} school days");
}

#[test]
fn a_six_day_week_has_more_school_days() {
    let mut d = typical(year(), ids);
    let five = d.school_days(year()).unwrap_or(0);
    d.week = WeekKind::SixDay;
    assert!(d.school_days(year()).unwrap_or(0) > five + 25);
}

#[test]
fn what_cannot_be_sent_is_named_by_its_path() {
    let mut d = typical(year(), ids);
    d.terms[1].to = String::new();
    d.holidays[0].name = "  ".into();
    d.schedules[0].lessons[2].start = "25:00".into();
    d.schedules[0].lessons[4].number = "0".into();
    assert_eq!(
        d.input(),
        Err(vec![
            "terms[1].to".to_owned(),
            "holidays[0].name".into(),
            "bell_schedules[0].lessons[2].start".into(),
            "bell_schedules[0].lessons[4].number".into(),
        ])
    );
    assert_eq!(d.school_days(year()), None);
}

#[test]
fn rows_are_sorted_as_the_server_sorts_them() {
    let mut d = typical(year(), ids);
    d.terms.swap(0, 3);
    d.holidays.reverse();
    let s = d.sorted();
    assert_eq!(s.terms[0].name, "cal-typical-term-1");
    assert_eq!(s.holidays[0].name, "cal-typical-autumn");
    assert_eq!(s, typical(year(), ids));
}

#[test]
fn a_calendar_round_trips_through_the_form() {
    let content = typical(year(), ids)
        .input()
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        CalDraft::from_content(&content).input(),
        Ok(content.clone())
    );
    assert_eq!(content.bell_schedules[0].lessons[0].number, 1);
    assert_eq!(CalDraft::empty().input().map(|c| c.terms.len()), Ok(0));
}

#[test]
fn an_invalid_calendar_has_no_day_count() {
    let mut d = typical(year(), ids);
    // The second term starts inside the first.
    d.terms[1].from = "2021-10-01".into();
    assert_eq!(d.school_days(year()), None);
}

#[test]
fn school_days_of_a_term_and_breaks() {
    let content = typical(year(), ids)
        .input()
        .unwrap_or_else(|e| panic!("{e:?}"));
    let cal = Calendar::new(year(), content.clone()).unwrap_or_else(|e| panic!("{e:?}"));
    let t = &content.terms[0];
    // 1 September – 27 October 2021: eight weeks and three days, Monday to Friday.
    assert_eq!(school_days_between(&cal, t.from, t.to), 41);
    let l = &content.bell_schedules[0].lessons;
    assert_eq!(break_minutes(l[0].end, l[1].start), 10);
}
