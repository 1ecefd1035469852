//! The group editor's state: text as typed, converted to [`GroupInput`] on submit.
//!
//! Slots keep the ids the server gave them (new rows send the nil id), so regenerating
//! sessions knows which slot each session came from.

use chrono::NaiveDate;
use domain::AcademicYear;
use domain::calendar::hhmm;
use uuid::Uuid;
use wire::group::{Group, GroupInput, Place, Slot, SlotDay};

use super::slots::{day_key, parse_day};

/// Fields this form shows; field errors of other names go to the alert on top.
pub const FIELDS: &[&str] = &[
    "programme_id",
    "academic_year",
    "provider_id",
    "name",
    "capacity",
    "teacher_ids",
    "place",
    "slots",
    "first_date",
    "last_date",
    "participant_ids",
    "external_id",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PlaceKind {
    #[default]
    Room,
    Resource,
    Online,
}

impl PlaceKind {
    pub const ALL: [PlaceKind; 3] = [PlaceKind::Room, PlaceKind::Resource, PlaceKind::Online];

    pub fn key(self) -> &'static str {
        match self {
            PlaceKind::Room => "room",
            PlaceKind::Resource => "resource",
            PlaceKind::Online => "online",
        }
    }

    pub fn parse(key: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|k| k.key() == key)
            .unwrap_or_default()
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct PlaceDraft {
    pub kind: PlaceKind,
    /// The organization of a room or resource (a uuid, or empty).
    pub organization_id: String,
    pub name: String,
    pub url: String,
}

impl PlaceDraft {
    pub fn from_place(p: &Place) -> Self {
        match p {
            Place::Room {
                organization_id,
                name,
            } => PlaceDraft {
                kind: PlaceKind::Room,
                organization_id: organization_id.to_string(),
                name: name.clone(),
                url: String::new(),
            },
            Place::Resource {
                organization_id,
                name,
            } => PlaceDraft {
                kind: PlaceKind::Resource,
                organization_id: organization_id.to_string(),
                name: name.clone(),
                url: String::new(),
            },
            Place::Online { url } => PlaceDraft {
                kind: PlaceKind::Online,
                url: url.clone(),
                ..PlaceDraft::default()
            },
        }
    }

    /// The place, or the sub-fields (`organization_id`, `name`, `url`) that are missing.
    pub fn place(&self) -> Result<Place, Vec<&'static str>> {
        if self.kind == PlaceKind::Online {
            let url = self.url.trim();
            return if url.is_empty() {
                Err(vec!["url"])
            } else {
                Ok(Place::Online {
                    url: url.to_owned(),
                })
            };
        }
        let org = Uuid::parse_str(self.organization_id.trim()).ok();
        let name = self.name.trim();
        match (org, name.is_empty()) {
            (Some(organization_id), false) => Ok(match self.kind {
                PlaceKind::Resource => Place::Resource {
                    organization_id,
                    name: name.to_owned(),
                },
                _ => Place::Room {
                    organization_id,
                    name: name.to_owned(),
                },
            }),
            (org, empty) => Err([
                org.is_none().then_some("organization_id"),
                empty.then_some("name"),
            ]
            .into_iter()
            .flatten()
            .collect()),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct SlotDraft {
    /// The server's id, nil for a new slot.
    pub id: Uuid,
    pub weekday: String,
    pub start: String,
    pub end: String,
    /// Another place than the group's.
    pub other_place: bool,
    pub place: PlaceDraft,
}

impl Default for SlotDraft {
    fn default() -> Self {
        SlotDraft {
            id: Uuid::nil(),
            weekday: day_key(SlotDay::Mon).to_owned(),
            start: String::new(),
            end: String::new(),
            other_place: false,
            place: PlaceDraft::default(),
        }
    }
}

/// A chosen teacher with the name shown for them.
#[derive(Clone, Debug, PartialEq)]
pub struct TeacherChoice {
    pub staff_id: Uuid,
    pub name: String,
    pub organization_id: Uuid,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct GroupDraft {
    pub programme_id: String,
    pub academic_year: String,
    pub provider_id: String,
    pub name: String,
    pub capacity: String,
    pub teachers: Vec<TeacherChoice>,
    pub place: PlaceDraft,
    pub first_date: String,
    pub last_date: String,
    pub slots: Vec<SlotDraft>,
    pub participant_ids: Vec<Uuid>,
    pub external_id: String,
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Lessons of a year usually run from 1 September to 31 May.
pub fn default_dates(year: AcademicYear) -> (String, String) {
    let y = i32::from(year.start_year());
    let first = NaiveDate::from_ymd_opt(y, 9, 1)
        .map(iso)
        .unwrap_or_default();
    let last = NaiveDate::from_ymd_opt(y + 1, 5, 31)
        .map(iso)
        .unwrap_or_default();
    (first, last)
}

impl GroupDraft {
    pub fn from_group(g: &Group) -> Self {
        let i = &g.input;
        GroupDraft {
            programme_id: i.programme_id.to_string(),
            academic_year: i.academic_year.clone(),
            provider_id: i.provider_id.to_string(),
            name: i.name.clone(),
            capacity: i.capacity.to_string(),
            teachers: i
                .teacher_ids
                .iter()
                .map(|id| {
                    let known = g.teachers.iter().find(|t| t.staff_id == *id);
                    TeacherChoice {
                        staff_id: *id,
                        name: known.map(|t| t.name.clone()).unwrap_or_default(),
                        organization_id: known.map(|t| t.organization_id).unwrap_or_default(),
                    }
                })
                .collect(),
            place: PlaceDraft::from_place(&i.place),
            first_date: iso(i.first_date),
            last_date: iso(i.last_date),
            slots: i
                .slots
                .iter()
                .map(|s| SlotDraft {
                    id: s.id,
                    weekday: day_key(s.weekday).to_owned(),
                    start: s.start.format("%H:%M").to_string(),
                    end: s.end.format("%H:%M").to_string(),
                    other_place: s.place.is_some(),
                    place: s
                        .place
                        .as_ref()
                        .map(PlaceDraft::from_place)
                        .unwrap_or_default(),
                })
                .collect(),
            participant_ids: i.participant_ids.clone(),
            external_id: i.external_id.clone().unwrap_or_default(),
        }
    }

    /// A new row; its place starts as the group's, to be changed.
    pub fn add_slot(&mut self) {
        let mut s = SlotDraft {
            place: self.place.clone(),
            ..SlotDraft::default()
        };
        // The next row usually repeats the last one's time on another day.
        if let Some(last) = self.slots.last() {
            s.start = last.start.clone();
            s.end = last.end.clone();
            let next = parse_day(&last.weekday)
                .and_then(|d| super::slots::WEEKDAYS.iter().position(|w| *w == d))
                .and_then(|i| super::slots::WEEKDAYS.get(i + 2))
                .copied()
                .unwrap_or(SlotDay::Mon);
            s.weekday = day_key(next).to_owned();
        }
        self.slots.push(s);
    }

    pub fn toggle_participant(&mut self, id: Uuid, on: bool) {
        self.participant_ids.retain(|p| *p != id);
        if on {
            self.participant_ids.push(id);
        }
    }

    /// The request body, or the fields that cannot be sent as they are (empty, not a
    /// number, not a date or time). Everything else is the server's to check.
    pub fn input(&self) -> Result<GroupInput, Vec<String>> {
        let mut missing: Vec<String> = Vec::new();
        let mut need = |bad: bool, field: String| {
            if bad {
                missing.push(field);
            }
        };
        let programme = Uuid::parse_str(self.programme_id.trim()).ok();
        need(programme.is_none(), "programme_id".into());
        let year = AcademicYear::parse(&self.academic_year).ok();
        need(year.is_none(), "academic_year".into());
        let provider = Uuid::parse_str(self.provider_id.trim()).ok();
        need(provider.is_none(), "provider_id".into());
        need(self.name.trim().is_empty(), "name".into());
        let capacity = self.capacity.trim().parse::<i32>().ok();
        need(capacity.is_none(), "capacity".into());
        let place = self.place.place();
        if let Err(fields) = &place {
            for f in fields {
                need(true, format!("place.{f}"));
            }
        }
        let (first, last) = (date(&self.first_date), date(&self.last_date));
        need(first.is_none(), "first_date".into());
        need(last.is_none(), "last_date".into());
        let mut slots = Vec::new();
        for (i, s) in self.slots.iter().enumerate() {
            let weekday = parse_day(&s.weekday);
            let (start, end) = (hhmm::parse(&s.start), hhmm::parse(&s.end));
            need(weekday.is_none(), format!("slots[{i}].weekday"));
            need(start.is_none(), format!("slots[{i}].start"));
            need(end.is_none(), format!("slots[{i}].end"));
            let own = if s.other_place {
                match s.place.place() {
                    Ok(p) => Some(p),
                    Err(fields) => {
                        for f in fields {
                            need(true, format!("slots[{i}].place.{f}"));
                        }
                        None
                    }
                }
            } else {
                None
            };
            if let (Some(weekday), Some(start), Some(end)) = (weekday, start, end) {
                slots.push(Slot {
                    id: s.id,
                    weekday,
                    start,
                    end,
                    place: own,
                });
            }
        }
        match (programme, year, provider, capacity, place, first, last) {
            (
                Some(programme_id),
                Some(year),
                Some(provider_id),
                Some(capacity),
                Ok(place),
                Some(first_date),
                Some(last_date),
            ) if missing.is_empty() => Ok(GroupInput {
                programme_id,
                academic_year: year.to_string(),
                provider_id,
                name: self.name.trim().to_owned(),
                teacher_ids: self.teachers.iter().map(|t| t.staff_id).collect(),
                capacity,
                place,
                slots,
                first_date,
                last_date,
                participant_ids: self.participant_ids.clone(),
                external_id: Some(self.external_id.trim().to_owned()).filter(|s| !s.is_empty()),
            }),
            _ => Err(missing),
        }
    }
}

#[cfg(test)]
mod tests;
