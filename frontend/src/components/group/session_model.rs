//! What a session's row says about it (planned, moved, added, cancelled) and the months
//! the session list is split into.

use chrono::{Datelike, NaiveDate};
use domain::calendar::hhmm;
use wire::group::{Place, Session, SessionInput, SessionStatus, Slot};

use super::draft::PlaceDraft;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// As the slots call for it.
    Planned,
    /// Another day or time than its slot's.
    Moved,
    /// Added by hand, not from a slot.
    Added,
    Cancelled,
}

impl Mark {
    pub fn key(self) -> &'static str {
        match self {
            Mark::Planned => "session-mark-planned",
            Mark::Moved => "session-mark-moved",
            Mark::Added => "session-mark-added",
            Mark::Cancelled => "session-mark-cancelled",
        }
    }

    pub fn color(self) -> &'static str {
        match self {
            Mark::Planned => "pf-m-green",
            Mark::Moved => "pf-m-orange",
            Mark::Added => "pf-m-blue",
            Mark::Cancelled => "pf-m-red",
        }
    }
}

/// A cancelled session is cancelled; one without a slot was added; one whose day or
/// time is not its slot's was moved (restoring a cancelled session does not make it so).
pub fn mark(s: &Session, slots: &[Slot]) -> Mark {
    if s.status == SessionStatus::Cancelled {
        return Mark::Cancelled;
    }
    let Some(slot_id) = s.slot_id else {
        return Mark::Added;
    };
    let day_moved = s.origin_date.is_some_and(|d| d != s.date);
    let time_moved = slots
        .iter()
        .find(|x| x.id == slot_id)
        .is_some_and(|x| (x.start, x.end) != (s.start, s.end));
    if day_moved || time_moved {
        Mark::Moved
    } else {
        Mark::Planned
    }
}

/// (year, month) of a day.
pub type Month = (i32, u32);

pub fn month_of(d: NaiveDate) -> Month {
    (d.year(), d.month())
}

/// The sessions by month, in order of day and time.
pub fn by_month(sessions: &[Session]) -> Vec<(Month, Vec<&Session>)> {
    let mut sorted: Vec<&Session> = sessions.iter().collect();
    sorted.sort_by_key(|s| (s.date, s.start, s.id));
    let mut out: Vec<(Month, Vec<&Session>)> = Vec::new();
    for s in sorted {
        let m = month_of(s.date);
        match out.last_mut() {
            Some((last, list)) if *last == m => list.push(s),
            _ => out.push((m, vec![s])),
        }
    }
    out
}

/// The month opened first: today's when it has sessions, else the next one that has,
/// else the last.
pub fn default_month(months: &[Month], today: NaiveDate) -> Option<Month> {
    let now = month_of(today);
    months
        .iter()
        .find(|m| **m >= now)
        .or(months.last())
        .copied()
}

/// The move/add form: date and times as the inputs give them, another place optional.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SessionDraft {
    pub date: String,
    pub start: String,
    pub end: String,
    pub other_place: bool,
    pub place: PlaceDraft,
}

/// Where a session of the slot takes place when nobody changed it.
pub fn usual_place(s: &Session, slots: &[Slot], group_place: &Place) -> Place {
    s.slot_id
        .and_then(|id| slots.iter().find(|x| x.id == id))
        .and_then(|x| x.place.clone())
        .unwrap_or_else(|| group_place.clone())
}

impl SessionDraft {
    /// A session to move: its day and times; its place when it is not the usual one.
    pub fn from_session(s: &Session, slots: &[Slot], group_place: &Place) -> Self {
        let other = s.place != usual_place(s, slots, group_place);
        SessionDraft {
            date: s.date.format("%Y-%m-%d").to_string(),
            start: s.start.format("%H:%M").to_string(),
            end: s.end.format("%H:%M").to_string(),
            other_place: other,
            place: PlaceDraft::from_place(if other { &s.place } else { group_place }),
        }
    }

    /// A new session on `day` at the group's first slot's time, in the group's place.
    pub fn new_on(day: NaiveDate, slots: &[Slot], group_place: &Place) -> Self {
        let first = slots.first();
        SessionDraft {
            date: day.format("%Y-%m-%d").to_string(),
            start: first
                .map(|s| s.start.format("%H:%M").to_string())
                .unwrap_or_default(),
            end: first
                .map(|s| s.end.format("%H:%M").to_string())
                .unwrap_or_default(),
            other_place: false,
            place: PlaceDraft::from_place(group_place),
        }
    }

