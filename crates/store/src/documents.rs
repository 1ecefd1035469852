//! Document metadata. The bytes live in object storage; a row names them from before the
//! first byte is written (`uploading`) until after the last is deleted (`deleting` rows
//! are purged by the janitor), so stored bytes always have a row that leads to them.

use chrono::{DateTime, Utc};
use domain::access::{CanManage, CanRead, OwnerAccess};
use domain::document::{DocumentKind, DocumentOwner, OwnerKind};
use domain::{OrganizationId, ProgrammeId, document::FileType};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

use crate::audit::AuditCtx;
use crate::codec::text as enum_text;
use crate::cursor::{Cursor, finish_page, page_limit};
use crate::entities::document::{ActiveModel, Column, Entity, Model};
use crate::repo::{self, Owner};
use crate::{StoreError, new_id};

const UPLOADING: &str = "uploading";
const STORED: &str = "stored";
const DELETING: &str = "deleting";

/// What is known of an upload once its bytes are stored.
#[derive(Debug, Clone)]
pub struct StoredFile {
    pub kind: DocumentKind,
    pub title: String,
    pub filename: String,
    pub file_type: FileType,
    pub size_bytes: i64,
    pub sha256: String,
}

/// The owner a document row points at, and its access facts.
pub async fn owner_access(
    c: &impl ConnectionTrait,
    owner: DocumentOwner,
    clock: &clock::Clock,
) -> Result<Option<OwnerAccess>, StoreError> {
    Ok(match owner.kind {
        OwnerKind::Network => crate::networks::facts(c, owner.id, clock)
            .await?
            .map(OwnerAccess::Network),
        OwnerKind::Programme => {
            match crate::programmes::network_of(c, owner.id).await? {
                Some(n) => crate::networks::facts(c, n, clock).await?.map(|network| {
                    OwnerAccess::Programme {
                        id: ProgrammeId(owner.id),
                        network,
                    }
                }),
                None => None,
            }
        }
        OwnerKind::Agreement => crate::agreements::access(c, owner.id, clock)
            .await?
            .map(OwnerAccess::Agreement),
    })
}

/// The owner of a stored document (to decide access to it).
pub async fn owner_of(
    c: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<DocumentOwner>, StoreError> {
    let Some(m) = Entity::find_by_id(id)
        .filter(Column::State.eq(STORED))
        .one(c)
        .await?
    else {
        return Ok(None);
    };
    Ok(OwnerKind::parse(&m.owner_type).map(|kind| DocumentOwner {
        kind,
        id: m.owner_id,
    }))
}

fn of_owner(owner: DocumentOwner) -> sea_orm::Select<Entity> {
    Entity::find()
        .filter(Column::OwnerType.eq(owner.kind.as_str()))
        .filter(Column::OwnerId.eq(owner.id))
        .filter(Column::State.eq(STORED))
}

pub async fn get(
    c: &impl ConnectionTrait,
    cap: &CanRead<DocumentOwner>,
    id: Uuid,
) -> Result<Model, StoreError> {
    of_owner(cap.target())
        .filter(Column::Id.eq(id))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)
}

/// The owner's documents, newest first.
pub async fn list(
    c: &impl ConnectionTrait,
    cap: &CanRead<DocumentOwner>,
    limit: Option<u32>,
    cursor: Option<&str>,
) -> Result<(Vec<Model>, Option<String>), StoreError> {
    let limit = page_limit(limit)?;
    let mut s = of_owner(cap.target());
    if let Some(cur) = cursor.map(Cursor::decode).transpose()? {
        s = s.filter(Column::Id.lt(cur.id));
    }
    let rows = s.order_by_desc(Column::Id).limit(limit + 1).all(c).await?;
    Ok(finish_page(rows, limit, |m| Cursor {
        key: String::new(),
        id: m.id,
    }))
}

/// Who uploads: the account, and the name shown with the document.
#[derive(Debug, Clone, Copy)]
pub struct Uploader<'a> {
    pub id: Uuid,
    pub name: &'a str,
    /// The organization the uploader acts for.
    pub organization: Option<OrganizationId>,
}

