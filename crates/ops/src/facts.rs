//! The access facts of every owner kind, loaded on the day of the context: what
//! `domain::access` decides from. One module, so that every caller — a handler, an import
//! row, the demo — asks the same question the same way, and an unknown or deleted record
//! is always 404.

use domain::access::{AgreementAccess, GroupAccess, NetworkFacts, OrgFacts, OwnerAccess};
use domain::document::DocumentOwner;
use store::Conn;
use uuid::Uuid;

use crate::{Ctx, OpError, OpResult};

/// A network and its memberships as they stand today in its municipality.
pub async fn network(ctx: &Ctx<'_, impl Conn>, id: Uuid) -> OpResult<NetworkFacts> {
    store::networks::facts(ctx.db, id, ctx.clock)
        .await?
        .ok_or_else(OpError::not_found)
}

/// An organization: its municipality and parent.
pub async fn organization(ctx: &Ctx<'_, impl Conn>, id: Uuid) -> OpResult<OrgFacts> {
    store::organizations::facts(ctx.db, id)
        .await?
        .ok_or_else(OpError::not_found)
}

/// An agreement, its parties and its network today.
pub async fn agreement(ctx: &Ctx<'_, impl Conn>, id: Uuid) -> OpResult<AgreementAccess> {
    store::agreements::access(ctx.db, id, ctx.clock)
        .await?
        .ok_or_else(OpError::not_found)
}

/// A study group, its provider, teachers and network today.
pub async fn group(ctx: &Ctx<'_, impl Conn>, id: Uuid) -> OpResult<GroupAccess> {
    store::groups::access(ctx.db, id, ctx.clock)
        .await?
        .ok_or_else(OpError::not_found)
}

/// What a document belongs to (a network, an agreement, …) with that owner's facts.
pub async fn document_owner(
    ctx: &Ctx<'_, impl Conn>,
    owner: DocumentOwner,
) -> OpResult<OwnerAccess> {
    store::documents::owner_access(ctx.db, owner, ctx.clock)
        .await?
        .ok_or_else(OpError::not_found)
}

/// The owner of a stored document, with its facts.
pub async fn of_document(ctx: &Ctx<'_, impl Conn>, id: Uuid) -> OpResult<OwnerAccess> {
    let owner = store::documents::owner_of(ctx.db, id)
        .await?
        .ok_or_else(OpError::not_found)?;
    document_owner(ctx, owner).await
}
