//! Attendance: the group's teacher takes a session's register in one request, a late
//! correction needs a reason; a group's students × sessions table; the home school's
//! absence report; the registers not taken.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, NaiveDate, Utc};
use domain::access::Roster;
use domain::attendance::{Mark, Tally, Threshold};
use domain::enrolment::Seat;
use store::attendance::MarkRow;
use store::entities::{enrolment, register, session};
use uuid::Uuid;
use wire::attendance::{
    AbsenceLine, AbsenceQuery, AttendanceRow, AttendanceSession, GroupAttendance, Register,
    RegisterInput, RegisterLine, UntakenRegister,
};
use wire::error::ErrorCode;
use wire::student::TeachingStudent;

use crate::enrolment_views::keep;
use crate::i18n::{FieldIssue, Issue};
use crate::{Ctx, OpError, OpResult, validate};

/// The days enrolment `e` held its seat.
fn seat(e: &enrolment::Model) -> OpResult<Seat> {
    Ok(Seat {
        status: store::enrolments::status_of(e)?,
        from: e.seat_from,
        until: e.seat_until,
    })
}

/// The enrolments a register of a session on `day` lists: those holding their seat that
/// day (approved by then, not yet withdrawn). A correction changes only their marks.
fn on_register(all: &[enrolment::Model], day: NaiveDate) -> OpResult<Vec<&enrolment::Model>> {
    let mut listed = Vec::new();
    for e in all {
        if seat(e)?.on_register(day) {
            listed.push(e);
        }
    }
    Ok(listed)
}

/// Teaching views of the students of these enrolments, in name order.
async fn students(
    ctx: &Ctx<'_>,
    enrolments: &[&enrolment::Model],
) -> OpResult<Vec<(TeachingStudent, Uuid)>> {
    let ids: Vec<Uuid> = enrolments.iter().map(|e| e.student_id).collect();
    let mut rows = store::students::by_ids(ctx.db, &ids).await?;
    rows.sort_by(|a, b| a.sort_key.cmp(&b.sort_key).then(a.id.cmp(&b.id)));
    let homes: Vec<Uuid> = rows.iter().map(|s| s.organization_id).collect();
    let names: HashMap<Uuid, String> = store::organizations::names(ctx.db, &homes)
        .await?
        .into_iter()
        .collect();
    rows.iter()
        .map(|s| {
            let e = enrolments
                .iter()
                .find(|e| e.student_id == s.id)
                .ok_or_else(OpError::not_found)?;
            let home = names.get(&s.organization_id).cloned().unwrap_or_default();
            Ok((crate::students::teaching_view(s, &home)?, e.id))
        })
        .collect()
}

struct Located {
    session: session::Model,
    access: domain::access::GroupAccess,
    /// When a correction starts to need a reason.
    reason_after: DateTime<Utc>,
    /// Whether the session has ended by now, in the school's time.
    ended: bool,
}

async fn locate(ctx: &Ctx<'_>, session_id: Uuid) -> OpResult<Located> {
    let group = store::sessions::group_of(ctx.db, session_id)
        .await?
        .ok_or_else(OpError::not_found)?;
    let access = crate::facts::group(ctx, group).await?;
    let cap = ctx.actor.read_group(&access)?;
    let session = store::sessions::get(ctx.db, &cap, session_id).await?;
    let zone = store::networks::zone_of(ctx.db, access.network.id.as_uuid()).await?;
    let now = ctx.clock.now();
    let offset = Duration::minutes(i64::from(zone.offset_minutes_at(now)));
    let end_local = session.date.and_time(session.end_time);
    let now_local = now.naive_utc() + offset;
    let reason_after = (end_local + Duration::hours(domain::attendance::CORRECTION_WINDOW_HOURS)
        - offset)
        .and_utc();
    Ok(Located {
        ended: now_local >= end_local,
        reason_after,
        session,
        access,
    })
}

async fn view(ctx: &Ctx<'_>, l: &Located, roster: Roster) -> OpResult<Register> {
    let s = &l.session;
    let all = store::enrolments::of_group(ctx.db, s.group_id).await?;
    let mut listed = on_register(&all, s.date)?;
    listed.retain(|e| keep(e, roster));
    let reg = store::attendance::registers_of(ctx.db, &[s.id])
        .await?
        .pop();
    let marks: HashMap<Uuid, Mark> = store::attendance::marks_of(ctx.db, &[s.id])
        .await?
        .iter()
        .map(|m| Ok((m.student_id, store::attendance::mark_of(m)?)))
        .collect::<OpResult<_>>()?;
    let lines = students(ctx, &listed)
        .await?
        .into_iter()
        .map(|(student, _)| RegisterLine {
            mark: marks.get(&student.id).copied(),
            student,
        })
        .collect::<Vec<_>>();
    let ids: Vec<Uuid> = lines.iter().map(|l| l.student.id).collect();
    let provider = Some(l.access.provider.as_uuid());
    crate::students::audit_read(ctx, "register", Some(s.id.to_string()), provider, &ids).await?;
    Ok(Register {
        session_id: s.id,
        group_id: s.group_id,
        date: s.date,
        start: s.start_time,
        end: s.end_time,
        taken: reg.is_some(),
        taken_at: reg.as_ref().map(|r| r.taken_at),
        taken_by_name: reg.as_ref().map(|r| r.taken_by_name.clone()),
        updated_at: reg.as_ref().map(|r| r.updated_at),
        updated_by_name: reg.as_ref().map(|r| r.updated_by_name.clone()),
        reason_required_after: l.reason_after,
        lines,
        version: reg.as_ref().map_or(0, |r| r.version),
    })
}

