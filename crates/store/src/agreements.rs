//! Agreements: content (JSON), parties (for lookups), signatures and versions.

use chrono::NaiveDate;
use domain::access::{AgreementAccess, CanManage, CanRead, CanSign, NetworkFacts};
use domain::agreement::{AgreementContent, AgreementFacts, AgreementState};
use domain::{AgreementId, NetworkId, OrganizationId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, IntoActiveModel, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

use crate::audit::{self, AuditCtx, Change, snapshot};
use crate::entities::agreement::{ActiveModel, Column, Entity, Model};
use crate::entities::{agreement_party, agreement_signature};
use crate::repo::{self, Owner};
use crate::{StoreError, new_id};

/// An agreement with what it takes to compute its status.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub row: Model,
    pub content: AgreementContent,
    pub signatures: Vec<agreement_signature::Model>,
}

impl Loaded {
    pub fn signed(&self) -> Vec<(OrganizationId, String)> {
        self.signatures
            .iter()
            .map(|s| (OrganizationId(s.organization_id), s.content_hash.clone()))
            .collect()
    }

    /// What access decisions need, given the agreement's network.
    pub fn access(&self, network: NetworkFacts) -> AgreementAccess {
        access_of(self.row.id, &self.content, network)
    }

    pub fn facts(&self) -> AgreementFacts {
        let signed = self.signed();
        let state = AgreementState {
            content: &self.content,
            submitted: self.row.submitted,
            signatures: &signed,
            terminated_on: self.row.terminated_on,
        };
        AgreementFacts {
            id: self.row.id,
            parties: self.content.parties(),
            programmes: self.content.programmes.clone(),
            fully_signed: state.fully_signed(),
            valid_from: self.content.valid_from,
            valid_to: self.content.valid_to,
            terminated_on: self.row.terminated_on,
        }
    }
}

fn access_of(id: Uuid, content: &AgreementContent, network: NetworkFacts) -> AgreementAccess {
    AgreementAccess {
        id: AgreementId(id),
        network,
        base: content.base_organization,
        parties: content.parties(),
    }
}

fn content_of(m: &Model) -> Result<AgreementContent, StoreError> {
    serde_json::from_value(m.content.clone())
        .map_err(|e| StoreError::Db(sea_orm::DbErr::Custom(format!("agreement content: {e}"))))
}

async fn load(c: &impl ConnectionTrait, id: Uuid) -> Result<Loaded, StoreError> {
    let row = Entity::find_by_id(id)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    let content = content_of(&row)?;
    let signatures = agreement_signature::Entity::find()
        .filter(agreement_signature::Column::AgreementId.eq(id))
        .order_by_asc(agreement_signature::Column::SignedAt)
        .all(c)
        .await?;
    Ok(Loaded {
        row,
        content,
        signatures,
    })
}

/// Access facts of an agreement on a day.
pub async fn access(
    c: &impl ConnectionTrait,
    id: Uuid,
    clock: &clock::Clock,
) -> Result<Option<AgreementAccess>, StoreError> {
    let Some(row) = Entity::find_by_id(id).one(c).await? else {
        return Ok(None);
    };
    let Some(network) = crate::networks::facts(c, row.network_id, clock).await? else {
        return Ok(None);
    };
    let content = content_of(&row)?;
    Ok(Some(access_of(row.id, &content, network)))
}

pub async fn get(
    c: &impl ConnectionTrait,
    cap: &CanRead<AgreementId>,
) -> Result<Loaded, StoreError> {
    load(c, cap.target().as_uuid()).await
}

/// Every version of the agreement's series, oldest first.
pub async fn versions(
    c: &impl ConnectionTrait,
    cap: &CanRead<AgreementId>,
) -> Result<Vec<Model>, StoreError> {
    let me = load(c, cap.target().as_uuid()).await?;
    Ok(Entity::find()
        .filter(Column::SeriesId.eq(me.row.series_id))
        .order_by_asc(Column::VersionNo)
        .all(c)
        .await?)
}

/// The agreements of a network (the caller filters by read access).
pub async fn of_network(
    c: &impl ConnectionTrait,
    cap: &CanRead<NetworkId>,
) -> Result<Vec<Loaded>, StoreError> {
    let ids: Vec<Uuid> = Entity::find()
        .filter(Column::NetworkId.eq(cap.target().as_uuid()))
        .order_by_asc(Column::CreatedAt)
        .all(c)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    let mut out = Vec::new();
    for id in ids {
        out.push(load(c, id).await?);
    }
    Ok(out)
}

