//! Enrolments as both schools read them — with the student in the teaching view, the
//! status shown on the group's today, the waitlist position and the steps — and the
//! audit of those reads (they show students' personal data).

use std::collections::HashMap;

use domain::access::{Roster, StudentView};
use domain::enrolment::{self, EnrolmentStatus};
use domain::{EnrolmentId, OrganizationId};
use store::entities::enrolment::Model;
use store::entities::enrolment_event;
use uuid::Uuid;
use wire::enrolment::{Enrolment, EnrolmentQuery, EnrolmentSide, EnrolmentStep, OrgEnrolmentQuery};
use wire::student::TeachingStudent;

use crate::{Ctx, OpError, OpResult};

/// Builds the views of enrolments (of any groups and students).
async fn views(ctx: &Ctx<'_>, rows: &[Model]) -> OpResult<Vec<Enrolment>> {
    let c = ctx.db;
    let mut groups = HashMap::new();
    let mut today = HashMap::new();
    let mut waitlists: HashMap<Uuid, Vec<enrolment::Waiting>> = HashMap::new();
    for e in rows {
        if groups.contains_key(&e.group_id) {
            continue;
        }
        let g = crate::enrolment_rules::group(c, e.group_id).await?;
        today.insert(
            e.group_id,
            store::networks::today_of(c, g.row.network_id, ctx.clock).await?,
        );
        let waiting = store::enrolments::of_group_in(c, e.group_id, &["waitlisted"]).await?;
        waitlists.insert(
            e.group_id,
            waiting
                .iter()
                .map(|w| enrolment::Waiting {
                    id: EnrolmentId(w.id),
                    requested_at: w.requested_at,
                })
                .collect(),
        );
        groups.insert(e.group_id, g);
    }
    let student_ids: Vec<Uuid> = rows.iter().map(|e| e.student_id).collect();
    let students: HashMap<Uuid, store::entities::student::Model> =
        store::students::by_ids(c, &student_ids)
            .await?
            .into_iter()
            .map(|s| (s.id, s))
            .collect();
    let mut orgs: Vec<Uuid> = rows.iter().map(|e| e.home_organization_id).collect();
    orgs.extend(groups.values().map(|g| g.row.provider_id));
    let names: HashMap<Uuid, String> = store::organizations::names(c, &orgs)
        .await?
        .into_iter()
        .collect();
    let ids: Vec<Uuid> = rows.iter().map(|e| e.id).collect();
    let mut history: HashMap<Uuid, Vec<EnrolmentStep>> = HashMap::new();
    for ev in store::enrolments::history(c, &ids).await? {
        let step = step_of(&ev)?;
        history.entry(ev.enrolment_id).or_default().push(step);
    }
    let name = |id: &Uuid| names.get(id).cloned().unwrap_or_default();
    rows.iter()
        .map(|e| {
            let g = groups.get(&e.group_id).ok_or_else(OpError::not_found)?;
            let s = students.get(&e.student_id).ok_or_else(OpError::not_found)?;
            let stored = store::enrolments::status_of(e)?;
            let day = today.get(&e.group_id).copied().unwrap_or(g.row.first_date);
            let position = match stored {
                EnrolmentStatus::Waitlisted => waitlists
                    .get(&e.group_id)
                    .and_then(|w| enrolment::position(w, EnrolmentId(e.id)))
                    .and_then(|p| u32::try_from(p).ok()),
                _ => None,
            };
            Ok(Enrolment {
                id: e.id,
                group_id: e.group_id,
                group_name: g.row.name.clone(),
                programme_id: g.programme.id,
                programme_title: g.programme.title.clone(),
                provider_id: g.row.provider_id,
                provider_name: name(&g.row.provider_id),
                student: crate::students::teaching_view(s, &name(&s.organization_id))?,
                status: enrolment::shown(stored, g.row.first_date, day),
                replaces_hours: f64::from(e.replaces_tenths) / 10.0,
                requested_at: e.requested_at,
                waitlist_position: position,
                history: history.remove(&e.id).unwrap_or_default(),
                version: e.version,
            })
        })
        .collect()
}