    /// The request body, or the fields that cannot be sent (`date`, `start`, `end`,
    /// `place.name`, …).
    pub fn input(&self) -> Result<SessionInput, Vec<String>> {
        let date = NaiveDate::parse_from_str(self.date.trim(), "%Y-%m-%d").ok();
        let (start, end) = (hhmm::parse(&self.start), hhmm::parse(&self.end));
        let mut missing: Vec<String> = [
            (date.is_none(), "date"),
            (start.is_none(), "start"),
            (end.is_none(), "end"),
        ]
        .into_iter()
        .filter(|(bad, _)| *bad)
        .map(|(_, f)| f.to_owned())
        .collect();
        let place = if self.other_place {
            match self.place.place() {
                Ok(p) => Some(p),
                Err(fields) => {
                    missing.extend(fields.into_iter().map(|f| format!("place.{f}")));
                    None
                }
            }
        } else {
            None
        };
        match (date, start, end) {
            (Some(date), Some(start), Some(end)) if missing.is_empty() => Ok(SessionInput {
                date,
                start,
                end,
                place,
            }),
            _ => Err(missing),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveTime;
    use uuid::Uuid;
    use wire::group::{Place, SlotDay};

    fn d(m: u32, day: u32) -> NaiveDate {
        let y = if m >= 9 { 2021 } else { 2022 };
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default()
    }

    const SLOT: Uuid = Uuid::from_u128(9);

    fn slot() -> Slot {
        Slot {
            id: SLOT,
            weekday: SlotDay::Tue,
            start: t(14, 30),
            end: t(15, 10),
            place: None,
        }
    }

    fn session(n: u128, date: NaiveDate) -> Session {
        Session {
            id: Uuid::from_u128(n),
            group_id: Uuid::nil(),
            date,
            start: t(14, 30),
            end: t(15, 10),
            place: Place::Online { url: "x".into() },
            status: SessionStatus::Planned,
            cancel_reason: None,
            manual: false,
            slot_id: Some(SLOT),
            origin_date: Some(date),
            attendance_taken: false,
            version: 1,
        }
    }

    #[test]
    fn marks() {
        let slots = [slot()];
        let planned = session(1, d(9, 7));
        assert_eq!(mark(&planned, &slots), Mark::Planned);
        let mut moved = session(2, d(9, 8));
        moved.origin_date = Some(d(9, 7));
        moved.manual = true;
        assert_eq!(mark(&moved, &slots), Mark::Moved);
        let mut later = session(3, d(9, 14));
        later.start = t(15, 20);
        later.end = t(16, 0);
        assert_eq!(mark(&later, &slots), Mark::Moved);
        let mut added = session(4, d(9, 16));
        added.slot_id = None;
        added.origin_date = None;
        assert_eq!(mark(&added, &slots), Mark::Added);
        let mut cancelled = moved.clone();
        cancelled.status = SessionStatus::Cancelled;
        assert_eq!(mark(&cancelled, &slots), Mark::Cancelled);
        // Restored after a cancellation: manual, but where its slot put it.
        let mut restored = session(5, d(9, 21));
        restored.manual = true;
        assert_eq!(mark(&restored, &slots), Mark::Planned);
        // Its slot was removed since: only the day tells.
        assert_eq!(mark(&planned, &[]), Mark::Planned);
    }

    #[test]
    fn a_moved_session_keeps_its_own_place() {
        let room = Place::Room {
            organization_id: Uuid::from_u128(24),
            name: "каб. 214".into(),
        };
        let mut s = session(1, d(9, 7));
        s.place = room.clone();
        let d0 = SessionDraft::from_session(&s, &[slot()], &room);
        assert!(!d0.other_place);
        assert_eq!(
            (d0.date.as_str(), d0.start.as_str()),
            ("2021-09-07", "14:30")
        );
        let input = d0.input().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(input.place, None);
        // Moved to the lab: the form keeps the lab.
        let lab = Place::Resource {
            organization_id: Uuid::from_u128(24),
            name: "Точка роста".into(),
        };
        s.place = lab.clone();
        let d1 = SessionDraft::from_session(&s, &[slot()], &room);
        assert!(d1.other_place);
        assert_eq!(d1.input().map(|i| i.place), Ok(Some(lab)));
    }

    #[test]
    fn a_session_form_names_what_is_missing() {
        let mut draft =
            SessionDraft::new_on(d(9, 9), &[slot()], &Place::Online { url: "u".into() });
        assert_eq!(draft.start, "14:30");
        draft.end = String::new();
        draft.other_place = true;
        draft.place = PlaceDraft::default();
        assert_eq!(
            draft.input(),
            Err(vec![
                "end".to_owned(),
                "place.organization_id".into(),
                "place.name".into()
            ])
        );
        let empty = SessionDraft::new_on(d(9, 9), &[], &Place::Online { url: "u".into() });
        assert_eq!(empty.input(), Err(vec!["start".to_owned(), "end".into()]));
    }

    #[test]
    fn months_in_order() {
        let list = [
            session(1, d(10, 5)),
            session(2, d(9, 7)),
            session(3, d(9, 14)),
            session(4, d(1, 11)),
        ];
        let months = by_month(&list);
        let keys: Vec<Month> = months.iter().map(|(m, _)| *m).collect();
        assert_eq!(keys, [(2021, 9), (2021, 10), (2022, 1)]);
        assert_eq!(months[0].1.len(), 2);
        assert_eq!(months[0].1[0].id, Uuid::from_u128(2));
        assert_eq!(default_month(&keys, d(10, 20)), Some((2021, 10)));
        assert_eq!(default_month(&keys, d(11, 20)), Some((2022, 1)));
        assert_eq!(default_month(&keys, d(6, 1)), Some((2022, 1)));
        assert_eq!(
            default_month(&keys, d(8, 1).with_year(2021).unwrap_or_default()),
            Some((2021, 9))
        );
        assert_eq!(default_month(&[], d(9, 1)), None);
    }
}
