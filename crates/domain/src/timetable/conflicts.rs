//! Timetable conflicts, found with their two sides and the reason:
//! - a teacher in two sessions at once;
//! - a place (room, shared resource) double-booked;
//! - a session on a day that is not a school day of a school whose students attend it;
//! - a session that cuts into a lesson of such a school (it starts or ends in the middle
//!   of a lesson of its main bell schedule; covering whole lessons, or lying outside them,
//!   is fine);
//! - back-to-back sessions of a teacher at different organizations with less time between
//!   them than the travel gap.
//!
//! Sessions are sorted per teacher and per place and swept once, so a municipality's
//! timetable (thousands of sessions) is checked in milliseconds; `benches/conflicts.rs`
//! keeps that true.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::Place;
use crate::calendar::{Calendar, DayKind, hhmm};
use crate::ids::{OrganizationId, StaffId};

/// What the checks know of one session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionFacts {
    pub id: Uuid,
    pub group: Uuid,
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub teachers: Vec<StaffId>,
    pub place: Place,
    /// Schools whose students attend: the home schools of the group's approved
    /// enrolments, or the participants the group names while it has none.
    pub schools: Vec<OrganizationId>,
    /// Students with an approved enrolment in the group.
    pub students: Vec<Uuid>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConflictKind {
    TeacherDoubleBooked,
    PlaceDoubleBooked,
    NotASchoolDay,
    CutsIntoLesson,
    TravelTooShort,
    /// A student in two groups' sessions at once.
    StudentDoubleBooked,
}

/// One conflict: the session, the other session when there is one, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Conflict {
    pub kind: ConflictKind,
    pub session_id: Uuid,
    pub other_session_id: Option<Uuid>,
    /// The teacher (double booking, travel) …
    pub staff_id: Option<Uuid>,
    /// … or the school (calendar, lessons) or the place's organization it is about.
    pub organization_id: Option<Uuid>,
    /// The student in two sessions at once. Never on the wire: whoever reads the
    /// network's timetable is told that a student is double-booked, not which one.
    #[serde(skip)]
    #[cfg_attr(feature = "openapi", schema(ignore))]
    pub student_id: Option<Uuid>,
    pub date: NaiveDate,
    pub reason: Reason,
}

/// The particulars, for the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Reason {
    /// The two sessions share these minutes.
    Overlap {
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        #[serde(with = "hhmm")]
        from: NaiveTime,
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        #[serde(with = "hhmm")]
        to: NaiveTime,
    },
    /// The place, as entered.
    Place { name: String },
    /// What the day is for the school.
    Day { day: DayKind },
    /// The lesson cut into.
    Lesson {
        number: u8,
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        #[serde(with = "hhmm")]
        start: NaiveTime,
        #[cfg_attr(feature = "openapi", schema(value_type = String))]
        #[serde(with = "hhmm")]
        end: NaiveTime,
    },
    /// Minutes between the sessions, and the minutes needed.
    Travel {
        gap_minutes: i64,
        needed_minutes: u32,
    },
}

/// What the checks run on.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub sessions: &'a [SessionFacts],
    /// Calendars of the schools (and providers) for the sessions' year.
    pub calendars: &'a HashMap<OrganizationId, Calendar>,
    /// Minimum minutes between a teacher's sessions at different organizations.
    pub travel_gap_minutes: u32,
}

/// Every conflict, ordered by day, session and kind.
pub fn find(input: Input<'_>) -> Vec<Conflict> {
    let mut out = Vec::new();
    teachers(input, &mut out);
    places(input.sessions, &mut out);
    schools(input, &mut out);
    students(input.sessions, &mut out);
    out.sort_by(|a, b| {
        (a.date, a.session_id, a.kind, a.other_session_id).cmp(&(
            b.date,
            b.session_id,
            b.kind,
            b.other_session_id,
        ))
    });
    out
}

fn by_time(sessions: &[SessionFacts], idx: &mut [usize]) {
    idx.sort_by_key(|&i| {
        (
            sessions[i].date,
            sessions[i].start,
            sessions[i].end,
            sessions[i].id,
        )
    });
}

/// Pairs of sessions in a sorted run that overlap in time, each reported once (on the
/// later one, pointing at the earlier).
fn overlapping(sessions: &[SessionFacts], idx: &[usize], mut found: impl FnMut(usize, usize)) {
    // Sessions still running at the current start, by index into `idx`.
    let mut open: Vec<usize> = Vec::new();
    for &i in idx {
        let s = &sessions[i];
        open.retain(|&j| sessions[j].date == s.date && sessions[j].end > s.start);
        for &j in &open {
            found(j, i);
        }
        open.push(i);
    }
}

fn overlap_reason(a: &SessionFacts, b: &SessionFacts) -> Reason {
    Reason::Overlap {
        from: a.start.max(b.start),
        to: a.end.min(b.end),
    }
}