fn step_of(ev: &enrolment_event::Model) -> OpResult<EnrolmentStep> {
    Ok(EnrolmentStep {
        at: ev.at,
        actor_name: ev.actor_name.clone(),
        action: ev.action.clone(),
        from_status: ev
            .from_status
            .as_deref()
            .map(store::enrolments::parse_status)
            .transpose()?,
        to_status: store::enrolments::parse_status(&ev.to_status)?,
        reason: ev.reason.clone(),
    })
}

/// The read's record lands in the log of `org` (the group's provider, the student's home
/// school) and so of its municipality: the authority sees who looked.
pub(crate) async fn audit(
    ctx: &Ctx<'_>,
    entity: Option<String>,
    org: Uuid,
    students: &[Uuid],
) -> OpResult<()> {
    crate::students::audit_read(ctx, "enrolment", entity, Some(org), students).await
}

/// Whether a roster shows an enrolment: a provider's side sees a visiting pupil only
/// while the enrolment is open.
pub(crate) fn keep(e: &Model, roster: Roster) -> bool {
    let home = OrganizationId(e.home_organization_id);
    match roster {
        Roster::All => true,
        Roster::OfHome(o) => home == o,
        Roster::Teaching(own) => {
            own == Some(home) || store::enrolments::OPEN.contains(&e.status.as_str())
        }
    }
}

fn shown_filter(q: &EnrolmentQuery, views: Vec<Enrolment>) -> Vec<Enrolment> {
    match q.status {
        Some(s) => views.into_iter().filter(|v| v.status == s).collect(),
        None => views,
    }
}

/// A group's enrolments the actor may read: all of them for the provider's side and the
/// group's teachers, a home school's own students for a home school.
pub async fn of_group(
    ctx: &Ctx<'_>,
    group_id: Uuid,
    q: &EnrolmentQuery,
) -> OpResult<Vec<Enrolment>> {
    let access = crate::facts::group(ctx, group_id).await?;
    let (_, roster) = ctx.actor.read_roster(&access)?;
    let rows: Vec<Model> = store::enrolments::of_group(ctx.db, group_id)
        .await?
        .into_iter()
        .filter(|e| keep(e, roster))
        .collect();
    let out = shown_filter(q, views(ctx, &rows).await?);
    let ids: Vec<Uuid> = out.iter().map(|e| e.student.id).collect();
    audit(ctx, None, access.provider.as_uuid(), &ids).await?;
    Ok(out)
}

/// A student's enrolments, for those who see the whole record (the home school).
pub async fn of_student(ctx: &Ctx<'_>, student_id: Uuid) -> OpResult<Vec<Enrolment>> {
    let s = crate::students::facts(ctx, student_id).await?;
    let (_, view) = ctx.actor.read_student(&s)?;
    let rows = store::enrolments::of_student(ctx.db, student_id).await?;
    let rows: Vec<Model> = match view {
        StudentView::Full => rows,
        // A provider sees the student's enrolments with itself only.
        StudentView::Teaching => {
            let mut mine = Vec::new();
            for e in rows {
                let g = crate::facts::group(ctx, e.group_id).await?;
                if ctx.actor.read_roster(&g).is_ok_and(|(_, r)| keep(&e, r)) {
                    mine.push(e);
                }
            }
            mine
        }
    };
    let out = views(ctx, &rows).await?;
    audit(ctx, None, s.home.id.as_uuid(), &[student_id]).await?;
    Ok(out)
}

/// The stored statuses a shown status comes from (`active` is an approved enrolment whose
/// group has started).
fn stored_of(s: EnrolmentStatus) -> &'static str {
    match s {
        EnrolmentStatus::Active => "approved",
        other => store::enrolments::status_text(other),
    }
}

