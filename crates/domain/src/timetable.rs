//! Network groups' weekly slots and the dated sessions generated from them over the
//! provider's calendar (сетевой план-график), their regeneration, and the hours check.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::calendar::{Calendar, hhmm};
use crate::ids::OrganizationId;

pub mod conflicts;

/// Where a group meets.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case", tag = "type")]
pub enum Place {
    /// A room of a member organization (usually the provider's): «каб. 214».
    Room { organization_id: Uuid, name: String },
    /// A shared resource of the network («Точка роста», a lab) by its name and owner.
    Resource { organization_id: Uuid, name: String },
    /// Distance lessons: the link of the online room.
    Online { url: String },
}

impl Place {
    /// The organization where people must be, or `None` online.
    pub fn organization(&self) -> Option<OrganizationId> {
        match self {
            Self::Room {
                organization_id, ..
            }
            | Self::Resource {
                organization_id, ..
            } => Some(OrganizationId(*organization_id)),
            Self::Online { .. } => None,
        }
    }

    /// What identifies the place for double-booking: the organization and the name
    /// (case and spaces ignored). An online room is not a place that can be double-booked.
    pub fn booking_key(&self) -> Option<(Uuid, String)> {
        match self {
            Self::Room {
                organization_id,
                name,
            }
            | Self::Resource {
                organization_id,
                name,
            } => Some((
                *organization_id,
                name.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase(),
            )),
            Self::Online { .. } => None,
        }
    }
}

/// Days of the week a slot can take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SlotDay {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
}

impl SlotDay {
    pub fn weekday(&self) -> Weekday {
        match self {
            Self::Mon => Weekday::Mon,
            Self::Tue => Weekday::Tue,
            Self::Wed => Weekday::Wed,
            Self::Thu => Weekday::Thu,
            Self::Fri => Weekday::Fri,
            Self::Sat => Weekday::Sat,
        }
    }
}

/// A weekly slot of a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Slot {
    /// Stable across edits, so regeneration knows a slot's sessions (the server assigns
    /// it to a new slot; send it back unchanged).
    #[serde(default)]
    pub id: Uuid,
    pub weekday: SlotDay,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "14:30", pattern = r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"))]
    #[serde(with = "hhmm")]
    pub start: NaiveTime,
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "15:15", pattern = r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"))]
    #[serde(with = "hhmm")]
    pub end: NaiveTime,
    /// Where, when not the group's usual place.
    #[serde(default)]
    pub place: Option<Place>,
}

/// Why slots are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotProblem {
    /// `slots[i]` ends before it starts (or lasts less than 10 minutes, more than 4 hours).
    Length(usize),
    /// Two slots share an id.
    SameId(usize),
    /// `slots[j]` overlaps `slots[i]` on the same day.
    Overlap(usize, usize),
    /// The provider does not teach on that day (a Saturday in a 5-day week).
    NotATeachingDay(usize),
    /// The group's first day is after its last.
    Dates,
    TooMany,
}

/// The shortest and longest lesson, in minutes: a slot or a session outside them is a
/// typing mistake, not a lesson.
pub const LESSON_MINUTES: std::ops::RangeInclusive<i64> = 10..=240;

/// Whether a lesson from `start` to `end` has a lesson's length.
pub fn is_lesson_length(start: NaiveTime, end: NaiveTime) -> bool {
    LESSON_MINUTES.contains(&(end - start).num_minutes())
}

/// Checks a group's weekly slots and dates.
pub fn check_slots(
    slots: &[Slot],
    first: NaiveDate,
    last: NaiveDate,
    provider: Option<&Calendar>,
) -> Vec<SlotProblem> {
    let mut out = Vec::new();
    if last < first {
        out.push(SlotProblem::Dates);
    }
    if slots.len() > 20 {
        out.push(SlotProblem::TooMany);
    }
    for (i, s) in slots.iter().enumerate() {
        if !is_lesson_length(s.start, s.end) {
            out.push(SlotProblem::Length(i));
        }
        if provider.is_some_and(|c| !c.week().teaches_on(s.weekday.weekday())) {
            out.push(SlotProblem::NotATeachingDay(i));
        }
        if let Some(j) = slots[..i]
            .iter()
            .position(|o| o.weekday == s.weekday && o.start < s.end && s.start < o.end)
        {
            out.push(SlotProblem::Overlap(j, i));
        }
        if !s.id.is_nil() && slots[..i].iter().any(|o| o.id == s.id) {
            out.push(SlotProblem::SameId(i));
        }
    }
    out
}

/// A session the slots call for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// Which slot made it, and the day it was made for: its identity across regenerations.
    pub slot: Uuid,
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub place: Option<Place>,
}

