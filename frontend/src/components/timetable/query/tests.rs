//! The week view's query and filter choices.

use chrono::{TimeZone, Utc};
use wire::group::{GroupInput, GroupTeacher, HoursCheck, Slot, SlotDay};

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
}

const LYCEUM: Uuid = Uuid::from_u128(24);

fn group(n: u128, teachers: &[(u128, &str)], place: Place, slot_place: Option<Place>) -> Group {
    let t = chrono::NaiveTime::from_hms_opt(14, 30, 0).unwrap_or_default();
    Group {
        id: Uuid::from_u128(n),
        network_id: Uuid::nil(),
        input: GroupInput {
            programme_id: Uuid::nil(),
            academic_year: "2021/2022".into(),
            provider_id: LYCEUM,
            name: format!("Группа {n}"),
            teacher_ids: teachers
                .iter()
                .map(|(id, _)| Uuid::from_u128(*id))
                .collect(),
            capacity: 15,
            place,
            slots: vec![Slot {
                id: Uuid::nil(),
                weekday: SlotDay::Tue,
                start: t,
                end: t,
                place: slot_place,
            }],
            first_date: d(2021, 9, 1),
            last_date: d(2022, 5, 31),
            participant_ids: Vec::new(),
            external_id: None,
        },
        programme_title: String::new(),
        teachers: teachers
            .iter()
            .map(|(id, name)| GroupTeacher {
                staff_id: Uuid::from_u128(*id),
                name: (*name).into(),
                organization_id: LYCEUM,
            })
            .collect(),
        hours: HoursCheck {
            sessions: 0,
            planned_hours: 0,
            programme_hours: 0,
            difference: 0,
        },
        version: 1,
        updated_at: Utc.timestamp_opt(0, 0).single().unwrap_or_default(),
    }
}

fn room(name: &str) -> Place {
    Place::Room {
        organization_id: LYCEUM,
        name: name.into(),
    }
}

#[test]
fn only_the_chosen_views_filter_goes_to_the_api() {
    let q = WeekQuery {
        week: Some("2021-09-15".into()),
        by: Some("teacher".into()),
        group_id: Some(Uuid::from_u128(1)),
        staff_id: Some(Uuid::from_u128(2)),
        gap: Some(20),
        ..WeekQuery::default()
    };
    let api = q.to_api(d(2021, 9, 13));
    assert_eq!(
        (api.from, api.to),
        (Some(d(2021, 9, 13)), Some(d(2021, 9, 19)))
    );
    assert_eq!(api.staff_id, Some(Uuid::from_u128(2)));
    assert_eq!(api.group_id, None);
    assert_eq!(api.travel_gap_minutes, Some(20));
    let place = WeekQuery {
        by: Some("place".into()),
        organization_id: Some(LYCEUM),
        place: Some("каб. 214".into()),
        ..WeekQuery::default()
    }
    .to_api(d(2021, 9, 13));
    assert_eq!(
        (place.organization_id, place.place.as_deref()),
        (Some(LYCEUM), Some("каб. 214"))
    );
    assert_eq!(WeekQuery::default().to_api(d(2021, 9, 13)).group_id, None);
}

#[test]
fn changing_the_view_drops_the_other_filters_and_keeps_the_week() {
    let q = WeekQuery {
        week: Some("2021-09-13".into()),
        by: Some("group".into()),
        group_id: Some(Uuid::from_u128(1)),
        gap: Some(15),
        ..WeekQuery::default()
    };
    let t = q.with_by(By::Teacher);
    assert_eq!(t.by.as_deref(), Some("teacher"));
    assert_eq!(
        (t.group_id, t.gap, t.week.as_deref()),
        (None, Some(15), Some("2021-09-13"))
    );
    assert_eq!(q.with_by(By::All).by, None);
    assert_eq!(
        q.at_week(d(2021, 9, 20)).week.as_deref(),
        Some("2021-09-20")
    );
    assert_eq!(q.at_week(d(2021, 9, 20)).group_id, q.group_id);
    assert_eq!(By::parse(Some("place")), By::Place);
    assert_eq!(By::parse(Some("nonsense")), By::All);
    let url = serde_urlencoded::to_string(&t).unwrap_or_default();
    assert_eq!(url, "week=2021-09-13&by=teacher&gap=15");
}

#[test]
fn short_names() {
    assert_eq!(short_name("Мельников Дмитрий Сергеевич"), "Мельников Д. С.");
    assert_eq!(short_name("Агафонова Дарья"), "Агафонова Д.");
    assert_eq!(short_name("Иванов"), "Иванов");
    assert_eq!(short_name("  "), "");
}

#[test]
fn filter_choices_come_from_the_groups() {
    let groups = [
        group(
            1,
            &[(7, "Мельников Д. С."), (8, "Агафонова Д. Е.")],
            room("каб. 214"),
            None,
        ),
        group(
            2,
            &[(7, "Мельников Д. С.")],
            room("Каб.  214"),
            Some(room("каб. 101")),
        ),
        group(3, &[], Place::Online { url: "x".into() }, None),
    ];
    let t = teachers(&groups);
    assert_eq!(
        t.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>(),
        ["Агафонова Д. Е.", "Мельников Д. С."]
    );
    let p = places(&groups);
    // «каб. 214» and «Каб.  214» are one room (case and spaces aside); online is no room.
    assert_eq!(
        p.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>(),
        ["каб. 101", "каб. 214"]
    );
    let v = place_value(LYCEUM, "каб. 214");
    assert_eq!(parse_place_value(&v), Some((LYCEUM, "каб. 214".to_owned())));
    assert_eq!(parse_place_value("no"), None);
}
