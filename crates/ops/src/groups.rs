//! Groups: the input checked against the network (programme, provider, teachers,
//! participants, places), the slots against the provider's calendar; rows to wire views
//! with teachers by name and the hours check.

use std::collections::HashMap;

use domain::AcademicYear;
use domain::access::NetworkFacts;
use domain::calendar::{Calendar, year_bounds};
use domain::timetable::{HoursCheck, Place, SlotProblem, check_slots, hours_check, identify_slots};
use store::entities::session;
use store::groups::GroupData;
use uuid::Uuid;
use wire::group::{Group, GroupInput, GroupTeacher};

use crate::error::{OpError, OpResult};
use crate::i18n::{FieldIssue, Issue};
use crate::validate;

/// The provider's calendar of a year, if it entered one.
pub async fn provider_calendar(
    c: &impl store::Conn,
    provider: Uuid,
    year: AcademicYear,
) -> OpResult<Option<Calendar>> {
    let rows = store::calendars::of_organizations(c, &[provider], year).await?;
    rows.first()
        .map(store::calendars::calendar_of)
        .transpose()
        .map_err(OpError::from)
}

/// A place must be a named room or resource of a member, or an http(s) link.
pub fn check_place(p: &Place, field: &str, network: &NetworkFacts, issues: &mut Vec<FieldIssue>) {
    match p {
        Place::Room {
            organization_id,
            name,
        }
        | Place::Resource {
            organization_id,
            name,
        } => {
            if !network
                .members
                .iter()
                .any(|m| m.as_uuid() == *organization_id)
            {
                issues.push(FieldIssue::new(field, Issue::UnknownReference));
            } else if name.trim().is_empty() || name.chars().count() > 200 {
                issues.push(FieldIssue::new(field, Issue::Empty));
            }
        }
        Place::Online { url } => {
            let u = url.trim();
            if !(u.starts_with("https://") || u.starts_with("http://")) || u.len() > 500 {
                issues.push(FieldIssue::new(field, Issue::Invalid));
            }
        }
    }
}

fn slot_issue(p: SlotProblem) -> FieldIssue {
    match p {
        SlotProblem::Length(i) => FieldIssue::new(&format!("slots[{i}].end"), Issue::Duration),
        SlotProblem::SameId(i) => FieldIssue::new(&format!("slots[{i}].id"), Issue::Twice),
        SlotProblem::Overlap(_, j) => {
            FieldIssue::new(&format!("slots[{j}].start"), Issue::Overlaps)
        }
        SlotProblem::NotATeachingDay(i) => {
            FieldIssue::new(&format!("slots[{i}].weekday"), Issue::NotATeachingDay)
        }
        SlotProblem::Dates => FieldIssue::new("last_date", Issue::EndsBeforeStart),
        SlotProblem::TooMany => FieldIssue::new("slots", Issue::TooMany { max: 20 }),
    }
}

/// Checks a group of a network; new slots get their ids.
pub async fn check(
    c: &impl store::Conn,
    input: &GroupInput,
    network: &NetworkFacts,
    programme: Option<&store::programmes::Programme>,
) -> OpResult<GroupData> {
    let mut issues = match validate(input) {
        Ok(()) => Vec::new(),
        Err(OpError::Validation(v)) => v,
        Err(e) => return Err(e),
    };
    let year = AcademicYear::parse(&input.academic_year).ok();
    if year.is_none() {
        issues.push(FieldIssue::new("academic_year", Issue::AcademicYear));
    }
    match programme {
        None => issues.push(FieldIssue::new("programme_id", Issue::UnknownReference)),
        Some(p) => {
            if !p.providers.contains(&input.provider_id) {
                issues.push(FieldIssue::new("provider_id", Issue::NotAProvider));
            }
        }
    }
    let member = |o: &Uuid| network.members.iter().any(|m| m.as_uuid() == *o);
    if !input.participant_ids.iter().all(member) {
        issues.push(FieldIssue::new("participant_ids", Issue::UnknownReference));
    }
    let staff = store::staff::by_ids(c, &input.teacher_ids).await?;
    let teachers_ok = input.teacher_ids.iter().all(|t| {
        staff
            .iter()
            .any(|s| s.id == *t && member(&s.organization_id))
    });
    if !teachers_ok {
        issues.push(FieldIssue::new("teacher_ids", Issue::UnknownReference));
    }
    check_place(&input.place, "place", network, &mut issues);
    for (i, s) in input.slots.iter().enumerate() {
        if let Some(p) = &s.place {
            check_place(p, &format!("slots[{i}].place"), network, &mut issues);
        }
    }
    let calendar = match year {
        Some(y) => provider_calendar(c, input.provider_id, y).await?,
        None => None,
    };
    if let Some(y) = year {
        let (first, last) = year_bounds(y);
        for (field, d) in [
            ("first_date", input.first_date),
            ("last_date", input.last_date),
        ] {
            if d < first || last < d {
                issues.push(FieldIssue::new(field, Issue::OutsideYear));
            }
        }
    }
    for p in check_slots(
        &input.slots,
        input.first_date,
        input.last_date,
        calendar.as_ref(),
    ) {
        let issue = slot_issue(p);
        if !issues.iter().any(|i| i.field == issue.field) {
            issues.push(issue);
        }
    }
    let (Some(year), true) = (year, issues.is_empty()) else {
        return Err(OpError::Validation(issues));
    };
    let mut slots = input.slots.clone();
    identify_slots(&mut slots, store::new_id);
    let dedup = |v: &[Uuid]| {
        let mut out: Vec<Uuid> = Vec::new();
        for x in v {
            if !out.contains(x) {
                out.push(*x);
            }
        }
        out
    };
    Ok(GroupData {
        programme_id: input.programme_id,
        provider_id: input.provider_id,
        academic_year: year,
        name: input.name.trim().to_owned(),
        capacity: input.capacity,
        teachers: dedup(&input.teacher_ids),
        participants: dedup(&input.participant_ids),
        place: input.place.clone(),
        slots,
        first_date: input.first_date,
        last_date: input.last_date,
        external_id: input
            .external_id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned),
    })
}

