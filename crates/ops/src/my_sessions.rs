//! «Мои группы»: the sessions of every group the signed-in teacher teaches, in any
//! network, with what the teacher does next (the registers due).

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};
use uuid::Uuid;
use wire::group::{MySession, SessionQuery, SessionStatus};

use crate::{Ctx, OpResult};

/// The widest range one request covers: a school year.
const MAX_DAYS: i64 = 366;

/// The days asked for: `from` (default today) to `to` (default a week later), cut to
/// [`MAX_DAYS`]; `None` when `to` is before `from` (no day at all), as the group's
/// sessions read such a range.
fn range(q: &SessionQuery, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let from = q.from.unwrap_or(today);
    let to = q.to.unwrap_or(from + Duration::days(6));
    (to >= from).then(|| (from, to.min(from + Duration::days(MAX_DAYS))))
}

/// The signed-in user's sessions in the groups they teach (none for a user who teaches
/// no group), by date and time. Nothing here is a student's personal data: the register
/// itself is read (and audited) on its own endpoint.
pub async fn of_me(ctx: &Ctx<'_, store::Db>, q: &SessionQuery) -> OpResult<Vec<MySession>> {
    let c = ctx.db;
    let staff = store::groups::staff_of_user(c, ctx.actor.user).await?;
    let groups = store::groups::taught_by(c, &staff).await?;
    let mut zones = HashMap::new();
    for g in &groups {
        if let std::collections::hash_map::Entry::Vacant(slot) = zones.entry(g.network_id) {
            slot.insert(store::networks::zone_of(c, g.network_id).await?);
        }
    }
    let now = ctx.clock.now();
    let local = |network: &Uuid| {
        let offset = zones
            .get(network)
            .map_or(0, |z: &clock::TimeZone| z.offset_minutes_at(now));
        now.naive_utc() + Duration::minutes(i64::from(offset))
    };
    // «Today» is the first group's school day; a teacher's groups share a region.
    let today = groups
        .first()
        .map_or(now.date_naive(), |g| local(&g.network_id).date());
    let Some((from, to)) = range(q, today) else {
        return Ok(Vec::new());
    };
    let ids: Vec<Uuid> = groups.iter().map(|g| g.id).collect();
    let sessions = store::sessions::of_groups(c, &ids, Some(from), Some(to)).await?;
    let mut facts = HashMap::new();
    let mut students = HashMap::new();
    for g in &groups {
        facts.insert(g.id, crate::enrolment_rules::group(c, g.id).await?);
        let held = store::enrolments::of_group_in(c, g.id, &["approved", "completed"]).await?;
        students.insert(g.id, u32::try_from(held.len()).unwrap_or(u32::MAX));
    }
    let providers: Vec<Uuid> = groups.iter().map(|g| g.provider_id).collect();
    let names: HashMap<Uuid, String> = store::organizations::names(c, &providers)
        .await?
        .into_iter()
        .collect();
    let mut out = Vec::with_capacity(sessions.len());
    for s in sessions {
        let Some(g) = groups.iter().find(|g| g.id == s.group_id) else {
            continue;
        };
        let programme_title = facts
            .get(&g.id)
            .map(|f| f.programme.title.clone())
            .unwrap_or_default();
        out.push(MySession {
            session_id: s.id,
            group_id: g.id,
            group_name: g.name.clone(),
            programme_title,
            provider_name: names.get(&g.provider_id).cloned().unwrap_or_default(),
            date: s.date,
            start: s.start_time,
            end: s.end_time,
            place: store::sessions::place_or(&s, &g.place)?,
            status: if s.status == store::sessions::CANCELLED {
                SessionStatus::Cancelled
            } else {
                SessionStatus::Planned
            },
            students: students.get(&g.id).copied().unwrap_or(0),
            register_taken: s.attendance_taken,
            ended: s.date.and_time(s.end_time) <= local(&g.network_id),
        });
    }
    out.sort_by_key(|s| (s.date, s.start, s.session_id));
    Ok(out)
}
