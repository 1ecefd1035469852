//! `Idempotency-Key` on create: a retried POST returns the first answer, never a duplicate.
//!
//! The key row is inserted in the same transaction as the created object, so the
//! database's primary key decides between concurrent retries: one commits, the other
//! fails on the key and replays the stored answer.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::entities::idempotency_key::{ActiveModel, Entity, Model};

/// The stored answer of an earlier request with the same key.
#[derive(Debug, Clone)]
pub struct Replay {
    pub request_hash: String,
    pub status: u16,
    pub body: String,
}

impl From<Model> for Replay {
    fn from(m: Model) -> Self {
        Self {
            request_hash: m.request_hash,
            status: u16::try_from(m.response_status).unwrap_or(200),
            body: m.response_body,
        }
    }
}

/// Fingerprint of a request: method, path and body.
pub fn request_hash(method: &str, path: &str, body: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(method.as_bytes());
    h.update(b"\n");
    h.update(path.as_bytes());
    h.update(b"\n");
    h.update(body);
    format!("{:x}", h.finalize())
}

pub async fn find(
    c: &impl ConnectionTrait,
    user: Uuid,
    key: &str,
) -> Result<Option<Replay>, DbErr> {
    Ok(Entity::find_by_id((user, key.to_owned()))
        .one(c)
        .await?
        .map(Replay::from))
}

/// Stores the answer; fails with a unique violation when a concurrent request won.
pub async fn store(
    c: &impl ConnectionTrait,
    user: Uuid,
    key: &str,
    request_hash: &str,
    status: u16,
    body: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = ActiveModel {
        user_id: Set(user),
        key: Set(key.to_owned()),
        request_hash: Set(request_hash.to_owned()),
        response_status: Set(i32::from(status)),
        response_body: Set(body.to_owned()),
        created_at: Set(now),
    };
    Entity::insert(row)
        .exec_without_returning(c)
        .await
        .map(|_| ())
}