/// A school's enrolments: of its own students (`side=home`), or in the groups it provides
/// (`side=provider`, where a visiting pupil shows only while the enrolment is open), in
/// the order of request. For those who read the school's students (its administration,
/// the authority, the administrator); the read is audited under the school.
pub async fn of_organization(
    ctx: &Ctx<'_>,
    org: Uuid,
    q: &OrgEnrolmentQuery,
) -> OpResult<Vec<Enrolment>> {
    let facts = crate::facts::organization(ctx, org).await?;
    ctx.actor.read_students_of(&facts)?;
    let statuses: Vec<&str> = q.status.map(stored_of).into_iter().collect();
    let provider = q.side == Some(EnrolmentSide::Provider);
    let mut rows = store::enrolments::of_school(ctx.db, org, provider, &statuses).await?;
    if provider {
        let mut rosters = HashMap::new();
        for e in &rows {
            if let std::collections::hash_map::Entry::Vacant(slot) = rosters.entry(e.group_id) {
                let g = crate::facts::group(ctx, e.group_id).await?;
                slot.insert(ctx.actor.read_roster(&g).ok().map(|(_, r)| r));
            }
        }
        rows.retain(|e| {
            rosters
                .get(&e.group_id)
                .copied()
                .flatten()
                .is_some_and(|r| keep(e, r))
        });
    }
    let out = shown_filter(
        &EnrolmentQuery { status: q.status },
        views(ctx, &rows).await?,
    );
    let ids: Vec<Uuid> = out.iter().map(|e| e.student.id).collect();
    audit(ctx, None, org, &ids).await?;
    Ok(out)
}

/// An enrolment the actor sees — in the group's roster, or with the student's whole
/// record — and the group's access facts; anyone else gets 404.
pub(crate) async fn visible(
    ctx: &Ctx<'_>,
    id: Uuid,
) -> OpResult<(Model, domain::access::GroupAccess)> {
    let e = store::enrolments::by_id(ctx.db, id)
        .await?
        .ok_or_else(OpError::not_found)?;
    let g = crate::facts::group(ctx, e.group_id).await?;
    let in_roster = ctx.actor.read_roster(&g).is_ok_and(|(_, r)| keep(&e, r));
    let home = match crate::students::facts(ctx, e.student_id).await {
        Ok(s) => matches!(ctx.actor.read_student(&s), Ok((_, StudentView::Full))),
        Err(_) => false,
    };
    if !in_roster && !home {
        return Err(OpError::not_found());
    }
    Ok((e, g))
}

/// One enrolment, for whoever sees it in the group's roster or sees the student's whole
/// record.
pub async fn one(ctx: &Ctx<'_>, id: Uuid) -> OpResult<Enrolment> {
    let (e, g) = visible(ctx, id).await?;
    let view = views(ctx, std::slice::from_ref(&e))
        .await?
        .pop()
        .ok_or_else(OpError::not_found)?;
    audit(
        ctx,
        Some(id.to_string()),
        g.provider.as_uuid(),
        &[e.student_id],
    )
    .await?;
    Ok(view)
}

/// The students of a group — those with an open enrolment the actor may read — in the
/// teaching view, in name order, with the audit record of the read (run it through
/// [`crate::Ops::read_audited`]).
pub async fn students_of_group(
    ctx: &Ctx<'_, impl store::Conn>,
    group_id: Uuid,
) -> OpResult<(Vec<TeachingStudent>, crate::ReadRecord)> {
    let access = crate::facts::group(ctx, group_id).await?;
    let (_, roster) = ctx.actor.read_roster(&access)?;
    let rows = store::enrolments::of_group_in(ctx.db, group_id, &store::enrolments::OPEN).await?;
    let ids: Vec<Uuid> = rows
        .iter()
        .filter(|e| keep(e, roster))
        .map(|e| e.student_id)
        .collect();
    let mut students = store::students::by_ids(ctx.db, &ids).await?;
    students.sort_by(|a, b| a.sort_key.cmp(&b.sort_key).then(a.id.cmp(&b.id)));
    let homes: Vec<Uuid> = students.iter().map(|s| s.organization_id).collect();
    let names: HashMap<Uuid, String> = store::organizations::names(ctx.db, &homes)
        .await?
        .into_iter()
        .collect();
    let out = students
        .iter()
        .map(|s| {
            let home = names.get(&s.organization_id).cloned().unwrap_or_default();
            crate::students::teaching_view(s, &home)
        })
        .collect::<OpResult<Vec<_>>>()?;
    let record = crate::ReadRecord {
        entity_type: "enrolment",
        entity_id: None,
        organization: Some(access.provider.as_uuid()),
        municipality: None,
        students: out.iter().map(|s| s.id).collect(),
    };
    Ok((out, record))
}
