//! Membership changes: each is checked against the membership rules of the whole network
//! inside a claim on the network (its version bumped, so concurrent changes queue or
//! fail with 412), and applied only if the network stays valid.

use domain::network::{MembershipRole, handover_ends};
use store::networks::MembershipData;
use uuid::Uuid;
use wire::network::{MembershipInput, Network};

use crate::i18n::Issue;
use crate::networks::{check_member, check_rules, rules_of, stored, to_wire};
use crate::{Ctx, OpError, OpResult};

/// What a membership change does.
pub enum MemberChange {
    Add(MembershipInput),
    Replace(Uuid, MembershipInput),
    Remove(Uuid),
    /// End the coordinator of the day before `from` and make the organization the
    /// coordinator from `from`.
    Handover {
        organization_id: Uuid,
        from: chrono::NaiveDate,
    },
}

/// A checked change, ready to apply.
enum Checked {
    Add(MembershipData),
    Replace(Uuid, MembershipData),
    Remove(Uuid),
    Handover(MembershipData),
}

/// The coordinator of the day a handover ends, and the day it ends.
fn ends(
    members: &[(Uuid, MembershipData)],
    from: chrono::NaiveDate,
) -> OpResult<Option<(Uuid, chrono::NaiveDate)>> {
    handover_ends(
        members
            .iter()
            .map(|(k, m)| (*k, m.role, m.joined_on, m.left_on)),
        from,
    )
    .map_err(|_| OpError::field("from", Issue::Invalid))
}

/// Changes the memberships of network `id` whose version is `expected` (any when
/// `None`): the network with its memberships after the change, and the id of a
/// membership it added.
pub async fn change(
    ctx: &Ctx<'_>,
    id: Uuid,
    expected: Option<i32>,
    change: MemberChange,
) -> OpResult<(Network, Option<Uuid>)> {
    let f = crate::facts::network(ctx, id).await?;
    let cap = ctx.actor.manage_network(&f)?;
    let check = async |input: &MembershipInput| check_member(ctx.db, ctx.actor, &f, input).await;
    let change = match change {
        MemberChange::Add(input) => Checked::Add(check(&input).await?),
        MemberChange::Replace(mid, input) => Checked::Replace(mid, check(&input).await?),
        MemberChange::Remove(mid) => Checked::Remove(mid),
        MemberChange::Handover {
            organization_id,
            from,
        } => Checked::Handover(
            check(&MembershipInput {
                organization_id,
                role: MembershipRole::Coordinator,
                joined_on: from,
                left_on: None,
                mentor_id: None,
            })
            .await?,
        ),
    };
    let tx = ctx.db;
    let claimed = store::networks::claim(tx, &cap, expected, ctx.audit.at).await?;
    let ms = store::networks::memberships_of(tx, &claimed).await?;
    let mut candidate = stored(&ms)?;
    let known = |mid: Uuid| ms.iter().any(|m| m.id == mid);
    match &change {
        Checked::Add(d) => candidate.push((store::new_id(), d.clone())),
        Checked::Replace(mid, d) if known(*mid) => {
            candidate.retain(|(k, _)| k != mid);
            candidate.push((*mid, d.clone()));
        }
        Checked::Remove(mid) if known(*mid) => candidate.retain(|(k, _)| k != mid),
        Checked::Handover(d) => {
            let ended = ends(&candidate, d.joined_on)?;
            for (k, m) in candidate.iter_mut() {
                if Some(*k) == ended.map(|(id, _)| id) {
                    m.left_on = ended.map(|(_, day)| day);
                }
            }
            candidate.push((store::new_id(), d.clone()));
        }
        _ => return Err(OpError::not_found()),
    }
    let (period, model) = rules_of(&claimed)?;
    check_rules(&period, model, &candidate)?;
    let audit = ctx.audit;
    let new_id = match change {
        Checked::Add(d) => Some(
            store::networks::add_membership(tx, &claimed, &d, audit)
                .await?
                .id,
        ),
        Checked::Replace(mid, d) => {
            store::networks::update_membership(tx, &claimed, mid, &d, audit).await?;
            None
        }
        Checked::Remove(mid) => {
            store::networks::delete_membership(tx, &claimed, mid, audit).await?;
            None
        }
        Checked::Handover(d) => {
            let before = stored(&ms)?;
            if let Some((mid, day)) = ends(&before, d.joined_on)?
                && let Some((_, old)) = before.into_iter().find(|(k, _)| *k == mid)
            {
                let ended = MembershipData {
                    left_on: Some(day),
                    ..old
                };
                store::networks::update_membership(tx, &claimed, mid, &ended, audit).await?;
            }
            Some(
                store::networks::add_membership(tx, &claimed, &d, audit)
                    .await?
                    .id,
            )
        }
    };
    let ms = store::networks::memberships_of(tx, &claimed).await?;
    Ok((to_wire(tx, &claimed, &ms).await?, new_id))
}
