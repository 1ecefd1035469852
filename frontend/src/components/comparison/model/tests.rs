//! The comparison's arrangement on a Волжский-like shape.

use wire::calendar::{LessonDifference, LessonOf, SchoolDays, TermDifference};

use super::*;

fn d(m: u32, day: u32) -> NaiveDate {
    let y = if m >= 9 { 2021 } else { 2022 };
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

#[test]
fn ranges() {
    assert_eq!(short_range(d(10, 25), d(10, 30)), "25.10–30.10");
    assert_eq!(short_range(d(11, 4), d(11, 4)), "04.11");
}

#[test]
fn schools_grouped_by_why_they_do_not_teach() {
    let autumn = DayKind::Holiday("Осенние каникулы".into());
    let days = [
        DayOf {
            organization_id: id(1),
            day: autumn.clone(),
        },
        DayOf {
            organization_id: id(6),
            day: DayKind::DayOff,
        },
        DayOf {
            organization_id: id(9),
            day: autumn.clone(),
        },
    ];
    assert_eq!(
        by_reason(&days),
        [(autumn, vec![id(1), id(9)]), (DayKind::DayOff, vec![id(6)])]
    );
}

#[test]
fn numbered_names_are_written_once() {
    let names: Vec<String> = [
        "МОУ СОШ № 14",
        "МОУ Кадетская школа",
        "МОУ СОШ № 8",
        "Лицей №24",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    assert_eq!(
        compact_names(&names),
        "Лицей №24, МОУ Кадетская школа, МОУ СОШ № 8, 14"
    );
    assert_eq!(compact_names(&["МОУ СОШ № 8".into()]), "МОУ СОШ № 8");
    assert_eq!(compact_names(&[]), "");
    assert_eq!(compact_names(&["2021".into(), "2022".into()]), "2021, 2022");
}

#[test]
fn the_most_common_value_wins_and_ties_go_to_the_first() {
    assert_eq!(most_common(&[1, 2, 2, 3]), Some(2));
    assert_eq!(most_common(&[3, 1]), Some(3));
    assert_eq!(most_common::<i32>(&[]), None);
}

fn comparison() -> Comparison {
    let term = |o: u128, name: &str, from: NaiveDate, to: NaiveDate| TermOf {
        organization_id: id(o),
        name: name.into(),
        from,
        to,
    };
    let lesson = |o: u128, s: (u32, u32), e: (u32, u32)| LessonOf {
        organization_id: id(o),
        start: t(s.0, s.1),
        end: t(e.0, e.1),
    };
    Comparison {
        year: "2021/2022".into(),
        organizations: vec![id(1), id(8), id(14)],
        day_mismatches: Vec::new(),
        school_days: vec![SchoolDays {
            organization_id: id(1),
            days: 165,
        }],
        term_differences: vec![TermDifference {
            position: 1,
            terms: vec![
                term(1, "1 четверть", d(9, 1), d(10, 24)),
                term(8, "I четверть", d(9, 1), d(10, 29)),
                term(14, "1 четверть", d(9, 1), d(10, 29)),
            ],
            without: vec![],
        }],
        lesson_differences: vec![LessonDifference {
            number: 7,
            lessons: vec![lesson(1, (14, 5), (14, 50)), lesson(8, (14, 10), (14, 55))],
            without: vec![id(14)],
        }],
    }
}

#[test]
fn the_term_table_marks_the_school_that_differs() {
    let m = term_matrix(&comparison());
    assert_eq!(m.columns, [1]);
    let odd: Vec<(Uuid, bool)> = m.rows.iter().map(|(o, c)| (*o, c[0].odd)).collect();
    // Two schools end the first quarter on 29.10 (names aside): СОШ № 1 is the odd one.
    assert_eq!(odd, [(id(1), true), (id(8), false), (id(14), false)]);
}

#[test]
fn the_lesson_table_shows_missing_lessons_as_odd() {
    let m = lesson_matrix(&comparison());
    assert_eq!(m.columns, [7]);
    assert_eq!(m.rows.len(), 3);
    assert_eq!(
        m.rows[2].1[0],
        Cell {
            value: None,
            odd: true
        }
    );
    assert_eq!(m.rows[0].1[0].value, Some((t(14, 5), t(14, 50))));
    assert!(!m.rows[0].1[0].odd);
    assert!(m.rows[1].1[0].odd);
}

#[test]
fn no_lesson_differences_no_rows() {
    let mut c = comparison();
    c.lesson_differences.clear();
    let m = lesson_matrix(&c);
    assert!(m.rows.is_empty() && m.columns.is_empty());
}

#[test]
fn saturdays_of_six_day_schools_fold_into_one_row() {
    let split = |from: NaiveDate, to: NaiveDate| DayMismatch {
        from,
        to,
        teaching: vec![id(8)],
        not_teaching: vec![DayOf {
            organization_id: id(1),
            day: DayKind::DayOff,
        }],
    };
    let autumn = DayMismatch {
        from: d(10, 25),
        to: d(10, 30),
        teaching: vec![id(8)],
        not_teaching: vec![DayOf {
            organization_id: id(1),
            day: DayKind::Holiday("Осенние каникулы".into()),
        }],
    };
    // Saturdays 4, 11, 18 September and 2 October; 25 September another split.
    let mut other = split(d(9, 25), d(9, 25));
    other.teaching.push(id(14));
    let list = vec![
        split(d(9, 4), d(9, 4)),
        split(d(9, 11), d(9, 11)),
        split(d(9, 18), d(9, 18)),
        other.clone(),
        split(d(10, 2), d(10, 2)),
        autumn.clone(),
    ];
    let (weekly, rest) = fold_saturdays(&list);
    assert_eq!(weekly.len(), 1);
    assert_eq!(weekly[0].days, [d(9, 4), d(9, 11), d(9, 18), d(10, 2)]);
    assert_eq!(rest, [&other, &autumn]);
    // Two Saturdays are not a pattern.
    let (weekly, rest) = fold_saturdays(&list[..2]);
    assert!(weekly.is_empty());
    assert_eq!(rest.len(), 2);
}
