//! The network timetable: sessions of the groups a caller may read, with the conflicts
//! `domain::timetable::conflicts` finds, and their messages in the caller's language.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use domain::access::{Actor, CanRead};
use domain::calendar::{Calendar, year_of};
use domain::timetable::conflicts::{Conflict, Input, SessionFacts, find};
use domain::timetable::{Place, week_start};
use domain::{NetworkId, OrganizationId, StaffId};
use store::entities::{session, staff};
use uuid::Uuid;
use wire::error::Lang;
use wire::group::{
    ConflictView, Session, SessionStatus, Timetable, TimetableEntry, TimetableQuery,
};

use crate::error::OpResult;
use crate::groups::teachers_of;

mod messages;
pub use messages::message;

pub fn session_view(m: &session::Model, group_place: &Place) -> OpResult<Session> {
    Ok(Session {
        id: m.id,
        group_id: m.group_id,
        date: m.date,
        start: m.start_time,
        end: m.end_time,
        place: store::sessions::place_or(m, group_place)?,
        status: if m.status == store::sessions::CANCELLED {
            SessionStatus::Cancelled
        } else {
            SessionStatus::Planned
        },
        cancel_reason: m.cancel_reason.clone(),
        manual: m.manual,
        slot_id: m.slot_id,
        origin_date: m.origin_date,
        attendance_taken: m.attendance_taken,
        version: m.version,
    })
}

/// Default minutes a teacher needs between sessions at two organizations.
pub const TRAVEL_GAP_MINUTES: u32 = 20;

/// The days shown: the query's, or the week of `today`; at most a school year.
pub fn range(q: &TimetableQuery, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let from = q.from.unwrap_or_else(|| week_start(today));
    let to =
        q.to.unwrap_or(from + Duration::days(6))
            .min(from + Duration::days(366));
    (from, to.max(from))
}

/// Everything a timetable is made of.
pub struct Loaded {
    pub groups: Vec<store::groups::Group>,
    pub sessions: Vec<session::Model>,
    /// Where each loaded session takes place (its own place or its group's), decoded
    /// strictly on load.
    pub places: HashMap<Uuid, Place>,
    pub staff: HashMap<Uuid, staff::Model>,
    pub names: HashMap<Uuid, String>,
    /// Programme titles (with the module) by id.
    pub programmes: HashMap<Uuid, String>,
    pub calendars: HashMap<(OrganizationId, u16), Calendar>,
    /// Students with an approved enrolment in each group, with their home schools.
    pub attending: HashMap<Uuid, Vec<(Uuid, Uuid)>>,
}

impl Loaded {
    /// The schools whose students attend a group: the home schools of its approved
    /// enrolments, or the participants it names while it has none.
    pub fn schools_of(&self, g: &store::groups::Group) -> Vec<Uuid> {
        schools_of(&self.attending, g)
    }
}

fn schools_of(attending: &HashMap<Uuid, Vec<(Uuid, Uuid)>>, g: &store::groups::Group) -> Vec<Uuid> {
    match attending.get(&g.id) {
        Some(list) if !list.is_empty() => {
            let mut homes: Vec<Uuid> = list.iter().map(|(_, home)| *home).collect();
            homes.sort();
            homes.dedup();
            homes
        }
        _ => g.participants.clone(),
    }
}

/// Loads the groups the actor may read (a teacher: their own), their sessions in the
/// range, teachers, organization names and the calendars of providers and participants.
pub async fn load(
    c: &impl store::Conn,
    actor: &Actor,
    cap: &CanRead<NetworkId>,
    (from, to): (NaiveDate, NaiveDate),
) -> OpResult<Loaded> {
    let mut groups = store::groups::of_network(c, cap, &Default::default()).await?;
    if actor.sees_only_own_groups() {
        let mine = store::groups::staff_of_user(c, actor.user).await?;
        groups.retain(|g| g.teachers.iter().any(|t| mine.contains(t)));
    }
    let ids: Vec<Uuid> = groups.iter().map(|g| g.id).collect();
    let sessions = store::sessions::of_groups(c, &ids, Some(from), Some(to)).await?;
    let mut staff_ids: Vec<Uuid> = groups.iter().flat_map(|g| g.teachers.clone()).collect();
    staff_ids.sort();
    staff_ids.dedup();
    let staff: HashMap<Uuid, staff::Model> = store::staff::by_ids(c, &staff_ids)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let mut attending: HashMap<Uuid, Vec<(Uuid, Uuid)>> = HashMap::new();
    for g in &ids {
        let held = store::enrolments::of_group_in(c, *g, &["approved"]).await?;
        attending.insert(
            *g,
            held.iter()
                .map(|e| (e.student_id, e.home_organization_id))
                .collect(),
        );
    }
    let mut orgs: Vec<Uuid> = groups
        .iter()
        .flat_map(|g| {
            let mut v = schools_of(&attending, g);
            v.push(g.provider_id);
            v
        })
        .collect();
    orgs.sort();
    orgs.dedup();
    let names: HashMap<Uuid, String> = store::organizations::names(c, &orgs)
        .await?
        .into_iter()
        .collect();
    let mut programmes = HashMap::new();
    for g in &groups {
        if !programmes.contains_key(&g.programme_id)
            && let Some(p) = store::programmes::by_id(c, g.programme_id).await?
        {
            let title = match &p.module {
                Some(m) => format!("{} — {m}", p.title),
                None => p.title.clone(),
            };
            programmes.insert(p.id, title);
        }
    }
    let mut calendars = HashMap::new();
    let mut years: Vec<_> = [year_of(from), year_of(to)].into_iter().flatten().collect();
    years.dedup();
    for y in years {
        for m in store::calendars::of_organizations(c, &orgs, y).await? {
            calendars.insert(
                (OrganizationId(m.organization_id), y.start_year()),
                store::calendars::calendar_of(&m)?,
            );
        }
    }
    let mut places = HashMap::new();
    for s in &sessions {
        if let Some(g) = groups.iter().find(|g| g.id == s.group_id) {
            places.insert(s.id, store::sessions::place_or(s, &g.place)?);
        }
    }
    Ok(Loaded {
        groups,
        sessions,
        places,
        staff,
        names,
        programmes,
        calendars,
        attending,
    })
}