/// The sessions of the slots from `first` to `last`, on the provider's school days only
/// (holidays, vacations and days off skipped). Without a calendar every week day of the
/// slots counts.
pub fn generate(
    slots: &[Slot],
    first: NaiveDate,
    last: NaiveDate,
    provider: Option<&Calendar>,
) -> Vec<Planned> {
    let mut out = Vec::new();
    let mut day = first;
    while day <= last {
        let teaching = provider.is_none_or(|c| c.is_school_day(day));
        if teaching {
            for s in slots {
                if s.weekday.weekday() == day.weekday() {
                    out.push(Planned {
                        slot: s.id,
                        date: day,
                        start: s.start,
                        end: s.end,
                        place: s.place.clone(),
                    });
                }
            }
        }
        day += Duration::days(1);
    }
    out.sort_by_key(|p| (p.date, p.start, p.slot));
    out
}

/// Gives new slots (nil id) an id from `fresh`, keeping the ids of known ones.
pub fn identify_slots(slots: &mut [Slot], mut fresh: impl FnMut() -> Uuid) {
    for s in slots {
        if s.id.is_nil() {
            s.id = fresh();
        }
    }
}

/// A stored session, as regeneration sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Existing {
    pub id: Uuid,
    /// The slot and day it was generated for (`None`: added by hand).
    pub origin: Option<(Uuid, NaiveDate)>,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub place: Option<Place>,
    /// Moved, cancelled or added by hand: a person decided about it.
    pub manual: bool,
    /// Attendance was taken: it happened and must stay.
    pub attended: bool,
}

/// What regenerating does: sessions to add, and ids to delete. Everything else stays.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Regeneration {
    pub add: Vec<Planned>,
    pub delete: Vec<Uuid>,
    /// Generated sessions whose slot changed its time or place: the new values.
    pub update: Vec<(Uuid, Planned)>,
    /// Generated sessions the new slots still call for.
    pub unchanged: usize,
    /// Sessions kept although the slots no longer call for them: attended or changed by hand.
    pub kept: usize,
}

/// Plans a regeneration after the slots or dates changed. A session with attendance or
/// one a person moved, cancelled or added is never deleted or changed; a generated one is
/// deleted when the new slots no longer call for it and follows its slot's new time or
/// place; the new slots' sessions are added unless a session for the same slot and day
/// exists (also when it was moved).
pub fn regenerate(existing: &[Existing], planned: Vec<Planned>) -> Regeneration {
    let mut r = Regeneration::default();
    let wanted: std::collections::HashMap<(Uuid, NaiveDate), &Planned> =
        planned.iter().map(|p| ((p.slot, p.date), p)).collect();
    let have: std::collections::HashSet<(Uuid, NaiveDate)> =
        existing.iter().filter_map(|e| e.origin).collect();
    for e in existing {
        let plan = e.origin.and_then(|o| wanted.get(&o));
        match plan {
            Some(_) if e.manual || e.attended => r.kept += 1,
            Some(p) if (p.start, p.end, &p.place) != (e.start, e.end, &e.place) => {
                r.update.push((e.id, (*p).clone()));
            }
            Some(_) => r.unchanged += 1,
            None if e.manual || e.attended => r.kept += 1,
            None => r.delete.push(e.id),
        }
    }
    r.add = planned
        .into_iter()
        .filter(|p| !have.contains(&(p.slot, p.date)))
        .collect();
    r
}

/// An academic hour (академический час) is 45 minutes; a session of 40 or 45 minutes is
/// one lesson, a double lesson two.
pub fn academic_hours(start: NaiveTime, end: NaiveTime) -> u32 {
    let minutes = (end - start).num_minutes().max(0);
    // Round to the nearest whole lesson, at least one.
    (((minutes + 22) / 45).max(1)) as u32
}

/// Planned hours against the programme's total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HoursCheck {
    /// Sessions not cancelled.
    pub sessions: u32,
    pub planned_hours: u32,
    pub programme_hours: u32,
    /// Planned minus programme: negative when hours are missing.
    pub difference: i64,
}

/// Sums the academic hours of the sessions (`(start, end)` of those not cancelled).
pub fn hours_check(sessions: &[(NaiveTime, NaiveTime)], programme_hours: u32) -> HoursCheck {
    let planned: u32 = sessions.iter().map(|(s, e)| academic_hours(*s, *e)).sum();
    HoursCheck {
        sessions: sessions.len() as u32,
        planned_hours: planned,
        programme_hours,
        difference: i64::from(planned) - i64::from(programme_hours),
    }
}

/// The Monday of the week a day is in.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

#[cfg(test)]
mod tests;
