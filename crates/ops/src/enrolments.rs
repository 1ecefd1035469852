//! Enrolment of students in network groups: the home school requests (after a preview of
//! the rules), the provider approves, waitlists or rejects, either school withdraws, the
//! provider completes. A seat is taken by a conditional update in the database, and a
//! freed seat is offered to the first of the waitlist who passes every rule, in the same
//! transaction.

use domain::EnrolmentId;
use domain::access::StudentView;
use domain::enrolment::{
    self, EnrolmentStatus, Hours, LifecycleError, Rule, Transition, Waiting, evaluate,
};
use store::Conn;
use store::entities::enrolment::Model;
use store::entities::student;
use uuid::Uuid;
use wire::enrolment::{EnrolmentPreview, EnrolmentRequest, StepInput};
use wire::error::{ErrorCode, Lang};

use crate::enrolment_rules::hours;
use crate::enrolment_rules::{self, GroupFacts, gather, outcomes, refusal};
use crate::i18n::Issue;
use crate::{Ctx, OpError, OpResult, validate};

pub use crate::enrolment_views::{of_group, of_organization, of_student, one, students_of_group};

fn lifecycle(e: &LifecycleError) -> OpError {
    let code = match e {
        LifecycleError::NotAllowed { .. } => ErrorCode::TransitionNotAllowed,
        LifecycleError::AlreadyStarted { .. } => ErrorCode::AlreadyStarted,
        LifecycleError::NotFinishedYet { .. } => ErrorCode::NotFinishedYet,
    };
    OpError::with_detail(
        code,
        e.message(enrolment::Lang::Ru),
        e.message(enrolment::Lang::En),
    )
}

fn replaced_hours(raw: f64) -> OpResult<Hours> {
    Hours::from_f64(raw).map_err(|_| OpError::field("replaces_hours", Issue::Invalid))
}

fn clean_reason(raw: Option<&str>) -> Option<String> {
    raw.map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_owned)
}

/// The student a home school names in a request, with the right to request for it: the
/// home school's administration (or who manages its students); anyone else gets 404 or
/// 403 as for the student itself.
async fn requesting(ctx: &Ctx<'_>, student_id: Uuid) -> OpResult<student::Model> {
    let unknown = || OpError::field("student_id", Issue::UnknownReference);
    let s = match crate::students::facts(ctx, student_id).await {
        Ok(s) => s,
        Err(e) if e.error_code() == ErrorCode::NotFound => return Err(unknown()),
        Err(e) => return Err(e),
    };
    let (read, view) = ctx.actor.read_student(&s).map_err(|_| unknown())?;
    if view != StudentView::Full {
        return Err(OpError::code(ErrorCode::Forbidden));
    }
    ctx.actor.manage_student(&s)?;
    Ok(store::students::get(ctx.db, &read).await?)
}

/// The group a request is for, which the actor must see.
async fn visible_group(ctx: &Ctx<'_>, group_id: Uuid) -> OpResult<GroupFacts> {
    ctx.actor
        .read_group(&crate::facts::group(ctx, group_id).await?)?;
    enrolment_rules::group(ctx.db, group_id).await
}

/// What the rules say of a request before it is sent: every rule's outcome and the
/// student's week with the course.
pub async fn preview(
    ctx: &Ctx<'_>,
    group_id: Uuid,
    req: &EnrolmentRequest,
    lang: Lang,
) -> OpResult<EnrolmentPreview> {
    validate(req)?;
    let g = visible_group(ctx, group_id).await?;
    let s = requesting(ctx, req.student_id).await?;
    let input = gather(ctx, &g, &s, replaced_hours(req.replaces_hours)?, None).await?;
    let checks = evaluate(&input);
    let can_request = checks
        .iter()
        .all(|c| c.passed() || c.rule == Rule::FreeSeat);
    Ok(EnrolmentPreview {
        checks: outcomes(&checks, lang),
        load: enrolment::weekly_load(&input.load),
        can_request,
    })
}