/// A session's register as the actor may see it (a home school: its own students).
pub async fn get(ctx: &Ctx<'_>, session_id: Uuid) -> OpResult<Register> {
    let l = locate(ctx, session_id).await?;
    let (_, roster) = ctx.actor.read_roster(&l.access)?;
    view(ctx, &l, roster).await
}

/// Takes (or corrects) the register of a session: a mark for every student on it, at
/// once. A session not yet ended or cancelled has no register; a correction later than
/// 48 hours after the session needs a reason and is audited with the marks before and
/// after.
pub async fn put(
    ctx: &Ctx<'_>,
    session_id: Uuid,
    expected: Option<i32>,
    input: &RegisterInput,
) -> OpResult<Register> {
    let l = record(ctx, session_id, expected, input).await?;
    let (_, roster) = ctx.actor.read_roster(&l.access)?;
    view(ctx, &l, roster).await
}

/// Takes a register as [`put`] does, without reading it back (a loader taking many).
pub async fn take(ctx: &Ctx<'_>, session_id: Uuid, input: &RegisterInput) -> OpResult<()> {
    record(ctx, session_id, None, input).await.map(drop)
}

async fn record(
    ctx: &Ctx<'_>,
    session_id: Uuid,
    expected: Option<i32>,
    input: &RegisterInput,
) -> OpResult<Located> {
    validate(input)?;
    let l = locate(ctx, session_id).await?;
    ctx.actor.take_register(&l.access)?;
    let s = &l.session;
    if s.status == "cancelled" {
        return Err(OpError::with_detail(
            ErrorCode::Conflict,
            "Занятие отменено: журнал по нему не ведётся",
            "The session is cancelled: it has no register",
        ));
    }
    if !l.ended {
        return Err(OpError::with_detail(
            ErrorCode::Conflict,
            "Занятие ещё не прошло: отметить посещаемость можно после его окончания",
            "The session has not ended yet: take the register afterwards",
        ));
    }
    let before: Option<register::Model> = store::attendance::registers_of(ctx.db, &[s.id])
        .await?
        .pop();
    let version = before.as_ref().map_or(0, |r| r.version);
    if expected.is_some_and(|v| v != version) {
        return Err(store::StoreError::VersionMismatch { current: version }.into());
    }
    let reason = input
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let late = before.is_some() && ctx.clock.now() > l.reason_after;
    if late && reason.is_none() {
        return Err(OpError::field("reason", Issue::Required));
    }
    // The register as the actor sees it: a visiting pupil who has left is out of the
    // provider's sight, and their marks stay as they were taken.
    let (_, roster) = ctx.actor.read_roster(&l.access)?;
    let all = store::enrolments::of_group(ctx.db, s.group_id).await?;
    let mut listed = on_register(&all, s.date)?;
    listed.retain(|e| keep(e, roster));
    let mut rows = Vec::new();
    let mut issues = Vec::new();
    for (i, m) in input.marks.iter().enumerate() {
        match listed.iter().find(|e| e.student_id == m.student_id) {
            Some(_) if rows.iter().any(|r: &MarkRow| r.student == m.student_id) => {
                issues.push(FieldIssue::new(
                    &format!("marks[{i}].student_id"),
                    Issue::Twice,
                ));
            }
            Some(e) => rows.push(MarkRow {
                student: m.student_id,
                enrolment: e.id,
                mark: m.mark,
            }),
            None => issues.push(FieldIssue::new(
                &format!("marks[{i}].student_id"),
                Issue::UnknownReference,
            )),
        }
    }
    if issues.is_empty() && rows.len() < listed.len() {
        issues.push(FieldIssue::new(
            "marks",
            Issue::Rule(ErrorCode::RegisterIncomplete),
        ));
    }
    if !issues.is_empty() {
        return Err(OpError::Validation(issues));
    }
    let provider = store::groups::row(ctx.db, s.group_id)
        .await?
        .ok_or_else(OpError::not_found)?
        .provider_id;
    store::attendance::put(
        ctx.db,
        s,
        before.as_ref(),
        &rows,
        reason,
        provider,
        ctx.audit,
    )
    .await?;
    Ok(l)
}

