//! The group form ↔ `GroupInput`, on seed 000's «Робототехника» group.

use chrono::{TimeZone, Utc};
use wire::group::{GroupTeacher, HoursCheck};

use super::*;

const LYCEUM: Uuid = Uuid::from_u128(24);
const SOSH: Uuid = Uuid::from_u128(25);
const TEACHER: Uuid = Uuid::from_u128(301);

fn robotics() -> GroupDraft {
    let mut d = GroupDraft {
        programme_id: Uuid::from_u128(7).to_string(),
        academic_year: "2021/2022".into(),
        provider_id: LYCEUM.to_string(),
        name: " Робототехника, 7 класс ".into(),
        capacity: "15".into(),
        place: PlaceDraft {
            kind: PlaceKind::Room,
            organization_id: LYCEUM.to_string(),
            name: "каб. 214".into(),
            url: String::new(),
        },
        first_date: "2021-09-01".into(),
        last_date: "2022-05-31".into(),
        participant_ids: vec![SOSH],
        ..GroupDraft::default()
    };
    d.teachers.push(TeacherChoice {
        staff_id: TEACHER,
        name: "Мельников Дмитрий Сергеевич".into(),
        organization_id: LYCEUM,
    });
    d.add_slot();
    d.slots[0].weekday = "tue".into();
    d.slots[0].start = "14:30".into();
    d.slots[0].end = "15:10".into();
    d.add_slot();
    d
}

#[test]
fn a_filled_form_becomes_the_input() {
    let input = robotics().input().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(input.name, "Робототехника, 7 класс");
    assert_eq!(input.academic_year, "2021/2022");
    assert_eq!(input.capacity, 15);
    assert_eq!(input.teacher_ids, [TEACHER]);
    assert_eq!(
        input.place,
        Place::Room {
            organization_id: LYCEUM,
            name: "каб. 214".into()
        }
    );
    // The second row repeats the first one's time two days later.
    assert_eq!(input.slots.len(), 2);
    assert_eq!(input.slots[1].weekday, SlotDay::Thu);
    assert_eq!(input.slots[1].start, input.slots[0].start);
    assert!(
        input
            .slots
            .iter()
            .all(|s| s.id.is_nil() && s.place.is_none())
    );
    assert_eq!(input.external_id, None);
}

#[test]
fn what_cannot_be_sent_is_named_by_its_path() {
    let mut d = robotics();
    d.capacity = "пятнадцать".into();
    d.academic_year = "2021/2023".into();
    d.slots[1].end = String::new();
    d.slots[0].other_place = true;
    d.slots[0].place = PlaceDraft {
        kind: PlaceKind::Resource,
        ..PlaceDraft::default()
    };
    d.place.kind = PlaceKind::Online;
    assert_eq!(
        d.input(),
        Err(vec![
            "academic_year".to_owned(),
            "capacity".into(),
            "place.url".into(),
            "slots[0].place.organization_id".into(),
            "slots[0].place.name".into(),
            "slots[1].end".into(),
        ])
    );
}

#[test]
fn a_slot_elsewhere_and_online_lessons() {
    let mut d = robotics();
    d.slots[1].other_place = true;
    d.slots[1].place = PlaceDraft {
        kind: PlaceKind::Resource,
        organization_id: SOSH.to_string(),
        name: "Точка роста".into(),
        url: String::new(),
    };
    d.place = PlaceDraft {
        kind: PlaceKind::Online,
        url: " https://sferum.ru/?call=robot ".into(),
        ..PlaceDraft::default()
    };
    let input = d.input().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        input.place,
        Place::Online {
            url: "https://sferum.ru/?call=robot".into()
        }
    );
    assert_eq!(
        input.slots[1].place,
        Some(Place::Resource {
            organization_id: SOSH,
            name: "Точка роста".into()
        })
    );
}

#[test]
fn a_group_round_trips_through_the_form_keeping_slot_ids() {
    let mut input = robotics().input().unwrap_or_else(|e| panic!("{e:?}"));
    input.slots[0].id = Uuid::from_u128(900);
    input.slots[1].id = Uuid::from_u128(901);
    let g = Group {
        id: Uuid::from_u128(5),
        network_id: Uuid::from_u128(1),
        input: input.clone(),
        programme_title: "Технология — Робототехника".into(),
        teachers: vec![GroupTeacher {
            staff_id: TEACHER,
            name: "Мельников Д. С.".into(),
            organization_id: LYCEUM,
        }],
        hours: HoursCheck {
            sessions: 0,
            planned_hours: 0,
            programme_hours: 34,
            difference: -34,
        },
        version: 2,
        updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
    };
    let mut d = GroupDraft::from_group(&g);
    assert_eq!(d.teachers[0].name, "Мельников Д. С.");
    assert_eq!(d.input(), Ok(input.clone()));
    // A new row goes with the nil id; the old ones keep theirs.
    d.add_slot();
    d.slots[2].weekday = "sat".into();
    let next = d.input().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        next.slots.iter().map(|s| s.id).collect::<Vec<_>>(),
        [Uuid::from_u128(900), Uuid::from_u128(901), Uuid::nil()]
    );
}

#[test]
fn participants_are_a_set() {
    let mut d = robotics();
    d.toggle_participant(LYCEUM, true);
    d.toggle_participant(SOSH, false);
    d.toggle_participant(LYCEUM, true);
    assert_eq!(d.participant_ids, [LYCEUM]);
}

#[test]
fn a_year_suggests_september_to_may() {
    let y = AcademicYear::parse("2021/2022").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        default_dates(y),
        ("2021-09-01".to_owned(), "2022-05-31".to_owned())
    );
}
