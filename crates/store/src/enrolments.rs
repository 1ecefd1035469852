//! Enrolments of students in network groups, their history, and the seats they hold.

use chrono::NaiveDate;
use domain::enrolment::EnrolmentStatus;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Select,
};
use uuid::Uuid;

use crate::audit::AuditCtx;
use crate::entities::enrolment::{ActiveModel, Column, Entity, Model};
use crate::entities::{enrolment_event, study_group};
use crate::repo::{self, Owner};
use crate::{StoreError, new_id};

repo::aggregate!("enrolment", no_soft_delete, |m| Owner::Organization(
    m.home_organization_id
));

/// The stored text of a status.
pub fn status_text(s: EnrolmentStatus) -> &'static str {
    match s {
        EnrolmentStatus::Requested => "requested",
        EnrolmentStatus::Approved => "approved",
        EnrolmentStatus::Waitlisted => "waitlisted",
        EnrolmentStatus::Rejected => "rejected",
        EnrolmentStatus::Active => "active",
        EnrolmentStatus::Completed => "completed",
        EnrolmentStatus::Withdrawn => "withdrawn",
    }
}

/// A stored status; unknown text (and `active`, which is never stored) is corrupt data.
pub fn parse_status(raw: &str) -> Result<EnrolmentStatus, StoreError> {
    Ok(match raw {
        "requested" => EnrolmentStatus::Requested,
        "approved" => EnrolmentStatus::Approved,
        "waitlisted" => EnrolmentStatus::Waitlisted,
        "rejected" => EnrolmentStatus::Rejected,
        "completed" => EnrolmentStatus::Completed,
        "withdrawn" => EnrolmentStatus::Withdrawn,
        other => {
            return Err(StoreError::Corrupt(format!(
                "enrolments.status: unknown value {other:?}"
            )));
        }
    })
}

pub fn status_of(m: &Model) -> Result<EnrolmentStatus, StoreError> {
    parse_status(&m.status)
}

/// The stored statuses in which the provider sees the student (the teaching view).
pub const OPEN: [&str; 3] = ["requested", "waitlisted", "approved"];

pub async fn by_id(c: &impl ConnectionTrait, id: Uuid) -> Result<Option<Model>, StoreError> {
    Ok(Entity::find_by_id(id).one(c).await?)
}

fn in_request_order(s: Select<Entity>) -> Select<Entity> {
    s.order_by_asc(Column::RequestedAt).order_by_asc(Column::Id)
}

/// A group's enrolments in the order of request.
pub async fn of_group(c: &impl ConnectionTrait, group: Uuid) -> Result<Vec<Model>, StoreError> {
    Ok(
        in_request_order(Entity::find().filter(Column::GroupId.eq(group)))
            .all(c)
            .await?,
    )
}

/// A group's enrolments in the given stored statuses, in the order of request.
pub async fn of_group_in(
    c: &impl ConnectionTrait,
    group: Uuid,
    statuses: &[&str],
) -> Result<Vec<Model>, StoreError> {
    let s = Entity::find()
        .filter(Column::GroupId.eq(group))
        .filter(Column::Status.is_in(statuses.iter().copied()));
    Ok(in_request_order(s).all(c).await?)
}

/// A student's enrolments, newest request last.
pub async fn of_student(c: &impl ConnectionTrait, student: Uuid) -> Result<Vec<Model>, StoreError> {
    Ok(
        in_request_order(Entity::find().filter(Column::StudentId.eq(student)))
            .all(c)
            .await?,
    )
}

/// The enrolments of several students in the given stored statuses.
pub async fn of_students_in(
    c: &impl ConnectionTrait,
    students: &[Uuid],
    statuses: &[&str],
) -> Result<Vec<Model>, StoreError> {
    if students.is_empty() {
        return Ok(Vec::new());
    }
    let s = Entity::find()
        .filter(Column::StudentId.is_in(students.iter().copied()))
        .filter(Column::Status.is_in(statuses.iter().copied()));
    Ok(in_request_order(s).all(c).await?)
}

/// A home school's enrolments in the given stored statuses.
pub async fn of_home_in(
    c: &impl ConnectionTrait,
    home: Uuid,
    statuses: &[&str],
) -> Result<Vec<Model>, StoreError> {
    let s = Entity::find()
        .filter(Column::HomeOrganizationId.eq(home))
        .filter(Column::Status.is_in(statuses.iter().copied()));
    Ok(in_request_order(s).all(c).await?)
}

/// A school's enrolments in the given stored statuses (every status when empty): of its
/// own students (`provider == false`) or in the groups it provides.
pub async fn of_school(
    c: &impl ConnectionTrait,
    org: Uuid,
    provider: bool,
    statuses: &[&str],
) -> Result<Vec<Model>, StoreError> {
    use sea_orm::sea_query::Query;
    let mut s = if provider {
        Entity::find().filter(
            Column::GroupId.in_subquery(
                Query::select()
                    .column(study_group::Column::Id)
                    .from(study_group::Entity)
                    .and_where(study_group::Column::ProviderId.eq(org))
                    .to_owned(),
            ),
        )
    } else {
        Entity::find().filter(Column::HomeOrganizationId.eq(org))
    };
    if !statuses.is_empty() {
        s = s.filter(Column::Status.is_in(statuses.iter().copied()));
    }
    Ok(in_request_order(s).all(c).await?)
}