/// Conflicts among the loaded planned sessions, academic year by academic year.
pub fn conflicts(l: &Loaded, travel_gap_minutes: u32) -> Vec<Conflict> {
    let groups: HashMap<Uuid, &store::groups::Group> = l.groups.iter().map(|g| (g.id, g)).collect();
    let mut by_year: HashMap<u16, Vec<SessionFacts>> = HashMap::new();
    for s in &l.sessions {
        let (Some(g), Some(y)) = (groups.get(&s.group_id), year_of(s.date)) else {
            continue;
        };
        if s.status == store::sessions::CANCELLED {
            continue;
        }
        by_year
            .entry(y.start_year())
            .or_default()
            .push(SessionFacts {
                id: s.id,
                group: g.id,
                date: s.date,
                start: s.start_time,
                end: s.end_time,
                teachers: g.teachers.iter().copied().map(StaffId).collect(),
                place: l.places.get(&s.id).unwrap_or(&g.place).clone(),
                schools: l.schools_of(g).into_iter().map(OrganizationId).collect(),
                students: l
                    .attending
                    .get(&g.id)
                    .map(|a| a.iter().map(|(s, _)| *s).collect())
                    .unwrap_or_default(),
            });
    }
    let mut out = Vec::new();
    for (year, sessions) in by_year {
        let calendars: HashMap<OrganizationId, Calendar> = l
            .calendars
            .iter()
            .filter(|((_, y), _)| *y == year)
            .map(|((o, _), c)| (*o, c.clone()))
            .collect();
        out.extend(find(Input {
            sessions: &sessions,
            calendars: &calendars,
            travel_gap_minutes,
        }));
    }
    out.sort_by_key(|c| (c.date, c.session_id, c.kind));
    out
}

/// Whether a session passes the query's filters.
fn wanted(q: &TimetableQuery, place: &Place, g: &store::groups::Group, schools: &[Uuid]) -> bool {
    q.group_id.is_none_or(|id| id == g.id)
        && q.staff_id.is_none_or(|t| g.teachers.contains(&t))
        && q.organization_id.is_none_or(|o| {
            g.provider_id == o
                || place.organization().is_some_and(|p| p.as_uuid() == o)
                || schools.contains(&o)
        })
        && q.place.as_deref().is_none_or(|name| {
            let key = |n: &str| {
                n.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase()
            };
            place.booking_key().is_some_and(|(_, k)| k == key(name))
        })
}

/// The timetable view: the wanted sessions and the conflicts they are in.
pub fn timetable(
    l: &Loaded,
    q: &TimetableQuery,
    (from, to): (NaiveDate, NaiveDate),
    lang: Lang,
) -> OpResult<Timetable> {
    let all = conflicts(l, q.travel_gap_minutes.unwrap_or(TRAVEL_GAP_MINUTES));
    let groups: HashMap<Uuid, &store::groups::Group> = l.groups.iter().map(|g| (g.id, g)).collect();
    let mut entries = Vec::new();
    for s in &l.sessions {
        let Some(g) = groups.get(&s.group_id) else {
            continue;
        };
        let place = l.places.get(&s.id).unwrap_or(&g.place);
        let schools = l.schools_of(g);
        if !wanted(q, place, g, &schools) {
            continue;
        }
        let mut kinds: Vec<_> = all
            .iter()
            .filter(|c| c.session_id == s.id || c.other_session_id == Some(s.id))
            .map(|c| c.kind)
            .collect();
        kinds.sort();
        kinds.dedup();
        entries.push(TimetableEntry {
            session: session_view(s, &g.place)?,
            group_name: g.name.clone(),
            programme_title: l
                .programmes
                .get(&g.programme_id)
                .cloned()
                .unwrap_or_default(),
            provider_id: g.provider_id,
            teachers: teachers_of(g, &l.staff),
            participant_ids: schools,
            conflicts: kinds,
        });
    }
    let shown: std::collections::HashSet<Uuid> = entries.iter().map(|e| e.session.id).collect();
    let conflicts = all
        .into_iter()
        .filter(|c| {
            shown.contains(&c.session_id) || c.other_session_id.is_some_and(|o| shown.contains(&o))
        })
        .map(|c| ConflictView {
            message: message(&c, l, lang),
            conflict: c,
        })
        .collect();
    Ok(Timetable {
        from,
        to,
        entries,
        conflicts,
    })
}
