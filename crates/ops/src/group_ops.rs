//! The writes of study groups: create, replace, delete, and generating the sessions of a
//! group from its weekly slots over the provider's calendar.

use domain::OrganizationId;
use domain::timetable::{generate, regenerate};
use uuid::Uuid;
use wire::group::{Generation, GroupInput};

use crate::groups::{check, hours_of, provider_calendar};
use crate::i18n::Issue;
use crate::{Ctx, OpError, OpResult};

/// The programme of a network, if `id` is one of its programmes.
async fn programme_in(
    ctx: &Ctx<'_, impl store::Conn>,
    network: Uuid,
    id: Uuid,
) -> OpResult<Option<store::programmes::Programme>> {
    Ok(store::programmes::by_id(ctx.db, id)
        .await?
        .filter(|p| p.network_id == network))
}

/// Forms a group in network `network`: the provider must be a member whose groups the
/// actor may form, and the input passes every check of a group.
pub async fn create(
    ctx: &Ctx<'_>,
    network: Uuid,
    input: &GroupInput,
) -> OpResult<store::groups::Group> {
    let n = crate::facts::network(ctx, network).await?;
    let cap = ctx
        .actor
        .create_group_in(&n, OrganizationId(input.provider_id))?;
    let programme = programme_in(ctx, network, input.programme_id).await?;
    let data = check(ctx.db, input, &n, programme.as_ref()).await?;
    Ok(store::groups::create(ctx.db, &cap, &data, ctx.audit).await?)
}

/// Replaces group `id` at version `expected`; moving it to another provider needs the
/// right to form groups there.
pub async fn update(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    input: &GroupInput,
) -> OpResult<store::groups::Group> {
    let access = crate::facts::group(ctx, id).await?;
    let cap = ctx.actor.manage_group(&access)?;
    ctx.actor
        .create_group_in(&access.network, OrganizationId(input.provider_id))?;
    let network = access.network.id.as_uuid();
    let programme = programme_in(ctx, network, input.programme_id).await?;
    let data = check(ctx.db, input, &access.network, programme.as_ref()).await?;
    // The row is locked, so no approval takes a seat between the check and the write.
    let row = store::groups::lock(ctx.db, &cap).await?;
    if data.capacity < row.seats_taken {
        let min = i64::from(row.seats_taken);
        return Err(OpError::field(
            "capacity",
            Issue::OutOfRange { min, max: 500 },
        ));
    }
    let g = store::groups::update(ctx.db, &cap, expected, &data, ctx.audit).await?;
    if data.capacity > row.capacity {
        crate::enrolments::offer_next(ctx, id).await?;
    }
    Ok(g)
}

/// Deletes group `id` at version `expected` with its sessions (refused once attended).
pub async fn delete(ctx: &Ctx<'_>, id: Uuid, expected: Option<i32>) -> OpResult<()> {
    let access = crate::facts::group(ctx, id).await?;
    let cap = ctx.actor.manage_group(&access)?;
    // The precondition first: a stale `If-Match` is 412 whatever else holds.
    let current = store::groups::get(ctx.db, &ctx.actor.read_group(&access)?).await?;
    if expected.is_some_and(|v| v != current.version) {
        return Err(store::StoreError::VersionMismatch {
            current: current.version,
        }
        .into());
    }
    if !store::enrolments::of_group_in(ctx.db, id, &store::enrolments::OPEN)
        .await?
        .is_empty()
    {
        return Err(OpError::with_detail(
            wire::ErrorCode::StillReferenced,
            "В группе есть открытые зачисления: сначала отчислите или отклоните их",
            "The group has open enrolments: withdraw or reject them first",
        ));
    }
    Ok(store::groups::delete(ctx.db, &cap, expected, ctx.audit).await?)
}

/// Generates the sessions of group `id` from its slots and dates over the provider's
/// calendar (holidays skipped). Sessions with attendance, and those moved, cancelled or
/// added by hand, stay as they are; generated ones follow the slots.
pub async fn generate_sessions(ctx: &Ctx<'_>, id: Uuid) -> OpResult<Generation> {
    let access = crate::facts::group(ctx, id).await?;
    let cap = ctx.actor.manage_group(&access)?;
    let read = ctx.actor.read_group(&access)?;
    let tx = ctx.db;
    let g = store::groups::lock(tx, &cap).await?;
    let year = store::groups::year_of(&g)?;
    let calendar = provider_calendar(tx, g.provider_id, year).await?;
    let slots = store::groups::slots_of(&g)?;
    let planned = generate(&slots, g.first_date, g.last_date, calendar.as_ref());
    let existing = store::sessions::of_group(tx, &read, None, None).await?;
    let plan = regenerate(
        &existing
            .iter()
            .map(store::sessions::existing)
            .collect::<Result<Vec<_>, _>>()?,
        planned,
    );
    let applied = store::sessions::apply(tx, &cap, &plan, ctx.audit).await?;
    let after = store::sessions::of_group(tx, &read, None, None).await?;
    let programme_hours = store::programmes::by_id(tx, g.programme_id)
        .await?
        .map(|p| p.total_hours)
        .unwrap_or(0);
    Ok(Generation {
        added: applied.added,
        deleted: applied.deleted,
        updated: applied.updated,
        unchanged: plan.unchanged,
        kept: plan.kept,
        hours: hours_of(&after, programme_hours),
    })
}