/// Agreements that name both organizations as parties (for coverage checks).
pub async fn between(
    c: &impl ConnectionTrait,
    a: OrganizationId,
    b: OrganizationId,
) -> Result<Vec<Loaded>, StoreError> {
    let with_a: Vec<Uuid> = agreement_party::Entity::find()
        .filter(agreement_party::Column::OrganizationId.eq(a.as_uuid()))
        .all(c)
        .await?
        .into_iter()
        .map(|p| p.agreement_id)
        .collect();
    let both: Vec<Uuid> = agreement_party::Entity::find()
        .filter(agreement_party::Column::OrganizationId.eq(b.as_uuid()))
        .filter(agreement_party::Column::AgreementId.is_in(with_a))
        .all(c)
        .await?
        .into_iter()
        .map(|p| p.agreement_id)
        .collect();
    let mut out = Vec::new();
    for id in both {
        out.push(load(c, id).await?);
    }
    Ok(out)
}

// An agreement is terminated or superseded, never removed.
repo::aggregate!("agreement", no_soft_delete, |m| {
    Owner::NetworkOrganization {
        network: m.network_id,
        organization: m.base_organization_id,
    }
});

/// The stored form of the content: its canonical JSON.
fn stored_content(content: &AgreementContent) -> Result<serde_json::Value, StoreError> {
    serde_json::to_value(content.canonical())
        .map_err(|e| StoreError::Db(sea_orm::DbErr::Json(e.to_string())))
}

async fn write_parties(
    c: &impl ConnectionTrait,
    id: Uuid,
    content: &AgreementContent,
) -> Result<(), StoreError> {
    agreement_party::Entity::delete_many()
        .filter(agreement_party::Column::AgreementId.eq(id))
        .exec(c)
        .await?;
    for p in content.parties() {
        let row = agreement_party::ActiveModel {
            agreement_id: Set(id),
            organization_id: Set(p.as_uuid()),
        };
        agreement_party::Entity::insert(row)
            .exec_without_returning(c)
            .await?;
    }
    Ok(())
}

async fn insert(
    c: &impl ConnectionTrait,
    network: Uuid,
    series: Option<(Uuid, i32, Uuid)>,
    content: &AgreementContent,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let id = new_id();
    let (series_id, version_no, supersedes) = match series {
        Some((s, n, prev)) => (s, n, Some(prev)),
        None => (id, 1, None),
    };
    let a = ActiveModel {
        id: Set(id),
        network_id: Set(network),
        series_id: Set(series_id),
        version_no: Set(version_no),
        supersedes_id: Set(supersedes),
        number: Set(content.number.clone()),
        kind: Set(crate::codec::text(&content.kind)),
        base_organization_id: Set(content.base_organization.as_uuid()),
        content: Set(stored_content(content)?),
        submitted: Set(false),
        terminated_on: Set(None),
        termination_reason: Set(None),
        ..Default::default()
    };
    let m = repo::insert::<Entity>(c, a, ctx).await?;
    write_parties(c, id, content).await?;
    repo::record::<Entity>(c, ctx, "create", &m, None::<&()>, Some(&m)).await?;
    Ok(m)
}

/// A new draft in a network.
pub async fn create_draft(
    c: &impl ConnectionTrait,
    cap: &CanManage<NetworkId>,
    content: &AgreementContent,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    insert(c, cap.target().as_uuid(), None, content, ctx).await
}

/// A supplementary agreement: a new draft version of the series, linked to `from`.
pub async fn new_version(
    c: &impl ConnectionTrait,
    cap: &CanManage<AgreementId>,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let from = load(c, cap.target().as_uuid()).await?;
    let last = Entity::find()
        .filter(Column::SeriesId.eq(from.row.series_id))
        .order_by_desc(Column::VersionNo)
        .one(c)
        .await?
        .map(|m| m.version_no)
        .unwrap_or(from.row.version_no);
    let series = (from.row.series_id, last + 1, from.row.id);
    insert(c, from.row.network_id, Some(series), &from.content, ctx).await
}

/// What a stored change does besides bumping the version.
#[derive(Debug, Clone)]
pub enum Update {
    Content(Box<AgreementContent>),
    Submit,
    /// Back to draft: the signatures are cleared.
    ReturnToDraft,
    Terminate {
        on: NaiveDate,
        reason: String,
    },
}

