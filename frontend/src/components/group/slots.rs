//! How a group's weekly slots read: «вт, чт 14:30–15:10», or «пн 9:00–9:45; ср 15:20–16:00»
//! when the times differ.

use chrono::NaiveTime;
use wire::group::{Slot, SlotDay};

pub const WEEKDAYS: [SlotDay; 6] = [
    SlotDay::Mon,
    SlotDay::Tue,
    SlotDay::Wed,
    SlotDay::Thu,
    SlotDay::Fri,
    SlotDay::Sat,
];

/// `14:30–15:10`.
pub fn time_range(start: NaiveTime, end: NaiveTime) -> String {
    format!("{}–{}", start.format("%H:%M"), end.format("%H:%M"))
}

/// The slots by time, the days of each time together, in weekday order; `day` names a
/// weekday («вт»).
pub fn summary(slots: &[Slot], day: impl Fn(SlotDay) -> String) -> String {
    let mut sorted: Vec<&Slot> = slots.iter().collect();
    sorted.sort_by_key(|s| (s.weekday, s.start, s.end));
    let mut times: Vec<((NaiveTime, NaiveTime), Vec<SlotDay>)> = Vec::new();
    for s in sorted {
        match times.iter_mut().find(|(t, _)| *t == (s.start, s.end)) {
            Some((_, days)) => {
                if !days.contains(&s.weekday) {
                    days.push(s.weekday);
                }
            }
            None => times.push(((s.start, s.end), vec![s.weekday])),
        }
    }
    times
        .into_iter()
        .map(|((start, end), days)| {
            let names: Vec<String> = days.into_iter().map(&day).collect();
            format!("{} {}", names.join(", "), time_range(start, end))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The wire name of a weekday (`tue`), for message ids and select values.
pub fn day_key(d: SlotDay) -> &'static str {
    match d {
        SlotDay::Mon => "mon",
        SlotDay::Tue => "tue",
        SlotDay::Wed => "wed",
        SlotDay::Thu => "thu",
        SlotDay::Fri => "fri",
        SlotDay::Sat => "sat",
    }
}

pub fn parse_day(key: &str) -> Option<SlotDay> {
    WEEKDAYS.into_iter().find(|d| day_key(*d) == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    fn slot(weekday: SlotDay, from: (u32, u32), to: (u32, u32)) -> Slot {
        Slot {
            id: Uuid::nil(),
            weekday,
            start: t(from.0, from.1),
            end: t(to.0, to.1),
            place: None,
        }
    }

    fn ru(d: SlotDay) -> String {
        ["пн", "вт", "ср", "чт", "пт", "сб"][WEEKDAYS.iter().position(|w| *w == d).unwrap_or(0)]
            .to_owned()
    }

    #[test]
    fn days_of_one_time_go_together() {
        let s = [
            slot(SlotDay::Thu, (14, 30), (15, 10)),
            slot(SlotDay::Tue, (14, 30), (15, 10)),
        ];
        assert_eq!(summary(&s, ru), "вт, чт 14:30–15:10");
    }

    #[test]
    fn different_times_are_listed_in_weekday_order() {
        let s = [
            slot(SlotDay::Wed, (15, 20), (16, 0)),
            slot(SlotDay::Mon, (9, 0), (9, 45)),
            slot(SlotDay::Fri, (15, 20), (16, 0)),
        ];
        assert_eq!(summary(&s, ru), "пн 09:00–09:45; ср, пт 15:20–16:00");
        assert_eq!(summary(&[], ru), "");
    }

    #[test]
    fn two_slots_on_one_day_name_it_once_per_time() {
        let s = [
            slot(SlotDay::Sat, (10, 0), (10, 45)),
            slot(SlotDay::Sat, (10, 55), (11, 40)),
        ];
        assert_eq!(summary(&s, ru), "сб 10:00–10:45; сб 10:55–11:40");
    }

    #[test]
    fn weekday_keys_round_trip() {
        for d in WEEKDAYS {
            assert_eq!(parse_day(day_key(d)), Some(d));
            assert_eq!(
                crate::i18n::enums::wire_name(&d),
                day_key(d),
                "the key is the wire name"
            );
        }
        assert_eq!(parse_day("sun"), None);
    }
}
