//! Sessions a person decides about: one added by hand, one moved, cancelled or restored.
//! Each decides access inside its transaction from the group's facts then, and checks a
//! session as a group's slots are checked (its length, its day inside the group's year,
//! a place of its own like a group's place).

use domain::GroupId;
use domain::access::{CanManage, NetworkFacts};
use domain::timetable::{Planned, is_lesson_length};
use store::Conn;
use store::entities::session::Model;
use store::groups::Group;
use store::sessions::Edit;
use uuid::Uuid;
use wire::group::{Cancellation, SessionInput};

use crate::groups::check_place;
use crate::i18n::{FieldIssue, Issue};
use crate::{Ctx, OpError, OpResult};

/// A session by hand, checked.
fn planned_of(input: &SessionInput, g: &Group, network: &NetworkFacts) -> OpResult<Planned> {
    let mut issues = Vec::new();
    if !is_lesson_length(input.start, input.end) {
        issues.push(FieldIssue::new("end", Issue::Duration));
    }
    let year = store::groups::year_of(g)?;
    let (first, last) = domain::calendar::year_bounds(year);
    if input.date < first || last < input.date {
        issues.push(FieldIssue::new("date", Issue::OutsideYear));
    }
    if let Some(p) = &input.place {
        check_place(p, "place", network, &mut issues);
    }
    if !issues.is_empty() {
        return Err(OpError::Validation(issues));
    }
    Ok(Planned {
        slot: Uuid::nil(),
        date: input.date,
        start: input.start,
        end: input.end,
        place: input.place.clone(),
    })
}

/// The group of a session with what may be done with it.
async fn of_group(
    ctx: &Ctx<'_>,
    group: Uuid,
) -> OpResult<(CanManage<GroupId>, Group, NetworkFacts)> {
    let access = crate::facts::group(ctx, group).await?;
    let cap = ctx.actor.manage_group(&access)?;
    let read = ctx.actor.read_group(&access)?;
    let g = store::groups::get(ctx.db, &read).await?;
    Ok((cap, g, access.network))
}

async fn group_of(ctx: &Ctx<'_, impl Conn>, session: Uuid) -> OpResult<Uuid> {
    store::sessions::group_of(ctx.db, session)
        .await?
        .ok_or_else(OpError::not_found)
}

async fn of_session(
    ctx: &Ctx<'_>,
    session: Uuid,
) -> OpResult<(CanManage<GroupId>, Group, NetworkFacts)> {
    let group = group_of(ctx, session).await?;
    of_group(ctx, group).await
}

/// A session the actor may read, with its group.
pub async fn get(ctx: &Ctx<'_, impl Conn>, session: Uuid) -> OpResult<(Model, Group)> {
    let access = crate::facts::group(ctx, group_of(ctx, session).await?).await?;
    let read = ctx.actor.read_group(&access)?;
    let g = store::groups::get(ctx.db, &read).await?;
    let m = store::sessions::get(ctx.db, &read, session).await?;
    Ok((m, g))
}

/// Adds a session to group `group` by hand; returns it with the group it belongs to.
pub async fn add(ctx: &Ctx<'_>, group: Uuid, input: &SessionInput) -> OpResult<(Model, Group)> {
    let (cap, g, network) = of_group(ctx, group).await?;
    let p = planned_of(input, &g, &network)?;
    let m = store::sessions::add(ctx.db, &cap, &p, ctx.audit).await?;
    Ok((m, g))
}

async fn edit(
    ctx: &Ctx<'_>,
    (cap, g): (CanManage<GroupId>, Group),
    session: Uuid,
    expected: Option<i32>,
    e: &Edit,
) -> OpResult<(Model, Group)> {
    let m = store::sessions::edit(ctx.db, &cap, session, expected, e, ctx.audit).await?;
    Ok((m, g))
}

/// Moves a session to another day, time or place; regeneration leaves it there.
pub async fn move_to(
    ctx: &Ctx<'_>,
    session: Uuid,
    expected: Option<i32>,
    input: &SessionInput,
) -> OpResult<(Model, Group)> {
    let (cap, g, network) = of_session(ctx, session).await?;
    let p = planned_of(input, &g, &network)?;
    let e = Edit::Move {
        date: p.date,
        start: p.start,
        end: p.end,
        place: p.place,
    };
    edit(ctx, (cap, g), session, expected, &e).await
}

/// Cancels a session with the reason.
pub async fn cancel(
    ctx: &Ctx<'_>,
    session: Uuid,
    expected: Option<i32>,
    input: &Cancellation,
) -> OpResult<(Model, Group)> {
    let (cap, g, _) = of_session(ctx, session).await?;
    crate::validate(input)?;
    // As the document states: some visible character, no control characters.
    let reason = domain::text::clean_name(&input.reason, 500)
        .map_err(|e| OpError::field("reason", Issue::from(e)))?;
    edit(ctx, (cap, g), session, expected, &Edit::Cancel { reason }).await
}

/// Restores a cancelled session.
pub async fn restore(
    ctx: &Ctx<'_>,
    session: Uuid,
    expected: Option<i32>,
) -> OpResult<(Model, Group)> {
    let (cap, g, _) = of_session(ctx, session).await?;
    edit(ctx, (cap, g), session, expected, &Edit::Restore).await
}
