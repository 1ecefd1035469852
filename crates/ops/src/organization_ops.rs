//! The writes of organizations: replace, upsert by external id (the regional systems'
//! way in), delete.

use domain::MunicipalityId;
use store::entities::organization::Model;
use uuid::Uuid;
use wire::organization::OrganizationInput;

use crate::organizations::{check_input, check_update_rights, create_capability};
use crate::{Ctx, OpError, OpResult};

/// Replaces organization `id` at version `expected`.
pub async fn update(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    input: &OrganizationInput,
) -> OpResult<Model> {
    let facts = crate::facts::organization(ctx, id).await?;
    let cap = ctx.actor.manage_organization(&facts)?;
    let before = store::organizations::get(ctx.db, &ctx.actor.read_organization(&facts)?).await?;
    check_update_rights(ctx.actor, &cap, &before, input)?;
    let data = check_input(ctx.db, input, Some(id)).await?;
    Ok(store::organizations::update(ctx.db, &cap, expected, &data, ctx.audit).await?)
}

/// Whether an upsert created the organization or replaced it.
pub enum Upserted {
    Created(Model),
    Replaced(Model),
}

/// Replaces the organization with external id `external_id` in the input's municipality,
/// or creates it. An organization the actor cannot see is, for the actor, not there: the
/// answer never depends on it.
pub async fn upsert_by_external_id(
    ctx: &Ctx<'_>,
    external_id: &str,
    expected: Option<i32>,
    input: &OrganizationInput,
) -> OpResult<Upserted> {
    let municipality = MunicipalityId(input.municipality_id);
    let existing = store::organizations::facts_by_external_id(ctx.db, municipality, external_id)
        .await?
        .filter(|f| ctx.actor.read_organization(f).is_ok());
    match existing {
        Some(facts) => {
            let cap = ctx.actor.manage_organization(&facts)?;
            let read = ctx.actor.read_organization(&facts)?;
            let before = store::organizations::get(ctx.db, &read).await?;
            check_update_rights(ctx.actor, &cap, &before, input)?;
            let data = check_input(ctx.db, input, Some(before.id)).await?;
            let m = store::organizations::update(ctx.db, &cap, expected, &data, ctx.audit).await?;
            Ok(Upserted::Replaced(m))
        }
        None => {
            let cap = create_capability(ctx.actor, input.municipality_id)?;
            let data = check_input(ctx.db, input, None).await?;
            let m = store::organizations::create(ctx.db, &cap, &data, ctx.audit).await?;
            Ok(Upserted::Created(m))
        }
    }
}

/// Deletes organization `id` (soft: it stays in the audit history).
pub async fn delete(ctx: &Ctx<'_>, id: Uuid, expected: Option<i32>) -> OpResult<()> {
    let facts = crate::facts::organization(ctx, id).await?;
    let cap = ctx.actor.delete_organization(&facts)?;
    Ok(store::organizations::delete(ctx.db, &cap, expected, ctx.audit).await?)
}

/// The external id a path names must be the body's (or the body names none).
pub fn external_id_of(path: &str, input: &mut OrganizationInput) -> OpResult<String> {
    let ext = domain::organization::parse_external_id(path)
        .map_err(|e| OpError::field("external_id", crate::i18n::Issue::from(e)))?;
    match input.external_id.as_deref().map(str::trim) {
        None | Some("") => input.external_id = Some(ext.clone()),
        Some(given) if given == ext => {}
        Some(_) => return Err(OpError::field("external_id", crate::i18n::Issue::Invalid)),
    }
    Ok(ext)
}