/// A student whose groups meet at the same time (the groups' sessions overlap).
fn students(s: &[SessionFacts], out: &mut Vec<Conflict>) {
    let mut by_student: HashMap<Uuid, Vec<usize>> = HashMap::new();
    for (i, x) in s.iter().enumerate() {
        for st in &x.students {
            by_student.entry(*st).or_default().push(i);
        }
    }
    for (student, mut idx) in by_student {
        by_time(s, &mut idx);
        overlapping(s, &idx, |j, i| {
            if s[i].group == s[j].group {
                return;
            }
            out.push(Conflict {
                kind: ConflictKind::StudentDoubleBooked,
                session_id: s[i].id,
                other_session_id: Some(s[j].id),
                staff_id: None,
                organization_id: None,
                student_id: Some(student),
                date: s[i].date,
                reason: overlap_reason(&s[i], &s[j]),
            });
        });
    }
}

fn teachers(input: Input<'_>, out: &mut Vec<Conflict>) {
    let s = input.sessions;
    let mut by_teacher: HashMap<StaffId, Vec<usize>> = HashMap::new();
    for (i, x) in s.iter().enumerate() {
        for t in &x.teachers {
            by_teacher.entry(*t).or_default().push(i);
        }
    }
    for (teacher, mut idx) in by_teacher {
        by_time(s, &mut idx);
        overlapping(s, &idx, |j, i| {
            out.push(Conflict {
                kind: ConflictKind::TeacherDoubleBooked,
                session_id: s[i].id,
                other_session_id: Some(s[j].id),
                staff_id: Some(teacher.as_uuid()),
                organization_id: None,
                student_id: None,
                date: s[i].date,
                reason: overlap_reason(&s[i], &s[j]),
            });
        });
        travel(input, teacher, &idx, out);
    }
}

/// Consecutive sessions of one teacher on one day at different organizations.
fn travel(input: Input<'_>, teacher: StaffId, idx: &[usize], out: &mut Vec<Conflict>) {
    let s = input.sessions;
    for w in idx.windows(2) {
        let (a, b) = (&s[w[0]], &s[w[1]]);
        if a.date != b.date || b.start < a.end {
            continue;
        }
        let (Some(from), Some(to)) = (a.place.organization(), b.place.organization()) else {
            continue;
        };
        let gap = (b.start - a.end).num_minutes();
        if from != to && gap < i64::from(input.travel_gap_minutes) {
            out.push(Conflict {
                kind: ConflictKind::TravelTooShort,
                session_id: b.id,
                other_session_id: Some(a.id),
                staff_id: Some(teacher.as_uuid()),
                organization_id: Some(to.as_uuid()),
                student_id: None,
                date: b.date,
                reason: Reason::Travel {
                    gap_minutes: gap,
                    needed_minutes: input.travel_gap_minutes,
                },
            });
        }
    }
}

fn places(s: &[SessionFacts], out: &mut Vec<Conflict>) {
    let mut by_place: HashMap<(Uuid, String), Vec<usize>> = HashMap::new();
    for (i, x) in s.iter().enumerate() {
        if let Some(key) = x.place.booking_key() {
            by_place.entry(key).or_default().push(i);
        }
    }
    for ((org, _), mut idx) in by_place {
        by_time(s, &mut idx);
        overlapping(s, &idx, |j, i| {
            // Two sessions of the same group at once are one double booking of the group,
            // not of the room: the teacher check reports those.
            if s[i].group == s[j].group {
                return;
            }
            let name = match &s[i].place {
                Place::Room { name, .. } | Place::Resource { name, .. } => name.clone(),
                Place::Online { .. } => String::new(),
            };
            out.push(Conflict {
                kind: ConflictKind::PlaceDoubleBooked,
                session_id: s[i].id,
                other_session_id: Some(s[j].id),
                staff_id: None,
                organization_id: Some(org),
                student_id: None,
                date: s[i].date,
                reason: Reason::Place { name },
            });
        });
    }
}

fn schools(input: Input<'_>, out: &mut Vec<Conflict>) {
    for x in input.sessions {
        for school in &x.schools {
            let Some(cal) = input.calendars.get(school) else {
                continue;
            };
            let day = cal.day(x.date);
            if day != DayKind::School {
                out.push(Conflict {
                    kind: ConflictKind::NotASchoolDay,
                    session_id: x.id,
                    other_session_id: None,
                    staff_id: None,
                    organization_id: Some(school.as_uuid()),
                    student_id: None,
                    date: x.date,
                    reason: Reason::Day { day },
                });
                continue;
            }
            let cut = cal.lessons(None).iter().find(|l| {
                let overlaps = x.start < l.end && l.start < x.end;
                let covers = x.start <= l.start && l.end <= x.end;
                overlaps && !covers
            });
            if let Some(l) = cut {
                out.push(Conflict {
                    kind: ConflictKind::CutsIntoLesson,
                    session_id: x.id,
                    other_session_id: None,
                    staff_id: None,
                    organization_id: Some(school.as_uuid()),
                    student_id: None,
                    date: x.date,
                    reason: Reason::Lesson {
                        number: l.number,
                        start: l.start,
                        end: l.end,
                    },
                });
            }
        }
    }
}

#[cfg(test)]
mod tests;