/// Applies a change conditional on the version the caller saw.
pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<AgreementId>,
    expected: Option<i32>,
    change_kind: Update,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let id = cap.target().as_uuid();
    let before = repo::current(c, Entity::find_by_id(id), expected).await?;
    let mut a = before.clone().into_active_model();
    let action = match &change_kind {
        Update::Content(content) => {
            a.number.set_if_not_equals(content.number.clone());
            a.kind.set_if_not_equals(crate::codec::text(&content.kind));
            a.base_organization_id
                .set_if_not_equals(content.base_organization.as_uuid());
            a.content.set_if_not_equals(stored_content(content)?);
            "update"
        }
        Update::Submit => {
            a.submitted.set_if_not_equals(true);
            "submit"
        }
        Update::ReturnToDraft => {
            a.submitted.set_if_not_equals(false);
            "return_to_draft"
        }
        Update::Terminate { on, reason } => {
            a.terminated_on.set_if_not_equals(Some(*on));
            a.termination_reason.set_if_not_equals(Some(reason.clone()));
            "terminate"
        }
    };
    // Clearing signatures is a change even when the row's fields already say draft.
    let clears = matches!(change_kind, Update::ReturnToDraft);
    let Some(after) = repo::write::<Entity>(c, &before, a, clears, ctx).await? else {
        return Ok(before);
    };
    match &change_kind {
        Update::Content(content) => write_parties(c, id, content).await?,
        Update::ReturnToDraft => {
            agreement_signature::Entity::delete_many()
                .filter(agreement_signature::Column::AgreementId.eq(id))
                .exec(c)
                .await?;
        }
        _ => {}
    }
    repo::record::<Entity>(c, ctx, action, &after, Some(&before), Some(&after)).await?;
    Ok(after)
}

/// Records a party's signature of the content with `hash`. Bumps the agreement's version
/// conditionally, so a signature and a concurrent change cannot both succeed.
pub async fn sign(
    c: &impl ConnectionTrait,
    cap: &CanSign,
    expected: i32,
    hash: &str,
    signer: (Uuid, &str),
    ctx: &AuditCtx,
) -> Result<agreement_signature::Model, StoreError> {
    let id = cap.agreement().as_uuid();
    let res = Entity::update_many()
        .col_expr(Column::Version, Expr::value(expected + 1))
        .col_expr(Column::UpdatedAt, Expr::value(ctx.at))
        .filter(Column::Id.eq(id))
        .filter(Column::Version.eq(expected))
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        return Err(StoreError::VersionMismatch {
            current: expected + 1,
        });
    }
    let row = agreement_signature::ActiveModel {
        id: Set(new_id()),
        agreement_id: Set(id),
        organization_id: Set(cap.organization().as_uuid()),
        signed_by: Set(signer.0),
        signer_name: Set(signer.1.chars().take(200).collect()),
        content_hash: Set(hash.to_owned()),
        signed_at: Set(ctx.at),
    };
    let s = agreement_signature::Entity::insert(row)
        .exec_with_returning(c)
        .await?;
    let a = Entity::find_by_id(id)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    let mun = crate::entities::network::Entity::find_by_id(a.network_id)
        .one(c)
        .await?
        .map(|n| n.municipality_id);
    audit::record(
        c,
        ctx,
        Change {
            action: "sign",
            entity_type: "agreement",
            entity_id: Some(id.to_string()),
            municipality_id: mun,
            organization_id: Some(cap.organization().as_uuid()),
            before: None,
            after: snapshot(&s),
        },
    )
    .await?;
    Ok(s)
}

/// When the version just signed by everyone supersedes another, the older version ends
/// the day before the new one starts (or when the new one starts, if it starts on the same
/// day as the old). The older version stays readable.
pub async fn supersede_previous(
    c: &impl ConnectionTrait,
    cap: &CanSign,
    ctx: &AuditCtx,
) -> Result<Option<Uuid>, StoreError> {
    let new = load(c, cap.agreement().as_uuid()).await?;
    let Some(previous) = new.row.supersedes_id else {
        return Ok(None);
    };
    if !new.facts().fully_signed {
        return Ok(None);
    }
    let before = Entity::find_by_id(previous)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    let on = new.content.valid_from.max(content_of(&before)?.valid_from);
    if before.terminated_on.is_some_and(|t| t <= on) {
        return Ok(None);
    }
    let reason = format!(
        "Заменён дополнительным соглашением (редакция {})",
        new.row.version_no
    );
    repo::update_as::<Entity>(
        c,
        "supersede",
        before,
        |a| {
            a.terminated_on.set_if_not_equals(Some(on));
            a.termination_reason.set_if_not_equals(Some(reason));
        },
        ctx,
    )
    .await?;
    Ok(Some(previous))
}
