//! Conflicts in words, in Russian or English.

use domain::calendar::DayKind;
use domain::timetable::conflicts::{Conflict, ConflictKind, Reason};
use uuid::Uuid;
use wire::error::Lang;

use super::Loaded;

fn group_name(l: &Loaded, session: Option<Uuid>) -> String {
    session
        .and_then(|id| l.sessions.iter().find(|s| s.id == id))
        .and_then(|s| l.groups.iter().find(|g| g.id == s.group_id))
        .map(|g| g.name.clone())
        .unwrap_or_default()
}

fn staff_name(l: &Loaded, id: Option<Uuid>) -> String {
    id.and_then(|i| l.staff.get(&i))
        .map(store::staff::short_name)
        .unwrap_or_default()
}

fn org_name(l: &Loaded, id: Option<Uuid>) -> String {
    id.and_then(|i| l.names.get(&i))
        .cloned()
        .unwrap_or_default()
}

fn day_text(day: &DayKind, lang: Lang) -> String {
    match (day, lang) {
        (DayKind::Holiday(name), Lang::Ru) => format!("праздник или каникулы («{name}»)"),
        (DayKind::Holiday(name), Lang::En) => format!("a holiday (“{name}”)"),
        (DayKind::DayOff, Lang::Ru) => "выходной день".into(),
        (DayKind::DayOff, Lang::En) => "a day off".into(),
        (DayKind::OutsideTerms, Lang::Ru) => "день вне учебных четвертей".into(),
        (DayKind::OutsideTerms, Lang::En) => "a day outside the terms".into(),
        (DayKind::School, Lang::Ru) => "учебный день".into(),
        (DayKind::School, Lang::En) => "a school day".into(),
    }
}

/// One sentence naming both sides and the reason.
pub fn message(c: &Conflict, l: &Loaded, lang: Lang) -> String {
    let date = c.date.format("%d.%m.%Y").to_string();
    let this = group_name(l, Some(c.session_id));
    let other = group_name(l, c.other_session_id);
    let teacher = staff_name(l, c.staff_id);
    let org = org_name(l, c.organization_id);
    let ru = lang == Lang::Ru;
    match (&c.kind, &c.reason) {
        (ConflictKind::TeacherDoubleBooked, Reason::Overlap { from, to }) => {
            let (f, t) = (from.format("%H:%M"), to.format("%H:%M"));
            if ru {
                format!("{teacher} ведёт одновременно «{other}» и «{this}»: {date}, {f}–{t}")
            } else {
                format!("{teacher} teaches “{other}” and “{this}” at once: {date}, {f}–{t}")
            }
        }
        (ConflictKind::PlaceDoubleBooked, Reason::Place { name }) => {
            if ru {
                format!("{name} ({org}) занят(а) двумя группами: «{other}» и «{this}», {date}")
            } else {
                format!("{name} ({org}) is booked by two groups: “{other}” and “{this}”, {date}")
            }
        }
        (ConflictKind::NotASchoolDay, Reason::Day { day }) => {
            let what = day_text(day, lang);
            if ru {
                format!("«{this}» {date}: у {org} это {what}")
            } else {
                format!("“{this}” on {date}: for {org} it is {what}")
            }
        }
        (ConflictKind::CutsIntoLesson, Reason::Lesson { number, start, end }) => {
            let (s, e) = (start.format("%H:%M"), end.format("%H:%M"));
            if ru {
                format!("«{this}» {date} пересекает {number}-й урок {org} ({s}–{e})")
            } else {
                format!("“{this}” on {date} cuts into lesson {number} of {org} ({s}–{e})")
            }
        }
        (ConflictKind::StudentDoubleBooked, Reason::Overlap { from, to }) => {
            let (f, t) = (from.format("%H:%M"), to.format("%H:%M"));
            if ru {
                format!(
                    "Один и тот же обучающийся записан в «{other}» и «{this}», которые идут одновременно: {date}, {f}–{t}"
                )
            } else {
                format!(
                    "A student is enrolled in both “{other}” and “{this}”, which meet at the same time: {date}, {f}–{t}"
                )
            }
        }
        (
            ConflictKind::TravelTooShort,
            Reason::Travel {
                gap_minutes,
                needed_minutes,
            },
        ) => {
            if ru {
                format!(
                    "{teacher}: между «{other}» и «{this}» {date} {gap_minutes} мин на переезд в {org}, нужно не меньше {needed_minutes}"
                )
            } else {
                format!(
                    "{teacher}: {gap_minutes} min to get from “{other}” to “{this}” at {org} on {date}; {needed_minutes} needed"
                )
            }
        }
        _ => {
            if ru {
                format!("Конфликт в расписании: «{this}», {date}")
            } else {
                format!("Timetable conflict: “{this}”, {date}")
            }
        }
    }
}
