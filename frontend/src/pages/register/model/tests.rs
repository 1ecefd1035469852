//! Marking a register by keyboard and by «Все присутствуют».

use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use wire::attendance::RegisterLine;
use wire::student::TeachingStudent;

use super::*;

fn line(n: u128, mark: Option<Mark>) -> RegisterLine {
    RegisterLine {
        student: TeachingStudent {
            id: Uuid::from_u128(n),
            last_name: format!("Ученик {n}"),
            first_name: "Имя".into(),
            patronymic: None,
            grade: 7,
            class_letter: "А".into(),
            home_organization_id: Uuid::from_u128(99),
            home_organization_name: "СОШ № 25".into(),
        },
        mark,
    }
}

fn register(lines: Vec<RegisterLine>) -> Rc<Register> {
    Rc::new(Register {
        session_id: Uuid::from_u128(500),
        group_id: Uuid::from_u128(501),
        date: NaiveDate::from_ymd_opt(2026, 10, 14).unwrap_or_default(),
        start: NaiveTime::from_hms_opt(14, 30, 0).unwrap_or_default(),
        end: NaiveTime::from_hms_opt(15, 10, 0).unwrap_or_default(),
        taken: false,
        taken_at: None,
        taken_by_name: None,
        updated_at: None,
        updated_by_name: None,
        reason_required_after: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
        lines,
        version: 0,
    })
}

fn sheet(lines: Vec<RegisterLine>) -> Rc<Sheet> {
    Rc::new(Sheet::new(&register(lines)))
}

#[test]
fn keys_in_both_layouts() {
    assert_eq!(key_action("ArrowDown"), Some(Key::Move(1)));
    assert_eq!(key_action("k"), Some(Key::Move(-1)));
    assert_eq!(key_action("1"), Some(Key::Mark(Mark::Present)));
    assert_eq!(key_action("П"), Some(Key::Mark(Mark::Present)));
    assert_eq!(key_action("о"), Some(Key::Mark(Mark::Late)));
    assert_eq!(key_action("L"), Some(Key::Mark(Mark::Late)));
    assert_eq!(key_action("у"), Some(Key::Mark(Mark::AbsentExcused)));
    assert_eq!(key_action("e"), Some(Key::Mark(Mark::AbsentExcused)));
    assert_eq!(key_action("Н"), Some(Key::Mark(Mark::AbsentUnexcused)));
    assert_eq!(key_action("4"), Some(Key::Mark(Mark::AbsentUnexcused)));
    assert_eq!(key_action("Tab"), None);
    assert_eq!(key_action("5"), None);
    for m in Mark::ALL {
        assert_eq!(key_action(digit(m)), Some(Key::Mark(m)));
    }
}

#[test]
fn a_key_marks_the_row_and_moves_to_the_next() {
    let s = sheet(vec![line(1, None), line(2, None), line(3, None)]);
    assert_eq!((s.focus, s.marked(), s.complete()), (0, 0, false));
    let s = s.reduce(Edit::Key(Key::Mark(Mark::Late)));
    let s = s.reduce(Edit::Key(Key::Mark(Mark::Present)));
    assert_eq!(s.focus, 2);
    let s = s.reduce(Edit::Key(Key::Mark(Mark::AbsentExcused)));
    // The last row keeps the focus.
    assert_eq!(s.focus, 2);
    assert!(s.complete() && s.changed());
    assert_eq!(
        s.marks,
        [
            Some(Mark::Late),
            Some(Mark::Present),
            Some(Mark::AbsentExcused)
        ]
    );
    let s = s.reduce(Edit::Key(Key::Move(-1)));
    let s = s.reduce(Edit::Key(Key::Move(-1)));
    let s = s.reduce(Edit::Key(Key::Move(-1)));
    assert_eq!(s.focus, 0);
    assert_eq!(s.moved, 6);
}

#[test]
fn all_present_keeps_the_marks_given() {
    let s = sheet(vec![line(1, None), line(2, None), line(3, None)]);
    let s = s.reduce(Edit::Set(1, Mark::AbsentUnexcused));
    assert_eq!(s.focus, 1);
    let s = s.reduce(Edit::AllPresent);
    assert_eq!(
        s.marks,
        [
            Some(Mark::Present),
            Some(Mark::AbsentUnexcused),
            Some(Mark::Present)
        ]
    );
    let input = s.input(Some("болел".into()));
    assert_eq!(input.marks.len(), 3);
    assert_eq!(input.marks[1].student_id, Uuid::from_u128(2));
    assert_eq!(input.marks[1].mark, Mark::AbsentUnexcused);
    assert_eq!(input.reason.as_deref(), Some("болел"));
}

#[test]
fn a_saved_register_is_the_new_baseline() {
    let s = sheet(vec![line(1, Some(Mark::Present)), line(2, None)]);
    // The first row without a mark has the focus.
    assert_eq!(s.focus, 1);
    assert!(!s.changed());
    let s = s.reduce(Edit::Set(1, Mark::Late));
    assert!(s.changed());
    let s = s.reduce(Edit::Load(register(vec![
        line(1, Some(Mark::Present)),
        line(2, Some(Mark::Late)),
    ])));
    assert!(!s.changed() && s.complete());
    assert_eq!(s.focus, 1);
    let s = s.reduce(Edit::Focus(7));
    assert_eq!(s.focus, 1);
    let empty = sheet(Vec::new());
    assert!(empty.complete());
    let empty = empty.reduce(Edit::Key(Key::Mark(Mark::Present)));
    assert_eq!((empty.focus, empty.marked()), (0, 0));
}
