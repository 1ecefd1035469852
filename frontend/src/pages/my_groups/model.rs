//! What «Мои группы» makes of the teacher's sessions: which registers are due, the week by
//! day, and the groups taught.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use uuid::Uuid;
use wire::group::{MySession, Place, SessionStatus};

use crate::hooks::I18n;

/// Where a session's register stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    Cancelled,
    Taken,
    /// Over (or under way is not enough: over) and not taken: take it now.
    Now,
    /// Not over yet.
    Later,
}

impl Due {
    pub fn of(s: &MySession) -> Due {
        if s.status == SessionStatus::Cancelled {
            Due::Cancelled
        } else if s.register_taken {
            Due::Taken
        } else if s.ended {
            Due::Now
        } else {
            Due::Later
        }
    }
}

/// The registers to take: sessions over, not cancelled, with students, not taken; the
/// oldest first.
pub fn due(list: &[MySession]) -> Vec<MySession> {
    let mut out: Vec<MySession> = list
        .iter()
        .filter(|s| Due::of(s) == Due::Now && s.students > 0)
        .cloned()
        .collect();
    out.sort_by_key(|s| (s.date, s.start));
    out
}

/// The sessions by day, in date order.
pub fn by_day(list: &[MySession]) -> Vec<(NaiveDate, Vec<MySession>)> {
    let mut days: BTreeMap<NaiveDate, Vec<MySession>> = BTreeMap::new();
    for s in list {
        days.entry(s.date).or_default().push(s.clone());
    }
    days.into_iter().collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct TaughtGroup {
    pub id: Uuid,
    pub name: String,
    pub programme: String,
    pub provider: String,
}

/// The groups met in the sessions, by name.
pub fn groups_of(a: &[MySession], b: &[MySession]) -> Vec<TaughtGroup> {
    let mut seen: BTreeMap<(String, Uuid), TaughtGroup> = BTreeMap::new();
    for s in a.iter().chain(b) {
        seen.entry((s.group_name.clone(), s.group_id))
            .or_insert_with(|| TaughtGroup {
                id: s.group_id,
                name: s.group_name.clone(),
                programme: s.programme_title.clone(),
                provider: s.provider_name.clone(),
            });
    }
    seen.into_values().collect()
}

/// The place in a few words: the room or resource name, or «Онлайн».
pub fn place(i18n: &I18n, p: &Place) -> String {
    match p {
        Place::Room { name, .. } | Place::Resource { name, .. } => name.clone(),
        Place::Online { .. } => i18n.t("place-online"),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveTime;

    use super::*;

    fn session(n: u128, day: u32, ended: bool, taken: bool, students: u32) -> MySession {
        MySession {
            session_id: Uuid::from_u128(n),
            group_id: Uuid::from_u128(n % 2),
            group_name: format!("Группа {}", n % 2),
            programme_title: "Робототехника".into(),
            provider_name: "Лицей № 24".into(),
            date: NaiveDate::from_ymd_opt(2026, 12, day).unwrap_or_default(),
            start: NaiveTime::from_hms_opt(14, 30, 0).unwrap_or_default(),
            end: NaiveTime::from_hms_opt(15, 10, 0).unwrap_or_default(),
            place: Place::Online {
                url: "https://example.org".into(),
            },
            status: SessionStatus::Planned,
            students,
            register_taken: taken,
            ended,
        }
    }

    #[test]
    fn only_sessions_over_with_pupils_and_untaken_are_due_oldest_first() {
        let mut cancelled = session(5, 1, true, false, 3);
        cancelled.status = SessionStatus::Cancelled;
        let list = vec![
            session(1, 4, true, false, 3),
            session(2, 2, true, false, 3),
            session(3, 3, true, true, 3),
            session(4, 7, false, false, 3),
            session(6, 1, true, false, 0),
            cancelled,
        ];
        let ids: Vec<u128> = due(&list).iter().map(|s| s.session_id.as_u128()).collect();
        assert_eq!(ids, vec![2, 1]);
    }

    #[test]
    fn the_week_is_grouped_by_day_and_groups_are_listed_once() {
        let list = vec![
            session(1, 8, false, false, 1),
            session(2, 7, false, false, 1),
            session(3, 8, false, false, 1),
        ];
        let days = by_day(&list);
        assert_eq!(days.len(), 2);
        assert_eq!(days[0].1.len(), 1);
        assert_eq!(days[1].1.len(), 2);
        assert_eq!(groups_of(&list, &list).len(), 2);
    }
}
