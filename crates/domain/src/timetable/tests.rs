use proptest::prelude::*;

use super::*;
use crate::academic_year::AcademicYear;
use crate::calendar::tests::{d, lyceum, t};

fn calendar() -> Calendar {
    Calendar::new(AcademicYear::parse("2021/2022").unwrap(), lyceum()).unwrap()
}

fn slot(n: u128, weekday: SlotDay, start: (u32, u32), end: (u32, u32)) -> Slot {
    Slot {
        id: Uuid::from_u128(n),
        weekday,
        start: t(start.0, start.1),
        end: t(end.0, end.1),
        place: None,
    }
}

/// «Робототехника» at Лицей №24: Tuesdays and Thursdays after lessons.
fn robotics() -> Vec<Slot> {
    vec![
        slot(1, SlotDay::Tue, (14, 30), (15, 10)),
        slot(2, SlotDay::Thu, (14, 30), (15, 10)),
    ]
}

#[test]
fn sessions_follow_the_slots_on_the_providers_school_days() {
    let cal = calendar();
    let s = generate(&robotics(), d(2021, 9, 1), d(2022, 5, 31), Some(&cal));
    assert!(s.iter().all(|p| cal.is_school_day(p.date)));
    assert!(
        s.iter()
            .all(|p| matches!(p.date.weekday(), Weekday::Tue | Weekday::Thu))
    );
    assert_eq!(s[0].date, d(2021, 9, 2), "the first Thursday");
    // 4 November (Thursday) is a holiday; the autumn vacation week has no sessions.
    assert!(!s.iter().any(|p| p.date == d(2021, 11, 4)));
    assert!(
        !s.iter()
            .any(|p| (d(2021, 10, 25)..=d(2021, 11, 7)).contains(&p.date))
    );
    assert_eq!(s.last().map(|p| p.date), Some(d(2022, 5, 31)), "a Tuesday");
    // Without a calendar every Tuesday and Thursday counts.
    let all = generate(&robotics(), d(2021, 9, 1), d(2022, 5, 31), None);
    assert!(all.len() > s.len());
    assert_eq!(
        s.len(),
        65,
        "two a week over the lyceum's school weeks (counted by hand)"
    );
}

#[test]
fn slots_are_checked() {
    let cal = calendar();
    let mut slots = robotics();
    slots.push(slot(3, SlotDay::Tue, (15, 0), (15, 40)));
    slots.push(slot(4, SlotDay::Sat, (10, 0), (10, 40)));
    slots.push(slot(5, SlotDay::Mon, (10, 0), (9, 40)));
    slots.push(slot(1, SlotDay::Wed, (10, 0), (10, 40)));
    let p = check_slots(&slots, d(2021, 9, 1), d(2021, 8, 1), Some(&cal));
    assert!(p.contains(&SlotProblem::Dates));
    assert!(p.contains(&SlotProblem::Overlap(0, 2)));
    assert!(
        p.contains(&SlotProblem::NotATeachingDay(3)),
        "Saturday, 5-day week"
    );
    assert!(p.contains(&SlotProblem::Length(4)));
    assert!(p.contains(&SlotProblem::SameId(5)));
    assert!(check_slots(&robotics(), d(2021, 9, 1), d(2022, 5, 31), Some(&cal)).is_empty());
}

#[test]
fn new_slots_get_ids_and_known_ones_keep_theirs() {
    let mut slots = robotics();
    slots.push(slot(0, SlotDay::Fri, (14, 30), (15, 10)));
    let mut n = 100u128;
    identify_slots(&mut slots, || {
        n += 1;
        Uuid::from_u128(n)
    });
    let ids: Vec<u128> = slots.iter().map(|s| s.id.as_u128()).collect();
    assert_eq!(ids, vec![1, 2, 101]);
}

fn existing(p: &Planned, id: u128) -> Existing {
    Existing {
        id: Uuid::from_u128(id),
        origin: Some((p.slot, p.date)),
        start: p.start,
        end: p.end,
        place: p.place.clone(),
        manual: false,
        attended: false,
    }
}