/// What a group view needs besides the row.
pub struct Extras<'a> {
    pub programmes: &'a HashMap<Uuid, store::programmes::Programme>,
    pub staff: &'a HashMap<Uuid, store::entities::staff::Model>,
    pub sessions: &'a [session::Model],
}

pub fn hours_of(sessions: &[session::Model], programme_hours: i32) -> HoursCheck {
    let times: Vec<_> = sessions
        .iter()
        .filter(|s| s.status != store::sessions::CANCELLED)
        .map(|s| (s.start_time, s.end_time))
        .collect();
    hours_check(&times, u32::try_from(programme_hours).unwrap_or(0))
}

pub fn teachers_of(
    g: &store::groups::Group,
    staff: &HashMap<Uuid, store::entities::staff::Model>,
) -> Vec<GroupTeacher> {
    g.teachers
        .iter()
        .filter_map(|id| staff.get(id))
        .map(|s| GroupTeacher {
            staff_id: s.id,
            name: store::staff::short_name(s),
            organization_id: s.organization_id,
        })
        .collect()
}

pub fn to_wire(g: &store::groups::Group, x: &Extras<'_>) -> OpResult<Group> {
    let programme = x.programmes.get(&g.programme_id);
    let year = store::groups::year_of(g)?.to_string();
    let own: Vec<session::Model> = x
        .sessions
        .iter()
        .filter(|s| s.group_id == g.id)
        .cloned()
        .collect();
    Ok(Group {
        id: g.id,
        network_id: g.network_id,
        input: GroupInput {
            programme_id: g.programme_id,
            academic_year: year,
            provider_id: g.provider_id,
            name: g.name.clone(),
            teacher_ids: g.teachers.clone(),
            capacity: g.capacity,
            place: g.place.clone(),
            slots: store::groups::slots_of(g)?,
            first_date: g.first_date,
            last_date: g.last_date,
            participant_ids: g.participants.clone(),
            external_id: g.external_id.clone(),
        },
        programme_title: programme
            .map(|p| match &p.module {
                Some(m) => format!("{} — {m}", p.title),
                None => p.title.clone(),
            })
            .unwrap_or_default(),
        teachers: teachers_of(g, x.staff),
        hours: hours_of(&own, programme.map(|p| p.total_hours).unwrap_or(0)),
        version: g.version,
        updated_at: g.updated_at,
    })
}

/// Loads what the views of some groups need, in three queries.
pub async fn views(c: &impl store::Conn, groups: &[store::groups::Group]) -> OpResult<Vec<Group>> {
    let ids: Vec<Uuid> = groups.iter().map(|g| g.id).collect();
    let sessions = store::sessions::of_groups(c, &ids, None, None).await?;
    let mut staff_ids: Vec<Uuid> = groups.iter().flat_map(|g| g.teachers.clone()).collect();
    staff_ids.sort();
    staff_ids.dedup();
    let staff: HashMap<Uuid, _> = store::staff::by_ids(c, &staff_ids)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let mut programmes = HashMap::new();
    for g in groups {
        if !programmes.contains_key(&g.programme_id)
            && let Some(p) = store::programmes::by_id(c, g.programme_id).await?
        {
            programmes.insert(p.id, p);
        }
    }
    let x = Extras {
        programmes: &programmes,
        staff: &staff,
        sessions: &sessions,
    };
    groups.iter().map(|g| to_wire(g, &x)).collect()
}