/// The organization a stored document was attached for.
pub async fn uploaded_for(
    c: &impl ConnectionTrait,
    id: Uuid,
) -> Result<Option<OrganizationId>, StoreError> {
    Ok(Entity::find_by_id(id)
        .one(c)
        .await?
        .and_then(|m| m.uploaded_for)
        .map(OrganizationId))
}

/// Opens an upload: the row that names the storage key exists (committed) before any
/// byte is written under it.
pub async fn begin_upload(
    c: &impl ConnectionTrait,
    cap: &CanManage<DocumentOwner>,
    network_id: Uuid,
    uploader: Uploader<'_>,
    now: DateTime<Utc>,
) -> Result<Model, StoreError> {
    let id = new_id();
    let owner = cap.target();
    let a = ActiveModel {
        id: Set(id),
        owner_type: Set(owner.kind.as_str().to_owned()),
        owner_id: Set(owner.id),
        network_id: Set(network_id),
        kind: Set(enum_text(&DocumentKind::Other)),
        title: Set(String::new()),
        filename: Set(String::new()),
        content_type: Set(String::new()),
        size_bytes: Set(0),
        sha256: Set(String::new()),
        storage_key: Set(format!("documents/{network_id}/{id}")),
        state: Set(UPLOADING.to_owned()),
        uploaded_by: Set(uploader.id),
        uploader_name: Set(uploader.name.chars().take(200).collect()),
        uploaded_for: Set(uploader.organization.map(|o| o.as_uuid())),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
    };
    Ok(Entity::insert(a).exec_with_returning(c).await?)
}

// A removed document's row lives on as `deleting` until its bytes are gone.
repo::aggregate!("document", no_soft_delete, |m| Owner::Network(m.network_id));

/// Completes an upload whose bytes are stored: the document becomes visible.
pub async fn finish_upload(
    c: &impl ConnectionTrait,
    cap: &CanManage<DocumentOwner>,
    id: Uuid,
    f: &StoredFile,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let owner = cap.target();
    let res = Entity::update_many()
        .col_expr(Column::Kind, Expr::value(enum_text(&f.kind)))
        .col_expr(Column::Title, Expr::value(f.title.clone()))
        .col_expr(Column::Filename, Expr::value(f.filename.clone()))
        .col_expr(Column::ContentType, Expr::value(f.file_type.mime()))
        .col_expr(Column::SizeBytes, Expr::value(f.size_bytes))
        .col_expr(Column::Sha256, Expr::value(f.sha256.clone()))
        .col_expr(Column::State, Expr::value(STORED))
        .col_expr(Column::UpdatedAt, Expr::value(ctx.at))
        .filter(Column::Id.eq(id))
        .filter(Column::OwnerType.eq(owner.kind.as_str()))
        .filter(Column::OwnerId.eq(owner.id))
        .filter(Column::State.eq(UPLOADING))
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        return Err(StoreError::NotFound);
    }
    let m = Entity::find_by_id(id)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound)?;
    repo::record::<Entity>(c, ctx, "create", &m, None::<&()>, Some(&m)).await?;
    Ok(m)
}

/// Gives up an upload that did not become a document: its bytes are queued for
/// deletion. `false` when the row is no longer an unfinished upload (it was stored after
/// all, or the janitor took it), in which case its bytes must stay.
pub async fn abandon_upload(
    c: &impl ConnectionTrait,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let res = Entity::update_many()
        .col_expr(Column::State, Expr::value(DELETING))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::State.eq(UPLOADING))
        .exec(c)
        .await?;
    Ok(res.rows_affected == 1)
}

/// Changes a document's title and kind.
pub async fn update(
    c: &impl ConnectionTrait,
    cap: &CanManage<DocumentOwner>,
    id: Uuid,
    expected: Option<i32>,
    title: &str,
    kind: DocumentKind,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let before = repo::current(
        c,
        of_owner(cap.target()).filter(Column::Id.eq(id)),
        expected,
    )
    .await?;
    repo::update::<Entity>(
        c,
        before,
        |a| {
            a.title.set_if_not_equals(title.to_owned());
            a.kind.set_if_not_equals(enum_text(&kind));
        },
        ctx,
    )
    .await
}

