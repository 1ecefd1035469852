//! The writes of agreements: drafting, editing, the lifecycle transitions, signing (which
//! supersedes the version it replaces) and supplementary versions. Each reads the
//! agreement inside the same transaction it changes it in, and checks the transition
//! against today in the actor's municipality.

use domain::OrganizationId;
use domain::access::{AgreementAccess, NetworkFacts};
use domain::agreement::{Transition, check_transition};
use store::agreements::{Loaded, Update};
use uuid::Uuid;
use wire::ErrorCode;
use wire::agreement::AgreementInput;

use crate::agreements::{content_of, refusal, state_of};
use crate::{Ctx, OpError, OpResult};

/// The ids of the network's programmes the actor can read (an agreement names them).
async fn programmes_of(ctx: &Ctx<'_>, network: &NetworkFacts) -> OpResult<Vec<Uuid>> {
    let cap = ctx.actor.read_network(network)?;
    let (rows, _) = store::programmes::list(ctx.db, &cap, None, Some(500), None).await?;
    Ok(rows.into_iter().map(|p| p.id).collect())
}

/// The agreement as the actor reads it.
async fn load(ctx: &Ctx<'_>, acc: &AgreementAccess) -> OpResult<Loaded> {
    Ok(store::agreements::get(ctx.db, &ctx.actor.read_agreement(acc)?).await?)
}

/// Whether the transition is allowed today.
fn allowed(ctx: &Ctx<'_>, a: &Loaded, t: &Transition) -> OpResult<()> {
    let signed = a.signed();
    check_transition(&state_of(a, &signed), t, ctx.today()).map_err(refusal)
}

/// Drafts an agreement in network `network`.
pub async fn create(ctx: &Ctx<'_>, network: Uuid, input: &AgreementInput) -> OpResult<Loaded> {
    let f = crate::facts::network(ctx, network).await?;
    let cap = ctx
        .actor
        .draft_agreement_in(&f, OrganizationId(input.base_organization_id))?;
    let programmes = programmes_of(ctx, &f).await?;
    let content = content_of(input, network, &f, &programmes)?;
    let m = store::agreements::create_draft(ctx.db, &cap, &content, ctx.audit).await?;
    load(ctx, &crate::facts::agreement(ctx, m.id).await?).await
}

/// Replaces the content of a draft at version `expected`.
pub async fn update(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    input: &AgreementInput,
) -> OpResult<Loaded> {
    let acc = crate::facts::agreement(ctx, id).await?;
    let cap = ctx.actor.manage_agreement(&acc)?;
    let current = load(ctx, &acc).await?;
    allowed(ctx, &current, &Transition::Edit)?;
    let programmes = programmes_of(ctx, &acc.network).await?;
    let content = content_of(input, current.row.network_id, &acc.network, &programmes)?;
    let change = Update::Content(Box::new(content));
    store::agreements::update(ctx.db, &cap, expected, change, ctx.audit).await?;
    load(ctx, &acc).await
}

/// Submits, returns to draft or terminates: a transition and the change it makes.
pub async fn transition(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    t: Transition,
    change: Update,
) -> OpResult<Loaded> {
    let acc = crate::facts::agreement(ctx, id).await?;
    let cap = ctx.actor.manage_agreement(&acc)?;
    let current = load(ctx, &acc).await?;
    allowed(ctx, &current, &t)?;
    store::agreements::update(ctx.db, &cap, expected, change, ctx.audit).await?;
    load(ctx, &acc).await
}

/// Signs for the actor's organization the content whose hash the signer (named as the
/// signature shows them) saw; the version this one replaces ends when this one takes
/// effect.
pub async fn sign(ctx: &Ctx<'_>, id: Uuid, seen_hash: &str, signer_name: &str) -> OpResult<Loaded> {
    let acc = crate::facts::agreement(ctx, id).await?;
    let cap = ctx.actor.sign_agreement(&acc)?;
    let current = load(ctx, &acc).await?;
    allowed(ctx, &current, &Transition::Sign(cap.organization()))?;
    let hash = current.content.content_hash();
    if seen_hash != hash {
        return Err(OpError::with_detail(
            ErrorCode::Conflict,
            "Текст договора изменился после того, как вы его открыли. Откройте договор снова.",
            "The agreement changed after you opened it. Open it again.",
        ));
    }
    let signer_id = ctx
        .audit
        .actor_id
        .ok_or_else(|| OpError::Internal("a signature without a signer".into()))?;
    let signer = (signer_id, signer_name);
    let (version, audit) = (current.row.version, ctx.audit);
    store::agreements::sign(ctx.db, &cap, version, &hash, signer, audit).await?;
    store::agreements::supersede_previous(ctx.db, &cap, audit).await?;
    load(ctx, &acc).await
}

/// Starts a supplementary agreement: a new draft version of an agreement in force.
pub async fn new_version(ctx: &Ctx<'_>, id: Uuid) -> OpResult<Loaded> {
    let acc = crate::facts::agreement(ctx, id).await?;
    let cap = ctx.actor.manage_agreement(&acc)?;
    let current = load(ctx, &acc).await?;
    allowed(ctx, &current, &Transition::NewVersion)?;
    let m = store::agreements::new_version(ctx.db, &cap, ctx.audit).await?;
    load(ctx, &crate::facts::agreement(ctx, m.id).await?).await
}