/// A group's attendance: its sessions in order and a row per student with a mark for
/// each; a home school sees its own students' rows.
pub async fn of_group(ctx: &Ctx<'_>, group_id: Uuid) -> OpResult<GroupAttendance> {
    let access = crate::facts::group(ctx, group_id).await?;
    let (cap, roster) = ctx.actor.read_roster(&access)?;
    let sessions = store::sessions::of_group(ctx.db, &cap, None, None).await?;
    let ids: Vec<Uuid> = sessions.iter().map(|s| s.id).collect();
    let taken: Vec<Uuid> = store::attendance::registers_of(ctx.db, &ids)
        .await?
        .into_iter()
        .map(|r| r.session_id)
        .collect();
    let mut marks: HashMap<(Uuid, Uuid), Mark> = HashMap::new();
    for m in store::attendance::marks_of(ctx.db, &ids).await? {
        marks.insert(
            (m.session_id, m.student_id),
            store::attendance::mark_of(&m)?,
        );
    }
    let all = store::enrolments::of_group(ctx.db, group_id).await?;
    // A row for every pupil who was on a register of the group or has a mark in it.
    // (A pupil withdrawn and enrolled again has one row over both seats.)
    let mut seats: HashMap<Uuid, Vec<Seat>> = HashMap::new();
    let mut listed: Vec<&enrolment::Model> = Vec::new();
    for e in all.iter().filter(|e| keep(e, roster)) {
        let seat = seat(e)?;
        let marked = sessions
            .iter()
            .any(|s| marks.contains_key(&(s.id, e.student_id)));
        if marked || sessions.iter().any(|s| seat.on_register(s.date)) {
            if !seats.contains_key(&e.student_id) {
                listed.push(e);
            }
            seats.entry(e.student_id).or_default().push(seat);
        }
    }
    let rows = students(ctx, &listed)
        .await?
        .into_iter()
        .map(|(student, _)| {
            let held = seats.get(&student.id).map_or(&[][..], Vec::as_slice);
            let mut tally = Tally::default();
            let row: Vec<Option<Mark>> = sessions
                .iter()
                .map(|s| {
                    let m = marks.get(&(s.id, student.id)).copied();
                    if let Some(m) = m {
                        tally.add(m);
                    }
                    m
                })
                .collect();
            AttendanceRow {
                on_register: sessions
                    .iter()
                    .map(|s| held.iter().any(|x| x.on_register(s.date)))
                    .collect(),
                student,
                marks: row,
                tally,
            }
        })
        .collect::<Vec<_>>();
    let student_ids: Vec<Uuid> = rows.iter().map(|r| r.student.id).collect();
    crate::students::audit_read(
        ctx,
        "attendance",
        Some(group_id.to_string()),
        Some(access.provider.as_uuid()),
        &student_ids,
    )
    .await?;
    Ok(GroupAttendance {
        group_id,
        sessions: sessions
            .iter()
            .map(|s| AttendanceSession {
                session_id: s.id,
                date: s.date,
                start: s.start_time,
                cancelled: s.status == "cancelled",
                taken: taken.contains(&s.id),
            })
            .collect(),
        rows,
    })
}

