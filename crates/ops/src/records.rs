//! Replacing and deleting the records of networks, municipalities, staff and programmes:
//! access facts, the capability, the checks and the write, in the operation's
//! transaction.

use domain::MunicipalityId;
use domain::StaffId;
use store::entities::{municipality, network, staff};
use store::networks::NetworkData;
use uuid::Uuid;
use wire::municipality::MunicipalityInput;
use wire::network::{Network, NetworkInput};
use wire::programme::ProgrammeInput;
use wire::staff::StaffInput;

use crate::i18n::Issue;
use crate::networks::{check_network, check_rules, stored, to_wire};
use crate::{Ctx, OpError, OpResult};

/// Replaces the description of network `id`; its memberships must still satisfy the
/// rules within the new period and model.
pub async fn update_network(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    input: &NetworkInput,
) -> OpResult<(network::Model, Network)> {
    let f = crate::facts::network(ctx, id).await?;
    let cap = ctx.actor.manage_network(&f)?;
    if input.municipality_id != f.municipality.as_uuid() {
        return Err(OpError::field("municipality_id", Issue::Invalid));
    }
    let data: NetworkData = check_network(input)?;
    let current = store::networks::get(ctx.db, &ctx.actor.read_network(&f)?).await?;
    let ms = store::networks::memberships_of(ctx.db, &current).await?;
    check_rules(&data.period, data.model, &stored(&ms)?)?;
    let n = store::networks::update(ctx.db, &cap, expected, &data, ctx.audit).await?;
    let view = to_wire(ctx.db, &n, &ms).await?;
    Ok((n, view))
}

/// Deletes network `id` at version `expected`.
pub async fn delete_network(ctx: &Ctx<'_>, id: Uuid, expected: Option<i32>) -> OpResult<()> {
    let cap = ctx
        .actor
        .delete_network(&crate::facts::network(ctx, id).await?)?;
    Ok(store::networks::delete(ctx.db, &cap, expected, ctx.audit).await?)
}

/// Replaces municipality `id`.
pub async fn update_municipality(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    input: &MunicipalityInput,
) -> OpResult<municipality::Model> {
    let cap = ctx.actor.manage_municipality(MunicipalityId(id))?;
    let data = crate::municipalities::check(input)?;
    Ok(store::municipalities::update(ctx.db, &cap, expected, &data, ctx.audit).await?)
}

/// Deletes municipality `id` (refused while it has live organizations).
pub async fn delete_municipality(ctx: &Ctx<'_>, id: Uuid, expected: Option<i32>) -> OpResult<()> {
    let cap = ctx.actor.manage_municipality(MunicipalityId(id))?;
    Ok(store::municipalities::delete(ctx.db, &cap, expected, ctx.audit).await?)
}

/// Replaces staff member `id` of a school the actor manages.
pub async fn update_staff(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    input: &StaffInput,
) -> OpResult<staff::Model> {
    let (_, facts) = crate::staff::locate(ctx, id).await?;
    let cap = crate::staff::manage(ctx.actor, &facts)?;
    let data = crate::staff::check_input(ctx.db, facts.id.as_uuid(), input).await?;
    let audit = ctx.audit;
    Ok(store::staff::update(ctx.db, &cap, StaffId(id), expected, &data, audit).await?)
}

/// Deletes staff member `id` (they leave the groups they taught).
pub async fn delete_staff(ctx: &Ctx<'_>, id: Uuid, expected: Option<i32>) -> OpResult<()> {
    let (_, facts) = crate::staff::locate(ctx, id).await?;
    let cap = crate::staff::manage(ctx.actor, &facts)?;
    Ok(store::staff::delete(ctx.db, &cap, StaffId(id), expected, ctx.audit).await?)
}

/// The facts of the network a programme belongs to.
async fn programme_network(ctx: &Ctx<'_>, id: Uuid) -> OpResult<domain::access::NetworkFacts> {
    let network = store::programmes::network_of(ctx.db, id)
        .await?
        .ok_or_else(OpError::not_found)?;
    crate::facts::network(ctx, network).await
}

/// Replaces programme `id`; its providers must be members of the network.
pub async fn update_programme(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    input: &ProgrammeInput,
) -> OpResult<store::programmes::Programme> {
    let f = programme_network(ctx, id).await?;
    let cap = ctx.actor.manage_network(&f)?;
    let data = crate::programmes::check(input, &f)?;
    Ok(store::programmes::update(ctx.db, &cap, id, expected, &data, ctx.audit).await?)
}

/// Deletes programme `id` (refused while groups teach it).
pub async fn delete_programme(ctx: &Ctx<'_>, id: Uuid, expected: Option<i32>) -> OpResult<()> {
    let cap = ctx
        .actor
        .manage_network(&programme_network(ctx, id).await?)?;
    Ok(store::programmes::delete(ctx.db, &cap, id, expected, ctx.audit).await?)
}
