//! Deletes document bytes that no document needs any more: removed documents, documents
//! of removed owners, and uploads a process abandoned (it died mid-upload). Every process
//! runs it; the work is decided by rows in the database, so two processes sweeping at
//! once only repeat idempotent deletes.

use std::time::Duration;

use blobs::Blobs;
use chrono::{DateTime, Utc};
use store::Store;
use uuid::Uuid;

use crate::state::AppState;

/// An upload whose row has not moved for this long belongs to a process that is gone.
const ABANDONED_AFTER: chrono::Duration = chrono::Duration::hours(6);
const EVERY: Duration = Duration::from_secs(10 * 60);
const BATCH: u64 = 200;

/// Deletes one object, then the row that named it.
pub async fn purge_one(state: &AppState, id: Uuid, key: &str) {
    purge(&state.store, &state.blobs, id, key).await;
}

async fn purge(store: &Store, blobs: &Blobs, id: Uuid, key: &str) -> bool {
    if let Err(e) = blobs.delete(key).await {
        tracing::warn!(error = %e, key, "document bytes not deleted; will retry");
        return false;
    }
    match store::documents::purge(store.conn(), id).await {
        Ok(()) => true,
        Err(e) => {
            tracing::warn!(error = %e, %id, "document row not purged; will retry");
            false
        }
    }
}

/// One pass: everything queued for deletion, and uploads older than `stale_before` that
/// never finished. Returns how many objects were deleted.
pub async fn sweep(
    store: &Store,
    blobs: &Blobs,
    stale_before: DateTime<Utc>,
) -> Result<usize, store::StoreError> {
    let mut done = 0;
    loop {
        let batch = store::documents::garbage(store.conn(), stale_before, BATCH).await?;
        let mut progressed = false;
        for g in &batch {
            if purge(store, blobs, g.id, &g.storage_key).await {
                done += 1;
                progressed = true;
            }
        }
        // A full batch that deleted nothing means storage is failing: try again later.
        if (batch.len() as u64) < BATCH || !progressed {
            return Ok(done);
        }
    }
}

/// Runs a sweep now and then every ten minutes, for as long as the server runs.
pub fn spawn(state: AppState) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        loop {
            tick.tick().await;
            match sweep(
                &state.store,
                &state.blobs,
                state.clock().now() - ABANDONED_AFTER,
            )
            .await
            {
                Ok(0) => {}
                Ok(n) => tracing::info!(deleted = n, "document janitor"),
                Err(e) => tracing::warn!(error = %e, "document janitor"),
            }
        }
    });
}

#[cfg(test)]
mod tests;