/// The home school's students whose absences in network groups over a period exceed the
/// threshold (a share of marked sessions, 20 % unless told, or a count).
pub async fn absences(ctx: &Ctx<'_>, org: Uuid, q: &AbsenceQuery) -> OpResult<Vec<AbsenceLine>> {
    let facts = crate::facts::organization(ctx, org).await?;
    ctx.actor.read_students_of(&facts)?;
    let bad = |what: &str| {
        OpError::with_detail(
            ErrorCode::InvalidQuery,
            format!("Неверный параметр запроса: {what}"),
            format!("Invalid query parameter: {what}"),
        )
    };
    if q.share.is_some_and(|s| s > 100) {
        return Err(bad("share (0–100)"));
    }
    if q.count.is_some_and(|c| c > 1000) {
        return Err(bad("count (0–1000)"));
    }
    let threshold = match (q.share, q.count) {
        (Some(_), Some(_)) => return Err(OpError::field("count", Issue::Invalid)),
        (_, Some(n)) => Threshold::Count(n),
        (share, None) => Threshold::Share(share.unwrap_or(20)),
    };
    let enrolments =
        store::enrolments::of_home_in(ctx.db, org, &["approved", "completed", "withdrawn"]).await?;
    let groups: Vec<Uuid> = {
        let mut g: Vec<Uuid> = enrolments.iter().map(|e| e.group_id).collect();
        g.sort();
        g.dedup();
        g
    };
    let sessions = store::sessions::of_groups(ctx.db, &groups, q.from, q.to).await?;
    let ids: Vec<Uuid> = sessions.iter().map(|s| s.id).collect();
    let mut tallies: BTreeMap<Uuid, (Tally, Vec<Uuid>)> = BTreeMap::new();
    let group_of: HashMap<Uuid, Uuid> = sessions.iter().map(|s| (s.id, s.group_id)).collect();
    let mine: Vec<Uuid> = enrolments.iter().map(|e| e.student_id).collect();
    for m in store::attendance::marks_of(ctx.db, &ids).await? {
        if !mine.contains(&m.student_id) {
            continue;
        }
        let entry = tallies.entry(m.student_id).or_default();
        entry.0.add(store::attendance::mark_of(&m)?);
        if let Some(g) = group_of.get(&m.session_id)
            && !entry.1.contains(g)
        {
            entry.1.push(*g);
        }
    }
    let over: Vec<&enrolment::Model> = enrolments
        .iter()
        .filter(|e| {
            tallies
                .get(&e.student_id)
                .is_some_and(|(t, _)| threshold.exceeded_by(t))
        })
        .collect();
    let mut unique: Vec<&enrolment::Model> = Vec::new();
    for e in over {
        if !unique.iter().any(|u| u.student_id == e.student_id) {
            unique.push(e);
        }
    }
    let mut names = HashMap::new();
    for g in &groups {
        if let Some(row) = store::groups::row(ctx.db, *g).await? {
            names.insert(*g, row.name);
        }
    }
    let out: Vec<AbsenceLine> = students(ctx, &unique)
        .await?
        .into_iter()
        .filter_map(|(student, _)| {
            let (tally, gs) = tallies.get(&student.id)?.clone();
            Some(AbsenceLine {
                absence_share: f64::from(tally.absence_share_tenths()) / 10.0,
                groups: gs.iter().filter_map(|g| names.get(g).cloned()).collect(),
                tally,
                student,
            })
        })
        .collect();
    let ids: Vec<Uuid> = out.iter().map(|l| l.student.id).collect();
    crate::students::audit_read(ctx, "absence_report", None, Some(org), &ids).await?;
    Ok(out)
}

/// Sessions of a network's groups that have ended without their register being taken:
/// for the coordinator, the authority, the providers (their own groups) and the
/// teachers (theirs).
pub async fn untaken_read(
    ctx: &Ctx<'_, store::Db>,
    network: Uuid,
    provider: Option<Uuid>,
) -> OpResult<Vec<UntakenRegister>> {
    let facts = crate::facts::network(ctx, network).await?;
    let cap = ctx.actor.read_network(&facts)?;
    let filter = store::groups::GroupFilter {
        provider_id: provider,
        ..Default::default()
    };
    let mut groups = store::groups::of_network(ctx.db, &cap, &filter).await?;
    if ctx.actor.sees_only_own_groups() {
        let mine = store::groups::staff_of_user(ctx.db, ctx.actor.user).await?;
        groups.retain(|g| g.teachers.iter().any(|t| mine.contains(t)));
    }
    let zone = store::networks::zone_of(ctx.db, network).await?;
    let now = ctx.clock.now();
    let now_local = now.naive_utc() + Duration::minutes(i64::from(zone.offset_minutes_at(now)));
    let ids: Vec<Uuid> = groups.iter().map(|g| g.id).collect();
    let sessions = store::sessions::of_groups(ctx.db, &ids, None, Some(now_local.date())).await?;
    let names: HashMap<Uuid, String> = store::organizations::names(
        ctx.db,
        &groups.iter().map(|g| g.provider_id).collect::<Vec<_>>(),
    )
    .await?
    .into_iter()
    .collect();
    let mut taught = Vec::new();
    for g in &ids {
        let held = store::enrolments::of_group_in(ctx.db, *g, &["approved", "completed"]).await?;
        if !held.is_empty() {
            taught.push(*g);
        }
    }
    let mut out = Vec::new();
    for s in sessions {
        let ended = s.date.and_time(s.end_time) <= now_local;
        if s.status == "cancelled" || s.attendance_taken || !ended {
            continue;
        }
        let Some(g) = groups.iter().find(|g| g.id == s.group_id) else {
            continue;
        };
        // A group without students on the register has nothing to take.
        if !taught.contains(&g.id) {
            continue;
        }
        out.push(UntakenRegister {
            session_id: s.id,
            group_id: g.id,
            group_name: g.name.clone(),
            provider_id: g.provider_id,
            provider_name: names.get(&g.provider_id).cloned().unwrap_or_default(),
            date: s.date,
            start: s.start_time,
        });
    }
    Ok(out)
}