/// The approval rules evaluated now for a request waiting for the provider's decision
/// (requested or waitlisted), so the provider sees which rule would fail before deciding;
/// `can_request` says whether an approval would pass now, the free seat included. For
/// whoever sees the enrolment; audited like reading it.
pub async fn checks(ctx: &Ctx<'_>, id: Uuid, lang: Lang) -> OpResult<EnrolmentPreview> {
    let (e, access) = crate::enrolment_views::visible(ctx, id).await?;
    let stored = store::enrolments::status_of(&e)?;
    if !matches!(
        stored,
        EnrolmentStatus::Requested | EnrolmentStatus::Waitlisted
    ) {
        return Err(OpError::with_detail(
            ErrorCode::TransitionNotAllowed,
            "Правила проверяются для заявок, ожидающих решения (поданных или в листе ожидания)",
            "Rules are checked for requests awaiting a decision (requested or waitlisted)",
        ));
    }
    let g = enrolment_rules::group(ctx.db, e.group_id).await?;
    let s = student_of(ctx, &e).await?;
    let input = gather(ctx, &g, &s, hours(e.replaces_tenths), Some(e.id)).await?;
    let checks = evaluate(&input);
    let out = EnrolmentPreview {
        checks: outcomes(&checks, lang),
        load: enrolment::weekly_load(&input.load),
        can_request: checks.iter().all(|c| c.passed()),
    };
    crate::enrolment_views::audit(
        ctx,
        Some(id.to_string()),
        access.provider.as_uuid(),
        &[e.student_id],
    )
    .await?;
    Ok(out)
}

/// The home school requests an enrolment. Every rule but the free seat must pass (a full
/// group is what the waitlist is for); the provider checks all of them again.
pub async fn request(ctx: &Ctx<'_>, group_id: Uuid, req: &EnrolmentRequest) -> OpResult<Model> {
    validate(req)?;
    let g = visible_group(ctx, group_id).await?;
    let s = requesting(ctx, req.student_id).await?;
    let replaces = replaced_hours(req.replaces_hours)?;
    let input = gather(ctx, &g, &s, replaces, None).await?;
    let checks = evaluate(&input);
    if let Some(f) = checks
        .iter()
        .filter(|c| c.rule != Rule::FreeSeat)
        .find_map(|c| c.failure.as_ref())
    {
        return Err(refusal(f));
    }
    let new = store::enrolments::NewEnrolment {
        group: g.row.id,
        student: s.id,
        home: s.organization_id,
        replaces_tenths: i32::try_from(replaces.tenths()).unwrap_or(i32::MAX),
        reason: clean_reason(req.reason.as_deref()),
    };
    Ok(store::enrolments::create(ctx.db, &new, ctx.audit).await?)
}

/// Who may take a step: the provider's side (those who manage the group) for approving,
/// waitlisting, rejecting and completing; either school for a withdrawal.
async fn authorize(ctx: &Ctx<'_>, e: &Model, t: Transition) -> OpResult<()> {
    let g = crate::facts::group(ctx, e.group_id).await?;
    let provider = ctx.actor.manage_group(&g);
    let visible = ctx
        .actor
        .read_roster(&g)
        .is_ok_and(|(_, r)| crate::enrolment_views::keep(e, r));
    if provider.is_ok() {
        return Ok(());
    }
    let home = match crate::students::facts(ctx, e.student_id).await {
        Ok(s) => ctx.actor.manage_student(&s).is_ok(),
        Err(_) => false,
    };
    match (t, home, visible) {
        (Transition::Withdraw, true, _) => Ok(()),
        (_, true, _) | (_, _, true) => Err(OpError::code(ErrorCode::Forbidden)),
        _ => Err(OpError::not_found()),
    }
}

/// Takes step `t` of enrolment `id` (at version `expected`, if given).
pub async fn act(
    ctx: &Ctx<'_>,
    id: Uuid,
    t: Transition,
    expected: Option<i32>,
    input: &StepInput,
) -> OpResult<Model> {
    validate(input)?;
    let e = store::enrolments::by_id(ctx.db, id)
        .await?
        .ok_or_else(OpError::not_found)?;
    authorize(ctx, &e, t).await?;
    if expected.is_some_and(|v| v != e.version) {
        return Err(store::StoreError::VersionMismatch { current: e.version }.into());
    }
    let g = enrolment_rules::group(ctx.db, e.group_id).await?;
    let today = store::networks::today_of(ctx.db, g.row.network_id, ctx.clock).await?;
    let stored = store::enrolments::status_of(&e)?;
    let to = enrolment::apply(stored, t, g.dates(), today).map_err(|x| lifecycle(&x))?;
    let reason = clean_reason(input.reason.as_deref());
    match t {
        Transition::Approve => {
            store::students::lock(ctx.db, e.student_id).await?;
            let s = student_of(ctx, &e).await?;
            let input = gather(ctx, &g, &s, hours(e.replaces_tenths), Some(e.id)).await?;
            if let Some(f) = enrolment::first_failure(&evaluate(&input)) {
                return Err(refusal(f));
            }
            if !store::enrolments::take_seat(ctx.db, g.row.id).await? {
                return Err(no_seat(&g));
            }
            let step = step_of(stored, t, to, reason, today);
            Ok(store::enrolments::step(ctx.db, e, step, ctx.audit).await?)
        }
        Transition::Waitlist if g.row.seats_taken < g.row.capacity => Err(OpError::with_detail(
            ErrorCode::TransitionNotAllowed,
            "В группе есть свободные места: зачислите обучающегося вместо листа ожидания",
            "The group has free seats: approve the student instead of waitlisting",
        )),
        _ => {
            let held = enrolment::holds_seat(stored);
            let step = step_of(stored, t, to, reason, today);
            let after = store::enrolments::step(ctx.db, e, step, ctx.audit).await?;
            if held && !matches!(t, Transition::Complete) {
                store::enrolments::release_seat(ctx.db, g.row.id).await?;
                offer_next(ctx, g.row.id).await?;
            }
            Ok(after)
        }
    }
}

