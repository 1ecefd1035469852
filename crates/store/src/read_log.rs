//! Group commit of the audit records of reads. Every read of student data writes its
//! record; one transaction per read would make concurrent reads queue one by one on the
//! writer (SQLite's one connection, PostgreSQL's commit flush). Instead a read queues its
//! record and waits for the writer slot: whoever gets the slot writes every record queued
//! so far in one transaction and tells each reader how it went; a reader whose record a
//! slot holder before it wrote returns at once. So each read still answers only after
//! its record is committed, and under load one commit carries many records.
//!
//! The queue is this process's own: nothing is shared between processes but the
//! database, which each process's batches reach as ordinary transactions.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use sea_orm::{ActiveValue::Set, ColumnTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use tokio::sync::oneshot;
use uuid::Uuid;

use crate::audit::{AuditCtx, Change};
use crate::entities::{audit_log, audit_subject, organization};
use crate::{Store, StoreError, new_id};

/// One read to record: who, through which endpoint, what, and the students it showed.
#[derive(Debug)]
pub struct ReadEntry {
    pub ctx: AuditCtx,
    pub change: Change,
    pub students: Vec<Uuid>,
}

type Reply = oneshot::Sender<Result<(), String>>;

/// Rows per `INSERT` (each row binds at most a dozen values: well within SQLite's limit).
const CHUNK: usize = 500;

#[derive(Debug)]
pub(crate) struct ReadLog {
    queue: Mutex<Vec<(ReadEntry, Reply)>>,
    /// The writer slots: one on SQLite (it has one writer); several on PostgreSQL, whose
    /// writers run side by side — one slot would leave a single backend writing while the
    /// readers take the processor.
    slots: tokio::sync::Semaphore,
}

impl ReadLog {
    pub(crate) fn new(slots: usize) -> Self {
        Self {
            queue: Mutex::default(),
            slots: tokio::sync::Semaphore::new(slots.max(1)),
        }
    }
}

impl Store {
    /// Records a read of students' data, committed with the reads queued beside it.
    pub async fn record_read(&self, entry: ReadEntry) -> Result<(), StoreError> {
        let (reply, mut done) = oneshot::channel();
        push(&self.reads.queue, (entry, reply))?;
        let slot = self.reads.slots.acquire().await.map_err(|_| lost())?;
        match done.try_recv() {
            Ok(r) => return r.map_err(batch_error),
            Err(oneshot::error::TryRecvError::Closed) => return Err(lost()),
            Err(oneshot::error::TryRecvError::Empty) => {}
        }
        let batch = take(&self.reads.queue)?;
        if batch.is_empty() {
            // Another slot holder took this record and is writing it.
            drop(slot);
            return done.await.map_err(|_| lost())?.map_err(batch_error);
        }
        let (entries, replies): (Vec<_>, Vec<_>) = batch.into_iter().unzip();
        let result = self.write_reads(&entries).await.map_err(|e| e.to_string());
        if let Err(cause) = &result {
            tracing::error!(%cause, records = entries.len(), "read audit records not written");
        }
        for r in replies {
            // A reader that gave up (its request dropped) no longer listens.
            let _ = r.send(result.clone());
        }
        drop(slot);
        done.await.map_err(|_| lost())?.map_err(batch_error)
    }

    async fn write_reads(&self, entries: &[ReadEntry]) -> Result<(), DbErr> {
        let tx = self.begin().await?;
        // Records about an organization's things belong to its municipality too.
        let unknown: HashSet<Uuid> = entries
            .iter()
            .filter(|e| e.change.municipality_id.is_none())
            .filter_map(|e| e.change.organization_id)
            .collect();
        let municipalities: HashMap<Uuid, Uuid> = if unknown.is_empty() {
            HashMap::new()
        } else {
            organization::Entity::find()
                .select_only()
                .column(organization::Column::Id)
                .column(organization::Column::MunicipalityId)
                .filter(organization::Column::Id.is_in(unknown))
                .into_tuple::<(Uuid, Uuid)>()
                .all(&tx)
                .await?
                .into_iter()
                .collect()
        };
        let mut logs = Vec::with_capacity(entries.len());
        let mut subjects = Vec::new();
        for e in entries {
            let id = new_id();
            let ch = &e.change;
            let municipality = ch.municipality_id.or_else(|| {
                ch.organization_id
                    .and_then(|o| municipalities.get(&o).copied())
            });
            logs.push(audit_log::ActiveModel {
                id: Set(id),
                at: Set(e.ctx.at),
                actor_id: Set(e.ctx.actor_id),
                actor_name: Set(e.ctx.actor_name.clone()),
                action: Set(ch.action.to_owned()),
                entity_type: Set(ch.entity_type.to_owned()),
                entity_id: Set(ch.entity_id.clone()),
                municipality_id: Set(municipality),
                organization_id: Set(ch.organization_id),
                before: Set(ch.before.clone()),
                after: Set(ch.after.clone()),
                request_id: Set(e.ctx.request_id.clone()),
                endpoint: Set(e.ctx.endpoint.clone()),
            });
            let mut seen = HashSet::new();
            subjects.extend(
                e.students
                    .iter()
                    .filter(|s| seen.insert(**s))
                    .map(|s| (id, *s)),
            );
        }
        for chunk in logs.chunks(CHUNK) {
            audit_log::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(&tx)
                .await?;
        }
        let rows: Vec<_> = subjects
            .iter()
            .map(|(a, s)| audit_subject::ActiveModel {
                audit_id: Set(*a),
                student_id: Set(*s),
            })
            .collect();
        for chunk in rows.chunks(CHUNK) {
            audit_subject::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(&tx)
                .await?;
        }
        tx.commit().await
    }
}

fn push(q: &Mutex<Vec<(ReadEntry, Reply)>>, item: (ReadEntry, Reply)) -> Result<(), StoreError> {
    q.lock()
        .map_err(|_| StoreError::Db(DbErr::Custom("read audit queue poisoned".into())))?
        .push(item);
    Ok(())
}

fn take(q: &Mutex<Vec<(ReadEntry, Reply)>>) -> Result<Vec<(ReadEntry, Reply)>, StoreError> {
    Ok(std::mem::take(&mut *q.lock().map_err(|_| {
        StoreError::Db(DbErr::Custom("read audit queue poisoned".into()))
    })?))
}

fn batch_error(cause: String) -> StoreError {
    StoreError::Db(DbErr::Custom(format!(
        "read audit record not written: {cause}"
    )))
}

/// The slot holder that took this record went away before answering.
fn lost() -> StoreError {
    StoreError::Db(DbErr::Custom(
        "read audit record not written: the batch writing it was dropped".into(),
    ))
}