#[test]
fn regeneration_keeps_what_happened_and_what_people_changed() {
    let cal = calendar();
    let first = generate(&robotics(), d(2021, 9, 1), d(2021, 9, 30), Some(&cal));
    assert_eq!(first.len(), 9);
    let mut stored: Vec<Existing> = first
        .iter()
        .enumerate()
        .map(|(i, p)| existing(p, i as u128))
        .collect();
    stored[0].attended = true; // Thursday 2 September happened
    stored[1].manual = true; // moved by hand
    stored.push(Existing {
        id: Uuid::from_u128(99),
        origin: None,
        start: t(9, 0),
        end: t(9, 40),
        place: None,
        manual: true,
        attended: false,
    }); // added by hand

    // Thursdays dropped, Tuesdays moved to 15:00.
    let mut slots = vec![robotics()[0].clone()];
    slots[0].start = t(15, 0);
    slots[0].end = t(15, 40);
    let plan = generate(&slots, d(2021, 9, 1), d(2021, 9, 30), Some(&cal));
    let r = regenerate(&stored, plan);
    // Thursday sessions go, but not the attended one; nothing is added twice.
    let thursdays: Vec<Uuid> = stored
        .iter()
        .zip(&first)
        .filter(|(e, p)| p.date.weekday() == Weekday::Thu && !e.attended && !e.manual)
        .map(|(e, _)| e.id)
        .collect();
    assert_eq!(r.delete, thursdays);
    assert!(r.add.is_empty(), "every Tuesday exists");
    // The Tuesdays follow the new time, except the one moved by hand.
    assert!(r.update.iter().all(|(_, p)| p.start == t(15, 0)));
    assert!(!r.update.iter().any(|(id, _)| *id == stored[1].id));
    assert_eq!(r.kept, 3, "attended, moved, added by hand");

    // Regenerating the same plan again changes nothing.
    let again = generate(&robotics(), d(2021, 9, 1), d(2021, 9, 30), Some(&cal));
    let stored_again: Vec<Existing> = again
        .iter()
        .enumerate()
        .map(|(i, p)| existing(p, i as u128))
        .collect();
    let r = regenerate(&stored_again, again);
    assert_eq!(
        (r.add.len(), r.delete.len(), r.update.len(), r.unchanged),
        (0, 0, 0, 9)
    );
}

#[test]
fn a_longer_period_adds_only_the_missing_sessions() {
    let cal = calendar();
    let sept = generate(&robotics(), d(2021, 9, 1), d(2021, 9, 30), Some(&cal));
    let stored: Vec<Existing> = sept
        .iter()
        .enumerate()
        .map(|(i, p)| existing(p, i as u128))
        .collect();
    let year = generate(&robotics(), d(2021, 9, 1), d(2022, 5, 31), Some(&cal));
    let r = regenerate(&stored, year.clone());
    assert_eq!(r.add.len(), year.len() - sept.len());
    assert!(r.add.iter().all(|p| p.date > d(2021, 9, 30)));
}

#[test]
fn hours_are_academic_hours_against_the_programme() {
    assert_eq!(academic_hours(t(14, 30), t(15, 10)), 1, "40 minutes");
    assert_eq!(academic_hours(t(14, 30), t(15, 15)), 1, "45 minutes");
    assert_eq!(academic_hours(t(14, 30), t(16, 0)), 2, "a double lesson");
    assert_eq!(academic_hours(t(14, 30), t(14, 50)), 1, "at least one");
    let cal = calendar();
    let s = generate(&robotics(), d(2021, 9, 1), d(2022, 5, 31), Some(&cal));
    let times: Vec<_> = s.iter().map(|p| (p.start, p.end)).collect();
    let h = hours_check(&times, 68);
    assert_eq!((h.sessions, h.planned_hours, h.difference), (65, 65, -3));
}

#[test]
fn weeks_start_on_monday() {
    assert_eq!(week_start(d(2021, 9, 1)), d(2021, 8, 30));
    assert_eq!(week_start(d(2021, 8, 30)), d(2021, 8, 30));
    assert_eq!(week_start(d(2021, 9, 5)), d(2021, 8, 30));
}

proptest! {
    /// Generated sessions are sorted, on slot weekdays, within the dates, one per slot
    /// and day; regenerating the same plan over them changes nothing.
    #[test]
    fn generation_is_orderly_and_idempotent(
        days in proptest::collection::btree_set(0usize..6, 1..4),
        first in 0i64..200, len in 0i64..200,
    ) {
        let all = [SlotDay::Mon, SlotDay::Tue, SlotDay::Wed, SlotDay::Thu, SlotDay::Fri, SlotDay::Sat];
        let slots: Vec<Slot> = days.iter().enumerate()
            .map(|(i, d)| slot(i as u128 + 1, all[*d], (15, 0), (15, 40))).collect();
        let from = d(2021, 9, 1) + Duration::days(first);
        let to = from + Duration::days(len);
        let cal = calendar();
        let s = generate(&slots, from, to, Some(&cal));
        prop_assert!(s.windows(2).all(|w| (w[0].date, w[0].start) <= (w[1].date, w[1].start)));
        prop_assert!(s.iter().all(|p| from <= p.date && p.date <= to && cal.is_school_day(p.date)));
        let keys: std::collections::HashSet<_> = s.iter().map(|p| (p.slot, p.date)).collect();
        prop_assert_eq!(keys.len(), s.len());
        let stored: Vec<Existing> = s.iter().enumerate().map(|(i, p)| existing(p, i as u128)).collect();
        let r = regenerate(&stored, s.clone());
        prop_assert!(r.add.is_empty() && r.delete.is_empty() && r.update.is_empty());
    }
}
