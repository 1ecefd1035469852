//! A whole municipality's timetable checked at once: 50 schools, 200 groups, 6,000
//! sessions (30 per group, in one term), 120 teachers, each group attended by three
//! schools whose calendars and bell schedules are consulted. The goal is well under a
//! second; this measures it (`cargo bench -p domain` or `cargo xtask bench`).

use std::collections::HashMap;
use std::hint::black_box;

use chrono::{Duration, NaiveDate, NaiveTime};
use criterion::{Criterion, criterion_group, criterion_main};
use domain::calendar::{BellSchedule, Calendar, CalendarContent, Holiday, Lesson, Term, WeekKind};
use domain::timetable::conflicts::{Input, SessionFacts, find};
use domain::timetable::{Place, Slot, SlotDay, generate};
use domain::{AcademicYear, OrganizationId, StaffId};
use uuid::Uuid;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
}

/// School `n`: calendars differ a little from school to school (a vacation a week
/// later, lessons five minutes later, a 6-day week for every fourth).
fn calendar(year: AcademicYear, n: u32) -> Calendar {
    let shift = i64::from(n % 3) * 7;
    let lessons = (0..8)
        .map(|i| {
            let start = time(8, 0) + Duration::minutes(i64::from(i) * 50 + i64::from(n % 2) * 5);
            Lesson {
                number: i as u8 + 1,
                start,
                end: start + Duration::minutes(40),
            }
        })
        .collect();
    let content = CalendarContent {
        week: if n.is_multiple_of(4) {
            WeekKind::SixDay
        } else {
            WeekKind::FiveDay
        },
        terms: vec![
            Term {
                name: "1 полугодие".into(),
                from: day(2021, 9, 1),
                to: day(2021, 12, 28),
            },
            Term {
                name: "2 полугодие".into(),
                from: day(2022, 1, 10),
                to: day(2022, 5, 31),
            },
        ],
        holidays: vec![Holiday {
            name: "Осенние каникулы".into(),
            from: day(2021, 10, 25) + Duration::days(shift),
            to: day(2021, 10, 31) + Duration::days(shift),
        }],
        bell_schedules: vec![BellSchedule {
            name: "1 смена".into(),
            lessons,
        }],
    };
    Calendar::new(year, content).unwrap_or_else(|e| panic!("{e:?}"))
}

fn municipality() -> (Vec<SessionFacts>, HashMap<OrganizationId, Calendar>) {
    let year = AcademicYear::parse("2021/2022").unwrap_or_else(|e| panic!("{e}"));
    let org = |n: u32| OrganizationId(Uuid::from_u128(u128::from(n) + 1));
    let calendars: HashMap<OrganizationId, Calendar> =
        (0..50).map(|n| (org(n), calendar(year, n))).collect();
    let days = [
        SlotDay::Mon,
        SlotDay::Tue,
        SlotDay::Wed,
        SlotDay::Thu,
        SlotDay::Fri,
    ];
    let mut sessions = Vec::with_capacity(6_000);
    for g in 0..200u32 {
        let provider = org(g % 50);
        let slots = vec![
            Slot {
                id: Uuid::from_u128(u128::from(g) * 2 + 1),
                weekday: days[(g % 5) as usize],
                start: time(13, 0) + Duration::minutes(i64::from(g % 6) * 30),
                end: time(13, 40) + Duration::minutes(i64::from(g % 6) * 30),
                place: None,
            },
            Slot {
                id: Uuid::from_u128(u128::from(g) * 2 + 2),
                weekday: days[((g + 2) % 5) as usize],
                start: time(14, 0),
                end: time(14, 40),
                place: None,
            },
        ];
        let planned = generate(
            &slots,
            day(2021, 9, 1),
            day(2021, 12, 28),
            calendars.get(&provider),
        );
        for (i, p) in planned.into_iter().take(30).enumerate() {
            sessions.push(SessionFacts {
                id: Uuid::from_u128(u128::from(g) * 1_000 + i as u128),
                group: Uuid::from_u128(u128::from(g) + 10_000),
                date: p.date,
                start: p.start,
                end: p.end,
                teachers: vec![StaffId(Uuid::from_u128(u128::from(g % 120) + 20_000))],
                place: Place::Room {
                    organization_id: provider.as_uuid(),
                    name: format!("каб. {}", g % 7),
                },
                schools: vec![provider, org((g + 7) % 50), org((g + 19) % 50)],
                students: Vec::new(),
            });
        }
    }
    (sessions, calendars)
}

fn bench(c: &mut Criterion) {
    let (sessions, calendars) = municipality();
    assert_eq!(sessions.len(), 6_000, "the municipality's size");
    let input = Input {
        sessions: &sessions,
        calendars: &calendars,
        travel_gap_minutes: 20,
    };
    let found = find(input).len();
    eprintln!("conflicts in the municipality: {found}");
    c.bench_function("conflicts: 50 schools, 200 groups, 6000 sessions", |b| {
        b.iter(|| find(black_box(input)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