fn no_seat(g: &GroupFacts) -> OpError {
    refusal(&enrolment::RuleFailure::NoSeat {
        capacity: u32::try_from(g.row.capacity).unwrap_or(0),
        taken: u32::try_from(g.row.capacity).unwrap_or(0),
    })
}

/// Step `t` from `stored` to `to` today, with the days of the seat it starts or ends.
fn step_of(
    stored: EnrolmentStatus,
    t: Transition,
    to: EnrolmentStatus,
    reason: Option<String>,
    today: chrono::NaiveDate,
) -> store::enrolments::Step {
    let (seat_from, seat_until) = enrolment::seat_change(stored, t, today);
    store::enrolments::Step {
        action: action_name(t),
        to,
        reason,
        seat_from,
        seat_until,
    }
}

fn action_name(t: Transition) -> &'static str {
    match t {
        Transition::Approve => "approve",
        Transition::Waitlist => "waitlist",
        Transition::Reject => "reject",
        Transition::Withdraw => "withdraw",
        Transition::Complete => "complete",
    }
}

async fn student_of(ctx: &Ctx<'_, impl Conn>, e: &Model) -> OpResult<student::Model> {
    store::students::by_ids(ctx.db, &[e.student_id])
        .await?
        .pop()
        .ok_or_else(OpError::not_found)
}

/// Offers the free seats of a group to its waitlist, first come first served: each
/// candidate is checked against every rule again, and those who pass are approved
/// (recorded as `offer`) while seats last. Called in the transaction that freed a seat or
/// raised the capacity.
pub async fn offer_next(ctx: &Ctx<'_>, group_id: Uuid) -> OpResult<()> {
    let g = enrolment_rules::group(ctx.db, group_id).await?;
    if g.row.seats_taken >= g.row.capacity {
        return Ok(());
    }
    let waiting = store::enrolments::of_group_in(ctx.db, group_id, &["waitlisted"]).await?;
    let mut queue: Vec<Waiting> = waiting
        .iter()
        .map(|w| Waiting {
            id: EnrolmentId(w.id),
            requested_at: w.requested_at,
        })
        .collect();
    enrolment::queue(&mut queue);
    let today = store::networks::today_of(ctx.db, g.row.network_id, ctx.clock).await?;
    for next in queue {
        let Some(w) = waiting.iter().find(|w| w.id == next.id.as_uuid()) else {
            continue;
        };
        store::students::lock(ctx.db, w.student_id).await?;
        let s = student_of(ctx, w).await?;
        let input = gather(ctx, &g, &s, hours(w.replaces_tenths), Some(w.id)).await?;
        if enrolment::first_failure(&evaluate(&input)).is_some() {
            continue;
        }
        if !store::enrolments::take_seat(ctx.db, group_id).await? {
            return Ok(());
        }
        let reason = Some("Освободилось место: предложено первому в листе ожидания".to_owned());
        let (seat_from, seat_until) =
            enrolment::seat_change(EnrolmentStatus::Waitlisted, Transition::Approve, today);
        let step = store::enrolments::Step {
            action: "offer",
            to: EnrolmentStatus::Approved,
            reason,
            seat_from,
            seat_until,
        };
        store::enrolments::step(ctx.db, w.clone(), step, ctx.audit).await?;
    }
    Ok(())
}
