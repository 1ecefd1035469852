//! Creates that a client may retry: with an idempotency key, a retry of the same request
//! gets the first answer instead of a second record.

use serde::Serialize;
use store::StoreError;
use wire::error::ErrorCode;

use crate::{Ctx, OpError, OpResult, Ops, Who};

/// The answer of a create: the created record as JSON, and whether it is the stored
/// answer of an earlier request with the same key.
pub struct Created {
    pub body: String,
    pub replayed: bool,
}

/// What identifies a create request: who sent it, under which key, to which collection
/// and with which body.
pub struct Request<'a, T: Serialize> {
    pub user: uuid::Uuid,
    pub key: Option<&'a str>,
    pub path: &'a str,
    pub body: &'a T,
}

/// Runs a create in one transaction. With a key, the answer is stored in the same
/// transaction, so of two concurrent retries exactly one creates and the others replay
/// its answer — also when they lose on another unique constraint (such as the external
/// id) first. The same key with another request is refused.
pub async fn create<T: Serialize, R: Serialize>(
    ops: &Ops,
    who: Who<'_>,
    req: Request<'_, T>,
    create: impl AsyncFnOnce(&Ctx<'_>) -> OpResult<R>,
) -> OpResult<Created> {
    let body = serde_json::to_vec(req.body).map_err(|e| OpError::Internal(e.to_string()))?;
    let hash = store::idempotency::request_hash("POST", req.path, &body);
    let replay = async |key: &str| -> OpResult<Option<Created>> {
        let Some(r) = store::idempotency::find(ops.store.conn(), req.user, key).await? else {
            return Ok(None);
        };
        if r.request_hash != hash {
            return Err(OpError::code(ErrorCode::IdempotencyKeyReused));
        }
        Ok(Some(Created {
            body: r.body,
            replayed: true,
        }))
    };
    if let Some(k) = req.key
        && let Some(done) = replay(k).await?
    {
        return Ok(done);
    }
    let at = who.audit.at;
    let outcome = ops
        .write(who, async |ctx| {
            let made = create(ctx).await?;
            let text =
                serde_json::to_string(&made).map_err(|e| OpError::Internal(e.to_string()))?;
            if let Some(k) = req.key {
                store::idempotency::store(ctx.db, req.user, k, &hash, 201, &text, at)
                    .await
                    .map_err(|e| OpError::from(StoreError::from(e)))?;
            }
            Ok(text)
        })
        .await;
    match outcome {
        Ok(body) => Ok(Created {
            body,
            replayed: false,
        }),
        Err(e) => {
            // A concurrent request with the same key may have won: answer as it did.
            if let Some(k) = req.key
                && let Some(done) = replay(k).await?
            {
                return Ok(done);
            }
            Err(e)
        }
    }
}
