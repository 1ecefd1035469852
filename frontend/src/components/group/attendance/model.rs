//! What the attendance table computes on its own: which sessions are overdue for a
//! register, the column headers, and the share of absences in the user's language.

use chrono::{NaiveDate, NaiveTime};
use domain::attendance::Tally;
use wire::attendance::AttendanceSession;
use wire::error::Lang;

/// A session that has started and still has no register (cancelled ones never get one).
pub fn overdue(s: &AttendanceSession, today: NaiveDate, now: NaiveTime) -> bool {
    !s.cancelled && !s.taken && (s.date < today || (s.date == today && s.start <= now))
}

/// `07.09`.
pub fn column_date(d: NaiveDate) -> String {
    d.format("%d.%m").to_string()
}

/// «12,5 %» of the marked sessions missed; a dash without marks.
pub fn absence_share(t: &Tally, lang: Lang) -> String {
    if t.marked() == 0 {
        return "—".to_owned();
    }
    let tenths = t.absence_share_tenths();
    let (whole, tenth) = (tenths / 10, tenths % 10);
    match (tenth, lang) {
        (0, _) => format!("{whole} %"),
        (_, Lang::Ru) => format!("{whole},{tenth} %"),
        (_, Lang::En) => format!("{whole}.{tenth} %"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uuid::Uuid;

    fn session(d: u32, taken: bool, cancelled: bool) -> AttendanceSession {
        AttendanceSession {
            session_id: Uuid::from_u128(u128::from(d)),
            date: NaiveDate::from_ymd_opt(2026, 10, d).unwrap_or_default(),
            start: NaiveTime::from_hms_opt(14, 30, 0).unwrap_or_default(),
            cancelled,
            taken,
        }
    }

    #[test]
    fn only_started_sessions_without_a_register_are_overdue() {
        let today = NaiveDate::from_ymd_opt(2026, 10, 14).unwrap_or_default();
        let noon = NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default();
        let evening = NaiveTime::from_hms_opt(18, 0, 0).unwrap_or_default();
        assert!(overdue(&session(7, false, false), today, noon));
        assert!(!overdue(&session(7, true, false), today, noon));
        assert!(!overdue(&session(7, false, true), today, noon));
        assert!(!overdue(&session(14, false, false), today, noon));
        assert!(overdue(&session(14, false, false), today, evening));
        assert!(!overdue(&session(21, false, false), today, evening));
        assert_eq!(column_date(session(7, false, false).date), "07.10");
    }

    #[test]
    fn the_share_is_of_marked_sessions() {
        let mut t = Tally::default();
        assert_eq!(absence_share(&t, Lang::Ru), "—");
        t.present = 7;
        t.absent_excused = 1;
        assert_eq!(absence_share(&t, Lang::Ru), "12,5 %");
        assert_eq!(absence_share(&t, Lang::En), "12.5 %");
        t.present = 9;
        t.late = 0;
        assert_eq!(absence_share(&t, Lang::Ru), "10 %");
    }
}