/// What a new request holds.
#[derive(Debug, Clone)]
pub struct NewEnrolment {
    pub group: Uuid,
    pub student: Uuid,
    pub home: Uuid,
    pub replaces_tenths: i32,
    pub reason: Option<String>,
}

async fn event(
    c: &impl ConnectionTrait,
    ctx: &AuditCtx,
    enrolment: Uuid,
    action: &str,
    from: Option<&str>,
    to: &str,
    reason: Option<String>,
) -> Result<(), StoreError> {
    enrolment_event::Entity::insert(enrolment_event::ActiveModel {
        id: Set(new_id()),
        enrolment_id: Set(enrolment),
        at: Set(ctx.at),
        actor_id: Set(ctx.actor_id),
        actor_name: Set(ctx.actor_name.clone()),
        action: Set(action.to_owned()),
        from_status: Set(from.map(str::to_owned)),
        to_status: Set(to.to_owned()),
        reason: Set(reason),
    })
    .exec_without_returning(c)
    .await?;
    Ok(())
}

/// Records a request, with its first step.
pub async fn create(
    c: &impl ConnectionTrait,
    n: &NewEnrolment,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let a = ActiveModel {
        group_id: Set(n.group),
        student_id: Set(n.student),
        home_organization_id: Set(n.home),
        status: Set(status_text(EnrolmentStatus::Requested).to_owned()),
        replaces_tenths: Set(n.replaces_tenths),
        requested_at: Set(ctx.at),
        requested_by: Set(ctx.actor_id),
        ..Default::default()
    };
    let m = repo::create::<Entity>(c, a, ctx).await?;
    event(c, ctx, m.id, "request", None, &m.status, n.reason.clone()).await?;
    Ok(m)
}

/// A step of an enrolment: its name, the status it leads to, why, and the days of the
/// seat it starts or ends (`domain::enrolment::seat_change`).
pub struct Step {
    pub action: &'static str,
    pub to: EnrolmentStatus,
    pub reason: Option<String>,
    pub seat_from: Option<NaiveDate>,
    pub seat_until: Option<NaiveDate>,
}

/// Moves an enrolment from `before` as `step`, only if nobody moved it first (a
/// conditional update on its version: a lost race is `VersionMismatch`).
pub async fn step(
    c: &impl ConnectionTrait,
    before: Model,
    step: Step,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let from = before.status.clone();
    let id = before.id;
    let version = before.version;
    let Step {
        action,
        to,
        reason,
        seat_from,
        seat_until,
    } = step;
    let after = repo::update_as::<Entity>(
        c,
        action,
        before,
        |a| {
            a.status = Set(status_text(to).to_owned());
            if let Some(day) = seat_from {
                a.seat_from = Set(Some(day));
                a.seat_until = Set(None);
            }
            if let Some(day) = seat_until {
                a.seat_until = Set(Some(day));
            }
        },
        ctx,
    )
    .await?;
    if after.version == version {
        // The status was `to` already: the conditional write did not run.
        return Err(StoreError::VersionMismatch { current: version });
    }
    event(c, ctx, id, action, Some(&from), &after.status, reason).await?;
    Ok(after)
}

/// The steps of an enrolment in order.
pub async fn history(
    c: &impl ConnectionTrait,
    ids: &[Uuid],
) -> Result<Vec<enrolment_event::Model>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(enrolment_event::Entity::find()
        .filter(enrolment_event::Column::EnrolmentId.is_in(ids.iter().copied()))
        .order_by_asc(enrolment_event::Column::Id)
        .all(c)
        .await?)
}

/// Takes a seat of the group if one is free — `UPDATE … SET seats_taken = seats_taken + 1
/// WHERE seats_taken < capacity`, decided by the database, so of many concurrent
/// approvals (in any number of processes) for the last seat exactly one gets it.
pub async fn take_seat(c: &impl ConnectionTrait, group: Uuid) -> Result<bool, StoreError> {
    let res = study_group::Entity::update_many()
        .col_expr(
            study_group::Column::SeatsTaken,
            Expr::col(study_group::Column::SeatsTaken).add(1),
        )
        .filter(study_group::Column::Id.eq(group))
        .filter(study_group::Column::DeletedAt.is_null())
        .filter(
            Expr::col(study_group::Column::SeatsTaken).lt(Expr::col(study_group::Column::Capacity)),
        )
        .exec(c)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Gives a seat back.
pub async fn release_seat(c: &impl ConnectionTrait, group: Uuid) -> Result<(), StoreError> {
    study_group::Entity::update_many()
        .col_expr(
            study_group::Column::SeatsTaken,
            Expr::col(study_group::Column::SeatsTaken).sub(1),
        )
        .filter(study_group::Column::Id.eq(group))
        .filter(study_group::Column::SeatsTaken.gt(0))
        .exec(c)
        .await?;
    Ok(())
}
