use proptest::prelude::*;

use super::*;
use crate::academic_year::AcademicYear;
use crate::calendar::tests::{d, lyceum, t};

const LYCEUM: OrganizationId = OrganizationId(Uuid::from_u128(24));
const SOSH25: OrganizationId = OrganizationId(Uuid::from_u128(25));
const IVANOVA: StaffId = StaffId(Uuid::from_u128(7));

fn room(org: OrganizationId, name: &str) -> Place {
    Place::Room {
        organization_id: org.as_uuid(),
        name: name.into(),
    }
}

fn session(n: u128, date: NaiveDate, start: (u32, u32), end: (u32, u32)) -> SessionFacts {
    SessionFacts {
        id: Uuid::from_u128(n),
        group: Uuid::from_u128(1000 + n),
        date,
        start: t(start.0, start.1),
        end: t(end.0, end.1),
        teachers: vec![IVANOVA],
        place: room(LYCEUM, &format!("каб. {n}")),
        schools: vec![],
        students: Vec::new(),
    }
}

fn calendars() -> HashMap<OrganizationId, Calendar> {
    let year = AcademicYear::parse("2021/2022").unwrap();
    HashMap::from([(LYCEUM, Calendar::new(year, lyceum()).unwrap())])
}

fn run(sessions: &[SessionFacts], gap: u32) -> Vec<Conflict> {
    find(Input {
        sessions,
        calendars: &calendars(),
        travel_gap_minutes: gap,
    })
}

fn kinds(c: &[Conflict]) -> Vec<ConflictKind> {
    c.iter().map(|c| c.kind).collect()
}

#[test]
fn a_teacher_in_two_places_at_once() {
    let tue = d(2021, 9, 7);
    let s = [
        session(1, tue, (14, 30), (15, 10)),
        session(2, tue, (15, 0), (15, 40)),
        session(3, tue, (15, 40), (16, 20)),
    ];
    let c = run(&s, 0);
    assert_eq!(kinds(&c), vec![ConflictKind::TeacherDoubleBooked]);
    assert_eq!(
        (c[0].session_id, c[0].other_session_id),
        (s[1].id, Some(s[0].id))
    );
    assert_eq!(c[0].staff_id, Some(IVANOVA.as_uuid()));
    assert_eq!(
        c[0].reason,
        Reason::Overlap {
            from: t(15, 0),
            to: t(15, 10)
        }
    );
    // Another day, or another teacher, is no conflict.
    let mut other = s[1].clone();
    other.date = d(2021, 9, 8);
    assert!(run(&[s[0].clone(), other], 0).is_empty());
}

#[test]
fn a_long_session_overlapping_several() {
    let tue = d(2021, 9, 7);
    let s = [
        session(1, tue, (9, 0), (12, 0)),
        session(2, tue, (9, 30), (10, 0)),
        session(3, tue, (11, 0), (11, 30)),
    ];
    let c = run(&s, 0);
    assert_eq!(c.len(), 2, "{c:?}");
    assert!(c.iter().all(|c| c.other_session_id == Some(s[0].id)));
}

#[test]
fn a_room_double_booked_by_two_groups() {
    let tue = d(2021, 9, 7);
    let mut a = session(1, tue, (14, 30), (15, 10));
    let mut b = session(2, tue, (14, 50), (15, 30));
    a.place = room(LYCEUM, "Кабинет  робототехники");
    b.place = room(LYCEUM, "кабинет робототехники");
    b.teachers = vec![StaffId(Uuid::from_u128(8))];
    let c = run(&[a.clone(), b.clone()], 0);
    assert_eq!(kinds(&c), vec![ConflictKind::PlaceDoubleBooked]);
    assert_eq!(c[0].organization_id, Some(LYCEUM.as_uuid()));
    // Online rooms are never double-booked; the same name at another school is another room.
    b.place = Place::Online {
        url: "https://meet.example/r".into(),
    };
    assert!(run(&[a.clone(), b.clone()], 0).is_empty());
    b.place = room(SOSH25, "Кабинет робототехники");
    assert!(run(&[a, b], 0).is_empty());
}

