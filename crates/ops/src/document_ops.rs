//! The writes of document metadata: rename or reclassify a document, remove it. (An
//! upload is streamed by the HTTP layer into storage first; its row is an operation of
//! the store's upload protocol.) Each decides access inside its transaction: who may
//! manage a document depends on its owner and on whom it was uploaded for.

use domain::access::CanManage;
use domain::document::{DocumentKind, DocumentOwner};
use store::Conn;
use store::entities::document::Model;
use uuid::Uuid;
use wire::document::DocumentUpdate;

use crate::{Ctx, OpResult};

/// The right to rename or remove document `id`: it must be readable first, so a
/// document one may not see is not found rather than forbidden.
pub async fn manage_one(ctx: &Ctx<'_, impl Conn>, id: Uuid) -> OpResult<CanManage<DocumentOwner>> {
    let access = crate::facts::of_document(ctx, id).await?;
    ctx.actor.read_documents(&access)?;
    let attached_for = store::documents::uploaded_for(ctx.db, id).await?;
    Ok(ctx.actor.manage_document(&access, attached_for)?)
}

/// Changes the title and kind of document `id`.
pub async fn update(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    input: &DocumentUpdate,
) -> OpResult<Model> {
    let cap = manage_one(ctx, id).await?;
    crate::validate(input)?;
    let kind: DocumentKind = input.kind;
    Ok(store::documents::update(
        ctx.db,
        &cap,
        id,
        expected,
        input.title.trim(),
        kind,
        ctx.audit,
    )
    .await?)
}

/// Removes document `id`; returns its row, whose bytes the caller deletes after the
/// transaction commits (or the janitor does).
pub async fn delete(ctx: &Ctx<'_>, id: Uuid, expected: Option<i32>) -> OpResult<Model> {
    let cap = manage_one(ctx, id).await?;
    Ok(store::documents::delete(ctx.db, &cap, id, expected, ctx.audit).await?)
}