/// Removes a document: it disappears at once and its bytes are queued for deletion
/// (`deleting`), which the caller or the janitor then carries out.
pub async fn delete(
    c: &impl ConnectionTrait,
    cap: &CanManage<DocumentOwner>,
    id: Uuid,
    expected: Option<i32>,
    ctx: &AuditCtx,
) -> Result<Model, StoreError> {
    let before = repo::current(
        c,
        of_owner(cap.target()).filter(Column::Id.eq(id)),
        expected,
    )
    .await?;
    let res = Entity::update_many()
        .col_expr(Column::State, Expr::value(DELETING))
        .col_expr(Column::Version, Expr::value(before.version + 1))
        .col_expr(Column::UpdatedAt, Expr::value(ctx.at))
        .filter(Column::Id.eq(id))
        .filter(Column::Version.eq(before.version))
        .exec(c)
        .await?;
    if res.rows_affected == 0 {
        return Err(StoreError::VersionMismatch {
            current: before.version + 1,
        });
    }
    repo::record::<Entity>(c, ctx, "delete", &before, Some(&before), None::<&()>).await?;
    Ok(before)
}

/// Queues the documents of a removed owner for deletion, in the owner's transaction;
/// each gets its own audit record, as if deleted one by one.
pub async fn discard_of_owner(
    c: &impl ConnectionTrait,
    owner: DocumentOwner,
    ctx: &AuditCtx,
) -> Result<u64, StoreError> {
    let which = Condition::all()
        .add(Column::OwnerType.eq(owner.kind.as_str()))
        .add(Column::OwnerId.eq(owner.id));
    discard(c, which, ctx).await
}

/// Queues every document of a removed network (and of its programmes and agreements).
pub async fn discard_of_network(
    c: &impl ConnectionTrait,
    network: Uuid,
    ctx: &AuditCtx,
) -> Result<u64, StoreError> {
    discard(c, Condition::all().add(Column::NetworkId.eq(network)), ctx).await
}

async fn discard(
    c: &impl ConnectionTrait,
    which: Condition,
    ctx: &AuditCtx,
) -> Result<u64, StoreError> {
    let doomed = Entity::find()
        .filter(which.clone())
        .filter(Column::State.eq(STORED))
        .all(c)
        .await?;
    let res = Entity::update_many()
        .col_expr(Column::State, Expr::value(DELETING))
        .col_expr(Column::UpdatedAt, Expr::value(ctx.at))
        .filter(which)
        .filter(Column::State.eq(STORED))
        .exec(c)
        .await?;
    for d in &doomed {
        repo::record::<Entity>(c, ctx, "delete", d, Some(d), None::<&()>).await?;
    }
    Ok(res.rows_affected)
}

/// A storage key whose bytes are to be deleted, and the row to drop afterwards.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Garbage {
    pub id: Uuid,
    pub storage_key: String,
}

/// Rows whose bytes must go: deletions, and uploads abandoned before `stale_before`
/// (a process that died mid-upload).
pub async fn garbage(
    c: &impl ConnectionTrait,
    stale_before: DateTime<Utc>,
    limit: u64,
) -> Result<Vec<Garbage>, StoreError> {
    let rows = Entity::find()
        .filter(
            Condition::any().add(Column::State.eq(DELETING)).add(
                Condition::all()
                    .add(Column::State.eq(UPLOADING))
                    .add(Column::UpdatedAt.lt(stale_before)),
            ),
        )
        .order_by_asc(Column::UpdatedAt)
        .limit(limit)
        .all(c)
        .await?;
    Ok(rows
        .into_iter()
        .map(|m| Garbage {
            id: m.id,
            storage_key: m.storage_key,
        })
        .collect())
}

/// Drops a row whose bytes are gone.
pub async fn purge(c: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    Entity::delete_many()
        .filter(Column::Id.eq(id))
        .filter(Column::State.ne(STORED))
        .exec(c)
        .await?;
    Ok(())
}

pub fn kind_of(m: &Model) -> Result<DocumentKind, StoreError> {
    crate::codec::decode("documents.kind", &m.kind)
}

pub fn owner_kind_of(m: &Model) -> Result<OwnerKind, StoreError> {
    OwnerKind::parse(&m.owner_type).ok_or_else(|| {
        StoreError::Corrupt(format!(
            "documents.owner_type: unknown value {:?}",
            m.owner_type
        ))
    })
}