#[test]
fn a_session_on_a_holiday_of_a_school_whose_students_attend() {
    let mut s = session(1, d(2021, 11, 4), (14, 30), (15, 10));
    s.schools = vec![LYCEUM, SOSH25];
    let c = run(&[s.clone()], 0);
    // СОШ №25 has no calendar here, so only the lyceum's holiday counts.
    assert_eq!(kinds(&c), vec![ConflictKind::NotASchoolDay]);
    assert_eq!(c[0].organization_id, Some(LYCEUM.as_uuid()));
    assert_eq!(
        c[0].reason,
        Reason::Day {
            day: DayKind::Holiday("День народного единства".into())
        }
    );
    s.date = d(2021, 9, 4);
    assert_eq!(
        run(&[s], 0)[0].reason,
        Reason::Day {
            day: DayKind::DayOff
        },
        "a Saturday of a 5-day week"
    );
}

#[test]
fn a_session_that_cuts_into_a_lesson() {
    // The lyceum's lessons: 8:30–9:10, 9:20–10:00, … (40 min, 10 min breaks).
    let day = d(2021, 9, 7);
    let mut s = session(1, day, (9, 0), (9, 40));
    s.schools = vec![LYCEUM];
    let c = run(&[s.clone()], 0);
    assert_eq!(kinds(&c), vec![ConflictKind::CutsIntoLesson]);
    assert_eq!(
        c[0].reason,
        Reason::Lesson {
            number: 1,
            start: t(8, 30),
            end: t(9, 10)
        }
    );
    // Replacing whole lessons (the module is the students' «Технология») is fine, and so
    // is a session after the last lesson.
    s.start = t(9, 20);
    s.end = t(10, 50);
    assert!(run(&[s.clone()], 0).is_empty());
    s.start = t(15, 0);
    s.end = t(15, 40);
    assert!(run(&[s], 0).is_empty());
}

#[test]
fn back_to_back_at_different_schools_without_time_to_travel() {
    let tue = d(2021, 9, 7);
    let a = session(1, tue, (14, 30), (15, 10));
    let mut b = session(2, tue, (15, 20), (16, 0));
    b.place = room(SOSH25, "каб. 12");
    let c = run(&[a.clone(), b.clone()], 30);
    assert_eq!(kinds(&c), vec![ConflictKind::TravelTooShort]);
    assert_eq!(
        c[0].reason,
        Reason::Travel {
            gap_minutes: 10,
            needed_minutes: 30
        }
    );
    assert!(
        run(&[a.clone(), b.clone()], 10).is_empty(),
        "10 minutes are enough"
    );
    // The same school, or an online session, needs no travel.
    let mut same = b.clone();
    same.place = room(LYCEUM, "каб. 12");
    assert!(run(&[a.clone(), same], 30).is_empty());
    b.place = Place::Online {
        url: "https://meet.example/r".into(),
    };
    assert!(run(&[a, b], 30).is_empty());
}

#[test]
fn conflicts_come_in_order_of_day() {
    let mut s = vec![
        session(1, d(2021, 9, 9), (14, 30), (15, 10)),
        session(2, d(2021, 9, 9), (14, 30), (15, 10)),
        session(3, d(2021, 9, 7), (14, 30), (15, 10)),
        session(4, d(2021, 9, 7), (14, 30), (15, 10)),
    ];
    s.reverse();
    let c = run(&s, 0);
    let dates: Vec<NaiveDate> = c.iter().map(|c| c.date).collect();
    assert_eq!(dates, vec![d(2021, 9, 7), d(2021, 9, 9)]);
}

fn arb_sessions() -> impl Strategy<Value = Vec<SessionFacts>> {
    proptest::collection::vec(
        (0i64..5, 8u32..17, 0u32..4, 1u32..4, 0u128..3, 0u128..3),
        0..40,
    )
    .prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (day, h, quarter, len, teacher, org))| {
                let start = t(h, quarter * 15);
                let end = start + chrono::Duration::minutes(i64::from(len) * 20);
                SessionFacts {
                    id: Uuid::from_u128(i as u128 + 1),
                    group: Uuid::from_u128(i as u128 + 1000),
                    date: d(2021, 9, 6) + chrono::Duration::days(day),
                    start,
                    end,
                    teachers: vec![StaffId(Uuid::from_u128(teacher))],
                    place: room(OrganizationId(Uuid::from_u128(org)), "каб. 1"),
                    schools: vec![],
                    students: Vec::new(),
                }
            })
            .collect()
    })
}

proptest! {
    /// The sweep finds exactly the pairs a brute-force comparison finds.
    #[test]
    fn double_bookings_match_brute_force(s in arb_sessions()) {
        let found = run(&s, 0);
        let mut teacher_pairs: Vec<(Uuid, Uuid)> = found.iter()
            .filter(|c| c.kind == ConflictKind::TeacherDoubleBooked)
            .map(|c| { let o = c.other_session_id.unwrap(); (c.session_id.min(o), c.session_id.max(o)) })
            .collect();
        teacher_pairs.sort();
        let mut place_pairs: Vec<(Uuid, Uuid)> = found.iter()
            .filter(|c| c.kind == ConflictKind::PlaceDoubleBooked)
            .map(|c| { let o = c.other_session_id.unwrap(); (c.session_id.min(o), c.session_id.max(o)) })
            .collect();
        place_pairs.sort();
        let mut want_t = Vec::new();
        let mut want_p = Vec::new();
        for (i, a) in s.iter().enumerate() {
            for b in &s[i + 1..] {
                let overlap = a.date == b.date && a.start < b.end && b.start < a.end;
                if !overlap { continue; }
                let pair = (a.id.min(b.id), a.id.max(b.id));
                if a.teachers == b.teachers { want_t.push(pair); }
                if a.place == b.place { want_p.push(pair); }
            }
        }
        want_t.sort();
        want_p.sort();
        prop_assert_eq!(teacher_pairs, want_t);
        prop_assert_eq!(place_pairs, want_p);
    }

    /// A conflict always names sessions of the input, and never a session with itself.
    #[test]
    fn conflicts_name_real_pairs(s in arb_sessions(), gap in 0u32..60) {
        let ids: std::collections::HashSet<Uuid> = s.iter().map(|x| x.id).collect();
        for c in run(&s, gap) {
            prop_assert!(ids.contains(&c.session_id));
            if let Some(o) = c.other_session_id {
                prop_assert!(ids.contains(&o));
                prop_assert_ne!(o, c.session_id);
            }
        }
    }
}

#[test]
fn a_student_in_two_groups_at_once() {
    let tue = d(2021, 9, 7);
    let pupil = Uuid::from_u128(77);
    let other = StaffId(Uuid::from_u128(8));
    let mut a = session(1, tue, (14, 30), (15, 10));
    let mut b = session(2, tue, (14, 50), (15, 30));
    let mut c = session(3, tue, (15, 30), (16, 10));
    for (s, teacher) in [(&mut a, IVANOVA), (&mut b, other), (&mut c, other)] {
        s.teachers = vec![teacher];
        s.students = vec![pupil];
    }
    // Another teacher, another room: only the student meets herself.
    b.place = room(SOSH25, "каб. 5");
    c.place = room(SOSH25, "каб. 6");
    let found = run(&[a, b, c], 0);
    assert_eq!(kinds(&found), vec![ConflictKind::StudentDoubleBooked]);
    assert_eq!(found[0].student_id, Some(pupil));
    assert_eq!(
        found[0].reason,
        Reason::Overlap {
            from: t(14, 50),
            to: t(15, 10)
        }
    );
}
